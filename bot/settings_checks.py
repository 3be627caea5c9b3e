"""Format checks for settings whose format README documents, each problem named by its
variable, so ``python -m bot`` refuses a wrong setting at start-up with a clear message instead
of failing later (a webhook Telegram rejects, a URL that never resolves).

Messages never quote a secret's value.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pydantic import ValidationError

from storage.db import url_driver

if TYPE_CHECKING:
    from bot.settings import Settings

WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")
TELEGRAM_TOKEN = re.compile(r"[0-9]{1,20}:[A-Za-z0-9_-]{1,200}")
BOT_USERNAME = re.compile(r"[A-Za-z][A-Za-z0-9_]{3,31}")
DRIVERS = ("sqlite+aiosqlite", "postgresql+asyncpg")
OWNER_CHANNELS = ("telegram", "discord", "console")
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")
LOG_LEVELS = tuple(logging.getLevelNamesMapping())


class SettingsProblems(ValueError):
    """Every setting that is wrong, one line each."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _url(value: str, schemes: tuple[str, ...]) -> bool:
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises on a port that is not a number)
    except ValueError:
        return False
    return parts.scheme in schemes and bool(parts.hostname) and value == value.strip()


def problems(settings: Settings) -> list[str]:
    """What is wrong, as ``BOT_NAME: what it must be`` lines (empty when all is well)."""
    found: list[str] = []

    def need(ok: bool, name: str, what: str) -> None:
        if not ok:
            found.append(f"BOT_{name}: {what}")

    secret = settings.telegram_webhook_secret
    if secret is not None:
        need(
            bool(WEBHOOK_SECRET.fullmatch(secret.get_secret_value())),
            "TELEGRAM_WEBHOOK_SECRET",
            "must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)",
        )
    token = settings.telegram_token
    if token is not None:
        need(
            bool(TELEGRAM_TOKEN.fullmatch(token.get_secret_value())),
            "TELEGRAM_TOKEN",
            "must look like 123456:ABC-DEF... (the token BotFather gave)",
        )
    webhook = settings.telegram_webhook_url
    if webhook:
        host = urlsplit(webhook).hostname if _url(webhook, ("http", "https")) else None
        need(
            _url(webhook, ("https",)) or host in LOCAL_HOSTS,
            "TELEGRAM_WEBHOOK_URL",
            "must be an https:// URL (Telegram calls webhooks over HTTPS only)",
        )
    urls = [
        ("TELEGRAM_API_BASE_URL", settings.telegram_api_base_url, ("http", "https")),
        ("DISCORD_API_BASE_URL", settings.discord_api_base_url, ("http", "https")),
        ("DISCORD_GATEWAY_URL", settings.discord_gateway_url, ("ws", "wss")),
        ("PUBLIC_BASE_URL", settings.public_base_url, ("http", "https")),
        ("TERMS_URL", settings.terms_url, ("http", "https")),
        ("PRIVACY_URL", settings.privacy_url, ("http", "https")),
    ]
    for name, value, schemes in urls:
        shown = " or ".join(f"{s}://" for s in schemes)
        need(_url(value, schemes), name, f"must be a {shown} URL")
    need(
        not urlsplit(settings.public_base_url).query and "#" not in settings.public_base_url,
        "PUBLIC_BASE_URL",
        "must not have a query or a fragment (links are made by appending /l/<code>)",
    )
    need(
        url_driver(settings.database_url) in DRIVERS,
        "DATABASE_URL",
        "must be a SQLAlchemy URL starting sqlite+aiosqlite:/// or postgresql+asyncpg://",
    )
    need(
        settings.log_level.upper() in LOG_LEVELS,
        "LOG_LEVEL",
        "must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL",
    )
    for owner in settings.owner_ids:
        channel, _, external_id = owner.partition(":")
        numeric = channel == "console" or (external_id.isascii() and external_id.isdigit())
        need(
            channel in OWNER_CHANNELS and numeric,
            "OWNER_IDS",
            f"{owner!r} must be telegram:<number>, discord:<number> or console:<user>",
        )
    username = settings.telegram_bot_username
    if username:
        need(
            bool(BOT_USERNAME.fullmatch(username.removeprefix("@"))),
            "TELEGRAM_BOT_USERNAME",
            "must be the bot's username: 4-32 letters, digits and _",
        )
    need(bool(settings.web_host.strip()), "WEB_HOST", "must be a host name or address")
    return found


def check(settings: Settings) -> None:
    """Raise ``SettingsProblems`` naming every wrong setting."""
    found = problems(settings)
    if found:
        raise SettingsProblems(found)


def describe(error: ValidationError) -> list[str]:
    """A ValidationError as ``BOT_NAME: problem`` lines, without the values (secrets)."""
    lines: list[str] = []
    for item in error.errors(include_url=False, include_input=False):
        message = str(item.get("msg", "invalid")).removeprefix("Value error, ")
        location = [str(part) for part in item.get("loc", ()) if isinstance(part, str)]
        if location:
            lines.append(f"BOT_{location[0].upper()}: {message}")
        else:
            lines.extend(message.splitlines())
    return lines

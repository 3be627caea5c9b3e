"""/console: a member of staff asks for a one-time link into the staff web console.

No passwords: the chat account the person already uses is their sign-in. The link
(``BOT_PUBLIC_BASE_URL/console/login/<token>``) works once, for ten minutes, and opens a session
for this very account, with exactly the roles it holds (checked again on every request).
Anyone without a staff role gets the answer to an unknown command (see bot/core/auth.py).
"""

from __future__ import annotations

from bot.core.auth import actor_id, require_staff
from bot.core.flow import Reply, Router, Turn
from storage.console import TOKEN_TTL

LOGIN_PATH = "/console/login/"


def login_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}{LOGIN_PATH}{token}"


async def console(turn: Turn) -> Reply:
    """/console"""
    if not await require_staff(turn, "console.link"):
        return turn.reply
    if turn.settings.console_secret is None:
        return turn.say("console-off").again()
    channel, external_id = turn.identity.channel, turn.identity.external_id
    token = await turn.services.console.issue_token(channel, external_id, turn.now)
    await turn.services.audit.record(
        actor_id(channel, external_id), "console.link", None, {}, turn.now
    )
    return turn.say(
        "console-link",
        url=login_url(turn.settings.public_base_url, token),
        minutes=int(TOKEN_TTL.total_seconds() // 60),
    ).again()


def register(router: Router) -> None:
    router.command("console", menu=False)(console)

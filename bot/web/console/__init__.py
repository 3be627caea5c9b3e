"""The staff web console under ``/console``: the programme run from a browser.

Signed in from chat (``/console`` gives a one-time link), server-rendered pages in the staff
member's language, usable without JavaScript. Every request re-checks the role through
bot/core/auth.py, every form carries a CSRF token, and every action calls the same functions
the chat flows and the command line call, so it leaves the same rows and audit entries.
One module per group of pages; ``access`` holds what they share.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import aiohttp_jinja2
import jinja2
from aiohttp import web
from aiohttp_session import setup as session_setup
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from bot.web.console import (
    applications,
    audit,
    broadcasts,
    campaigns,
    influencers,
    login,
    overview,
    payouts,
)
from bot.web.console.access import CONFIG_KEY, COOKIE, ConsoleConfig

PREFIX = "/console"
TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"


def cookie_key(secret: str) -> bytes:
    """The cookie's 32-byte Fernet key, derived from ``BOT_CONSOLE_SECRET`` (aiohttp-session
    encodes raw bytes itself)."""
    return hashlib.sha256(b"influencer-bot console cookie\x00" + secret.encode()).digest()


def build(config: ConsoleConfig) -> web.Application:
    """The console as a sub-application: its cookie and middlewares touch nothing else."""
    secret = config.settings.console_secret
    if secret is None:  # runtime mounts the console only with one
        raise ValueError("the console needs BOT_CONSOLE_SECRET: it keys the session cookie")
    console = web.Application()
    console[CONFIG_KEY] = config
    secure = config.settings.public_base_url.lower().startswith("https://")
    session_setup(
        console,
        EncryptedCookieStorage(
            cookie_key(secret.get_secret_value()),
            cookie_name=COOKIE,
            path=PREFIX,
            httponly=True,
            secure=secure,
            samesite="Lax",
            max_age=None,  # ends with the browser; the server ends it after idle minutes
        ),
    )
    aiohttp_jinja2.setup(
        console,
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    console.router.add_static("/static", STATIC)
    modules = (login, overview, applications, influencers, campaigns, payouts, broadcasts, audit)
    for module in modules:
        module.routes(console.router)
    return console


def setup(app: web.Application, config: ConsoleConfig) -> None:
    app.add_subapp(PREFIX, build(config))

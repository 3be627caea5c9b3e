"""Helpers for the staff console's tests: the console served on 127.0.0.1 over real HTTP, and
signing in exactly as staff do (``/console`` in chat, then the link)."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr

from bot.core.i18n import Translator
from bot.services import payouts as payout_rules
from bot.settings import Settings
from bot.web import console
from bot.web.console.access import ConsoleConfig
from storage.db import Database
from storage.repositories import Repositories
from tests.support import Chat, Clock

SECRET = "s" * 48
LINK = re.compile(r"/console/login/([A-Za-z0-9_-]+)")
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def console_settings(settings: Settings, **changes: Any) -> Settings:
    """The test settings with the console on (and whatever else a test needs)."""
    settings.console_secret = SecretStr(SECRET)
    for name, value in changes.items():
        setattr(settings, name, value)
    return settings


def web_app(
    database: Database, settings: Settings, translator: Translator, clock: Clock
) -> web.Application:
    app = web.Application()
    console.setup(app, ConsoleConfig(database, settings, translator, clock))
    return app


@asynccontextmanager
async def serve(
    database: Database, settings: Settings, translator: Translator, clock: Clock
) -> AsyncIterator[TestServer]:
    server = TestServer(web_app(database, settings, translator, clock), host="127.0.0.1")
    await server.start_server()
    try:
        yield server
    finally:
        await server.close()


@asynccontextmanager
async def client(server: TestServer) -> AsyncIterator[TestClient[Any, Any]]:
    """A browser-like client with its own cookie jar."""
    async with TestClient(server) as session:
        yield session


async def login_token(chat: Chat) -> str:
    """Send /console in chat and take the token out of the link it answers with."""
    replies = await chat.send("/console").expect("console-link")
    found = LINK.search(replies.last.text)
    assert found is not None, replies.text()
    return found.group(1)


async def sign_in(session: TestClient[Any, Any], chat: Chat) -> str:
    """Sign in through the link; the CSRF token of the first page."""
    token = await login_token(chat)
    page = await session.get(f"/console/login/{token}")
    assert page.status == 200, await page.text()
    answer = await session.post(f"/console/login/{token}", allow_redirects=False)
    assert answer.status == 303, await answer.text()
    return await csrf_of(session, "/console/")


async def csrf_of(session: TestClient[Any, Any], path: str) -> str:
    page = await session.get(path)
    assert page.status == 200, await page.text()
    found = CSRF.search(await page.text())
    assert found is not None
    return found.group(1)


async def payout_requested(
    database: Database, clock: Clock, external_id: str, commission: int = 6000
) -> int:
    """An approved influencer whose confirmed commission is requested to their IBAN (through
    the real postback path and ``bot.services.payouts.request``); the request's id."""
    from tests.money import make_influencer
    from tests.payouts import IBAN, sale, seller

    influencer_id = await make_influencer(database, external_id)
    me = await seller(database, influencer_id)
    await sale(database, me, commission, clock)
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(repos, influencer_id, "iban", IBAN, "Anna Nowak", clock())
        request = await payout_rules.request(repos, influencer_id, "EUR", commission, 5000, clock())
    return request.id

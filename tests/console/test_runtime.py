"""The console is served by the bot's web app when BOT_CONSOLE_SECRET is set, and not
otherwise; an unused session ends after BOT_CONSOLE_IDLE_MINUTES."""

from __future__ import annotations

from collections.abc import Callable

import aiohttp
import pytest
from pydantic import SecretStr

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings
from bot.web.console import build
from bot.web.console.access import ConsoleConfig
from storage.db import Database
from tests.console import SECRET, client, console_settings, serve, sign_in
from tests.support import Chat, Clock


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # no database question here
async def test_web_app_serves_the_console_only_with_a_secret(settings: Settings) -> None:
    for secret, status in ((None, 404), (SecretStr(SECRET), 403)):
        configured = settings.model_copy(update={"console_secret": secret, "web_port": 0})
        runtime = Runtime(configured, web_only=True)
        await runtime.start()
        try:
            url = f"http://127.0.0.1:{runtime.web_port}/console/login/unknown-token"
            async with aiohttp.ClientSession() as http, http.get(url) as answer:
                assert answer.status == status
        finally:
            await runtime.stop()


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # no database question here
def test_the_console_is_not_built_without_a_secret(
    database: Database, settings: Settings, translator: Translator, clock: Clock
) -> None:
    """The secret keys the session cookie: without one, a clear error, not a blank key."""
    unset = settings.model_copy(update={"console_secret": None})
    with pytest.raises(ValueError, match="BOT_CONSOLE_SECRET"):
        build(ConsoleConfig(database, unset, translator, clock))


async def test_idle_sessions_end(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"], console_idle_minutes=30)
    owner = Chat(make_engine(), user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        await sign_in(browser, owner)
        clock.advance(minutes=29)
        assert (await browser.get("/console/")).status == 200  # used: the idle time restarts
        clock.advance(minutes=29)
        assert (await browser.get("/console/")).status == 200
        clock.advance(minutes=31)
        assert (await browser.get("/console/")).status == 401
        clock.advance(minutes=1)
        assert (await browser.get("/console/")).status == 401  # ended for good

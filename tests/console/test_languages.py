"""/console and the console's pages in the staff member's own language, in all five."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from tests.console import client, console_settings, serve, sign_in
from tests.support import LOCALES, Chat, Clock, normalise


# Wording does not depend on the database: SQLite only, to keep the suite quick.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("locale", LOCALES)
async def test_link_and_pages_in_the_staff_members_language(
    locale: str,
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    # Over plain http the cookie is not Secure (a browser would not send it back otherwise).
    console_settings(settings, owner_ids=["console:1"], public_base_url="http://bot.example.com/")
    owner = Chat(make_engine(), user_id="1", locale=locale)  # the language saved on first contact
    replies = await owner.send("/console").expect("console-link")
    text = replies.last.text
    assert "http://bot.example.com/console/login/" in text
    expected = translator.render(locale, "console-link", {"url": "URL", "minutes": 10})
    assert normalise(text).split("\n")[0] == normalise(expected).split("\n")[0]
    assert normalise(expected.split("\n")[-1]) in normalise(text)

    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        await sign_in(browser, owner)
        page = await (await browser.get("/console/")).text()
        assert f'<html lang="{locale}">' in page
        for message in ("console-nav-overview", "console-applications-waiting", "console-sign-out"):
            assert translator.render(locale, message) in page
        refused = await browser.get("/console/login/not-a-token")
        assert refused.status == 403

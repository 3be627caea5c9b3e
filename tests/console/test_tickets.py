"""Support tickets in the console (issue 13 meets issue 14): the overview counts the open ones,
an influencer's profile lists theirs, in the staff member's language."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from tests.console import client, console_settings, serve, sign_in
from tests.money import make_influencer
from tests.support import LOCALES, Chat, Clock, normalise


@pytest.mark.parametrize("locale", LOCALES)
async def test_open_tickets_on_the_overview_and_the_profile(
    locale: str,
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    anna = await make_influencer(database, "2001")
    boris = await make_influencer(database, "2002")
    await make_influencer(database, "2003")  # no ticket
    engine = make_engine()
    await Chat(engine, user_id="2001").send("/support Where is my payout?").expect("support-opened")
    closing = Chat(engine, user_id="2002")
    await closing.send("/support The link is broken").expect("support-opened")
    await closing.send("/close").expect("support-closed-self")
    owner = Chat(engine, user_id="1", locale=locale)

    def said(message_id: str, **args: object) -> str:
        return normalise(translator.render(locale, message_id, args))

    async def page(path: str) -> str:
        answer = await browser.get(path)
        assert answer.status == 200
        return normalise(html.unescape(await answer.text()))

    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        await sign_in(browser, owner)
        overview = await page("/console/")
        card = re.search(r'<div class="card" id="tickets-open">.*?</div></div>', overview, re.S)
        assert card is not None
        assert said("console-tickets-open") in card.group(0)
        assert '<div class="figure">1</div>' in card.group(0)

        profile = await page(f"/console/influencers/{anna}")
        assert said("console-tickets") in profile
        tickets = re.search(r'<table id="tickets">.*?</table>', profile, re.S)
        assert tickets is not None
        assert "Where is my payout?" in tickets.group(0)
        assert said("console-ticket-state", state="open") in tickets.group(0)
        assert "The link is broken" not in profile

        other = await page(f"/console/influencers/{boris}")
        assert "The link is broken" in other
        assert said("console-ticket-state", state="closed") in other

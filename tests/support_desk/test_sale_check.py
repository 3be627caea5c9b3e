""" "Why wasn't my sale tracked?": the guided check from /support and from the FAQ answer on
tracking looks at the influencer's links, clicks and orders on the day they name and explains
what it sees in their language, then offers a person."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from bot.core.engine import Engine
from storage.db import Database
from storage.models import Campaign
from tests.earnings import Shop
from tests.money import make_campaign, make_link
from tests.support import LOCALES, Chat, Clock, register, set_status

YESTERDAY = {"en": "yesterday", "ru": "вчера", "fr": "hier", "es": "ayer", "pl": "wczoraj"}


async def influencer(chat: Chat, database: Database, clock: Clock, locale: str) -> Shop:
    """An approved influencer with one link on a campaign that began in October."""
    await register(chat, locale)
    influencer_id = await set_status(database, chat, "approved")
    shop = Shop(database, clock, influencer_id)
    campaign = await make_campaign(
        database,
        name=f"Autumn {influencer_id}",
        starts_at=datetime(2026, 10, 1, tzinfo=UTC),
        rates={"standard": 1000},
    )
    shop.links["AUT1"] = await make_link(
        database,
        influencer_id,
        campaign.id,
        f"AUT{influencer_id}",
        created_at=datetime(2026, 10, 1, tzinfo=UTC),
    )
    return shop


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_pending_order_is_explained_from_support(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    shop = await influencer(chat, database, clock, locale)
    await shop.sale(shop.links["AUT1"].code, 4500, "2026-11-24 10:00")
    await chat.send("/support").expect("support-ask")
    await chat.press("salecheck").expect("salecheck-day")
    await chat.send("31.02.2026").expect("salecheck-day-unclear", then="salecheck-day")
    await chat.send("2026-12-24").expect("salecheck-day-future", then="salecheck-day")
    found = await chat.send(YESTERDAY[locale]).expect("salecheck-pending", "salecheck-offer-person")
    assert found[0].args["date"] == date(2026, 11, 24)
    await chat.press("ask").expect("support-ask")  # a person, if that did not explain it


async def test_every_finding(
    chat_factory: Callable[..., Chat], engine: Engine, database: Database, clock: Clock
) -> None:
    chat = chat_factory(locale="en")
    shop = await influencer(chat, database, clock, "en")
    code = shop.links["AUT1"].code
    await shop.clicks("AUT1", ["2026-11-20 09:00", "2026-11-20 09:30"])

    async def check(day: str) -> list[str]:
        await chat.send("/faq").expect("faq-menu")
        await chat.press("attribution").expect("faq-answer-attribution", "faq-helpful")
        await chat.press("attribution.check").expect("salecheck-day")
        replies = await chat.send(day)
        assert replies.ids[-1] == "salecheck-offer-person"
        return replies.ids[:-1]

    assert await check("2026-11-20") == ["salecheck-clicks-no-order"]
    assert await check("2026-11-05") == ["salecheck-no-click"]
    await shop.sale(code, 2000, "2026-11-21 10:00", status="confirmed")
    assert await check("2026-11-21") == ["salecheck-confirmed"]
    await shop.sale(code, 2000, "2026-11-22 10:00", status="reversed")
    assert await check("2026-11-22") == ["salecheck-reversed"]
    async with database.transaction() as session:
        await session.execute(update(Campaign).values(active=False))
    assert await check("2026-11-05") == ["salecheck-paused", "salecheck-no-click"]


async def test_only_for_approved_influencers(chat_factory: Callable[..., Chat]) -> None:
    chat = chat_factory(locale="pl")
    await chat.send("/support").expect("support-ask")
    await chat.press("salecheck").expect("salecheck-not-influencer")
    await chat.send("/support Pytanie").expect("support-opened")

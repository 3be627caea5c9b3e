"""/link and /links through the engine: who may have links, the market's disclosure, QR."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.core.i18n import Translator
from storage.db import Database
from storage.models import Click, Link
from tests.money import make_campaign
from tests.support import Chat, normalise, register, set_status

ChatFactory = Callable[..., Chat]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


async def add_campaign(database: Database, countries: tuple[str, ...] = ()) -> int:
    created = await make_campaign(
        database,
        name="AliExpress Winter Sale",
        url_template="https://www.aliexpress.com/sale?sub={code}&cid={click_id}",
        allowed_domains=("aliexpress.com",),
        countries=countries,
        starts_at=NOW - timedelta(days=1),
    )
    return created.id


# UI language, the influencer's country, the disclosure's language (the market's).
CASES = [
    ("en", "DE", "en"),
    ("ru", "RU", "ru"),
    ("fr", "FR", "fr"),
    ("es", "ES", "es"),
    ("pl", "PL", "pl"),
    ("en", "FR", "fr"),  # an English-speaking creator with a French audience: French notice
]


@pytest.mark.parametrize(("locale", "country", "market"), CASES)
async def test_link_issued_with_the_markets_disclosure_and_a_qr_code(
    chat_factory: ChatFactory,
    database: Database,
    translator: Translator,
    locale: str,
    country: str,
    market: str,
) -> None:
    await add_campaign(database)
    chat = chat_factory(locale=locale)
    await register(chat, locale)
    await set_status(database, chat, "approved", country)
    choose = await chat.send("/link").expect("links-choose")
    assert [b.label for b in choose.last.all_buttons] == ["AliExpress Winter Sale"]
    created = (await chat.press(choose.last.all_buttons[0].choice).expect("links-created")).last
    disclosure = translator.render(
        market, "links-disclosure", {"advertiser": "AliExpress Winter Sale"}
    )
    assert created.args["disclosure"] == disclosure
    assert {"ru": "Реклама", "fr": "Publicité", "es": "Publicidad", "pl": "#reklama", "en": "#ad"}[
        market
    ] in disclosure
    if market == "pl":
        assert disclosure.startswith("#reklama")
    url = str(created.args["url"])
    code = url.rsplit("/", 1)[1]
    assert url == f"http://127.0.0.1:8080/l/{code}"
    assert len(code) == 8
    assert not set(code) & set("0O1lI")
    assert created.attachment is not None
    assert created.attachment.content.startswith(b"\x89PNG")
    assert normalise(created.text) == normalise(
        translator.render(locale, "links-created", created.args)
    )


async def test_a_pasted_product_page_becomes_a_link_only_on_the_campaigns_shop(
    chat_factory: ChatFactory, database: Database
) -> None:
    await add_campaign(database)
    chat = chat_factory(locale="fr")
    await register(chat, "fr")
    await set_status(database, chat, "approved", "FR")
    await chat.send("/link").expect("links-choose")
    await chat.send("https://evil.example.com/item").expect("input-url-domain", then="links-choose")
    created = await chat.send("https://fr.aliexpress.com/item/1005006.html").expect("links-created")
    code = str(created.last.args["url"]).rsplit("/", 1)[1]
    async with database.read() as session:
        stored = await session.scalar(select(Link).where(Link.code == code))
    assert stored is not None
    assert stored.destination == "https://fr.aliexpress.com/item/1005006.html"


@pytest.mark.parametrize("status", ["pending", "rejected", "suspended"])
async def test_only_approved_influencers_get_links(
    chat_factory: ChatFactory, database: Database, status: str
) -> None:
    await add_campaign(database)
    chat = chat_factory(locale="es")
    await register(chat, "es")
    await set_status(database, chat, status)
    await chat.send("/link").expect(f"links-not-approved-{status}")
    stranger = chat_factory(locale="es")
    await stranger.send("/link").expect("links-not-registered")
    async with database.read() as session:
        assert (await session.scalars(select(Link))).all() == []


async def test_no_open_campaign_for_the_country(
    chat_factory: ChatFactory, database: Database
) -> None:
    await add_campaign(database, countries=("ES",))
    chat = chat_factory(locale="pl")
    await register(chat, "pl")
    await set_status(database, chat, "approved", "PL")
    await chat.send("/link").expect("links-no-campaigns")


@pytest.mark.parametrize(
    ("locale", "clicks", "phrase"),
    [("ru", 21, "21 переход"), ("pl", 22, "22 kliknięcia"), ("en", 1, "1 click")],
)
async def test_links_lists_results_with_plurals(
    chat_factory: ChatFactory, database: Database, locale: str, clicks: int, phrase: str
) -> None:
    await add_campaign(database)
    chat = chat_factory(locale=locale)
    await register(chat, locale)
    await set_status(database, chat, "approved", "PL")
    await chat.send("/links").expect("links-none")
    choose = await chat.send("/link").expect("links-choose")
    created = await chat.press(choose.last.all_buttons[0].choice).expect("links-created")
    code = str(created.last.args["url"]).rsplit("/", 1)[1]
    async with database.transaction() as session:
        link = await session.scalar(select(Link).where(Link.code == code))
        assert link is not None
        for n in range(clicks):
            session.add(
                Click(link_id=link.id, clicked_at=NOW, visitor_hash=f"v{n}", click_id=f"c{code}{n}")
            )
    listing = await chat.send("/links").expect("links-list", "links-item")
    assert listing[1].args["clicks"] == clicks
    assert phrase in normalise(listing[1].text)

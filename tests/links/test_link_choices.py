"""/link and /links details (issue 11 items 15 and 17; issue 15: the Russian notice), through
the engine: a page two campaigns cover, the same page twice, labels, /invite's bonus."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from handlers import build_router
from storage.db import Database
from storage.models import Link
from tests.money import make_campaign
from tests.support import LOCALES, Chat, Clock, normalise, register, set_status

ChatFactory = Callable[..., Chat]
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
PAGE = "https://fr.aliexpress.com/item/1005006.html"


async def campaign(
    database: Database,
    name: str,
    *,
    advertiser: str | None = None,
    advertiser_inn: str | None = None,
    erid: str | None = None,
) -> int:
    created = await make_campaign(
        database,
        name=name,
        url_template="https://www.aliexpress.com/sale?aff={ref}&sub={code}&cid={click_id}",
        allowed_domains=("aliexpress.com",),
        starts_at=NOW - timedelta(days=1),
        advertiser=advertiser,
        advertiser_inn=advertiser_inn,
        erid=erid,
    )
    return created.id


async def approved(chat: Chat, database: Database, locale: str, country: str = "FR") -> None:
    await register(chat, locale)
    await set_status(database, chat, "approved", country)


async def links_of(database: Database) -> list[tuple[int, str | None, str | None]]:
    async with database.read() as session:
        rows = await session.execute(
            select(Link.campaign_id, Link.destination, Link.label).order_by(Link.id)
        )
        return [(r[0], r[1], r[2]) for r in rows]


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_page_two_campaigns_cover_is_asked_and_pasted_again_gives_the_same_link(
    chat_factory: ChatFactory, database: Database, translator: Translator, locale: str
) -> None:
    await campaign(database, "Black Friday")
    winter = await campaign(database, "Winter Sale")
    chat = chat_factory(locale=locale)
    await approved(chat, database, locale)
    await chat.send("/link").expect("links-choose")
    which = await chat.send(PAGE).expect("links-which-campaign")
    assert which.last.text == translator.render(locale, "links-which-campaign")
    assert [b.label for b in which.last.all_buttons] == ["Black Friday", "Winter Sale"]
    assert await links_of(database) == []  # nothing given to a campaign by guess
    created = await chat.press(f"c{winter}").expect("links-created")
    url = created.last.args["url"]
    assert await links_of(database) == [(winter, PAGE, None)]

    await chat.send("/link").expect("links-choose")
    await chat.send(PAGE).expect("links-which-campaign")
    again = await chat.press(f"c{winter}").expect("links-existing")
    assert again.last.args["url"] == url
    assert normalise(again.last.text) == normalise(
        translator.render(locale, "links-existing", again.last.args)
    )
    assert again.last.attachment is not None
    assert await links_of(database) == [(winter, PAGE, None)]


async def test_a_page_one_campaign_covers_is_not_asked(
    chat_factory: ChatFactory, database: Database
) -> None:
    only = await campaign(database, "Winter Sale")
    chat = chat_factory(locale="es")
    await approved(chat, database, "es", "ES")
    for _ in range(2):
        await chat.send("/link").expect("links-choose")
        replies = await chat.send(PAGE)
    assert replies.ids == ["links-existing"]
    assert await links_of(database) == [(only, PAGE, None)]


@pytest.mark.parametrize("locale", LOCALES)
async def test_links_show_where_they_lead_and_a_label_the_influencer_sets(
    chat_factory: ChatFactory, database: Database, translator: Translator, locale: str
) -> None:
    only = await campaign(database, "Winter Sale")
    chat = chat_factory(locale=locale)
    await approved(chat, database, locale)
    await chat.send("/link").expect("links-choose")
    await chat.press(f"c{only}").expect("links-created")
    await chat.send("/link").expect("links-choose")
    product = await chat.send(PAGE).expect("links-created")
    product_code = str(product.last.args["url"]).rsplit("/", 1)[1]

    listing = await chat.send("/links").expect("links-list", "links-item", "links-item")
    newest, oldest = listing[1], listing[2]
    assert newest.args["destination"] == PAGE
    assert oldest.args["destination"] == translator.render(locale, "links-to-campaign")
    assert PAGE in newest.text
    assert normalise(translator.render(locale, "links-to-campaign")) in normalise(oldest.text)

    (button,) = newest.all_buttons  # each link has its own "set a label" button
    assert button.choice == f"n{product_code}"
    await chat.press_payload(button.payload).expect("links-label-ask")
    await chat.send("x" * 41).expect("input-text-too-long", then="links-label-ask")
    assert [label for *_, label in await links_of(database)] == [None, None]
    saved = await chat.send("Instagram stories").expect("links-label-saved")
    assert "Instagram stories" in saved.last.text
    assert [label for *_, label in await links_of(database)] == [None, "Instagram stories"]
    listing = await chat.send("/links").expect("links-list", "links-item", "links-item")
    assert listing[1].text.startswith("Instagram stories — Winter Sale")

    # A forged button for someone else's link changes nothing.
    stranger = chat_factory(locale=locale)
    await approved(stranger, database, locale)
    await stranger.send("/links").expect("links-none")
    await stranger.press_payload(button.payload).expect("links-label-ask")
    await stranger.send("mine now").expect("button-stale")
    assert [label for *_, label in await links_of(database)] == [None, "Instagram stories"]

    await chat.press_payload(button.payload).expect("links-label-ask")
    await chat.press("clear").expect("links-label-cleared")
    assert [label for *_, label in await links_of(database)] == [None, None]


@pytest.mark.parametrize(
    ("erid", "ending"), [("2VtzqvXyZ1a", ". erid: 2VtzqvXyZ1a"), (None, "ИНН 7707083893")]
)
async def test_the_russian_notice_names_the_advertiser_inn_and_erid(
    chat_factory: ChatFactory,
    database: Database,
    translator: Translator,
    erid: str | None,
    ending: str,
) -> None:
    await campaign(
        database,
        "AliExpress Russia",
        advertiser='ООО "Алибаба.com (РУ)"',
        advertiser_inn="7707083893",
        erid=erid,
    )
    chat = chat_factory(locale="ru")
    await approved(chat, database, "ru", "RU")
    choose = await chat.send("/link").expect("links-choose")
    created = await chat.press(choose.last.all_buttons[0].choice).expect("links-created")
    disclosure = str(created.last.args["disclosure"])
    assert disclosure == translator.render(
        "ru",
        "links-disclosure-registered",
        {"advertiser": 'ООО "Алибаба.com (РУ)"', "inn": "7707083893", "erid": erid or "none"},
    )
    assert disclosure.startswith('Реклама. Рекламодатель: ООО "Алибаба.com (РУ)", ИНН 7707083893')
    assert disclosure.endswith(ending)
    assert disclosure in created.last.text


@pytest.mark.parametrize("locale", LOCALES)
@pytest.mark.parametrize("bonus", [0, 500])
async def test_invite_mentions_a_bonus_only_when_there_is_one(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    locale: str,
    bonus: int,
) -> None:
    engine = Engine(
        database=database,
        translator=translator,
        router=build_router(),
        settings=settings.model_copy(update={"referral_bonus": bonus}),
        clock=clock,
    )
    chat = Chat(engine, user_id="4242", locale=locale)
    await approved(chat, database, locale)
    invite = (await chat.send("/invite").expect("invite-code")).last
    words = {"en": "bonus", "ru": "бонус", "fr": "prime", "es": "bonificación", "pl": "premia"}
    assert (words[locale] in invite.text) == (bonus > 0)
    assert invite.text == translator.render(locale, "invite-code", invite.args)

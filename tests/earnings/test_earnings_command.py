"""/earnings through the engine, in every language: periods, plurals, money per currency,
buttons, and who may see what. The clock is pinned to Wednesday 25 November 2026, 13:00 in
Paris (the fixture's 12:00 UTC)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from babel.dates import format_interval
from sqlalchemy import event, update

from bot.core.engine import Engine
from bot.core.formatting import format_money
from bot.core.i18n import Translator
from bot.core.money import Money
from bot.core.payload import Payload
from storage.db import Database
from storage.models import Influencer
from tests.earnings import NOW, Shop, approved_shop
from tests.money import make_influencer
from tests.support import LOCALES, Chat, Clock, normalise, register, set_status

ChatFactory = Callable[..., Chat]

ORDERS = {
    "en": {1: "1 order", 3: "3 orders", 5: "5 orders", 6: "6 orders"},
    "ru": {1: "1 заказ", 3: "3 заказа", 5: "5 заказов", 6: "6 заказов"},
    "fr": {1: "1 commande", 3: "3 commandes", 5: "5 commandes", 6: "6 commandes"},
    "es": {1: "1 pedido", 3: "3 pedidos", 5: "5 pedidos", 6: "6 pedidos"},
    "pl": {1: "1 zamówienie", 3: "3 zamówienia", 5: "5 zamówień", 6: "6 zamówień"},
}


def has_words(phrase: str, text: str) -> bool:
    """``phrase`` as whole words: "1 заказ" is not inside "1 заказов"."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", normalise(text)) is not None


def rendered(translator: Translator, locale: str, message_id: str, **args: Any) -> str:
    return normalise(translator.render(locale, message_id, args))


async def sell_in_november(shop: Shop) -> None:
    """1 order today, 3 in the last 7 days, 5 this month, 1 last month; 20 clicks today."""
    await shop.sale("WINTER01", 1999, "2026-11-25 09:00")  # 2.00 commission, pending
    await shop.sale("WINTER01", 5000, "2026-11-23 10:00")  # 5.00 pending
    await shop.sale("WINTER01", 2500, "2026-11-20 10:00")  # 2.50 pending
    await shop.sale("WINTER01", 3000, "2026-11-05 10:00", status="confirmed")  # 3.00
    await shop.sale("WINTER01", 4000, "2026-11-03 10:00", status="confirmed")  # 4.00
    await shop.sale("WINTER01", 10000, "2026-10-10 10:00", status="confirmed")  # 10.00
    await shop.clicks("WINTER01", ["2026-11-25 08:00"] * 20 + ["2026-11-10 08:00"] * 80)


@pytest.mark.parametrize("locale", LOCALES)
async def test_earnings_in_each_language_with_plurals_and_money(
    chat_factory: ChatFactory,
    database: Database,
    clock: Clock,
    translator: Translator,
    locale: str,
) -> None:
    chat = chat_factory(locale=locale)
    shop = await approved_shop(chat, database, clock, locale)
    await sell_in_november(shop)

    month = await chat.send("/earnings").expect("earnings-report")
    text = month.text()
    assert month.last.args["period"] == translator.render(
        locale,
        "earnings-period",
        {
            "kind": "this_month",
            "range": format_interval(date(2026, 11, 1), date(2026, 11, 25), "yMMMd", locale=locale),
            "days": 0,
        },
    )
    assert has_words(ORDERS[locale][5], text)
    assert not has_words(ORDERS[locale][3], text)
    euros = {"total": Money(1650, "EUR"), "pending": Money(950, "EUR")}
    assert rendered(
        translator, locale, "earnings-amount", confirmed=Money(700, "EUR"), **euros
    ) in (text)
    stats = rendered(
        translator, locale, "earnings-stats", orders=5, clicks=100, rate=Decimal(5) / 100
    )
    assert stats in text  # 5 orders from 100 clicks: 5 %
    # The balance: what is pending and when it can first be confirmed, confirmed, paid.
    assert (
        rendered(
            translator,
            locale,
            "earnings-balance-pending-next",
            amount=Money(950, "EUR"),
            date=date(2026, 12, 4),
        )
        in text
    )
    assert rendered(
        translator, locale, "earnings-balance-confirmed", amount=Money(1700, "EUR")
    ) in (text)
    assert [b.choice for b in month.last.all_buttons] == [
        "p.td",
        "p.d7",
        "p.tm",
        "p.lm",
        "p.al",
        "l.tm",
    ]

    week = await chat.press("p.d7").expect("earnings-report")
    assert has_words(ORDERS[locale][3], week.text())
    assert not has_words(ORDERS[locale][5], week.text())
    today = await chat.press("p.td").expect("earnings-report")
    assert has_words(ORDERS[locale][1], today.text())
    assert (
        rendered(
            translator,
            locale,
            "earnings-amount",
            total=Money(200, "EUR"),
            pending=Money(200, "EUR"),
            confirmed=Money(0, "EUR"),
        )
        in today.text()
    )
    everything = await chat.press("p.al").expect("earnings-report")
    assert has_words(ORDERS[locale][6], everything.text())
    assert (
        rendered(
            translator,
            locale,
            "earnings-amount-all",
            total=Money(2650, "EUR"),
            pending=Money(950, "EUR"),
            confirmed=Money(1700, "EUR"),
            paid=Money(0, "EUR"),
        )
        in everything.text()
    )


async def test_currencies_are_listed_never_added(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="pl")
    shop = await approved_shop(chat, database, clock, "pl")
    await shop.link("ZLOTE01", currency="PLN")
    await shop.sale("WINTER01", 2000, "2026-11-24 10:00")
    await shop.sale("ZLOTE01", 12345, "2026-11-24 11:00", currency="PLN")
    text = (await chat.send("/earnings").expect("earnings-report")).text()
    for total in (Money(200, "EUR"), Money(1234, "PLN")):
        line = rendered(
            translator,
            "pl",
            "earnings-amount",
            total=total,
            pending=total,
            confirmed=Money(0, total.currency),
        )
        assert line in text
    assert "14,34" not in text and "1434" not in text  # 2.00 + 12.34 is not an amount
    assert has_words("2 zamówienia", text)


async def test_links_and_one_links_detail(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await shop.link("SUMMER02", campaign="Summer")
    await shop.sale("WINTER01", 1000, "2026-11-24 10:00")
    await shop.sale("WINTER01", 1000, "2026-11-22 10:00")
    await shop.sale("SUMMER02", 5000, "2026-11-21 10:00")
    await shop.clicks("SUMMER02", ["2026-11-21 09:00"] * 4)
    await chat.send("/earnings").expect("earnings-report")
    listed = await chat.press("l.tm").expect("earnings-links")
    lines = str(listed.last.args["lines"]).splitlines()
    assert lines[0].startswith("1. WINTER01") and "2 orders" in lines[0]  # most orders first
    assert lines[1].startswith("2. SUMMER02") and "4 clicks, 1 order, €5.00" in lines[1]
    winter, summer = shop.links["WINTER01"].id, shop.links["SUMMER02"].id
    assert [b.choice for b in listed.last.all_buttons] == [
        f"k{winter}.tm",
        f"k{summer}.tm",
        "p.tm",
    ]
    detail = await chat.press(f"k{summer}.tm").expect("earnings-link")
    assert detail.last.args["url"] == "http://127.0.0.1:8080/l/SUMMER02"
    assert "1 order · 4 clicks · conversion rate 25%" in detail.text()
    assert "WINTER01" not in detail.text()
    assert [b.choice for b in detail.last.all_buttons][-1] == "l.tm"
    today = await chat.press(f"k{summer}.td").expect("earnings-link")
    assert rendered(translator, "en", "earnings-amount-none") in today.text()
    await chat.press("l.td").expect("earnings-links")
    assert chat.last.last.args["lines"] == translator.render("en", "earnings-links-none")


async def test_a_forged_or_stale_button_shows_nothing_of_anyone_else(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    victim = chat_factory(locale="en")
    theirs = await approved_shop(victim, database, clock, "en", code="THEIRS01")
    await theirs.sale("THEIRS01", 99999, "2026-11-24 10:00")
    chat = chat_factory(locale="en")
    mine = await approved_shop(chat, database, clock, "en")
    await mine.sale("WINTER01", 1000, "2026-11-24 10:00")
    their_link = theirs.links["THEIRS01"].id
    for choice in (f"k{their_link}.tm", f"k{their_link}.al", "p.zz", "k.tm", "x.tm", "p.m202613"):
        payload = Payload("earnings", "view", choice).encode()
        replies = await chat.press_payload(payload).expect("button-stale")
        assert "99" not in replies.text()
    # The same payload from its owner works: nothing in it but a link id and a period.
    await victim.press_payload(Payload("earnings", "view", f"k{their_link}.tm").encode()).expect(
        "earnings-link"
    )
    # A stranger pressing a copied button is asked to register, not shown anything.
    stranger = chat_factory(locale="en")
    await stranger.press_payload(Payload("earnings", "view", "p.tm").encode()).expect(
        "earnings-not-registered"
    )


@pytest.mark.parametrize(
    ("status", "expected"),
    [("pending", "earnings-not-approved-pending"), ("rejected", "earnings-not-approved-rejected")],
)
async def test_not_approved_yet(
    chat_factory: ChatFactory, database: Database, status: str, expected: str
) -> None:
    chat = chat_factory(locale="fr")
    await register(chat, "fr")
    await set_status(database, chat, status)
    await chat.send("/earnings").expect(expected)
    await chat.send("combien j’ai gagné aujourd’hui ?").expect(expected)


async def test_not_registered(chat_factory: ChatFactory) -> None:
    chat = chat_factory(locale="es")
    await chat.send("/earnings").expect("earnings-not-registered")
    await chat.send("¿cuánto gané hoy?").expect("earnings-not-registered")


async def test_no_links_then_no_sales_then_a_sale(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="ru")
    await register(chat, "ru")
    influencer_id = await set_status(database, chat, "approved")
    await chat.send("/earnings").expect("earnings-no-links")
    shop = Shop(database, clock, influencer_id)
    await shop.link("WINTER01")
    await shop.clicks("WINTER01", ["2026-11-20 10:00"] * 21 + ["2026-10-20 10:00"])
    replies = await chat.send("/earnings").expect("earnings-no-sales")
    assert has_words("21 переход", replies.text())
    await shop.sale("WINTER01", 1000, "2026-11-24 10:00")
    await chat.send("/earnings").expect("earnings-report")


async def test_a_suspended_influencer_still_sees_their_money(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await shop.sale("WINTER01", 1000, "2026-11-24 10:00", status="confirmed")
    await set_status(database, chat, "suspended")
    replies = await chat.send("/earnings").expect("earnings-report")
    assert "Confirmed: €1.00" in replies.text()


async def test_earnings_with_a_period_after_the_command(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await sell_in_november(shop)
    replies = await chat.send("/earnings last month").expect("earnings-report")
    assert has_words("1 order", replies.text())
    assert str(replies.last.args["period"]).startswith("last month")
    await chat.send("/earnings on my birthday").expect("earnings-examples")


async def test_earnings_during_an_open_question_keeps_it_open(chat_factory: ChatFactory) -> None:
    """/earnings answers and asks the open question again; typed text still answers it."""
    other = chat_factory(locale="en")
    await other.send("/start").expect("onboarding-language")
    await other.press("en").expect("onboarding-consent")
    await other.press("accept").expect("onboarding-name")
    await other.send("/earnings").expect("earnings-not-registered", "onboarding-name")
    # The answer to "your name?" is the name, even when it sounds like a question about money.
    await other.send("how much did I earn today?").expect("onboarding-country")


async def test_a_turn_of_earnings_runs_a_handful_of_statements(
    chat_factory: ChatFactory, database: Database, clock: Clock, engine: Engine
) -> None:
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await sell_in_november(shop)
    await chat.send("/earnings").expect("earnings-report")  # the session exists now
    count = 0

    def record(*_: Any) -> None:
        nonlocal count
        count += 1

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        await chat.send("/earnings").expect("earnings-report")
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)
    # The engine's own work (user, session) plus: account, balances (3), figures (2),
    # tier (2), top links, last orders.
    assert count <= 16, count


async def test_someone_elses_numbers_never_appear(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    rich = await make_influencer(database, "rich")
    other = Shop(database, clock, rich)
    await other.link("RICH0001")
    await other.sale("RICH0001", 777700, "2026-11-24 10:00", status="confirmed")
    chat = chat_factory(locale="en")
    mine = await approved_shop(chat, database, clock, "en")
    await mine.sale("WINTER01", 1000, "2026-11-24 10:00")
    for text in ("/earnings", "what is pending?", "when do I get paid?"):
        replies = await chat.send(text)
        assert "7,777" not in replies.text() and "RICH0001" not in replies.text()
    assert clock.now == NOW


async def test_the_tier_and_the_way_to_the_next(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await shop.sale("WINTER01", 1000, "2026-11-02 10:00", status="confirmed")
    text = (await chat.send("/earnings").expect("earnings-report")).text()
    assert "Your tier: Standard, with 1 confirmed sale; 49 more to reach Silver." in text
    async with database.transaction() as session:
        await session.execute(
            update(Influencer).where(Influencer.id == shop.influencer_id).values(tier="vip")
        )
    text = (await chat.send("/earnings").expect("earnings-report")).text()
    assert "Your tier: vip." in text


@pytest.mark.parametrize("locale", LOCALES)
async def test_three_currencies_are_listed_in_every_language(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    shop = await approved_shop(chat, database, clock, locale)
    await shop.link("DOLLAR01", currency="USD")
    await shop.link("ZLOTE01", currency="PLN")
    for code, currency in (("WINTER01", "EUR"), ("DOLLAR01", "USD"), ("ZLOTE01", "PLN")):
        await shop.sale(code, 1000, "2026-11-25 09:00", currency=currency)
    text = (await chat.send("/earnings").expect("earnings-report")).text()
    for currency in ("EUR", "PLN", "USD"):
        amount = Money(100, currency)
        line = rendered(
            translator,
            locale,
            "earnings-amount",
            total=amount,
            pending=amount,
            confirmed=Money(0, currency),
        )
        assert line in text
    # At a glance, today's three amounts are listed in one line, each in its own currency.
    today = normalise(translator.render(locale, "earnings-button.today"))
    (glance,) = [line for line in text.splitlines() if re.match(rf"{today} ?:", line)]
    for currency in ("EUR", "PLN", "USD"):
        assert normalise(format_money(Money(100, currency), locale)) in glance

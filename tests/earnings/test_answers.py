"""Questions typed to the bot, answered through the engine: every phrasing of the parser's
tables in its language, what is pending, when money is paid, and what is not understood."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from bot.core.i18n import Translator
from bot.core.money import Money
from bot.services import payouts as payout_rules
from bot.services.questions import BALANCE, CLICKS, EARNINGS, FUTURE, PAYOUT, PENDING, UNCLEAR
from storage.db import Database
from storage.repositories import Repositories
from tests.earnings import approved_shop
from tests.earnings.test_questions import CASES, NOT_EARNINGS, THIS_MONTH
from tests.support import LOCALES, Chat, Clock, normalise

ChatFactory = Callable[..., Chat]
REPLY = {
    PENDING: "earnings-pending",
    PAYOUT: "earnings-payout",
    UNCLEAR: "earnings-examples",
    FUTURE: "earnings-future",
    BALANCE: "earnings-balance-only",
}


def rendered(translator: Translator, locale: str, message_id: str, **args: Any) -> str:
    return normalise(translator.render(locale, message_id, args))


@pytest.mark.parametrize("locale", LOCALES)
async def test_every_phrasing_is_answered_for_its_period(
    chat_factory: ChatFactory, database: Database, clock: Clock, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    shop = await approved_shop(chat, database, clock, locale)
    await shop.sale("WINTER01", 1000, "2026-11-24 10:00")
    await shop.sale("WINTER01", 1000, "2026-11-02 10:00", status="confirmed")
    for case_locale, text, expected in CASES:
        if case_locale != locale:
            continue
        replies = await chat.send(text)
        if expected.intent in (EARNINGS, CLICKS):
            wanted = "earnings-clicks" if expected.intent == CLICKS else "earnings-report"
            assert replies.ids == [wanted], text
            # The "By link" button names the period the report is about.
            period = expected.period or THIS_MONTH
            assert replies.last.all_buttons[-1].choice == f"l.{period.code()}", text
        else:
            assert replies.ids == [REPLY[expected.intent]], text
    for case_locale, text in NOT_EARNINGS:
        if case_locale == locale:
            assert (await chat.send(text)).ids == ["not-understood"], text


async def test_pending_commission_by_the_day_it_can_be_confirmed(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="ru")
    shop = await approved_shop(chat, database, clock, "ru")
    await shop.sale("WINTER01", 1000, "2026-11-01 10:00")  # locked until 15 November: overdue
    await shop.sale("WINTER01", 2000, "2026-11-20 09:00")  # 4 December
    await shop.sale("WINTER01", 3000, "2026-11-20 18:00")  # 4 December as well
    for day in range(21, 26):  # 5, 6, 7, 8, 9 December
        await shop.sale("WINTER01", 500, f"2026-11-{day} 10:00")
    await shop.sale("WINTER01", 9000, "2026-11-22 10:00", status="confirmed")  # not pending
    replies = await chat.send("что в ожидании?").expect("earnings-pending")
    lines = normalise(str(replies.last.args["lines"])).splitlines()
    eur = "EUR"
    assert lines == [
        rendered(translator, "ru", "earnings-pending-late-line", amount=Money(100, eur), orders=1),
        rendered(
            translator,
            "ru",
            "earnings-pending-line",
            date=date(2026, 12, 4),
            amount=Money(500, eur),
            orders=2,
        ),
        *(
            rendered(
                translator,
                "ru",
                "earnings-pending-line",
                date=date(2026, 12, day),
                amount=Money(50, eur),
                orders=1,
            )
            for day in (5, 6, 7, 8)
        ),
        rendered(translator, "ru", "earnings-pending-later", amount=Money(50, eur), orders=1),
    ]
    assert "2 заказа" in lines[1]


async def test_nothing_pending(chat_factory: ChatFactory, database: Database, clock: Clock) -> None:
    chat = chat_factory(locale="es")
    shop = await approved_shop(chat, database, clock, "es")
    await shop.sale("WINTER01", 1000, "2026-11-02 10:00", status="confirmed")
    await chat.send("¿qué está pendiente?").expect("earnings-pending-none")


async def test_when_do_i_get_paid(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await chat.send("when do I get paid?").expect("earnings-payout-none")
    await shop.sale("WINTER01", 13000, "2026-11-02 10:00", status="confirmed")  # 13.00
    await shop.sale("WINTER01", 20000, "2026-11-20 10:00")  # 20.00 from 4 December
    await shop.sale("WINTER01", 30000, "2026-11-23 10:00")  # 30.00 from 7 December
    replies = await chat.send("when do I get paid?").expect("earnings-payout")
    assert normalise(str(replies.last.args["lines"])).splitlines() == [
        rendered(
            translator,
            "en",
            "earnings-payout-short",
            available=Money(1300, "EUR"),
            minimum=Money(5000, "EUR"),
            missing=Money(3700, "EUR"),
        ),
        # 13 + 20 is not enough; with the 30 of 7 December it is.
        rendered(translator, "en", "earnings-payout-eta", date=date(2026, 12, 7)),
    ]
    await shop.sale("WINTER01", 40000, "2026-10-01 10:00", status="confirmed")  # 40.00
    replies = await chat.send("When is my next payout?").expect("earnings-payout")
    assert replies.last.args["lines"] == translator.render(
        "en", "earnings-payout-ready", {"amount": Money(5300, "EUR")}
    )
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(
            repos, shop.influencer_id, "paypal", "anna@example.com", None, clock()
        )
        await payout_rules.request(repos, shop.influencer_id, "EUR", 5300, 5000, clock())
    replies = await chat.send("when do I get paid?").expect("earnings-payout")
    lines = normalise(str(replies.last.args["lines"])).splitlines()
    assert lines[0] == rendered(
        translator,
        "en",
        "earnings-payout-requested",
        amount=Money(5300, "EUR"),
        date=date(2026, 11, 25),
    )
    assert (
        "Confirmed: €53.00, of which €53.00 requested for payout"
        in (await chat.send("/earnings").expect("earnings-report")).text()
    )


async def test_unclear_and_future_periods(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="pl")
    shop = await approved_shop(chat, database, clock, "pl")
    await shop.sale("WINTER01", 1000, "2026-11-24 10:00")
    replies = await chat.send("ile zarobiłem w ostatnim kwartale?").expect("earnings-examples")
    assert "zarobki w październiku" in replies.text()
    await chat.send("ile zarobiłem w grudniu 2026?").expect("earnings-future")


async def test_a_question_in_another_language_is_answered_in_the_users(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await shop.sale("WINTER01", 1000, "2026-10-24 10:00")
    replies = await chat.send("сколько я заработал в октябре?").expect("earnings-report")
    assert replies.last.args["period"] == "October 2026"
    assert "1 order" in replies.text()


async def test_a_shop_in_another_time_zone_counts_its_own_days(
    chat_factory: ChatFactory, database: Database, clock: Clock, settings: Any
) -> None:
    """An order at 23:30 UTC on 24 November is on the 25th in Paris: today's, not yesterday's."""
    chat = chat_factory(locale="en")
    shop = await approved_shop(chat, database, clock, "en")
    await shop.sale("WINTER01", 1000, "2026-11-24 23:30")
    today = await chat.send("how much did I earn today?").expect("earnings-report")
    assert "1 order" in today.text()
    yesterday = await chat.send("how much did I earn yesterday?").expect("earnings-report")
    assert "0 orders" in yesterday.text()
    settings.timezone = "UTC"
    yesterday = await chat.send("how much did I earn yesterday?").expect("earnings-report")
    assert "1 order" in yesterday.text()

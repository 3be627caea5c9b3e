"""What happens to a sale after it was announced, told to the influencer: confirmations,
reversals, refunds (also after a payout: an amount owed), in one message an hour at most.

Issue 11 items 12 and 13, through the real postback code path, the engine and /earnings.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.core.money import Money
from bot.services import payouts as payout_rules
from bot.services.commission import apply_event
from bot.services.notifications import MAX_ITEMS
from storage.db import Database
from storage.ledger import Ledger
from storage.notifications import Notifications
from storage.repositories import Repositories
from tests.money import NOW, make_influencer
from tests.payouts import IBAN, Seller, approved_chat, seller
from tests.support import LOCALES, Chat, Clock, normalise

ChatFactory = Callable[..., Chat]
_events = iter(range(1, 10_000))

REFUNDED = {
    "en": "refunded to the customer",
    "ru": "деньги возвращены покупателю",
    "fr": "remboursée au client",
    "es": "reembolsado al cliente",
    "pl": "zwrócone klientowi",
}


async def report(
    database: Database,
    who: Seller,
    order: str,
    amount: int,
    status: str,
    clock: Clock,
    **extra: Any,
) -> None:
    """The shop reports an order (amount in minor units; the rate is 10 %)."""
    await apply_event(
        database,
        {
            "event_id": f"chg-{next(_events)}",
            "link_code": who.code,
            "order_id": order,
            "amount": str(amount),
            "currency": "EUR",
            "status": status,
            "ordered_at": NOW.isoformat(),
            **extra,
        },
        clock,
    )


async def digests(database: Database, now: Any) -> list[Any]:
    async with database.read() as session:
        found = await Notifications(session).pending(["console"], now=now)
    return [n for n in found if n.message_id == "sale-changes"]


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_refund_after_payout_is_told_shown_on_the_order_and_owed(
    chat_factory: ChatFactory,
    database: Database,
    clock: Clock,
    make_engine: Callable[[], Engine],
    translator: Translator,
    locale: str,
) -> None:
    chat = chat_factory(locale=locale)
    me = await approved_chat(chat, database, locale)
    await report(database, me, "A-1001", 60_000, "confirmed", clock)
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(repos, me.influencer_id, "iban", IBAN, "Anna Nowak", clock())
        request = await payout_rules.request(repos, me.influencer_id, "EUR", 6000, 5000, clock())
        await payout_rules.pay(repos, request.id, "SEPA-1", "cli:alice", clock())
    clock.advance(days=3)
    await report(database, me, "A-1001", 60_000, "confirmed", clock, refund_amount="60000")

    async with database.read() as session:
        balance = await Ledger(session).balance(me.influencer_id, "EUR")
    assert (balance.confirmed_minor, balance.paid_minor, balance.owed_minor) == (-6000, 6000, 6000)

    # Told: held a few minutes to gather other changes, then one message.
    assert await digests(database, clock.now) == []
    assert len(await digests(database, clock.now + timedelta(minutes=6))) == 1
    clock.advance(minutes=6)
    pending = await make_engine().pending_notifications(["console"])
    (told,) = [o for _, o in pending if o is not None and o.message_id == "sale-changes"]
    lines = [
        translator.render(
            locale,
            "sale-change-refunded",
            {
                "order": "A-1001",
                "amount": Money(6000, "EUR"),
                "refund": Money(60_000, "EUR"),
                "whole": "yes",
            },
        ),
        translator.render(locale, "sale-change-owed", {"amount": Money(6000, "EUR")}),
    ]
    assert told.text == translator.render(locale, "sale-changes", {"changes": "\n".join(lines)})
    assert "A-1001" in told.text

    # /earnings: the order reads "refunded", the balance shows what is owed.
    shown = (await chat.send("/earnings")).text()
    assert REFUNDED[locale] in shown
    owed = translator.render(locale, "earnings-balance-owed", {"amount": Money(6000, "EUR")})
    assert normalise(owed) in shown

    if locale == "en":  # "when do I get paid?" counts the debt in what is missing
        paid = (await chat.send("when do I get paid?").expect("earnings-payout")).text()
        assert normalise(owed) in paid
        assert "€110.00" in paid  # the €50.00 minimum plus the €60.00 owed

    # The next confirmed sale settles it.
    await report(database, me, "A-1002", 100_000, "confirmed", clock)
    async with database.read() as session:
        balance = await Ledger(session).balance(me.influencer_id, "EUR")
    assert (balance.confirmed_minor, balance.owed_minor) == (4000, 0)
    assert normalise(owed) not in (await chat.send("/earnings")).text()


async def test_confirmations_and_reversals_are_gathered_one_message_an_hour(
    database: Database, clock: Clock, make_engine: Callable[[], Engine], translator: Translator
) -> None:
    me = await seller(database, await make_influencer(database, "3001"))
    for n in range(3):
        await report(database, me, f"P-{n}", 10_000, "pending", clock)
    assert len(await digests(database, clock.now + timedelta(days=1))) == 0  # new sales: at once

    clock.advance(days=1)
    await report(database, me, "P-0", 10_000, "confirmed", clock)
    clock.advance(minutes=2)
    await report(database, me, "P-1", 10_000, "reversed", clock)
    first_due = clock.now + timedelta(minutes=4)
    assert await digests(database, clock.now) == []
    (digest,) = await digests(database, first_due)
    clock.now = first_due
    pending = await make_engine().pending_notifications(["console"])
    (told,) = [o for _, o in pending if o is not None and o.message_id == "sale-changes"]
    confirmed = translator.render(
        "en", "sale-change-confirmed", {"order": "P-0", "amount": Money(1000, "EUR")}
    )
    reversed_ = translator.render(
        "en", "sale-change-reversed", {"order": "P-1", "amount": Money(1000, "EUR")}
    )
    assert told.text == translator.render(
        "en", "sale-changes", {"changes": f"{confirmed}\n{reversed_}"}
    )
    async with database.transaction() as session:
        await Notifications(session).finish(digest.id, True, first_due)

    # The next change, a minute after that message, waits for the hour to be over.
    clock.now = first_due + timedelta(minutes=1)
    await report(database, me, "P-2", 10_000, "confirmed", clock)
    assert await digests(database, first_due + timedelta(minutes=59)) == []
    (later,) = await digests(database, first_due + timedelta(hours=1))
    assert [line["args"]["order"] for line in later.args["changes"]["$list"]] == ["P-2"]


async def test_a_flood_of_changes_stays_one_short_message(
    database: Database, clock: Clock, make_engine: Callable[[], Engine]
) -> None:
    me = await seller(database, await make_influencer(database, "3002"))
    total = MAX_ITEMS + 5
    for n in range(total):
        await report(database, me, f"F-{n}", 10_000, "pending", clock)
    clock.advance(days=1)
    for n in range(total):
        await report(database, me, f"F-{n}", 10_000, "confirmed", clock)
    (digest,) = await digests(database, clock.now + timedelta(hours=1))
    lines = digest.args["changes"]["$list"]
    assert len(lines) == MAX_ITEMS + 1
    assert lines[-1] == {"$msg": "sale-changes-more", "args": {"count": 5}}
    clock.advance(hours=1)
    pending = await make_engine().pending_notifications(["console"])
    (told,) = [o for _, o in pending if o is not None and o.message_id == "sale-changes"]
    assert "5 more changes" in told.text
    assert len(told.text) < 4096

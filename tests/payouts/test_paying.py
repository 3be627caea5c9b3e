"""Staff pay or reject requests: the ledger and balance move once, the influencer hears of it."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlalchemy import select, update

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.core.money import Money
from bot.services import payouts as payout_rules
from bot.services.payouts import PayoutRefused
from storage.db import Database
from storage.ledger import Ledger
from storage.models import Influencer, User
from storage.payouts import PayoutRequestRecord, Payouts
from storage.repositories import Repositories
from tests.money import make_influencer
from tests.payouts import (
    IBAN,
    IBAN_MASKED,
    IBAN_SHOWN,
    Seller,
    assert_balance_is_ledger,
    available,
    notifications,
    payout_entries,
    sale,
    seller,
)
from tests.support import LOCALES, Clock, normalise

MINIMUM = 5000


async def requested(
    database: Database, clock: Clock, commission: int = 6000, *, external_id: str = "2001"
) -> tuple[Seller, PayoutRequestRecord]:
    """An influencer whose whole confirmed balance is requested to their IBAN."""
    influencer_id = await make_influencer(database, external_id)
    me = await seller(database, influencer_id)
    await sale(database, me, commission, clock)
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(repos, influencer_id, "iban", IBAN, "Anna Nowak", clock())
        request = await payout_rules.request(
            repos, influencer_id, "EUR", commission, MINIMUM, clock()
        )
    return me, request


async def pay(database: Database, request_id: int, reference: str, clock: Clock) -> None:
    async with database.transaction() as session:
        await payout_rules.pay(Repositories(session), request_id, reference, "cli:alice", clock())


async def balance(database: Database, influencer_id: int) -> tuple[int, int, int]:
    """(confirmed, paid, held by open requests) in euros."""
    async with database.read() as session:
        (eur,) = await Payouts(session).availability(influencer_id)
        rollup = await Ledger(session).balance(influencer_id, "EUR")
    return rollup.confirmed_minor, rollup.paid_minor, eur.held_minor


async def test_paying_moves_confirmed_to_paid_and_notifies(
    database: Database, clock: Clock
) -> None:
    me, request = await requested(database, clock)
    assert await balance(database, me.influencer_id) == (6000, 0, 6000)
    clock.advance(days=2)
    await pay(database, request.id, "SEPA-2026-0042", clock)

    assert await balance(database, me.influencer_id) == (0, 6000, 0)
    assert await payout_entries(database, me.influencer_id) == [
        ("confirmed", -6000),
        ("paid", 6000),
    ]
    await assert_balance_is_ledger(database, me.influencer_id)
    async with database.read() as session:
        done = await Payouts(session).get(request.id)
    assert done is not None
    assert (done.status, done.reference, done.decided_by) == ("paid", "SEPA-2026-0042", "cli:alice")
    assert done.decided_at == clock()
    (news,) = await notifications(database, "payout-paid")
    assert news.args == {
        "id": request.id,
        "amount": {"$money": [6000, "EUR"]},
        "reference": "SEPA-2026-0042",
        "method": IBAN_SHOWN,
    }
    assert await available(database, me.influencer_id) == 0


async def test_a_request_is_paid_only_once(database: Database, clock: Clock) -> None:
    me, request = await requested(database, clock)
    await pay(database, request.id, "REF-1", clock)
    with pytest.raises(PayoutRefused) as refused:
        await pay(database, request.id, "REF-2", clock)
    assert (refused.value.reason, refused.value.details["reference"]) == ("already_paid", "REF-1")
    with pytest.raises(PayoutRefused) as refused:
        await pay(database, request.id, "REF-1", clock)
    assert refused.value.reason == "already_paid"
    assert await balance(database, me.influencer_id) == (0, 6000, 0)
    assert len(await payout_entries(database, me.influencer_id)) == 2
    assert len(await notifications(database, "payout-paid")) == 1


async def test_two_payers_at_once_exactly_one_wins(
    database_url: str, database: Database, clock: Clock
) -> None:
    """Two staff processes (each its own connection pool) pay the same request together."""
    me, request = await requested(database, clock)
    first, second = Database(database_url), Database(database_url)
    try:
        outcomes = await asyncio.gather(
            pay(first, request.id, "REF-A", clock),
            pay(second, request.id, "REF-B", clock),
            return_exceptions=True,
        )
    finally:
        await first.dispose()
        await second.dispose()
    refusals = [o for o in outcomes if isinstance(o, PayoutRefused)]
    assert sum(o is None for o in outcomes) == 1
    assert [r.reason for r in refusals] == ["already_paid"]
    assert await balance(database, me.influencer_id) == (0, 6000, 0)
    assert len(await payout_entries(database, me.influencer_id)) == 2
    assert len(await notifications(database, "payout-paid")) == 1
    await assert_balance_is_ledger(database, me.influencer_id)


async def test_one_reference_pays_one_request(database: Database, clock: Clock) -> None:
    _, first = await requested(database, clock, external_id="2001")
    other, second = await requested(database, clock, external_id="2002")
    await pay(database, first.id, "BATCH-7", clock)
    with pytest.raises(PayoutRefused) as refused:
        await pay(database, second.id, " BATCH-7 ", clock)
    assert (refused.value.reason, refused.value.details) == ("reference_used", {"id": first.id})
    assert await balance(database, other.influencer_id) == (6000, 0, 6000)
    for bad in ("", "   ", "x" * 65, "line\nbreak"):
        with pytest.raises(PayoutRefused) as refused:
            await pay(database, second.id, bad, clock)
        assert refused.value.reason == "bad_reference"


async def test_an_unknown_request_is_refused(database: Database, clock: Clock) -> None:
    with pytest.raises(PayoutRefused) as refused:
        await pay(database, 999, "REF", clock)
    assert refused.value.reason == "not_found"


async def test_rejecting_releases_the_money_and_says_why(database: Database, clock: Clock) -> None:
    me, request = await requested(database, clock)
    assert await available(database, me.influencer_id) == 0
    async with database.transaction() as session:
        await payout_rules.reject(
            Repositories(session),
            request.id,
            "  The IBAN belongs to  someone else. ",
            "cli:bob",
            clock(),
        )
    assert await available(database, me.influencer_id) == 6000
    assert await balance(database, me.influencer_id) == (6000, 0, 0)
    assert await payout_entries(database, me.influencer_id) == []
    (news,) = await notifications(database, "payout-rejected")
    assert news.args["reason"] == "The IBAN belongs to someone else."
    with pytest.raises(PayoutRefused) as refused:
        await pay(database, request.id, "REF", clock)
    assert refused.value.reason == "already_rejected"
    async with database.transaction() as session:
        with pytest.raises(PayoutRefused) as refused:
            await payout_rules.reject(
                Repositories(session), request.id, "again", "cli:bob", clock()
            )
    assert refused.value.reason == "already_rejected"


async def test_a_request_whose_sales_were_reversed_is_not_paid(
    database: Database, clock: Clock
) -> None:
    influencer_id = await make_influencer(database, "2001")
    me = await seller(database, influencer_id)
    await sale(database, me, 3000, clock, order_id="A")
    await sale(database, me, 3000, clock, order_id="B")
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(
            repos, influencer_id, "paypal", "anna@example.com", None, clock()
        )
        request = await payout_rules.request(repos, influencer_id, "EUR", 6000, MINIMUM, clock())
    await sale(database, me, 3000, clock, order_id="B", status="reversed")
    with pytest.raises(PayoutRefused) as refused:
        await pay(database, request.id, "REF", clock)
    assert (refused.value.reason, refused.value.details) == (
        "insufficient_balance",
        {"confirmed": 3000},
    )
    assert await balance(database, influencer_id) == (3000, 0, 6000)
    assert await available(database, influencer_id) == 0
    assert await notifications(database, "payout-paid") == []


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_influencer_is_told_in_their_language(
    database: Database,
    clock: Clock,
    make_engine: Callable[[], Engine],
    translator: Translator,
    locale: str,
) -> None:
    me, request = await requested(database, clock)
    async with database.transaction() as session:
        user_id = await session.scalar(
            select(Influencer.user_id).where(Influencer.id == me.influencer_id)
        )
        await session.execute(update(User).where(User.id == user_id).values(locale=locale))
    await pay(database, request.id, "SEPA-42", clock)
    pending = await make_engine().pending_notifications(["console"])
    (outgoing,) = [o for _, o in pending if o is not None and o.message_id == "payout-paid"]
    assert outgoing.locale == locale
    expected = translator.render(
        locale,
        "payout-paid",
        {
            "id": request.id,
            "amount": Money(6000, "EUR"),
            "reference": "SEPA-42",
            "method": translator.render(locale, "payout-shown-iban", {"masked": IBAN_MASKED}),
        },
    )
    assert outgoing.text == expected
    assert "SEPA-42" in outgoing.text
    assert ("60.00" if locale == "en" else "60,00") in normalise(outgoing.text)

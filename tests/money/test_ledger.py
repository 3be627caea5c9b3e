"""The ledger's semantics, event by event, through the service both ways in share."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

import pytest

from bot.services.commission import ValidationError, apply_event
from storage.db import Database
from storage.ledger import EventOutcome, commission
from storage.repositories import Repositories
from tests.money import (
    NOW,
    assert_invariant,
    balance_and_sums,
    make_campaign,
    make_click,
    make_influencer,
    make_link,
)
from tests.support import Clock


@pytest.mark.parametrize(
    ("amount", "rate", "expected"),
    [(1999, 800, 160), (1250, 500, 62), (1350, 500, 68), (0, 800, 0), (1, 5000, 0), (3, 5000, 2)],
)
def test_commission_rounds_half_even(amount: int, rate: int, expected: int) -> None:
    assert commission(amount, rate) == expected


class Shop:
    """One influencer with one link on one campaign, and a way to send events."""

    def __init__(self, database: Database, clock: Clock) -> None:
        self.database = database
        self.clock = clock
        self.serial = 0

    async def setup(self, *, tier: str = "standard", window_days: int = 30) -> None:
        self.influencer = await make_influencer(self.database, "1", tier=tier)
        self.campaign = await make_campaign(self.database, window_days=window_days)
        self.link = await make_link(self.database, self.influencer, self.campaign.id, "AB12")

    async def send(self, status: str, order: str = "o1", **extra: object) -> EventOutcome:
        self.serial += 1
        event: dict[str, object] = {
            "event_id": extra.pop("event_id", f"e{self.serial}"),
            "link_code": "AB12",
            "order_id": order,
            "amount": 1999,
            "currency": "EUR",
            "status": status,
            **extra,
        }
        return await apply_event(self.database, event, self.clock)

    async def balance(self) -> tuple[int, int, int]:
        balance, sums = await balance_and_sums(self.database, self.influencer)
        assert balance == sums
        await assert_invariant(self.database, [self.influencer])
        return balance.pending_minor, balance.confirmed_minor, balance.paid_minor

    async def conversion(self, order: str = "o1") -> Mapping[str, object]:
        async with self.database.read() as session:
            found = await Repositories(session).ledger.conversion(self.campaign.id, order)
        assert found is not None
        return {"status": found.status, "commission": found.commission_minor}


@pytest.fixture
async def shop(database: Database, clock: Clock) -> Shop:
    shop = Shop(database, clock)
    await shop.setup()
    return shop


async def test_pending_then_confirmed_then_reversed(shop: Shop) -> None:
    outcome = await shop.send("pending")
    assert outcome.conversion is not None
    assert outcome.conversion.locks_until == NOW + timedelta(days=14)
    assert await shop.balance() == (160, 0, 0)
    await shop.send("confirmed")
    assert await shop.balance() == (0, 160, 0)
    await shop.send("reversed")
    assert await shop.balance() == (0, 0, 0)
    assert await shop.conversion() == {"status": "reversed", "commission": 0}


async def test_repeated_event_id_changes_nothing(shop: Shop) -> None:
    assert not (await shop.send("pending", event_id="x")).duplicate
    again = await shop.send("confirmed", event_id="x")
    assert again.duplicate
    assert await shop.balance() == (160, 0, 0)


async def test_confirmed_first_books_straight_into_confirmed(shop: Shop) -> None:
    await shop.send("confirmed")
    assert await shop.balance() == (0, 160, 0)
    await shop.send("pending")  # late: the status does not go back
    assert await shop.balance() == (0, 160, 0)
    assert await shop.conversion() == {"status": "confirmed", "commission": 160}


async def test_reversed_first_is_terminal(shop: Shop) -> None:
    await shop.send("reversed")
    await shop.send("pending")
    await shop.send("confirmed", refund_amount=500)
    assert await shop.balance() == (0, 0, 0)
    assert await shop.conversion() == {"status": "reversed", "commission": 0}


async def test_partial_refund_is_a_negative_entry_where_the_money_is(shop: Shop) -> None:
    await shop.send("pending")
    await shop.send("pending", refund_amount=999)  # (1999 - 999) x 8% = 80
    assert await shop.balance() == (80, 0, 0)
    await shop.send("confirmed", refund_amount=999)  # the same total again: no second effect
    assert await shop.balance() == (0, 80, 0)
    await shop.send("confirmed", refund_amount=1499)  # 500 x 8% = 40
    assert await shop.balance() == (0, 40, 0)
    await shop.send("confirmed", refund_amount=100)  # an older, smaller total: ignored
    assert await shop.balance() == (0, 40, 0)
    await shop.send("reversed", refund_amount=1999)
    assert await shop.balance() == (0, 0, 0)
    async with shop.database.read() as session:
        entries = await Repositories(session).ledger.entries(shop.influencer)
    assert [(e.kind, e.bucket, e.amount_minor) for e in entries] == [
        ("commission", "pending", 160),
        ("adjustment", "pending", -80),
        ("confirmation", "pending", -80),
        ("confirmation", "confirmed", 80),
        ("adjustment", "confirmed", -40),
        ("adjustment", "confirmed", -40),
    ]


async def test_full_refund_then_reverse(shop: Shop) -> None:
    await shop.send("pending", refund_amount=1999)
    assert await shop.balance() == (0, 0, 0)
    await shop.send("reversed")
    assert await shop.conversion() == {"status": "reversed", "commission": 0}


async def test_kol_tier_earns_its_rate(database: Database, clock: Clock) -> None:
    shop = Shop(database, clock)
    await shop.setup(tier="kol")
    await shop.send("pending", amount=10_000)
    assert await shop.balance() == (1200, 0, 0)


async def test_out_of_window_is_recorded_but_earns_nothing(shop: Shop) -> None:
    await make_click(shop.database, shop.link.id, "clk-old", NOW - timedelta(days=31))
    await make_click(shop.database, shop.link.id, "clk-new", NOW - timedelta(days=29))
    await apply_event(
        shop.database,
        {
            "event_id": "late",
            "click_id": "clk-old",
            "order_id": "o-late",
            "amount": 5000,
            "currency": "EUR",
            "status": "pending",
            "ordered_at": NOW.isoformat(),
        },
        shop.clock,
    )
    await apply_event(
        shop.database,
        {
            "event_id": "ok",
            "click_id": "clk-new",
            "order_id": "o-ok",
            "amount": 5000,
            "currency": "EUR",
            "status": "pending",
        },
        shop.clock,
    )
    async with shop.database.read() as session:
        late = await Repositories(session).ledger.conversion(shop.campaign.id, "o-late")
    assert late is not None
    assert not late.in_window
    assert late.commission_minor == 0
    assert late.clicked_at == NOW - timedelta(days=31)
    await shop.send("confirmed", order="o-late", amount=5000)
    assert await shop.balance() == (400, 0, 0)


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"link_code": "NOPE"}, "unknown_link"),
        ({"currency": "USD"}, "currency_mismatch"),
        ({"currency": "eur"}, "bad_currency"),
        ({"status": "paid"}, "bad_status"),
        ({"amount": -1}, "bad_amount"),
        ({"amount": True}, "bad_amount"),
        ({"amount": "19.99"}, "bad_amount"),
        ({"refund_amount": 2000}, "bad_refund_amount"),
        ({"event_id": None}, "missing_field:event_id"),
        ({"order_id": ""}, "missing_field:order_id"),
        ({"link_code": None}, "missing_field:click_id_or_link_code"),
        ({"ordered_at": "yesterday"}, "bad_ordered_at"),
    ],
)
async def test_refused_events_store_nothing(
    shop: Shop, change: dict[str, object], reason: str
) -> None:
    fields: dict[str, Any] = dict(change)
    with pytest.raises(ValidationError) as refused:
        await shop.send(str(fields.pop("status", "pending")), **fields)
    assert refused.value.reason == reason
    assert await shop.balance() == (0, 0, 0)
    async with shop.database.read() as session:
        assert await Repositories(session).ledger.conversions() == []
        assert not await Repositories(session).ledger.seen("e1")

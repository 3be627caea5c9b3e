"""Property: whatever events arrive (duplicates, out of order, refunds, several orders and
influencers), each balance equals its ledger entries per bucket to the cent, no conversion's net
commission is negative, and the end state does not depend on the order of arrival."""

from __future__ import annotations

import asyncio
import shutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.services.commission import apply_event
from storage.db import Database
from storage.ledger import commission
from storage.repositories import Repositories
from tests.conftest import sqlite_url
from tests.money import (
    NOW,
    assert_invariant,
    make_campaign,
    make_click,
    make_influencer,
    make_link,
)
from tests.support import Clock

RATES = {"standard": 777, "kol": 1250}
ORDERS = 4
# Order i belongs to influencer i % 2; order 3 came from a click past the 30-day window.
OUT_OF_WINDOW = 3


@dataclass(frozen=True)
class Event:
    event_id: str
    order: int
    status: str
    refund: int | None


@st.composite
def scenarios(draw: st.DrawFn) -> tuple[list[int], list[Event]]:
    amounts = draw(st.lists(st.integers(0, 1_000_000), min_size=ORDERS, max_size=ORDERS))
    events: list[Event] = []
    for n in range(draw(st.integers(1, 14))):
        if events and draw(st.integers(0, 5)) == 0:
            # A repeated event id, possibly with different content: must have no effect.
            original = draw(st.sampled_from(events))
            events.append(Event(original.event_id, draw(st.integers(0, ORDERS - 1)), "reversed", 0))
            continue
        order = draw(st.integers(0, ORDERS - 1))
        refund = draw(st.none() | st.integers(0, amounts[order]))
        status = draw(st.sampled_from(["pending", "confirmed", "reversed"]))
        events.append(Event(f"e{n}", order, status, refund))
    return amounts, events


def expected(amounts: list[int], events: list[Event]) -> dict[int, tuple[str, int]]:
    """The end state per order, independent of arrival order: the highest status seen, the
    largest refund total seen, and the commission on what is left (0 if reversed or late)."""
    first: dict[str, Event] = {}
    for event in events:
        first.setdefault(event.event_id, event)
    firsts = list(first.values())
    rank = {"pending": 0, "confirmed": 1, "reversed": 2}
    result: dict[int, tuple[str, int]] = {}
    for order in {e.order for e in firsts}:
        mine = [e for e in firsts if e.order == order]
        status = max((e.status for e in mine), key=rank.__getitem__)
        refunded = max((e.refund or 0 for e in mine), default=0)
        rate = RATES["standard" if order % 2 == 0 else "kol"]
        earned = commission(amounts[order] - refunded, rate)
        if status == "reversed" or order == OUT_OF_WINDOW:
            earned = 0
        result[order] = (status, earned)
    return result


async def run_scenario(url: str, amounts: list[int], events: list[Event]) -> None:
    database = Database(url)
    clock = Clock()
    try:
        influencers = [
            await make_influencer(database, "1", tier="standard"),
            await make_influencer(database, "2", tier="kol"),
        ]
        campaign = await make_campaign(database, rates=RATES)
        for i, influencer in enumerate(influencers):
            link = await make_link(database, influencer, campaign.id, f"L{i}")
            await make_click(database, link.id, f"old{i}", NOW - timedelta(days=40))
        for event in events:
            order = event.order
            reference = (
                {"click_id": f"old{order % 2}"}
                if order == OUT_OF_WINDOW
                else {"link_code": f"L{order % 2}"}
            )
            data: dict[str, object] = {
                "event_id": event.event_id,
                **reference,
                "order_id": f"order-{order}",
                "amount": amounts[order],
                "currency": "EUR",
                "status": event.status,
            }
            if event.refund is not None:
                data["refund_amount"] = event.refund
            await apply_event(database, data, clock)
            await assert_invariant(database, influencers)
        async with database.read() as session:
            stored = await Repositories(session).ledger.conversions()
        got = {
            int(c.order_id.removeprefix("order-")): (c.status, c.commission_minor) for c in stored
        }
        assert got == expected(amounts, events)
    finally:
        await database.dispose()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(scenario=scenarios())
def test_balances_always_equal_the_ledger(
    scenario: tuple[list[int], list[Event]], sqlite_template: Path, tmp_path: Path
) -> None:
    amounts, events = scenario
    path = tmp_path / "property.db"
    path.unlink(missing_ok=True)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(sqlite_template, path)
    asyncio.run(run_scenario(sqlite_url(path), amounts, events))

"""Figures kept as rows are written (storage/daily_figures.py, the ``influencer_counts``
triggers) under concurrent writers: no increment lost, no deadlock, equal to a recount."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import update

from bot.services.commission import apply_event
from storage.db import Database
from storage.models import Influencer
from tests.money import NOW, assert_kept_figures, make_campaign, make_influencer, make_link
from tests.support import Clock

SELLERS = 6


async def test_concurrent_postbacks_of_one_day_and_campaign_lose_no_order(
    database: Database, clock: Clock
) -> None:
    """Sales, confirmations with a new amount and reversals arriving at once for one campaign
    and day: on PostgreSQL they run in parallel transactions on the same figure rows."""
    opened = NOW - timedelta(days=3)
    campaign = await make_campaign(database, starts_at=opened)
    codes = []
    for n in range(SELLERS):
        influencer_id = await make_influencer(database, f"70{n}")
        link = await make_link(database, influencer_id, campaign.id, f"Fig{n}2345", None, opened)
        codes.append(link.code)

    def event(number: int, status: str, amount: int) -> dict[str, str]:
        return {
            "event_id": f"fig-{number}-{status}",
            "link_code": codes[number % SELLERS],
            "order_id": f"fig-order-{number}",
            "amount": str(amount),
            "currency": "EUR",
            "status": status,
            "ordered_at": (NOW - timedelta(hours=number % 30)).isoformat(),
        }

    orders = range(SELLERS * 4)
    first = [event(n, "pending", 10_000) for n in orders]
    await asyncio.gather(*(apply_event(database, e, clock) for e in first))
    later = [
        event(n, "confirmed", 12_345) if n % 3 else event(n, "reversed", 10_000) for n in orders
    ]
    await asyncio.gather(*(apply_event(database, e, clock) for e in later))
    await asyncio.gather(*(apply_event(database, e, clock) for e in later))  # repeats: no effect
    await assert_kept_figures(database)


async def test_crossing_status_changes_keep_the_counts_without_deadlock(
    database: Database,
) -> None:
    """Suspensions and reinstatements at once, in opposite directions between the same two
    count rows: the trigger locks them in one order, so none fails and none is lost."""
    ids = [await make_influencer(database, f"71{n}") for n in range(8)]
    async with database.transaction() as session:
        await session.execute(
            update(Influencer).where(Influencer.id.in_(ids[::2])).values(status="suspended")
        )

    async def flip(influencer_id: int, status: str) -> None:
        async with database.transaction() as session:
            await session.execute(
                update(Influencer).where(Influencer.id == influencer_id).values(status=status)
            )
            await asyncio.sleep(0)  # let the other transactions take their locks meanwhile

    for round_number in range(3):
        odd = round_number % 2
        await asyncio.gather(
            *(flip(i, "approved" if (n % 2 == odd) else "suspended") for n, i in enumerate(ids))
        )
        await assert_kept_figures(database)

"""The programme's figures per day: orders, commission and clicks, kept as they are written.

The console's overview and campaign pages show 30 days of them. Summed from the raw tables,
that is millions of rows per request at the target size (two seconds at 20M orders); kept
here, it is a few hundred. Both tables change only by increments in SQL, in the transaction
that writes the order or the clicks, so concurrent writers cannot lose one and a crash loses
nothing: the figure and what it counts commit together.

Days are UTC days, as the console draws them. Figures are programme statistics without
personal data: erasing a person keeps the day's counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dialect import insert_adding_on_conflict
from storage.models import DailyClicks, DailyOrders

DAILY_SLOTS = 16


@dataclass(frozen=True, slots=True)
class DayFigure:
    day: str  # YYYY-MM-DD (UTC)
    value: int
    currency: str | None = None


@dataclass(frozen=True, slots=True)
class CurrencyTotal:
    currency: str
    count: int
    amount_minor: int


def utc_day(moment: datetime) -> date:
    return moment.astimezone(UTC).date()


class DailyFigures:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def count_order(
        self,
        *,
        ordered_at: datetime,
        campaign_id: int,
        currency: str,
        influencer_id: int,
        orders: int,
        commission_minor: int,
    ) -> None:
        """Add an order (``orders=1``) or a change of its commission to the day it was placed."""
        if not orders and not commission_minor:
            return
        await self.session.execute(
            insert_adding_on_conflict(
                self.session,
                DailyOrders.__table__,
                ("day", "campaign_id", "currency", "slot"),
                day=utc_day(ordered_at),
                campaign_id=campaign_id,
                currency=currency,
                slot=influencer_id % DAILY_SLOTS,
                orders=orders,
                commission_minor=commission_minor,
            )
        )

    async def count_clicks(self, moments: Iterable[datetime]) -> None:
        """Add a batch of clicks to their days: one statement per day in the batch."""
        for day, count in sorted(Counter(utc_day(m) for m in moments).items()):
            await self.session.execute(
                insert_adding_on_conflict(
                    self.session, DailyClicks.__table__, ("day",), day=day, clicks=count
                )
            )

    async def clicks_per_day(self, since: date) -> list[DayFigure]:
        rows = await self.session.execute(
            select(DailyClicks.day, DailyClicks.clicks)
            .where(DailyClicks.day >= since)
            .order_by(DailyClicks.day)
        )
        return [DayFigure(d.isoformat(), int(n)) for d, n in rows.all()]

    async def orders_per_day(self, since: date) -> tuple[list[DayFigure], list[DayFigure]]:
        """Orders placed per day, and their commission per day and currency."""
        rows = await self.session.execute(
            select(
                DailyOrders.day,
                DailyOrders.currency,
                func.sum(DailyOrders.orders),
                func.sum(DailyOrders.commission_minor),
            )
            .where(DailyOrders.day >= since)
            .group_by(DailyOrders.day, DailyOrders.currency)
            .order_by(DailyOrders.day, DailyOrders.currency)
        )
        orders: dict[str, int] = {}
        commission: list[DayFigure] = []
        for d, currency, count, total in rows.all():
            key = d.isoformat()
            orders[key] = orders.get(key, 0) + int(count or 0)
            commission.append(DayFigure(key, int(total or 0), str(currency)))
        return [DayFigure(d, n) for d, n in orders.items()], commission

    async def campaigns(self, since: date) -> dict[int, list[CurrencyTotal]]:
        """Orders and commission of each campaign since ``since``, per currency."""
        rows = await self.session.execute(
            select(
                DailyOrders.campaign_id,
                DailyOrders.currency,
                func.sum(DailyOrders.orders),
                func.sum(DailyOrders.commission_minor),
            )
            .where(DailyOrders.day >= since)
            .group_by(DailyOrders.campaign_id, DailyOrders.currency)
            .order_by(DailyOrders.campaign_id, DailyOrders.currency)
        )
        found: dict[int, list[CurrencyTotal]] = {}
        for campaign_id, currency, count, total in rows.all():
            found.setdefault(int(campaign_id), []).append(
                CurrencyTotal(str(currency), int(count or 0), int(total or 0))
            )
        return found


def rebuild_statements(postgres: bool) -> tuple[str, str, str]:
    """``INSERT ... SELECT`` of the figures kept as written (the figures per day and the
    influencer counts of ``influencer_counts``) from the raw rows, into empty tables."""

    def day_of(column: str) -> str:
        return f"CAST(({column} AT TIME ZONE 'UTC') AS DATE)" if postgres else f"date({column})"

    return (
        "INSERT INTO daily_orders (day, campaign_id, currency, slot, orders, commission_minor)"
        f" SELECT {day_of('ordered_at')}, campaign_id, currency, influencer_id % {DAILY_SLOTS},"
        " COUNT(*), SUM(commission_minor) FROM conversions"
        f" GROUP BY {day_of('ordered_at')}, campaign_id, currency, influencer_id % {DAILY_SLOTS}",
        f"INSERT INTO daily_clicks (day, clicks) SELECT {day_of('clicked_at')}, COUNT(*)"
        f" FROM clicks GROUP BY {day_of('clicked_at')}",
        "INSERT INTO influencer_counts (status, tier, influencers)"
        " SELECT status, tier, COUNT(*) FROM influencers GROUP BY status, tier",
    )

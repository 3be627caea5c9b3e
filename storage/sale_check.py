"""What the bot knows of an influencer's links, clicks and orders around one day, for the
"why wasn't my sale tracked?" check (bot/services/sale_check.py)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Campaign, Click, Conversion, Link


@dataclass(frozen=True, slots=True)
class CampaignState:
    name: str
    active: bool
    starts_at: datetime
    ends_at: datetime | None
    window_days: int


@dataclass(frozen=True, slots=True)
class OrderSeen:
    status: str
    in_window: bool
    ordered_at: datetime
    clicked_at: datetime | None
    locks_until: datetime


@dataclass(frozen=True, slots=True)
class SaleFacts:
    links: int
    campaigns: tuple[CampaignState, ...]
    clicks_on_day: int
    clicks_before: int  # in the longest attribution window before the day
    orders: tuple[OrderSeen, ...]  # placed on the day


LONGEST_WINDOW_DAYS = 90


class SaleCheck:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def facts(self, influencer_id: int, start: datetime, end: datetime) -> SaleFacts:
        """Links, their campaigns, clicks on ``[start, end)`` and in the longest attribution
        window of those campaigns before it, and orders placed in ``[start, end)``."""
        links = select(Link.id).where(Link.influencer_id == influencer_id)
        link_count = int(
            await self.session.scalar(select(func.count()).select_from(links.subquery())) or 0
        )
        campaigns = await self.session.scalars(
            select(Campaign)
            .where(
                Campaign.id.in_(select(Link.campaign_id).where(Link.influencer_id == influencer_id))
            )
            .order_by(Campaign.id)
        )
        states = tuple(
            CampaignState(c.name, c.active, c.starts_at, c.ends_at, c.attribution_window_days)
            for c in campaigns
        )
        window = min(max((c.window_days for c in states), default=30), LONGEST_WINDOW_DAYS)
        window_start = start - timedelta(days=window)

        async def clicks(since: datetime, until: datetime) -> int:
            return int(
                await self.session.scalar(
                    select(func.count())
                    .select_from(Click)
                    .where(
                        Click.link_id.in_(links),
                        Click.clicked_at >= since,
                        Click.clicked_at < until,
                    )
                )
                or 0
            )

        rows = await self.session.scalars(
            select(Conversion)
            .where(
                Conversion.influencer_id == influencer_id,
                Conversion.ordered_at >= start,
                Conversion.ordered_at < end,
            )
            .order_by(Conversion.ordered_at)
            .limit(20)
        )
        orders = tuple(
            OrderSeen(r.status, r.in_window, r.ordered_at, r.clicked_at, r.locks_until)
            for r in rows
        )
        return SaleFacts(
            link_count,
            states,
            await clicks(start, end),
            await clicks(window_start, start),
            orders,
        )

"""Figures for the console's overview: what waits for staff and how the programme is going.

The daily series come from storage/daily_figures.py; what is here is one grouped query each.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.daily_figures import CurrencyTotal
from storage.models import Influencer, InfluencerChannel, InfluencerCount, PayoutRequest


class ConsoleOverview:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def tiers(self) -> dict[str, int]:
        """Approved influencers by tier."""
        rows = await self.session.execute(
            select(InfluencerCount.tier, InfluencerCount.influencers).where(
                InfluencerCount.status == "approved", InfluencerCount.influencers > 0
            )
        )
        return {str(tier): int(count) for tier, count in rows.all()}

    async def payouts_waiting(self) -> list[CurrencyTotal]:
        rows = await self.session.execute(
            select(PayoutRequest.currency, func.count(), func.sum(PayoutRequest.amount_minor))
            .where(PayoutRequest.status == "requested")
            .group_by(PayoutRequest.currency)
            .order_by(PayoutRequest.currency)
        )
        return [CurrencyTotal(str(c), int(n), int(s or 0)) for c, n, s in rows.all()]


@dataclass(frozen=True, slots=True)
class QueueRow:
    """A pending application in the console's queue."""

    id: int
    display_name: str
    country: str
    niche: str
    submitted_at: datetime
    audience: int
    platforms: str
    claimed_by: str | None
    claim_expires_at: datetime | None


async def application_queue(
    session: AsyncSession,
    *,
    country: str | None = None,
    platform: str | None = None,
    min_audience: int | None = None,
    by_audience: bool = False,
    limit: int = 100,
) -> list[QueueRow]:
    """Pending applications, oldest first (or largest audience first), filtered."""
    audience = (
        select(func.coalesce(func.max(InfluencerChannel.audience), 0))
        .where(InfluencerChannel.influencer_id == Influencer.id)
        .scalar_subquery()
    )
    query = select(Influencer, audience.label("audience")).where(Influencer.status == "pending")
    if country:
        query = query.where(Influencer.country == country)
    if platform:
        query = query.where(
            select(InfluencerChannel.id)
            .where(
                InfluencerChannel.influencer_id == Influencer.id,
                InfluencerChannel.platform == platform,
            )
            .exists()
        )
    if min_audience:
        query = query.where(audience >= min_audience)
    order = (
        (audience.desc(), Influencer.id)
        if by_audience
        else (Influencer.submitted_at, Influencer.id)
    )
    rows = (await session.execute(query.order_by(*order).limit(limit))).all()
    ids = [row[0].id for row in rows]
    platforms: dict[int, list[str]] = {}
    if ids:
        channel_rows = await session.execute(
            select(InfluencerChannel.influencer_id, InfluencerChannel.platform)
            .where(InfluencerChannel.influencer_id.in_(ids))
            .order_by(InfluencerChannel.influencer_id, InfluencerChannel.position)
        )
        for influencer_id, name in channel_rows.all():
            platforms.setdefault(int(influencer_id), []).append(str(name))
    return [
        QueueRow(
            row[0].id,
            row[0].display_name,
            row[0].country,
            row[0].niche,
            row[0].submitted_at,
            int(row[1]),
            ", ".join(platforms.get(row[0].id, [])),
            row[0].claimed_by,
            row[0].claim_expires_at,
        )
        for row in rows
    ]

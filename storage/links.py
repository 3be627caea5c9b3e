"""Tracking links as influencers see them: issuing one, and listing theirs with results."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.campaigns import Campaigns
from storage.models import Campaign, Click, Conversion, Link

# No 0/O, 1/l/I: codes are read aloud and typed from screenshots. 55**8 is about 8 * 10**13.
CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(frozen=True, slots=True)
class OpenCampaign:
    id: int
    name: str
    allowed_domains: tuple[str, ...]
    currency: str
    advertiser: str | None = None
    advertiser_inn: str | None = None
    erid: str | None = None


@dataclass(frozen=True, slots=True)
class LinkSummary:
    code: str
    campaign: str
    destination: str | None
    label: str | None
    clicks: int
    orders: int
    commission_minor: int
    currency: str


class Links:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def open_campaigns(self, country: str, now: datetime) -> list[OpenCampaign]:
        """Campaigns an influencer of ``country`` can promote now (no countries = all)."""
        rows = await self.session.scalars(
            select(Campaign)
            .where(
                Campaign.active.is_(True),
                Campaign.starts_at <= now,
                or_(Campaign.ends_at.is_(None), Campaign.ends_at > now),
            )
            .order_by(Campaign.name)
        )
        return [
            OpenCampaign(
                row.id,
                row.name,
                tuple(row.allowed_domains),
                row.currency,
                row.advertiser,
                row.advertiser_inn,
                row.erid,
            )
            for row in rows
            if not row.countries or country in row.countries
        ]

    async def issue(
        self, influencer_id: int, campaign_id: int, destination: str | None, now: datetime
    ) -> str:
        """A new link with a fresh random code (retried in the very rare case of a clash)."""
        for _ in range(5):
            code = new_code()
            try:
                async with self.session.begin_nested():
                    await Campaigns(self.session).add_link(
                        code=code,
                        influencer_id=influencer_id,
                        campaign_id=campaign_id,
                        now=now,
                        destination=destination,
                    )
                return code
            except IntegrityError:
                continue
        raise RuntimeError("could not find a free link code")

    async def existing(self, influencer_id: int, campaign_id: int, destination: str) -> str | None:
        """The code of this influencer's link to this product page on this campaign, if any:
        pasting the same page twice gives the same link (and keeps its results together)."""
        return await self.session.scalar(
            select(Link.code)
            .where(
                Link.influencer_id == influencer_id,
                Link.campaign_id == campaign_id,
                Link.destination == destination,
            )
            .order_by(Link.id)
            .limit(1)
        )

    async def set_label(self, influencer_id: int, code: str, label: str | None) -> bool:
        """Name one of the influencer's own links; False when it is not theirs (or not there)."""
        result = await self.session.execute(
            update(Link)
            .where(Link.influencer_id == influencer_id, Link.code == code)
            .values(label=label)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def summaries(self, influencer_id: int, limit: int = 20) -> list[LinkSummary]:
        """The influencer's newest links with clicks, orders and booked commission."""
        mine = select(Link.id).where(Link.influencer_id == influencer_id)
        clicks = (
            select(Click.link_id, func.count().label("n"))
            .where(Click.link_id.in_(mine))
            .group_by(Click.link_id)
            .subquery()
        )
        orders = (
            select(
                Conversion.link_id,
                func.count().label("n"),
                func.coalesce(func.sum(Conversion.commission_minor), 0).label("commission"),
            )
            .where(Conversion.link_id.in_(mine))
            .group_by(Conversion.link_id)
            .subquery()
        )
        rows = await self.session.execute(
            select(
                Link.code,
                Campaign.name,
                Link.destination,
                Link.label,
                func.coalesce(clicks.c.n, 0),
                func.coalesce(orders.c.n, 0),
                func.coalesce(orders.c.commission, 0),
                Campaign.currency,
            )
            .join(Campaign, Campaign.id == Link.campaign_id)
            .outerjoin(clicks, and_(clicks.c.link_id == Link.id))
            .outerjoin(orders, and_(orders.c.link_id == Link.id))
            .where(Link.influencer_id == influencer_id)
            .order_by(Link.created_at.desc(), Link.id.desc())
            .limit(limit)
        )
        return [
            LinkSummary(r[0], r[1], r[2], r[3], int(r[4]), int(r[5]), int(r[6]), r[7]) for r in rows
        ]

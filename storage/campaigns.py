"""Campaigns (what influencers promote and what it pays) and the data of their links."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Campaign, Click, Link


class CampaignExists(ValueError):
    """A campaign with this name exists already: names are how staff refer to campaigns."""


@dataclass(frozen=True, slots=True)
class CampaignRecord:
    id: int
    name: str
    url_template: str
    allowed_domains: tuple[str, ...]
    rates: Mapping[str, int]
    currency: str
    attribution_window_days: int
    lock_days: int
    starts_at: datetime
    ends_at: datetime | None
    countries: tuple[str, ...]
    active: bool
    created_at: datetime
    deeplink_template: str | None = None
    advertiser: str | None = None
    advertiser_inn: str | None = None
    erid: str | None = None


@dataclass(frozen=True, slots=True)
class LinkRecord:
    id: int
    code: str
    influencer_id: int
    campaign_id: int
    destination: str | None
    created_at: datetime
    label: str | None = None


@dataclass(frozen=True, slots=True)
class ClickRecord:
    id: int
    link_id: int
    clicked_at: datetime
    click_id: str


def _campaign(row: Campaign) -> CampaignRecord:
    return CampaignRecord(
        id=row.id,
        name=row.name,
        url_template=row.url_template,
        allowed_domains=tuple(row.allowed_domains),
        rates=dict(row.rates),
        currency=row.currency,
        attribution_window_days=row.attribution_window_days,
        lock_days=row.lock_days,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        countries=tuple(row.countries),
        active=row.active,
        created_at=row.created_at,
        deeplink_template=row.deeplink_template,
        advertiser=row.advertiser,
        advertiser_inn=row.advertiser_inn,
        erid=row.erid,
    )


def _link(row: Link) -> LinkRecord:
    return LinkRecord(
        id=row.id,
        code=row.code,
        influencer_id=row.influencer_id,
        campaign_id=row.campaign_id,
        destination=row.destination,
        created_at=row.created_at,
        label=row.label,
    )


class Campaigns:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(
        self,
        *,
        name: str,
        url_template: str,
        rates: Mapping[str, int],
        currency: str,
        attribution_window_days: int,
        lock_days: int,
        starts_at: datetime,
        now: datetime,
        ends_at: datetime | None = None,
        allowed_domains: Sequence[str] = (),
        countries: Sequence[str] = (),
        deeplink_template: str | None = None,
        advertiser: str | None = None,
        advertiser_inn: str | None = None,
        erid: str | None = None,
    ) -> CampaignRecord:
        if await self.by_name(name) is not None:
            raise CampaignExists(name)
        row = Campaign(
            name=name,
            url_template=url_template,
            allowed_domains=list(allowed_domains),
            rates=dict(rates),
            currency=currency,
            attribution_window_days=attribution_window_days,
            lock_days=lock_days,
            starts_at=starts_at,
            ends_at=ends_at,
            countries=list(countries),
            active=True,
            created_at=now,
            deeplink_template=deeplink_template,
            advertiser=advertiser,
            advertiser_inn=advertiser_inn,
            erid=erid,
        )
        self.session.add(row)
        await self.session.flush()
        return _campaign(row)

    async def get(self, campaign_id: int) -> CampaignRecord | None:
        row = await self.session.get(Campaign, campaign_id)
        return _campaign(row) if row else None

    async def by_name(self, name: str) -> CampaignRecord | None:
        row = await self.session.scalar(select(Campaign).where(Campaign.name == name))
        return _campaign(row) if row else None

    async def list_all(self, *, active_only: bool = False) -> list[CampaignRecord]:
        query = select(Campaign).order_by(Campaign.id)
        if active_only:
            query = query.where(Campaign.active.is_(True))
        return [_campaign(row) for row in await self.session.scalars(query)]

    async def pause(self, name: str) -> bool:
        """Stop a campaign (links stop redirecting); False when no campaign has this name."""
        return await self._set_active(name, False)

    async def resume(self, name: str) -> bool:
        return await self._set_active(name, True)

    async def _set_active(self, name: str, active: bool) -> bool:
        result = await self.session.execute(
            update(Campaign).where(Campaign.name == name).values(active=active)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    # Link data: /link (issuing) and the redirect service are built on these.

    async def add_link(
        self,
        *,
        code: str,
        influencer_id: int,
        campaign_id: int,
        now: datetime,
        destination: str | None = None,
    ) -> LinkRecord:
        row = Link(
            code=code,
            influencer_id=influencer_id,
            campaign_id=campaign_id,
            destination=destination,
            created_at=now,
        )
        self.session.add(row)
        await self.session.flush()
        return _link(row)

    async def link_by_code(self, code: str) -> LinkRecord | None:
        row = await self.session.scalar(select(Link).where(Link.code == code))
        return _link(row) if row else None

    async def click(self, click_id: str) -> ClickRecord | None:
        row = await self.session.scalar(select(Click).where(Click.click_id == click_id))
        if row is None:
            return None
        return ClickRecord(row.id, row.link_id, row.clicked_at, row.click_id)

    async def link(self, link_id: int) -> LinkRecord | None:
        row = await self.session.get(Link, link_id)
        return _link(row) if row else None

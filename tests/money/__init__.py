"""Helpers for the money and link tests: influencers, campaigns, links and clicks, and the
ledger invariant."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime

from sqlalchemy import select, update

from storage.campaigns import CampaignRecord, LinkRecord
from storage.daily_figures import DAILY_SLOTS, utc_day
from storage.db import Database
from storage.influencers import Application, ChannelRecord
from storage.ledger import BalanceRecord
from storage.models import (
    Click,
    Conversion,
    DailyClicks,
    DailyOrders,
    Influencer,
    InfluencerCount,
)
from storage.redirects import NewClick, Redirects
from storage.repositories import Repositories

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


async def make_influencer(
    database: Database,
    external_id: str,
    *,
    tier: str = "standard",
    status: str = "approved",
    country: str = "FR",
) -> int:
    """An influencer as onboarding and review would leave one (approved by default)."""
    async with database.transaction() as session:
        repos = Repositories(session)
        user, _ = await repos.users.touch("console", external_id, external_id, None, NOW)
        record = await repos.influencers.submit(
            Application(
                user_id=user.id,
                display_name=f"Creator {external_id}",
                country=country,
                niche="beauty",
                consent_version="v1",
                consent_at=NOW,
                referral_code=None,
                registered_channel="console",
                channels=[ChannelRecord("instagram", "@c", "https://instagram.com/c", 1000)],
            ),
            NOW,
        )
        await session.execute(
            update(Influencer)
            .where(Influencer.id == record.id)
            .values(status=status, tier=tier, reviewed_at=NOW)
        )
        return record.id


async def make_campaign(
    database: Database,
    *,
    name: str = "Winter Sale",
    rates: Mapping[str, int] | None = None,
    currency: str = "EUR",
    window_days: int = 30,
    lock_days: int = 14,
    url_template: str = "https://shop.example.com/?ref={ref}&cid={click_id}",
    allowed_domains: Sequence[str] = ("shop.example.com",),
    countries: Sequence[str] = (),
    starts_at: datetime = NOW,
    **extra: str | None,
) -> CampaignRecord:
    async with database.transaction() as session:
        return await Repositories(session).campaigns.add(
            name=name,
            url_template=url_template,
            rates=rates if rates is not None else {"standard": 800, "kol": 1200},
            currency=currency,
            attribution_window_days=window_days,
            lock_days=lock_days,
            starts_at=starts_at,
            allowed_domains=list(allowed_domains),
            countries=list(countries),
            now=NOW,
            **extra,  # type: ignore[arg-type]
        )


async def make_link(
    database: Database,
    influencer_id: int,
    campaign_id: int,
    code: str,
    destination: str | None = None,
    created_at: datetime = NOW,
) -> LinkRecord:
    async with database.transaction() as session:
        return await Repositories(session).campaigns.add_link(
            code=code,
            influencer_id=influencer_id,
            campaign_id=campaign_id,
            now=created_at,
            destination=destination,
        )


async def make_click(database: Database, link_id: int, click_id: str, at: datetime) -> None:
    """A counted click, stored as the redirect's click writer stores its batches."""
    async with database.transaction() as session:
        await Redirects(session).add_clicks([NewClick(link_id, at, "0" * 64, click_id)])


async def balance_and_sums(
    database: Database, influencer_id: int, currency: str = "EUR"
) -> tuple[BalanceRecord, BalanceRecord]:
    async with database.read() as session:
        ledger = Repositories(session).ledger
        return (
            await ledger.balance(influencer_id, currency),
            await ledger.entries_sum(influencer_id, currency),
        )


async def assert_invariant(database: Database, influencer_ids: list[int]) -> None:
    """Balance == entries per bucket, to the cent; every conversion's net is its commission."""
    for influencer_id in influencer_ids:
        balance, sums = await balance_and_sums(database, influencer_id)
        assert balance == sums
    async with database.read() as session:
        ledger = Repositories(session).ledger
        for conversion in await ledger.conversions():
            net = await ledger.conversion_entries_sum(conversion.id)
            assert net == conversion.commission_minor
            assert net >= 0
    await assert_kept_figures(database)


async def assert_kept_figures(database: Database) -> None:
    """The figures per day, kept with every booking and click batch, and the influencer counts
    kept by the database's triggers, equal a recount of the rows themselves."""
    async with database.read() as session:
        kept_orders = {
            (r.day, r.campaign_id, r.currency, r.slot): (r.orders, r.commission_minor)
            for r in await session.scalars(select(DailyOrders))
        }
        counted_orders: dict[tuple[date, int, str, int], tuple[int, int]] = {}
        for c in await session.scalars(select(Conversion)):
            key = (utc_day(c.ordered_at), c.campaign_id, c.currency, c.influencer_id % DAILY_SLOTS)
            orders, total = counted_orders.get(key, (0, 0))
            counted_orders[key] = (orders + 1, total + c.commission_minor)
        kept_clicks = {r.day: r.clicks for r in await session.scalars(select(DailyClicks))}
        clicks = await session.scalars(select(Click.clicked_at))
        counted_clicks = Counter(utc_day(moment) for moment in clicks)
        kept_counts = {
            (r.status, r.tier): r.influencers
            for r in await session.scalars(select(InfluencerCount))
            if r.influencers
        }
        people = Counter((r.status, r.tier) for r in await session.scalars(select(Influencer)))
    assert kept_orders == counted_orders
    assert kept_clicks == dict(counted_clicks)
    assert kept_counts == dict(people)

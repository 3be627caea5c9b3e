"""Helpers for the money and link tests: influencers, campaigns, links and clicks, and the
ledger invariant."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from sqlalchemy import update

from storage.campaigns import CampaignRecord, LinkRecord
from storage.db import Database
from storage.influencers import Application, ChannelRecord
from storage.ledger import BalanceRecord
from storage.models import Click, Influencer
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
    async with database.transaction() as session:
        session.add(Click(link_id=link_id, clicked_at=at, visitor_hash="0" * 64, click_id=click_id))


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

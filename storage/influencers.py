"""Influencer applications and their social channels."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Influencer, InfluencerChannel, InfluencerCount

STATUSES = ("pending", "approved", "rejected", "suspended")


@dataclass(frozen=True, slots=True)
class ChannelRecord:
    platform: str
    handle: str
    url: str
    audience: int


@dataclass(frozen=True, slots=True)
class Application:
    """Everything the onboarding conversation collected, validated, ready to store."""

    user_id: int
    display_name: str
    country: str
    niche: str
    consent_version: str
    consent_at: datetime
    referral_code: str | None
    registered_channel: str
    channels: Sequence[ChannelRecord]


@dataclass(frozen=True, slots=True)
class TierHolder:
    """An influencer's tier, read with the row locked, and whose news it is."""

    tier: str
    user_id: int


@dataclass(frozen=True, slots=True)
class InfluencerRecord:
    id: int
    user_id: int
    status: str
    display_name: str
    country: str
    niche: str
    tier: str
    consent_version: str
    consent_at: datetime
    referral_code: str | None
    registered_channel: str
    submitted_at: datetime
    reviewed_at: datetime | None
    channels: tuple[ChannelRecord, ...]


class Influencers:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def by_user(self, user_id: int) -> InfluencerRecord | None:
        row = await self.session.scalar(select(Influencer).where(Influencer.user_id == user_id))
        return await self._record(row) if row else None

    async def by_id(self, influencer_id: int) -> InfluencerRecord | None:
        row = await self.session.get(Influencer, influencer_id)
        return await self._record(row) if row else None

    async def user_id(self, influencer_id: int) -> int | None:
        """The user behind an influencer (to queue them a notification)."""
        return await self.session.scalar(
            select(Influencer.user_id).where(Influencer.id == influencer_id)
        )

    async def status(self, influencer_id: int) -> str | None:
        return await self.session.scalar(
            select(Influencer.status).where(Influencer.id == influencer_id)
        )

    async def tier(self, influencer_id: int) -> str | None:
        return await self.session.scalar(
            select(Influencer.tier).where(Influencer.id == influencer_id)
        )

    async def lock_tier(self, influencer_id: int) -> TierHolder | None:
        """The tier, with the influencer's row locked until the transaction ends (PostgreSQL).

        FOR NO KEY UPDATE: ledger rows a concurrent transaction has just inserted hold a KEY
        SHARE lock on the influencer (their foreign key), and FOR UPDATE would deadlock on it.
        """
        row = (
            await self.session.execute(
                select(Influencer.tier, Influencer.user_id)
                .where(Influencer.id == influencer_id)
                .with_for_update(key_share=True)
            )
        ).one_or_none()
        return TierHolder(row[0], row[1]) if row is not None else None

    async def move_tier(self, influencer_id: int, current: str, target: str, now: datetime) -> bool:
        """Set the tier if it is still ``current``; False when someone changed it meanwhile."""
        changed = await self.session.execute(
            update(Influencer)
            .where(Influencer.id == influencer_id, Influencer.tier == current)
            .values(tier=target, updated_at=now)
        )
        return bool(changed.rowcount == 1)  # type: ignore[attr-defined]

    async def resubmit(self, application: Application, now: datetime) -> InfluencerRecord | None:
        """A rejected applicant applies again: the same row, pending with the new answers and
        channels (the earlier decision stays in the audit log). None unless it was rejected."""
        if not application.channels:
            raise ValueError("an application needs at least one channel")
        result = await self.session.execute(
            update(Influencer)
            .where(Influencer.user_id == application.user_id, Influencer.status == "rejected")
            .values(
                status="pending",
                display_name=application.display_name,
                country=application.country,
                niche=application.niche,
                consent_version=application.consent_version,
                consent_at=application.consent_at,
                referral_code=application.referral_code,
                registered_channel=application.registered_channel,
                submitted_at=now,
                reviewed_at=None,
                reviewed_by=None,
                review_reason=None,
                review_note=None,
                claimed_by=None,
                claim_expires_at=None,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        if getattr(result, "rowcount", 0) != 1:
            return None
        row = await self.session.scalar(
            select(Influencer).where(Influencer.user_id == application.user_id)
        )
        if row is None:  # the UPDATE above just matched it, in this transaction
            raise LookupError(f"influencer of user {application.user_id} vanished mid-update")
        await self.session.execute(
            delete(InfluencerChannel).where(InfluencerChannel.influencer_id == row.id)
        )
        self._add_channels(row.id, application)
        await self.session.flush()
        await self.session.refresh(row)
        return await self._record(row)

    async def submit(self, application: Application, now: datetime) -> InfluencerRecord:
        """Store a complete application as pending, with its channels, in this transaction."""
        if not application.channels:
            raise ValueError("an application needs at least one channel")
        row = Influencer(
            user_id=application.user_id,
            status="pending",
            display_name=application.display_name,
            country=application.country,
            niche=application.niche,
            tier="standard",
            consent_version=application.consent_version,
            consent_at=application.consent_at,
            referral_code=application.referral_code,
            registered_channel=application.registered_channel,
            submitted_at=now,
            updated_at=now,
        )
        self.session.add(row)
        await self.session.flush()
        self._add_channels(row.id, application)
        await self.session.flush()
        return await self._record(row)

    def _add_channels(self, influencer_id: int, application: Application) -> None:
        for position, channel in enumerate(application.channels):
            self.session.add(
                InfluencerChannel(
                    influencer_id=influencer_id,
                    position=position,
                    platform=channel.platform,
                    handle=channel.handle,
                    url=channel.url,
                    audience=channel.audience,
                )
            )

    async def count_by_status(self) -> dict[str, int]:
        """From the counts the database keeps (``influencer_counts``), not a count of the rows."""
        rows = await self.session.execute(
            select(InfluencerCount.status, func.sum(InfluencerCount.influencers))
            .group_by(InfluencerCount.status)
            .having(func.sum(InfluencerCount.influencers) > 0)
        )
        return {status: int(count) for status, count in rows.all()}

    async def _record(self, row: Influencer) -> InfluencerRecord:
        channels = await self.session.scalars(
            select(InfluencerChannel)
            .where(InfluencerChannel.influencer_id == row.id)
            .order_by(InfluencerChannel.position)
        )
        return InfluencerRecord(
            id=row.id,
            user_id=row.user_id,
            status=row.status,
            display_name=row.display_name,
            country=row.country,
            niche=row.niche,
            tier=row.tier,
            consent_version=row.consent_version,
            consent_at=row.consent_at,
            referral_code=row.referral_code,
            registered_channel=row.registered_channel,
            submitted_at=row.submitted_at,
            reviewed_at=row.reviewed_at,
            channels=tuple(
                ChannelRecord(c.platform, c.handle, c.url, c.audience) for c in channels
            ),
        )

"""Recruiting: influencers' invite codes, who came through them, and the one-time bonus."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dialect import insert_ignoring_conflicts
from storage.ledger import Ledger
from storage.links import new_code
from storage.models import Influencer, InviteCode, LedgerEntry, ReferralBonus


@dataclass(frozen=True, slots=True)
class InviteStats:
    code: str
    registered: int
    approved: int


class Referrals:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def invite_code(self, influencer_id: int, now: datetime) -> str:
        """The influencer's code, created on first use and the same ever after."""
        found = await self.session.scalar(
            select(InviteCode.code).where(InviteCode.influencer_id == influencer_id)
        )
        if found is not None:
            return found
        for _ in range(5):
            code = new_code()
            try:
                async with self.session.begin_nested():
                    self.session.add(
                        InviteCode(code=code, influencer_id=influencer_id, created_at=now)
                    )
                return code
            except IntegrityError:
                continue
        raise RuntimeError("could not find a free invite code")

    async def stats(self, code: str) -> InviteStats:
        rows = await self.session.execute(
            select(Influencer.status, func.count())
            .where(Influencer.referral_code == code)
            .group_by(Influencer.status)
        )
        counts = dict(rows.all())
        return InviteStats(code, sum(counts.values()), counts.get("approved", 0))

    async def owner(self, code: str) -> int | None:
        """The influencer whose invite code this is."""
        return await self.session.scalar(
            select(InviteCode.influencer_id).where(InviteCode.code == code)
        )

    async def award_first_sale(
        self, referred_influencer_id: int, amount_minor: int, currency: str, now: datetime
    ) -> int | None:
        """Book the referrer's bonus for this referred influencer, once ever; never to
        oneself. Returns the referrer who earned it, or None."""
        if amount_minor <= 0:
            return None
        referred = await self.session.get(Influencer, referred_influencer_id)
        if referred is None or not referred.referral_code:
            return None
        referrer_id = await self.owner(referred.referral_code)
        if referrer_id is None or referrer_id == referred_influencer_id:
            return None
        referrer = await self.session.get(Influencer, referrer_id)
        if referrer is None or referrer.user_id == referred.user_id:
            return None
        inserted: CursorResult[tuple[()]] = await self.session.execute(  # type: ignore[assignment]
            insert_ignoring_conflicts(
                self.session,
                ReferralBonus.__table__,
                referred_influencer_id=referred_influencer_id,
                referrer_influencer_id=referrer_id,
                amount_minor=amount_minor,
                currency=currency,
                created_at=now,
            )
        )
        if inserted.rowcount != 1:
            return None
        await Ledger(self.session).post(
            [
                LedgerEntry(
                    influencer_id=referrer_id,
                    conversion_id=None,
                    kind="referral_bonus",
                    bucket="confirmed",
                    amount_minor=amount_minor,
                    currency=currency,
                    note=f"referral:{referred_influencer_id}",
                )
            ],
            now,
        )
        return referrer_id

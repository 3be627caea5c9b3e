"""The review queue: pending applications, claimed by one reviewer at a time, and decided.

A reviewer claims the oldest pending application nobody holds (or whose hold expired) with a
conditional UPDATE, so two reviewers never get the same one, on SQLite (write transactions are
serialised) and on PostgreSQL (``FOR UPDATE SKIP LOCKED`` picks, the conditional UPDATE decides).
A claim expires so an abandoned application returns to the queue; until somebody else claims
it, its holder may still decide it. Every decision is a conditional UPDATE on "still pending and
still held by me", so a stale button or a second decision changes nothing.

An application with an unanswered question from a reviewer stays out of the queue until the
applicant answers; then the next reviewer sees the questions and answers of this round.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.influencers import InfluencerRecord, Influencers
from storage.models import ApplicationQuestion, Identity, Influencer, User

CLAIM_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class AnswerRecord:
    question: str
    answer: str | None
    asked_by: str
    asked_at: datetime
    answered_at: datetime | None


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    id: int
    influencer_id: int
    question: str
    asked_by: str
    asked_at: datetime


@dataclass(frozen=True, slots=True)
class ClaimedApplication:
    """What a reviewer needs to decide: the application, who sent it, what was asked."""

    application: InfluencerRecord
    claim_expires_at: datetime
    account: str | None  # the applicant's account on the channel they applied from
    locale: str | None  # the language they chose, if any
    answers: tuple[AnswerRecord, ...]
    resumed: bool = False  # the reviewer held it already (a /review again, a "back")


def _open_question() -> ColumnElement[bool]:
    return exists(
        select(ApplicationQuestion.id).where(
            ApplicationQuestion.influencer_id == Influencer.id,
            ApplicationQuestion.answered_at.is_(None),
        )
    )


def _claimable(now: datetime) -> ColumnElement[bool]:
    """Pending, held by nobody (or the hold expired), not waiting for the applicant."""
    return and_(
        Influencer.status == "pending",
        or_(Influencer.claimed_by.is_(None), Influencer.claim_expires_at <= now),
        ~_open_question(),
    )


def _held(influencer_id: int, reviewer: str) -> ColumnElement[bool]:
    """This application, still pending and still held by ``reviewer``."""
    return and_(
        Influencer.id == influencer_id,
        Influencer.status == "pending",
        Influencer.claimed_by == reviewer,
    )


class ReviewQueue:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def held_by(self, reviewer: str) -> int | None:
        """The pending application ``reviewer`` holds with a live claim, if any."""
        return await self.session.scalar(
            select(Influencer.id)
            .where(Influencer.status == "pending", Influencer.claimed_by == reviewer)
            .order_by(Influencer.claim_expires_at.desc())
            .limit(1)
        )

    async def claim_next(
        self,
        reviewer: str,
        now: datetime,
        hold: timedelta,
        *,
        exclude: Sequence[int] = (),
        exclude_user: int | None = None,
    ) -> ClaimedApplication | None:
        """The application ``reviewer`` holds already, else the oldest claimable one, claimed.
        ``exclude_user``: the reviewer's own user, who never reviews their own application."""
        current = await self.held_by(reviewer)
        if current is not None and current not in exclude:
            await self.extend(reviewer, current, now, hold)
            found = await self.claimed(reviewer, current)
            return replace(found, resumed=True) if found else None
        skipped = list(exclude)
        for _ in range(CLAIM_ATTEMPTS):
            query = select(Influencer.id).where(_claimable(now))
            if exclude_user is not None:
                query = query.where(Influencer.user_id != exclude_user)
            if skipped:
                query = query.where(Influencer.id.not_in(skipped))
            candidate = await self.session.scalar(
                query.order_by(Influencer.submitted_at, Influencer.id)
                .limit(1)
                .with_for_update(skip_locked=True, of=Influencer)
            )
            if candidate is None:
                return None
            result = await self.session.execute(
                update(Influencer)
                .where(Influencer.id == candidate, _claimable(now))
                .values(claimed_by=reviewer, claim_expires_at=now + hold)
                .execution_options(synchronize_session=False)
            )
            if getattr(result, "rowcount", 0) == 1:
                return await self.claimed(reviewer, candidate)
            skipped.append(candidate)  # taken meanwhile by another reviewer: the next one
        return None

    async def claim(
        self,
        reviewer: str,
        influencer_id: int,
        now: datetime,
        hold: timedelta,
        *,
        exclude_user: int | None = None,
    ) -> ClaimedApplication | None:
        """Claim this application (the console picks one from the queue), if nobody holds
        it; the one ``reviewer`` holds already is resumed. None when it cannot be claimed."""
        found = await self.claimed(reviewer, influencer_id)
        if found is not None:
            await self.extend(reviewer, influencer_id, now, hold)
            return replace(found, resumed=True)
        query = update(Influencer).where(Influencer.id == influencer_id, _claimable(now))
        if exclude_user is not None:
            query = query.where(Influencer.user_id != exclude_user)
        result = await self.session.execute(
            query.values(claimed_by=reviewer, claim_expires_at=now + hold).execution_options(
                synchronize_session=False
            )
        )
        if getattr(result, "rowcount", 0) != 1:
            return None
        return await self.claimed(reviewer, influencer_id)

    async def claimed(self, reviewer: str, influencer_id: int) -> ClaimedApplication | None:
        """The application if ``reviewer`` still holds it and it is still pending."""
        row = (
            await self.session.execute(
                select(Influencer.claim_expires_at, User.locale, Influencer.registered_channel)
                .join(User, User.id == Influencer.user_id)
                .where(_held(influencer_id, reviewer))
            )
        ).first()
        if row is None:
            return None
        record = await Influencers(self.session).by_id(influencer_id)
        if record is None:
            return None
        identity = (
            await self.session.execute(
                select(Identity.channel, Identity.external_id)
                .where(Identity.user_id == record.user_id)
                .order_by((Identity.channel != row.registered_channel), Identity.id)
                .limit(1)
            )
        ).first()
        account = f"{identity.channel}:{identity.external_id}" if identity else None
        return ClaimedApplication(
            application=record,
            claim_expires_at=row.claim_expires_at,
            account=account,
            locale=row.locale,
            answers=tuple(await self.answers(influencer_id, since=record.submitted_at)),
        )

    async def extend(
        self, reviewer: str, influencer_id: int, now: datetime, hold: timedelta
    ) -> bool:
        """Keep holding it while the reviewer works on it (each step of a decision)."""
        result = await self.session.execute(
            update(Influencer)
            .where(_held(influencer_id, reviewer))
            .values(claim_expires_at=now + hold)
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def release(self, reviewer: str, influencer_id: int) -> bool:
        """Back to the queue, for the next reviewer."""
        result = await self.session.execute(
            update(Influencer)
            .where(Influencer.id == influencer_id, Influencer.claimed_by == reviewer)
            .values(claimed_by=None, claim_expires_at=None)
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def decide(
        self,
        reviewer: str,
        influencer_id: int,
        status: str,
        now: datetime,
        *,
        reason: str | None = None,
        note: str | None = None,
    ) -> bool:
        """Approve or reject, only if it is still pending and still held by ``reviewer``."""
        if status not in ("approved", "rejected"):
            raise ValueError(f"a review decides approved or rejected, not {status!r}")
        result = await self.session.execute(
            update(Influencer)
            .where(_held(influencer_id, reviewer))
            .values(
                status=status,
                reviewed_at=now,
                reviewed_by=reviewer,
                review_reason=reason,
                review_note=note,
                claimed_by=None,
                claim_expires_at=None,
                updated_at=now,
            )
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def ask(self, reviewer: str, influencer_id: int, question: str, now: datetime) -> bool:
        """Put a question to the applicant; the application leaves the queue until answered."""
        if not await self.release(reviewer, influencer_id):
            return False
        status = await self.session.scalar(
            select(Influencer.status).where(Influencer.id == influencer_id)
        )
        if status != "pending":
            return False
        self.session.add(
            ApplicationQuestion(
                influencer_id=influencer_id, asked_by=reviewer, question=question, asked_at=now
            )
        )
        await self.session.flush()
        return True

    async def open_question(self, user_id: int) -> OpenQuestion | None:
        """The unanswered question on this user's pending application, if any."""
        row = (
            await self.session.execute(
                select(ApplicationQuestion)
                .join(Influencer, Influencer.id == ApplicationQuestion.influencer_id)
                .where(
                    Influencer.user_id == user_id,
                    Influencer.status == "pending",
                    ApplicationQuestion.answered_at.is_(None),
                )
                .order_by(ApplicationQuestion.id)
                .limit(1)
            )
        ).scalar_one_or_none()
        if row is None:
            return None
        return OpenQuestion(row.id, row.influencer_id, row.question, row.asked_by, row.asked_at)

    async def answer(self, question_id: int, text: str, now: datetime) -> bool:
        """Store the applicant's answer (once); the application is back in the queue."""
        result = await self.session.execute(
            update(ApplicationQuestion)
            .where(ApplicationQuestion.id == question_id, ApplicationQuestion.answered_at.is_(None))
            .values(answer=text, answered_at=now)
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def answers(self, influencer_id: int, *, since: datetime) -> list[AnswerRecord]:
        """Questions of this round of the application (after its last submission), oldest first."""
        rows = await self.session.scalars(
            select(ApplicationQuestion)
            .where(
                ApplicationQuestion.influencer_id == influencer_id,
                ApplicationQuestion.asked_at >= since,
            )
            .order_by(ApplicationQuestion.id)
        )
        return [
            AnswerRecord(r.question, r.answer, r.asked_by, r.asked_at, r.answered_at) for r in rows
        ]

    async def accounts(self, user_id: int) -> list[tuple[str, str]]:
        """Every (channel, external id) of a user: where platform actions reach them."""
        rows = await self.session.execute(
            select(Identity.channel, Identity.external_id)
            .where(Identity.user_id == user_id)
            .order_by(Identity.id)
        )
        return [(channel, external_id) for channel, external_id in rows.all()]

    async def waiting(self, now: datetime) -> int:
        """How many applications a reviewer could claim now."""
        count = await self.session.scalar(
            select(func.count()).select_from(Influencer).where(_claimable(now))
        )
        return int(count or 0)

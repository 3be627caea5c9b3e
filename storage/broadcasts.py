"""Broadcasts and their deliveries: the durable outbox the broadcast worker drains.

Every state change of a delivery is a conditional UPDATE (``WHERE state = ...``), so two
workers, a cancellation and a crash recovery can never both act on one row. Deliveries are
created by ``INSERT ... SELECT`` from the statement of a ``storage.audience.Recipients``,
and counted with ``GROUP BY``: no operation here loads every recipient.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    Table,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal,
    or_,
    select,
    update,
)
from sqlalchemy.ext.asyncio import AsyncSession

from storage.audience import Recipients, statement
from storage.dialect import insert_ignoring_conflicts
from storage.models import (
    AnnouncementChannel,
    Broadcast,
    BroadcastDelivery,
    BroadcastLease,
    Identity,
    Influencer,
    User,
)

# Broadcast states.
SCHEDULED, RUNNING, CANCELLED, DONE = "scheduled", "running", "cancelled", "done"
ACTIVE = (SCHEDULED, RUNNING)
# Delivery states; every one but queued and sending is final.
QUEUED, SENDING = "queued", "sending"
SENT, FAILED, BLOCKED, UNKNOWN, SKIPPED = "sent", "failed", "blocked", "unknown", "skipped"
DELIVERY_CANCELLED = "cancelled"
TERMINAL = (SENT, FAILED, BLOCKED, UNKNOWN, SKIPPED, DELIVERY_CANCELLED)
LEASE = "broadcast-worker"
ANY_LANGUAGE = "*"

_deliveries: Table = BroadcastDelivery.__table__  # type: ignore[assignment]


@dataclass(frozen=True, slots=True)
class BroadcastRecord:
    id: int
    state: str
    content: dict[str, Any]
    segment: dict[str, Any]
    default_locale: str
    created_by: str
    created_at: datetime
    scheduled_at: datetime | None
    started_at: datetime | None
    finished_at: datetime | None
    cancelled_by: str | None
    prepared: bool
    prepared_upto: int
    prepare_upto: int | None
    progress_channel: str | None
    progress_chat_id: str | None
    progress_locale: str | None
    progress_message_id: str | None
    reported_at: datetime | None


@dataclass(frozen=True, slots=True)
class Claimed:
    """A delivery this worker has just marked ``sending``."""

    id: int
    broadcast_id: int
    channel: str
    chat_id: str
    server_id: str | None
    locale: str
    attempts: int


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of a claimed delivery: a final state, or ``queued`` to try it again."""

    id: int
    state: str
    error: str | None = None
    message_ref: str | None = None
    blocked_chat: str | None = None  # a Telegram chat whose person blocked the bot


@dataclass(frozen=True, slots=True)
class Target:
    """A Discord server's announcement channel for one language."""

    server_id: str
    channel_id: str
    locale: str


def _record(row: Broadcast) -> BroadcastRecord:
    return BroadcastRecord(
        id=row.id,
        state=row.state,
        content=dict(row.content or {}),
        segment=dict(row.segment or {}),
        default_locale=row.default_locale,
        created_by=row.created_by,
        created_at=row.created_at,
        scheduled_at=row.scheduled_at,
        started_at=row.started_at,
        finished_at=row.finished_at,
        cancelled_by=row.cancelled_by,
        prepared=row.prepared,
        prepared_upto=row.prepared_upto,
        prepare_upto=row.prepare_upto,
        progress_channel=row.progress_channel,
        progress_chat_id=row.progress_chat_id,
        progress_locale=row.progress_locale,
        progress_message_id=row.progress_message_id,
        reported_at=row.reported_at,
    )


class Broadcasts:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @property
    def _postgres(self) -> bool:
        return self.session.get_bind().dialect.name == "postgresql"

    # --- broadcasts --------------------------------------------------------------------------

    async def create(
        self,
        *,
        content: dict[str, Any],
        segment: dict[str, Any],
        default_locale: str,
        created_by: str,
        now: datetime,
        scheduled_at: datetime | None = None,
        progress: tuple[str, str, str] | None = None,
    ) -> int:
        """A broadcast due at ``scheduled_at`` (now when None); the worker starts it then.

        ``progress`` is (channel, chat id, locale) of the broadcaster's chat, if it has one.
        """
        channel, chat_id, locale = progress if progress is not None else (None, None, None)
        row = Broadcast(
            state=SCHEDULED,
            content=content,
            segment=segment,
            default_locale=default_locale,
            created_by=created_by,
            created_at=now,
            scheduled_at=scheduled_at or now,
            prepared=False,
            prepared_upto=0,
            progress_channel=channel,
            progress_chat_id=chat_id,
            progress_locale=locale,
        )
        self.session.add(row)
        await self.session.flush()
        return row.id

    async def get(self, broadcast_id: int) -> BroadcastRecord | None:
        row = await self.session.get(Broadcast, broadcast_id)
        return _record(row) if row is not None else None

    async def recent(self, limit: int = 10) -> list[BroadcastRecord]:
        rows = await self.session.scalars(
            select(Broadcast).order_by(Broadcast.id.desc()).limit(limit)
        )
        return [_record(r) for r in rows]

    async def in_states(self, states: Sequence[str]) -> list[BroadcastRecord]:
        """Broadcasts in these states, oldest first (a handful at any time)."""
        rows = await self.session.scalars(
            select(Broadcast).where(Broadcast.state.in_(list(states))).order_by(Broadcast.id)
        )
        return [_record(r) for r in rows]

    async def due(self, now: datetime) -> list[int]:
        rows = await self.session.scalars(
            select(Broadcast.id)
            .where(Broadcast.state == SCHEDULED, Broadcast.scheduled_at <= now)
            .order_by(Broadcast.scheduled_at, Broadcast.id)
        )
        return list(rows)

    async def start(self, broadcast_id: int, now: datetime) -> bool:
        """A due broadcast begins: deliveries will be made for the users existing now."""
        last_user = await self.session.scalar(select(func.max(User.id)))
        result = await self.session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id, Broadcast.state == SCHEDULED)
            .values(state=RUNNING, started_at=now, prepare_upto=last_user or 0)
        )
        return bool(getattr(result, "rowcount", 0))

    async def cancel(self, broadcast_id: int, by: str, now: datetime) -> bool:
        """Stop a scheduled or running broadcast; deliveries in flight still finish, the
        queued ones are cancelled by the worker in chunks."""
        result = await self.session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id, Broadcast.state.in_(ACTIVE))
            .values(state=CANCELLED, cancelled_by=by, finished_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    async def finish_if_complete(self, broadcast_id: int, now: datetime) -> bool:
        """Running, fully prepared and nothing left to send: done."""
        pending = (
            select(BroadcastDelivery.id)
            .where(
                BroadcastDelivery.broadcast_id == broadcast_id,
                BroadcastDelivery.state.in_((QUEUED, SENDING)),
            )
            .limit(1)
        )
        result = await self.session.execute(
            update(Broadcast)
            .where(
                Broadcast.id == broadcast_id,
                Broadcast.state == RUNNING,
                Broadcast.prepared.is_(True),
                ~pending.exists(),
            )
            .values(state=DONE, finished_at=now)
        )
        return bool(getattr(result, "rowcount", 0))

    async def set_progress_message(self, broadcast_id: int, message_id: str) -> None:
        await self.session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id)
            .values(progress_message_id=message_id)
        )

    async def mark_reported(self, broadcast_id: int, now: datetime) -> None:
        await self.session.execute(
            update(Broadcast).where(Broadcast.id == broadcast_id).values(reported_at=now)
        )

    async def unreported(self) -> list[BroadcastRecord]:
        """Finished broadcasts whose final report is still to be sent."""
        rows = await self.session.scalars(
            select(Broadcast)
            .where(Broadcast.state.in_((DONE, CANCELLED)), Broadcast.reported_at.is_(None))
            .order_by(Broadcast.id)
        )
        return [_record(r) for r in rows]

    # --- creating deliveries -----------------------------------------------------------------

    async def add_people(self, broadcast_id: int, recipients: Recipients, channel: str) -> int:
        """One delivery per row of ``recipients`` (user_id, chat_id, locale, reachable), in one
        ``INSERT ... SELECT``; people who blocked the bot before are ``skipped`` at once."""
        source = statement(recipients).subquery()
        rows = select(
            literal(broadcast_id),
            source.c.user_id,
            literal(channel),
            source.c.chat_id,
            source.c.locale,
            case((source.c.reachable.is_(True), QUEUED), else_=SKIPPED),
            literal(0),
        )
        insert_rows = insert(BroadcastDelivery).from_select(
            ["broadcast_id", "user_id", "channel", "chat_id", "locale", "state", "attempts"],
            rows,
        )
        result = await self.session.execute(insert_rows)
        return int(getattr(result, "rowcount", 0) or 0)

    async def mark_prepared(self, broadcast_id: int, upto: int, *, done: bool) -> None:
        await self.session.execute(
            update(Broadcast)
            .where(Broadcast.id == broadcast_id)
            .values(prepared_upto=upto, prepared=done)
        )

    async def announcement_targets(self, languages: Sequence[str]) -> list[Target]:
        """Per Discord server and language, its channel for that language, or its channel for
        every language (``*``) when it has none; one post per (channel, language)."""
        rows = (
            await self.session.execute(
                select(
                    AnnouncementChannel.server_id,
                    AnnouncementChannel.locale,
                    AnnouncementChannel.target_id,
                )
                .where(AnnouncementChannel.channel == "discord")
                .order_by(AnnouncementChannel.server_id)
            )
        ).all()
        by_server: dict[str, dict[str, str]] = {}
        for server_id, locale, target_id in rows:
            by_server.setdefault(server_id, {})[locale] = target_id
        targets: list[Target] = []
        for server_id, channels in by_server.items():
            for locale in languages:
                channel_id = channels.get(locale) or channels.get(ANY_LANGUAGE)
                if channel_id is not None:
                    targets.append(Target(server_id, channel_id, locale))
        return targets

    async def add_announcements(self, broadcast_id: int, targets: Sequence[Target]) -> int:
        added = 0
        for target in targets:
            result = await self.session.execute(
                insert_ignoring_conflicts(
                    self.session,
                    BroadcastDelivery,
                    broadcast_id=broadcast_id,
                    user_id=None,
                    channel="discord",
                    chat_id=target.channel_id,
                    server_id=target.server_id,
                    locale=target.locale,
                    state=QUEUED,
                    attempts=0,
                )
            )
            added += int(getattr(result, "rowcount", 0) or 0)
        return added

    async def count_people(self, recipients: Recipients) -> tuple[int, int]:
        """(reachable, blocked earlier) among ``recipients``, counted in the database."""
        source = statement(recipients).subquery()
        row = (
            await self.session.execute(
                select(
                    func.count(),
                    func.coalesce(func.sum(case((source.c.reachable.is_(True), 0), else_=1)), 0),
                ).select_from(source)
            )
        ).one()
        total, blocked = int(row[0]), int(row[1])
        return total - blocked, blocked

    async def known_tiers(self) -> list[str]:
        """The tiers influencers are in now, to choose from in a segment."""
        rows = await self.session.scalars(
            select(Influencer.tier).distinct().order_by(Influencer.tier)
        )
        return list(rows)

    # --- the worker's side -------------------------------------------------------------------

    async def next_with_queued(self, broadcast_ids: Sequence[int]) -> int | None:
        """The oldest of these broadcasts that still has queued deliveries."""
        for broadcast_id in broadcast_ids:
            found = await self.session.scalar(
                select(BroadcastDelivery.id)
                .where(
                    BroadcastDelivery.broadcast_id == broadcast_id,
                    BroadcastDelivery.state == QUEUED,
                )
                .limit(1)
            )
            if found is not None:
                return broadcast_id
        return None

    async def claim(
        self,
        broadcast_id: int,
        worker: str,
        limit: int,
        now: datetime,
        *,
        channel: str | None = None,
    ) -> list[Claimed]:
        """Mark up to ``limit`` queued deliveries ``sending`` for ``worker``, oldest first.

        PostgreSQL skips rows another transaction holds (``FOR UPDATE SKIP LOCKED``); SQLite
        has one writer at a time, so the write transaction alone makes the claim exclusive.
        """
        if limit <= 0:
            return []
        state = await self.session.scalar(
            select(Broadcast.state).where(Broadcast.id == broadcast_id)
        )
        if state != RUNNING:
            return []  # cancelled meanwhile: its queued deliveries are never claimed
        # Core statements on the table, not the ORM entity: no identity-map bookkeeping on
        # the hot path.
        d = _deliveries.c
        wanted = (
            select(d.id)
            .where(d.broadcast_id == broadcast_id, d.state == QUEUED)
            .order_by(d.id)
            .limit(limit)
        )
        if channel is not None:
            wanted = wanted.where(d.channel == channel)
        statement = update(_deliveries)
        if self._postgres:
            # The locking SELECT runs once, in a materialised CTE. As ``id IN (SELECT ... LIMIT
            # n FOR UPDATE SKIP LOCKED)`` PostgreSQL may plan a nested-loop semi-join that
            # rescans the subquery for every row; each rescan skips the rows this very UPDATE
            # has just changed and locks the next ones, so every queued row would be claimed.
            chosen = (
                wanted.with_for_update(skip_locked=True).cte("wanted").prefix_with("MATERIALIZED")
            )
            statement = statement.where(d.id == chosen.c.id)
        else:
            statement = statement.where(d.id.in_(wanted.scalar_subquery()))
        rows = (
            await self.session.execute(
                statement.where(d.state == QUEUED)
                .values(state=SENDING, worker=worker, claimed_at=now, attempts=d.attempts + 1)
                .returning(
                    d.id, d.broadcast_id, d.channel, d.chat_id, d.server_id, d.locale, d.attempts
                )
            )
        ).all()
        claimed = [Claimed(*row) for row in rows]
        claimed.sort(key=lambda c: c.id)
        return claimed

    async def settle(self, worker: str, outcomes: Sequence[Outcome], now: datetime) -> None:
        """Record what became of deliveries this worker was sending; a person who blocked the
        bot is marked unreachable in the same transaction, so later broadcasts skip them.

        One UPDATE run for many parameter sets; no count is returned, since asyncpg reports
        none for such a run. A row no longer ``sending`` for this worker is left alone."""
        if not outcomes:
            return
        statement = (
            update(_deliveries)
            .where(
                _deliveries.c.id == bindparam("b_id"),
                _deliveries.c.state == SENDING,
                _deliveries.c.worker == worker,
            )
            .values(
                state=bindparam("b_state"),
                finished_at=bindparam("b_finished_at"),
                error=bindparam("b_error"),
                message_ref=bindparam("b_message_ref"),
            )
        )
        params = [
            {
                "b_id": o.id,
                "b_state": o.state,
                "b_finished_at": None if o.state == QUEUED else now,
                "b_error": (o.error or "")[:200] or None,
                "b_message_ref": o.message_ref,
            }
            for o in outcomes
        ]
        await self.session.execute(statement, params)
        blocked = sorted({o.blocked_chat for o in outcomes if o.blocked_chat})
        if blocked:
            await self.session.execute(
                update(Identity)
                .where(Identity.channel == "telegram", Identity.chat_id.in_(blocked))
                .values(reachable=False, unreachable_since=now)
            )

    async def recover(self, worker: str, *, resend: bool, max_attempts: int) -> tuple[int, int]:
        """Deliveries left ``sending`` by a worker that is gone: we cannot know whether the
        platform got them (the Bot API has no idempotency key), so they become ``unknown``;
        with ``resend`` (at-least-once) they are queued again, up to ``max_attempts``.
        Returns (unknown, requeued)."""
        orphaned = [
            BroadcastDelivery.state == SENDING,
            or_(BroadcastDelivery.worker.is_(None), BroadcastDelivery.worker != worker),
        ]
        requeued = 0
        if resend:
            result = await self.session.execute(
                update(BroadcastDelivery)
                .where(*orphaned, BroadcastDelivery.attempts < max_attempts)
                .values(state=QUEUED, worker=None, claimed_at=None)
            )
            requeued = int(getattr(result, "rowcount", 0) or 0)
        result = await self.session.execute(
            update(BroadcastDelivery)
            .where(*orphaned)
            .values(state=UNKNOWN, error="worker stopped while sending")
        )
        return int(getattr(result, "rowcount", 0) or 0), requeued

    async def fail_channels_except(
        self, broadcast_id: int, channels: Sequence[str], error: str, now: datetime
    ) -> int:
        """Queued deliveries on channels no worker can send to fail at once (not wait)."""
        result = await self.session.execute(
            update(BroadcastDelivery)
            .where(
                BroadcastDelivery.broadcast_id == broadcast_id,
                BroadcastDelivery.state == QUEUED,
                BroadcastDelivery.channel.not_in(list(channels)),
            )
            .values(state=FAILED, error=error, finished_at=now)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def cancel_queued(self, broadcast_id: int, limit: int, now: datetime) -> int:
        """Cancel up to ``limit`` queued deliveries of a cancelled broadcast (in chunks, so a
        large one never holds the write lock for long)."""
        chunk = (
            select(BroadcastDelivery.id)
            .where(
                BroadcastDelivery.broadcast_id == broadcast_id,
                BroadcastDelivery.state == QUEUED,
            )
            .limit(limit)
            .scalar_subquery()
        )
        result = await self.session.execute(
            update(BroadcastDelivery)
            .where(BroadcastDelivery.id.in_(chunk), BroadcastDelivery.state == QUEUED)
            .values(state=DELIVERY_CANCELLED, finished_at=now)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def counts(self, broadcast_id: int) -> dict[str, int]:
        """Deliveries by state (the claiming index covers this count)."""
        rows = await self.session.execute(
            select(BroadcastDelivery.state, func.count())
            .where(BroadcastDelivery.broadcast_id == broadcast_id)
            .group_by(BroadcastDelivery.state)
        )
        return {state: int(count) for state, count in rows.all()}

    async def deliveries(self, broadcast_id: int) -> list[tuple[str, str, str, str]]:
        """(channel, chat_id, locale, state) of every delivery; for tests and small reports."""
        rows = await self.session.execute(
            select(
                BroadcastDelivery.channel,
                BroadcastDelivery.chat_id,
                BroadcastDelivery.locale,
                BroadcastDelivery.state,
            )
            .where(BroadcastDelivery.broadcast_id == broadcast_id)
            .order_by(BroadcastDelivery.id)
        )
        return [(c, chat, locale, state) for c, chat, locale, state in rows.all()]

    # --- the worker lease --------------------------------------------------------------------

    async def take_lease(self, owner: str, now: datetime, ttl: timedelta) -> bool:
        """Become (or stay) the one sending worker, unless another holds an unexpired lease."""
        await self.session.execute(
            insert_ignoring_conflicts(
                self.session, BroadcastLease, name=LEASE, owner=owner, expires_at=now + ttl
            )
        )
        result = await self.session.execute(
            update(BroadcastLease)
            .where(
                BroadcastLease.name == LEASE,
                or_(BroadcastLease.owner == owner, BroadcastLease.expires_at <= now),
            )
            .values(owner=owner, expires_at=now + ttl)
        )
        return bool(getattr(result, "rowcount", 0))

    async def release_lease(self, owner: str) -> None:
        await self.session.execute(
            delete(BroadcastLease).where(
                BroadcastLease.name == LEASE, BroadcastLease.owner == owner
            )
        )

    async def lease_owner(self) -> str | None:
        return await self.session.scalar(
            select(BroadcastLease.owner).where(BroadcastLease.name == LEASE)
        )

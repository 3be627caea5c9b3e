"""The reply outbox: a turn's replies, kept from the turn's commit until they are delivered."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, delete, insert, or_, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from storage import core_path
from storage.models import ReplyOutboxEntry

MAX_ATTEMPTS = 5
_OUTBOX: Table = ReplyOutboxEntry.__table__  # type: ignore[assignment]
# Every durable turn runs it: built once, Core on the table (no ORM unit of work).
_ADD = (
    insert(_OUTBOX)
    .values(
        channel=bindparam("channel"),
        chat_id=bindparam("chat_id"),
        replies=bindparam("replies"),
        created_at=bindparam("created_at"),
        due_at=bindparam("due_at"),
        attempts=0,
    )
    .returning(_OUTBOX.c.id)
)
# After every delivery (bot/core/group_commit.py batches them): one list of ids per statement.
_DELIVERED = delete(_OUTBOX).where(_OUTBOX.c.id.in_(bindparam("ids", expanding=True)))


@dataclass(frozen=True, slots=True)
class UnsentReplies:
    id: int
    channel: str
    chat_id: str
    replies: list[dict[str, Any]]


class ReplyOutbox:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(
        self,
        channel: str,
        chat_id: str,
        replies: list[dict[str, Any]],
        now: datetime,
        due_at: datetime,
    ) -> int:
        """One row per turn, in the turn's transaction; the sender has it until ``due_at``."""
        values = {
            "channel": channel,
            "chat_id": chat_id,
            "replies": replies,
            "created_at": now,
            "due_at": due_at,
        }
        return int((await core_path.execute(self.session, _ADD, values)).scalar_one())

    async def delivered(self, entry_ids: Sequence[int]) -> None:
        await core_path.execute(self.session, _DELIVERED, {"ids": list(entry_ids)})

    async def failed(self, entry_id: int) -> None:
        """One more failed attempt; given up (deleted) after a few."""
        await self.session.execute(
            update(ReplyOutboxEntry)
            .where(ReplyOutboxEntry.id == entry_id)
            .values(attempts=ReplyOutboxEntry.attempts + 1)
        )
        await self.session.execute(
            delete(ReplyOutboxEntry).where(
                ReplyOutboxEntry.id == entry_id, ReplyOutboxEntry.attempts >= MAX_ATTEMPTS
            )
        )

    async def claim(
        self,
        channel: str,
        now: datetime,
        lease_until: datetime,
        *,
        created_before: datetime | None = None,
        limit: int = 50,
    ) -> list[UnsentReplies]:
        """Rows of ``channel`` whose sender is gone: past ``due_at`` (or, at start-up, made
        before ``created_before``), oldest first; each taken over until ``lease_until`` by a
        conditional update, so two senders never take the same row."""
        due = ReplyOutboxEntry.due_at <= now
        if created_before is not None:
            due = or_(due, ReplyOutboxEntry.created_at < created_before)
        rows = (
            await self.session.scalars(
                select(ReplyOutboxEntry)
                .where(ReplyOutboxEntry.channel == channel, due)
                .order_by(ReplyOutboxEntry.id)
                .limit(limit)
            )
        ).all()
        taken: list[UnsentReplies] = []
        for row in rows:
            result: CursorResult[tuple[()]] = await self.session.execute(  # type: ignore[assignment]
                update(ReplyOutboxEntry)
                .where(ReplyOutboxEntry.id == row.id, ReplyOutboxEntry.due_at == row.due_at)
                .values(due_at=lease_until)
            )
            if result.rowcount == 1:
                taken.append(UnsentReplies(row.id, row.channel, row.chat_id, list(row.replies)))
        return taken

    async def prune(self, older_than: datetime) -> None:
        """Replies nobody could send for days are no answer any more: forget them."""
        await self.session.execute(
            delete(ReplyOutboxEntry).where(ReplyOutboxEntry.created_at < older_than)
        )

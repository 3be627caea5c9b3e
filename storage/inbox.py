"""Raw inbound updates (Telegram webhook): stored first, processed after, never lost; the
content is erased as soon as the update is processed."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import core_path
from storage.dialect import insert_ignoring_conflicts
from storage.models import InboundUpdate


@dataclass(frozen=True, slots=True)
class StoredUpdate:
    channel: str
    update_id: str
    payload: dict[str, Any]


# Each chat's lock is tried once, whatever the plan (a WHERE is evaluated row by row).
_HOLD = text(
    "SELECT chat FROM unnest(CAST(:chats AS text[])) AS chat "
    "WHERE pg_try_advisory_xact_lock(hashtext(:channel || ':' || chat))"
)


class Inbox:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def store(
        self, channel: str, update_id: str, payload: dict[str, Any], now: datetime
    ) -> bool:
        """Keep an update; False when this id was already received (a redelivery)."""
        return (await self.store_many([(channel, update_id, payload)], now))[0]

    async def store_many(
        self, items: Sequence[tuple[str, str, dict[str, Any]]], now: datetime
    ) -> list[bool]:
        """Keep (channel, update id, payload) updates in one statement; for each, False when
        its id was already received (stored before, or earlier in ``items``)."""
        # In key order: two processes storing the same redelivered ids never wait on each other
        # crosswise (a deadlock on PostgreSQL).
        rows = [
            {
                "channel": channel,
                "update_id": update_id,
                "payload": payload,
                "received_at": now,
                "processed_at": None,
            }
            for channel, update_id, payload in sorted(items, key=lambda item: item[:2])
        ]
        statement = (
            insert_ignoring_conflicts(self.session, InboundUpdate.__table__)
            .values(rows)
            .returning(InboundUpdate.channel, InboundUpdate.update_id)
        )
        new = {(row.channel, row.update_id) for row in await self.session.execute(statement)}
        stored = []
        for channel, update_id, _ in items:
            stored.append((channel, update_id) in new)
            new.discard((channel, update_id))  # a second copy in the same batch is a redelivery
        return stored

    async def pending(self, channel: str, limit: int = 100) -> list[StoredUpdate]:
        """Unprocessed updates, oldest first."""
        rows = await self.session.scalars(
            select(InboundUpdate)
            .where(InboundUpdate.channel == channel, InboundUpdate.processed_at.is_(None))
            # Update ids are numbers kept as text: shorter first is numeric order.
            .order_by(func.length(InboundUpdate.update_id), InboundUpdate.update_id)
            .limit(limit)
        )
        return [StoredUpdate(r.channel, r.update_id, r.payload) for r in rows]

    async def hold_chats(self, channel: str, chats: Sequence[str]) -> set[str]:
        """Take chats' updates for this process until the transaction ends: the chats taken
        (the others are another process's now). Several processes behind one webhook URL share
        the inbox: each chat is processed by one of them at a time, in order, and no update is
        worked on twice. PostgreSQL: transaction-scoped advisory locks, tried for all the chats
        in one statement. SQLite has no such lock: every chat is taken, and the turn's update
        claim keeps an update from being answered twice."""
        if core_path.dialect(self.session) != "postgresql":
            return set(chats)
        taken = await self.session.scalars(_HOLD, {"channel": channel, "chats": list(chats)})
        return set(taken)

    async def mark_processed(self, channel: str, update_ids: Sequence[str], now: datetime) -> None:
        """Done: the raw updates (what the users typed, payout details included) are erased at
        once; only their ids stay, for as long as a redelivery is possible."""
        await self.session.execute(
            update(InboundUpdate)
            .where(InboundUpdate.channel == channel, InboundUpdate.update_id.in_(update_ids))
            .values(processed_at=now, payload={})
        )

    async def prune(self, older_than: datetime) -> None:
        from sqlalchemy import delete

        await self.session.execute(
            delete(InboundUpdate).where(
                InboundUpdate.processed_at.is_not(None), InboundUpdate.processed_at < older_than
            )
        )

"""Raw inbound updates (Telegram webhook): stored first, processed after, never lost; the
content is erased as soon as the update is processed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dialect import insert_ignoring_conflicts
from storage.models import InboundUpdate


@dataclass(frozen=True, slots=True)
class StoredUpdate:
    channel: str
    update_id: str
    payload: dict[str, Any]


class Inbox:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def store(
        self, channel: str, update_id: str, payload: dict[str, Any], now: datetime
    ) -> bool:
        """Keep an update; False when this id was already received (a redelivery)."""
        statement = insert_ignoring_conflicts(
            self.session,
            InboundUpdate.__table__,
            channel=channel,
            update_id=update_id,
            payload=payload,
            received_at=now,
            processed_at=None,
        )
        result: CursorResult[tuple[()]] = await self.session.execute(statement)  # type: ignore[assignment]
        return result.rowcount == 1

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

    async def mark_processed(self, channel: str, update_id: str, now: datetime) -> None:
        """Done: the raw update (what the user typed, payout details included) is erased at
        once; only its id stays, for as long as a redelivery is possible."""
        await self.session.execute(
            update(InboundUpdate)
            .where(InboundUpdate.channel == channel, InboundUpdate.update_id == update_id)
            .values(processed_at=now, payload={})
        )

    async def prune(self, older_than: datetime) -> None:
        from sqlalchemy import delete

        await self.session.execute(
            delete(InboundUpdate).where(
                InboundUpdate.processed_at.is_not(None), InboundUpdate.processed_at < older_than
            )
        )

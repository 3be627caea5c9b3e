"""Platform update ids already processed: claiming one is the engine's duplicate check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dialect import insert_ignoring_conflicts
from storage.models import ProcessedUpdate


class ProcessedUpdates:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, channel: str, update_id: str, now: datetime) -> bool:
        """True the first time an update id is seen; the claim commits with the turn's effects."""
        statement = insert_ignoring_conflicts(
            self.session,
            ProcessedUpdate.__table__,
            channel=channel,
            update_id=update_id,
            processed_at=now,
        )
        result: CursorResult[tuple[()]] = await self.session.execute(statement)  # type: ignore[assignment]
        return result.rowcount == 1

    async def seen(self, channel: str, update_id: str) -> bool:
        return await self.session.get(ProcessedUpdate, (channel, update_id)) is not None

    async def prune(self, older_than: datetime) -> int:
        """Forget ids older than any redelivery window (Telegram keeps updates 24 hours)."""
        result: CursorResult[tuple[()]] = await self.session.execute(  # type: ignore[assignment]
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < older_than)
        )
        return result.rowcount

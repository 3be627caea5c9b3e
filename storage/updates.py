"""Platform update ids already processed: claiming one is the engine's duplicate check."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from storage import core_path
from storage.models import ProcessedUpdate

# Built once per database kind: every turn runs it.
_CLAIM = {
    name: module.insert(ProcessedUpdate.__table__)
    .values(
        channel=bindparam("channel"),
        update_id=bindparam("update_id"),
        processed_at=bindparam("processed_at"),
    )
    .on_conflict_do_nothing()
    for name, module in (("sqlite", sqlite), ("postgresql", postgresql))
}


class ProcessedUpdates:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def claim(self, channel: str, update_id: str, now: datetime) -> bool:
        """True the first time an update id is seen; the claim commits with the turn's effects."""
        result = await core_path.execute(
            self.session,
            _CLAIM[core_path.dialect(self.session)],
            {"channel": channel, "update_id": update_id, "processed_at": now},
        )
        return result.rowcount == 1

    async def seen(self, channel: str, update_id: str) -> bool:
        return await self.session.get(ProcessedUpdate, (channel, update_id)) is not None

    async def prune(self, older_than: datetime) -> int:
        """Forget ids older than any redelivery window (Telegram keeps updates 24 hours)."""
        result: CursorResult[tuple[()]] = await self.session.execute(  # type: ignore[assignment]
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < older_than)
        )
        return result.rowcount

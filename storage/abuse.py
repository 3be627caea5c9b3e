"""Blocked users and per-user message counts (rate limits), kept in the database so that every
process of the bot counts and blocks alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import RateWindow, UserBlock


@dataclass(frozen=True, slots=True)
class BlockRecord:
    user_id: int
    reason: str | None
    blocked_by: str
    blocked_at: datetime
    noticed: bool


@dataclass(frozen=True, slots=True)
class Count:
    """Messages in the current window, whether the user was told to slow down, and when the
    window ends."""

    count: int
    warned: bool
    ends_at: datetime


class Abuse:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def block(self, user_id: int, reason: str | None, actor: str, now: datetime) -> bool:
        """True when the user was not blocked before."""
        if await self.session.get(UserBlock, user_id) is not None:
            return False
        self.session.add(
            UserBlock(
                user_id=user_id, reason=reason, blocked_by=actor, blocked_at=now, noticed=False
            )
        )
        await self.session.flush()
        return True

    async def unblock(self, user_id: int) -> bool:
        result = await self.session.execute(delete(UserBlock).where(UserBlock.user_id == user_id))
        return getattr(result, "rowcount", 0) == 1

    async def blocked(self, user_id: int) -> BlockRecord | None:
        row = await self.session.get(UserBlock, user_id, populate_existing=True)
        if row is None:
            return None
        return BlockRecord(row.user_id, row.reason, row.blocked_by, row.blocked_at, row.noticed)

    async def mark_noticed(self, user_id: int) -> None:
        await self.session.execute(
            update(UserBlock).where(UserBlock.user_id == user_id).values(noticed=True)
        )

    async def count(self, user_id: int, now: datetime, window: timedelta) -> Count:
        """Count one more message of the user; a window that ended starts afresh."""
        row = await self.session.get(RateWindow, user_id, populate_existing=True)
        if row is None:
            row = RateWindow(user_id=user_id, started_at=now, count=0, warned=False)
            self.session.add(row)
        elif row.started_at + window <= now:
            row.started_at, row.count, row.warned = now, 0, False
        row.count += 1
        await self.session.flush()
        return Count(row.count, row.warned, row.started_at + window)

    async def warned(self, user_id: int) -> None:
        await self.session.execute(
            update(RateWindow).where(RateWindow.user_id == user_id).values(warned=True)
        )

    async def blocked_ids(self, user_ids: list[int]) -> set[int]:
        rows = await self.session.scalars(
            select(UserBlock.user_id).where(UserBlock.user_id.in_(user_ids))
        )
        return set(rows)

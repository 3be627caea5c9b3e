"""Blocked users and per-user message counts (rate limits), kept in the database so that every
process of the bot counts and blocks alike."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, case, delete, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage import core_path
from storage.models import RateWindow, UserBlock

_BLOCKS = UserBlock.__table__
_WINDOWS = RateWindow.__table__

# Both run on every turn: built once, as Core statements on the tables (no ORM identity map).
_BLOCKED = select(
    _BLOCKS.c.user_id,
    _BLOCKS.c.reason,
    _BLOCKS.c.blocked_by,
    _BLOCKS.c.blocked_at,
    _BLOCKS.c.noticed,
).where(_BLOCKS.c.user_id == bindparam("user_id"))


def _count_statement(module: Any) -> Any:
    """One message counted in one statement: the user's window row is created, moved on (a
    window that ended starts afresh at 1) or incremented, and read back. The SET expressions
    all see the row as it was, on both databases, so ``ended`` tests the old window. The same
    statement reads whether the user is blocked (and was told), which the gate asks first on
    every turn: one statement instead of two."""
    statement = module.insert(_WINDOWS).values(
        user_id=bindparam("user_id"),
        started_at=bindparam("now"),
        count=literal(1),
        warned=literal(False),
    )
    ended = _WINDOWS.c.started_at <= bindparam("ended_before", type_=_WINDOWS.c.started_at.type)
    return statement.on_conflict_do_update(
        index_elements=[_WINDOWS.c.user_id],
        set_={
            "started_at": case((ended, statement.excluded.started_at), else_=_WINDOWS.c.started_at),
            "count": case((ended, literal(1)), else_=_WINDOWS.c.count + 1),
            "warned": case((ended, literal(False)), else_=_WINDOWS.c.warned),
        },
    ).returning(
        _WINDOWS.c.count,
        _WINDOWS.c.warned,
        _WINDOWS.c.started_at,
        select(_BLOCKS.c.noticed)
        .where(_BLOCKS.c.user_id == bindparam("user_id"))
        .scalar_subquery()
        .label("block_noticed"),
    )


_COUNT = {"sqlite": _count_statement(sqlite), "postgresql": _count_statement(postgresql)}


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
    window ends; and whether the user is blocked: None when not, else whether they were told."""

    count: int
    warned: bool
    ends_at: datetime
    block_noticed: bool | None = None


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
        """Lift the block; the messages counted while blocked are forgotten (a fresh window)."""
        result = await self.session.execute(delete(UserBlock).where(UserBlock.user_id == user_id))
        await self.session.execute(delete(RateWindow).where(RateWindow.user_id == user_id))
        return getattr(result, "rowcount", 0) == 1

    async def blocked(self, user_id: int) -> BlockRecord | None:
        row = (await core_path.execute(self.session, _BLOCKED, {"user_id": user_id})).first()
        if row is None:
            return None
        return BlockRecord(row.user_id, row.reason, row.blocked_by, row.blocked_at, row.noticed)

    async def mark_noticed(self, user_id: int) -> None:
        await self.session.execute(
            update(UserBlock).where(UserBlock.user_id == user_id).values(noticed=True)
        )

    async def count(self, user_id: int, now: datetime, window: timedelta) -> Count:
        """Count one more message of the user (blocked or not); a window that ended starts
        afresh."""
        values = {"user_id": user_id, "now": now, "ended_before": now - window}
        statement = _COUNT[core_path.dialect(self.session)]
        row: Any = (await core_path.execute(self.session, statement, values)).one()
        count, warned, started_at, block_noticed = row
        return Count(count, warned, started_at + window, _flag(block_noticed))

    async def warned(self, user_id: int) -> None:
        await self.session.execute(
            update(RateWindow).where(RateWindow.user_id == user_id).values(warned=True)
        )

    async def blocked_ids(self, user_ids: list[int]) -> set[int]:
        rows = await self.session.scalars(
            select(UserBlock.user_id).where(UserBlock.user_id.in_(user_ids))
        )
        return set(rows)


def _flag(value: Any) -> bool | None:
    """A boolean read from a subquery: SQLite gives 0/1 there (no column type to convert it)."""
    return None if value is None else bool(value)

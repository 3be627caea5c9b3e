"""Core statements run on the turn's connection, past the ORM session.

``AsyncSession.execute`` takes every statement through the ORM's execution path (compile
state, autoflush, ORM events), which costs about as much again as running a plain Core
statement on the connection. The few statements every turn runs (the update claim, the
user lookup, the session load, the rate counter, the outbox row) need none of it: they name
tables, not mapped classes, and depend on no pending ORM object (the repositories that add ORM
objects flush them before returning). This runs them on the session's own connection, inside
the session's transaction, so they commit or roll back with the rest of the turn.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.sql import Executable

_KEY = "core_path"


async def connection(session: AsyncSession) -> AsyncConnection:
    """The connection of the session's current transaction (looked up once per transaction)."""
    transaction = session.sync_session.get_transaction()
    known = session.info.get(_KEY)
    if known is not None and known[0] is transaction and transaction is not None:
        return known[1]  # type: ignore[no-any-return]
    conn = await session.connection()
    session.info[_KEY] = (session.sync_session.get_transaction(), conn)
    return conn


async def execute(
    session: AsyncSession, statement: Executable, parameters: Mapping[str, Any]
) -> CursorResult[Any]:
    """Run a Core statement in the session's transaction; the result is buffered."""
    return await (await connection(session)).execute(statement, parameters)


def dialect(session: AsyncSession) -> str:
    """ "sqlite" or "postgresql": which prepared form of a statement to run."""
    return session.get_bind().dialect.name

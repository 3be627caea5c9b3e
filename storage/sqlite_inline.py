"""An aiosqlite connection that runs SQLite on the event loop's thread.

aiosqlite sends every call (cursor, execute, fetch, close) to a worker thread and back; a turn
of the engine makes about twenty such calls, and each hop waits for the event loop to wake up,
which under load costs far more than the microseconds SQLite itself needs for a WAL database on
a local disk. This connection runs those calls inline. The one call that can wait for another
*process* is ``BEGIN IMMEDIATE``: it is tried without waiting and, while another process holds
the write lock, retried after short asynchronous sleeps until the busy timeout, so the event
loop never blocks on a lock and a waiting turn can be cancelled safely.
"""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import Callable, Generator
from functools import partial
from typing import Any

import aiosqlite


def _may_wait_for_lock(fn: Callable[..., Any], args: tuple[Any, ...]) -> bool:
    # Every cursor call passes here (about thirty a turn): the cheapest test first.
    sql = args[0] if args else None
    if not isinstance(sql, str) or sql.lstrip()[:5].upper() != "BEGIN":
        return False
    if getattr(fn, "__name__", "") not in ("execute", "executescript"):
        return False
    return "DEFERRED" not in sql.upper()


class _RunNow:
    """Stands in for aiosqlite's queue to its thread: runs each queued call at once.

    SQLAlchemy's adapter queues some calls directly (setting the isolation level).
    """

    def put_nowait(self, item: tuple[asyncio.Future[Any] | None, Callable[[], Any]]) -> None:
        future, function = item
        try:
            result = function()
        except BaseException as error:
            if future is not None and not future.done():
                future.set_exception(error)
            return
        if future is not None and not future.done():
            future.set_result(result)


class InlineConnection(aiosqlite.Connection):
    """aiosqlite's interface without its thread (see the module docstring)."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], busy_timeout_ms: int) -> None:
        super().__init__(connector, iter_chunk_size=64)
        self._busy_timeout_ms = busy_timeout_ms
        self._tx = _RunNow()  # type: ignore[assignment]

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        if not self._running or self._connection is None:
            raise ValueError("Connection closed")
        if _may_wait_for_lock(fn, args):
            return await self._begin(partial(fn, *args, **kwargs))
        return fn(*args, **kwargs)

    async def _begin(self, begin: Callable[[], Any]) -> Any:
        """Take the write lock without blocking the loop: try at once, else sleep and retry.

        No thread ever touches the connection, so cancelling a waiting turn is safe.
        """
        connection = self._conn
        connection.execute("PRAGMA busy_timeout=0")
        try:
            deadline = time.monotonic() + self._busy_timeout_ms / 1000
            delay = 0.001
            while True:
                try:
                    return begin()
                except sqlite3.OperationalError as error:
                    message = str(error)
                    if "locked" not in message and "busy" not in message:
                        raise
                    if time.monotonic() >= deadline:
                        raise
                await asyncio.sleep(delay)
                delay = min(delay * 2, 0.05)
        finally:
            connection.execute(f"PRAGMA busy_timeout={self._busy_timeout_ms}")

    async def _connect(self) -> InlineConnection:
        if self._connection is None:
            self._connection = self._connector()
        return self

    def __await__(self) -> Generator[Any, None, InlineConnection]:
        return self._connect().__await__()

    def stop(self) -> None:
        self._running = False
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    async def close(self) -> None:
        self.stop()


def inline_connector(path: str, timeout: float) -> Callable[[], Any]:
    """An ``async_creator`` for SQLAlchemy's aiosqlite dialect."""

    async def create() -> InlineConnection:
        def connect() -> sqlite3.Connection:
            # The connection moves to a thread for BEGIN only, never used by two at once.
            return sqlite3.connect(path, timeout=timeout, check_same_thread=False)

        return await InlineConnection(connect, busy_timeout_ms=int(timeout * 1000))

    return create

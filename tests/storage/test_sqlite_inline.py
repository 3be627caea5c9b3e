"""SQLite runs on the event loop's thread, but waiting for another process's write lock never
blocks the loop."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import threading
import time
from pathlib import Path

from sqlalchemy import text

from storage.db import Database


async def test_waiting_for_another_writer_keeps_the_loop_responsive(tmp_path: Path) -> None:
    path = tmp_path / "lock.db"
    database = Database(f"sqlite+aiosqlite:///{path}")
    try:
        async with database.transaction() as session:
            await session.execute(text("CREATE TABLE t (x INTEGER)"))

        locked = threading.Event()
        release = threading.Event()

        def other_process() -> None:
            connection = sqlite3.connect(path, isolation_level=None)
            connection.execute("BEGIN IMMEDIATE")
            connection.execute("INSERT INTO t VALUES (1)")
            locked.set()
            release.wait(5)
            connection.execute("COMMIT")
            connection.close()

        holder = threading.Thread(target=other_process)
        holder.start()
        await asyncio.to_thread(locked.wait, 5)

        ticks = 0

        async def ticker() -> None:
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        ticking = asyncio.create_task(ticker())
        asyncio.get_running_loop().call_later(0.3, release.set)
        started = time.perf_counter()
        async with database.transaction() as session:
            await session.execute(text("INSERT INTO t VALUES (2)"))
        waited = time.perf_counter() - started
        ticking.cancel()
        holder.join(5)

        assert waited >= 0.25, "our write waited for the other writer"
        assert ticks >= 10, "the event loop kept running while we waited"
        async with database.read() as session:
            assert (await session.execute(text("SELECT x FROM t ORDER BY x"))).scalars().all() == [
                1,
                2,
            ]
    finally:
        await database.dispose()


async def test_a_turn_waiting_for_the_lock_can_be_cancelled(tmp_path: Path) -> None:
    """Cancelling a waiting write (shutdown, a timeout) leaves the connection usable."""
    path = tmp_path / "cancel.db"
    database = Database(f"sqlite+aiosqlite:///{path}")
    try:
        async with database.transaction() as session:
            await session.execute(text("CREATE TABLE t (x INTEGER)"))
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")

        async def write() -> None:
            async with database.transaction() as session:
                await session.execute(text("INSERT INTO t VALUES (1)"))

        waiting = asyncio.create_task(write())
        await asyncio.sleep(0.05)
        assert not waiting.done()
        waiting.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await waiting
        other.execute("ROLLBACK")
        other.close()
        await write()
        async with database.read() as session:
            assert (await session.execute(text("SELECT count(*) FROM t"))).scalar() == 1
    finally:
        await database.dispose()

"""The database: one async engine, write transactions that cannot lose updates, reads.

SQLite: WAL, ``synchronous=NORMAL``, ``busy_timeout``, foreign keys, and ``BEGIN IMMEDIATE`` for
write transactions: the sqlite3 driver otherwise begins at the first write, so two
read-modify-write transactions interleave and one silently loses its update.
PostgreSQL (asyncpg) needs none of this; sessions carry a version column for the same reason.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from storage.sqlite_inline import inline_connector

_BEGIN_OPTION = "sqlite_begin"
BUSY_TIMEOUT_S = 5.0


def _prepare_sqlite_file(url: str) -> str | None:
    """Create the folder of a file database; its path, or None for memory/URI databases."""
    database = make_url(url).database
    if database and database != ":memory:" and not database.startswith("file:"):
        path = Path(database).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        return str(path)
    return None


def _install_sqlite_tuning(engine: AsyncEngine) -> None:
    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event, not the driver, start transactions.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in (
            "PRAGMA journal_mode=WAL",
            "PRAGMA synchronous=NORMAL",
            f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}",
            "PRAGMA foreign_keys=ON",
        ):
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Connection) -> None:
        mode = connection.get_execution_options().get(_BEGIN_OPTION, "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")


def url_driver(url: str) -> str | None:
    """The driver a database URL names (``sqlite+aiosqlite``), or None when it is no URL."""
    try:
        return make_url(url).drivername
    except ArgumentError:
        return None


class Database:
    """Owns the engine; hands out sessions bound to one transaction each."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.is_sqlite = make_url(url).get_backend_name() == "sqlite"
        # Bound parameters are users' names and messages: keep them out of error texts and logs.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            path = _prepare_sqlite_file(url)
            if path is not None:
                kwargs["async_creator"] = inline_connector(path, timeout=BUSY_TIMEOUT_S)
            else:
                kwargs["connect_args"] = {"timeout": BUSY_TIMEOUT_S}
        else:
            kwargs.update(pool_size=10, max_overflow=10, pool_pre_ping=True)
        self.engine = create_async_engine(url, **kwargs)
        if self.is_sqlite:
            _install_sqlite_tuning(self.engine)
        self._writer = async_sessionmaker(self.engine, expire_on_commit=False)
        reader_engine = (
            self.engine.execution_options(**{_BEGIN_OPTION: "DEFERRED"})
            if self.is_sqlite
            else self.engine
        )
        self._reader = async_sessionmaker(reader_engine, expire_on_commit=False)
        # SQLite has one writer at a time. Queueing writers of this process here, instead of in
        # SQLite's busy handler (which sleeps and polls), keeps turns back to back under load;
        # other processes are still kept out by BEGIN IMMEDIATE and busy_timeout.
        self._write_lock = asyncio.Lock() if self.is_sqlite else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """A write transaction: committed on success, rolled back on any exception."""
        if self._write_lock is None:
            async with self._writer() as session, session.begin():
                yield session
            return
        async with self._write_lock, self._writer() as session, session.begin():
            yield session

    @asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """A read-only transaction that does not take SQLite's write lock."""
        async with self._reader() as session, session.begin():
            yield session

    async def ping(self) -> None:
        """Raise when the database cannot answer a trivial query (health checks)."""
        async with self.read() as session:
            await session.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.engine.dispose()

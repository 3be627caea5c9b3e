"""Group commit: many small writes that arrive together share one transaction.

Every reply the channels deliver is struck from the reply outbox afterwards. One transaction
for each (BEGIN, DELETE, COMMIT) costs about as much as the turn's own reads; under load,
strikes that arrive while one transaction runs wait for the next, which takes them all. A
caller still returns only once its own write is committed, so nothing it relies on changes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
# A bound on one transaction's size (PostgreSQL and SQLite both take this many parameters).
MAX_BATCH = 500


class GroupCommit(Generic[Item]):
    """Runs ``write(items)`` for everything added since the previous write began."""

    def __init__(self, write: Callable[[Sequence[Item]], Awaitable[None]]) -> None:
        self._write = write
        self._waiting: list[tuple[Item, asyncio.Future[None]]] = []
        self._task: asyncio.Task[None] | None = None

    async def add(self, item: Item) -> None:
        """Return once ``item`` is written; raise what its batch's write raised."""
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._task is None:
            self._task = asyncio.create_task(self._drain())
        await future

    async def close(self) -> None:
        """Wait for the writes under way (at shutdown)."""
        task = self._task
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def _drain(self) -> None:
        batch: list[tuple[Item, asyncio.Future[None]]] = []
        try:
            while self._waiting:
                batch, self._waiting = self._waiting[:MAX_BATCH], self._waiting[MAX_BATCH:]
                try:
                    await self._write([item for item, _ in batch])
                except Exception as error:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                else:
                    for _, future in batch:
                        if not future.done():
                            future.set_result(None)
                batch = []
        finally:
            self._task = None
            # Cancelled mid-write (the loop is stopping): nobody waits in vain.
            for _, future in batch + self._waiting:
                if not future.done():
                    future.cancel()
            self._waiting = []

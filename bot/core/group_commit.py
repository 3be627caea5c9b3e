"""Group commit: many small writes that arrive together share one transaction.

Every reply the channels deliver is struck from the reply outbox afterwards, and every webhook
update is stored before it is acknowledged. One transaction for each (BEGIN, one statement,
COMMIT) costs about as much as a turn's own reads; under load, writes that arrive while one
transaction runs wait for the next, which takes them all. A caller still returns only once its
own write is committed (with its own result), so nothing it relies on changes.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
# A bound on one transaction's size (PostgreSQL and SQLite both take this many parameters).
MAX_BATCH = 500


class GroupCommit(Generic[Item, Result]):
    """Runs ``write(items)`` for everything added since the previous write began; ``write``
    returns one result per item, in order."""

    def __init__(self, write: Callable[[Sequence[Item]], Awaitable[Sequence[Result]]]) -> None:
        self._write = write
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        self._task: asyncio.Task[None] | None = None

    async def add(self, item: Item) -> Result:
        """Return ``item``'s result once it is written; raise what its batch's write raised."""
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._task is None or self._task.done():  # (done: cancelled before it began)
            self._task = asyncio.create_task(self._drain())
            self._task.add_done_callback(self._ended)
        return await future

    async def close(self) -> None:
        """Wait for the writes under way (at shutdown)."""
        task = self._task
        if task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _ended(self, task: asyncio.Task[None]) -> None:
        """A drain cancelled before it began never ran its ``finally``: nobody waits in vain."""
        if task.cancelled() and self._task is task:
            self._task = None
            waiting, self._waiting = self._waiting, []
            for _, future in waiting:
                if not future.done():
                    future.cancel()

    async def _drain(self) -> None:
        batch: list[tuple[Item, asyncio.Future[Result]]] = []
        try:
            while self._waiting:
                batch, self._waiting = self._waiting[:MAX_BATCH], self._waiting[MAX_BATCH:]
                try:
                    results = await self._write([item for item, _ in batch])
                    if len(results) != len(batch):
                        raise RuntimeError("a group write must give one result per item")
                except Exception as error:
                    for _, future in batch:
                        if not future.done():
                            future.set_exception(error)
                else:
                    for (_, future), result in zip(batch, results, strict=True):
                        if not future.done():
                            future.set_result(result)
                batch = []
        finally:
            self._task = None
            # Cancelled mid-write (the loop is stopping): nobody waits in vain.
            for _, future in batch + self._waiting:
                if not future.done():
                    future.cancel()
            self._waiting = []

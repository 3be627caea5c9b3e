"""Group commit: writes that arrive together share one call; each caller sees its own outcome."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import pytest

from bot.core.group_commit import MAX_BATCH, GroupCommit


class Recorder:
    """A write that takes a moment, as a transaction does, and remembers its batches."""

    def __init__(self, fail_on: int | None = None) -> None:
        self.batches: list[list[int]] = []
        self.fail_on = fail_on
        self.started = asyncio.Event()
        self.gate = asyncio.Event()
        self.gate.set()

    async def __call__(self, items: Sequence[int]) -> list[int]:
        self.batches.append(list(items))
        self.started.set()
        await self.gate.wait()
        if self.fail_on is not None and self.fail_on in items:
            raise RuntimeError("write failed")
        return [item * 10 for item in items]  # each item's own result


@pytest.mark.asyncio
async def test_items_added_while_a_write_runs_go_together_in_the_next() -> None:
    write = Recorder()
    write.gate.clear()
    group = GroupCommit(write)
    first = asyncio.create_task(group.add(1))
    await write.started.wait()
    later = [asyncio.create_task(group.add(n)) for n in range(2, 7)]
    await asyncio.sleep(0)
    write.gate.set()
    assert await asyncio.gather(first, *later) == [10, 20, 30, 40, 50, 60]
    assert write.batches == [[1], [2, 3, 4, 5, 6]]


@pytest.mark.asyncio
async def test_a_batch_is_bounded() -> None:
    write = Recorder()
    group = GroupCommit(write)
    await asyncio.gather(*(group.add(n) for n in range(MAX_BATCH + 10)))
    assert [len(batch) for batch in write.batches] == [MAX_BATCH, 10]
    assert sorted(n for batch in write.batches for n in batch) == list(range(MAX_BATCH + 10))


@pytest.mark.asyncio
async def test_a_failed_write_fails_its_own_batch_only() -> None:
    write = Recorder(fail_on=3)
    write.gate.clear()
    group = GroupCommit(write)
    first = asyncio.create_task(group.add(1))
    await write.started.wait()
    failing = [asyncio.create_task(group.add(n)) for n in (2, 3)]
    await asyncio.sleep(0)
    write.gate.set()
    await first
    results = await asyncio.gather(*failing, return_exceptions=True)
    assert all(isinstance(result, RuntimeError) for result in results)
    await group.add(4)  # later writes go on
    assert write.batches[-1] == [4]


@pytest.mark.asyncio
async def test_cancelled_while_writing_leaves_nobody_waiting() -> None:
    write = Recorder()
    write.gate.clear()
    group = GroupCommit(write)
    first = asyncio.create_task(group.add(1))
    await write.started.wait()
    waiting = asyncio.create_task(group.add(2))
    await asyncio.sleep(0)
    assert group._task is not None
    group._task.cancel()
    for task in (first, waiting):
        with pytest.raises(asyncio.CancelledError):
            await task
    await group.close()
    write.gate.set()
    await group.add(3)  # a new drain starts
    assert write.batches[-1] == [3]


@pytest.mark.asyncio
async def test_a_write_must_give_one_result_per_item() -> None:
    async def short(items: Sequence[int]) -> list[int]:
        return list(items)[1:]

    group: GroupCommit[int, int] = GroupCommit(short)
    with pytest.raises(RuntimeError):
        await group.add(1)


@pytest.mark.asyncio
async def test_cancelled_before_it_began_leaves_nobody_waiting() -> None:
    write = Recorder()
    group = GroupCommit(write)
    waiting = asyncio.create_task(group.add(1))
    await asyncio.sleep(0)  # the drain task exists, and has not run yet
    assert group._task is not None
    group._task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert await group.add(2) == 20  # a new drain starts
    assert write.batches == [[2]]

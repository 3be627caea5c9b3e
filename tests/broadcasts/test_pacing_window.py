"""The pacer with many sends in flight, on a virtual clock: the platform counts a message when it
receives it, somewhere between our start and its answer, and the event loop wakes sleepers late.
Whatever those delays, no second the platform counts holds more than the limit (the worker
never causes a 429 itself), and the rate stays close to the limit."""

from __future__ import annotations

import asyncio
import heapq
import random
from collections.abc import Callable

import pytest

from bot.broadcast.pacing import Pacer
from tests.broadcasts.test_pacing import busiest_second


class Scheduler:
    """Virtual time for concurrent tasks: once every task waits, the clock jumps to the earliest
    sleeper. Sleepers wake up to ``late`` seconds after their time (a busy event loop)."""

    def __init__(self, rng: random.Random, late: float) -> None:
        self.now = 100.0
        self._rng = rng
        self._late = late
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._count = 0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        wake = self.now + max(0.0, seconds) + self._rng.random() * self._late
        self._count += 1
        heapq.heappush(self._sleepers, (wake, self._count, future))
        await future

    async def drive(self, tasks: list[asyncio.Task[None]], max_steps: int) -> None:
        """Let the ready tasks run, then wake the earliest sleeper; until every task is done."""
        for _ in range(max_steps):
            for _ in range(3):
                await asyncio.sleep(0)
            if all(task.done() for task in tasks):
                return
            wake, _, future = heapq.heappop(self._sleepers)
            self.now = max(self.now, wake)
            future.set_result(None)
        raise AssertionError("the sends did not finish")


async def send_all(
    limit: float,
    count: int,
    concurrency: int,
    latency: Callable[[random.Random], float],
    *,
    late: float,
    seed: int = 17,
) -> list[float]:
    """``count`` messages, ``concurrency`` at a time as the worker sends them; the moments the
    platform received them (each at a random point of its request)."""
    rng = random.Random(seed)
    clock = Scheduler(rng, late)
    pacer = Pacer(limit, 1.0, clock=clock, sleep=clock.sleep)
    chats = iter(range(count))
    received: list[float] = []

    async def sender() -> None:
        for chat in chats:
            await pacer.wait(pacer.reserve(str(chat)))
            took = latency(rng)
            received.append(clock() + rng.random() * took)
            await clock.sleep(took)
            pacer.finished()

    tasks = [asyncio.create_task(sender()) for _ in range(concurrency)]
    await clock.drive(tasks, max_steps=count * 20)
    await asyncio.gather(*tasks)
    return sorted(received)


def usual(rng: random.Random) -> float:
    """A few milliseconds, now and then a slow answer."""
    return 0.3 if rng.random() < 0.01 else rng.uniform(0.002, 0.03)


@pytest.mark.parametrize(("limit", "count", "concurrency"), [(30.0, 150, 8), (1000.0, 4000, 200)])
async def test_in_flight_sends_count_so_the_platform_never_sees_more_than_the_limit(
    limit: float, count: int, concurrency: int
) -> None:
    received = await send_all(limit, count, concurrency, usual, late=0.01)
    assert len(received) == count
    assert busiest_second(received) <= limit
    rate = (count - 1) / (received[-1] - received[0])
    assert rate >= 0.95 * limit


@pytest.mark.parametrize("limit", [30.0, 1000.0])
async def test_slow_answers_and_a_late_loop_still_stay_under_the_limit(limit: float) -> None:
    """Requests that take up to half a second and sleepers woken up to 0.2 s late: slower, but
    still never over the limit in any second."""
    received = await send_all(
        limit,
        int(limit * 3),
        256,
        lambda rng: rng.uniform(0.0, 0.5),
        late=0.2,
    )
    assert busiest_second(received) <= limit

"""The pacer on a virtual clock: never more than the limit in any second the platform counts,
close to it on average, one a second per chat, and no burst after a 429."""

from __future__ import annotations

import asyncio
from collections import deque

import pytest

from bot.broadcast.pacing import Pacer


class VirtualTime:
    """A clock that moves only when a coroutine sleeps; sleepers wake in time order."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)


def busiest_second(starts: list[float]) -> int:
    window: deque[float] = deque()
    most = 0
    for start in sorted(starts):
        window.append(start)
        while window[0] <= start - 1.0:
            window.popleft()
        most = max(most, len(window))
    return most


async def run(pacer: Pacer, time: VirtualTime, chats: list[str]) -> list[float]:
    """Sends one after another, as the worker's tasks start them."""
    starts = []
    for chat in chats:
        await pacer.acquire(chat)
        starts.append(time())
        pacer.finished()  # answered at once
    return starts


@pytest.mark.parametrize("limit", [30.0, 1000.0])
async def test_never_over_the_limit_in_any_second_and_close_to_it(limit: float) -> None:
    time = VirtualTime()
    pacer = Pacer(limit, 1.0, clock=time, sleep=time.sleep)
    count = int(limit * 10)
    starts = await run(pacer, time, [str(n) for n in range(count)])
    assert busiest_second(starts) <= limit
    rate = (count - 1) / (starts[-1] - starts[0])
    assert 0.95 * limit <= rate <= limit


async def test_one_message_a_second_per_chat() -> None:
    time = VirtualTime()
    pacer = Pacer(30.0, 1.0, clock=time, sleep=time.sleep)
    starts = await run(pacer, time, ["a", "b", "a", "a"])
    a = [starts[0], starts[2], starts[3]]
    assert a[1] - a[0] >= 1.0
    assert a[2] - a[1] >= 1.0
    assert starts[1] - starts[0] < 0.1  # another chat is not held up


async def test_a_429_pauses_then_no_burst() -> None:
    time = VirtualTime()
    pacer = Pacer(30.0, 1.0, clock=time, sleep=time.sleep)
    await run(pacer, time, [str(n) for n in range(10)])
    pacer.pause(3.0)
    paused_at = time()
    assert pacer.budget(1.0) == 0
    starts = await run(pacer, time, [str(n) for n in range(100, 160)])
    assert starts[0] >= paused_at + 3.0
    assert busiest_second(starts) <= 30
    assert pacer.paused_total == pytest.approx(3.0)


async def test_a_slot_booked_before_a_pause_is_moved_after_it() -> None:
    time = VirtualTime()
    pacer = Pacer(30.0, 1.0, clock=time, sleep=time.sleep)
    tickets = [pacer.reserve(str(n)) for n in range(5)]
    pacer.pause(2.0)
    resumed = time() + 2.0
    for ticket in tickets:
        await pacer.wait(ticket)
        assert time() >= resumed


async def test_a_late_start_does_not_let_the_next_second_overflow() -> None:
    """A send that started late (a busy event loop) still counts where it really started."""
    time = VirtualTime()
    pacer = Pacer(30.0, None, clock=time, sleep=time.sleep)
    tickets = [pacer.reserve() for _ in range(31)]
    await pacer.wait(tickets[0])
    first = time()
    time.now += 0.5  # the loop was busy: the next sends start late, all at once
    starts = [first]
    pacer.finished()
    for ticket in tickets[1:]:
        await pacer.wait(ticket)
        starts.append(time())
        pacer.finished()
    assert busiest_second(starts) <= 30
    assert starts[30] - starts[0] >= 1.0

"""Pacing of broadcast sends: a global rate, a rate per chat, and pauses after a 429.

The global limit is a GCRA (a token bucket seen as "theoretical arrival times"): sends are
spaced at ``1 / (limit * headroom)`` with a small burst allowance. Slots are booked
synchronously, in the order deliveries are claimed, so concurrent senders share the rate
fairly and a slow send never lets the next ones burst.

The platform counts the sends it *receives* in any second, and a request reaches it at some
moment between our start and its answer. So, besides the rate, a send may start only while
fewer than the window's allowance (a little under the limit) are either in flight or answered
less than a second ago: then whatever the jitter of the event loop and of the requests, no second
the platform counts ever holds more than the limit, and the worker never causes a 429 itself.
A 429 pauses every later send of this platform until the platform's ``retry_after`` has passed;
the pause is in this pacer only, so the bot's own replies (another HTTP client) are never held up.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

# Aim a little under the limit: requests reach the platform with some jitter.
HEADROOM = 0.97
WINDOW_S = 1.0
# Sends in flight or answered within the last second are kept under the limit by this share of
# it (at least one send), so a burst the loop lets through late never reaches the limit itself.
WINDOW_SPARE = 0.01


@dataclass(frozen=True, slots=True)
class Ticket:
    """A booked slot: when a send may start, and under which pause it was booked."""

    go_at: float
    epoch: int
    chat: str | None


class Pacer:
    """Decides when each send may start; one per platform."""

    def __init__(
        self,
        limit: float,
        per_chat: float | None = None,
        *,
        headroom: float = HEADROOM,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if limit <= 0:
            raise ValueError("the rate limit must be positive")
        self.limit = limit
        rate = limit * headroom
        self.interval = 1.0 / rate
        # Burst allowance: rate + burst sends at most fit in one window, never more than limit.
        self.burst = max(1, math.floor(limit - rate * WINDOW_S))
        self._tolerance = (self.burst - 1) * self.interval
        self.chat_interval = 1.0 / per_chat if per_chat else 0.0
        self._clock = clock
        self._sleep = sleep
        self._tat = 0.0  # theoretical arrival time of the next send
        self._paused_until = 0.0
        self._epoch = 0  # bumped by every pause: a slot booked before it is void
        self.paused_total = 0.0  # seconds the platform made this pacer wait, all told
        self._chats: dict[str, float] = {}  # chat -> earliest next send, oldest first
        allowance = max(1, math.floor(limit * WINDOW_S))
        self.window_cap = max(1, allowance - math.floor(allowance * WINDOW_SPARE))
        self.in_flight = 0  # sends started and not yet answered
        self._answered: deque[float] = deque()  # when sends got their answer, oldest first

    @property
    def rate(self) -> float:
        """Sends per second this pacer aims at."""
        return 1.0 / self.interval

    @property
    def paused_until(self) -> float:
        return self._paused_until

    def paused(self) -> bool:
        return self._clock() < self._paused_until

    def budget(self, horizon: float) -> int:
        """How many sends could start within ``horizon`` seconds from now (for claiming)."""
        now = self._clock()
        first = max(now, self._paused_until, self._tat - self._tolerance)
        end = now + horizon
        if first > end:
            return 0
        return int((end - first) / self.interval) + 1

    def reserve(self, chat: str | None = None) -> Ticket:
        """Book the next slot for a send to ``chat``, before any await: deliveries claimed
        together get consecutive slots, whatever order their tasks then run in."""
        now = self._clock()
        go_at = max(now, self._paused_until, self._tat - self._tolerance)
        if chat is not None and self.chat_interval:
            go_at = max(go_at, self._chats.pop(chat, 0.0))
            self._chats[chat] = go_at + self.chat_interval
            self._forget_chats(now)
        self._tat = max(go_at, self._tat) + self.interval
        return Ticket(go_at, self._epoch, chat)

    def _forget_chats(self, now: float) -> None:
        """Drop chats whose next allowed send has passed (memory stays flat)."""
        while self._chats:
            chat, allowed = next(iter(self._chats.items()))
            if allowed > now:
                break
            del self._chats[chat]

    def _release(self, ticket: Ticket) -> None:
        """A slot a pause made void: the chat did not get its message then."""
        chat = ticket.chat
        if chat is not None and self._chats.get(chat) == ticket.go_at + self.chat_interval:
            del self._chats[chat]

    async def wait(self, ticket: Ticket) -> None:
        """Sleep until the ticket's slot; a pause meanwhile books a new slot after it. The send
        is counted in flight when this returns, until ``finished``."""
        while True:
            delay = ticket.go_at - self._clock()
            if delay > 0:
                await self._sleep(delay)
            if ticket.epoch != self._epoch or self._clock() < self._paused_until:
                self._release(ticket)
                ticket = self.reserve(ticket.chat)
                continue
            now = self._clock()
            if self.in_window(now) >= self.window_cap:
                # Wait until the oldest answer leaves the window (or, all in flight, a while).
                free_at = self._answered[0] + WINDOW_S if self._answered else now + self.interval
                await self._sleep(max(free_at - now, 1e-4))
                continue
            self.in_flight += 1
            return

    def in_window(self, now: float) -> int:
        """Sends the platform may count in a second that starts no earlier than now - 1 s:
        those in flight and those answered since (answered earlier, it received them earlier)."""
        while self._answered and self._answered[0] <= now - WINDOW_S:
            self._answered.popleft()
        return self.in_flight + len(self._answered)

    def finished(self) -> None:
        """A send that ``wait`` let start got its answer (or failed): it leaves the window a
        second from now. Call exactly once per ``wait``/``acquire`` that returned."""
        self.in_flight = max(0, self.in_flight - 1)
        self._answered.append(self._clock())

    async def acquire(self, chat: str | None = None) -> None:
        """Wait until a send to ``chat`` may start; call ``finished`` once it is answered."""
        await self.wait(self.reserve(chat))

    def pause(self, seconds: float) -> None:
        """The platform said 429: nothing more until ``seconds`` have passed, then no burst."""
        now = self._clock()
        until = now + max(0.0, seconds)
        if until <= self._paused_until:
            return
        self.paused_total += until - max(now, self._paused_until)
        self._paused_until = until
        self._tat = max(self._tat, until + self._tolerance)
        self._epoch += 1

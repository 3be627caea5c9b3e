"""Waiting between attempts to reach a platform that is down: doubling delays, capped, one
clear log line per attempt, cut short when the process stops."""

from __future__ import annotations

import asyncio
import contextlib
import logging

log = logging.getLogger(__name__)

FIRST_DELAY_S = 1.0
MAX_DELAY_S = 60.0


def delay(failures: int, *, first: float = FIRST_DELAY_S, cap: float = MAX_DELAY_S) -> float:
    """The wait after ``failures`` failures in a row: first, doubling, at most ``cap``."""
    return min(cap, first * float(2 ** max(0, failures - 1)))


class Backoff:
    """Waits that double after each failure to reach a platform, logged once an attempt."""

    def __init__(self, platform: str, *, first: float = FIRST_DELAY_S) -> None:
        self.platform = platform
        self.delay = first

    async def wait(self, error: BaseException, stop: asyncio.Event) -> bool:
        """Log why, wait the next delay; False when the process is stopping instead."""
        if stop.is_set():
            return False
        log.warning(
            "%s cannot be reached (%s); retrying in %.0f s (the web app and the other "
            "channels keep running)",
            self.platform,
            type(error).__name__,
            self.delay,
        )
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), self.delay)
        self.delay = min(self.delay * 2, MAX_DELAY_S)
        return not stop.is_set()

"""Click counting for tracking links: who is a person, who was already counted, and writing
clicks in batches rather than one commit per click."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable
from datetime import datetime

from storage.db import Database
from storage.redirects import NewClick, Redirects

log = logging.getLogger(__name__)

# Link-preview fetchers and crawlers: redirected like anyone, never counted.
_BOTS = re.compile(
    r"TelegramBot|Discordbot|facebookexternalhit|Facebot|Twitterbot|Slackbot|WhatsApp|"
    r"LinkedInBot|SkypeUriPreview|vkShare|Googlebot|bingbot|YandexBot|Applebot|redditbot|"
    r"Pinterest|Embedly|Iframely|Viber|Snapchat|ia_archiver|crawler|spider|"
    r"\bbot\b|bot/|headless",
    re.IGNORECASE,
)


def is_bot(user_agent: str) -> bool:
    """True for known preview fetchers and crawlers (and for no user agent at all)."""
    return not user_agent.strip() or _BOTS.search(user_agent) is not None


def visitor_hash(salt: str, ip: str, user_agent: str) -> str:
    """A salted hash of address and browser: enough to recognise a repeat, never the IP."""
    digest = hashlib.sha256(f"{salt}\n{ip}\n{user_agent}".encode()).hexdigest()
    return digest[:32]


class RepeatFilter:
    """Remembers, per link and visitor, the click id given within the last ``window`` seconds,
    so a repeat is not counted again and gets the same click id; bounded memory.

    Per process: with several redirect processes a repeat that lands on another one is
    counted again; the window is short, so this costs little accuracy.
    """

    def __init__(
        self,
        window: float = 30.0,
        capacity: int = 100_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.window = window
        self.capacity = capacity
        self.clock = clock
        self._seen: OrderedDict[tuple[int, str], tuple[float, str]] = OrderedDict()

    def recent(self, link_id: int, visitor: str) -> str | None:
        """The click id this visitor got for this link within the window, if any."""
        now = self.clock()
        while self._seen and next(iter(self._seen.values()))[0] <= now - self.window:
            self._seen.popitem(last=False)
        found = self._seen.get((link_id, visitor))
        return found[1] if found is not None else None

    def remember(self, link_id: int, visitor: str, click_id: str) -> None:
        while len(self._seen) >= self.capacity:
            self._seen.popitem(last=False)
        self._seen[(link_id, visitor)] = (self.clock(), click_id)


class ClickRecorder:
    """Buffers clicks and writes them in batches; ``close`` writes what is left."""

    def __init__(self, database: Database, *, max_batch: int = 500, interval: float = 0.5) -> None:
        self.database = database
        self.max_batch = max_batch
        self.interval = interval
        self._buffer: list[NewClick] = []
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self.stored = 0

    def record(self, link_id: int, clicked_at: datetime, visitor: str, click_id: str) -> None:
        self._buffer.append(NewClick(link_id, clicked_at, visitor, click_id))
        if len(self._buffer) >= self.max_batch:
            self._wake.set()

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while not self._closing:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.interval)
            self._wake.clear()
            try:
                await self.flush()
            except Exception:
                log.exception("clicks could not be stored; kept for the next attempt")

    async def flush(self) -> None:
        while self._buffer:
            batch, self._buffer = self._buffer[: self.max_batch], self._buffer[self.max_batch :]
            try:
                async with self.database.transaction() as session:
                    await Redirects(session).add_clicks(batch)
            except Exception:
                self._buffer[:0] = batch
                raise
            self.stored += len(batch)

    async def close(self) -> None:
        """Stop the background writer and store every buffered click."""
        self._closing = True
        self._wake.set()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.flush()

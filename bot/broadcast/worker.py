"""The broadcast worker: drains the outbox of deliveries at the platforms' limits.

One worker sends at a time (a lease in the database), since the rate limits are the bot's, not
a process's; another waits as a standby and takes over when the lease expires. Each round:

1. housekeeping: start due broadcasts, create their deliveries in chunks, cancel the queued
   deliveries of cancelled ones, finish those with nothing left, edit progress, send reports;
2. in one transaction, record the outcomes of finished sends and mark the next deliveries
   ``sending`` (only as many as the pacer lets start within the next moment, never more than
   the concurrency), then send them.

A delivery is marked ``sending`` and committed *before* its request, and its outcome after, so a
crash leaves at most ``concurrency`` deliveries whose fate is unknown; at start-up they become
``unknown`` (at-most-once, the default) or are queued again (at-least-once). On a graceful stop
the sends not yet started go back to the queue and those in flight are waited for, so no
delivery is left ``sending``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
import time
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy.exc import DBAPIError

from bot.broadcast.content import Content, button_label
from bot.broadcast.pacing import Pacer, Ticket
from bot.broadcast.progress import Figures, progress_text, report_text
from bot.broadcast.segment import Segment, telegram_recipients
from bot.broadcast.senders import Kind, LinkButton, Result, Sender
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.broadcasts import (
    BLOCKED,
    CANCELLED,
    FAILED,
    QUEUED,
    RUNNING,
    SENT,
    UNKNOWN,
    BroadcastRecord,
    Broadcasts,
    Claimed,
    Outcome,
)
from storage.db import Database

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]

TICK_S = 0.02  # a round while sending
MIN_ROUND_S = 0.01  # rounds while sending are at least this far apart
IDLE_S = 1.0  # a round while there is nothing to send
HORIZON_S = 0.05  # claim at least what the pacer lets start within this time
MAX_HORIZON_S = 0.5
HOUSEKEEPING_S = 1.0
PROGRESS_EVERY_S = 5.0
PREPARE_CHUNK = 5_000  # user ids per INSERT ... SELECT: a short write transaction each
CANCEL_CHUNK = 10_000
MAX_ATTEMPTS = 10  # 429s and refused connections: the message was certainly not sent
STOP_GRACE_S = 10.0
# Discord: about 50 requests a second per bot, 5 per 5 seconds per channel.
DISCORD_RATE = 10.0
DISCORD_PER_CHANNEL = 1.0


def utc_now() -> datetime:
    return datetime.now(UTC)


def worker_name() -> str:
    """Unique per process start: a restarted worker never mistakes the old one's rows."""
    return f"{socket.gethostname()[:32]}:{os.getpid()}:{secrets.token_hex(4)}"


class BroadcastWorker:
    def __init__(
        self,
        database: Database,
        translator: Translator,
        settings: Settings,
        senders: Sequence[Sender],
        *,
        clock: Clock = utc_now,
        name: str | None = None,
    ) -> None:
        self.database = database
        self.translator = translator
        self.settings = settings
        self.clock = clock
        self.name = name or worker_name()
        self.senders = {sender.channel: sender for sender in senders}
        self.pacers = {
            channel: (
                Pacer(settings.broadcast_rate, settings.broadcast_per_chat_rate)
                if channel == "telegram"
                else Pacer(DISCORD_RATE, DISCORD_PER_CHANNEL)
            )
            for channel in self.senders
        }
        self.concurrency = settings.broadcast_concurrency
        self.resend_unknown = settings.broadcast_delivery == "at-least-once"
        self.lease_ttl = timedelta(seconds=settings.broadcast_lease_seconds)
        self.leader = False
        self._lease_at = float("-inf")
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self._started: set[int] = set()  # deliveries whose request has gone out
        self._done: list[Outcome] = []  # outcomes not yet recorded
        self._contents: dict[int, Content] = {}
        self._running: list[int] = []
        self._preparing = False
        self._pumped_at = time.monotonic()
        self._progress_at: dict[int, float] = {}
        self._side: asyncio.Task[None] | None = None
        self._wake = asyncio.Event()
        self._stop = asyncio.Event()

    # --- life cycle --------------------------------------------------------------------------

    async def run(self) -> None:
        """Work until ``stop()``; then stop gracefully (see the module's docstring)."""
        for sender in self.senders.values():
            await sender.start()
        housekeeper = asyncio.create_task(self._keep_house())
        try:
            await self._retrying(self.step, sending=True)
        finally:
            housekeeper.cancel()
            await asyncio.gather(housekeeper, return_exceptions=True)
            await self._shutdown()

    async def _retrying(self, round_: Callable[[], Awaitable[bool]], *, sending: bool) -> None:
        """Rounds until ``stop()``; a database outage or a bug is logged and waited out, never
        fatal (the worker runs inside ``python -m bot run``). Outcomes not yet recorded stay in
        memory meanwhile and are recorded in a later round."""
        failures = 0
        while not self._stop.is_set():
            try:
                busy = await round_()
                failures = 0
            except DBAPIError as error:  # "database is locked" past the busy timeout...
                failures += 1
                log.warning("broadcast worker: database unavailable (%s)", type(error).__name__)
                busy = False
                await self._pause(min(10.0, 0.5 * 2**failures))
            except Exception:
                failures += 1
                log.exception("broadcast worker round failed; retrying")
                busy = False
                await self._pause(min(60.0, 0.5 * 2**failures))
            if not sending:
                if not busy:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._stop.wait(), HOUSEKEEPING_S)
                await asyncio.sleep(0)  # preparing: one chunk after another, sends between
                continue
            if busy:
                # Let a few sends finish before the next round: outcomes are recorded in
                # batches, not one transaction per message.
                await asyncio.sleep(MIN_ROUND_S)
            await self._pause(TICK_S if busy else IDLE_S)

    async def _keep_house(self) -> None:
        async def round_() -> bool:
            return self.leader and await self.housekeep()

        await self._retrying(round_, sending=False)

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    async def _pause(self, seconds: float) -> None:
        """Until a send finishes (or ``stop()``), at most ``seconds``."""
        if self._stop.is_set():
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._wake.wait(), seconds)

    async def step(self) -> bool:
        """One sending round; True while there is work in hand (the next comes sooner).
        Housekeeping runs beside it (``housekeep``), so a slow one never stalls the sends."""
        self._wake.clear()
        if not await self._hold_lease():
            return False
        return await self._pump() or bool(self._tasks)

    # --- the lease ---------------------------------------------------------------------------

    async def _hold_lease(self) -> bool:
        since = time.monotonic() - self._lease_at
        if since < self.lease_ttl.total_seconds() / 3:
            return self.leader  # renewed lately, or a standby that tried lately
        self._lease_at = time.monotonic()
        now = self.clock()
        async with self.database.transaction() as session:
            broadcasts = Broadcasts(session)
            held = await broadcasts.take_lease(self.name, now, self.lease_ttl)
            if held and not self.leader:
                unknown, requeued = await broadcasts.recover(
                    self.name, resend=self.resend_unknown, max_attempts=MAX_ATTEMPTS
                )
                if unknown or requeued:
                    log.warning(
                        "broadcast worker took over: %d deliveries left sending by a stopped "
                        "worker marked unknown, %d queued again",
                        unknown,
                        requeued,
                    )
        if not held and self.leader:
            log.error("broadcast worker lost its lease; it stops sending")
        self.leader = held
        return held

    # --- sending -----------------------------------------------------------------------------

    async def _pump(self) -> bool:
        """Record finished sends and claim the next ones in one transaction; start them."""
        # Deliveries still marked sending are those in flight and those done but not yet
        # recorded; the latter are recorded in this very transaction, before the claim, so
        # the rows marked sending never exceed the concurrency.
        free = self.concurrency - len(self._tasks)
        # Claim what may start before the next round: slots the pacer offers meanwhile and
        # nobody booked would be lost (it lets no burst make up for them).
        now_s = time.monotonic()
        horizon = min(MAX_HORIZON_S, max(HORIZON_S, 2 * (now_s - self._pumped_at)))
        self._pumped_at = now_s
        wanted = {
            channel: min(free, self.pacers[channel].budget(horizon)) for channel in self.senders
        }
        if not self._done and (free <= 0 or not self._running or not any(wanted.values())):
            return bool(self._tasks)
        outcomes = list(self._done)
        now = self.clock()
        claimed: list[Claimed] = []
        async with self.database.transaction() as session:
            broadcasts = Broadcasts(session)
            # The lease was renewed at the start of the round; checked again in this very
            # transaction only if the round was slow, so a stalled worker never claims late.
            if time.monotonic() - self._lease_at > self.lease_ttl.total_seconds() / 2:
                if not await broadcasts.take_lease(self.name, now, self.lease_ttl):
                    self.leader = False
                    log.error("broadcast worker lost its lease; it stops sending")
                    return False
                self._lease_at = time.monotonic()
            await broadcasts.settle(self.name, outcomes, now)
            for channel, count in wanted.items():
                for broadcast_id in self._running:
                    if count <= 0 or free <= 0:
                        break
                    rows = await broadcasts.claim(
                        broadcast_id, self.name, min(count, free), now, channel=channel
                    )
                    claimed.extend(rows)
                    count -= len(rows)
                    free -= len(rows)
        del self._done[: len(outcomes)]
        for row in claimed:
            ticket = self.pacers[row.channel].reserve(row.chat_id)
            self._tasks[row.id] = asyncio.create_task(self._send(row, ticket))
        return bool(claimed) or bool(outcomes) or bool(self._tasks)

    async def _send(self, row: Claimed, ticket: Ticket) -> None:
        outcome: Outcome
        try:
            pacer = self.pacers[row.channel]
            # Read before the slot (cached while the broadcast runs): the time between the slot
            # and the request counts against the window.
            content = await self._content(row.broadcast_id)
            text = content.text_for(row.locale) if content is not None else None
            if content is None or text is None:
                outcome = Outcome(row.id, FAILED, error="no text for this language")
            else:
                button = None
                if content.button is not None and content.url is not None:
                    label = self.translator.render(row.locale, button_label(content.button))
                    button = LinkButton(label, content.url)
                await pacer.wait(ticket)
                try:
                    self._started.add(row.id)
                    result = await self.senders[row.channel].deliver(
                        row.chat_id, text, button, key=f"b{row.broadcast_id}.{row.id}"
                    )
                finally:
                    pacer.finished()
                outcome = self._outcome(row, result)
        except asyncio.CancelledError:
            # Stopping: a send not started goes back to the queue; one in flight is lost.
            if row.id in self._started:
                outcome = self._again(row, "stopped while sending", certain=False)
            else:
                outcome = Outcome(row.id, QUEUED)
        except Exception as error:
            log.exception("broadcast delivery %s failed", row.id)
            outcome = self._again(row, type(error).__name__, certain=row.id not in self._started)
        self._started.discard(row.id)
        self._tasks.pop(row.id, None)
        self._done.append(outcome)
        self._wake.set()

    def _outcome(self, row: Claimed, result: Result) -> Outcome:
        if result.kind is Kind.SENT:
            return Outcome(row.id, SENT, message_ref=result.message_ref)
        if result.kind is Kind.BLOCKED:
            blocked_chat = row.chat_id if row.channel == "telegram" else None
            return Outcome(row.id, BLOCKED, error=result.error, blocked_chat=blocked_chat)
        if result.kind is Kind.FAILED:
            return Outcome(row.id, FAILED, error=result.error)
        if result.kind is Kind.RATE_LIMITED:
            log.info(
                "%s asked to slow down: broadcasts pause for %.1fs", row.channel, result.retry_after
            )
            self.pacers[row.channel].pause(result.retry_after)
            return self._again(row, result.error, certain=True)
        if result.kind is Kind.NOT_SENT:
            return self._again(row, result.error, certain=True)
        return self._again(row, result.error, certain=False)

    def _again(self, row: Claimed, error: str | None, *, certain: bool) -> Outcome:
        """A delivery to try again. ``certain``: the platform certainly did not get it (a 429,
        no connection); otherwise it may have, and only at-least-once sends it again."""
        if not certain and not self.resend_unknown:
            return Outcome(row.id, UNKNOWN, error=error)
        if row.attempts < MAX_ATTEMPTS:
            return Outcome(row.id, QUEUED, error=error)
        return Outcome(row.id, FAILED if certain else UNKNOWN, error=error)

    async def _content(self, broadcast_id: int) -> Content | None:
        content = self._contents.get(broadcast_id)
        if content is None:
            async with self.database.read() as session:
                record = await Broadcasts(session).get(broadcast_id)
            if record is None:
                return None
            content = self._contents[broadcast_id] = Content.from_dict(record.content)
        return content

    async def _shutdown(self) -> None:
        """Sends not started go back to the queue; those in flight get STOP_GRACE_S to finish;
        every outcome is recorded; the lease is released for the next worker."""
        for delivery_id, task in list(self._tasks.items()):
            if delivery_id not in self._started:
                task.cancel()
        if self._tasks:
            _, pending = await asyncio.wait(list(self._tasks.values()), timeout=STOP_GRACE_S)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        if self._side is not None:
            self._side.cancel()
            await asyncio.gather(self._side, return_exceptions=True)
        for attempt in range(1, 6):
            try:
                async with self.database.transaction() as session:
                    broadcasts = Broadcasts(session)
                    await broadcasts.settle(self.name, self._done, self.clock())
                    if self.leader:
                        await broadcasts.release_lease(self.name)
                self._done.clear()
                break
            except DBAPIError as error:
                log.warning("broadcast outcomes not recorded yet (%s)", type(error).__name__)
                await asyncio.sleep(0.2 * attempt)
        self.leader = False
        for sender in self.senders.values():
            try:
                await sender.close()
            except Exception:
                log.exception("closing a broadcast sender failed")

    # --- housekeeping ------------------------------------------------------------------------

    async def housekeep(self) -> bool:
        """Start, prepare, cancel and finish broadcasts; progress and reports. True while a
        broadcast is being prepared (the next round comes at once)."""
        now = self.clock()
        async with self.database.read() as session:
            due = await Broadcasts(session).due(now)
        if due:
            async with self.database.transaction() as session:
                for broadcast_id in due:
                    await Broadcasts(session).start(broadcast_id, now)
        async with self.database.read() as session:
            broadcasts = Broadcasts(session)
            active = await broadcasts.in_states((RUNNING,))
            finished = await broadcasts.unreported()
        if [b.id for b in active] != self._running:
            self._running = [b.id for b in active]
            self._wake.set()  # a broadcast started or ended: the sending round sees it now
        for broadcast in active:  # the sends read the content from here, not the database
            if broadcast.id not in self._contents:
                self._contents[broadcast.id] = Content.from_dict(broadcast.content)
        self._preparing = False
        for broadcast in active:
            if not broadcast.prepared:
                await self.prepare_next(broadcast)
                self._preparing = True
                continue
            await self._fail_unserved(broadcast)
            async with self.database.transaction() as session:
                await Broadcasts(session).finish_if_complete(broadcast.id, self.clock())
            self._progress(broadcast)
        for broadcast in finished:
            if broadcast.state == CANCELLED:
                async with self.database.transaction() as session:
                    await Broadcasts(session).cancel_queued(broadcast.id, CANCEL_CHUNK, now)
            self._report(broadcast)
        for broadcast_id in list(self._contents):
            if broadcast_id not in self._running:
                del self._contents[broadcast_id]  # reloaded on demand by a late send
        return self._preparing

    async def prepare_next(self, broadcast: BroadcastRecord) -> None:
        """Create the next chunk of a starting broadcast's deliveries (by user id range)."""
        content = Content.from_dict(broadcast.content)
        segment = Segment.from_dict(broadcast.segment)
        languages = segment.languages_of(content.languages)
        upto = min(broadcast.prepared_upto + PREPARE_CHUNK, broadcast.prepare_upto or 0)
        async with self.database.transaction() as session:
            broadcasts = Broadcasts(session)
            if broadcast.prepared_upto == 0 and "discord" in self.senders and segment.announces():
                targets = await broadcasts.announcement_targets(languages)
                await broadcasts.add_announcements(broadcast.id, targets)
            if "telegram" in self.senders and upto > broadcast.prepared_upto:
                recipients = telegram_recipients(
                    segment,
                    languages,
                    broadcast.default_locale,
                    after_user=broadcast.prepared_upto,
                    upto_user=upto,
                )
                await broadcasts.add_people(broadcast.id, recipients, "telegram")
            done = upto >= (broadcast.prepare_upto or 0)
            await broadcasts.mark_prepared(broadcast.id, upto, done=done)

    async def _fail_unserved(self, broadcast: BroadcastRecord) -> None:
        """Deliveries for a channel this worker cannot send to (its token was removed)."""
        async with self.database.transaction() as session:
            await Broadcasts(session).fail_channels_except(
                broadcast.id, list(self.senders), "channel not configured", self.clock()
            )

    # --- progress and reports ----------------------------------------------------------------

    def _side_task(self, work: Callable[[], Coroutine[Any, Any, None]]) -> bool:
        """Progress and reports talk to a platform: one at a time, beside the sending."""
        if self._side is not None and not self._side.done():
            return False
        self._side = asyncio.create_task(work())
        return True

    def _progress(self, broadcast: BroadcastRecord) -> None:
        if broadcast.progress_channel not in self.senders or broadcast.progress_chat_id is None:
            return
        last = self._progress_at.get(broadcast.id)
        if last is not None and time.monotonic() - last < PROGRESS_EVERY_S:
            return
        if self._side_task(lambda: self._show_progress(broadcast)):
            self._progress_at[broadcast.id] = time.monotonic()

    async def _show_progress(self, broadcast: BroadcastRecord) -> None:
        channel, chat_id = broadcast.progress_channel, broadcast.progress_chat_id
        if channel is None or chat_id is None:  # _progress checked both before starting this
            return
        async with self.database.read() as session:
            figures = Figures.of(await Broadcasts(session).counts(broadcast.id))
        pacer = self.pacers[channel]
        telegram = self.pacers.get("telegram")
        text = progress_text(
            self.translator,
            broadcast.progress_locale or self.settings.default_locale,
            broadcast.id,
            figures,
            rate=telegram.rate if telegram is not None else pacer.rate,
            paused_for=max(0.0, pacer.paused_until - time.monotonic()),
        )
        ref = await self._say(broadcast, text, edit=True)
        if ref is not None and ref != broadcast.progress_message_id:
            async with self.database.transaction() as session:
                await Broadcasts(session).set_progress_message(broadcast.id, ref)

    def _report(self, broadcast: BroadcastRecord) -> None:
        self._side_task(lambda: self._send_report(broadcast))

    async def _send_report(self, broadcast: BroadcastRecord) -> None:
        """Once nothing is queued or in flight: the final figures, then marked reported."""
        async with self.database.read() as session:
            figures = Figures.of(await Broadcasts(session).counts(broadcast.id))
        if figures.remaining:
            return
        if broadcast.progress_channel in self.senders and broadcast.progress_chat_id:
            started = broadcast.started_at or broadcast.created_at
            finished = broadcast.finished_at or self.clock()
            text = report_text(
                self.translator,
                broadcast.progress_locale or self.settings.default_locale,
                broadcast.id,
                figures,
                cancelled=broadcast.state == CANCELLED,
                took=(finished - started).total_seconds(),
            )
            if broadcast.progress_message_id is not None:
                await self._say(broadcast, text, edit=True)
            await self._say(broadcast, text, edit=False)
        async with self.database.transaction() as session:
            await Broadcasts(session).mark_reported(broadcast.id, self.clock())
        self._progress_at.pop(broadcast.id, None)

    async def _say(self, broadcast: BroadcastRecord, text: str, *, edit: bool) -> str | None:
        """Send (or edit) a message to the broadcaster, paced with the broadcast."""
        channel, chat_id = broadcast.progress_channel, broadcast.progress_chat_id
        if channel is None or chat_id is None:
            return None
        sender, pacer = self.senders[channel], self.pacers[channel]
        await pacer.acquire(chat_id)
        ref: str | None
        try:
            if edit and broadcast.progress_message_id is not None:
                result = await sender.edit(broadcast.progress_message_id, text)
                ref = broadcast.progress_message_id
            else:
                result = await sender.notify(chat_id, text)
                ref = result.message_ref
        finally:
            pacer.finished()
        if result.kind is Kind.RATE_LIMITED:
            pacer.pause(result.retry_after)
        if not result.sent:
            log.info("broadcast %s: message to the broadcaster not sent", broadcast.id)
            return None
        return ref

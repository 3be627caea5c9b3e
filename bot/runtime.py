"""Starts and stops every configured channel and the web app in one process."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import signal
from collections.abc import Awaitable, Callable, Coroutine
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from bot.app import App, build_app
from bot.backoff import Backoff
from bot.channels.base import Channel, ChannelRefused, ChannelUnreachable, KeepsReplies
from bot.channels.registry import build_channels
from bot.services.clicks import ClickRecorder
from bot.services.platform_actions import ActionRunner
from bot.services.retention import purge_expired
from bot.services.tiers import TierLadder
from bot.settings import Settings
from bot.web import guard, health, postback, redirect

log = logging.getLogger(__name__)

DEFAULT_WEB_PORT = 8080
SHUTDOWN_GRACE_S = 10.0
PRUNE_EVERY_S = 3600.0


class Runtime:
    """The running bot: every configured channel (bot/channels/registry.py) and the web app."""

    def __init__(
        self, settings: Settings, app: App | None = None, *, web_only: bool = False
    ) -> None:
        self.settings = settings
        self.app = app or build_app(settings)
        self.stop_event = asyncio.Event()
        self.channels: list[Channel] = []
        self._web: web.AppRunner | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self.failed = False
        self.exit_code: int | None = None  # set when the process must stop with this status
        self._channel_up = asyncio.Event()
        self.web_only = web_only
        self.clicks: ClickRecorder | None = None
        self.broadcasts: Any = None  # the in-process broadcast worker, when it runs here

    @property
    def web_port(self) -> int | None:
        if self._web is None or not self._web.addresses:
            return None
        return int(self._web.addresses[0][1])

    def channel(self, name: str) -> Any:
        """The running channel of that name (``telegram``, ``discord``), or None."""
        return next((c for c in self.channels if c.name == name), None)

    @property
    def telegram(self) -> Any:
        return self.channel("telegram")

    @property
    def discord(self) -> Any:
        return self.channel("discord")

    async def start(self) -> None:
        settings = self.settings
        if self.web_only:
            await self._start_web()
            return
        self.channels = build_channels(settings, self.app.engine, self.app.translator)
        # The web app first: postbacks and redirects keep working while a platform is down.
        if settings.telegram_webhook or settings.web_port is not None:
            await self._start_web()
        self._spawn(self._prune_periodically())
        self._spawn(self._notify_periodically())
        self._spawn(self._act_periodically())
        if settings.broadcast_in_process and self.channels:
            self._start_broadcasts()
        # Every channel's first attempt now, so a healthy start is serving when this returns;
        # one that cannot be reached keeps trying in the background (the rest runs meanwhile).
        attempts = await asyncio.gather(*(self._connect(c) for c in self.channels))
        for channel, attempt in zip(self.channels, attempts, strict=True):
            if attempt is not False:
                self._spawn(self._run_channel(channel, attempt))

    async def _connect(self, channel: Channel) -> ChannelUnreachable | bool:
        """True when connected; the reason when the platform cannot be reached (retried);
        False when it never will be: a credential it refuses (exit status 2) or any other
        failure, logged with the channel's name (exit status 1). Either stops the process."""
        try:
            await channel.connect()
        except ChannelUnreachable as error:
            return error
        except ChannelRefused as error:
            self._refused(error)
            return False
        except Exception:
            log.exception("the %s channel could not start", channel.platform)
            self.failed = True
            self.stop_event.set()
            return False
        return True

    async def _run_channel(self, channel: Channel, attempt: ChannelUnreachable | bool) -> None:
        """Serve the channel; while its platform cannot be reached, retry with backoff."""
        backoff = Backoff(channel.platform)
        lost_before = attempt is not True
        while not self.stop_event.is_set():
            if attempt is False:
                return
            if isinstance(attempt, ChannelUnreachable):
                if not await backoff.wait(attempt.cause, self.stop_event):
                    return
                attempt = await self._connect(channel)
                continue
            if lost_before:
                log.info("%s is reachable again", channel.platform)
            self._channel_up.set()  # unsent replies and notifications go out now, not in 2 s
            try:
                await channel.serve(self.stop_event)
                return
            except ChannelUnreachable as lost:
                attempt, lost_before = lost, True
            except ChannelRefused as refused:
                self._refused(refused)
                return

    def _refused(self, error: ChannelRefused) -> None:
        """A credential the platform refuses will not get better by retrying: stop, status 2."""
        log.error("%s", error)
        self.exit_code = 2
        self.stop_event.set()

    def _start_broadcasts(self) -> None:
        """The broadcast worker, on clients of its own (its pacing never delays a reply)."""
        from bot.broadcast.senders import senders_for
        from bot.broadcast.worker import BroadcastWorker

        self.broadcasts = BroadcastWorker(
            self.app.database,
            self.app.translator,
            self.settings,
            senders_for(self.settings),
            clock=self.app.engine.clock,
        )
        self._spawn(self.broadcasts.run())

    async def _start_web(self) -> None:
        app = web.Application(client_max_size=1 << 20)
        guard.setup(app)
        health.setup(app, self.app.database)
        for channel in self.channels:
            setup_web = getattr(channel, "setup_web", None)
            if setup_web is not None:
                setup_web(app)  # a platform's own route (Telegram's webhook)
        if self.settings.postback_secret is not None:
            postback_secret = self.settings.postback_secret.get_secret_value()
            postback.setup(
                app,
                self.app.database,
                postback_secret,
                self.app.engine.clock,
                self.settings.referral_bonus,
                TierLadder.from_settings(self.settings),
            )
        salt = self.settings.click_salt
        if salt is None:
            log.warning("BOT_CLICK_SALT is not set: influencer references change on restart")
        self.clicks = ClickRecorder(self.app.database)
        self.clicks.start()
        redirect.setup(
            app,
            redirect.Redirector(
                self.app.database,
                self.clicks,
                self.app.translator,
                salt.get_secret_value() if salt else secrets.token_hex(16),
                clock=self.app.engine.clock,
            ),
        )
        if self.settings.console_secret is not None:
            from bot.web import console
            from bot.web.console.access import ConsoleConfig

            console.setup(
                app,
                ConsoleConfig(
                    self.app.database,
                    self.settings,
                    self.app.translator,
                    self.app.engine.clock,
                ),
            )
        self._web = web.AppRunner(app, access_log=None)
        await self._web.setup()
        port = self.settings.web_port if self.settings.web_port is not None else DEFAULT_WEB_PORT
        await web.TCPSite(self._web, self.settings.web_host, port).start()
        log.info("web app listening on %s:%s", self.settings.web_host, self.web_port)

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.create_task(coroutine)
        task.add_done_callback(self._task_done)
        self._tasks.append(task)

    def _task_done(self, task: asyncio.Task[None]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("a channel stopped with an error", exc_info=task.exception())
            self.failed = True
            self.stop_event.set()

    async def _notify_periodically(self, interval: float = 2.0) -> None:
        """Deliver queued notifications (a new sale) through each user's channel, and replies
        whose turn committed but whose sender died (at start-up: every one made before it)."""
        channels = {channel.name: channel for channel in self.channels}
        started = self.app.engine.clock()
        resent_since_start: set[str] = set()
        while not self.stop_event.is_set():
            # A channel still connecting (its platform is down) is left out until it is up.
            ready = {name: channel for name, channel in channels.items() if channel.can_act()}
            try:
                await self._resend_replies(ready, started, resent_since_start)
            except Exception:
                log.exception("unsent replies could not be delivered; retrying")
            try:
                pending = await self.app.engine.pending_notifications(list(ready))
                for notification_id, outgoing in pending:
                    if outgoing is None:  # nobody to reach: counts as a failed attempt
                        await self.app.engine.finish_notification(notification_id, False)
                        continue
                    channel = ready.get(outgoing.channel)
                    if channel is None:
                        continue  # that channel runs in another process, or not at all
                    sent = await channel.deliver([outgoing])
                    await self.app.engine.finish_notification(notification_id, sent)
            except Exception:
                log.exception("notifications could not be delivered; retrying")
            await self._pause(interval)

    async def _pause(self, interval: float) -> None:
        """Until the next round: ``interval``, or sooner when a channel has just connected."""
        stopping = asyncio.ensure_future(self.stop_event.wait())
        woken = asyncio.ensure_future(self._channel_up.wait())
        await asyncio.wait({stopping, woken}, timeout=interval, return_when=asyncio.FIRST_COMPLETED)
        stopping.cancel()
        woken.cancel()
        self._channel_up.clear()

    async def _resend_replies(
        self, channels: dict[str, Channel], started: datetime, done: set[str]
    ) -> None:
        """Replies whose sender died: every one made before this process started, the first
        time a channel is up; later, those whose sender's lease ran out."""
        for name, channel in channels.items():
            if not isinstance(channel, KeepsReplies):
                continue  # replies of this channel are not kept (a Discord interaction)
            before = None if name in done else started
            for outbox_id, replies in await self.app.engine.unsent_replies(
                name, created_before=before
            ):
                log.info("resending %d unsent repl(ies) of %s", len(replies), name)
                await channel.send_replies(outbox_id, replies)
            done.add(name)

    async def _act_periodically(self, interval: float = 2.0) -> None:
        """Perform queued platform actions (an approved influencer's Discord role, their
        Telegram group invite) through the channels this process runs."""
        performers = {channel.name: channel for channel in self.channels}
        runner = ActionRunner(self.app.database, performers, self.app.engine.clock)
        while not self.stop_event.is_set():
            try:
                await runner.run_once()
            except Exception:
                log.exception("platform actions could not be performed; retrying")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop_event.wait(), interval)

    async def _prune_periodically(self) -> None:
        """Processed update ids and stored raw updates are only needed for redeliveries; audit
        details and support messages are kept for their retention periods (settings)."""
        while not self.stop_event.is_set():
            try:
                now = self.app.engine.clock()
                keep = timedelta(hours=self.settings.retain_updates_hours)
                await self.app.engine.prune(now - keep)
                await purge_expired(self.app.database, self.settings, now)
            except Exception:
                log.exception("pruning old updates failed")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.stop_event.wait(), PRUNE_EVERY_S)

    async def stop(self) -> None:
        """Let channels finish what they hold (a polled batch is replied to and confirmed),
        then cancel whatever still runs after a grace period."""
        self.stop_event.set()
        if self.broadcasts is not None:
            self.broadcasts.stop()  # in-flight sends finish, the rest go back to the queue
        # Every channel's serve ends on the stop event, having finished what it held.
        if self._tasks:
            _, pending = await asyncio.wait(self._tasks, timeout=SHUTDOWN_GRACE_S)
            for task in pending:
                task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        # Each step runs even if one before it failed: a click write error must not keep
        # the bot connected, nor the database open. Channels stop in reverse order.
        steps: list[tuple[str, Callable[[], Awaitable[None]] | None]] = [
            ("web app", self._web.cleanup if self._web is not None else None),
            ("clicks", self.clicks.close if self.clicks is not None else None),  # buffered
            *((f"{c.platform} channel", c.stop) for c in reversed(self.channels)),
            ("database", self.app.close),
        ]
        for what, step in steps:
            if step is None:
                continue
            try:
                await step()
            except Exception:
                log.exception("shutdown step failed: %s", what)
                self.failed = True

    async def serve_forever(self) -> int:
        """Run until SIGINT or SIGTERM; the exit status (1 if a channel failed)."""
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(sig, self.stop_event.set)
        await self.start()
        try:
            await self.stop_event.wait()
        finally:
            await self.stop()
        if self.exit_code is not None:
            return self.exit_code
        return 1 if self.failed else 0

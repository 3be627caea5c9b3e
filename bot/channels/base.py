"""What every channel (Telegram, Discord, console, the next ones) is to the rest of the bot,
and the parts they share, written once.

The runtime knows channels only through ``Channel``: connect (a refused credential and an
unreachable platform are told apart, so it can stop or retry), serve until the stop event,
stop, deliver engine messages, perform queued platform actions. The adapters share the mark a
pressed button leaves, delivery in order with the blocked-user (403) handling, and text
splitting (bot/channels/textsplit.py); waiting between attempts is bot/backoff.py.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from bot.channels.textsplit import split_text
from bot.core.events import Outgoing

if TYPE_CHECKING:
    from bot.core.engine import Engine
    from bot.services.platform_actions import ActionResult
    from storage.platform_actions import ActionRecord

log = logging.getLogger(__name__)

CHOSEN_MARK = "✅"

__all__ = [
    "CHOSEN_MARK",
    "Channel",
    "ChannelRefused",
    "ChannelUnreachable",
    "Failure",
    "KeepsReplies",
    "chosen_text",
    "deliver_in_order",
    "mark_unreachable",
    "split_text",
    "stopped_first",
]


class ChannelRefused(Exception):
    """The platform refused the credentials: retrying will not help (exit status 2)."""

    def __init__(self, platform: str, setting: str) -> None:
        super().__init__(f"{platform} refused the credentials: check {setting}")
        self.platform = platform
        self.setting = setting


class ChannelUnreachable(Exception):
    """The platform cannot be reached now (network, 5xx): worth trying again later."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(type(cause).__name__)
        self.cause = cause


class Channel(Protocol):
    """A chat platform as the runtime drives it."""

    name: str  # "telegram", "discord": the channel of Incoming/Outgoing and of identities
    platform: str  # for people: "Telegram", "Discord"
    text_limit: int  # characters in one message; longer text is split (split_text)

    async def connect(self) -> None:
        """Reach the platform; raises ChannelRefused or ChannelUnreachable."""
        ...

    async def serve(self, stop: asyncio.Event) -> None:
        """Receive and answer until ``stop`` is set, then return (what is held is finished)."""
        ...

    async def stop(self) -> None:
        """Release the platform's client; called once ``serve`` has returned."""
        ...

    def can_act(self) -> bool:
        """Connected: notifications and platform actions may go out through it."""
        ...

    async def deliver(self, outgoings: Sequence[Outgoing]) -> bool:
        """Send messages that are not replies (a notification); True when all went out. A
        user who blocked the bot is marked unreachable (``deliver_in_order``)."""
        ...

    async def perform_action(self, action: ActionRecord) -> ActionResult:
        """A queued platform action (a role, an invite, a support-desk post)."""
        ...


@runtime_checkable
class KeepsReplies(Protocol):
    """A channel whose replies wait in the reply outbox until sent (re-sent after a crash)."""

    async def send_replies(self, outbox_id: int | None, replies: Sequence[Outgoing]) -> None: ...


async def stopped_first(task: asyncio.Future[Any], stop: asyncio.Event) -> bool:
    """Wait until ``task`` ends or ``stop`` is set; True when stopping came first (the task
    still runs: the caller ends it its own way)."""
    stopping = asyncio.ensure_future(stop.wait())
    try:
        await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopping.cancel()
    return not task.done()


def chosen_text(text: str, label: str, limit: int) -> str | None:
    """The message a pressed button leaves behind: its text and the choice under it, or None
    (only the buttons go) when there is no text or no label, or it would not fit."""
    if not text or not label:
        return None
    closed = f"{text}\n\n{CHOSEN_MARK} {label}"
    return closed if len(closed) <= limit else None


class Failure(Enum):
    """What a failed send means for the rest of a delivery."""

    BLOCKED = "blocked"  # 403: the user blocked the bot (or refuses DMs): marked unreachable
    REFUSED = "refused"  # the platform will never take this message (400): not retried
    TRANSIENT = "transient"  # network, flood, 5xx: may pass if tried again later


@dataclass(frozen=True, slots=True)
class Delivered:
    everything: bool  # every message went out
    retry: bool  # a failure may pass if the messages are tried again later


async def mark_unreachable(engine: Engine | None, channel: str, chat_id: str) -> None:
    """Later broadcasts and notifications skip a user who blocked the bot."""
    log.info("%s chat %s blocked the bot; marked unreachable", channel, chat_id)
    if engine is not None:
        await engine.set_reachable(channel, chat_id, False)


async def deliver_in_order(
    channel: str,
    engine: Engine | None,
    outgoings: Sequence[Outgoing],
    send: Callable[[Outgoing], Awaitable[None]],
    failure: Callable[[Exception], Failure | None],
) -> Delivered:
    """Send each message in turn; one a chat blocked is marked and that chat skipped after.

    ``failure`` classifies a platform's exception (None: not a platform failure, raised)."""
    blocked: set[str] = set()
    everything = True
    retry = False
    for outgoing in outgoings:
        if outgoing.chat_id in blocked:
            everything = False
            continue
        try:
            await send(outgoing)
            continue
        except Exception as error:
            kind = failure(error)
            if kind is None:
                raise
            if kind is Failure.BLOCKED:
                blocked.add(outgoing.chat_id)
                await mark_unreachable(engine, channel, outgoing.chat_id)
            elif kind is Failure.REFUSED:
                log.warning(
                    "%s refused message %s for chat %s: %s",
                    channel,
                    outgoing.message_id,
                    outgoing.chat_id,
                    _reason(error),
                )
            else:
                log.warning(
                    "could not send message %s to %s chat %s: %s",
                    outgoing.message_id,
                    channel,
                    outgoing.chat_id,
                    type(error).__name__,
                )
                retry = True
        everything = False
    return Delivered(everything, retry)


def _reason(error: Exception) -> str:
    """The platform's own words when it gave some (never a user's text), else the type."""
    for field in ("message", "text"):  # PTB's TelegramError, discord.py's HTTPException
        words = getattr(error, field, None)
        if isinstance(words, str) and words:
            return words
    return type(error).__name__

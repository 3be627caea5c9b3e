"""The console channel: one user talking to the engine in a terminal.

Buttons are shown as numbered choices; typing the number or the label presses it. When stdin
is not a terminal, each line is one message and each reply is printed, so it can be scripted.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
from collections.abc import Sequence
from typing import TextIO

from bot.channels.base import stopped_first
from bot.core.engine import Engine, EngineUnavailable
from bot.core.events import Button, Incoming, Outgoing
from bot.services.platform_actions import ActionResult
from storage.platform_actions import ActionRecord

CHANNEL = "console"
NOTIFY_INTERVAL_S = 1.0  # how often an idle console looks for notifications
log = logging.getLogger(__name__)


def render(outgoing: Outgoing) -> str:
    """Text, then its buttons as ``  1. label`` lines (links with their URL)."""
    lines = [outgoing.text]
    if outgoing.attachment is not None:
        lines.append(f"  [{outgoing.attachment.filename}]")
    number = 0
    for button in outgoing.all_buttons:
        if button.url:
            lines.append(f"  -> {button.label}: {button.url}")
        else:
            number += 1
            lines.append(f"  {number}. {button.label}")
    return "\n".join(lines)


def pressed(buttons: Sequence[Button], text: str) -> str | None:
    """The payload of the button a typed line means, by number or by label."""
    choices = [b for b in buttons if not b.url]
    typed = text.strip()
    if typed.isdigit() and 1 <= int(typed) <= len(choices):
        return choices[int(typed) - 1].payload
    for button in choices:
        if typed.casefold() == button.label.casefold():
            return button.payload
    return None


class ConsoleChannel:
    """One user at a terminal; a ``Channel`` (bot/channels/base.py) with nothing to connect to."""

    name = CHANNEL
    platform = "console"
    text_limit = sys.maxsize  # a terminal shows any length: nothing is split

    def __init__(
        self,
        engine: Engine,
        *,
        user_id: str = "1",
        locale_hint: str | None = None,
        stdin: TextIO = sys.stdin,
        stdout: TextIO = sys.stdout,
        notify_interval: float = NOTIFY_INTERVAL_S,
    ) -> None:
        self.engine = engine
        self.user_id = user_id
        self.locale_hint = locale_hint
        self.stdin = stdin
        self.stdout = stdout
        self.interactive = stdin.isatty()
        self.buttons: tuple[Button, ...] = ()
        self.notify_interval = notify_interval

    async def send(self, line: str) -> list[Outgoing]:
        """One typed line through the engine; remembers the buttons of the last reply."""
        payload = pressed(self.buttons, line)
        if payload is not None:
            incoming = Incoming(
                CHANNEL, self.user_id, self.user_id, action=payload, locale_hint=self.locale_hint
            )
        else:
            incoming = Incoming.from_text(
                CHANNEL, self.user_id, self.user_id, line, locale_hint=self.locale_hint
            )
        try:
            replies = await self.engine.handle(incoming)
        except EngineUnavailable as unavailable:
            return unavailable.replies  # nothing was stored: the user can send it again
        if replies:
            self.buttons = replies[-1].all_buttons
        return replies

    async def notifications(self) -> list[Outgoing]:
        """Messages queued for this console user (a decision on their application, a question
        from the team), delivered here since no platform can reach a console user."""
        found: list[Outgoing] = []
        for notification_id, outgoing in await self.engine.pending_notifications([CHANNEL]):
            if outgoing is None or outgoing.chat_id != self.user_id:
                continue  # another console user's: they see it when they run the console
            found.append(outgoing)
            await self.engine.finish_notification(notification_id, True)
        if found and found[-1].buttons:
            self.buttons = found[-1].all_buttons  # a closed ticket's rating buttons
        return found

    async def resume(self) -> list[Outgoing]:
        """The question left open by an earlier run, with its numbered choices, so typing a
        number answers it as it did before the restart."""
        question = await self.engine.open_question(
            CHANNEL, self.user_id, self.user_id, self.locale_hint
        )
        if question is None:
            return []
        self.buttons = question.all_buttons
        return [question]

    # --- the Channel protocol ----------------------------------------------------------------

    async def connect(self) -> None:
        """Nothing to reach: the terminal is here."""

    async def serve(self, stop: asyncio.Event) -> None:
        """Read lines until the input ends or ``stop`` is set."""
        reading = asyncio.ensure_future(self.run())
        if await stopped_first(reading, stop):
            reading.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await reading

    async def stop(self) -> None:
        """Nothing to release."""

    def can_act(self) -> bool:
        return True

    async def deliver(self, outgoings: Sequence[Outgoing]) -> bool:
        """Printed; a terminal never refuses a message."""
        self._print(outgoings)
        return True

    async def perform_action(self, action: ActionRecord) -> ActionResult:
        return ActionResult.failed(f"no platform action on the console: {action.kind}", retry=False)

    # --- the terminal --------------------------------------------------------------------------

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        self._print(await self.notifications())
        self._print(await self.resume())
        watcher = asyncio.create_task(self._watch_notifications())
        try:
            while True:
                self._prompt()
                line = await loop.run_in_executor(None, self.stdin.readline)
                if not line:
                    break
                line = line.rstrip("\r\n")
                if not line.strip():
                    continue
                self._print(await self.send(line))
                self._print(await self.notifications())
        finally:
            watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await watcher

    async def _watch_notifications(self) -> None:
        """Show notifications while the user is idle, not only after their next line."""
        while True:
            await asyncio.sleep(self.notify_interval)
            try:
                found = await self.notifications()
            except Exception:
                log.warning("notifications could not be read; retrying", exc_info=True)
                continue
            if found:
                if self.interactive:
                    self.stdout.write("\n")
                self._print(found)
                self._prompt()

    def _prompt(self) -> None:
        if self.interactive:
            self.stdout.write("> ")
            self.stdout.flush()

    def _print(self, outgoings: Sequence[Outgoing]) -> None:
        for outgoing in outgoings:
            self.stdout.write(render(outgoing) + "\n\n")
        self.stdout.flush()

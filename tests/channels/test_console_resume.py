"""The console after a restart shows the open question with its numbered choices again, and
shows notifications while the user is idle."""

from __future__ import annotations

import asyncio
import io
import os
import threading
from collections.abc import Callable

from bot.channels.console import ConsoleChannel
from bot.core.engine import Engine
from bot.core.i18n import Translator
from storage.db import Database
from storage.repositories import Repositories
from tests.support import Clock, normalise


class WaitingStdin:
    """A terminal the user types nothing into; tells when the console waits on it."""

    def __init__(self, pipe: io.TextIOBase) -> None:
        self.pipe = pipe
        self.waiting = threading.Event()

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        self.waiting.set()
        return self.pipe.readline()


async def run_console(engine: Engine, user: str, script: str) -> str:
    out = io.StringIO()
    console = ConsoleChannel(engine, user_id=user, stdin=io.StringIO(script), stdout=out)
    await console.run()
    return normalise(out.getvalue())


async def test_a_restarted_console_asks_the_open_question_again(
    make_engine: Callable[[], Engine], translator: Translator
) -> None:
    first = await run_console(make_engine(), "71", "/start\n")
    question = normalise(
        translator.render("en", "onboarding-language", {"programme": "Star Partners"})
    )
    assert question in first

    # A new process: the question and its choices come back, and "2" (Русский) answers it.
    second = await run_console(make_engine(), "71", "2\n")
    assert second.startswith(question + "\n  1. English\n  2. Русский")
    consent = normalise(translator.render("ru", "onboarding-consent.accept"))
    assert f"  1. {consent}" in second
    assert normalise(translator.render("en", "not-understood")) not in second


async def test_no_question_open_shows_nothing_at_start(make_engine: Callable[[], Engine]) -> None:
    assert await run_console(make_engine(), "72", "") == ""


async def test_a_notification_appears_while_the_console_is_idle(
    engine: Engine, database: Database, translator: Translator, clock: Clock
) -> None:
    await run_console(engine, "73", "/help\n")  # the user exists
    read_end, write_end = os.pipe()
    out = io.StringIO()
    with os.fdopen(read_end, encoding="utf-8") as pipe:
        stdin = WaitingStdin(pipe)
        console = ConsoleChannel(
            engine,
            user_id="73",
            stdin=stdin,  # type: ignore[arg-type]
            stdout=out,
            notify_interval=0.05,
        )
        running = asyncio.create_task(console.run())
        assert await asyncio.to_thread(stdin.waiting.wait, 10), "the console never went idle"
        async with database.transaction() as session:
            services = Repositories(session)
            identity = await services.users.identity("console", "73")
            assert identity is not None
            await services.notifications.queue(identity.user_id, "session-expired", {}, clock())
        expected = normalise(translator.render("en", "session-expired"))
        for _ in range(200):  # bounded: 10 s at most
            if expected in normalise(out.getvalue()):
                break
            await asyncio.sleep(0.05)
        os.close(write_end)  # the user has typed nothing at all meanwhile
        await asyncio.wait_for(running, 10)
    assert expected in normalise(out.getvalue())

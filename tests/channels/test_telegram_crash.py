"""Replies are durable: a process that dies after a turn committed but before its reply reached
Telegram sends the reply at its next start (the redelivered update is a duplicate by then)."""

from __future__ import annotations

import asyncio
import os
import random
import shutil
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bot.core.i18n import Translator
from bot.runtime import Runtime
from tests.channels.test_telegram import ROOT, TelegramUser, rendered, texts
from tests.conftest import sqlite_url
from tests.fakes.telegram_api import FakeTelegram
from tests.support import Clock, normalise

KILLS = 10
USER = 7100


async def test_a_reply_whose_sending_failed_is_sent_after_a_restart(
    start_runtime: Callable[..., Any],
    fake: FakeTelegram,
    translator: Translator,
    clock: Clock,
) -> None:
    """The turn committed, the reply never went out (the API was unreachable, then the
    process stopped): the next process sends it; the update itself is not processed again."""
    first: Runtime = await start_runtime()
    fake.fail_next("sendMessage", 502, "Bad Gateway", times=4)
    fake.push_message(7001, "/start", language_code="fr")
    await fake.wait_confirmed()
    await fake.wait_call("sendMessage", 4)
    await first.stop()
    assert fake.sent(7001) == []

    clock.advance(seconds=1)
    second: Runtime = await start_runtime()
    try:
        sent = await fake.wait_sent(7001, 1, timeout=10)
        assert texts(sent) == [
            rendered(translator, "fr", "onboarding-language", programme="Star Partners")
        ]
        assert sent[0].button_texts[:2] == ["English", "Русский"]

        # Sent once, and forgotten: a later start does not send it again.
        async def outbox_empty() -> bool:
            return await second.app.engine.unsent_replies("telegram") == []

        await fake.wait_for(outbox_empty, what="the reply outbox emptied")
    finally:
        await second.stop()
    assert len(fake.sent(7001)) == 1


def _question(translator: Translator, message_id: str, **args: Any) -> str:
    """The start of a question as the bot words it (enough to tell one from another)."""
    return normalise(translator.render("en", message_id, args))[:18]


def onboarding(translator: Translator) -> list[tuple[str, str, str]]:
    """(send or press, what, the question that must follow), a whole registration."""

    def label(message_id: str) -> str:
        return translator.render("en", message_id)

    q = _question
    consent = {"terms_url": "x", "privacy_url": "y", "version": "z"}
    return [
        ("send", "/start", q(translator, "onboarding-language", programme="Star Partners")),
        ("press", "English", q(translator, "onboarding-consent", **consent)),
        ("press", label("onboarding-consent.accept"), q(translator, "onboarding-name")),
        ("send", "Quokka Test", q(translator, "onboarding-country")),
        ("send", "PL", q(translator, "onboarding-platform")),
        ("press", "Instagram", q(translator, "onboarding-handle", platform="instagram")),
        ("send", "@quokka_test", q(translator, "onboarding-audience", handle="@quokka_test")),
        ("send", "2500", q(translator, "onboarding-niche")),
        ("press", label("niche-beauty"), q(translator, "onboarding-more", max=3)),
        ("press", label("onboarding-more.done"), "Please check your "),
        (
            "press",
            label("onboarding-summary.submit"),
            q(translator, "onboarding-submitted", name="Quokka Test", days=3),
        ),
    ]


async def start_bot(fake: FakeTelegram, database: str, **extra: str) -> asyncio.subprocess.Process:
    """``python -m bot run`` against the fake; ``extra``: more BOT_ variables."""
    env = {
        **os.environ,
        "BOT_DATABASE_URL": database,
        "BOT_TELEGRAM_TOKEN": fake.token,
        "BOT_TELEGRAM_API_BASE_URL": fake.base_url,
        "BOT_TELEGRAM_POLL_TIMEOUT": "1",
        "BOT_PROGRAMME_NAME": "Star Partners",
        "BOT_LOG_LEVEL": "WARNING",
        **extra,
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.DEVNULL,
    )


async def test_kill_9_at_random_points_of_an_onboarding_loses_no_question(
    fake: FakeTelegram, translator: Translator, tmp_path: Path, sqlite_template: Path
) -> None:
    """``python -m bot run`` killed ten times during a registration: at each step the kill
    comes (seeded) while the reply is on its way to Telegram (the turn committed, the reply
    not delivered), right after the user wrote, or after the reply arrived. Every question
    still reaches the user."""
    path = tmp_path / "bot.db"
    shutil.copy(sqlite_template, path)
    database = sqlite_url(path)
    rng = random.Random(20261204)
    steps = onboarding(translator)
    killed_at = set(rng.sample(range(len(steps)), KILLS))
    user = TelegramUser(fake, USER, "en")
    process = await start_bot(fake, database)
    kinds: list[str] = []
    try:
        for index, (kind, what, question) in enumerate(steps):
            before = len(fake.sent(USER))
            kill = index in killed_at
            moment = rng.choice(("in flight", "in flight", "written", "answered"))
            if kill and moment == "in flight":
                fake.hold("sendMessage")
            held = len(fake.held)
            if kind == "send":
                fake.push_message(USER, what, language_code="en")
            else:
                fake.press_button(USER, what, language_code="en")
            if kill:
                kinds.append(moment)
                if moment == "in flight":
                    count = held + 1
                    await fake.wait_for(lambda: len(fake.held) >= count, 30, what="reply held")  # noqa: B023
                elif moment == "answered":
                    await fake.wait_sent(USER, before + 1, timeout=30)
                process.kill()  # SIGKILL: no chance to tidy up
                await process.wait()
                fake.release()
                process = await start_bot(fake, database)

            def asked(question: str = question, before: int = before) -> bool:
                return any(t.startswith(question) for t in texts(fake.sent(USER)[before:]))

            await fake.wait_for(asked, 30, what=f"step {index}: {question!r}")
        user.seen = len(fake.sent(USER))
    finally:
        fake.release()
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 30)
    assert kinds.count("in flight") >= 3, kinds  # the seed exercises the outbox
    assert process.returncode == 0

"""The whole bot (``python -m bot run``) on the fake Bot API: a broadcaster writes a broadcast
in Telegram, the in-process worker sends it, the progress message is edited into the report,
and a 429 pauses the broadcast while the bot keeps answering."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from pydantic import SecretStr

from bot.app import App
from bot.broadcast import service
from bot.broadcast.content import Content
from bot.broadcast.progress import duration
from bot.broadcast.segment import Segment
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from tests.broadcasts import NOW, make_person, texts, wait_until_finished
from tests.fakes.telegram_api import FakeTelegram
from tests.support import normalise

OWNER = 4242


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


@pytest.fixture
async def runtime(
    settings: Settings,
    fake: FakeTelegram,
    database: Database,
    translator: Translator,
    make_engine: Callable[[], Engine],
) -> AsyncIterator[Callable[..., Any]]:
    """Start the bot as ``python -m bot run`` would, on the test's database and clock."""
    started: list[Runtime] = []

    async def start(**extra: Any) -> Runtime:
        configured = settings.model_copy(
            update={
                "telegram_token": SecretStr(fake.token),
                "telegram_api_base_url": fake.base_url,
                "telegram_poll_timeout": 1,
                "owner_ids": [f"telegram:{OWNER}"],
                **extra,
            }
        )
        engine = make_engine()
        engine.settings = configured
        bot = Runtime(configured, App(configured, database, translator, engine))
        await bot.start()
        started.append(bot)
        return bot

    yield start
    for bot in started:
        await bot.stop()


async def test_a_broadcast_written_in_telegram_reaches_everyone_with_progress_and_report(
    runtime: Callable[..., Any], fake: FakeTelegram, database: Database, translator: Translator
) -> None:
    people = [await make_person(database, 8100 + n, hint="fr", fake=fake) for n in range(12)]
    await runtime(broadcast_rate=20.0)
    fake.add_chat(OWNER)

    async def step(action: Callable[[], object], replies: int) -> None:
        before = len(fake.sent(OWNER))
        action()
        await fake.wait_sent(OWNER, before + replies)

    await step(lambda: fake.push_message(OWNER, "/broadcast"), 1)
    await step(lambda: fake.press_button(OWNER, "Français"), 1)
    await step(lambda: fake.push_message(OWNER, "Nouvelle campagne :\nles soldes d’hiver !"), 1)
    await step(lambda: fake.press_button(OWNER, "Carry on"), 1)
    await step(lambda: fake.press_button(OWNER, "Carry on"), 1)
    await step(lambda: fake.press_button(OWNER, "No button"), 1)
    await step(lambda: fake.press_button(OWNER, "Count recipients"), 3)
    assert "It will reach 12 people on Telegram." in (fake.sent(OWNER)[-3].text or "")
    await step(lambda: fake.press_button(OWNER, "Send now"), 1)
    assert "I will keep you posted here" in (fake.sent(OWNER)[-1].text or "")

    async with database.read() as session:
        (record,) = await Repositories(session).broadcasts.recent(1)
    finished = await wait_until_finished(database, record.id)
    assert texts(fake, [p.chat_id for p in people]) == {
        p.chat_id: ["Nouvelle campagne :\nles soldes d’hiver !"] for p in people
    }
    # The progress message, edited into the final figures, and the report itself.
    await fake.wait_for(lambda: len(fake.sent(OWNER)) >= 12, what="the report")
    progress, report = fake.sent(OWNER)[-2:]
    assert normalise(progress.history[0].text or "").startswith(
        f"Broadcast #{record.id} is being sent."
    )
    assert progress.text == report.text
    figures = {"sent": 12, "total": 12, "failed": 0, "blocked": 0, "skipped": 0, "unknown": 0}
    assert finished.finished_at is not None
    assert finished.started_at is not None
    took = (finished.finished_at - finished.started_at).total_seconds()
    assert report.text == translator.render(
        "en",
        "broadcast-report-done",
        {"id": record.id, "took": duration(took, "en"), "cancelled": 0, "remaining": 0, **figures},
    )


async def test_a_429_pauses_the_broadcast_not_the_bots_replies(
    runtime: Callable[..., Any], fake: FakeTelegram, database: Database, settings: Settings
) -> None:
    people = [await make_person(database, 8200 + n, fake=fake) for n in range(8)]
    fake.add_chat(OWNER)
    configured = settings.model_copy(update={"telegram_token": SecretStr(fake.token)})
    async with database.transaction() as session:
        broadcast_id = await service.create(
            Repositories(session),
            configured,
            content=Content({"en": "Hello"}),
            segment=Segment(),
            actor="cli",
            now=NOW,
        )
    # A pause far longer than the test: the reply below comes during it however slow the
    # machine is (with a pause of a few seconds, a loaded machine answered after it ended and
    # the broadcast had gone on meanwhile). The 429'd delivery is queued again, so the
    # broadcast cannot end while the pause holds.
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 3600", retry_after=3600)
    paused = await runtime()
    await fake.wait_for(lambda: any(e.status == 429 for e in fake.errors), what="the 429")

    fake.push_message(OWNER, "/broadcast status")
    (reply,) = await fake.wait_sent(OWNER, 1)
    assert f"#{broadcast_id} (sending)" in (reply.text or "")
    # Answered during the pause: the refused message is still not delivered.
    assert sum(len(fake.sent(p.chat_id)) for p in people) < len(people)

    # A restart forgets the pause (Telegram would have lifted it long before): the broadcast
    # goes on where it stopped, and nobody gets the message twice.
    await paused.stop()
    await runtime()
    await wait_until_finished(database, broadcast_id)
    assert {p.chat_id: len(fake.sent(p.chat_id)) for p in people} == {p.chat_id: 1 for p in people}

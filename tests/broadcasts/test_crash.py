"""A worker killed mid-broadcast: the next one finishes it, nobody is messaged twice, and the
deliveries whose fate the crash left unknown are at most the worker's concurrency."""

from __future__ import annotations

import asyncio
import os
import signal
import sqlite3
import sys
from collections import Counter
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.broadcast.content import Content
from bot.broadcast.segment import Segment, telegram_recipients
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.broadcasts import TERMINAL, Broadcasts
from storage.db import Database
from tests.broadcasts import (
    create_broadcast,
    deliveries,
    make_person,
    running_worker,
    wait_for,
    wait_until_finished,
    worker_settings,
)
from tests.fakes.telegram_api import FakeTelegram
from tests.support import Clock

ROOT = Path(__file__).resolve().parents[2]
CONCURRENCY = 4
PEOPLE = 120


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


def received(fake: FakeTelegram, chats: list[int]) -> Counter[int]:
    return Counter({chat: len(fake.sent(chat)) for chat in chats})


async def start_worker(database_url: str, fake: FakeTelegram) -> asyncio.subprocess.Process:
    """``python -m bot broadcast-worker`` as an operator would run it, against the fake."""
    env = {
        **os.environ,
        "BOT_DATABASE_URL": database_url,
        "BOT_TELEGRAM_TOKEN": fake.token,
        "BOT_TELEGRAM_API_BASE_URL": fake.base_url,
        "BOT_BROADCAST_RATE": "20",
        "BOT_BROADCAST_CONCURRENCY": str(CONCURRENCY),
        "BOT_BROADCAST_LEASE_SECONDS": "2",
        "BOT_LOG_LEVEL": "WARNING",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "broadcast-worker",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_kill_9_mid_broadcast_then_a_new_worker_finishes_it(
    database_url: str, database: Database, fake: FakeTelegram
) -> None:
    people = [await make_person(database, 9000 + n, fake=fake) for n in range(PEOPLE)]
    chats = [p.chat_id for p in people]
    broadcast_id = await create_broadcast(database, Content({"en": "Payouts are out today"}))

    first = await start_worker(database_url, fake)
    await wait_for(lambda: sum(received(fake, chats).values()) >= 30, "30 messages sent")
    first.kill()  # SIGKILL: no chance to tidy up
    await first.wait()
    sent_before_restart = sum(received(fake, chats).values())
    assert sent_before_restart < PEOPLE, "the broadcast must be cut off mid-way"

    second = await start_worker(database_url, fake)
    try:
        record = await wait_until_finished(database, broadcast_id, timeout=60)
    finally:
        second.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(second.communicate(), 30)
    assert second.returncode == 0, stderr.decode()

    assert record.state == "done"
    rows = await deliveries(database, broadcast_id)
    states = Counter(state for *_, state in rows)
    assert set(states) <= set(TERMINAL)
    copies = received(fake, chats)
    assert max(copies.values()) == 1, "somebody was messaged twice"
    assert states["unknown"] <= CONCURRENCY
    for _, chat, _, state in rows:
        if state == "sent":
            assert copies[int(chat)] == 1
        elif state != "unknown":
            raise AssertionError(f"chat {chat} ended {state}")
    # Unknown means unknown: some of those went out before the kill, some may not have.
    assert states["sent"] + states["unknown"] == PEOPLE
    assert sum(copies.values()) >= states["sent"]


async def _leave_sending(database: Database, clock: Clock, broadcast_id: int, count: int) -> None:
    """What a crashed worker leaves: its lease, and deliveries marked sending, never settled."""
    async with database.transaction() as session:
        broadcasts = Broadcasts(session)
        assert await broadcasts.take_lease("dead:1", clock(), timedelta(seconds=30))
        await broadcasts.start(broadcast_id, clock())
    async with database.transaction() as session:
        broadcasts = Broadcasts(session)
        record = await broadcasts.get(broadcast_id)
        assert record is not None
        await broadcasts.add_people(
            broadcast_id, telegram_recipients(Segment(), ["en"], "en"), "telegram"
        )
        await broadcasts.mark_prepared(broadcast_id, record.prepare_upto or 0, done=True)
        claimed = await broadcasts.claim(broadcast_id, "dead:1", count, clock())
        assert len(claimed) == count
    clock.advance(seconds=31)  # the dead worker's lease runs out


@pytest.mark.parametrize(("delivery", "resent"), [("at-most-once", False), ("at-least-once", True)])
async def test_deliveries_left_sending_by_a_dead_worker(
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Clock,
    fake: FakeTelegram,
    delivery: str,
    resent: bool,
) -> None:
    people = [await make_person(database, 7000 + n, fake=fake) for n in range(6)]
    broadcast_id = await create_broadcast(database, Content({"en": "Hello"}))
    await _leave_sending(database, clock, broadcast_id, 2)

    configured = worker_settings(settings, fake, broadcast_delivery=delivery)
    async with running_worker(database, translator, configured, clock):
        await wait_until_finished(database, broadcast_id)

    states = Counter(state for *_, state in await deliveries(database, broadcast_id))
    if resent:
        assert states == {"sent": 6}
        assert all(len(fake.sent(p.chat_id)) == 1 for p in people)
    else:
        assert states == {"sent": 4, "unknown": 2}
        assert sum(len(fake.sent(p.chat_id)) for p in people) == 4


async def test_a_graceful_stop_leaves_nothing_sending_and_nothing_unknown(
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Clock,
    fake: FakeTelegram,
) -> None:
    people = [await make_person(database, 6000 + n, fake=fake) for n in range(30)]
    broadcast_id = await create_broadcast(database, Content({"en": "Hello"}))
    configured = worker_settings(settings, fake, broadcast_rate=10.0, broadcast_concurrency=8)

    async with running_worker(database, translator, configured, clock):
        await wait_for(lambda: sum(len(fake.sent(p.chat_id)) for p in people) >= 5, "a few sent")
    states = Counter(state for *_, state in await deliveries(database, broadcast_id))
    assert "sending" not in states
    assert "unknown" not in states
    assert states["queued"] > 0  # what had not started went back to the queue
    assert states["sent"] == sum(len(fake.sent(p.chat_id)) for p in people)

    async with running_worker(database, translator, configured, clock):
        await wait_until_finished(database, broadcast_id)
    assert all(len(fake.sent(p.chat_id)) == 1 for p in people)


async def test_a_locked_database_is_waited_out(
    database_url: str,
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Clock,
    fake: FakeTelegram,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Another process holds SQLite's write lock past the busy timeout: the worker logs it,
    keeps what it knows in memory, and finishes once the lock is gone."""
    if not database.is_sqlite:
        pytest.skip("SQLite's write lock")
    people = [await make_person(database, 5000 + n, fake=fake) for n in range(20)]
    broadcast_id = await create_broadcast(database, Content({"en": "Hello"}))
    configured = worker_settings(settings, fake, broadcast_rate=10.0)
    path = make_url(database_url).database
    assert path is not None

    async with running_worker(database, translator, configured, clock):
        await wait_for(lambda: sum(len(fake.sent(p.chat_id)) for p in people) >= 3, "a few")
        other = sqlite3.connect(path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another process writing, for a long while
            await wait_for(
                lambda: "database unavailable" in caplog.text, "the worker to notice", 30
            )
        finally:
            other.execute("ROLLBACK")
            other.close()
        await wait_until_finished(database, broadcast_id, timeout=60)

    assert all(len(fake.sent(p.chat_id)) == 1 for p in people)
    assert Counter(state for *_, state in await deliveries(database, broadcast_id)) == {"sent": 20}

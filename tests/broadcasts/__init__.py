"""Helpers for the broadcast tests: people as onboarding and review leave them, a broadcast
as the wizard or the CLI creates it, a worker against the fake platforms, and waiting."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from pydantic import SecretStr
from sqlalchemy import select, update

from bot.broadcast.content import Content
from bot.broadcast.segment import Segment
from bot.broadcast.senders import senders_for
from bot.broadcast.worker import BroadcastWorker
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.broadcasts import TERMINAL, BroadcastRecord
from storage.db import Database
from storage.models import Identity, Influencer, InfluencerChannel, User
from storage.repositories import Repositories
from tests.fakes.telegram_api import FakeTelegram

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
WAIT_S = 30.0


@dataclass(frozen=True)
class Person:
    user_id: int
    chat_id: int


async def make_person(
    database: Database,
    chat_id: int,
    *,
    locale: str | None = None,
    hint: str | None = "en",
    status: str | None = "approved",
    country: str = "FR",
    tier: str = "standard",
    platform: str = "instagram",
    registered: datetime = NOW,
    seen: datetime = NOW,
    reachable: bool = True,
    channel: str = "telegram",
    fake: FakeTelegram | None = None,
) -> Person:
    """Someone who wrote to the bot on ``channel`` and, unless ``status`` is None, applied."""
    async with database.transaction() as session:
        user = User(locale=locale, created_at=registered, last_seen_at=seen)
        session.add(user)
        await session.flush()
        session.add(
            Identity(
                user_id=user.id,
                channel=channel,
                external_id=str(chat_id),
                chat_id=str(chat_id),
                locale_hint=hint,
                reachable=reachable,
                unreachable_since=None if reachable else registered,
                created_at=registered,
            )
        )
        if status is not None:
            influencer = Influencer(
                user_id=user.id,
                status=status,
                display_name=f"Creator {chat_id}",
                country=country,
                niche="beauty",
                tier=tier,
                consent_version="v1",
                consent_at=registered,
                referral_code=None,
                registered_channel=channel,
                submitted_at=registered,
                updated_at=registered,
            )
            session.add(influencer)
            await session.flush()
            session.add(
                InfluencerChannel(
                    influencer_id=influencer.id,
                    position=0,
                    platform=platform,
                    handle=f"@c{chat_id}",
                    url=f"https://example.com/c{chat_id}",
                    audience=1000,
                )
            )
    if fake is not None:
        fake.add_chat(chat_id)
    return Person(user.id, chat_id)


async def link_identity(database: Database, person: Person, channel: str, external_id: str) -> None:
    """The same person on another channel (linked with a one-time code)."""
    async with database.transaction() as session:
        session.add(
            Identity(
                user_id=person.user_id,
                channel=channel,
                external_id=external_id,
                chat_id=external_id,
                locale_hint=None,
                reachable=True,
                created_at=NOW,
            )
        )


async def create_broadcast(
    database: Database,
    content: Content,
    segment: Segment | None = None,
    *,
    now: datetime = NOW,
    scheduled_at: datetime | None = None,
    progress: tuple[str, str, str] | None = None,
    created_by: str = "cli",
) -> int:
    async with database.transaction() as session:
        return await Repositories(session).broadcasts.create(
            content=content.to_dict(),
            segment=(segment or Segment()).to_dict(),
            default_locale="en",
            created_by=created_by,
            now=now,
            scheduled_at=scheduled_at,
            progress=progress,
        )


async def broadcast(database: Database, broadcast_id: int) -> BroadcastRecord:
    async with database.read() as session:
        record = await Repositories(session).broadcasts.get(broadcast_id)
    assert record is not None
    return record


async def deliveries(database: Database, broadcast_id: int) -> list[tuple[str, str, str, str]]:
    async with database.read() as session:
        return await Repositories(session).broadcasts.deliveries(broadcast_id)


async def counts(database: Database, broadcast_id: int) -> dict[str, int]:
    async with database.read() as session:
        return await Repositories(session).broadcasts.counts(broadcast_id)


async def reachable(database: Database, chat_id: int) -> bool:
    async with database.read() as session:
        value = await session.scalar(
            select(Identity.reachable).where(
                Identity.channel == "telegram", Identity.external_id == str(chat_id)
            )
        )
    return bool(value)


async def set_seen(database: Database, person: Person, seen: datetime) -> None:
    async with database.transaction() as session:
        await session.execute(
            update(User).where(User.id == person.user_id).values(last_seen_at=seen)
        )


def worker_settings(settings: Settings, fake: FakeTelegram | None = None, **extra: Any) -> Settings:
    update_: dict[str, Any] = dict(extra)
    if fake is not None:
        update_.update(telegram_token=SecretStr(fake.token), telegram_api_base_url=fake.base_url)
    return settings.model_copy(update=update_)


@contextlib.asynccontextmanager
async def running_worker(
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Callable[[], datetime],
    *,
    name: str | None = None,
) -> AsyncIterator[BroadcastWorker]:
    """A worker running as in ``python -m bot run``, stopped gracefully at the end."""
    worker = BroadcastWorker(
        database, translator, settings, senders_for(settings), clock=clock, name=name
    )
    task = asyncio.create_task(worker.run())
    try:
        yield worker
    finally:
        worker.stop()
        await asyncio.wait_for(task, WAIT_S)


async def wait_until_finished(
    database: Database, broadcast_id: int, timeout: float = WAIT_S
) -> BroadcastRecord:
    """Until the broadcast is done or cancelled and every delivery is in a final state."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        record = await broadcast(database, broadcast_id)
        states = await counts(database, broadcast_id)
        if record.state in ("done", "cancelled") and set(states) <= set(TERMINAL):
            return record
        if loop.time() > deadline:
            raise AssertionError(f"broadcast {broadcast_id} is {record.state}: {states}")
        await asyncio.sleep(0.05)


async def wait_for(condition: Callable[[], Any], what: str, timeout: float = WAIT_S) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        value = condition()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def texts(fake: FakeTelegram, chat_ids: Sequence[int]) -> dict[int, list[str]]:
    """What each chat received, in order."""
    return {chat: [m.text or "" for m in fake.sent(chat)] for chat in chat_ids}

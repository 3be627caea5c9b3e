"""A segment reaches exactly the people it describes, counted as it will be inserted: one row
per person, those who blocked the bot skipped, and nobody reached outside Telegram."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from bot.broadcast import service
from bot.broadcast.content import Content
from bot.broadcast.segment import Segment, telegram_recipients
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from tests.broadcasts import create_broadcast, deliveries, make_person

ALL = Content({code: f"text {code}" for code in ("en", "ru", "fr", "es", "pl")})


def day(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.fixture
async def population(database: Database) -> None:
    """Chat ids 1..7 on Telegram, 8 only on Discord, 9 only on the console."""
    people: list[dict[str, Any]] = [
        {"hint": "en-US", "country": "FR", "platform": "instagram",
         "registered": "2026-01-10", "seen": "2026-11-20"},
        {"hint": "ru-RU", "country": "RU", "tier": "kol", "platform": "tiktok",
         "registered": "2026-06-01", "seen": "2026-09-01"},
        {"hint": "en", "locale": "fr", "country": "FR", "status": "pending",
         "platform": "youtube", "registered": "2026-11-01", "seen": "2026-11-24"},
        {"hint": "pl", "country": "PL", "status": "suspended",
         "registered": "2025-12-01", "seen": "2026-11-25"},
        {"hint": "es", "country": "ES", "status": "rejected", "tier": "kol",
         "platform": "vk", "registered": "2026-03-03", "seen": "2026-03-03"},
        {"hint": "en", "status": None, "registered": "2026-11-20", "seen": "2026-11-21"},
        {"hint": "en", "country": "FR", "reachable": False,
         "registered": "2026-01-01", "seen": "2026-01-01"},
    ]  # fmt: skip
    for chat_id, person in enumerate(people, start=1):
        person["registered"], person["seen"] = day(person["registered"]), day(person["seen"])
        await make_person(database, chat_id, **person)
    await make_person(database, 8, hint="en", channel="discord")
    await make_person(database, 9, hint="en", channel="console")


async def selected(
    database: Database, settings: Settings, segment: Segment, content: Content = ALL
) -> dict[str, str]:
    """chat -> delivery state, after the worker's INSERT ... SELECT; checks the count too."""
    broadcast_id = await create_broadcast(database, content, segment)
    languages = segment.languages_of(content.languages)
    async with database.transaction() as session:
        broadcasts = Repositories(session).broadcasts
        await broadcasts.add_people(
            broadcast_id, telegram_recipients(segment, languages, "en"), "telegram"
        )
    rows = await deliveries(database, broadcast_id)
    async with database.read() as session:
        counted = await service.audience(Repositories(session), settings, content, segment)
    states = {chat: state for _, chat, _, state in rows}
    assert counted.people == sum(1 for s in states.values() if s == "queued")
    assert counted.blocked == sum(1 for s in states.values() if s == "skipped")
    assert len(rows) == len(states), "a chat got two deliveries"
    return states


def queued(*chats: int, skipped: tuple[int, ...] = ()) -> dict[str, str]:
    expected = {str(c): "queued" for c in chats}
    expected.update({str(c): "skipped" for c in skipped})
    return expected


@pytest.fixture
def settings(settings: Settings) -> Settings:
    from pydantic import SecretStr

    return settings.model_copy(update={"telegram_token": SecretStr("1:T")})


@pytest.mark.usefixtures("population")
@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        (Segment(), queued(1, 2, 3, 4, 5, 6, skipped=(7,))),
        (Segment(languages=("ru", "pl")), queued(2, 4)),
        (Segment(countries=("FR",)), queued(1, 3, skipped=(7,))),
        (Segment(platforms=("tiktok", "vk")), queued(2, 5)),
        (Segment(statuses=("approved",)), queued(1, 2, skipped=(7,))),
        (Segment(statuses=("none",)), queued(6)),
        (Segment(statuses=("approved", "none")), queued(1, 2, 6, skipped=(7,))),
        (Segment(statuses=("pending", "suspended", "rejected")), queued(3, 4, 5)),
        (Segment(tiers=("kol",)), queued(2, 5)),
        (Segment(registered_since=day("2026-06-01")), queued(2, 3, 6)),
        (Segment(active_since=day("2026-11-21")), queued(3, 4, 6)),
        (Segment(channels=("discord",)), {}),
        (
            Segment(channels=("telegram",), countries=("FR",), statuses=("approved",)),
            queued(1, skipped=(7,)),
        ),
        (Segment(countries=("DE",)), {}),
    ],
)
async def test_each_filter_selects_exactly_its_people(
    database: Database, settings: Settings, segment: Segment, expected: dict[str, str]
) -> None:
    assert await selected(database, settings, segment) == expected


@pytest.mark.usefixtures("population")
async def test_only_languages_with_a_text_or_a_fallback(
    database: Database, settings: Settings
) -> None:
    content = Content({"en": "Hello", "fr": "Bonjour"}, fallbacks={"pl": "en"})
    assert await selected(database, settings, Segment(), content) == queued(
        1, 3, 4, 6, skipped=(7,)
    )

"""The delivery engine against the fake Bot API: each person once, in their language, and the
platform's 429 and 403 handled as the outbox promises."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.broadcast import service
from bot.broadcast.content import Content
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from tests.broadcasts import (
    NOW,
    counts,
    create_broadcast,
    deliveries,
    link_identity,
    make_person,
    reachable,
    running_worker,
    texts,
    wait_for,
    wait_until_finished,
    worker_settings,
)
from tests.fakes.telegram_api import FakeTelegram
from tests.support import Clock

TEXTS = {
    "en": "Winter Sale starts Monday!\nGet your links ready.",
    "ru": "Зимняя распродажа начинается в понедельник!",
    "fr": "Les soldes d’hiver commencent lundi !",
}


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


async def test_each_person_gets_one_copy_in_their_language(
    database: Database, translator: Translator, settings: Settings, clock: Clock, fake: FakeTelegram
) -> None:
    """Texts per language, Polish falls back to English, Spanish speakers are not in it; the
    locale comes from the user's choice first, then their Telegram language."""
    content = Content(
        TEXTS, fallbacks={"pl": "en"}, button="more", url="https://shop.example.com/w"
    )
    english = await make_person(database, 101, hint="en-GB", fake=fake)
    russian = await make_person(database, 102, hint="ru", fake=fake)
    chose_fr = await make_person(database, 103, hint="ru-RU", locale="fr", fake=fake)
    polish = await make_person(database, 104, hint="pl", fake=fake)
    spanish = await make_person(database, 105, hint="es", fake=fake)
    unknown_tag = await make_person(database, 106, hint="pt-BR", fake=fake)  # default: en
    both = await make_person(database, 107, hint="ru", fake=fake)
    await link_identity(database, both, "discord", "555000107")  # linked: still one copy

    broadcast_id = await create_broadcast(database, content)
    async with running_worker(database, translator, worker_settings(settings, fake), clock):
        record = await wait_until_finished(database, broadcast_id)

    assert record.state == "done"
    received = texts(fake, [p.chat_id for p in (english, russian, chose_fr, polish, spanish)])
    assert received[english.chat_id] == [TEXTS["en"]]
    assert received[russian.chat_id] == [TEXTS["ru"]]
    assert received[chose_fr.chat_id] == [TEXTS["fr"]]
    assert received[polish.chat_id] == [TEXTS["en"]]
    assert received[spanish.chat_id] == []
    assert [m.text for m in fake.sent(unknown_tag.chat_id)] == [TEXTS["en"]]
    assert [m.text for m in fake.sent(both.chat_id)] == [TEXTS["ru"]]
    # The button is in the reader's language.
    assert fake.sent(russian.chat_id)[0].button_texts == [
        translator.render("ru", "broadcast-button-more")
    ]
    assert fake.sent(russian.chat_id)[0].buttons[0][0]["url"] == "https://shop.example.com/w"
    assert fake.sent(english.chat_id)[0].parse_mode is None  # plain text, never markup
    rows = await deliveries(database, broadcast_id)
    assert sorted((chat, locale, state) for _, chat, locale, state in rows) == [
        ("101", "en", "sent"),
        ("102", "ru", "sent"),
        ("103", "fr", "sent"),
        ("104", "pl", "sent"),
        ("106", "en", "sent"),
        ("107", "ru", "sent"),
    ]


async def test_a_429_pauses_the_broadcast_and_nobody_gets_two(
    database: Database, translator: Translator, settings: Settings, clock: Clock, fake: FakeTelegram
) -> None:
    people = [await make_person(database, 200 + n, fake=fake) for n in range(12)]
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    broadcast_id = await create_broadcast(database, Content({"en": "Hello"}))

    async with running_worker(database, translator, worker_settings(settings, fake), clock):
        await wait_until_finished(database, broadcast_id)

    refused = [e for e in fake.errors if e.status == 429]
    assert len(refused) == 1
    assert {chat: len(fake.sent(chat)) for chat in (p.chat_id for p in people)} == {
        p.chat_id: 1 for p in people
    }
    # The refused message went out once the pause was over.
    refused_chat = int(refused[0].params["chat_id"])
    assert len(fake.sent(refused_chat)) == 1
    states = {state for *_, state in await deliveries(database, broadcast_id)}
    assert states == {"sent"}


async def test_a_403_marks_blocked_and_the_next_broadcast_skips_them(
    database: Database, translator: Translator, settings: Settings, clock: Clock, fake: FakeTelegram
) -> None:
    stays = await make_person(database, 301, fake=fake)
    leaves = await make_person(database, 302, fake=fake)
    fake.block(leaves.chat_id, notify=False)
    configured = worker_settings(settings, fake)

    first = await create_broadcast(database, Content({"en": "First"}))
    async with running_worker(database, translator, configured, clock):
        await wait_until_finished(database, first)
        assert await reachable(database, leaves.chat_id) is False
        second = await create_broadcast(database, Content({"en": "Second"}), now=NOW)
        await wait_until_finished(database, second)

    assert [m.text for m in fake.sent(stays.chat_id)] == ["First", "Second"]
    assert fake.sent(leaves.chat_id) == []
    assert [e.status for e in fake.errors] == [403]  # the second broadcast did not try
    assert sorted((chat, state) for _, chat, _, state in await deliveries(database, first)) == [
        ("301", "sent"),
        ("302", "blocked"),
    ]
    assert sorted((chat, state) for _, chat, _, state in await deliveries(database, second)) == [
        ("301", "sent"),
        ("302", "skipped"),
    ]


async def test_chat_not_found_fails_that_delivery_only(
    database: Database, translator: Translator, settings: Settings, clock: Clock, fake: FakeTelegram
) -> None:
    await make_person(database, 401, fake=fake)
    await make_person(database, 402)  # a chat the platform does not know
    broadcast_id = await create_broadcast(database, Content({"en": "Hi"}))
    async with running_worker(database, translator, worker_settings(settings, fake), clock):
        await wait_until_finished(database, broadcast_id)
    rows = await deliveries(database, broadcast_id)
    assert sorted((chat, state) for _, chat, _, state in rows) == [
        ("401", "sent"),
        ("402", "failed"),
    ]
    assert await reachable(database, 402) is True  # failed is not blocked


async def test_cancelled_while_sending_stops_and_reports(
    database: Database, translator: Translator, settings: Settings, clock: Clock, fake: FakeTelegram
) -> None:
    people = [await make_person(database, 500 + n, fake=fake) for n in range(40)]
    broadcaster = 4999
    fake.add_chat(broadcaster)
    broadcast_id = await create_broadcast(
        database, Content({"en": "Hi"}), progress=("telegram", str(broadcaster), "en")
    )
    configured = worker_settings(settings, fake, broadcast_rate=10.0)

    def delivered() -> int:
        return sum(len(fake.sent(p.chat_id)) for p in people)

    async with running_worker(database, translator, configured, clock):
        await wait_for(lambda: delivered() >= 5, "the first messages")
        async with database.transaction() as session:
            assert await service.cancel(
                Repositories(session), broadcast_id, actor="telegram:4999", now=NOW
            )
        record = await wait_until_finished(database, broadcast_id)
        await fake.wait_for(lambda: len(fake.sent(broadcaster)) == 2, what="the report")

    states = await counts(database, broadcast_id)
    assert record.state == "cancelled"
    assert set(states) == {"sent", "cancelled"}
    assert states["sent"] == delivered() < 40
    assert states["sent"] + states["cancelled"] == 40
    assert all(len(fake.sent(p.chat_id)) <= 1 for p in people)
    progress, report = fake.sent(broadcaster)
    assert progress.text == report.text
    assert report.text is not None
    assert f"Not sent because of the cancellation: {states['cancelled']}" in report.text
    assert f"Sent: {states['sent']} of 40" in report.text

"""/broadcast as a broadcaster lives it: texts, fallbacks, a button, the segment, the count and
the preview, then now or later; refusals for everyone else, whatever button they forge."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr
from sqlalchemy import func, select

from bot.broadcast import service
from bot.broadcast.content import Content
from bot.broadcast.segment import Segment
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.services.roles import change_role
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry, Broadcast
from storage.repositories import Repositories
from tests.broadcasts import (
    broadcast,
    counts,
    make_person,
    running_worker,
    texts,
    wait_until_finished,
    worker_settings,
)
from tests.fakes.telegram_api import FakeTelegram
from tests.support import LOCALES, Chat, Clock, normalise

BROADCASTER = "1001"


@pytest.fixture
def settings(database_url: str) -> Settings:
    """A bot connected to Telegram (broadcasts need a platform), run by owner console:1."""
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        programme_name="Star Partners",
        owner_ids=["console:1"],
        telegram_token=SecretStr("123456:TEST-TOKEN"),
    )


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


async def grant(
    database: Database,
    settings: Settings,
    clock: Clock,
    account: str,
    role: str,
    *,
    grant: bool = True,
) -> None:
    channel, _, external_id = account.partition(":")
    async with database.transaction() as session:
        await change_role(
            Repositories(session),
            settings,
            actor="console:1",
            channel=channel,
            external_id=external_id,
            role=role,
            grant=grant,
            now=clock(),
        )


async def broadcaster(
    engine: Engine, database: Database, settings: Settings, clock: Clock, locale: str = "en"
) -> Chat:
    await grant(database, settings, clock, f"console:{BROADCASTER}", "broadcaster")
    return Chat(engine, user_id=BROADCASTER, locale=locale)


async def broadcasts_made(database: Database) -> int:
    async with database.read() as session:
        return int(await session.scalar(select(func.count()).select_from(Broadcast)) or 0)


async def audit(database: Database, action: str) -> list[AuditEntry]:
    async with database.read() as session:
        return list(await session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


async def test_write_narrow_count_preview_and_send(
    engine: Engine,
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
    fake: FakeTelegram,
) -> None:
    ru_fr = await make_person(database, 501, hint="ru", country="FR", fake=fake)
    en_fr = await make_person(database, 502, hint="en", country="FR", fake=fake)
    pl_es = await make_person(database, 503, hint="pl", country="ES", fake=fake)
    en_ru = await make_person(database, 504, hint="en", country="RU", fake=fake)  # not in it
    pending = await make_person(database, 505, hint="en", country="FR", status="pending", fake=fake)
    blocked = await make_person(database, 506, hint="en", country="ES", reachable=False, fake=fake)
    chat = await broadcaster(engine, database, settings, clock)

    await chat.send("/broadcast").expect("broadcast-language")
    await chat.press("en").expect("broadcast-text")
    await chat.send("  Winter Sale!\nStarts Monday.  ").expect("broadcast-language-more")
    await chat.press("ru").expect("broadcast-text")
    await chat.send("Зимняя распродажа!\nНачинается в понедельник.").expect(
        "broadcast-language-more"
    )
    await chat.press("done").expect("broadcast-fallbacks")
    replies = await chat.press("pl").expect("broadcast-fallbacks")  # selected
    assert "✅ Polski" in [b.label for b in replies.last.all_buttons]
    await chat.press("continue").expect("broadcast-button")
    await chat.press("shop").expect("broadcast-url")
    await chat.send("shop.example.com/winter").expect("broadcast-segment")
    await chat.press("countries").expect("broadcast-choose")
    await chat.press("FR").expect("broadcast-choose")
    await chat.send("Spain").expect("broadcast-choose")  # a country typed by name
    await chat.press("back").expect("broadcast-segment")
    await chat.press("statuses").expect("broadcast-choose")
    await chat.press("approved").expect("broadcast-choose")
    segment = await chat.press("back").expect("broadcast-segment")
    assert "Countries: France, Spain" in segment.text()
    assert "Application status: Approved" in segment.text()

    replies = await chat.press("count").expect(
        "broadcast-audience", "broadcast-preview", "broadcast-preview", "broadcast-confirm"
    )
    assert replies[0].args["people"] == 3
    assert replies[0].args["blocked"] == 1
    assert "It will reach 3 people on Telegram." in replies.text()
    assert "1 more person matches but has blocked the bot" in replies.text()
    english, russian = replies[1], replies[2]
    assert "Зимняя распродажа!\nНачинается в понедельник." in russian.text
    assert "Winter Sale!\nStarts Monday." in english.text
    assert normalise(english.text).startswith("For English, Polski:")
    assert [b.url for b in english.all_buttons] == ["https://shop.example.com/winter"]
    # The preview's own button is labelled as each text's readers will get it.
    assert [b.label for b in russian.all_buttons] == ["К покупкам"]
    assert [b.label for b in english.all_buttons] == ["Shop now"]
    # Each preview names the button as its readers will see it, in their language.
    assert "Button: “К покупкам”" in russian.text
    assert "Button: “Shop now”" in english.text
    assert await broadcasts_made(database) == 0  # nothing until confirmed

    await chat.press("now").expect("broadcast-started")
    (created,) = await audit(database, "broadcast.create")
    assert created.actor == f"console:{BROADCASTER}"
    assert created.details["people"] == 3

    configured = worker_settings(settings, fake)
    async with running_worker(database, translator, configured, clock):
        record = await wait_until_finished(database, int(str(created.subject).split(":")[1]))
    assert record.state == "done"
    received = texts(fake, [p.chat_id for p in (ru_fr, en_fr, pl_es, en_ru, pending, blocked)])
    assert received == {
        ru_fr.chat_id: ["Зимняя распродажа!\nНачинается в понедельник."],
        en_fr.chat_id: ["Winter Sale!\nStarts Monday."],
        pl_es.chat_id: ["Winter Sale!\nStarts Monday."],
        en_ru.chat_id: [],
        pending.chat_id: [],
        blocked.chat_id: [],
    }
    assert fake.sent(pl_es.chat_id)[0].button_texts == [
        translator.render("pl", "broadcast-button-shop")
    ]
    assert await counts(database, record.id) == {"sent": 3, "skipped": 1}


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_wizard_speaks_the_broadcasters_language(
    engine: Engine,
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
    locale: str,
) -> None:
    for n in range(5):
        await make_person(database, 600 + n, hint=locale)
    await make_person(database, 700, hint=locale, reachable=False)
    chat = await broadcaster(engine, database, settings, clock, locale)
    await chat.send("/broadcast").expect("broadcast-language")
    await chat.press(locale).expect("broadcast-text")
    await chat.send("Hello").expect("broadcast-language-more")
    await chat.press("done").expect("broadcast-fallbacks")
    await chat.press("continue").expect("broadcast-button")
    await chat.press("none").expect("broadcast-segment")
    replies = await chat.press("count").expect(
        "broadcast-audience", "broadcast-preview", "broadcast-confirm"
    )
    expected = translator.render(
        locale, "broadcast-audience", {"people": 5, "blocked": 1, "channels": 0}
    )
    assert replies[0].text == expected
    assert "5" in expected and "1" in expected
    await chat.press("drop").expect("broadcast-dropped")
    assert await broadcasts_made(database) == 0


async def test_bad_answers_are_explained_and_change_nothing(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    await make_person(database, 801)
    chat = await broadcaster(engine, database, settings, clock)
    await chat.send("/broadcast").expect("broadcast-language")
    await chat.press("en").expect("broadcast-text")
    await chat.send(" \u200b ").expect("input-text-empty", then="broadcast-text")
    await chat.send("x" * 4097).expect("input-text-too-long", then="broadcast-text")
    await chat.send("Hello").expect("broadcast-language-more")
    await chat.press("done").expect("broadcast-fallbacks")
    await chat.press("continue").expect("broadcast-button")
    await chat.press("more").expect("broadcast-url")
    await chat.send("not a link").expect("input-url-invalid", then="broadcast-url")
    await chat.send("https://example.com/x").expect("broadcast-segment")
    await chat.press("active_since").expect("broadcast-active-since")
    await chat.send("last week").expect("broadcast-since-invalid", then="broadcast-active-since")
    await chat.send("2026-12-31").expect("broadcast-since-future", then="broadcast-active-since")
    await chat.send("7").expect("broadcast-segment")  # the last 7 days
    await chat.press("count").expect("broadcast-audience", "broadcast-preview", "broadcast-confirm")
    await chat.press("schedule").expect("broadcast-when")
    await chat.send("tomorrow").expect("broadcast-when-invalid", then="broadcast-when")
    await chat.send("2026-11-25 11:00").expect("broadcast-when-past", then="broadcast-when")
    assert await broadcasts_made(database) == 0


async def test_a_segment_nobody_matches_is_not_sent(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    await make_person(database, 901, country="FR")
    chat = await broadcaster(engine, database, settings, clock)
    await chat.send("/broadcast").expect("broadcast-language")
    await chat.press("en").expect("broadcast-text")
    await chat.send("Hello").expect("broadcast-language-more")
    await chat.press("done").expect("broadcast-fallbacks")
    await chat.press("continue").expect("broadcast-button")
    await chat.press("none").expect("broadcast-segment")
    await chat.press("countries").expect("broadcast-choose")
    await chat.press("DE").expect("broadcast-choose")
    await chat.press("back").expect("broadcast-segment")
    await chat.press("count").expect("broadcast-nobody", "broadcast-segment")


async def test_scheduled_broadcast_starts_at_its_time(
    engine: Engine,
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
    fake: FakeTelegram,
) -> None:
    person = await make_person(database, 1101, fake=fake)
    chat = await broadcaster(engine, database, settings, clock)
    await chat.send("/broadcast").expect("broadcast-language")
    await chat.press("en").expect("broadcast-text")
    await chat.send("Live at six").expect("broadcast-language-more")
    await chat.press("done").expect("broadcast-fallbacks")
    await chat.press("continue").expect("broadcast-button")
    await chat.press("none").expect("broadcast-segment")
    await chat.press("count").expect("broadcast-audience", "broadcast-preview", "broadcast-confirm")
    await chat.press("schedule").expect("broadcast-when")
    replies = await chat.send("25.11.2026 18:00").expect("broadcast-scheduled")
    assert "November 25, 2026" in normalise(replies.text()) and "6:00" in replies.text()
    (created,) = await audit(database, "broadcast.create")
    broadcast_id = int(str(created.subject).split(":")[1])

    configured = worker_settings(settings, fake)
    async with running_worker(database, translator, configured, clock) as worker:
        await worker.housekeep()  # a round at 12:00: not due yet
        assert (await broadcast(database, broadcast_id)).state == "scheduled"
        assert fake.sent(person.chat_id) == []
        clock.advance(hours=6)
        record = await wait_until_finished(database, broadcast_id)
    assert record.state == "done"
    assert [m.text for m in fake.sent(person.chat_id)] == ["Live at six"]


async def test_cancel_a_scheduled_broadcast(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    await make_person(database, 1201)
    chat = await broadcaster(engine, database, settings, clock)
    await chat.send("/broadcast cancel").expect("broadcast-cancel-none")
    async with database.transaction() as session:
        broadcast_id = await service.create(
            Repositories(session),
            settings,
            content=Content({"en": "Later"}),
            segment=Segment(),
            actor="cli",
            now=clock(),
            scheduled_at=clock.now.replace(hour=20),
        )
    status = await chat.send("/broadcast status").expect("broadcast-status-line")
    assert f"#{broadcast_id}" in status.text()
    await chat.send("/broadcast cancel").expect("broadcast-status-line", "broadcast-cancel")
    await chat.press("keep").expect("broadcast-cancel-kept")
    await chat.send("/broadcast cancel").expect("broadcast-status-line", "broadcast-cancel")
    await chat.press(str(broadcast_id)).expect("broadcast-cancelled")
    assert (await broadcast(database, broadcast_id)).state == "cancelled"
    (entry,) = await audit(database, "broadcast.cancel")
    assert entry.actor == f"console:{BROADCASTER}"
    await chat.send("/broadcast status").expect("broadcast-status-none")


async def test_everyone_else_is_refused_even_with_a_forged_button(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    await make_person(database, 1301)
    stranger = Chat(engine, user_id="1302")
    await stranger.send("/broadcast").expect("command-unknown")
    await stranger.press_payload("v1|broadcast|confirmed|now").expect("button-stale")
    await grant(database, settings, clock, "console:1303", "reviewer")
    reviewer = Chat(engine, user_id="1303")
    await reviewer.send("/broadcast").expect("staff-role-missing")
    assert await broadcasts_made(database) == 0
    denied = await audit(database, "denied")
    assert {entry.subject for entry in denied} == {"broadcast"}


async def test_a_revoked_broadcaster_cannot_press_send(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    await make_person(database, 1401)
    chat = await broadcaster(engine, database, settings, clock)
    await chat.send("/broadcast").expect("broadcast-language")
    await chat.press("en").expect("broadcast-text")
    await chat.send("Hello").expect("broadcast-language-more")
    await chat.press("done").expect("broadcast-fallbacks")
    await chat.press("continue").expect("broadcast-button")
    await chat.press("none").expect("broadcast-segment")
    await chat.press("count").expect("broadcast-audience", "broadcast-preview", "broadcast-confirm")
    payload = chat.payload_for("now")
    await grant(database, settings, clock, f"console:{BROADCASTER}", "broadcaster", grant=False)
    await chat.press_payload(payload).expect("button-stale")
    assert await broadcasts_made(database) == 0
    assert [e.subject for e in await audit(database, "denied")] == ["broadcast.confirmed"]

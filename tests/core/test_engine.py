"""The turn loop's guarantees: exactly-once updates, consistent sessions, atomic turns."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.flow import Flow, Reply, Turn
from bot.core.i18n import Translator
from bot.core.inputs import Text
from bot.settings import Settings
from handlers import build_router
from storage.db import Database
from storage.models import ConversationSession, ProcessedUpdate, User
from tests.support import Chat, Clock, next_update_id


async def session_row(database: Database, chat: Chat) -> ConversationSession | None:
    async with database.read() as session:
        return await session.get(ConversationSession, (chat.channel, chat.user_id))


async def test_duplicate_update_id_has_no_effect(engine: Engine, database: Database) -> None:
    chat = Chat(engine, user_id="5", locale="en")
    update = next_update_id()
    await chat.send("/start", update_id=update).expect("onboarding-language")
    before = await session_row(database, chat)
    assert before is not None
    assert await chat.send("/start", update_id=update) == []
    assert await chat.send("/help", update_id=update) == []
    after = await session_row(database, chat)
    assert after is not None
    assert after.version == before.version
    await chat.send("/help", update_id=next_update_id()).expect("help", then="onboarding-language")


async def test_same_update_from_two_engines_is_processed_once(
    make_engine: Callable[[], Engine], database: Database
) -> None:
    first, second = make_engine(), make_engine()
    chat_a = Chat(first, user_id="6", locale="en")
    chat_b = Chat(second, user_id="6", locale="en")
    update = next_update_id()
    answers = await asyncio.gather(
        chat_a.send("/start", update_id=update), chat_b.send("/start", update_id=update)
    )
    assert sorted(len(a) for a in answers) == [0, 1]
    async with database.read() as session:
        claimed = (await session.scalars(select(ProcessedUpdate))).all()
    assert [u.update_id for u in claimed] == [update]


async def test_concurrent_messages_of_one_user_leave_a_consistent_session(
    engine: Engine, database: Database
) -> None:
    chat = Chat(engine, user_id="8", locale="en")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    before = await session_row(database, chat)
    assert before is not None
    first, second = await asyncio.gather(chat.send("Anna"), chat.send("France"))
    # One answer took the name question, the other then answered the country question.
    assert first.ids == ["onboarding-country"]
    assert second.ids == ["onboarding-platform"]
    after = await session_row(database, chat)
    assert after is not None
    assert after.version == before.version + 2
    assert after.data["name"] == "Anna"
    assert after.data["country"] == "FR"


async def test_two_processes_on_one_conversation_lose_no_update(
    database: Database,
    database_url: str,
    translator: Translator,
    settings: Settings,
    clock: Clock,
) -> None:
    """Two engines with their own connections (as two processes have) interleave turns on one
    conversation; every turn lands exactly once."""
    other = Database(database_url)
    try:
        engines = [
            Engine(
                database=db,
                translator=translator,
                router=build_router(),
                settings=settings,
                clock=clock,
            )
            for db in (database, other)
        ]
        chats = [Chat(e, user_id="9", locale="en") for e in engines]
        await chats[0].send("/start").expect("onboarding-language")
        before = await session_row(database, chats[0])
        assert before is not None
        rounds = 8
        results = await asyncio.gather(*(chats[i % 2].send("/help") for i in range(rounds)))
        assert all(r.ids == ["help", "onboarding-language"] for r in results)
        after = await session_row(database, chats[0])
        assert after is not None
        assert after.version == before.version + rounds
    finally:
        await other.dispose()


async def test_a_turn_that_crashes_changes_nothing_and_can_be_retried(
    database: Database, translator: Translator, settings: Settings, clock: Clock
) -> None:
    router = build_router()
    calls: list[str] = []

    @router.command("flaky")
    async def flaky(turn: Turn) -> Reply:
        await turn.services.users.set_locale(turn.user.id, "pl")
        calls.append("called")
        if len(calls) == 1:
            raise RuntimeError("the process died half-way")
        return turn.say("help", programme="x", support="y")

    engine = Engine(
        database=database, translator=translator, router=router, settings=settings, clock=clock
    )
    chat = Chat(engine, user_id="10", locale="en")
    update = next_update_id()
    await chat.send("/flaky", update_id=update).expect("error-internal")
    async with database.read() as session:
        assert (await session.scalars(select(User.locale))).all() == []
        assert await session.get(ProcessedUpdate, ("console", update)) is None
    await chat.send("/flaky", update_id=update).expect("help")
    async with database.read() as session:
        assert (await session.scalars(select(User.locale))).all() == ["pl"]
    assert await chat.send("/flaky", update_id=update) == []


@pytest.mark.parametrize("locale", ["en", "ru", "fr", "es", "pl"])
async def test_internal_error_is_answered_in_the_users_language(
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Clock,
    locale: str,
) -> None:
    router = build_router()

    @router.command("boom")
    async def boom(turn: Turn) -> Reply:
        raise RuntimeError("bug")

    engine = Engine(
        database=database, translator=translator, router=router, settings=settings, clock=clock
    )
    replies = await Chat(engine, user_id="11", locale=locale).send("/boom").expect("error-internal")
    assert replies.last.text == translator.render(locale, "error-internal")
    assert replies.last.locale == locale


async def test_internal_error_uses_the_saved_language_over_the_hint(
    database: Database, translator: Translator, settings: Settings, clock: Clock
) -> None:
    router = build_router()

    @router.command("boom")
    async def boom(turn: Turn) -> Reply:
        raise RuntimeError("bug")

    engine = Engine(
        database=database, translator=translator, router=router, settings=settings, clock=clock
    )
    chat = Chat(engine, user_id="12", locale="en")
    await chat.send("/language").expect("language-choose")
    await chat.press("ru").expect("language-set")
    replies = await chat.send("/boom").expect("error-internal")
    assert replies.last.locale == "ru"


async def test_again_in_a_flow_step_asks_the_open_question_again(
    database: Database, translator: Translator, settings: Settings, clock: Clock
) -> None:
    """A step that turns an answer down with ``.again()`` (links' ``chosen`` when a pasted URL
    matches no campaign) keeps the flow open on the same question: the next answer lands."""
    router = build_router()
    probe = router.add_flow(Flow("probe"))

    @router.command("probe")
    async def start_probe(turn: Turn) -> Reply:
        return await turn.start(probe)

    @probe.step(start=True)
    async def ask_name(turn: Turn) -> Reply:
        return turn.ask("onboarding-name", next=named, input=Text())

    @probe.step
    async def named(turn: Turn) -> Reply:
        if turn.value == "nobody":
            return turn.say("not-understood").again()
        return turn.say("language-set").end()

    engine = Engine(
        database=database, translator=translator, router=router, settings=settings, clock=clock
    )
    chat = Chat(engine, user_id="13", locale="en")
    await chat.send("/probe").expect("onboarding-name")
    await chat.send("nobody").expect("not-understood", then="onboarding-name")
    await chat.send("Anna").expect("language-set")
    row = await session_row(database, chat)
    assert row is not None and row.flow is None

"""The Telegram staff desk end to end: the real python-telegram-bot against the fake Bot API
with forum topics. An influencer asks in their private chat, the ticket gets its own topic in
the staff forum (card first, then their messages), staff answer in the topic and the answer
reaches the influencer in their language."""

from __future__ import annotations

import asyncio
import logging
import struct
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.services.platform_actions import ActionRunner
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry, PlatformAction, Ticket
from tests.channels.test_telegram import (  # noqa: F401 (fixtures)
    TelegramUser,
    fake,
    rendered,
    start_runtime,
    texts,
)
from tests.fakes.telegram_api import FakeTelegram, SentMessage
from tests.staff import grant
from tests.support import Clock, normalise

DESK = -1001234567890
AGENT = 777001
STRANGER = 777002
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + struct.pack(">II", 64, 48) + b"\x08\x02"


@pytest.fixture
def forum(fake: FakeTelegram) -> FakeTelegram:  # noqa: F811
    fake.add_forum(DESK, title="Star Partners support")
    fake.make_bot_admin(DESK)
    return fake


async def desk_runtime(
    start_runtime: Callable[..., Any],  # noqa: F811
    database: Database,
    settings: Settings,
    clock: Clock,
) -> Runtime:
    await grant(database, settings, clock, f"telegram:{AGENT}", "support")
    runtime: Runtime = await start_runtime(telegram_support_chat_id=str(DESK))
    return runtime


async def act(runtime: Runtime, database: Database, clock: Clock) -> None:
    """Perform the queued desk actions now (the runtime does it every 2 s), and wait for any
    the runtime's own runner took first: both may run, and under load the runtime's may still
    be on its way to the fake when ours finds nothing left to take."""
    runner = ActionRunner(database, {"telegram": runtime.telegram}, clock)
    while await runner.run_once():
        pass
    for _ in range(250):  # bounded: 5 s (an action left for a later retry is waited no longer)
        async with database.read() as session:
            undone = await session.scalar(
                select(func.count())
                .select_from(PlatformAction)
                .where(PlatformAction.done_at.is_(None))
            )
        if not undone:
            return
        await asyncio.sleep(0.02)


def topic_of(api: FakeTelegram, number: int) -> int:
    for thread, topic in api.topics[DESK].items():
        if topic["name"].startswith(f"#{number} "):
            return thread
    raise AssertionError(f"no topic for ticket {number}: {api.topics[DESK]}")


async def staff_says(
    api: FakeTelegram, thread: int, user: int, text: str | None, **kw: Any
) -> None:
    api.push_topic_message(DESK, thread, user, text, **kw)
    await api.wait_confirmed()


def contents(messages: list[SentMessage]) -> list[str]:
    return [normalise(m.content or "") for m in messages]


@pytest.mark.parametrize("locale", ["ru", "pl", "fr"])
async def test_round_trip_user_topic_staff_user(
    forum: FakeTelegram,
    start_runtime: Callable[..., Any],  # noqa: F811
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
    locale: str,
) -> None:
    runtime = await desk_runtime(start_runtime, database, settings, clock)
    try:
        user = TelegramUser(forum, 5001, locale)
        question = {
            "ru": "Где моя комиссия?",
            "pl": "Gdzie jest moja prowizja?",
            "fr": "Où est ma commission ?",
        }[locale]
        assert texts(await user.send(f"/support {question}")) == [
            rendered(translator, locale, "support-opened", number=1)
        ]
        await act(runtime, database, clock)
        thread = topic_of(forum, 1)
        assert forum.topics[DESK][thread]["name"] == f"#1 · {locale} · —"
        card, copied = forum.topic_messages(DESK, thread)
        assert "Ticket #1" in card.content and "telegram:5001" in card.content  # type: ignore[operator]
        assert copied.content == f"/support {question}"  # the influencer's own message, copied

        await staff_says(forum, thread, AGENT, "Elle est en attente : 14 jours.")
        assert texts(await user._replies()) == [
            rendered(
                translator,
                locale,
                "support-reply",
                number=1,
                text="Elle est en attente : 14 jours.",
            )
        ]
        # A later message of theirs goes into the same topic.
        assert texts(await user.send("Merci !")) == [
            rendered(translator, locale, "support-added", number=1)
        ]
        await act(runtime, database, clock)
        assert contents(forum.topic_messages(DESK, thread))[-1] == "Merci !"
        # /close in the topic closes it; the influencer is asked for a rating.
        await staff_says(forum, thread, AGENT, "/close")
        assert "telegram:777001" in contents(forum.topic_messages(DESK, thread))[-1]
        async with database.read() as session:
            ticket = await session.scalar(select(Ticket))
            assert ticket is not None and ticket.state == "closed" and ticket.first_response_at
    finally:
        await runtime.stop()


async def test_two_tickets_stay_apart_and_strangers_are_refused(
    forum: FakeTelegram,
    start_runtime: Callable[..., Any],  # noqa: F811
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
) -> None:
    runtime = await desk_runtime(start_runtime, database, settings, clock)
    try:
        anna, boris = TelegramUser(forum, 5101, "pl"), TelegramUser(forum, 5102, "ru")
        await anna.send("/support Gdzie jest moja wypłata?")
        await boris.send("/support Ссылка не открывается")
        await anna.send("Czekam od tygodnia")
        await act(runtime, database, clock)
        first, second = topic_of(forum, 1), topic_of(forum, 2)
        assert contents(forum.topic_messages(DESK, first))[1:] == [
            "/support Gdzie jest moja wypłata?",
            "Czekam od tygodnia",
        ]
        assert contents(forum.topic_messages(DESK, second))[1:] == [
            "/support Ссылка не открывается"
        ]

        await staff_says(forum, second, AGENT, "Попробуйте новую ссылку")
        await staff_says(forum, first, AGENT, "Wypłata w piątek")
        assert texts(await anna._replies()) == [
            rendered(translator, "pl", "support-reply", number=1, text="Wypłata w piątek")
        ]
        assert texts(await boris._replies()) == [
            rendered(translator, "ru", "support-reply", number=2, text="Попробуйте новую ссылку")
        ]
        # A prepared answer reaches the influencer in their own language.
        await staff_says(forum, first, AGENT, "/reply faq:holding")
        holding = translator.render("pl", "faq-answer-holding", {})
        assert texts(await anna._replies()) == [
            rendered(translator, "pl", "support-reply", number=1, text=holding)
        ]
        # Someone in the staff group without the support role: refused in the topic.
        await staff_says(forum, first, STRANGER, "Hello from a stranger", language_code="pl")
        assert await anna._replies() == []
        refusal = forum.topic_messages(DESK, first)[-1]
        assert normalise(refusal.content or "") == rendered(translator, "pl", "support-desk-denied")
        assert refusal.reply_to_message_id is not None
        async with database.read() as session:
            denied = await session.scalar(
                select(AuditEntry).where(AuditEntry.actor == f"telegram:{STRANGER}")
            )
            assert denied is not None and (denied.action, denied.subject) == (
                "denied",
                "ticket.reply",
            )
    finally:
        await runtime.stop()


async def test_photos_both_ways_and_a_blocked_influencer_is_reported(
    forum: FakeTelegram,
    start_runtime: Callable[..., Any],  # noqa: F811
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
) -> None:
    runtime = await desk_runtime(start_runtime, database, settings, clock)
    try:
        user = TelegramUser(forum, 5201, "fr")
        await user.send("/support Ma vente n'apparaît pas")
        forum.push_message(
            5201,
            None,
            language_code="fr",
            extra={"caption": "La commande", **forum.upload_photo(PNG)},
        )
        assert texts(await user._replies()) == [
            rendered(translator, "fr", "support-added", number=1)
        ]
        await act(runtime, database, clock)
        thread = topic_of(forum, 1)
        photo = forum.topic_messages(DESK, thread)[-1]
        assert (photo.kind, photo.caption, photo.file_bytes) == ("photo", "La commande", PNG)

        document = forum.upload_document(b"%PDF-1.4 invoice", "facture.pdf")
        await staff_says(
            forum, thread, AGENT, None, extra={"caption": "Voici la facture", **document}
        )
        (received,) = await user._replies()
        assert received.kind == "document" and received.file_bytes == b"%PDF-1.4 invoice"
        assert normalise(received.caption or "") == rendered(
            translator, "fr", "support-reply", number=1, text="Voici la facture"
        )

        forum.block(5201)
        await staff_says(forum, thread, AGENT, "Êtes-vous toujours là ?")
        assert contents(forum.topic_messages(DESK, thread))[-1] == rendered(
            translator, "en", "support-desk-blocked"
        )
    finally:
        await runtime.stop()


async def test_the_start_up_check_says_what_to_fix(
    fake: FakeTelegram,  # noqa: F811
    start_runtime: Callable[..., Any],  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake.add_forum(DESK)
    fake.make_bot_admin(DESK, can_manage_topics=False)
    with caplog.at_level(logging.INFO, logger="bot.channels.telegram_support"):
        runtime = await start_runtime(telegram_support_chat_id=str(DESK))
        await runtime.stop()
    assert "not an administrator with Manage Topics" in caplog.text
    assert [c.method for c in fake.calls if c.method in ("getChat", "getChatMember")] == [
        "getChat",
        "getChatMember",
    ]


def test_the_support_chat_must_be_a_supergroup_id() -> None:
    from pydantic import ValidationError

    for wrong in ("12345", "@staff", "-12345", "-100abc"):
        with pytest.raises(ValidationError, match="BOT_TELEGRAM_SUPPORT_CHAT_ID"):
            Settings(_env_file=None, telegram_support_chat_id=wrong)  # type: ignore[call-arg]
    assert Settings(_env_file=None, telegram_support_chat_id=" ").telegram_support_chat_id is None  # type: ignore[call-arg]
    assert (
        Settings(_env_file=None, telegram_support_chat_id="-1001234567890").telegram_support_chat_id  # type: ignore[call-arg]
        == "-1001234567890"
    )

"""A button press from anyone but the private chat's own user changes nothing and is audited.

A stranger who learnt a message id and its callback_data (they are not secret) forges a
callback: the conversation of the chat's owner must not move, and the attempt is on record.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.runtime import Runtime
from storage.audit import AuditLog
from storage.db import Database
from storage.models import ConversationSession
from tests.channels.test_telegram import TelegramUser
from tests.fakes.telegram_api import FakeTelegram

OWNER = 5301
STRANGER = 5302


async def session_row(database: Database, chat: int) -> tuple[int, object] | None:
    async with database.read() as session:
        row = await session.scalar(
            select(ConversationSession).where(
                ConversationSession.channel == "telegram",
                ConversationSession.chat_id == str(chat),
            )
        )
        return None if row is None else (row.version, row.question)


async def test_a_strangers_forged_press_changes_nothing_and_is_audited(
    polling: Runtime, fake: FakeTelegram, database: Database
) -> None:
    owner = TelegramUser(fake, OWNER, "en")
    (question,) = await owner.send("/start")
    before = await session_row(database, OWNER)
    sent_before = len(fake.sent(OWNER))

    forged = fake.make_callback_update(
        STRANGER, question.message_id, question.callback_data("Polski"), chat_id=OWNER
    )
    fake.push_update(forged)
    await fake.wait_confirmed()

    assert await session_row(database, OWNER) == before
    assert len(fake.sent(OWNER)) == sent_before
    assert fake.message(OWNER, question.message_id).inline_keyboard is not None
    assert fake.sent(STRANGER) == []
    async with database.read() as session:
        entries = await AuditLog(session).entries(action="press.foreign")
    assert [(e.actor, e.subject) for e in entries] == [
        (f"telegram:{STRANGER}", f"telegram:{OWNER}")
    ]

    # The owner's own press still works.
    (consent,) = await owner.press("English")
    assert consent.button_texts


async def test_a_press_on_a_group_message_is_refused(
    polling: Runtime, fake: FakeTelegram, database: Database
) -> None:
    """The bot talks in private chats only: a callback from a group message is not a turn."""
    owner = TelegramUser(fake, OWNER, "en")
    (question,) = await owner.send("/start")
    before = await session_row(database, OWNER)
    forged = fake.make_callback_update(
        OWNER, question.message_id, question.callback_data("Polski"), chat_id=OWNER
    )
    forged["callback_query"]["message"]["chat"] = {
        "id": -100500,
        "type": "supergroup",
        "title": "x",
    }
    fake.push_update(forged)
    await fake.wait_confirmed()
    assert await session_row(database, OWNER) == before
    assert await session_row(database, -100500) is None
    assert fake.calls_of("sendMessage")[-1]["chat_id"] == OWNER  # nothing said in the group
    async with database.read() as session:
        entries = await AuditLog(session).entries(action="press.foreign")
    assert [e.subject for e in entries] == ["telegram:-100500"]

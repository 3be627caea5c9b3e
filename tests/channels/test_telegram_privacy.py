"""Payout details live in the payout tables only: after a /payout conversation over the webhook
(and over polling) no other table holds the IBAN or the PayPal e-mail as typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.core.engine import Engine
from bot.runtime import Runtime
from storage.db import Database
from storage.models import Base
from tests.channels.test_telegram import WEBHOOK_SECRET, free_port
from tests.fakes.telegram_api import FakeTelegram, SentMessage
from tests.payouts import IBAN, IBAN_TYPED, approved_chat, sale
from tests.support import Chat, Clock

# Where payout details belong: the details themselves, and the requests paid to them.
PAYOUT_TABLES = {"payout_methods", "payout_requests"}
EMAIL = "Quokka.Private@Example.org"


async def tables_holding(database: Database, *needles: str) -> set[str]:
    """Every table with a row whose text (spaces removed, any case: the IBAN as typed
    matches too) holds one of ``needles``."""
    wanted = [n.replace(" ", "").casefold() for n in needles]
    found: set[str] = set()
    async with database.read() as session:
        for table in Base.metadata.sorted_tables:
            for row in (await session.execute(select(table))).all():
                text = " ".join(str(value) for value in row).replace(" ", "").casefold()
                if any(needle in text for needle in wanted):
                    found.add(table.name)
    return found


class Conversation:
    """One user over the Telegram channel: each step waits for the bot's answer."""

    def __init__(self, fake: FakeTelegram, user: int, deliver: Callable[[dict[str, Any]], Any]):
        self.fake, self.user, self.deliver = fake, user, deliver

    async def _step(self, update: dict[str, Any], count: int) -> list[SentMessage]:
        before = len(self.fake.sent(self.user))
        await self.deliver(update)
        return (await self.fake.wait_sent(self.user, before + count, timeout=10))[before:]

    async def send(self, text: str, count: int = 1) -> list[SentMessage]:
        return await self._step(self.fake.make_message_update(self.user, text), count)

    async def press(self, choice: str, count: int = 1) -> list[SentMessage]:
        message = next(
            m
            for m in reversed(self.fake.sent(self.user))
            if any(
                b.get("callback_data", "").split("|")[3:4] == [choice] for r in m.buttons for b in r
            )
        )
        data = next(
            b["callback_data"]
            for r in message.buttons
            for b in r
            if b.get("callback_data", "").split("|")[3:4] == [choice]
        )
        update = self.fake.make_callback_update(self.user, message.message_id, data)
        return await self._step(update, count)


async def payout_conversations(conversation: Conversation, other: Conversation) -> None:
    await conversation.send("/payout", 2)
    await conversation.press("iban")
    await conversation.send("Quokka Nowak")
    await conversation.send(IBAN_TYPED, 2)
    await conversation.press("confirm")
    await other.send("/payout", 2)
    await other.press("paypal")
    await other.send(EMAIL, 2)
    await other.press("confirm")


async def sellers(database: Database, engine: Engine, clock: Clock, users: list[int]) -> None:
    for user in users:
        chat = Chat(engine, user_id=str(user), channel="telegram", locale="en")
        me = await approved_chat(chat, database)
        await sale(database, me, 6000, clock)


@pytest.mark.parametrize("mode", ["webhook", "polling"])
async def test_payout_details_are_kept_in_the_payout_tables_only(
    start_runtime: Callable[..., Any],
    fake: FakeTelegram,
    database: Database,
    make_engine: Callable[[], Engine],
    clock: Clock,
    mode: str,
) -> None:
    await sellers(database, make_engine(), clock, [6201, 6202])
    for user in (6201, 6202):
        fake.add_chat(user)
    extra: dict[str, Any] = {}
    if mode == "webhook":
        port = free_port()
        extra = {
            "telegram_webhook_url": f"http://127.0.0.1:{port}/telegram",
            "telegram_webhook_secret": SecretStr(WEBHOOK_SECRET),
            "web_port": port,
        }
    runtime: Runtime = await start_runtime(**extra)

    async def deliver(update: dict[str, Any]) -> None:
        if mode == "webhook":
            assert await fake.deliver_webhook(update) == 200
        else:
            fake.push_update(update)

    try:
        for user in (6201, 6202):  # the sale is announced first
            await fake.wait_sent(user, 1, timeout=10)
        await payout_conversations(
            Conversation(fake, 6201, deliver), Conversation(fake, 6202, deliver)
        )

        async def drained() -> bool:
            return await runtime.app.engine.pending_inbound("telegram") == []

        await fake.wait_for(drained, what="inbox drained")
    finally:
        await runtime.stop()
    assert await tables_holding(database, IBAN) == PAYOUT_TABLES
    assert await tables_holding(database, EMAIL) == PAYOUT_TABLES

"""A process behind a shared webhook URL leaves alone a chat another process is working on
(PostgreSQL): its update waits, unanswered and unprocessed, while another chat's is answered;
once the other process lets go, it is answered once, in order."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import SecretStr

from bot.runtime import Runtime
from storage.db import Database
from storage.repositories import Repositories
from tests.channels.test_telegram import WEBHOOK_SECRET, fake, free_port, start_runtime
from tests.fakes.telegram_api import FakeTelegram

__all__ = ["fake", "start_runtime"]  # fixtures used here


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_a_chat_held_by_another_process_waits_for_it(
    start_runtime: Callable[..., Any], fake: FakeTelegram, database: Database
) -> None:
    port = free_port()
    runtime: Runtime = await start_runtime(
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram",
        telegram_webhook_secret=SecretStr(WEBHOOK_SECRET),
        web_port=port,
    )
    try:
        busy, free = 7101, 7102
        async with database.transaction() as other_process:
            # Another process has chat 7101 (as its drain takes it while it works).
            taken = await Repositories(other_process).inbox.hold_chats("telegram", [str(busy)])
            assert taken == {str(busy)}
            for user, text in ((busy, "/start"), (busy, "/help"), (free, "/help")):
                update = fake.make_message_update(user, text, language_code="en")
                assert await fake.deliver_webhook(update) == 200
            await fake.wait_sent(free, 1)
            await asyncio.sleep(0.3)  # several looks at the held chat meanwhile
            assert fake.sent(busy) == []
            pending = await runtime.app.engine.pending_inbound("telegram")
            assert len(pending) == 2
        # Let go: the chat's two updates are answered, once each, in order (/start's greeting;
        # then /help, which asks the open question again).
        await fake.wait_sent(busy, 3)
        await asyncio.sleep(0.3)
        texts = [m.raw_text or "" for m in fake.sent(busy)]
        assert len(texts) == 3
        assert "/help" not in texts[0] and "/help" in texts[1]
        assert texts[2] == texts[0]
        assert await runtime.app.engine.pending_inbound("telegram") == []
    finally:
        await runtime.stop()

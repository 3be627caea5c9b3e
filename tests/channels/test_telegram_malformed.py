"""Updates no Telegram client would send: the bot drops them, keeps serving everyone else, and
nothing of them reaches the log."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import SecretStr

from bot.core.i18n import Translator
from bot.runtime import Runtime
from tests.channels.fuzz_updates import MARK, malformed_updates
from tests.channels.test_telegram import (
    WEBHOOK_SECRET,
    TelegramUser,
    free_port,
    rendered,
    texts,
)
from tests.fakes.telegram_api import FakeTelegram

FUZZ_COUNT = 200
ROUNDS = 10


def help_text(translator: Translator) -> str:
    return rendered(translator, "en", "help", programme="Star Partners", support="@star_support")


async def test_an_unreadable_update_is_dropped_and_polling_goes_on(
    polling: Runtime,
    fake: FakeTelegram,
    translator: Translator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """``"from": []`` made PTB fail the whole batch: the offset never moved, the process
    exited, and the raw update (the user's text) was logged at CRITICAL."""
    caplog.set_level(logging.INFO)
    broken = fake.make_message_update(4100, f"my IBAN {MARK}", language_code="en")
    broken["message"]["from"] = []
    fake.push_update(broken)
    user = TelegramUser(fake, 4101, "en")
    replies = await user.send("/help")
    assert texts(replies)[0].startswith(help_text(translator)[:20])
    assert fake.pending_updates == []  # confirmed: it will not come back
    assert not polling.failed
    assert MARK not in caplog.text
    assert not [r for r in caplog.records if r.levelno >= logging.CRITICAL]
    assert f"update {broken['update_id']} cannot be read" in caplog.text


async def test_fuzzed_updates_by_polling(
    polling: Runtime,
    fake: FakeTelegram,
    translator: Translator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    updates = malformed_updates(fake, FUZZ_COUNT, seed=11)
    user = TelegramUser(fake, 4200, "en")
    per_round = FUZZ_COUNT // ROUNDS
    for number in range(ROUNDS):
        for update in updates[number * per_round : (number + 1) * per_round]:
            fake.push_update(update)
        replies = await user.send("/help")
        assert texts(replies)[0].startswith(help_text(translator)[:20]), number
    assert fake.pending_updates == []
    assert not polling.failed
    assert MARK not in caplog.text


async def test_fuzzed_updates_by_webhook(
    start_runtime: Callable[..., Any],
    fake: FakeTelegram,
    translator: Translator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    port = free_port()
    runtime: Runtime = await start_runtime(
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram",
        telegram_webhook_secret=SecretStr(WEBHOOK_SECRET),
        web_port=port,
    )
    try:
        updates = malformed_updates(fake, FUZZ_COUNT, seed=12)
        per_round = FUZZ_COUNT // ROUNDS
        for number in range(ROUNDS):
            for update in updates[number * per_round : (number + 1) * per_round]:
                assert await fake.deliver_webhook(update) == 200
            before = len(fake.sent(4300))
            status = await fake.deliver_webhook(
                fake.make_message_update(4300, "/help", language_code="en")
            )
            assert status == 200
            sent = await fake.wait_sent(4300, before + 1, timeout=10)
            assert texts(sent[before:])[0].startswith(help_text(translator)[:20]), number

        async def drained() -> bool:
            return await runtime.app.engine.pending_inbound("telegram") == []

        await fake.wait_for(drained, timeout=10, what="inbox drained")
        assert not runtime.failed
        assert MARK not in caplog.text
    finally:
        await runtime.stop()

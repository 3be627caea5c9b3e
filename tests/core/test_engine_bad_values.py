"""A value the database refuses is the update's fault, not an outage: the user gets the
apology and the update is not retried for ever (it would block the chat)."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from bot.core.events import Incoming
from storage.db import Database


async def test_a_value_too_long_for_its_column_is_answered_not_retried(
    engine: Engine, database: Database
) -> None:
    if database.is_sqlite:
        pytest.skip("SQLite does not enforce column lengths")
    too_long = "7" * 100  # identities.external_id holds 64 characters
    replies = await engine.handle(Incoming.from_text("console", too_long, too_long, "/help"))
    assert [reply.message_id for reply in replies] == ["error-internal"]

"""The webhook inbox (storage/inbox.py): updates stored together, and processes sharing it
taking its chats (``hold_chats``).

Why: behind one webhook URL, every process drains the same inbox; without taking a chat, each
update was worked on by every process (the turn's claim kept the answers single, but the work
was done N times and chats could run out of order across processes)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from storage.db import Database
from storage.repositories import Repositories


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_a_chat_is_held_by_one_transaction_at_a_time(database: Database) -> None:
    async with database.read() as second:
        theirs = Repositories(second).inbox
        async with database.read() as first:
            mine = Repositories(first).inbox
            assert await mine.hold_chats("telegram", ["42", "None"]) == {"42", "None"}
            assert await mine.hold_chats("telegram", ["42"]) == {"42"}  # held already: ours
            assert await theirs.hold_chats("telegram", ["41", "42", "43", "None"]) == {"41", "43"}
            assert await theirs.hold_chats("discord", ["42"]) == {"42"}  # another channel's
            assert await theirs.hold_chats("telegram", []) == set()
        # The first transaction ended: its chats are free again.
        assert await theirs.hold_chats("telegram", ["42", "None"]) == {"42", "None"}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
async def test_sqlite_has_nothing_to_hold(database: Database) -> None:
    async with database.read() as first, database.read() as second:
        assert await Repositories(first).inbox.hold_chats("telegram", ["42"]) == {"42"}
        assert await Repositories(second).inbox.hold_chats("telegram", ["42"]) == {"42"}


async def test_updates_stored_together_say_which_were_new(database: Database) -> None:
    now = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    async with database.transaction() as session:
        inbox = Repositories(session).inbox
        assert await inbox.store("telegram", "1", {"update_id": 1}, now)
    items: list[tuple[str, str, dict[str, Any]]] = [
        ("telegram", "1", {"update_id": 1}),  # stored before: a redelivery
        ("telegram", "2", {"update_id": 2}),
        ("telegram", "2", {"update_id": 2}),  # twice in one batch: the second is a redelivery
        ("discord", "2", {"id": "2"}),  # the same id on another channel is another update
    ]
    async with database.transaction() as session:
        assert await Repositories(session).inbox.store_many(items, now) == [
            False,
            True,
            False,
            True,
        ]
    async with database.read() as session:
        pending = await Repositories(session).inbox.pending("telegram")
    assert [(u.update_id, u.payload) for u in pending] == [
        ("1", {"update_id": 1}),
        ("2", {"update_id": 2}),
    ]

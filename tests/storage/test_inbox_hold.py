"""Processes sharing the webhook inbox take its chats (storage/inbox.py ``hold_chats``).

Why: behind one webhook URL, every process drains the same inbox; without taking a chat, each
update was worked on by every process (the turn's claim kept the answers single, but the work
was done N times and chats could run out of order across processes)."""

from __future__ import annotations

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

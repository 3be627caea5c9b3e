"""The rate-limit counter (storage/abuse.py ``Abuse.count``): one upsert statement per message,
so it must count like the read-modify-write it replaced, on both databases, and lose no message
when the same user's turns run in parallel transactions (several processes)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from storage.db import Database
from storage.repositories import Repositories

START = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)
WINDOW = timedelta(seconds=60)


async def _user(database: Database) -> int:
    async with database.transaction() as session:
        user, _ = await Repositories(session).users.touch("console", "77", "77", None, START)
    return user.id


async def _count(database: Database, user_id: int, now: datetime) -> tuple[int, bool, datetime]:
    async with database.transaction() as session:
        count = await Repositories(session).abuse.count(user_id, now, WINDOW)
    return count.count, count.warned, count.ends_at


async def test_counts_within_a_window_and_starts_afresh_when_it_ends(database: Database) -> None:
    user_id = await _user(database)
    assert await _count(database, user_id, START) == (1, False, START + WINDOW)
    assert await _count(database, user_id, START + timedelta(seconds=59)) == (
        2,
        False,
        START + WINDOW,
    )
    async with database.transaction() as session:
        await Repositories(session).abuse.warned(user_id)
    # Still the same window: the warning is remembered.
    later = START + timedelta(seconds=59, microseconds=999_999)
    assert await _count(database, user_id, later) == (3, True, START + WINDOW)
    # The window ends exactly at started_at + window: a new one begins, unwarned, at 1.
    ended = START + WINDOW
    assert await _count(database, user_id, ended) == (1, False, ended + WINDOW)
    assert await _count(database, user_id, ended + timedelta(seconds=1)) == (
        2,
        False,
        ended + WINDOW,
    )


async def test_parallel_messages_of_one_user_are_all_counted(database: Database) -> None:
    user_id = await _user(database)
    await asyncio.gather(*(_count(database, user_id, START) for _ in range(12)))
    assert (await _count(database, user_id, START))[0] == 13


async def test_the_count_says_whether_the_user_is_blocked_and_was_told(database: Database) -> None:
    user_id = await _user(database)
    async with database.transaction() as session:
        abuse = Repositories(session).abuse
        assert (await abuse.count(user_id, START, WINDOW)).block_noticed is None
        assert await abuse.block(user_id, "spam", "telegram:1", START)
        assert (await abuse.count(user_id, START, WINDOW)).block_noticed is False
        await abuse.mark_noticed(user_id)
        told = await abuse.count(user_id, START, WINDOW)
        assert (told.count, told.block_noticed) == (3, True)  # a blocked user's messages count
        assert await abuse.unblock(user_id)
        fresh = await abuse.count(user_id, START, WINDOW)  # unblocked: a fresh window
        assert (fresh.count, fresh.block_noticed) == (1, None)

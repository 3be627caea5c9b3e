"""The turn's hot statements run as Core on the transaction's connection (storage/core_path.py).

Why: they bypass the ORM session, so they must still be part of its transaction (rolled back
with the turn, seeing what the turn wrote before them) and follow a session into its next
transaction; the session a turn saves must read back as it was written.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from storage.db import Database
from storage.repositories import Repositories
from storage.sessions import SessionRecord, StaleSession

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)


class Boom(Exception):
    pass


async def failing_turn(database: Database) -> None:
    async with database.transaction() as session:
        services = Repositories(session)
        assert await services.updates.claim("telegram", "1", NOW)
        user, _ = await services.users.touch("telegram", "5", "5", "ru", NOW)
        await services.abuse.count(user.id, NOW, timedelta(minutes=1))
        state = SessionRecord("telegram", "5", user_id=user.id, flow="onboarding")
        await services.sessions.save(state, NOW)
        await services.replies.add("telegram", "5", [{"id": "x"}], NOW, NOW)
        raise Boom


async def test_a_failed_turn_leaves_no_row_of_its_core_statements(database: Database) -> None:
    with pytest.raises(Boom):
        await failing_turn(database)
    async with database.transaction() as session:
        services = Repositories(session)
        assert await services.updates.claim("telegram", "1", NOW)  # not claimed before
        assert await services.users.identity("telegram", "5") is None
        assert (await services.sessions.load("telegram", "5")).version is None
        assert await services.replies.claim("telegram", NOW, NOW + timedelta(seconds=30)) == []


async def test_a_saved_session_reads_back_as_written(database: Database) -> None:
    question = {"flow": "onboarding", "step": "name", "kind": "text"}
    data = {"name": "Анна", "channels": [{"platform": "youtube", "audience": 12000}]}
    async with database.transaction() as session:
        services = Repositories(session)
        user, _ = await services.users.touch("telegram", "6", "6", None, NOW)
        first = SessionRecord(
            "telegram", "6", user_id=user.id, flow="onboarding", question=question, data=data
        )
        first.expires_at = NOW + timedelta(hours=1)
        await services.sessions.save(first, NOW)
        assert first.version == 1
        loaded = await services.sessions.load("telegram", "6")  # same transaction: seen
    assert loaded == first
    async with database.transaction() as session:
        sessions = Repositories(session).sessions
        again = await sessions.load("telegram", "6")
        again.flow, again.question, again.data, again.expires_at = None, None, {}, None
        await sessions.save(again, NOW)
    async with database.read() as session:
        stored = await Repositories(session).sessions.load("telegram", "6")
    assert stored == SessionRecord("telegram", "6", user_id=user.id, version=2)
    async with database.transaction() as session:
        with pytest.raises(StaleSession):
            await Repositories(session).sessions.save(first, NOW)  # version 1 is gone


async def test_one_session_object_across_two_transactions(database: Database) -> None:
    """A session that commits and begins again runs on the connection of its new transaction."""
    async with database.transaction() as session:
        services = Repositories(session)
        assert await services.updates.claim("telegram", "7", NOW)
    async with session.begin():
        assert not await services.updates.claim("telegram", "7", NOW)  # the first one committed
        assert await services.updates.claim("telegram", "8", NOW)
    await session.close()
    async with database.read() as session:
        assert await Repositories(session).updates.seen("telegram", "8")

"""One contract for the repositories, run on SQLite and on PostgreSQL."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import UTC, datetime, timedelta
from functools import cached_property

import pytest

import storage
from storage.db import Database
from storage.influencers import Application, ChannelRecord
from storage.repositories import Repositories
from storage.sessions import StaleSession

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


async def test_touch_creates_once_and_marks_reachable(database: Database) -> None:
    async with database.transaction() as session:
        repos = Repositories(session)
        user, identity = await repos.users.touch("telegram", "42", "42", "ru-RU", NOW)
        again, same = await repos.users.touch("telegram", "42", "42", None, NOW)
        assert again.id == user.id
        assert same.id == identity.id
        assert same.locale_hint == "ru-RU"
        await repos.users.mark_unreachable("telegram", "42", NOW)
    async with database.read() as session:
        found = await Repositories(session).users.identity("telegram", "42")
        assert found is not None
        assert not found.reachable
    async with database.transaction() as session:
        _, identity = await Repositories(session).users.touch("telegram", "42", "42", None, NOW)
        assert identity.reachable


async def test_session_save_detects_a_concurrent_writer(database: Database) -> None:
    async with database.transaction() as session:
        repos = Repositories(session)
        record = await repos.sessions.load("console", "1")
        record.data["step"] = 1
        await repos.sessions.save(record, NOW)
    async with database.transaction() as session:
        mine = await Repositories(session).sessions.load("console", "1")
    async with database.transaction() as session:
        theirs = await Repositories(session).sessions.load("console", "1")
        theirs.data["step"] = 2
        await Repositories(session).sessions.save(theirs, NOW)
    mine.data["step"] = 3
    with pytest.raises(StaleSession):
        async with database.transaction() as session:
            await Repositories(session).sessions.save(mine, NOW)
    async with database.read() as session:
        stored = await Repositories(session).sessions.load("console", "1")
    assert stored.data == {"step": 2}
    assert stored.version == 2


async def test_update_claims_are_once_only_and_prunable(database: Database) -> None:
    async with database.transaction() as session:
        updates = Repositories(session).updates
        assert await updates.claim("telegram", "100", NOW)
        assert not await updates.claim("telegram", "100", NOW)
        assert await updates.claim("discord", "100", NOW)
    async with database.transaction() as session:
        updates = Repositories(session).updates
        assert await updates.prune(NOW + timedelta(seconds=1)) == 2
        assert not await updates.seen("telegram", "100")


async def test_times_round_trip_as_aware_utc(database: Database) -> None:
    moment = datetime(2026, 3, 29, 1, 30, 15, tzinfo=UTC)
    async with database.transaction() as session:
        repos = Repositories(session)
        user, _ = await repos.users.touch("console", "1", "1", None, moment)
        record = await repos.influencers.submit(
            Application(
                user_id=user.id,
                display_name="Ann",
                country="PL",
                niche="food",
                consent_version="v1",
                consent_at=moment,
                referral_code=None,
                registered_channel="console",
                channels=[ChannelRecord("twitch", "ann", "https://www.twitch.tv/ann", 10)],
            ),
            moment,
        )
    assert record.submitted_at == moment
    assert record.submitted_at.tzinfo is not None
    async with database.read() as session:
        loaded = await Repositories(session).influencers.by_user(user.id)
    assert loaded is not None
    assert loaded.consent_at == moment
    assert loaded.channels == (ChannelRecord("twitch", "ann", "https://www.twitch.tv/ann", 10),)
    async with database.read() as session:
        assert await Repositories(session).influencers.count_by_status() == {"pending": 1}


def _repository_types() -> set[type]:
    """Every storage class built from a session (Repositories itself aside)."""
    found: set[type] = set()
    for info in pkgutil.iter_modules(storage.__path__, "storage."):
        if info.name in ("storage.migrations", "storage.repositories"):
            continue
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            init = cls.__dict__.get("__init__")
            if cls.__module__ != info.name or init is None:
                continue
            if "session" in inspect.signature(init).parameters:
                found.add(cls)
    return found


async def test_repositories_offers_every_repository_each_built_once_on_first_use(
    database: Database,
) -> None:
    """Complete, so nobody needs the session; lazy, as one is made for every update."""
    async with database.read() as session:
        repos = Repositories(session)
        assert set(vars(repos)) == {"session"}
        names = [n for n, v in vars(Repositories).items() if isinstance(v, cached_property)]
        assert {type(getattr(repos, name)) for name in names} >= _repository_types()
        assert repos.payouts is repos.payouts
        assert repos.payouts.session is session

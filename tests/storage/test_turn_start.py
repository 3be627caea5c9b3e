"""A turn's first read (storage/turn_start.py) gives what ``Users.touch`` and ``Sessions.load``
gave apart: the same records and the same rows written, in every case a turn can meet.

The two ways run side by side in one database on two channels, so only the channel and the
generated ids may differ.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from storage.db import Database
from storage.models import Identity, User
from storage.repositories import Repositories
from storage.sessions import SessionRecord
from storage.users import IdentityRecord, UserRecord

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
LATER = NOW + timedelta(minutes=5)
Opened = tuple[UserRecord, IdentityRecord, SessionRecord]


async def read(
    database: Database, channel: str, account: str, chat: str, hint: str | None, now: datetime
) -> Opened:
    async with database.transaction() as session:
        services = Repositories(session)
        if channel == "telegram":
            return await services.turn_start.open(channel, account, chat, hint, now)
        user, identity = await services.users.touch(channel, account, chat, hint, now)
        return user, identity, await services.sessions.load(channel, chat)


def comparable(opened: Opened) -> tuple[object, ...]:
    user, identity, state = opened
    return (
        (user.locale, user.created_at, user.last_seen_at),
        (identity.external_id, identity.chat_id, identity.locale_hint, identity.reachable),
        (state.chat_id, state.user_id == user.id, state.flow, state.data, state.version),
    )


async def stored(database: Database, channel: str) -> list[tuple[object, ...]]:
    async with database.read() as session:
        found = await session.execute(
            select(
                Identity.external_id,
                Identity.chat_id,
                Identity.locale_hint,
                Identity.reachable,
                User.locale,
                User.last_seen_at,
            )
            .join(User, User.id == Identity.user_id)
            .where(Identity.channel == channel)
            .order_by(Identity.external_id)
        )
    return [tuple(row) for row in found]


async def test_the_same_records_and_rows_as_touch_and_load(database: Database) -> None:
    for channel in ("telegram", "discord"):
        assert (await read(database, channel, "1", "1", "ru", NOW))[2].version is None
        async with database.transaction() as session:
            services = Repositories(session)
            user, _ = await services.users.touch(channel, "1", "1", None, NOW)
            state = SessionRecord(channel, "1", user_id=user.id, flow="onboarding")
            state.data = {"name": "Zoë"}
            await services.sessions.save(state, NOW)
    steps = [
        ("1", "1", "ru", NOW),  # known, with a session
        ("1", "1", "pl", LATER),  # a new language hint, seen later: both written
        ("1", "9", None, LATER),  # the same account in another chat: no session there
        ("2", "1", "en", LATER),  # a newcomer in a chat that holds a session
        ("2", "1", None, LATER),  # and now known, in that chat
    ]
    for account, chat, hint, now in steps:
        one = await read(database, "telegram", account, chat, hint, now)
        two = await read(database, "discord", account, chat, hint, now)
        assert comparable(one) == comparable(two)
        assert await stored(database, "telegram") == await stored(database, "discord")
    last = await read(database, "telegram", "1", "1", None, LATER)
    assert (last[2].flow, last[2].data) == ("onboarding", {"name": "Zoë"})

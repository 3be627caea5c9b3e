"""Users and their channel identities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage import core_path
from storage.models import Identity, User

# last_seen_at feeds "active since" segments; minute precision saves a write on most messages.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)

# Built once: every turn runs it, and building a statement costs more than running it.
FOUND_COLUMNS = (
    Identity.id,
    Identity.user_id,
    Identity.chat_id,
    Identity.locale_hint,
    Identity.reachable,
    User.locale,
    User.created_at,
    User.last_seen_at,
)
FOUND_JOIN = Identity.__table__.join(User.__table__, User.id == Identity.user_id)
FOUND_WHERE = (Identity.channel == bindparam("channel")) & (
    Identity.external_id == bindparam("external_id")
)
_FIND = select(*FOUND_COLUMNS).select_from(FOUND_JOIN).where(FOUND_WHERE)
# The first answer of every registration (the language): built once, Core on the table.
_USERS: Table = User.__table__  # type: ignore[assignment]
_SET_LOCALE = (
    update(_USERS).where(_USERS.c.id == bindparam("key_id")).values(locale=bindparam("locale"))
)


@dataclass(frozen=True, slots=True)
class UserRecord:
    id: int
    locale: str | None
    created_at: datetime
    last_seen_at: datetime


@dataclass(frozen=True, slots=True)
class IdentityRecord:
    id: int
    user_id: int
    channel: str
    external_id: str
    chat_id: str
    locale_hint: str | None
    reachable: bool


def _user(row: User) -> UserRecord:
    return UserRecord(row.id, row.locale, row.created_at, row.last_seen_at)


def _identity(row: Identity) -> IdentityRecord:
    return IdentityRecord(
        row.id,
        row.user_id,
        row.channel,
        row.external_id,
        row.chat_id,
        row.locale_hint,
        row.reachable,
    )


class Users:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def touch(
        self,
        channel: str,
        external_id: str,
        chat_id: str,
        locale_hint: str | None,
        now: datetime,
    ) -> tuple[UserRecord, IdentityRecord]:
        """Find or create the user behind a channel account; a message proves it is reachable."""
        found = await core_path.execute(
            self.session, _FIND, {"channel": channel, "external_id": external_id}
        )
        return await self.touched(found.first(), channel, external_id, chat_id, locale_hint, now)

    async def touched(
        self,
        row: Any,
        channel: str,
        external_id: str,
        chat_id: str,
        locale_hint: str | None,
        now: datetime,
    ) -> tuple[UserRecord, IdentityRecord]:
        """``touch`` once its lookup (``FOUND_COLUMNS``) is read: None for a newcomer, created
        here. A turn reads that row together with its session (storage/turn_start.py)."""
        if row is None:
            new_user = User(locale=None, created_at=now, last_seen_at=now)
            self.session.add(new_user)
            await self.session.flush()
            new_identity = Identity(
                user_id=new_user.id,
                channel=channel,
                external_id=external_id,
                chat_id=chat_id,
                locale_hint=locale_hint,
                reachable=True,
                created_at=now,
            )
            self.session.add(new_identity)
            await self.session.flush()
            return _user(new_user), _identity(new_identity)
        user = UserRecord(row.user_id, row.locale, row.created_at, row.last_seen_at)
        identity = IdentityRecord(
            id=row.id,
            user_id=row.user_id,
            channel=channel,
            external_id=external_id,
            chat_id=chat_id,
            locale_hint=locale_hint or row.locale_hint,
            reachable=True,
        )
        # Only write what changed: most messages change nothing here (this runs every turn).
        changes: dict[str, object] = {}
        if row.chat_id != chat_id:
            changes["chat_id"] = chat_id
        if not row.reachable:
            changes.update(reachable=True, unreachable_since=None)
        if locale_hint and row.locale_hint != locale_hint:
            changes["locale_hint"] = locale_hint
        if changes:
            await self.session.execute(
                update(Identity).where(Identity.id == row.id).values(**changes)
            )
        if now - row.last_seen_at >= LAST_SEEN_RESOLUTION:
            await self.session.execute(
                update(User).where(User.id == row.user_id).values(last_seen_at=now)
            )
            user = UserRecord(row.user_id, row.locale, row.created_at, now)
        return user, identity

    async def get(self, user_id: int) -> UserRecord | None:
        row = await self.session.get(User, user_id)
        return _user(row) if row else None

    async def set_locale(self, user_id: int, locale: str) -> None:
        await core_path.execute(self.session, _SET_LOCALE, {"key_id": user_id, "locale": locale})

    async def identity(self, channel: str, external_id: str) -> IdentityRecord | None:
        row = await self.session.scalar(
            select(Identity).where(Identity.channel == channel, Identity.external_id == external_id)
        )
        return _identity(row) if row else None

    async def mark_unreachable(self, channel: str, external_id: str, now: datetime) -> None:
        """The platform refused delivery (the user blocked the bot); later sends skip them."""
        await self.session.execute(
            update(Identity)
            .where(Identity.channel == channel, Identity.external_id == external_id)
            .values(reachable=False, unreachable_since=now)
        )

    async def mark_reachable(self, channel: str, external_id: str) -> None:
        await self.session.execute(
            update(Identity)
            .where(Identity.channel == channel, Identity.external_id == external_id)
            .values(reachable=True, unreachable_since=None)
        )

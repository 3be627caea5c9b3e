"""Users and their channel identities."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Identity, User

# last_seen_at feeds "active since" segments; minute precision saves a write on most messages.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)


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
        row = (
            await self.session.execute(
                select(Identity, User)
                .join(User, User.id == Identity.user_id)
                .where(Identity.channel == channel, Identity.external_id == external_id)
            )
        ).first()
        if row is None:
            user = User(locale=None, created_at=now, last_seen_at=now)
            self.session.add(user)
            await self.session.flush()
            identity = Identity(
                user_id=user.id,
                channel=channel,
                external_id=external_id,
                chat_id=chat_id,
                locale_hint=locale_hint,
                reachable=True,
                created_at=now,
            )
            self.session.add(identity)
            await self.session.flush()
            return _user(user), _identity(identity)
        identity, found = row
        # Only write what changed: most messages change nothing here.
        if identity.chat_id != chat_id:
            identity.chat_id = chat_id
        if not identity.reachable:
            identity.reachable = True
            identity.unreachable_since = None
        if locale_hint and identity.locale_hint != locale_hint:
            identity.locale_hint = locale_hint
        if now - found.last_seen_at >= LAST_SEEN_RESOLUTION:
            found.last_seen_at = now
        await self.session.flush()
        return _user(found), _identity(identity)

    async def get(self, user_id: int) -> UserRecord | None:
        row = await self.session.get(User, user_id)
        return _user(row) if row else None

    async def set_locale(self, user_id: int, locale: str) -> None:
        await self.session.execute(update(User).where(User.id == user_id).values(locale=locale))

    async def identities(self, user_id: int) -> list[IdentityRecord]:
        rows = await self.session.scalars(
            select(Identity).where(Identity.user_id == user_id).order_by(Identity.id)
        )
        return [_identity(row) for row in rows]

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

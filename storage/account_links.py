"""One-time codes that link a person's accounts on two channels to one user.

The code is shown once to the identity that asked for it and stored only as its SHA-256, so
neither the database nor a log holds a usable code. Redeeming is a conditional UPDATE on "not
used yet", so two accounts entering the same code at once cannot both link. Wrong codes are
recorded per identity to stop anybody from guessing codes.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    AccountLinkCode,
    AccountLinkFailure,
    ConversationSession,
    Identity,
    Influencer,
    Notification,
    PlatformAction,
    User,
)

# No 0/O, 1/I/l: a code read on one screen and typed on another must not be ambiguous.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 8  # 31**8 ~ 8.5e11 codes: guessing one live code takes far more than 5 tries/hour
CODE_TTL = timedelta(minutes=10)
ISSUE_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class LinkCode:
    """A redeemable code found by its text: who issued it, from which account."""

    id: int
    user_id: int
    identity_id: int
    channel: str
    expires_at: datetime
    used_at: datetime | None


def normalise_code(text: str) -> str | None:
    """What the person typed, as a code: case, spaces and dashes do not matter.
    None when it cannot be a code at all (so nothing is looked up)."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\u00a0")
    if len(cleaned) != CODE_LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned


def display_code(code: str) -> str:
    """ABCD-EFGH: two halves are easier to read and type."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def _hash(code: str) -> str:
    return hashlib.sha256(code.encode("ascii")).hexdigest()


class AccountLinks:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def issue(self, user_id: int, identity_id: int, now: datetime) -> str:
        """A new code for this identity; the ones it issued before stop working."""
        await self.session.execute(
            delete(AccountLinkCode).where(
                AccountLinkCode.identity_id == identity_id, AccountLinkCode.used_at.is_(None)
            )
        )
        for _ in range(ISSUE_ATTEMPTS):
            code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
            taken = await self.session.scalar(
                select(AccountLinkCode.id).where(AccountLinkCode.code_hash == _hash(code))
            )
            if taken is None:
                break
        else:  # pragma: no cover - 5 collisions in a space of 8.5e11
            raise RuntimeError("could not draw an unused link code")
        self.session.add(
            AccountLinkCode(
                code_hash=_hash(code),
                user_id=user_id,
                identity_id=identity_id,
                created_at=now,
                expires_at=now + CODE_TTL,
            )
        )
        await self.session.flush()
        return code

    async def find(self, code: str) -> LinkCode | None:
        row = (
            await self.session.execute(
                select(AccountLinkCode, Identity.channel)
                .join(Identity, Identity.id == AccountLinkCode.identity_id)
                .where(AccountLinkCode.code_hash == _hash(code))
            )
        ).first()
        if row is None:
            return None
        link, channel = row
        return LinkCode(
            link.id, link.user_id, link.identity_id, channel, link.expires_at, link.used_at
        )

    async def use(self, code_id: int, identity_id: int, now: datetime) -> bool:
        """Mark the code used by ``identity_id``; False when it was used (or expired) meanwhile."""
        result = await self.session.execute(
            update(AccountLinkCode)
            .where(
                AccountLinkCode.id == code_id,
                AccountLinkCode.used_at.is_(None),
                AccountLinkCode.expires_at > now,
            )
            .values(used_at=now, used_by_identity_id=identity_id)
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def record_failure(self, identity_id: int, now: datetime) -> None:
        self.session.add(AccountLinkFailure(identity_id=identity_id, attempted_at=now))
        await self.session.flush()

    async def failures_since(self, identity_id: int, since: datetime) -> int:
        count = await self.session.scalar(
            select(func.count())
            .select_from(AccountLinkFailure)
            .where(
                AccountLinkFailure.identity_id == identity_id,
                AccountLinkFailure.attempted_at > since,
            )
        )
        return int(count or 0)

    async def oldest_failure_since(self, identity_id: int, since: datetime) -> datetime | None:
        """When the oldest counted failure happened: the limit lifts an hour after it."""
        oldest: datetime | None = await self.session.scalar(
            select(func.min(AccountLinkFailure.attempted_at)).where(
                AccountLinkFailure.identity_id == identity_id,
                AccountLinkFailure.attempted_at > since,
            )
        )
        return oldest

    async def prune(self, before: datetime) -> None:
        """Forget wrong attempts and unused codes older than ``before`` (past any limit)."""
        await self.session.execute(
            delete(AccountLinkFailure).where(AccountLinkFailure.attempted_at <= before)
        )
        await self.session.execute(
            delete(AccountLinkCode).where(
                AccountLinkCode.expires_at <= before, AccountLinkCode.used_at.is_(None)
            )
        )

    async def has_application(self, user_id: int) -> bool:
        found = await self.session.scalar(
            select(Influencer.id).where(Influencer.user_id == user_id).limit(1)
        )
        return found is not None

    async def channels(self, user_id: int) -> set[str]:
        rows = await self.session.scalars(
            select(Identity.channel).where(Identity.user_id == user_id)
        )
        return set(rows)

    async def move_identity(self, identity_id: int, from_user: int, to_user: int) -> bool:
        """Re-point one identity to ``to_user``. ``from_user`` is deleted when nothing is left
        of it: its conversations, notifications and actions follow the identity, and the
        language it chose is kept if ``to_user`` has none. True when it was deleted."""
        await self.session.execute(
            update(Identity).where(Identity.id == identity_id).values(user_id=to_user)
        )
        remaining = await self.session.scalar(
            select(Identity.id).where(Identity.user_id == from_user).limit(1)
        )
        if remaining is not None:
            return False
        for table in (ConversationSession, Notification, PlatformAction):
            await self.session.execute(
                update(table).where(table.user_id == from_user).values(user_id=to_user)
            )
        locales = dict(
            (
                await self.session.execute(
                    select(User.id, User.locale).where(User.id.in_((from_user, to_user)))
                )
            ).all()
        )
        if locales.get(to_user) is None and locales.get(from_user) is not None:
            await self.session.execute(
                update(User).where(User.id == to_user).values(locale=locales[from_user])
            )
        await self.session.execute(
            delete(AccountLinkCode).where(AccountLinkCode.user_id == from_user)
        )
        await self.session.execute(delete(User).where(User.id == from_user))
        return True

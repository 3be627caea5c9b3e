"""Staff console sign-in: one-time login tokens and the sessions they open.

A token is shown once (in the /console reply) and stored only as its SHA-256; using it is a
conditional UPDATE on "not used yet, not expired", so a link works once even when two browsers
open it together. A session row stands behind each signed-in browser: the encrypted cookie
carries only the row's random key, so ending the row (sign-out, an owner signing out every
session of an account, idle expiry) ends the session at its next request.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import ConsoleLoginToken, ConsoleSession

TOKEN_TTL = timedelta(minutes=10)
# Only write "last seen" when it moved this much: one write a minute, not one per page.
TOUCH_EVERY = timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class ConsoleAccount:
    """Who a token or session belongs to: a channel account, as roles are granted."""

    channel: str
    external_id: str

    @property
    def actor(self) -> str:
        return f"{self.channel}:{self.external_id}"


@dataclass(frozen=True, slots=True)
class TokenState:
    """What a login link is now: usable, already used, expired, or unknown."""

    status: str  # "ok" | "used" | "expired" | "unknown"
    account: ConsoleAccount | None


@dataclass(frozen=True, slots=True)
class SessionRecord:
    id: int
    key: str
    account: ConsoleAccount
    created_at: datetime
    last_seen_at: datetime
    ended_at: datetime | None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _session(row: ConsoleSession) -> SessionRecord:
    return SessionRecord(
        row.id,
        row.key,
        ConsoleAccount(row.channel, row.external_id),
        row.created_at,
        row.last_seen_at,
        row.ended_at,
    )


class ConsoleAccess:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def issue_token(self, channel: str, external_id: str, now: datetime) -> str:
        """A new login token for this account (the link's last part), valid 10 minutes."""
        token = secrets.token_urlsafe(32)
        self.session.add(
            ConsoleLoginToken(
                token_hash=token_hash(token),
                channel=channel,
                external_id=external_id,
                created_at=now,
                expires_at=now + TOKEN_TTL,
            )
        )
        await self.session.flush()
        return token

    async def token_state(self, token: str, now: datetime) -> TokenState:
        row = await self.session.scalar(
            select(ConsoleLoginToken).where(ConsoleLoginToken.token_hash == token_hash(token))
        )
        if row is None:
            return TokenState("unknown", None)
        account = ConsoleAccount(row.channel, row.external_id)
        if row.used_at is not None:
            return TokenState("used", account)
        if row.expires_at <= now:
            return TokenState("expired", account)
        return TokenState("ok", account)

    async def use_token(self, token: str, now: datetime) -> TokenState:
        """Spend the token: "ok" once, then "used" (or "expired", "unknown")."""
        result = await self.session.execute(
            update(ConsoleLoginToken)
            .where(
                ConsoleLoginToken.token_hash == token_hash(token),
                ConsoleLoginToken.used_at.is_(None),
                ConsoleLoginToken.expires_at > now,
            )
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        state = await self.token_state(token, now)
        if getattr(result, "rowcount", 0) == 1 and state.account is not None:
            return TokenState("ok", state.account)
        return state

    async def open_session(self, account: ConsoleAccount, now: datetime) -> str:
        """A new session for the account; its key goes into the encrypted cookie."""
        key = secrets.token_urlsafe(32)
        self.session.add(
            ConsoleSession(
                key=key,
                channel=account.channel,
                external_id=account.external_id,
                created_at=now,
                last_seen_at=now,
            )
        )
        await self.session.flush()
        return key

    async def live_session(self, key: str, now: datetime, idle: timedelta) -> SessionRecord | None:
        """The session behind a cookie if it still stands and was used within ``idle``;
        touches it. An idle session is ended, so it cannot come back."""
        row = await self.session.scalar(select(ConsoleSession).where(ConsoleSession.key == key))
        if row is None or row.ended_at is not None:
            return None
        if row.last_seen_at + idle <= now:
            await self.end(key, now)
            return None
        if now - row.last_seen_at >= TOUCH_EVERY:
            await self.session.execute(
                update(ConsoleSession)
                .where(ConsoleSession.id == row.id)
                .values(last_seen_at=now)
                .execution_options(synchronize_session=False)
            )
        return _session(row)

    async def end(self, key: str, now: datetime) -> bool:
        result = await self.session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.key == key, ConsoleSession.ended_at.is_(None))
            .values(ended_at=now)
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def end_all(self, account: ConsoleAccount, now: datetime) -> int:
        """Sign out every session of an account; how many were open."""
        result = await self.session.execute(
            update(ConsoleSession)
            .where(
                ConsoleSession.channel == account.channel,
                ConsoleSession.external_id == account.external_id,
                ConsoleSession.ended_at.is_(None),
            )
            .values(ended_at=now)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    async def open_sessions(self, limit: int = 200) -> list[SessionRecord]:
        rows = await self.session.scalars(
            select(ConsoleSession)
            .where(ConsoleSession.ended_at.is_(None))
            .order_by(ConsoleSession.last_seen_at.desc())
            .limit(limit)
        )
        return [_session(r) for r in rows]

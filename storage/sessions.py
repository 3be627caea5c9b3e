"""Conversation sessions, saved on every turn under optimistic version control."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from storage import core_path
from storage.models import ConversationSession


class StaleSession(Exception):
    """Another process saved this conversation since we loaded it; the turn must be redone."""


@dataclass(slots=True)
class SessionRecord:
    """A conversation's state. ``version`` is None until it is first saved."""

    channel: str
    chat_id: str
    user_id: int | None = None
    flow: str | None = None
    question: dict[str, Any] | None = None
    data: dict[str, Any] = field(default_factory=dict)
    version: int | None = None
    expires_at: datetime | None = None


# Built once: every turn runs it.
_LOAD = select(
    ConversationSession.channel,
    ConversationSession.chat_id,
    ConversationSession.user_id,
    ConversationSession.flow,
    ConversationSession.question,
    ConversationSession.data,
    ConversationSession.version,
    ConversationSession.expires_at,
).where(
    ConversationSession.channel == bindparam("channel"),
    ConversationSession.chat_id == bindparam("chat_id"),
)


class Sessions:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def load(self, channel: str, chat_id: str) -> SessionRecord:
        row = (
            await core_path.execute(self.session, _LOAD, {"channel": channel, "chat_id": chat_id})
        ).first()
        if row is None:
            return SessionRecord(channel=channel, chat_id=chat_id)
        return SessionRecord(
            channel=row.channel,
            chat_id=row.chat_id,
            user_id=row.user_id,
            flow=row.flow,
            question=row.question,
            data=dict(row.data or {}),
            version=row.version,
            expires_at=row.expires_at,
        )

    async def save(self, record: SessionRecord, now: datetime) -> None:
        """Insert or update; raise ``StaleSession`` if the stored version moved on."""
        values = {
            "user_id": record.user_id,
            "flow": record.flow,
            "question": record.question,
            "data": record.data,
            "expires_at": record.expires_at,
            "updated_at": now,
        }
        if record.version is None:
            self.session.add(
                ConversationSession(
                    channel=record.channel, chat_id=record.chat_id, version=1, **values
                )
            )
            await self.session.flush()
            record.version = 1
            return
        result: CursorResult[tuple[()]] = await self.session.execute(  # type: ignore[assignment]
            update(ConversationSession)
            .where(
                ConversationSession.channel == record.channel,
                ConversationSession.chat_id == record.chat_id,
                ConversationSession.version == record.version,
            )
            .values(version=record.version + 1, **values)
        )
        if result.rowcount != 1:
            raise StaleSession(f"{record.channel}:{record.chat_id}")
        record.version += 1

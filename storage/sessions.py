"""Conversation sessions, saved on every turn under optimistic version control."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
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


# Built once: every turn runs it (with the user's lookup: storage/turn_start.py).
_SESSIONS: Table = ConversationSession.__table__  # type: ignore[assignment]
LOADED_COLUMNS = tuple(
    _SESSIONS.c[name].label(f"session_{name}")
    for name in ("user_id", "flow", "question", "data", "version", "expires_at")
)
_LOAD = select(*LOADED_COLUMNS).where(
    _SESSIONS.c.channel == bindparam("channel"), _SESSIONS.c.chat_id == bindparam("chat_id")
)


def loaded(row: Any, channel: str, chat_id: str) -> SessionRecord:
    """The record from a row of ``LOADED_COLUMNS``; a new one when there is none (None, or a
    row whose outer-joined session columns are all NULL)."""
    if row is None or row.session_version is None:
        return SessionRecord(channel=channel, chat_id=chat_id)
    return SessionRecord(
        channel=channel,
        chat_id=chat_id,
        user_id=row.session_user_id,
        flow=row.session_flow,
        question=row.session_question,
        data=dict(row.session_data or {}),
        version=row.session_version,
        expires_at=row.session_expires_at,
    )


_VALUES = ("user_id", "flow", "question", "data", "expires_at", "updated_at")
# A conversation is saved on most turns that write: both built once, as Core on the table.
_INSERT = insert(_SESSIONS).values(
    channel=bindparam("channel"),
    chat_id=bindparam("chat_id"),
    version=1,
    **{name: bindparam(name) for name in _VALUES},
)
_UPDATE = (
    update(_SESSIONS)
    .where(
        _SESSIONS.c.channel == bindparam("key_channel"),
        _SESSIONS.c.chat_id == bindparam("key_chat_id"),
        _SESSIONS.c.version == bindparam("key_version"),
    )
    .values(version=_SESSIONS.c.version + 1, **{name: bindparam(name) for name in _VALUES})
)


class Sessions:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def load(self, channel: str, chat_id: str) -> SessionRecord:
        values = {"channel": channel, "chat_id": chat_id}
        return loaded(
            (await core_path.execute(self.session, _LOAD, values)).first(), channel, chat_id
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
            # A concurrent first save of the same chat fails here (IntegrityError): the engine
            # redoes the turn from the stored session.
            row = {**values, "channel": record.channel, "chat_id": record.chat_id}
            await core_path.execute(self.session, _INSERT, row)
            record.version = 1
            return
        # Only the bound names: a column name among the parameters would add itself to SET.
        keys: dict[str, object] = {
            "key_channel": record.channel,
            "key_chat_id": record.chat_id,
            "key_version": record.version,
        }
        result = await core_path.execute(self.session, _UPDATE, {**values, **keys})
        if result.rowcount != 1:
            raise StaleSession(f"{record.channel}:{record.chat_id}")
        record.version += 1

"""A turn's first read: the user behind the channel account and the conversation's session,
in one statement.

Every update needs both before anything else, and each statement costs a round through
SQLAlchemy's async bridge that is worth more than SQLite's or PostgreSQL's own work on two
primary-key lookups. The session is outer-joined, so a known user without a conversation (or
with one in another chat) still gets a row; a newcomer gets none and is created as
``Users.touch`` does.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage import core_path
from storage.models import ConversationSession
from storage.sessions import LOADED_COLUMNS, SessionRecord, Sessions, loaded
from storage.users import FOUND_COLUMNS, FOUND_JOIN, FOUND_WHERE, IdentityRecord, UserRecord, Users

_SESSION = ConversationSession.__table__
_START = (
    select(*FOUND_COLUMNS, *LOADED_COLUMNS)
    .select_from(
        FOUND_JOIN.outerjoin(
            _SESSION,
            and_(
                _SESSION.c.channel == bindparam("channel"),
                _SESSION.c.chat_id == bindparam("chat_id"),
            ),
        )
    )
    .where(FOUND_WHERE)
)


class TurnStart:
    def __init__(self, session: AsyncSession, users: Users, sessions: Sessions) -> None:
        self.session = session
        self.users = users
        self.sessions = sessions

    async def open(
        self,
        channel: str,
        external_id: str,
        chat_id: str,
        locale_hint: str | None,
        now: datetime,
    ) -> tuple[UserRecord, IdentityRecord, SessionRecord]:
        """``Users.touch`` and ``Sessions.load`` of one turn, same effects, one read."""
        values = {"channel": channel, "external_id": external_id, "chat_id": chat_id}
        row = (await core_path.execute(self.session, _START, values)).first()
        user, identity = await self.users.touched(
            row, channel, external_id, chat_id, locale_hint, now
        )
        if row is None:  # a newcomer: their chat may still hold a session (an erased user's)
            return user, identity, await self.sessions.load(channel, chat_id)
        return user, identity, loaded(row, channel, chat_id)

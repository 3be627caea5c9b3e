"""Support tickets and their messages (see ``Ticket`` in storage/models.py for the states)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import SupportDesk, Ticket, TicketMessage

OPEN, WAITING, CLOSED = "open", "waiting", "closed"
ACTIVE = (OPEN, WAITING)
SUBJECT_LENGTH = 500
TEXT_LENGTH = 4096
DESKS = ("telegram", "discord")


@dataclass(frozen=True, slots=True)
class TicketRecord:
    id: int
    user_id: int
    state: str
    channel: str
    chat_id: str
    locale: str
    subject: str
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    closed_at: datetime | None
    closed_by: str | None
    rating: int | None
    telegram_thread_id: str | None
    discord_thread_id: str | None

    @property
    def active(self) -> bool:
        return self.state in ACTIVE

    def thread(self, desk: str) -> str | None:
        return self.telegram_thread_id if desk == "telegram" else self.discord_thread_id


@dataclass(frozen=True, slots=True)
class TicketMessageRecord:
    id: int
    ticket_id: int
    direction: str
    author: str
    text: str | None
    media: str | None
    source: str | None
    created_at: datetime


def _ticket(row: Ticket) -> TicketRecord:
    return TicketRecord(
        row.id,
        row.user_id,
        row.state,
        row.channel,
        row.chat_id,
        row.locale,
        row.subject,
        row.created_at,
        row.updated_at,
        row.first_response_at,
        row.closed_at,
        row.closed_by,
        row.rating,
        row.telegram_thread_id,
        row.discord_thread_id,
    )


def _message(row: TicketMessage) -> TicketMessageRecord:
    return TicketMessageRecord(
        row.id,
        row.ticket_id,
        row.direction,
        row.author,
        row.text,
        row.media,
        row.source,
        row.created_at,
    )


class Tickets:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def open(
        self, user_id: int, channel: str, chat_id: str, locale: str, subject: str, now: datetime
    ) -> TicketRecord:
        row = Ticket(
            user_id=user_id,
            state=OPEN,
            channel=channel,
            chat_id=chat_id,
            locale=locale,
            subject=subject[:SUBJECT_LENGTH],
            created_at=now,
            updated_at=now,
        )
        self.session.add(row)
        await self.session.flush()
        return _ticket(row)

    async def get(self, ticket_id: int) -> TicketRecord | None:
        row = await self.session.get(Ticket, ticket_id, populate_existing=True)
        return _ticket(row) if row is not None else None

    async def by_thread(self, desk: str, thread_id: str) -> TicketRecord | None:
        column = Ticket.telegram_thread_id if desk == "telegram" else Ticket.discord_thread_id
        row = await self.session.scalar(select(Ticket).where(column == thread_id).limit(1))
        return _ticket(row) if row is not None else None

    async def active_for_user(self, user_id: int) -> list[TicketRecord]:
        """The user's tickets not closed, newest first."""
        rows = await self.session.scalars(
            select(Ticket)
            .where(Ticket.user_id == user_id, Ticket.state.in_(ACTIVE))
            .order_by(Ticket.id.desc())
        )
        return [_ticket(row) for row in rows]

    async def of_user(self, user_id: int, limit: int = 10) -> list[TicketRecord]:
        rows = await self.session.scalars(
            select(Ticket).where(Ticket.user_id == user_id).order_by(Ticket.id.desc()).limit(limit)
        )
        return [_ticket(row) for row in rows]

    async def listing(
        self, states: tuple[str, ...] = ACTIVE, limit: int = 50
    ) -> list[TicketRecord]:
        """Tickets in ``states``, oldest first: the queue staff work through."""
        rows = await self.session.scalars(
            select(Ticket)
            .where(Ticket.state.in_(states))
            .order_by(Ticket.created_at, Ticket.id)
            .limit(limit)
        )
        return [_ticket(row) for row in rows]

    async def count(self, states: tuple[str, ...] = ACTIVE) -> int:
        return int(
            await self.session.scalar(
                select(func.count()).select_from(Ticket).where(Ticket.state.in_(states))
            )
            or 0
        )

    async def first_response_times(self, since: datetime, limit: int = 10_000) -> list[timedelta]:
        """How long tickets opened since ``since`` waited for their first answer."""
        rows = await self.session.execute(
            select(Ticket.created_at, Ticket.first_response_at)
            .where(Ticket.created_at >= since, Ticket.first_response_at.is_not(None))
            .order_by(Ticket.created_at.desc())
            .limit(limit)
        )
        return [answered - opened for opened, answered in rows if answered is not None]

    async def add_message(
        self,
        ticket_id: int,
        direction: str,
        author: str,
        text: str | None,
        now: datetime,
        *,
        media: str | None = None,
        source: str | None = None,
    ) -> TicketMessageRecord:
        row = TicketMessage(
            ticket_id=ticket_id,
            direction=direction,
            author=author,
            text=text[:TEXT_LENGTH] if text else text,
            media=media,
            source=source,
            created_at=now,
        )
        self.session.add(row)
        await self.session.flush()
        return _message(row)

    async def messages(self, ticket_id: int, limit: int = 200) -> list[TicketMessageRecord]:
        rows = await self.session.scalars(
            select(TicketMessage)
            .where(TicketMessage.ticket_id == ticket_id)
            .order_by(TicketMessage.id)
            .limit(limit)
        )
        return [_message(row) for row in rows]

    async def message(self, message_id: int) -> TicketMessageRecord | None:
        row = await self.session.get(TicketMessage, message_id)
        return _message(row) if row is not None else None

    async def set_state(
        self, ticket_id: int, state: str, now: datetime, *, closed_by: str | None = None
    ) -> None:
        values: dict[str, object] = {"state": state, "updated_at": now}
        if state == CLOSED:
            values.update(closed_at=now, closed_by=closed_by)
        else:
            values.update(closed_at=None, closed_by=None, rating=None, rated_at=None)
        await self.session.execute(
            update(Ticket)
            .where(Ticket.id == ticket_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )

    async def answered(self, ticket_id: int, now: datetime) -> None:
        """Staff answered: the ticket waits for the influencer; the first answer is timed."""
        await self.session.execute(
            update(Ticket)
            .where(Ticket.id == ticket_id)
            .values(
                state=WAITING,
                updated_at=now,
                first_response_at=func.coalesce(Ticket.first_response_at, now),
            )
            .execution_options(synchronize_session=False)
        )

    async def rate(self, ticket_id: int, rating: int, now: datetime) -> bool:
        """Record the influencer's 1-5 rating of a closed ticket, once."""
        result = await self.session.execute(
            update(Ticket)
            .where(Ticket.id == ticket_id, Ticket.state == CLOSED, Ticket.rating.is_(None))
            .values(rating=rating, rated_at=now)
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def set_thread(self, ticket_id: int, desk: str, thread_id: str) -> bool:
        """Remember the desk's topic/thread of a ticket, unless one was made already."""
        column = "telegram_thread_id" if desk == "telegram" else "discord_thread_id"
        result = await self.session.execute(
            update(Ticket)
            .where(Ticket.id == ticket_id, getattr(Ticket, column).is_(None))
            .values({column: thread_id})
            .execution_options(synchronize_session=False)
        )
        return getattr(result, "rowcount", 0) == 1

    async def set_reply_to(self, ticket_id: int, channel: str, chat_id: str) -> None:
        """Answers go where the influencer wrote last (they may have linked another platform)."""
        await self.session.execute(
            update(Ticket)
            .where(Ticket.id == ticket_id)
            .values(channel=channel, chat_id=chat_id)
            .execution_options(synchronize_session=False)
        )


@dataclass(frozen=True, slots=True)
class DeskRecord:
    channel: str
    server_id: str
    target_id: str


class SupportDesks:
    """Staff places on community servers (``/setup support <channel>`` on Discord)."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def set(
        self, channel: str, server_id: str, target_id: str, actor: str, now: datetime
    ) -> None:
        row = await self.session.get(SupportDesk, (channel, server_id))
        if row is None:
            self.session.add(
                SupportDesk(
                    channel=channel,
                    server_id=server_id,
                    target_id=target_id,
                    updated_by=actor,
                    updated_at=now,
                )
            )
        else:
            row.target_id, row.updated_by, row.updated_at = target_id, actor, now
        await self.session.flush()

    async def all(self, channel: str) -> list[DeskRecord]:
        rows = await self.session.scalars(
            select(SupportDesk)
            .where(SupportDesk.channel == channel)
            .order_by(SupportDesk.server_id)
        )
        return [DeskRecord(r.channel, r.server_id, r.target_id) for r in rows]

    async def any(self, channel: str) -> bool:
        found = await self.session.scalar(
            select(SupportDesk.server_id).where(SupportDesk.channel == channel).limit(1)
        )
        return found is not None

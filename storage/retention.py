"""Retention: deleting what is kept only for a while (``bot.services.retention`` runs it)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, String, and_, cast, delete, func, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry, Base, InboundUpdate, ProcessedUpdate, Ticket

# Support messages (the support desk's table): table, time.
SUPPORT_MESSAGES = (("ticket_messages", "created_at"),)


class Retention:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def purge(
        self,
        now: datetime,
        *,
        updates: timedelta,
        audit_details: timedelta,
        support: timedelta,
    ) -> dict[str, int]:
        """Delete what is kept no longer than its period; returns rows touched per kind."""
        counts: dict[str, int] = {}
        result = await self.session.execute(
            delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - updates)
        )
        counts["processed_updates"] = _rowcount(result)
        result = await self.session.execute(
            delete(InboundUpdate).where(
                InboundUpdate.processed_at.is_not(None),
                InboundUpdate.processed_at < now - updates,
            )
        )
        counts["inbound_updates"] = _rowcount(result)
        # Who did what to whom, and when, stays; the details go.
        result = await self.session.execute(
            update(AuditEntry)
            .where(AuditEntry.created_at < now - audit_details, _details_not_empty())
            .values(details={})
        )
        counts["audit_details"] = _rowcount(result)
        for name, column in SUPPORT_MESSAGES:
            table = Base.metadata.tables.get(name)
            if table is None or column not in table.c:
                continue
            result = await self.session.execute(
                delete(table).where(table.c[column] < now - support)
            )
            counts[name] = _rowcount(result)
        # A ticket's subject is its first message's text: it goes too once the ticket is
        # closed and untouched for the period (the ticket stays, for the figures).
        result = await self.session.execute(
            update(Ticket)
            .where(
                Ticket.state == "closed", Ticket.updated_at < now - support, Ticket.subject != ""
            )
            .values(subject="")
        )
        counts["ticket_subjects"] = _rowcount(result)
        return counts


def _details_not_empty() -> ColumnElement[bool]:
    """Audit rows whose details are not already ``{}`` (JSON equality differs between the
    databases: compare the text)."""
    return and_(AuditEntry.details.is_not(None), func.length(cast(AuditEntry.details, String)) > 2)


def _rowcount(result: Any) -> int:
    count = getattr(result, "rowcount", 0)
    return int(count) if count and count > 0 else 0

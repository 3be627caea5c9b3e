"""The audit log: every staff action, append-only, read by ``python -m bot audit``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import AuditEntry


@dataclass(frozen=True, slots=True)
class AuditRecord:
    id: int
    actor: str
    action: str
    subject: str | None
    details: dict[str, Any]
    created_at: datetime


class AuditLog:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def record(
        self,
        actor: str,
        action: str,
        subject: str | None,
        details: dict[str, Any],
        now: datetime,
    ) -> None:
        """Write one entry in the caller's transaction: it stands or falls with the action.

        ``actor`` is ``channel:id`` (or ``cli`` for the command line), ``action`` a dotted name
        (``role.grant``, ``review.approve``), ``subject`` whom or what it acted on.
        """
        self.session.add(
            AuditEntry(
                actor=actor,
                action=action,
                subject=subject,
                details=dict(details),
                created_at=now,
            )
        )
        await self.session.flush()

    async def entries(
        self,
        *,
        actor: str | None = None,
        action: str | None = None,
        since: datetime | None = None,
        limit: int = 50,
    ) -> list[AuditRecord]:
        """The newest ``limit`` entries matching, newest first."""
        query = select(AuditEntry)
        if actor is not None:
            query = query.where(AuditEntry.actor == actor)
        if action is not None:
            query = query.where(AuditEntry.action == action)
        if since is not None:
            query = query.where(AuditEntry.created_at >= since)
        rows = await self.session.scalars(
            query.order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc()).limit(limit)
        )
        return [
            AuditRecord(r.id, r.actor, r.action, r.subject, dict(r.details or {}), r.created_at)
            for r in rows
        ]

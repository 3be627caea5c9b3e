"""Staff roles granted by owners to channel accounts (owners themselves come from settings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.dialect import insert_ignoring_conflicts
from storage.models import StaffRole


@dataclass(frozen=True, slots=True)
class StaffRoleRecord:
    channel: str
    external_id: str
    role: str
    granted_by: str
    granted_at: datetime


class StaffRoles:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def grant(
        self, channel: str, external_id: str, role: str, granted_by: str, now: datetime
    ) -> bool:
        """Give ``role``; False when the account already held it (nothing changes then)."""
        result = await self.session.execute(
            insert_ignoring_conflicts(
                self.session,
                StaffRole,
                channel=channel,
                external_id=external_id,
                role=role,
                granted_by=granted_by,
                granted_at=now,
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def revoke(self, channel: str, external_id: str, role: str) -> bool:
        """Take ``role`` away; False when the account did not hold it."""
        result = await self.session.execute(
            delete(StaffRole).where(
                StaffRole.channel == channel,
                StaffRole.external_id == external_id,
                StaffRole.role == role,
            )
        )
        return bool(getattr(result, "rowcount", 0))

    async def holds_any(self, channel: str, external_id: str, roles: Sequence[str]) -> bool:
        found = await self.session.scalar(
            select(StaffRole.role)
            .where(
                StaffRole.channel == channel,
                StaffRole.external_id == external_id,
                StaffRole.role.in_(list(roles)),
            )
            .limit(1)
        )
        return found is not None

    async def roles_of(self, channel: str, external_id: str) -> list[str]:
        rows = await self.session.scalars(
            select(StaffRole.role)
            .where(StaffRole.channel == channel, StaffRole.external_id == external_id)
            .order_by(StaffRole.role)
        )
        return list(rows)

    async def all(self) -> list[StaffRoleRecord]:
        """Every grant, by account then role (a short list: the staff of one programme)."""
        rows = await self.session.scalars(
            select(StaffRole).order_by(StaffRole.channel, StaffRole.external_id, StaffRole.role)
        )
        return [
            StaffRoleRecord(r.channel, r.external_id, r.role, r.granted_by, r.granted_at)
            for r in rows
        ]

    async def holders(self, role: str) -> list[tuple[str, str]]:
        """Accounts holding exactly ``role`` (for telling reviewers about new work, say)."""
        rows = await self.session.execute(
            select(StaffRole.channel, StaffRole.external_id)
            .where(StaffRole.role == role)
            .order_by(StaffRole.channel, StaffRole.external_id)
        )
        return [(channel, external_id) for channel, external_id in rows.all()]

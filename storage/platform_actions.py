"""The platform-action outbox: calls to a platform that a decision implies (give a Discord
role, create a Telegram invite link), queued in the decision's transaction, performed after it.

The bot process that runs the action's channel takes due actions, performs them outside any
transaction and records the outcome; a transient failure is retried later with a growing
delay, a bounded number of times; a permanent one (no permission, not a member) is final.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import PlatformAction

# What an action does: give an approved influencer the server's role; invite them to the group.
DISCORD_ROLE = "discord.add_role"
TELEGRAM_INVITE = "telegram.invite"
MAX_ATTEMPTS = 6
FIRST_RETRY = timedelta(seconds=30)
OUTCOME_LENGTH = 200


@dataclass(frozen=True, slots=True)
class ActionRecord:
    id: int
    channel: str
    kind: str
    user_id: int
    args: dict[str, Any]
    attempts: int
    done_at: datetime | None
    outcome: str | None


def _record(row: PlatformAction) -> ActionRecord:
    return ActionRecord(
        row.id,
        row.channel,
        row.kind,
        row.user_id,
        dict(row.args or {}),
        row.attempts,
        row.done_at,
        row.outcome,
    )


def retry_delay(attempts: int) -> timedelta:
    """30 s, 1 min, 2 min, 4 min...: a platform outage is waited out, not hammered."""
    factor: int = 2 ** max(attempts - 1, 0)
    return FIRST_RETRY * factor


class PlatformActions:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def queue(
        self, channel: str, kind: str, user_id: int, args: dict[str, Any], now: datetime
    ) -> None:
        self.session.add(
            PlatformAction(
                channel=channel,
                kind=kind,
                user_id=user_id,
                args=dict(args),
                created_at=now,
                next_attempt_at=now,
                attempts=0,
            )
        )
        await self.session.flush()

    async def take(
        self, channels: Sequence[str], now: datetime, lease: timedelta, limit: int = 20
    ) -> list[ActionRecord]:
        """Due actions of ``channels`` this process will perform, each counted as an attempt
        and leased: another process skips them, and if this one dies they are due again when
        the lease ends (so a crash costs one attempt, never a lost or a doubled action)."""
        candidates = await self.session.scalars(
            select(PlatformAction.id)
            .where(
                PlatformAction.done_at.is_(None),
                PlatformAction.next_attempt_at <= now,
                PlatformAction.channel.in_(list(channels)),
            )
            .order_by(PlatformAction.next_attempt_at, PlatformAction.id)
            .limit(limit)
        )
        taken: list[ActionRecord] = []
        for action_id in list(candidates):
            result = await self.session.execute(
                update(PlatformAction)
                .where(
                    PlatformAction.id == action_id,
                    PlatformAction.done_at.is_(None),
                    PlatformAction.next_attempt_at <= now,
                )
                .values(next_attempt_at=now + lease, attempts=PlatformAction.attempts + 1)
                .execution_options(synchronize_session=False)
            )
            if getattr(result, "rowcount", 0) != 1:
                continue
            row = await self.session.get(PlatformAction, action_id, populate_existing=True)
            if row is None:
                continue
            if row.attempts > MAX_ATTEMPTS:  # died mid-action too often: give up
                row.done_at, row.outcome = now, "gave up: interrupted too often"
                await self.session.flush()
                continue
            taken.append(_record(row))
        return taken

    async def finish(
        self, action_id: int, outcome: str, now: datetime, *, retry: bool = False
    ) -> bool:
        """Record the attempt's outcome. ``retry``: it may work later, so it is due again after
        a growing delay, unless that was the last attempt. True when the action is finished."""
        row = await self.session.get(PlatformAction, action_id, populate_existing=True)
        if row is None or row.done_at is not None:
            return True
        row.outcome = outcome[:OUTCOME_LENGTH]
        if retry and row.attempts < MAX_ATTEMPTS:
            row.next_attempt_at = now + retry_delay(row.attempts)
            await self.session.flush()
            return False
        row.done_at = now
        await self.session.flush()
        return True

    async def for_user(self, user_id: int) -> list[ActionRecord]:
        rows = await self.session.scalars(
            select(PlatformAction)
            .where(PlatformAction.user_id == user_id)
            .order_by(PlatformAction.id)
        )
        return [_record(row) for row in rows]

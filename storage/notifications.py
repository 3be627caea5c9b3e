"""The notification outbox: messages to users that are not replies (a new sale).

A digest is a notification held until it is due, to which changes are added meanwhile; what it
says and when it is due are ``bot.services.notifications``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Identity, Influencer, Notification, User

MAX_ATTEMPTS = 5


@dataclass(frozen=True, slots=True)
class HeldDigest:
    """A digest not sent yet (``bot.services.notifications.gather`` adds to it)."""

    id: int
    args: dict[str, Any]


@dataclass(frozen=True, slots=True)
class PendingNotification:
    id: int
    message_id: str
    args: dict[str, Any]
    locale: str | None
    locale_hint: str | None
    channel: str | None
    chat_id: str | None


class Notifications:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def queue(
        self, user_id: int, message_id: str, args: dict[str, Any], now: datetime
    ) -> None:
        self.session.add(
            Notification(user_id=user_id, message_id=message_id, args=args, created_at=now)
        )
        await self.session.flush()

    async def held_digest(
        self, user_id: int, message_id: str, due_after: datetime
    ) -> HeldDigest | None:
        """The user's newest unsent ``message_id`` digest due after ``due_after``, its row
        locked until the transaction ends (PostgreSQL)."""
        row = await self.session.scalar(
            select(Notification)
            .where(
                Notification.user_id == user_id,
                Notification.message_id == message_id,
                Notification.sent_at.is_(None),
                Notification.not_before > due_after,
            )
            .order_by(Notification.id.desc())
            .limit(1)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return HeldDigest(row.id, dict(row.args)) if row is not None else None

    async def replace_args(self, notification_id: int, args: dict[str, Any]) -> None:
        """A held digest's new content."""
        await self.session.execute(
            update(Notification)
            .where(Notification.id == notification_id)
            .values(args=args)
            .execution_options(synchronize_session=False)
        )

    async def last_digest(self, user_id: int, message_id: str) -> datetime | None:
        """When the user's previous ``message_id`` digest was sent (or, unsent, is due)."""
        return await self.session.scalar(
            select(func.max(func.coalesce(Notification.sent_at, Notification.not_before))).where(
                Notification.user_id == user_id, Notification.message_id == message_id
            )
        )

    async def hold(
        self, user_id: int, message_id: str, args: dict[str, Any], now: datetime, due: datetime
    ) -> None:
        """A new notification held until ``due`` (a digest that gathers changes until then)."""
        self.session.add(
            Notification(
                user_id=user_id, message_id=message_id, args=args, created_at=now, not_before=due
            )
        )
        await self.session.flush()

    async def pending(
        self, channels: Sequence[str], limit: int = 100, now: datetime | None = None
    ) -> list[PendingNotification]:
        """Oldest first, those this process can deliver (the user is reachable on one of
        ``channels``) or nobody can (no reachable identity at all), each with where to reach
        its user: a reachable identity on those channels, preferring the one registered on.
        Others wait for the process that runs their channel, without holding these up.
        A held digest waits until its time (``now``: the current time unless given)."""
        now = now or datetime.now(UTC)
        reachable = select(Identity.id).where(
            Identity.user_id == Notification.user_id, Identity.reachable.is_(True)
        )
        rows = (
            await self.session.execute(
                select(Notification, User.locale)
                .join(User, User.id == Notification.user_id)
                .where(
                    Notification.sent_at.is_(None),
                    Notification.attempts < MAX_ATTEMPTS,
                    or_(Notification.not_before.is_(None), Notification.not_before <= now),
                    or_(
                        exists(reachable.where(Identity.channel.in_(list(channels)))),
                        ~exists(reachable),
                    ),
                )
                .order_by(Notification.id)
                .limit(limit)
            )
        ).all()
        found: list[PendingNotification] = []
        for notification, locale in rows:
            registered = await self.session.scalar(
                select(Influencer.registered_channel).where(
                    Influencer.user_id == notification.user_id
                )
            )
            identities = (
                await self.session.scalars(
                    select(Identity)
                    .where(
                        Identity.user_id == notification.user_id,
                        Identity.reachable.is_(True),
                        Identity.channel.in_(list(channels)),
                    )
                    .order_by(Identity.id)
                )
            ).all()
            identities = sorted(identities, key=lambda i: i.channel != registered)
            target = identities[0] if identities else None
            found.append(
                PendingNotification(
                    id=notification.id,
                    message_id=notification.message_id,
                    args=dict(notification.args or {}),
                    locale=locale,
                    locale_hint=target.locale_hint if target else None,
                    channel=target.channel if target else None,
                    chat_id=target.chat_id if target else None,
                )
            )
        return found

    async def finish(self, notification_id: int, sent: bool, now: datetime) -> None:
        """Sent, or one more failed attempt (given up after a few)."""
        values: dict[str, Any] = {"attempts": Notification.attempts + 1}
        if sent:
            values["sent_at"] = now
        await self.session.execute(
            update(Notification).where(Notification.id == notification_id).values(**values)
        )

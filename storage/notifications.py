"""The notification outbox: messages to users that are not replies (a new sale).

A digest (``gather``) collects changes into one held message per user, so someone whose sales
change often hears of them in one message an hour at most rather than one per change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Identity, Influencer, Notification, User

MAX_ATTEMPTS = 5
# A digest is held this long after its first change, so a batch of changes (a shop's nightly
# confirmations, a CSV import) makes one message; and is sent at most once per SPACING.
GATHER = timedelta(minutes=5)
SPACING = timedelta(hours=1)
# A digest this close to being due may be in the hands of the sender: never append to it then.
IN_FLIGHT = timedelta(minutes=1)
MAX_ITEMS = 20  # past that, "and N more changes" (a message must stay readable and short)


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

    async def gather(
        self,
        user_id: int,
        message_id: str,
        items: Sequence[dict[str, Any]],
        now: datetime,
        *,
        trailer: dict[str, Any] | None = None,
        trailer_id: str | None = None,
        more_id: str | None = None,
    ) -> None:
        """Add ``items`` (``{"$msg": ...}`` lines) to the user's held ``message_id`` digest, or
        open one, due after GATHER and at least SPACING after the previous digest was sent.
        ``trailer`` (a closing line, such as what is owed now) replaces any line of
        ``trailer_id``; past MAX_ITEMS lines a ``more_id`` line counts the rest."""
        held = await self.session.scalar(
            select(Notification)
            .where(
                Notification.user_id == user_id,
                Notification.message_id == message_id,
                Notification.sent_at.is_(None),
                Notification.not_before > now + IN_FLIGHT,
            )
            .order_by(Notification.id.desc())
            .limit(1)
            .with_for_update()
        )
        special = {trailer_id, more_id} - {None}
        if held is not None:
            lines = [i for i in held.args["changes"]["$list"] if i.get("$msg") not in special]
            more = int(held.args.get("more", 0))
        else:
            lines, more = [], 0
        for item in items:
            if len(lines) < MAX_ITEMS:
                lines.append(item)
            else:
                more += 1
        shown = list(lines)
        if more and more_id:
            shown.append({"$msg": more_id, "args": {"count": more}})
        if trailer:
            shown.append(trailer)
        args = {"changes": {"$list": shown, "separator": "\n"}, "more": more}
        if held is not None:
            held.args = args  # a new object: the JSON column sees the change
            await self.session.flush()
            return
        previous = await self.session.scalar(
            # The previous digest's sending time (or, unsent, the time it is due).
            select(func.max(func.coalesce(Notification.sent_at, Notification.not_before))).where(
                Notification.user_id == user_id, Notification.message_id == message_id
            )
        )
        due = now + GATHER
        if previous is not None and previous + SPACING > due:
            due = previous + SPACING
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

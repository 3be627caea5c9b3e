"""Creating, counting and cancelling broadcasts: what the /broadcast wizard and the command line
share. Every function runs in the caller's transaction (``services``), and the actions are
written to the audit log in it, so an action and its audit entry stand or fall together.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.broadcast.content import Content
from bot.broadcast.segment import Segment, telegram_recipients
from bot.settings import Settings
from storage.broadcasts import ACTIVE, BroadcastRecord
from storage.repositories import Repositories


@dataclass(frozen=True, slots=True)
class Audience:
    """Who a broadcast would reach now."""

    people: int  # Telegram chats, one per person
    blocked: int  # people in the segment who blocked the bot: skipped
    channels: int  # Discord announcement posts (a server channel per language)

    @property
    def empty(self) -> bool:
        return self.people == 0 and self.channels == 0


def platforms(settings: Settings) -> tuple[str, ...]:
    """The channels broadcasts can use: those with a token."""
    found = []
    if settings.telegram_token is not None:
        found.append("telegram")
    if settings.discord_token is not None:
        found.append("discord")
    return tuple(found)


async def audience(
    services: Repositories, settings: Settings, content: Content, segment: Segment
) -> Audience:
    """Counted in the database with the statement the worker will insert from."""
    languages = segment.languages_of(content.languages)
    broadcasts = services.broadcasts
    people = blocked = channels = 0
    usable = platforms(settings)
    if "telegram" in usable and segment.reaches("telegram") and languages:
        people, blocked = await broadcasts.count_people(
            telegram_recipients(segment, languages, settings.default_locale)
        )
    if "discord" in usable and segment.announces() and languages:
        channels = len(await broadcasts.announcement_targets(languages))
    return Audience(people, blocked, channels)


async def create(
    services: Repositories,
    settings: Settings,
    *,
    content: Content,
    segment: Segment,
    actor: str,
    now: datetime,
    scheduled_at: datetime | None = None,
    progress: tuple[str, str, str] | None = None,
    counted: Audience | None = None,
) -> int:
    """Queue a broadcast (now, or at ``scheduled_at``); the worker starts it when due."""
    broadcast_id = await services.broadcasts.create(
        content=content.to_dict(),
        segment=segment.to_dict(),
        default_locale=settings.default_locale,
        created_by=actor,
        now=now,
        scheduled_at=scheduled_at,
        progress=progress,
    )
    details: dict[str, object] = {
        "languages": list(content.languages),
        "segment": segment.to_dict(),
        "scheduled_at": scheduled_at.isoformat() if scheduled_at else None,
    }
    if counted is not None:
        details.update(people=counted.people, channels=counted.channels)
    await services.audit.record(
        actor, "broadcast.create", f"broadcast:{broadcast_id}", details, now
    )
    return broadcast_id


async def cancel(
    services: Repositories, broadcast_id: int, *, actor: str, now: datetime
) -> BroadcastRecord | None:
    """Stop a scheduled or running broadcast; None when there is none with that id active."""
    if not await services.broadcasts.cancel(broadcast_id, actor, now):
        return None
    await services.audit.record(actor, "broadcast.cancel", f"broadcast:{broadcast_id}", {}, now)
    return await services.broadcasts.get(broadcast_id)


async def active(services: Repositories) -> list[BroadcastRecord]:
    """Scheduled and running broadcasts, oldest first."""
    return await services.broadcasts.in_states(ACTIVE)

"""Who a broadcast reaches.

A segment filters people by language, country, social platform, application status, tier,
registration date and last activity, and chooses the messaging channels (Telegram, Discord).
People are reached one by one on Telegram, through one identity each (so a person linked on
several accounts gets one copy); Discord is reached through each server's announcement
channel for the language, never by mass direct messages. A server channel cannot be narrowed
to a country or a tier, so Discord announcements are made only for segments by language alone.

The segment becomes a ``storage.audience.Recipients`` description, which storage runs as one
statement inside the database: creating a million deliveries never brings a million rows into
Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from bot.core.i18n import SUPPORTED_LOCALES
from storage.audience import NO_APPLICATION, Recipients

CHANNELS = ("telegram", "discord")
STATUSES = ("approved", "pending", "rejected", "suspended", NO_APPLICATION)


@dataclass(frozen=True)
class Segment:
    """Every field narrows the audience; an empty one does not filter."""

    languages: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()  # social platforms of the influencer's channels
    statuses: tuple[str, ...] = ()  # influencer statuses, "none" for no application
    tiers: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()  # where to deliver: telegram, discord
    registered_since: datetime | None = None
    active_since: datetime | None = None

    @property
    def personal(self) -> bool:
        """Filters that only a message to each person can honour (not a server channel)."""
        return bool(
            self.countries
            or self.platforms
            or self.statuses
            or self.tiers
            or self.registered_since
            or self.active_since
        )

    def reaches(self, channel: str) -> bool:
        return not self.channels or channel in self.channels

    def announces(self) -> bool:
        """Whether Discord servers get announcements for this segment."""
        return self.reaches("discord") and not self.personal

    def languages_of(self, available: Sequence[str]) -> tuple[str, ...]:
        """The languages reached: those the content has, narrowed by the segment."""
        return tuple(
            locale for locale in available if not self.languages or locale in self.languages
        )

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for item in fields(self):
            value = getattr(self, item.name)
            if isinstance(value, tuple):
                if value:
                    data[item.name] = list(value)
            elif isinstance(value, datetime):
                data[item.name] = value.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        values: dict[str, Any] = {}
        for item in fields(cls):
            raw = data.get(item.name)
            if raw is None:
                continue
            if item.name.endswith("_since"):
                values[item.name] = datetime.fromisoformat(str(raw))
            else:
                values[item.name] = tuple(str(v) for v in raw)
        return cls(**values)


def telegram_recipients(
    segment: Segment,
    languages: Sequence[str],
    default_locale: str,
    *,
    after_user: int | None = None,
    upto_user: int | None = None,
) -> Recipients:
    """Everyone the segment reaches on Telegram in ``languages``: one person once, through
    one identity (a reachable one first); people who blocked the bot are counted as skipped.
    ``after_user``/``upto_user`` bound the user ids, to create deliveries in chunks."""
    reached = tuple(languages) if segment.reaches("telegram") else ()
    return Recipients(
        languages=reached,
        default_locale=default_locale,
        negotiable=SUPPORTED_LOCALES,
        countries=segment.countries,
        platforms=segment.platforms,
        statuses=segment.statuses,
        tiers=segment.tiers,
        registered_since=segment.registered_since,
        active_since=segment.active_since,
        after_user=after_user,
        upto_user=upto_user,
    )

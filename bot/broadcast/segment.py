"""Who a broadcast reaches, as SQL.

A segment filters people by language, country, social platform, application status, tier,
registration date and last activity, and chooses the messaging channels (Telegram, Discord).
People are reached one by one on Telegram, through one identity each (so a person linked on
several accounts gets one copy); Discord is reached through each server's announcement
channel for the language, never by mass direct messages. A server channel cannot be narrowed
to a country or a tier, so Discord announcements are made only for segments by language alone.

The statements here run inside the database: creating a million deliveries never brings a
million rows into Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    exists,
    false,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.orm import aliased

from bot.core.i18n import SUPPORTED_LOCALES
from storage.models import Identity, Influencer, InfluencerChannel, User, UserBlock

CHANNELS = ("telegram", "discord")
# (user_id, chat_id, locale, reachable)
Recipients = Select[int, str, str, bool]
STATUSES = ("approved", "pending", "rejected", "suspended", "none")
NO_APPLICATION = "none"


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


def locale_of(user: Any, identity: Any, default_locale: str) -> ColumnElement[str]:
    """A person's language in SQL, as the engine chooses it: their choice, else the platform's
    language tag (``ru``, ``ru-RU``, ``pt_BR``: its first two letters when we speak that
    language), else the default."""
    hint = func.lower(func.replace(identity.locale_hint, "_", "-"))
    prefix = func.substr(hint, 1, 2)
    negotiated = case(
        (
            and_(
                prefix.in_(SUPPORTED_LOCALES),
                or_(func.length(hint) == 2, func.substr(hint, 3, 1) == "-"),
            ),
            prefix,
        ),
        else_=None,
    )
    return func.coalesce(user.locale, negotiated, literal(default_locale))


def telegram_recipients(
    segment: Segment,
    languages: Sequence[str],
    default_locale: str,
    *,
    after_user: int | None = None,
    upto_user: int | None = None,
) -> Recipients:
    """(user_id, chat_id, locale, reachable) of everyone the segment reaches on Telegram.

    One row per person: their Telegram identity, a reachable one first. People who blocked
    the bot are included with ``reachable`` false, so they are counted as skipped, not lost.
    ``after_user``/``upto_user`` bound the user ids, to create deliveries in chunks.
    """
    if not segment.reaches("telegram") or not languages:
        return select(
            User.id.label("user_id"),
            literal("").label("chat_id"),
            literal("").label("locale"),
            literal(True).label("reachable"),
        ).where(false())
    other = aliased(Identity)
    chosen = (
        select(other.id)
        .where(other.user_id == User.id, other.channel == "telegram")
        .order_by(other.reachable.desc(), other.id)
        .limit(1)
        .scalar_subquery()
    )
    locale = locale_of(User, Identity, default_locale)
    query = (
        select(
            User.id.label("user_id"),
            Identity.chat_id.label("chat_id"),
            locale.label("locale"),
            Identity.reachable.label("reachable"),
        )
        .select_from(User)
        # Joined through the chosen identity's id: the database walks the users (a chunk of
        # them by primary key) and finds each one's identity by index, never scanning every
        # Telegram identity.
        .join(Identity, Identity.id == chosen)
        .outerjoin(Influencer, Influencer.user_id == User.id)
        .where(locale.in_(list(languages)))
    )
    if after_user is not None:
        query = query.where(User.id > after_user)
    if upto_user is not None:
        query = query.where(User.id <= upto_user)
    return query.where(*person_filters(segment))


def person_filters(segment: Segment) -> list[ColumnElement[bool]]:
    """The segment's conditions on ``users`` and the outer-joined ``influencers``."""
    # People staff blocked for abuse get no broadcast (handlers/abuse.py).
    conditions: list[ColumnElement[bool]] = [~exists().where(UserBlock.user_id == User.id)]
    if segment.statuses:
        statuses = [s for s in segment.statuses if s != NO_APPLICATION]
        either: list[ColumnElement[bool]] = []
        if statuses:
            either.append(Influencer.status.in_(statuses))
        if NO_APPLICATION in segment.statuses:
            either.append(Influencer.id.is_(None))
        conditions.append(or_(*either))
    if segment.countries:
        conditions.append(Influencer.country.in_(list(segment.countries)))
    if segment.tiers:
        conditions.append(Influencer.tier.in_(list(segment.tiers)))
    if segment.platforms:
        conditions.append(
            exists().where(
                InfluencerChannel.influencer_id == Influencer.id,
                InfluencerChannel.platform.in_(list(segment.platforms)),
            )
        )
    if segment.registered_since is not None:
        # Registered: applied to the programme, or first wrote to the bot if they never did.
        registered = func.coalesce(Influencer.submitted_at, User.created_at)
        conditions.append(registered >= segment.registered_since)
    if segment.active_since is not None:
        conditions.append(User.last_seen_at >= segment.active_since)
    return conditions

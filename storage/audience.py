"""Who a broadcast reaches on Telegram, as one SQL statement run inside the database.

``bot.broadcast.segment`` decides who a segment means; this module turns that description
(``Recipients``) into the statement that ``Broadcasts.add_people`` inserts from and
``Broadcasts.count_people`` counts, so creating a million deliveries never brings a million
rows into Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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

from storage.models import Identity, Influencer, InfluencerChannel, User, UserBlock

# The status of a person who never applied to the programme.
NO_APPLICATION = "none"


@dataclass(frozen=True, slots=True)
class Recipients:
    """The people to reach on Telegram: every field narrows them, an empty one does not.

    ``languages`` are the locales reached (none: nobody); ``negotiable`` the languages a
    platform's language tag may choose; ``after_user``/``upto_user`` bound the user ids, to
    create deliveries in chunks.
    """

    languages: tuple[str, ...]
    default_locale: str
    negotiable: tuple[str, ...]
    countries: tuple[str, ...] = ()
    platforms: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    tiers: tuple[str, ...] = ()
    registered_since: datetime | None = None
    active_since: datetime | None = None
    after_user: int | None = None
    upto_user: int | None = None


def locale_of(
    user: type[User], identity: type[Identity], recipients: Recipients
) -> ColumnElement[str]:
    """A person's language in SQL, as the engine chooses it: their choice, else the platform's
    language tag (``ru``, ``ru-RU``, ``pt_BR``: its first two letters when we speak that
    language), else the default."""
    hint = func.lower(func.replace(identity.locale_hint, "_", "-"))
    prefix = func.substr(hint, 1, 2)
    negotiated = case(
        (
            and_(
                prefix.in_(recipients.negotiable),
                or_(func.length(hint) == 2, func.substr(hint, 3, 1) == "-"),
            ),
            prefix,
        ),
        else_=None,
    )
    return func.coalesce(user.locale, negotiated, literal(recipients.default_locale))


def statement(recipients: Recipients) -> Select[int, str, str, bool]:
    """(user_id, chat_id, locale, reachable) of everyone ``recipients`` names on Telegram.

    One row per person: their Telegram identity, a reachable one first. People who blocked
    the bot are included with ``reachable`` false, so they are counted as skipped, not lost.
    """
    if not recipients.languages:
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
    locale = locale_of(User, Identity, recipients)
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
        .where(locale.in_(list(recipients.languages)))
    )
    if recipients.after_user is not None:
        query = query.where(User.id > recipients.after_user)
    if recipients.upto_user is not None:
        query = query.where(User.id <= recipients.upto_user)
    return query.where(*person_filters(recipients))


def person_filters(recipients: Recipients) -> list[ColumnElement[bool]]:
    """The conditions on ``users`` and the outer-joined ``influencers``."""
    # People staff blocked for abuse get no broadcast (handlers/abuse.py).
    conditions: list[ColumnElement[bool]] = [~exists().where(UserBlock.user_id == User.id)]
    if recipients.statuses:
        statuses = [s for s in recipients.statuses if s != NO_APPLICATION]
        either: list[ColumnElement[bool]] = []
        if statuses:
            either.append(Influencer.status.in_(statuses))
        if NO_APPLICATION in recipients.statuses:
            either.append(Influencer.id.is_(None))
        conditions.append(or_(*either))
    if recipients.countries:
        conditions.append(Influencer.country.in_(list(recipients.countries)))
    if recipients.tiers:
        conditions.append(Influencer.tier.in_(list(recipients.tiers)))
    if recipients.platforms:
        conditions.append(
            exists().where(
                InfluencerChannel.influencer_id == Influencer.id,
                InfluencerChannel.platform.in_(list(recipients.platforms)),
            )
        )
    if recipients.registered_since is not None:
        # Registered: applied to the programme, or first wrote to the bot if they never did.
        registered = func.coalesce(Influencer.submitted_at, User.created_at)
        conditions.append(registered >= recipients.registered_since)
    if recipients.active_since is not None:
        conditions.append(User.last_seen_at >= recipients.active_since)
    return conditions

"""Influencers for staff: search, a profile's figures, and what staff change by hand (tier,
suspension). Internal notes are audit entries (``influencer.note``): append-only, with who wrote
them and when, and shown in the profile's audit trail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Integer, Select, TextClause, func, select, union, update
from sqlalchemy import text as sql_text
from sqlalchemy.ext.asyncio import AsyncSession

from storage.audit import AuditRecord
from storage.models import (
    AuditEntry,
    Balance,
    Click,
    Conversion,
    Identity,
    Influencer,
    InfluencerChannel,
    Link,
)

TIER_NAME = re.compile(r"[a-z0-9_]{1,16}")
SEARCH_LIMIT = 50
NAME_SEARCH_MIN = 3  # characters: a trigram


@dataclass(frozen=True, slots=True)
class Found:
    id: int
    display_name: str
    status: str
    tier: str
    country: str


@dataclass(frozen=True, slots=True)
class LinkFigures:
    code: str
    campaign_id: int
    clicks: int
    orders: int
    commission: tuple[tuple[str, int], ...]  # (currency, minor units)


@dataclass(frozen=True, slots=True)
class Order:
    order_id: str
    ordered_at: datetime
    amount_minor: int
    commission_minor: int
    currency: str
    status: str


@dataclass(frozen=True, slots=True)
class BalanceLine:
    currency: str
    pending_minor: int
    confirmed_minor: int
    paid_minor: int


def _found(row: Influencer) -> Found:
    return Found(row.id, row.display_name, row.status, row.tier, row.country)


async def search(session: AsyncSession, text: str, limit: int = SEARCH_LIMIT) -> list[Found]:
    """By name or social handle (anywhere in it, from ``NAME_SEARCH_MIN`` characters on, any
    case), account (``telegram:123`` or the bare id) or link code (exact).

    Every way in is an indexed lookup of ids, and the ids are united before the influencers
    are read: names and handles through trigram indexes (migration 0017: GIN on PostgreSQL,
    FTS5 tables on SQLite), each way taking its first ``limit`` matches, so a substring search
    never reads a million rows. Shorter text would match too much to be useful; it finds
    accounts and link codes only.
    """
    text = text.strip()
    if not text:
        return []
    channel, _, external = text.rpartition(":")
    account = Identity.external_id == (external if channel else text)
    if channel:
        account = account & (Identity.channel == channel.lower())
    ways: list[Select[int]] = [
        select(Influencer.id).where(
            Influencer.user_id.in_(select(Identity.user_id).where(account))
        ),
        select(Link.influencer_id).where(Link.code == text),
    ]
    if len(text) >= NAME_SEARCH_MIN:
        ways.extend(_by_name_or_handle(session, text, limit))
    rows = await session.scalars(
        select(Influencer)
        .where(Influencer.id.in_(union(*ways)))
        .order_by(Influencer.id)
        .limit(limit)
    )
    return [_found(r) for r in rows]


def _by_name_or_handle(session: AsyncSession, text: str, limit: int) -> list[Select[int]]:
    """The first ``limit`` influencers (by id) whose name, and those whose handle, hold the
    text: a fragment common to most names must not make the search read them all."""
    if session.get_bind().dialect.name == "postgresql":
        like = "%" + re.sub(r"([\\%_])", r"\\\1", text.lower()) + "%"
        names = (
            select(Influencer.id)
            .where(func.lower(Influencer.display_name).like(like, escape="\\"))
            .order_by(Influencer.id)
            .limit(limit)
        )
        handles = (
            select(InfluencerChannel.influencer_id)
            .where(func.lower(InfluencerChannel.handle).like(like, escape="\\"))
            .order_by(InfluencerChannel.influencer_id)
            .limit(limit)
        )
    else:
        # FTS5: a quoted phrase is the text's trigrams in a row, i.e. the text as a substring,
        # case folded by the tokenizer (Cyrillic and Polish letters included); rowid order is
        # the index's own, so the first ``limit`` cost no more than ``limit``.
        phrase = '"' + text.replace('"', '""') + '"'

        def matching(table: str) -> TextClause:
            return sql_text(
                f"SELECT rowid FROM {table} WHERE {table} MATCH :phrase ORDER BY rowid LIMIT :limit"
            ).bindparams(phrase=phrase, limit=limit)

        names = select(Influencer.id).where(
            Influencer.id.in_(matching("influencer_names").columns(rowid=Integer))
        )
        handles = select(InfluencerChannel.influencer_id).where(
            InfluencerChannel.id.in_(matching("channel_handles").columns(rowid=Integer))
        )
    # As subqueries: a LIMIT inside a UNION needs them.
    return [select(way.subquery().c[0]) for way in (names, handles)]


async def accounts(session: AsyncSession, user_id: int) -> list[str]:
    rows = await session.execute(
        select(Identity.channel, Identity.external_id)
        .where(Identity.user_id == user_id)
        .order_by(Identity.id)
    )
    return [f"{c}:{e}" for c, e in rows.all()]


async def balances(session: AsyncSession, influencer_id: int) -> list[BalanceLine]:
    rows = await session.scalars(
        select(Balance).where(Balance.influencer_id == influencer_id).order_by(Balance.currency)
    )
    return [BalanceLine(r.currency, r.pending_minor, r.confirmed_minor, r.paid_minor) for r in rows]


async def links(session: AsyncSession, influencer_id: int, limit: int = 50) -> list[LinkFigures]:
    """The newest links with their clicks, orders and commission (each from an index)."""
    found = (
        await session.execute(
            select(Link.id, Link.code, Link.campaign_id)
            .where(Link.influencer_id == influencer_id)
            .order_by(Link.id.desc())
            .limit(limit)
        )
    ).all()
    ids = [row.id for row in found]
    clicks: dict[int, int] = {}
    orders: dict[int, int] = {}
    money: dict[int, list[tuple[str, int]]] = {}
    if ids:
        for link_id, count in (
            await session.execute(
                select(Click.link_id, func.count())
                .where(Click.link_id.in_(ids))
                .group_by(Click.link_id)
            )
        ).all():
            clicks[int(link_id)] = int(count)
        for link_id, currency, count, total in (
            await session.execute(
                select(
                    Conversion.link_id,
                    Conversion.currency,
                    func.count(),
                    func.sum(Conversion.commission_minor),
                )
                .where(Conversion.link_id.in_(ids))
                .group_by(Conversion.link_id, Conversion.currency)
            )
        ).all():
            orders[int(link_id)] = orders.get(int(link_id), 0) + int(count)
            money.setdefault(int(link_id), []).append((str(currency), int(total or 0)))
    return [
        LinkFigures(
            row.code,
            row.campaign_id,
            clicks.get(row.id, 0),
            orders.get(row.id, 0),
            tuple(sorted(money.get(row.id, []))),
        )
        for row in found
    ]


async def orders(session: AsyncSession, influencer_id: int, limit: int = 20) -> list[Order]:
    rows = await session.scalars(
        select(Conversion)
        .where(Conversion.influencer_id == influencer_id)
        .order_by(Conversion.ordered_at.desc())
        .limit(limit)
    )
    return [
        Order(r.order_id, r.ordered_at, r.amount_minor, r.commission_minor, r.currency, r.status)
        for r in rows
    ]


async def set_tier(
    session: AsyncSession, influencer_id: int, tier: str, now: datetime
) -> str | None:
    """Set a tier by hand; the tier it had (None when there is no such influencer)."""
    if not TIER_NAME.fullmatch(tier):
        raise ValueError(f"tier {tier!r}: 1-16 of a-z, 0-9 and _")
    before = await session.scalar(select(Influencer.tier).where(Influencer.id == influencer_id))
    if before is None:
        return None
    await session.execute(
        update(Influencer)
        .where(Influencer.id == influencer_id)
        .values(tier=tier, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return str(before)


async def switch_status(
    session: AsyncSession, influencer_id: int, before: str, after: str, now: datetime
) -> bool:
    """Suspend (approved -> suspended) or reinstate (suspended -> approved), only from
    ``before``: a second click changes nothing."""
    result = await session.execute(
        update(Influencer)
        .where(Influencer.id == influencer_id, Influencer.status == before)
        .values(status=after, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return getattr(result, "rowcount", 0) == 1


async def trail(session: AsyncSession, influencer_id: int, limit: int = 50) -> list[AuditRecord]:
    """What staff did to this influencer and their application, newest first (notes too)."""
    subjects = (f"influencer:{influencer_id}", f"application:{influencer_id}")
    rows = await session.scalars(
        select(AuditEntry)
        .where(AuditEntry.subject.in_(subjects))
        .order_by(AuditEntry.created_at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    return [
        AuditRecord(r.id, r.actor, r.action, r.subject, dict(r.details or {}), r.created_at)
        for r in rows
    ]

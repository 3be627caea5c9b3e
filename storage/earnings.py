"""What an influencer earned, read for /earnings and questions about earnings. Read-only.

Every query is scoped to one influencer and reads an index range, never the whole table:

* money by period and link: ``ix_conversions_influencer_ordered`` covers (influencer, order
  time, status, currency, commission, link), so a period is summed from the index alone;
* clicks by period and link: ``ix_clicks_link_time`` (link, click time) for each of the
  influencer's links (``ix_links_influencer_id``);
* pending commission and when it can be confirmed: ``ix_conversions_influencer_pending``
  (influencer, status, locks_until);
* the balance (pending, confirmed, paid) of all time: the ``balances`` rollup, one row per
  currency; open payout requests by ``ix_payout_requests_influencer_id``.

Several periods are summed in one pass (one conditional sum per period), so the usual answer
(a period in detail and five periods at a glance) costs one query over conversions and one over
clicks. Amounts stay per currency; different currencies are never added together.

Used by handlers/earnings.py and by benchmarks/earnings.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Executable, and_, bindparam, case, exists, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from storage.models import (
    Balance,
    Campaign,
    Click,
    Conversion,
    Influencer,
    LedgerEntry,
    Link,
    PayoutRequest,
)

PENDING = "pending"
CONFIRMED = "confirmed"
REVERSED = "reversed"
# A payout request that staff have not decided on yet holds confirmed money (storage/payouts.py).
REQUESTED = "requested"


@dataclass(frozen=True, slots=True)
class Window:
    """A named range of UTC instants ``[start, end)``; ``start`` None is from the beginning."""

    name: str
    start: datetime | None
    end: datetime


@dataclass(frozen=True, slots=True)
class Account:
    """Who asks: their influencer id and where their application stands."""

    influencer_id: int
    status: str


@dataclass(frozen=True, slots=True)
class Amount:
    """Commission in one currency, by the status of the orders it came from."""

    currency: str
    pending_minor: int = 0
    confirmed_minor: int = 0

    @property
    def total_minor(self) -> int:
        return self.pending_minor + self.confirmed_minor


@dataclass(frozen=True, slots=True)
class LinkFigures:
    link_id: int
    orders: int  # not cancelled
    cancelled: int
    clicks: int
    amounts: tuple[Amount, ...]


@dataclass(frozen=True, slots=True)
class Figures:
    """One period: orders (not cancelled), cancelled orders, clicks, commission per currency,
    and the same per link (links with neither clicks nor orders left out)."""

    orders: int
    cancelled: int
    clicks: int
    amounts: tuple[Amount, ...]
    links: tuple[LinkFigures, ...]

    @property
    def empty(self) -> bool:
        return not (self.orders or self.cancelled or self.clicks)


@dataclass(frozen=True, slots=True)
class BalanceFigures:
    """All time, from the rollup: money per bucket, what open payout requests hold, and when
    the earliest pending commission can be confirmed."""

    currency: str
    pending_minor: int
    confirmed_minor: int
    paid_minor: int
    requested_minor: int
    next_confirmation: datetime | None

    @property
    def earned_minor(self) -> int:
        return self.pending_minor + self.confirmed_minor + self.paid_minor

    @property
    def owed_minor(self) -> int:
        """Money paid out and then taken back by a refund: the next confirmed sales settle it."""
        return max(0, -self.confirmed_minor)


@dataclass(frozen=True, slots=True)
class PendingOrder:
    """Commission of one pending order, and from when the shop may confirm it."""

    locks_until: datetime
    currency: str
    commission_minor: int


@dataclass(frozen=True, slots=True)
class Order:
    id: int
    ordered_at: datetime
    link_id: int
    code: str
    campaign: str
    amount_minor: int
    currency: str
    commission_minor: int
    status: str
    locks_until: datetime
    refunded_minor: int = 0


@dataclass(frozen=True, slots=True)
class CancelledOrder:
    """An order the shop cancelled (reversed) or refunded in part, and its reason if given."""

    ordered_at: datetime
    code: str
    campaign: str
    amount_minor: int
    refunded_minor: int
    currency: str
    status: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class LinkInfo:
    id: int
    code: str
    campaign: str
    destination: str | None


@dataclass(frozen=True, slots=True)
class PayoutRequestInfo:
    amount_minor: int
    currency: str
    requested_at: datetime


def _within(column: InstrumentedAttribute[datetime], prefix: str, bounded: bool) -> Any:
    """``column`` in ``[:<prefix>_start, :<prefix>_end)``; without a start when unbounded."""
    before_end = column < bindparam(f"{prefix}_end")
    if not bounded:
        return before_end
    return and_(column >= bindparam(f"{prefix}_start"), before_end)


def _span(windows: Sequence[Window]) -> Window:
    """One range holding every window, to read the index once."""
    starts = [w.start for w in windows]
    start = None if any(s is None for s in starts) else min(s for s in starts if s is not None)
    return Window("span", start, max(w.end for w in windows))


# Statements are built once per shape (how many windows, which have a start, one link or all)
# and bound to values at each turn: building SQL costs more Python time than running it here.


@cache
def _orders_statement(shape: tuple[bool, ...], span_bounded: bool, by_link: bool) -> Executable:
    columns: list[Any] = []
    for index, bounded in enumerate(shape):
        inside = _within(Conversion.ordered_at, f"w{index}", bounded)
        columns.append(func.sum(case((inside, 1), else_=0)))
        columns.append(func.sum(case((inside, Conversion.commission_minor), else_=0)))
    query = (
        select(Conversion.link_id, Conversion.currency, Conversion.status, *columns)
        .where(
            Conversion.influencer_id == bindparam("influencer_id"),
            _within(Conversion.ordered_at, "span", span_bounded),
        )
        .group_by(Conversion.link_id, Conversion.currency, Conversion.status)
    )
    if by_link:
        query = query.where(Conversion.link_id == bindparam("link_id"))
    return query


@cache
def _clicks_statement(shape: tuple[bool, ...], span_bounded: bool, by_link: bool) -> Executable:
    columns = [
        func.sum(case((_within(Click.clicked_at, f"w{index}", bounded), 1), else_=0))
        for index, bounded in enumerate(shape)
    ]
    mine = select(Link.id).where(Link.influencer_id == bindparam("influencer_id"))
    if by_link:
        mine = mine.where(Link.id == bindparam("link_id"))
    return (
        select(Click.link_id, *columns)
        .where(Click.link_id.in_(mine), _within(Click.clicked_at, "span", span_bounded))
        .group_by(Click.link_id)
    )


@cache
def _last_orders_statement(bounded: bool, by_link: bool) -> Executable:
    query = (
        select(
            Conversion.id,
            Conversion.ordered_at,
            Conversion.link_id,
            Link.code,
            Campaign.name,
            Conversion.amount_minor,
            Conversion.currency,
            Conversion.commission_minor,
            Conversion.status,
            Conversion.locks_until,
            Conversion.refunded_minor,
        )
        .join(Link, Link.id == Conversion.link_id)
        .join(Campaign, Campaign.id == Conversion.campaign_id)
        .where(
            Conversion.influencer_id == bindparam("influencer_id"),
            _within(Conversion.ordered_at, "w", bounded),
        )
        .order_by(Conversion.ordered_at.desc())
        .limit(bindparam("limit"))
    )
    if by_link:
        query = query.where(Conversion.link_id == bindparam("link_id"))
    return query


_ACCOUNT = select(Influencer.id, Influencer.status).where(
    Influencer.user_id == bindparam("user_id")
)
_BALANCES = (
    select(Balance.currency, Balance.pending_minor, Balance.confirmed_minor, Balance.paid_minor)
    .where(Balance.influencer_id == bindparam("influencer_id"))
    .order_by(Balance.currency)
)
_PENDING_WHERE = (
    Conversion.influencer_id == bindparam("influencer_id"),
    Conversion.status == PENDING,
    Conversion.commission_minor > 0,
)
_NEXT_CONFIRMATIONS = (
    select(Conversion.currency, func.min(Conversion.locks_until))
    .where(*_PENDING_WHERE)
    .group_by(Conversion.currency)
)
_PENDING_ORDERS = (
    select(Conversion.locks_until, Conversion.currency, Conversion.commission_minor)
    .where(*_PENDING_WHERE)
    .order_by(Conversion.locks_until)
)
_OPEN_REQUESTS_WHERE = (
    PayoutRequest.influencer_id == bindparam("influencer_id"),
    PayoutRequest.status == REQUESTED,
)
_HELD = (
    select(PayoutRequest.currency, func.sum(PayoutRequest.amount_minor))
    .where(*_OPEN_REQUESTS_WHERE)
    .group_by(PayoutRequest.currency)
)
_OPEN_REQUESTS = (
    select(PayoutRequest.amount_minor, PayoutRequest.currency, PayoutRequest.requested_at)
    .where(*_OPEN_REQUESTS_WHERE)
    .order_by(PayoutRequest.requested_at, PayoutRequest.id)
)
_LINKS = (
    select(Link.id, Link.code, Campaign.name, Link.destination)
    .join(Campaign, Campaign.id == Link.campaign_id)
    .where(
        Link.influencer_id == bindparam("influencer_id"),
        Link.id.in_(bindparam("link_ids", expanding=True)),
    )
)
_ALL_LINKS = (
    select(Link.id, Link.code, Campaign.name, Link.destination)
    .join(Campaign, Campaign.id == Link.campaign_id)
    .where(Link.influencer_id == bindparam("influencer_id"))
    .order_by(Link.id)
)
# The shop's reason is on the reversal entry of the order (a refund's note is "refund").
_REASON = (
    select(LedgerEntry.note)
    .where(LedgerEntry.conversion_id == Conversion.id, LedgerEntry.kind == "reversal")
    .limit(1)
    .scalar_subquery()
)
_CANCELLED = (
    select(
        Conversion.ordered_at,
        Link.code,
        Campaign.name,
        Conversion.amount_minor,
        Conversion.refunded_minor,
        Conversion.currency,
        Conversion.status,
        _REASON,
    )
    .join(Link, Link.id == Conversion.link_id)
    .join(Campaign, Campaign.id == Conversion.campaign_id)
    .where(
        Conversion.influencer_id == bindparam("influencer_id"),
        (Conversion.status == REVERSED) | (Conversion.refunded_minor > 0),
    )
    .order_by(Conversion.ordered_at.desc(), Conversion.id.desc())
    .limit(bindparam("limit"))
)
_HAS_LINKS = select(exists().where(Link.influencer_id == bindparam("influencer_id")))
_HAS_ORDERS = select(exists().where(Conversion.influencer_id == bindparam("influencer_id")))


def _bounds(prefix: str, window: Window) -> dict[str, datetime]:
    values = {f"{prefix}_end": window.end}
    if window.start is not None:
        values[f"{prefix}_start"] = window.start
    return values


class Earnings:
    """Read-only queries; every one takes the influencer it is about."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def _rows(self, statement: Executable, **values: Any) -> Sequence[Any]:
        """Core rows, on the session's connection and transaction."""
        connection = await self.session.connection()
        rows: Sequence[Any] = (await connection.execute(statement, values)).all()
        return rows

    async def account(self, user_id: int) -> Account | None:
        rows = await self._rows(_ACCOUNT, user_id=user_id)
        return Account(rows[0][0], rows[0][1]) if rows else None

    async def figures(
        self, influencer_id: int, windows: Sequence[Window], link_id: int | None = None
    ) -> dict[str, Figures]:
        """Orders, clicks and commission in each window (of one link, when given)."""
        if not windows:
            return {}
        span = _span(windows)
        shape = tuple(w.start is not None for w in windows)
        values: dict[str, Any] = {"influencer_id": influencer_id, **_bounds("span", span)}
        for index, window in enumerate(windows):
            values.update(_bounds(f"w{index}", window))
        if link_id is not None:
            values["link_id"] = link_id
        by_link = link_id is not None
        bounded = span.start is not None
        orders = await self._rows(_orders_statement(shape, bounded, by_link), **values)
        clicks = await self._rows(_clicks_statement(shape, bounded, by_link), **values)
        result: dict[str, Figures] = {}
        for index, window in enumerate(windows):
            per_link: dict[int, list[Any]] = defaultdict(lambda: [0, 0, 0, {}])
            for row in orders:
                count, commission = row[3 + 2 * index], row[4 + 2 * index]
                if not count:
                    continue
                figures = per_link[row.link_id]
                if row.status == REVERSED:
                    figures[1] += int(count)
                    continue
                figures[0] += int(count)
                money = figures[3].setdefault(row.currency, [0, 0])
                money[0 if row.status == PENDING else 1] += int(commission)
            for row in clicks:
                if row[1 + index]:
                    per_link[row.link_id][2] += int(row[1 + index])
            links = tuple(
                LinkFigures(link, f[0], f[1], f[2], _amounts(f[3].items()))
                for link, f in sorted(per_link.items())
            )
            totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
            for link_figures in links:
                for amount in link_figures.amounts:
                    totals[amount.currency][0] += amount.pending_minor
                    totals[amount.currency][1] += amount.confirmed_minor
            result[window.name] = Figures(
                orders=sum(f.orders for f in links),
                cancelled=sum(f.cancelled for f in links),
                clicks=sum(f.clicks for f in links),
                amounts=_amounts(totals.items()),
                links=links,
            )
        return result

    async def balances(self, influencer_id: int) -> list[BalanceFigures]:
        """Every currency the influencer has money in, alphabetically."""
        rows = await self._rows(_BALANCES, influencer_id=influencer_id)
        if not rows:
            return []
        next_dates = dict(await self._rows(_NEXT_CONFIRMATIONS, influencer_id=influencer_id))
        held = dict(await self._rows(_HELD, influencer_id=influencer_id))
        return [
            BalanceFigures(
                currency=row.currency,
                pending_minor=int(row.pending_minor),
                confirmed_minor=int(row.confirmed_minor),
                paid_minor=int(row.paid_minor),
                requested_minor=int(held.get(row.currency) or 0),
                next_confirmation=next_dates.get(row.currency),
            )
            for row in rows
        ]

    async def open_requests(self, influencer_id: int) -> list[PayoutRequestInfo]:
        """Payout requests waiting for staff, oldest first."""
        rows = await self._rows(_OPEN_REQUESTS, influencer_id=influencer_id)
        return [PayoutRequestInfo(int(a), c, t) for a, c, t in rows]

    async def pending(self, influencer_id: int) -> list[PendingOrder]:
        """Pending commission order by order, the earliest to be confirmed first."""
        rows = await self._rows(_PENDING_ORDERS, influencer_id=influencer_id)
        return [PendingOrder(at, currency, int(c)) for at, currency, c in rows]

    async def last_orders(
        self, influencer_id: int, window: Window, *, limit: int = 5, link_id: int | None = None
    ) -> list[Order]:
        """The latest orders in a window, newest first."""
        statement = _last_orders_statement(window.start is not None, link_id is not None)
        values: dict[str, Any] = {"influencer_id": influencer_id, "limit": limit}
        values.update(_bounds("w", window))
        if link_id is not None:
            values["link_id"] = link_id
        return [
            Order(
                id=row[0],
                ordered_at=row[1],
                link_id=row[2],
                code=row[3],
                campaign=row[4],
                amount_minor=int(row[5]),
                currency=row[6],
                commission_minor=int(row[7]),
                status=row[8],
                locks_until=row[9],
                refunded_minor=int(row[10] or 0),
            )
            for row in await self._rows(statement, **values)
        ]

    async def links(self, influencer_id: int, link_ids: Iterable[int]) -> dict[int, LinkInfo]:
        """Codes and campaigns of the influencer's own links among ``link_ids``."""
        wanted = sorted(set(link_ids))
        if not wanted:
            return {}
        rows = await self._rows(_LINKS, influencer_id=influencer_id, link_ids=wanted)
        return {row[0]: LinkInfo(*row) for row in rows}

    async def link(self, influencer_id: int, link_id: int) -> LinkInfo | None:
        """One link, only if it is the influencer's (button payloads come from the client)."""
        return (await self.links(influencer_id, [link_id])).get(link_id)

    async def all_links(self, influencer_id: int) -> list[LinkInfo]:
        """Every link of the influencer with its campaign (to find one named in a question)."""
        return [LinkInfo(*row) for row in await self._rows(_ALL_LINKS, influencer_id=influencer_id)]

    async def cancelled(self, influencer_id: int, *, limit: int = 5) -> list[CancelledOrder]:
        """The latest cancelled or partly refunded orders, newest first, with the shop's reason."""
        rows = await self._rows(_CANCELLED, influencer_id=influencer_id, limit=limit)
        return [
            CancelledOrder(row[0], row[1], row[2], int(row[3]), int(row[4]), row[5], row[6], row[7])
            for row in rows
        ]

    async def has_links(self, influencer_id: int) -> bool:
        return bool((await self._rows(_HAS_LINKS, influencer_id=influencer_id))[0][0])

    async def has_orders(self, influencer_id: int) -> bool:
        return bool((await self._rows(_HAS_ORDERS, influencer_id=influencer_id))[0][0])


def _amounts(items: Iterable[tuple[str, Sequence[int]]]) -> tuple[Amount, ...]:
    return tuple(
        Amount(currency, pending, confirmed)
        for currency, (pending, confirmed) in sorted(items)
        if pending or confirmed
    )

"""Conversions, the append-only ledger and the balance rollup, changed together or not at all.

One conversion per (campaign, order). Each event moves the conversion from what is booked to
what should be booked, and writes the difference as ledger entries:

* the target commission is ``round_half_even((amount - refunded) x rate_bp / 10000)``, or 0
  when the order came past the attribution window or the conversion is reversed;
* the money sits in the bucket named by the status (pending or confirmed; none once reversed);
* status only moves forward: pending -> confirmed -> reversed. A late event of an earlier
  status (pending after confirmed, anything after reversed) changes no status;
* ``refund`` is the order's TOTAL refunded so far; the larger of the stored and the reported
  total wins, so repeated or late refund reports have no second effect;
* a ``confirmed`` event's amount is the order's amount: when it differs from the one booked
  (a pending sale's estimate), it replaces it and an ``adjustment`` entry (note ``amount``)
  records the difference in commission.

So a conversion's entries always sum to its ``commission_minor`` (never negative), and each
balance row equals its entries summed per bucket: entries and balance change in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import ROUND_HALF_EVEN, Decimal

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.daily_figures import DailyFigures
from storage.dialect import insert_ignoring_conflicts
from storage.models import Balance, Conversion, LedgerEntry, PostbackEvent

STATUSES = ("pending", "confirmed", "reversed")
BUCKETS = ("pending", "confirmed", "paid")
KINDS = ("commission", "adjustment", "reversal", "confirmation", "referral_bonus", "payout")
_RANK = {status: rank for rank, status in enumerate(STATUSES)}


def commission(amount_minor: int, rate_bp: int) -> int:
    """Amount x rate in basis points, rounded half-even to minor units, without a float."""
    exact = Decimal(amount_minor) * Decimal(rate_bp) / Decimal(10_000)
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


@dataclass(frozen=True, slots=True)
class ConversionEvent:
    """A validated report about one order (postback or CSV row)."""

    event_id: str
    order_id: str
    amount_minor: int
    currency: str
    status: str
    ordered_at: datetime
    refund_minor: int | None = None
    reason: str | None = None  # why the shop cancelled it, kept on the reversal entry


@dataclass(frozen=True, slots=True)
class Attribution:
    """Whom and at what terms the order is credited to, looked up by the caller."""

    campaign_id: int
    link_id: int
    influencer_id: int
    tier: str
    rate_bp: int
    window_days: int
    lock_days: int
    clicked_at: datetime | None


@dataclass(frozen=True, slots=True)
class ConversionRecord:
    id: int
    event_id: str
    campaign_id: int
    link_id: int
    influencer_id: int
    order_id: str
    amount_minor: int
    currency: str
    status: str
    ordered_at: datetime
    clicked_at: datetime | None
    commission_minor: int
    rate_bp: int
    tier: str
    in_window: bool
    locks_until: datetime
    refunded_minor: int
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class EntryRecord:
    influencer_id: int
    conversion_id: int | None
    kind: str
    bucket: str
    amount_minor: int
    currency: str
    created_at: datetime
    event_id: str | None
    note: str | None


@dataclass(frozen=True, slots=True)
class BalanceRecord:
    influencer_id: int
    currency: str
    pending_minor: int
    confirmed_minor: int
    paid_minor: int

    @property
    def owed_minor(self) -> int:
        """What the influencer owes: a sale refunded or reversed after its commission was paid
        out leaves the confirmed bucket below zero; the next confirmed sales settle it."""
        return max(0, -self.confirmed_minor)


@dataclass(frozen=True, slots=True)
class EventOutcome:
    """What one event did: nothing (a repeated id), or the conversion and its new entries."""

    duplicate: bool
    conversion: ConversionRecord | None = None
    entries: tuple[EntryRecord, ...] = ()


def _conversion(row: Conversion) -> ConversionRecord:
    return ConversionRecord(
        id=row.id,
        event_id=row.event_id,
        campaign_id=row.campaign_id,
        link_id=row.link_id,
        influencer_id=row.influencer_id,
        order_id=row.order_id,
        amount_minor=row.amount_minor,
        currency=row.currency,
        status=row.status,
        ordered_at=row.ordered_at,
        clicked_at=row.clicked_at,
        commission_minor=row.commission_minor,
        rate_bp=row.rate_bp,
        tier=row.tier,
        in_window=row.in_window,
        locks_until=row.locks_until,
        refunded_minor=row.refunded_minor,
        updated_at=row.updated_at,
    )


def _target(row: Conversion) -> int:
    if not row.in_window or row.status == "reversed":
        return 0
    return commission(row.amount_minor - row.refunded_minor, row.rate_bp)


class Ledger:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def seen(self, event_id: str) -> bool:
        return await self.session.get(PostbackEvent, event_id) is not None

    async def record_event(
        self, event: ConversionEvent, attribution: Attribution, now: datetime
    ) -> EventOutcome:
        """Apply one event once: claim its id, create or advance the conversion, post entries."""
        claim = insert_ignoring_conflicts(
            self.session, PostbackEvent.__table__, event_id=event.event_id, received_at=now
        )
        if (await self.session.execute(claim)).rowcount != 1:  # type: ignore[attr-defined]
            return EventOutcome(duplicate=True)

        created = await self._create(event, attribution, now)
        # Lock the row (PostgreSQL): two events of one order must not interleave.
        row = await self.session.scalar(
            select(Conversion)
            .where(
                Conversion.campaign_id == attribution.campaign_id,
                Conversion.order_id == event.order_id,
            )
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if row is None:  # _create inserted it or found it, in this transaction
            raise LookupError(f"conversion of order {event.order_id!r} vanished mid-booking")
        entries: list[LedgerEntry] = []
        booked_before = 0 if created else row.commission_minor
        if created:
            if row.commission_minor:
                entries.append(self._entry(row, "commission", row.status, row.commission_minor))
        else:
            entries = self._advance(row, event)
        await self._count_day(row, orders=1 if created else 0, booked_before=booked_before)
        row.updated_at = now
        for entry in entries:
            entry.event_id = event.event_id
            entry.created_at = now
        await self._post(entries, now)
        await self.session.execute(
            update(PostbackEvent)
            .where(PostbackEvent.event_id == event.event_id)
            .values(conversion_id=row.id)
        )
        await self.session.flush()
        return EventOutcome(
            duplicate=False,
            conversion=_conversion(row),
            entries=tuple(_entry_record(e) for e in entries),
        )

    async def _create(
        self, event: ConversionEvent, attribution: Attribution, now: datetime
    ) -> bool:
        """Insert the conversion as this first event describes it; False if the order exists."""
        clicked_at = attribution.clicked_at
        in_window = clicked_at is None or (
            event.ordered_at - clicked_at <= timedelta(days=attribution.window_days)
        )
        refunded = min(event.refund_minor or 0, event.amount_minor)
        earned = (
            commission(event.amount_minor - refunded, attribution.rate_bp)
            if in_window and event.status != "reversed"
            else 0
        )
        statement = insert_ignoring_conflicts(
            self.session,
            Conversion.__table__,
            event_id=event.event_id,
            campaign_id=attribution.campaign_id,
            link_id=attribution.link_id,
            influencer_id=attribution.influencer_id,
            order_id=event.order_id,
            amount_minor=event.amount_minor,
            currency=event.currency,
            status=event.status,
            ordered_at=event.ordered_at,
            clicked_at=clicked_at,
            commission_minor=earned,
            rate_bp=attribution.rate_bp,
            tier=attribution.tier,
            in_window=in_window,
            locks_until=event.ordered_at + timedelta(days=attribution.lock_days),
            refunded_minor=refunded,
            created_at=now,
            updated_at=now,
        )
        return bool((await self.session.execute(statement)).rowcount == 1)  # type: ignore[attr-defined]

    def _advance(self, row: Conversion, event: ConversionEvent) -> list[LedgerEntry]:
        """Move a known conversion towards what this event says, as ledger entries."""
        entries: list[LedgerEntry] = []
        if event.refund_minor is not None:
            row.refunded_minor = max(row.refunded_minor, min(event.refund_minor, row.amount_minor))
        if row.status == "reversed":
            return entries  # terminal: a late refund is noted, no money moves
        # 0. The confirmed amount is the order's true amount: it replaces the pending one,
        #    and the commission moves by the difference where the money is now.
        if event.status == "confirmed" and event.amount_minor != row.amount_minor:
            row.amount_minor = event.amount_minor
            row.refunded_minor = min(row.refunded_minor, row.amount_minor)
            target = _target(row)
            if target != row.commission_minor:
                difference = target - row.commission_minor
                entries.append(self._entry(row, "adjustment", row.status, difference, "amount"))
                row.commission_minor = target
        # 1. A refund lowers the commission where the money is now.
        target = _target(row)
        if target < row.commission_minor:
            entries.append(
                self._entry(row, "adjustment", row.status, target - row.commission_minor, "refund")
            )
            row.commission_minor = target
        # 2. The status moves forward only.
        if _RANK[event.status] <= _RANK[row.status]:
            return entries
        amount = row.commission_minor
        if event.status == "confirmed":
            if amount:
                entries.append(self._entry(row, "confirmation", "pending", -amount))
                entries.append(self._entry(row, "confirmation", "confirmed", amount))
        elif amount:  # reversed
            entries.append(self._entry(row, "reversal", row.status, -amount, event.reason))
        row.status = event.status
        row.commission_minor = _target(row)
        return entries

    async def _count_day(self, row: Conversion, *, orders: int, booked_before: int) -> None:
        """The order, and any change of its commission, in the figures of the day it was placed."""
        await DailyFigures(self.session).count_order(
            ordered_at=row.ordered_at,
            campaign_id=row.campaign_id,
            currency=row.currency,
            influencer_id=row.influencer_id,
            orders=orders,
            commission_minor=row.commission_minor - booked_before,
        )

    @staticmethod
    def _entry(
        row: Conversion, kind: str, bucket: str, amount: int, note: str | None = None
    ) -> LedgerEntry:
        return LedgerEntry(
            influencer_id=row.influencer_id,
            conversion_id=row.id,
            kind=kind,
            bucket=bucket,
            amount_minor=amount,
            currency=row.currency,
            note=note,
        )

    async def post(self, entries: list[LedgerEntry], now: datetime) -> None:
        """Append entries not tied to a conversion event (adjustments, bonuses, payouts)."""
        for entry in entries:
            entry.created_at = now
        await self._post(entries, now)

    async def _post(self, entries: list[LedgerEntry], now: datetime) -> None:
        """Append the entries and add them to the balance rows, in the caller's transaction."""
        deltas: dict[tuple[int, str], dict[str, int]] = defaultdict(
            lambda: dict.fromkeys(BUCKETS, 0)
        )
        for entry in entries:
            if entry.bucket not in BUCKETS or entry.kind not in KINDS:
                raise ValueError(f"bad ledger entry {entry.kind}/{entry.bucket}")
            self.session.add(entry)
            deltas[(entry.influencer_id, entry.currency)][entry.bucket] += entry.amount_minor
        for (influencer_id, currency), delta in deltas.items():
            await self.session.execute(
                insert_ignoring_conflicts(
                    self.session,
                    Balance.__table__,
                    influencer_id=influencer_id,
                    currency=currency,
                    pending_minor=0,
                    confirmed_minor=0,
                    paid_minor=0,
                    updated_at=now,
                )
            )
            # Increments in SQL, not read-modify-write: concurrent writers cannot lose one.
            await self.session.execute(
                update(Balance)
                .where(Balance.influencer_id == influencer_id, Balance.currency == currency)
                .values(
                    pending_minor=Balance.pending_minor + delta["pending"],
                    confirmed_minor=Balance.confirmed_minor + delta["confirmed"],
                    paid_minor=Balance.paid_minor + delta["paid"],
                    updated_at=now,
                )
            )
        await self.session.flush()

    async def confirmed_sales(self, influencer_id: int) -> int:
        """Sales that count towards a tier (``bot.services.tiers``): confirmed by the shop,
        within the attribution window, not wholly refunded."""
        total = await self.session.scalar(
            select(func.count())
            .select_from(Conversion)
            .where(
                Conversion.influencer_id == influencer_id,
                Conversion.status == "confirmed",
                Conversion.in_window.is_(True),
                Conversion.refunded_minor < Conversion.amount_minor,
            )
        )
        return int(total or 0)

    async def balance(self, influencer_id: int, currency: str) -> BalanceRecord:
        row = await self.session.get(Balance, (influencer_id, currency), populate_existing=True)
        if row is None:
            return BalanceRecord(influencer_id, currency, 0, 0, 0)
        return BalanceRecord(
            influencer_id, currency, row.pending_minor, row.confirmed_minor, row.paid_minor
        )

    async def entries_sum(self, influencer_id: int, currency: str) -> BalanceRecord:
        """The ledger summed per bucket: what the balance row must always equal."""
        rows = await self.session.execute(
            select(LedgerEntry.bucket, func.coalesce(func.sum(LedgerEntry.amount_minor), 0))
            .where(LedgerEntry.influencer_id == influencer_id, LedgerEntry.currency == currency)
            .group_by(LedgerEntry.bucket)
        )
        sums = {bucket: int(total) for bucket, total in rows.all()}
        return BalanceRecord(
            influencer_id,
            currency,
            sums.get("pending", 0),
            sums.get("confirmed", 0),
            sums.get("paid", 0),
        )

    async def conversion(self, campaign_id: int, order_id: str) -> ConversionRecord | None:
        row = await self.session.scalar(
            select(Conversion)
            .where(Conversion.campaign_id == campaign_id, Conversion.order_id == order_id)
            .execution_options(populate_existing=True)
        )
        return _conversion(row) if row else None

    async def conversions(self, influencer_id: int | None = None) -> list[ConversionRecord]:
        query = select(Conversion).order_by(Conversion.id)
        if influencer_id is not None:
            query = query.where(Conversion.influencer_id == influencer_id)
        return [_conversion(row) for row in await self.session.scalars(query)]

    async def entries(self, influencer_id: int) -> list[EntryRecord]:
        rows = await self.session.scalars(
            select(LedgerEntry)
            .where(LedgerEntry.influencer_id == influencer_id)
            .order_by(LedgerEntry.id)
        )
        return [_entry_record(row) for row in rows]

    async def conversion_entries_sum(self, conversion_id: int) -> int:
        total = await self.session.scalar(
            select(func.coalesce(func.sum(LedgerEntry.amount_minor), 0)).where(
                LedgerEntry.conversion_id == conversion_id
            )
        )
        return int(total or 0)


def _entry_record(row: LedgerEntry) -> EntryRecord:
    return EntryRecord(
        influencer_id=row.influencer_id,
        conversion_id=row.conversion_id,
        kind=row.kind,
        bucket=row.bucket,
        amount_minor=row.amount_minor,
        currency=row.currency,
        created_at=row.created_at,
        event_id=row.event_id,
        note=row.note,
    )

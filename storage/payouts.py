"""Payout methods and payout requests: asking for confirmed money, and staff paying it once.

Money an open request holds stays in the confirmed bucket until it is paid; what can still be
requested is ``confirmed - held by open requests``, so two requests never claim the same money.
Paying moves the amount from confirmed to paid as two ``payout`` ledger entries
(``book_payment``), with the request's state change, in the caller's transaction.

A request's state moves once, ``requested`` -> ``paid`` or ``rejected``, by an UPDATE that
names the state it expects: of two staff paying the same request at once, exactly one changes
a row. Locks are taken in one order (request row, then balance row) so payers, requesters and
conversion events never wait on each other in a circle (PostgreSQL); SQLite runs write
transactions one at a time (BEGIN IMMEDIATE).

This module is persistence only: the rules (who may ask, the minimum, what a reference is,
which refusal when) and the notifications live in ``bot.services.payouts``, which every way in
calls: the influencer's /payout, the staff console and ``python -m bot payout``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.ledger import Ledger
from storage.models import (
    AuditEntry,
    Balance,
    Influencer,
    LedgerEntry,
    PayoutMethod,
    PayoutRequest,
)

REQUESTED, PAID, REJECTED, CANCELLED = "requested", "paid", "rejected", "cancelled"
# The audit action of a changed payout method (``Payouts.changed_since`` looks for it).
DETAILS_CHANGE = "payout.details_change"


def influencer_subject(influencer_id: int) -> str:
    """How the audit log names an influencer as the subject of an entry."""
    return f"influencer:{influencer_id}"


@dataclass(frozen=True, slots=True)
class PayoutMethodRecord:
    kind: str
    account: str
    holder: str | None
    updated_at: datetime
    provider: str | None = None


@dataclass(frozen=True, slots=True)
class PayoutRequestRecord:
    id: int
    influencer_id: int
    amount_minor: int
    currency: str
    status: str
    method_kind: str
    method_account: str
    method_holder: str | None
    requested_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    reference: str | None
    reason: str | None
    method_provider: str | None = None


@dataclass(frozen=True, slots=True)
class Availability:
    """One currency of an influencer: confirmed money, what open requests hold, and pending."""

    currency: str
    confirmed_minor: int
    held_minor: int
    pending_minor: int

    @property
    def available_minor(self) -> int:
        """What a new request may claim (never below zero, even after a late reversal)."""
        return max(self.confirmed_minor - self.held_minor, 0)

    @property
    def owed_minor(self) -> int:
        """What the influencer owes: a sale refunded after it was paid out leaves the confirmed
        balance below zero until later sales settle it."""
        return max(-self.confirmed_minor, 0)


@dataclass(frozen=True, slots=True)
class MethodChange:
    """A payout method recorded: the one it replaced, the new one, the requests it redirected."""

    before: PayoutMethodRecord | None
    after: PayoutMethodRecord
    redirected: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class QueueItem:
    request: PayoutRequestRecord
    display_name: str
    # When the influencer last changed their payout details, if recently (the caller says).
    details_changed_at: datetime | None = None


def _method(row: PayoutMethod) -> PayoutMethodRecord:
    return PayoutMethodRecord(row.kind, row.account, row.holder, row.updated_at, row.provider)


def _request(row: PayoutRequest) -> PayoutRequestRecord:
    return PayoutRequestRecord(
        id=row.id,
        influencer_id=row.influencer_id,
        amount_minor=row.amount_minor,
        currency=row.currency,
        status=row.status,
        method_kind=row.method_kind,
        method_account=row.method_account,
        method_holder=row.method_holder,
        requested_at=row.requested_at,
        decided_at=row.decided_at,
        decided_by=row.decided_by,
        reference=row.reference,
        reason=row.reason,
        method_provider=row.method_provider,
    )


class Payouts:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- the method -------------------------------------------------------------------------

    async def method(self, influencer_id: int) -> PayoutMethodRecord | None:
        row = await self.session.get(PayoutMethod, influencer_id, populate_existing=True)
        return _method(row) if row else None

    async def save_method(
        self,
        influencer_id: int,
        kind: str,
        account: str,
        holder: str | None,
        provider: str | None,
        now: datetime,
    ) -> MethodChange:
        """Record (or replace) where to pay, and point the open requests at it.

        The method's row is locked first (PostgreSQL), so two changes at once are told apart in
        the audit log the caller writes from the returned ``MethodChange``."""
        row = await self.session.get(PayoutMethod, influencer_id, with_for_update=True)
        before = _method(row) if row is not None else None
        if row is None:
            row = PayoutMethod(influencer_id=influencer_id)
            self.session.add(row)
        row.kind, row.account, row.holder, row.updated_at = kind, account, holder, now
        row.provider = provider
        redirected = [r.id for r in await self.requests(influencer_id, status=REQUESTED)]
        await self.session.execute(
            update(PayoutRequest)
            .where(PayoutRequest.influencer_id == influencer_id, PayoutRequest.status == REQUESTED)
            .values(
                method_kind=kind,
                method_account=account,
                method_holder=holder,
                method_provider=provider,
            )
        )
        await self.session.flush()
        return MethodChange(before, _method(row), tuple(redirected))

    async def changed_since(
        self, influencer_ids: list[int], since: datetime
    ) -> dict[int, datetime]:
        """When each of these influencers last changed their payout details after ``since``."""
        if not influencer_ids:
            return {}
        subjects = {influencer_subject(i): i for i in influencer_ids}
        rows = await self.session.execute(
            select(AuditEntry.subject, func.max(AuditEntry.created_at))
            .where(
                AuditEntry.action == DETAILS_CHANGE,
                AuditEntry.subject.in_(list(subjects)),
                AuditEntry.created_at >= since,
            )
            .group_by(AuditEntry.subject)
        )
        return {subjects[subject]: when for subject, when in rows.all() if subject in subjects}

    # --- what can be requested ---------------------------------------------------------------

    async def availability(self, influencer_id: int) -> list[Availability]:
        """Every currency the influencer has money or open requests in, alphabetically."""
        balances = {
            row.currency: row
            for row in await self.session.scalars(
                select(Balance)
                .where(Balance.influencer_id == influencer_id)
                .execution_options(populate_existing=True)
            )
        }
        held = await self.held(influencer_id)
        return [
            Availability(
                currency,
                balances[currency].confirmed_minor if currency in balances else 0,
                held.get(currency, 0),
                balances[currency].pending_minor if currency in balances else 0,
            )
            for currency in sorted(set(balances) | set(held))
        ]

    async def held(self, influencer_id: int, currency: str | None = None) -> dict[str, int]:
        """What open requests hold, by currency."""
        query = (
            select(PayoutRequest.currency, func.sum(PayoutRequest.amount_minor))
            .where(PayoutRequest.influencer_id == influencer_id, PayoutRequest.status == REQUESTED)
            .group_by(PayoutRequest.currency)
        )
        if currency is not None:
            query = query.where(PayoutRequest.currency == currency)
        return {cur: int(total or 0) for cur, total in (await self.session.execute(query)).all()}

    async def locked_confirmed(self, influencer_id: int, currency: str) -> int:
        """The confirmed balance, with its row locked until the transaction ends (PostgreSQL)."""
        confirmed = await self.session.scalar(
            select(Balance.confirmed_minor)
            .where(Balance.influencer_id == influencer_id, Balance.currency == currency)
            .with_for_update()
        )
        return int(confirmed or 0)

    # --- the influencer's request ------------------------------------------------------------

    async def add_request(
        self,
        influencer_id: int,
        currency: str,
        amount_minor: int,
        method: PayoutMethodRecord,
        now: datetime,
    ) -> PayoutRequestRecord:
        """A new open request for ``amount_minor``, to be paid to ``method``."""
        row = PayoutRequest(
            influencer_id=influencer_id,
            amount_minor=amount_minor,
            currency=currency,
            status=REQUESTED,
            method_kind=method.kind,
            method_account=method.account,
            method_holder=method.holder,
            method_provider=method.provider,
            requested_at=now,
        )
        self.session.add(row)
        await self.session.flush()
        return _request(row)

    async def requests(
        self, influencer_id: int, *, status: str | None = None
    ) -> list[PayoutRequestRecord]:
        query = select(PayoutRequest).where(PayoutRequest.influencer_id == influencer_id)
        if status is not None:
            query = query.where(PayoutRequest.status == status)
        rows = await self.session.scalars(
            query.order_by(PayoutRequest.id).execution_options(populate_existing=True)
        )
        return [_request(row) for row in rows]

    # --- staff -------------------------------------------------------------------------------

    async def get(self, request_id: int) -> PayoutRequestRecord | None:
        row = await self.session.get(PayoutRequest, request_id, populate_existing=True)
        return _request(row) if row else None

    async def queue(self, changed_since: datetime, limit: int = 100) -> list[QueueItem]:
        """Open requests, oldest first: the order staff should pay them in; each with when its
        payout details last changed, if after ``changed_since``."""
        rows = (
            await self.session.execute(
                select(PayoutRequest, Influencer.display_name)
                .join(Influencer, Influencer.id == PayoutRequest.influencer_id)
                .where(PayoutRequest.status == REQUESTED)
                .order_by(PayoutRequest.requested_at, PayoutRequest.id)
                .limit(limit)
                .execution_options(populate_existing=True)
            )
        ).all()
        changed = await self.changed_since(
            sorted({row.influencer_id for row, _ in rows}), changed_since
        )
        return [
            QueueItem(_request(row), name, changed.get(row.influencer_id)) for row, name in rows
        ]

    async def cancel_open(self, influencer_id: int, reason: str, now: datetime) -> list[int]:
        """Cancel the influencer's open requests (their account is being erased): the money
        stays confirmed, under the pseudonym, as the ledger says."""
        rows = await self.requests(influencer_id, status=REQUESTED)
        for row in rows:
            await self.session.execute(
                update(PayoutRequest)
                .where(PayoutRequest.id == row.id, PayoutRequest.status == REQUESTED)
                .values(status=CANCELLED, reason=reason, decided_at=now, decided_by="erasure")
            )
        return [row.id for row in rows]

    async def lock(self, request_id: int) -> PayoutRequestRecord | None:
        """The request, its row locked until the transaction ends (PostgreSQL)."""
        row = await self.session.scalar(
            select(PayoutRequest)
            .where(PayoutRequest.id == request_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        return _request(row) if row is not None else None

    async def decide(
        self,
        request_id: int,
        status: str,
        now: datetime,
        staff: str,
        *,
        reference: str | None = None,
        reason: str | None = None,
    ) -> PayoutRequestRecord | None:
        """Move an open request to its final state; None when it was no longer open (someone
        decided it meanwhile), and nothing changed."""
        values: dict[str, Any] = {"status": status, "decided_at": now, "decided_by": staff}
        if reference is not None:
            values["reference"] = reference
        if reason is not None:
            values["reason"] = reason
        changed = await self.session.execute(
            update(PayoutRequest)
            .where(PayoutRequest.id == request_id, PayoutRequest.status == REQUESTED)
            .values(**values)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            return None
        row = await self.session.get(PayoutRequest, request_id, populate_existing=True)
        return _request(row) if row is not None else None

    async def paid_by(self, reference: str) -> int | None:
        """The request a payment reference already paid, if any."""
        return await self.session.scalar(
            select(PayoutRequest.id).where(PayoutRequest.reference == reference)
        )

    async def book_payment(self, request: PayoutRequestRecord, now: datetime) -> None:
        """The paid request's money moves from confirmed to paid: two ``payout`` entries."""
        note = f"payout:{request.id}"
        await Ledger(self.session).post(
            [
                LedgerEntry(
                    influencer_id=request.influencer_id,
                    conversion_id=None,
                    kind="payout",
                    bucket=bucket,
                    amount_minor=sign * request.amount_minor,
                    currency=request.currency,
                    note=note,
                )
                for bucket, sign in (("confirmed", -1), ("paid", 1))
            ],
            now,
        )

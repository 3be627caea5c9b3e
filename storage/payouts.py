"""Payout methods and payout requests: asking for confirmed money, and staff paying it once.

Money an open request holds stays in the confirmed bucket until it is paid; what can still be
requested is ``confirmed - held by open requests``, so two requests never claim the same money.
Paying moves the amount from confirmed to paid as two ``payout`` ledger entries, with the
request's state change and the influencer's notification, in the caller's transaction.

A request's state moves once, ``requested`` -> ``paid`` or ``rejected``, by an UPDATE that
names the state it expects: of two staff paying the same request at once, exactly one changes
a row. Locks are taken in one order (request row, then balance row) so payers, requesters and
conversion events never wait on each other in a circle (PostgreSQL); SQLite runs write
transactions one at a time (BEGIN IMMEDIATE).

These functions are what every way in calls: the influencer's /payout, the staff CLI, and
later the staff chat. Refusals raise ``PayoutRefused`` before anything is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import phonenumbers
from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.audit import AuditLog
from storage.ledger import Ledger
from storage.models import (
    AuditEntry,
    Balance,
    Influencer,
    LedgerEntry,
    PayoutMethod,
    PayoutRequest,
)
from storage.notifications import Notifications

REQUESTED, PAID, REJECTED, CANCELLED = "requested", "paid", "rejected", "cancelled"
KINDS = ("iban", "paypal", "card", "sbp", "blik")
# Card systems and the banks of Russia's Faster Payments System a payout may go to; each has a
# localised name (``payout-card-system-<key>``, ``payout-bank-<key>``).
CARD_SYSTEMS = ("mir", "visa", "mastercard", "maestro", "unionpay", "amex", "jcb")
SBP_BANKS = ("sber", "tbank", "vtb", "alfa", "gazprombank", "raiffeisen", "ozon", "yandex")
REFERENCE_MAX = 64
REASON_MAX = 500
# Staff see a warning on requests whose payout details changed this recently.
RECENT_CHANGE = timedelta(days=7)
DETAILS_CHANGE = "payout.details_change"
_BULLETS = "••••"


def mask(kind: str, account: str) -> str:
    """What a chat may show: ``FR76 •••• •••• 0189``, ``j•••@example.com``, ``•••• 9010``,
    ``+7 •••• 4567``. Chats get screenshotted and shared; nobody needs the whole account
    number there. Bullets, not asterisks: Discord would read those as bold."""
    if kind == "iban":
        return f"{account[:4]} {_BULLETS} {_BULLETS} {account[-4:]}"
    if kind == "paypal":
        local, _, domain = account.rpartition("@")
        return f"{local[:1]}•••@{domain}"
    if kind == "card":
        return f"{_BULLETS} {account[-4:]}"
    # A phone number in E.164: its country calling code and the last digits.
    try:
        code = f"+{phonenumbers.parse(account).country_code}"
    except phonenumbers.NumberParseException:
        code = ""
    return f"{code} {_BULLETS} {account[-4:]}".lstrip()


def described(kind: str, account: str, provider: str | None) -> dict[str, Any]:
    """The method as a localised message reference (``payout-shown-<kind>``), masked: what a
    chat or a notification shows, in the reader's language when it is rendered."""
    args: dict[str, Any] = {"masked": mask(kind, account)}
    if kind == "card":
        args["system"] = {"$msg": f"payout-card-system-{provider or 'other'}", "args": {}}
    if kind == "sbp":
        args["bank"] = {"$msg": f"payout-bank-{provider or 'other'}", "args": {}}
    return {"$msg": f"payout-shown-{kind}", "args": args}


def influencer_subject(influencer_id: int) -> str:
    """How the audit log names an influencer as the subject of an entry."""
    return f"influencer:{influencer_id}"


class PayoutRefused(Exception):
    """Nothing was done; ``reason`` says why (machine-readable), ``details`` the figures."""

    def __init__(self, reason: str, **details: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


@dataclass(frozen=True, slots=True)
class PayoutMethodRecord:
    kind: str
    account: str
    holder: str | None
    updated_at: datetime
    provider: str | None = None

    @property
    def masked(self) -> str:
        return mask(self.kind, self.account)

    @property
    def shown(self) -> dict[str, Any]:
        return described(self.kind, self.account, self.provider)


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

    @property
    def masked_method(self) -> str:
        return mask(self.method_kind, self.method_account)

    @property
    def shown_method(self) -> dict[str, Any]:
        return described(self.method_kind, self.method_account, self.method_provider)


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
class QueueItem:
    request: PayoutRequestRecord
    display_name: str
    # When the influencer last changed their payout details, if within RECENT_CHANGE.
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


def clean_reference(text: str) -> str:
    """A payment reference as staff typed it (the bank's transaction id), or refused."""
    value = text.strip()
    if not value or len(value) > REFERENCE_MAX or not value.isprintable():
        raise PayoutRefused("bad_reference", max=REFERENCE_MAX)
    return value


class Payouts:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    # --- the method -------------------------------------------------------------------------

    async def method(self, influencer_id: int) -> PayoutMethodRecord | None:
        row = await self.session.get(PayoutMethod, influencer_id, populate_existing=True)
        return _method(row) if row else None

    async def set_method(
        self,
        influencer_id: int,
        kind: str,
        account: str,
        holder: str | None,
        now: datetime,
        *,
        provider: str | None = None,
        actor: str = "influencer",
    ) -> PayoutMethodRecord:
        """Record (or replace) where to pay; open requests follow, as the latest word counts.

        Every change is audited (masked before and after, the open requests it redirected), so
        staff can see a change made just before a payout. Callers pass values already checked
        (``bot.services.payout_methods``) and, when requests are open, confirmed by the
        influencer."""
        if kind not in KINDS:
            raise ValueError(f"unknown payout method {kind!r}")
        holder = holder if kind == "iban" else None
        provider = provider if kind in ("card", "sbp") else None
        row = await self.session.get(PayoutMethod, influencer_id, with_for_update=True)
        before = mask(row.kind, row.account) if row is not None else None
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
        await AuditLog(self.session).record(
            actor,
            DETAILS_CHANGE,
            influencer_subject(influencer_id),
            {"kind": kind, "before": before, "after": mask(kind, account), "requests": redirected},
            now,
        )
        return _method(row)

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

    async def owed(self, influencer_id: int) -> list[Availability]:
        """Currencies the influencer owes money in (a refund after a payout)."""
        return [a for a in await self.availability(influencer_id) if a.owed_minor > 0]

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
        held = await self._held(influencer_id)
        return [
            Availability(
                currency,
                balances[currency].confirmed_minor if currency in balances else 0,
                held.get(currency, 0),
                balances[currency].pending_minor if currency in balances else 0,
            )
            for currency in sorted(set(balances) | set(held))
        ]

    async def _held(self, influencer_id: int, currency: str | None = None) -> dict[str, int]:
        query = (
            select(PayoutRequest.currency, func.sum(PayoutRequest.amount_minor))
            .where(PayoutRequest.influencer_id == influencer_id, PayoutRequest.status == REQUESTED)
            .group_by(PayoutRequest.currency)
        )
        if currency is not None:
            query = query.where(PayoutRequest.currency == currency)
        return {cur: int(total or 0) for cur, total in (await self.session.execute(query)).all()}

    async def _locked_confirmed(self, influencer_id: int, currency: str) -> int:
        """The confirmed balance, with its row locked until the transaction ends (PostgreSQL)."""
        confirmed = await self.session.scalar(
            select(Balance.confirmed_minor)
            .where(Balance.influencer_id == influencer_id, Balance.currency == currency)
            .with_for_update()
        )
        return int(confirmed or 0)

    # --- the influencer's request ------------------------------------------------------------

    async def request(
        self, influencer_id: int, currency: str, amount_minor: int, minimum: int, now: datetime
    ) -> PayoutRequestRecord:
        """Ask to be paid ``amount_minor`` of confirmed money to the recorded method."""
        status = await self.session.scalar(
            select(Influencer.status).where(Influencer.id == influencer_id)
        )
        if status != "approved":
            raise PayoutRefused("not_approved")
        method = await self.method(influencer_id)
        if method is None:
            raise PayoutRefused("no_method")
        if await self.owed(influencer_id):
            raise PayoutRefused("owed")
        confirmed = await self._locked_confirmed(influencer_id, currency)
        held = (await self._held(influencer_id, currency)).get(currency, 0)
        available = max(confirmed - held, 0)
        if available <= 0:
            raise PayoutRefused("nothing_available", held=held)
        if amount_minor > available:
            raise PayoutRefused("above_available", available=available)
        if amount_minor < minimum:
            raise PayoutRefused("below_minimum", minimum=minimum, available=available)
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

    async def queue(self, now: datetime, limit: int = 100) -> list[QueueItem]:
        """Open requests, oldest first: the order staff should pay them in; each flagged when
        its payout details changed within RECENT_CHANGE of ``now``."""
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
            sorted({row.influencer_id for row, _ in rows}), now - RECENT_CHANGE
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

    async def _claim(self, request_id: int) -> PayoutRequest:
        """The open request, its row locked; refused when it is unknown or already decided."""
        row = await self.session.scalar(
            select(PayoutRequest)
            .where(PayoutRequest.id == request_id)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        if row is None:
            raise PayoutRefused("not_found", id=request_id)
        if row.status == PAID:
            raise PayoutRefused("already_paid", id=request_id, reference=row.reference)
        if row.status in (REJECTED, CANCELLED):
            raise PayoutRefused("already_rejected", id=request_id)
        return row

    async def _decide(self, row: PayoutRequest, values: dict[str, Any]) -> None:
        """Move an open request to its final state, if nobody did meanwhile."""
        changed = await self.session.execute(
            update(PayoutRequest)
            .where(PayoutRequest.id == row.id, PayoutRequest.status == REQUESTED)
            .values(**values)
        )
        if changed.rowcount != 1:  # type: ignore[attr-defined]
            await self._claim(row.id)  # someone decided meanwhile: refused with what they did
            raise PayoutRefused("already_paid", id=row.id, reference=None)
        await self.session.refresh(row)

    async def pay(
        self, request_id: int, reference: str, staff: str, now: datetime
    ) -> PayoutRequestRecord:
        """Record that staff sent the money: ledger, balance, request and notification at once.

        ``reference`` is the bank's or PayPal's transaction id; one reference pays one request.
        """
        reference = clean_reference(reference)
        row = await self._claim(request_id)
        used = await self.session.scalar(
            select(PayoutRequest.id).where(PayoutRequest.reference == reference)
        )
        if used is not None:
            raise PayoutRefused("reference_used", id=used)
        confirmed = await self._locked_confirmed(row.influencer_id, row.currency)
        if confirmed < row.amount_minor:
            # Sales were reversed after the request: paying would pay unearned money.
            raise PayoutRefused("insufficient_balance", confirmed=confirmed)
        await self._decide(
            row, {"status": PAID, "reference": reference, "decided_at": now, "decided_by": staff}
        )
        note = f"payout:{row.id}"
        await Ledger(self.session).post(
            [
                LedgerEntry(
                    influencer_id=row.influencer_id,
                    conversion_id=None,
                    kind="payout",
                    bucket=bucket,
                    amount_minor=sign * row.amount_minor,
                    currency=row.currency,
                    note=note,
                )
                for bucket, sign in (("confirmed", -1), ("paid", 1))
            ],
            now,
        )
        record = _request(row)
        await self._notify(
            record,
            "payout-paid",
            {"reference": reference, "method": record.shown_method},
            now,
        )
        return record

    async def reject(
        self, request_id: int, reason: str, staff: str, now: datetime
    ) -> PayoutRequestRecord:
        """Refuse a request (wrong account, suspected fraud...); its money is available again."""
        reason = " ".join(reason.split())
        if not reason or len(reason) > REASON_MAX:
            raise PayoutRefused("bad_reason", max=REASON_MAX)
        row = await self._claim(request_id)
        await self._decide(
            row, {"status": REJECTED, "reason": reason, "decided_at": now, "decided_by": staff}
        )
        record = _request(row)
        await self._notify(record, "payout-rejected", {"reason": reason}, now)
        return record

    async def _notify(
        self, request: PayoutRequestRecord, message_id: str, args: dict[str, Any], now: datetime
    ) -> None:
        user_id = await self.session.scalar(
            select(Influencer.user_id).where(Influencer.id == request.influencer_id)
        )
        if user_id is None:
            return
        args = {
            "id": request.id,
            "amount": {"$money": [request.amount_minor, request.currency]},
            **args,
        }
        await Notifications(self.session).queue(user_id, message_id, args, now)

"""Payout rules: who may ask for money and how much, how staff pay or reject a request, and
what the influencer is told; how a payout method is shown (masked) in a chat.

Every way in calls these functions in its own transaction: the influencer's /payout
(``handlers/payouts.py``), the staff console (``bot/web/console/payouts.py``) and
``python -m bot payout`` (``bot/cli/payout.py``), so a request is paid or refused the same way
everywhere. Refusals raise ``PayoutRefused`` before anything is written. The rows, their locks
and the ledger entries are ``storage.payouts``.

Money an open request holds stays in the confirmed bucket until it is paid; what can still be
requested is ``confirmed - held by open requests``, so two requests never claim the same money.
Locks are taken in one order (request row, then balance row) so payers, requesters and
conversion events never wait on each other in a circle (PostgreSQL).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

import phonenumbers

from bot.core.message_args import MessageArg, Money, Msg, to_json
from bot.settings import PAYOUT_METHOD_KINDS as KINDS
from storage.payouts import (
    DETAILS_CHANGE,
    PAID,
    REJECTED,
    REQUESTED,
    Availability,
    PayoutMethodRecord,
    PayoutRequestRecord,
    QueueItem,
    influencer_subject,
)
from storage.repositories import Repositories

REFERENCE_MAX = 64
REASON_MAX = 500
# Staff see a warning on requests whose payout details changed this recently.
RECENT_CHANGE = timedelta(days=7)
_BULLETS = "••••"


class PayoutRefused(Exception):
    """Nothing was done; ``reason`` says why (machine-readable), ``details`` the figures."""

    def __init__(self, reason: str, **details: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


# --- how a method is shown -----------------------------------------------------------------


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


def described(kind: str, account: str, provider: str | None) -> Msg:
    """The method as a localised message reference (``payout-shown-<kind>``), masked: what a
    chat or a notification shows, in the reader's language when it is rendered."""
    args: dict[str, MessageArg] = {"masked": mask(kind, account)}
    if kind == "card":
        args["system"] = Msg(f"payout-card-system-{provider or 'other'}", {})
    if kind == "sbp":
        args["bank"] = Msg(f"payout-bank-{provider or 'other'}", {})
    return Msg(f"payout-shown-{kind}", args)


def method_shown(method: PayoutMethodRecord) -> Msg:
    return described(method.kind, method.account, method.provider)


def request_shown(request: PayoutRequestRecord) -> Msg:
    """Where a request is paid to, as ``described`` shows it."""
    return described(request.method_kind, request.method_account, request.method_provider)


def request_masked(request: PayoutRequestRecord) -> str:
    return mask(request.method_kind, request.method_account)


# --- the method ----------------------------------------------------------------------------


async def set_method(
    repos: Repositories,
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
    change = await repos.payouts.save_method(influencer_id, kind, account, holder, provider, now)
    before = change.before
    await repos.audit.record(
        actor,
        DETAILS_CHANGE,
        influencer_subject(influencer_id),
        {
            "kind": kind,
            "before": mask(before.kind, before.account) if before is not None else None,
            "after": mask(kind, account),
            "requests": list(change.redirected),
        },
        now,
    )
    return change.after


# --- the influencer's request --------------------------------------------------------------


def owed(currencies: list[Availability]) -> list[Availability]:
    """Currencies the influencer owes money in (a refund after a payout)."""
    return [a for a in currencies if a.owed_minor > 0]


async def request(
    repos: Repositories,
    influencer_id: int,
    currency: str,
    amount_minor: int,
    minimum: int,
    now: datetime,
) -> PayoutRequestRecord:
    """Ask to be paid ``amount_minor`` of confirmed money to the recorded method."""
    if await repos.influencers.status(influencer_id) != "approved":
        raise PayoutRefused("not_approved")
    payouts = repos.payouts
    method = await payouts.method(influencer_id)
    if method is None:
        raise PayoutRefused("no_method")
    if owed(await payouts.availability(influencer_id)):
        raise PayoutRefused("owed")
    confirmed = await payouts.locked_confirmed(influencer_id, currency)
    held = (await payouts.held(influencer_id, currency)).get(currency, 0)
    available = max(confirmed - held, 0)
    if available <= 0:
        raise PayoutRefused("nothing_available", held=held)
    if amount_minor > available:
        raise PayoutRefused("above_available", available=available)
    if amount_minor < minimum:
        raise PayoutRefused("below_minimum", minimum=minimum, available=available)
    return await payouts.add_request(influencer_id, currency, amount_minor, method, now)


# --- staff ---------------------------------------------------------------------------------


async def queue(repos: Repositories, now: datetime, limit: int = 100) -> list[QueueItem]:
    """Open requests, oldest first; each flagged when its details changed within
    ``RECENT_CHANGE`` of ``now`` (fraud often does that)."""
    return await repos.payouts.queue(now - RECENT_CHANGE, limit)


async def changed_recently(
    repos: Repositories, influencer_id: int, now: datetime
) -> datetime | None:
    """When the influencer changed their payout details within ``RECENT_CHANGE``, if they did."""
    changed = await repos.payouts.changed_since([influencer_id], now - RECENT_CHANGE)
    return changed.get(influencer_id)


def clean_reference(text: str) -> str:
    """A payment reference as staff typed it (the bank's transaction id), or refused."""
    value = text.strip()
    if not value or len(value) > REFERENCE_MAX or not value.isprintable():
        raise PayoutRefused("bad_reference", max=REFERENCE_MAX)
    return value


def _check_open(request_id: int, found: PayoutRequestRecord | None) -> PayoutRequestRecord:
    """Refused when the request is unknown or already decided."""
    if found is None:
        raise PayoutRefused("not_found", id=request_id)
    if found.status == PAID:
        raise PayoutRefused("already_paid", id=request_id, reference=found.reference)
    if found.status != REQUESTED:  # rejected, or cancelled by an erasure
        raise PayoutRefused("already_rejected", id=request_id)
    return found


async def _claim(repos: Repositories, request_id: int) -> PayoutRequestRecord:
    """The open request, its row locked; refused when it is unknown or already decided."""
    return _check_open(request_id, await repos.payouts.lock(request_id))


async def _decided(
    repos: Repositories, found: PayoutRequestRecord, decided: PayoutRequestRecord | None
) -> PayoutRequestRecord:
    """The decided request; refused with what happened when someone decided it meanwhile."""
    if decided is None:
        await _claim(repos, found.id)
        raise PayoutRefused("already_paid", id=found.id, reference=None)
    return decided


async def pay(
    repos: Repositories, request_id: int, reference: str, staff: str, now: datetime
) -> PayoutRequestRecord:
    """Record that staff sent the money: ledger, balance, request and notification at once.

    ``reference`` is the bank's or PayPal's transaction id; one reference pays one request.
    """
    reference = clean_reference(reference)
    found = await _claim(repos, request_id)
    payouts = repos.payouts
    used = await payouts.paid_by(reference)
    if used is not None:
        raise PayoutRefused("reference_used", id=used)
    confirmed = await payouts.locked_confirmed(found.influencer_id, found.currency)
    if confirmed < found.amount_minor:
        # Sales were reversed after the request: paying would pay unearned money.
        raise PayoutRefused("insufficient_balance", confirmed=confirmed)
    decided = await payouts.decide(found.id, PAID, now, staff, reference=reference)
    record = await _decided(repos, found, decided)
    await payouts.book_payment(record, now)
    await _notify(
        repos, record, "payout-paid", {"reference": reference, "method": request_shown(record)}, now
    )
    return record


async def reject(
    repos: Repositories, request_id: int, reason: str, staff: str, now: datetime
) -> PayoutRequestRecord:
    """Refuse a request (wrong account, suspected fraud...); its money is available again."""
    reason = " ".join(reason.split())
    if not reason or len(reason) > REASON_MAX:
        raise PayoutRefused("bad_reason", max=REASON_MAX)
    found = await _claim(repos, request_id)
    decided = await repos.payouts.decide(found.id, REJECTED, now, staff, reason=reason)
    record = await _decided(repos, found, decided)
    await _notify(repos, record, "payout-rejected", {"reason": reason}, now)
    return record


async def _notify(
    repos: Repositories,
    request: PayoutRequestRecord,
    message_id: str,
    args: Mapping[str, MessageArg],
    now: datetime,
) -> None:
    user_id = await repos.influencers.user_id(request.influencer_id)
    if user_id is None:
        return
    typed: dict[str, MessageArg] = {
        "id": request.id,
        "amount": Money(request.amount_minor, request.currency),
        **args,
    }
    await repos.notifications.queue(user_id, message_id, to_json(typed), now)

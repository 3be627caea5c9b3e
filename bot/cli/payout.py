"""``python -m bot payout list|show|pay|reject``: staff work through the payout queue.

``list`` masks payout details: the queue is an overview that ends up in shared terminals and
tickets; it flags requests whose details changed in the last 7 days. ``show`` prints one
request's full details, because whoever pays it must type them into the bank; one at a time,
only when needed. Paying and rejecting are ``bot.services.payouts``' own ``pay`` and
``reject``, as in the staff console.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from bot.core.money import Money
from bot.services import payouts
from bot.services.payout_methods import grouped
from bot.services.payouts import PayoutRefused
from bot.settings import Settings
from storage.db import Database
from storage.payouts import PayoutRequestRecord
from storage.repositories import Repositories

REFUSALS = {
    "not_found": "there is no payout request #{id}",
    "already_paid": "request #{id} is already paid (reference {reference})",
    "already_rejected": "request #{id} was rejected; it cannot be paid or rejected again",
    "reference_used": "this reference already paid request #{id}; every payment has its own",
    "insufficient_balance": (
        "the influencer's confirmed balance is now {confirmed}, below the request "
        "(sales were reversed after it): reject it with a reason"
    ),
    "bad_reference": "a reference is 1 to {max} printable characters",
    "bad_reason": "a reason is 1 to {max} characters",
}


def amount(minor: int, currency: str) -> str:
    """Exact and unambiguous for staff: ``60.00 EUR``."""
    return f"{Money(minor, currency).decimal} {currency}"


def _staff(args: argparse.Namespace) -> str:
    return f"cli:{args.by or getpass.getuser()}"[:64]


def _refusal(refused: PayoutRefused, currency: str | None = None) -> str:
    details = dict(refused.details)
    if "confirmed" in details and currency is not None:
        details["confirmed"] = amount(int(details["confirmed"]), currency)
    template = REFUSALS.get(refused.reason, refused.reason)
    return template.format(**details)


# Staff read English names of the card systems and SBP banks (the chat shows localised ones).
PROVIDER_NAMES = {
    "mir": "Mir",
    "visa": "Visa",
    "mastercard": "Mastercard",
    "maestro": "Maestro",
    "unionpay": "UnionPay",
    "amex": "American Express",
    "jcb": "JCB",
    "sber": "Sberbank",
    "tbank": "T-Bank",
    "vtb": "VTB",
    "alfa": "Alfa-Bank",
    "gazprombank": "Gazprombank",
    "raiffeisen": "Raiffeisenbank",
    "ozon": "Ozon Bank",
    "yandex": "Yandex Bank",
}
KIND_NAMES = {"iban": "IBAN", "paypal": "PayPal", "card": "card", "sbp": "SBP", "blik": "BLIK"}


def _provider(request: PayoutRequestRecord) -> str:
    key = request.method_provider or ""
    return PROVIDER_NAMES.get(key, key or "?")


def _details(request: PayoutRequestRecord) -> str:
    """The full details, as whoever pays types them into the bank."""
    kind, account = request.method_kind, request.method_account
    if kind == "iban":
        return f"IBAN {grouped(account)}, holder {request.method_holder}"
    if kind == "card":
        return f"card {_provider(request)} {grouped(account)}"
    if kind == "sbp":
        return f"SBP {account}, bank {_provider(request)}"
    if kind == "blik":
        return f"BLIK {account}"
    return f"PayPal {account}"


def _masked(request: PayoutRequestRecord) -> str:
    """The details masked, for the queue overview."""
    kind = KIND_NAMES.get(request.method_kind, request.method_kind)
    masked = f"{kind} {payouts.request_masked(request)}"
    if request.method_kind in ("card", "sbp"):
        masked += f" ({_provider(request)})"
    return masked


def _changed(when: datetime | None) -> str:
    """The warning on a request whose payout details changed lately (fraud often does that)."""
    return f"DETAILS CHANGED {when:%Y-%m-%d %H:%M}" if when is not None else ""


async def run(settings: Settings, args: argparse.Namespace, now: datetime | None = None) -> int:
    database = Database(settings.database_url)
    try:
        return await _run(database, args, now or datetime.now(UTC))
    finally:
        await database.dispose()


async def _run(database: Database, args: argparse.Namespace, now: datetime) -> int:
    if args.action == "list":
        async with database.read() as session:
            queue = await payouts.queue(Repositories(session), now, limit=1000)
        for item in queue:
            r = item.request
            print(
                f"#{r.id}\t{r.requested_at:%Y-%m-%d %H:%M}\tinfluencer {r.influencer_id}"
                f"\t{item.display_name}\t{amount(r.amount_minor, r.currency)}\t{_masked(r)}"
                + (f"\t{_changed(item.details_changed_at)}" if item.details_changed_at else "")
            )
        print(f"{len(queue)} open payout requests", file=sys.stderr)
        return 0
    if args.action == "show":
        async with database.read() as session:
            repos = Repositories(session)
            request = await repos.payouts.get(args.id)
            influencer = await repos.influencers.by_id(request.influencer_id) if request else None
            changed = (
                await payouts.changed_recently(repos, request.influencer_id, now)
                if request is not None
                else None
            )
        if request is None or influencer is None:
            print(REFUSALS["not_found"].format(id=args.id), file=sys.stderr)
            return 1
        print(f"request #{request.id}: {request.status}")
        print(f"influencer {influencer.id}: {influencer.display_name} ({influencer.country})")
        print(f"amount: {amount(request.amount_minor, request.currency)}")
        print(f"pay to: {_details(request)}")
        if changed is not None:
            print(
                f"warning: payout details changed on {changed:%Y-%m-%d %H:%M} (within 7 days):"
                " check with the influencer before paying"
            )
        print(f"requested: {request.requested_at.isoformat()}")
        if request.decided_at is not None:
            print(f"decided: {request.decided_at.isoformat()} by {request.decided_by}")
        if request.reference:
            print(f"reference: {request.reference}")
        if request.reason:
            print(f"reason: {request.reason}")
        return 0
    currency: str | None = None
    try:
        async with database.transaction() as session:
            repos = Repositories(session)
            found = await repos.payouts.get(args.id)
            currency = found.currency if found else None
            if args.action == "pay":
                done = await payouts.pay(repos, args.id, args.reference, _staff(args), now)
            else:
                done = await payouts.reject(repos, args.id, args.reason, _staff(args), now)
    except PayoutRefused as refused:
        print(_refusal(refused, currency), file=sys.stderr)
        return 1
    except IntegrityError:
        # Another payer used the same reference at the same moment; nothing was stored.
        print("another request took this reference at the same moment", file=sys.stderr)
        return 1
    verb = "paid" if done.status == "paid" else "rejected"
    print(
        f"request #{done.id} {verb}: {amount(done.amount_minor, done.currency)}; "
        "the influencer is notified",
        file=sys.stderr,
    )
    return 0

"""Payouts: the open queue with totals per currency; pay with a reference, reject with a
reason; a SEPA file of the selected requests that marks them paid in the same step; CSV.

Paying and rejecting are ``bot.services.payouts``' own ``pay`` and ``reject``, as for
``python -m bot payout``: one transaction each with the ledger, the balance and the
influencer's notification. The console adds the audit entry with the staff identity.
"""

from __future__ import annotations

import csv
import io

from aiohttp import web
from sqlalchemy.exc import IntegrityError

from bot.core.money import Money
from bot.services import payouts, sepa
from bot.services.payouts import PayoutRefused
from bot.web.console.access import (
    Staff,
    config_of,
    form_of,
    guarded,
    notice,
    path_id,
    redirect,
    render,
)
from storage.console_overview import ConsoleOverview
from storage.payouts import PayoutRequestRecord
from storage.repositories import Repositories

ROLE = "admin"
PAGE = 200  # requests shown at once, oldest first (the CSV has them all)
CSV_LIMIT = 100_000
HOME = "/console/payouts"


def _ids(values: list[str]) -> list[int]:
    return sorted({int(v) for v in values if v.isdigit()})


@guarded(ROLE, "payout.list")
async def queue(request: web.Request, staff: Staff) -> web.StreamResponse:
    """The oldest open requests (a page of them) and the totals of the whole queue."""
    config = config_of(request)
    async with config.database.read() as db:
        items = await payouts.queue(Repositories(db), config.clock(), limit=PAGE)
        totals = await ConsoleOverview(db).payouts_waiting()
    return await render(
        request,
        staff,
        "payouts.html",
        {
            "items": items,
            "totals": totals,
            "more": sum(t.count for t in totals) - len(items),
            "sepa_ready": bool(
                config.settings.sepa_debtor_name and config.settings.sepa_debtor_iban
            ),
            "eligible": sepa.eligible,
            "method_of": payouts.request_shown,
        },
    )


async def _refused(request: web.Request, refused: PayoutRefused) -> None:
    await notice(request, "console-payout-refused", reason=refused.reason, **refused.details)


async def _decide(request: web.Request, staff: Staff, pay: bool) -> web.StreamResponse:
    config = config_of(request)
    form = await form_of(request)
    request_id = path_id(request)
    now = config.clock()
    try:
        async with config.database.transaction() as db:
            services = Repositories(db)
            if pay:
                reference = str(form.get("reference", ""))
                done = await payouts.pay(services, request_id, reference, staff.actor, now)
                details = {"reference": done.reference}
            else:
                reason = str(form.get("reason", ""))
                done = await payouts.reject(services, request_id, reason, staff.actor, now)
                details = {"reason": done.reason}
            await services.audit.record(
                staff.actor,
                "payout.pay" if pay else "payout.reject",
                f"payout:{request_id}",
                {"amount": done.amount_minor, "currency": done.currency, **details},
                now,
            )
    except PayoutRefused as refused:
        await _refused(request, refused)
        raise redirect(HOME) from None
    except IntegrityError:
        await notice(request, "console-payout-refused", reason="reference_used", id="?")
        raise redirect(HOME) from None
    await notice(
        request, "console-payout-paid" if pay else "console-payout-rejected", id=request_id
    )
    raise redirect(HOME)


@guarded(ROLE, "payout.pay")
async def pay(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _decide(request, staff, True)


@guarded(ROLE, "payout.reject")
async def reject(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _decide(request, staff, False)


@guarded(ROLE, "payout.sepa")
async def sepa_export(request: web.Request, staff: Staff) -> web.StreamResponse:
    """The selected euro bank transfers as one pain.001 file, each request marked paid with
    the file's message id as its reference, in one transaction: all or none."""
    config = config_of(request)
    form = await form_of(request)
    ids = _ids([str(v) for v in form.getall("id", [])])
    if not ids:
        await notice(request, "console-sepa-none")
        raise redirect(HOME)
    now = config.clock()
    try:
        async with config.database.transaction() as db:
            services = Repositories(db)
            chosen: list[PayoutRequestRecord] = []
            for request_id in ids:
                found = await services.payouts.get(request_id)
                if found is None or not sepa.eligible(found):
                    raise ValueError(request_id)
                chosen.append(found)
            message_id, document = sepa.credit_transfer(config.settings, chosen, now.date())
            for found in chosen:
                reference = f"{message_id}/{found.id}"
                await payouts.pay(services, found.id, reference, staff.actor, now)
                await services.audit.record(
                    staff.actor,
                    "payout.pay",
                    f"payout:{found.id}",
                    {
                        "amount": found.amount_minor,
                        "currency": found.currency,
                        "reference": reference,
                        "sepa": message_id,
                    },
                    now,
                )
    except sepa.SepaUnavailable:
        await notice(request, "console-sepa-off")
        raise redirect(HOME) from None
    except sepa.SepaInvalid:
        await notice(request, "console-sepa-invalid")
        raise redirect(HOME) from None
    except ValueError as error:
        await notice(request, "console-sepa-not-eligible", id=str(error))
        raise redirect(HOME) from None
    except PayoutRefused as refused:
        await _refused(request, refused)
        raise redirect(HOME) from None
    filename = f"sepa-{message_id}.xml"
    return web.Response(
        body=document,
        content_type="application/xml",
        headers={
            "Content-Disposition": f'attachment; filename="{filename}"',
            "Cache-Control": "no-store",
        },
    )


@guarded(ROLE, "payout.csv")
async def csv_export(request: web.Request, staff: Staff) -> web.StreamResponse:
    """The open queue as CSV, with the full payout details (for whoever pays by hand)."""
    config = config_of(request)
    async with config.database.read() as db:
        items = await payouts.queue(Repositories(db), config.clock(), limit=CSV_LIMIT)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        [
            "id",
            "requested_at",
            "influencer_id",
            "name",
            "amount",
            "currency",
            "method",
            "account",
            "holder",
        ]
    )
    for item in items:
        r = item.request
        amount = str(Money(r.amount_minor, r.currency).decimal)
        writer.writerow(
            [
                r.id,
                r.requested_at.isoformat(),
                r.influencer_id,
                _cell(item.display_name),
                amount,
                r.currency,
                r.method_kind,
                r.method_account,
                _cell(r.method_holder or ""),
            ]
        )
    async with config.database.transaction() as db:
        await Repositories(db).audit.record(
            staff.actor, "payout.export", None, {"rows": len(items)}, config.clock()
        )
    return web.Response(
        text=out.getvalue(),
        content_type="text/csv",
        charset="utf-8",
        headers={
            "Content-Disposition": 'attachment; filename="payouts.csv"',
            "Cache-Control": "no-store",
        },
    )


def _cell(value: str) -> str:
    """A spreadsheet must not run a name as a formula (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/payouts", queue)
    router.add_get("/payouts.csv", csv_export)
    router.add_post("/payouts/sepa", sepa_export)
    router.add_post("/payouts/{id}/pay", pay)
    router.add_post("/payouts/{id}/reject", reject)

"""Influencers: search by name, handle, account or link code; a profile (application,
channels, tier, balance, links with figures, orders, payouts, support tickets, audit trail);
set a tier by hand, suspend and reinstate, add an internal note. Viewing takes ``support``;
changing, ``admin``. Every change is in the audit log, under ``influencer:<id>``.
"""

from __future__ import annotations

from aiohttp import web

from bot.core.inputs import InputError, Text
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
from storage import console_influencers as people
from storage.payouts import Payouts
from storage.repositories import Repositories

VIEW, CHANGE = "support", "admin"
NOTE = Text(min=3, max=1000)
TICKETS = 50  # the newest support tickets on a profile


def _where(influencer_id: int) -> str:
    return f"/console/influencers/{influencer_id}"


@guarded(VIEW, "influencer.search")
async def search(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    text = request.query.get("q", "").strip()[:128]
    async with config.database.read() as db:
        found = await people.search(db, text) if text else []
    short = 0 < len(text) < people.NAME_SEARCH_MIN
    return await render(
        request, staff, "influencers.html", {"q": text, "found": found, "short": short}
    )


@guarded(VIEW, "influencer.view")
async def profile(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    influencer_id = path_id(request)
    async with config.database.read() as db:
        record = await Repositories(db).influencers.by_id(influencer_id)
        if record is None:
            raise web.HTTPNotFound()
        context = {
            "influencer": record,
            "accounts": await people.accounts(db, record.user_id),
            "balances": await people.balances(db, influencer_id),
            "links": await people.links(db, influencer_id),
            "orders": await people.orders(db, influencer_id),
            "payouts": await Payouts(db).requests(influencer_id),
            "tickets": await Repositories(db).tickets.of_user(record.user_id, limit=TICKETS),
            "trail": await people.trail(db, influencer_id),
            "tiers": [name for name, _ in config.settings.tiers],
        }
    return await render(request, staff, "influencer.html", context)


@guarded(CHANGE, "influencer.tier")
async def set_tier(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    influencer_id = path_id(request)
    tier = str((await form_of(request)).get("tier", "")).strip().lower()
    now = config.clock()
    try:
        async with config.database.transaction() as db:
            before = await people.set_tier(db, influencer_id, tier, now)
            if before is None:
                raise web.HTTPNotFound()
            await Repositories(db).audit.record(
                staff.actor,
                "influencer.tier",
                f"influencer:{influencer_id}",
                {"from": before, "to": tier},
                now,
            )
    except ValueError:
        await notice(request, "console-tier-invalid")
        raise redirect(_where(influencer_id)) from None
    await notice(request, "console-tier-set", tier=tier)
    raise redirect(_where(influencer_id))


async def _switch(request: web.Request, staff: Staff, suspend: bool) -> web.StreamResponse:
    config = config_of(request)
    influencer_id = path_id(request)
    before, after = ("approved", "suspended") if suspend else ("suspended", "approved")
    now = config.clock()
    async with config.database.transaction() as db:
        changed = await people.switch_status(db, influencer_id, before, after, now)
        if changed:
            action = "influencer.suspend" if suspend else "influencer.reinstate"
            await Repositories(db).audit.record(
                staff.actor, action, f"influencer:{influencer_id}", {}, now
            )
    if not changed:
        await notice(request, "console-status-unchanged")
    else:
        await notice(request, "console-suspended" if suspend else "console-reinstated")
    raise redirect(_where(influencer_id))


@guarded(CHANGE, "influencer.suspend")
async def suspend(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _switch(request, staff, True)


@guarded(CHANGE, "influencer.reinstate")
async def reinstate(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _switch(request, staff, False)


@guarded(VIEW, "influencer.note")
async def note(request: web.Request, staff: Staff) -> web.StreamResponse:
    """An internal note for the team (never shown to the influencer)."""
    config = config_of(request)
    influencer_id = path_id(request)
    try:
        text = str(NOTE.parse(str((await form_of(request)).get("note", "")), staff.locale))
    except InputError as error:
        await notice(request, error.message_id, **error.args_)
        raise redirect(_where(influencer_id)) from None
    async with config.database.transaction() as db:
        services = Repositories(db)
        if await services.influencers.by_id(influencer_id) is None:
            raise web.HTTPNotFound()
        await services.audit.record(
            staff.actor,
            "influencer.note",
            f"influencer:{influencer_id}",
            {"note": text},
            config.clock(),
        )
    await notice(request, "console-note-added")
    raise redirect(_where(influencer_id))


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/influencers", search)
    router.add_get("/influencers/{id}", profile)
    router.add_post("/influencers/{id}/tier", set_tier)
    router.add_post("/influencers/{id}/suspend", suspend)
    router.add_post("/influencers/{id}/reinstate", reinstate)
    router.add_post("/influencers/{id}/note", note)

"""Roles (grant and revoke: owners; every grant and open console session: admins) and the
audit log with filters.

Granting and revoking call bot/services/roles.py's ``change_role``, the function /grant, /revoke
and ``python -m bot grant-role`` call: the same row, the same audit entry, the same notice to
the person.
"""

from __future__ import annotations

from datetime import timedelta

from aiohttp import web

from bot.core.auth import ROLES, parse_account
from bot.services.roles import change_role
from bot.web.console.access import (
    OWNER,
    Staff,
    config_of,
    form_of,
    guarded,
    notice,
    redirect,
    render,
)
from storage.repositories import Repositories

ADMIN = "admin"
LIMITS = (50, 200, 1000)


@guarded(ADMIN, "staff.list")
async def roles(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    async with config.database.read() as db:
        services = Repositories(db)
        grants = await services.staff.all()
        sessions = await services.console.open_sessions()
    return await render(
        request,
        staff,
        "staff.html",
        {
            "grants": grants,
            "owners": config.settings.owner_ids,
            "roles": ROLES,
            "sessions": sessions,
        },
    )


async def _change(request: web.Request, staff: Staff, grant: bool) -> web.StreamResponse:
    config = config_of(request)
    form = await form_of(request)
    account, role = str(form.get("account", "")).strip(), str(form.get("role", ""))
    try:
        channel, external_id = parse_account(account)
    except ValueError:
        await notice(request, "console-bad-account", account=account)
        raise redirect("/console/staff") from None
    if role not in ROLES:
        await notice(request, "staff-bad-role", role=role)
        raise redirect("/console/staff")
    async with config.database.transaction() as db:
        changed = await change_role(
            Repositories(db),
            config.settings,
            actor=staff.actor,
            channel=channel,
            external_id=external_id,
            role=role,
            grant=grant,
            now=config.clock(),
        )
    if grant:
        message = "staff-granted" if changed else "staff-grant-exists"
    else:
        message = "staff-revoked" if changed else "staff-revoke-missing"
    label = config.translator.render(staff.locale, "staff-role", {"role": role})
    await notice(request, message, account=f"{channel}:{external_id}", role=label)
    raise redirect("/console/staff")


@guarded(OWNER, "role.grant")
async def grant(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _change(request, staff, True)


@guarded(OWNER, "role.revoke")
async def revoke(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _change(request, staff, False)


@guarded(ADMIN, "audit.read")
async def log(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    query = request.query
    actor = query.get("actor", "").strip()[:80] or None
    action = query.get("action", "").strip()[:48] or None
    days = query.get("days", "").strip()
    since = config.clock() - timedelta(days=int(days)) if days.isdigit() and int(days) > 0 else None
    limit = int(query["limit"]) if query.get("limit", "").isdigit() else LIMITS[0]
    limit = limit if limit in LIMITS else LIMITS[0]
    async with config.database.read() as db:
        entries = await Repositories(db).audit.entries(
            actor=actor, action=action, since=since, limit=limit
        )
    return await render(
        request,
        staff,
        "audit.html",
        {
            "entries": entries,
            "filters": {"actor": actor or "", "action": action or "", "days": days, "limit": limit},
            "limits": LIMITS,
        },
    )


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/staff", roles)
    router.add_post("/staff/grant", grant)
    router.add_post("/staff/revoke", revoke)
    router.add_get("/audit", log)

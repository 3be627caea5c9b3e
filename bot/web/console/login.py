"""Sign-in from a chat link, sign-out, and an owner signing out every session of an account.

``GET /console/login/{token}`` only shows a button: link previews (Telegram fetches the URLs
in messages) must not spend the single-use token. ``POST`` spends it and opens the session.
"""

from __future__ import annotations

import hmac
import secrets
from datetime import timedelta

from aiohttp import web
from aiohttp_session import get_session, new_session

from bot.core.auth import is_staff, parse_account
from bot.web.console.access import (
    OWNER,
    Staff,
    config_of,
    deny,
    form_of,
    guarded,
    notice,
    redirect,
    refusal,
    render,
)
from storage.console import ConsoleAccount
from storage.repositories import Repositories

TOKEN_MAX = 128


def _token(request: web.Request) -> str:
    return request.match_info["token"][:TOKEN_MAX]


async def login_page(request: web.Request) -> web.StreamResponse:
    config = config_of(request)
    token = _token(request)
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        state = await services.console.token_state(token, now)
        if state.status != "ok":
            actor = state.account.actor if state.account else "web"
            await deny(services, actor, "console.login", now, reason=state.status)
    if state.status != "ok" or state.account is None:
        return await refusal(request, None, f"console-login-{state.status}", 403)
    return await render(request, None, "login.html", {"account": state.account.actor})


async def login(request: web.Request) -> web.StreamResponse:
    config = config_of(request)
    token = _token(request)
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        state = await services.console.use_token(token, now)
        account = state.account
        allowed = account is not None and await is_staff(
            services, config.settings, account.channel, account.external_id
        )
        if state.status != "ok" or account is None or not allowed:
            actor = account.actor if account else "web"
            reason = state.status if state.status != "ok" else "no-role"
            await deny(services, actor, "console.login", now, reason=reason)
            key = None
        else:
            key = await services.console.open_session(account, now)
            await services.audit.record(account.actor, "console.login", None, {}, now)
    if key is None:
        status = state.status if state.status != "ok" else "unknown"
        return await refusal(request, None, f"console-login-{status}", 403)
    session = await new_session(request)
    session["key"] = key
    session["csrf"] = secrets.token_urlsafe(32)
    raise redirect("/console/")


async def logout(request: web.Request) -> web.StreamResponse:
    """Signing out needs no role (someone whose roles were revoked may still end their
    session), only the session's own CSRF token."""
    config = config_of(request)
    session = await get_session(request)
    key, csrf = session.get("key"), session.get("csrf")
    given = str((await request.post()).get("csrf", ""))
    if not isinstance(key, str) or not isinstance(csrf, str):
        return await refusal(request, None, "console-signed-out", 401)
    if not hmac.compare_digest(given.encode(), csrf.encode()):
        return await refusal(request, None, "console-csrf", 403)
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        record = await services.console.live_session(key, now, timedelta(days=366))
        if record is not None:
            await services.console.end(key, now)
            await services.audit.record(record.account.actor, "console.logout", None, {}, now)
    session.invalidate()
    return await render(
        request, None, "error.html", {"message": "console-signed-out-done", "args": {}}
    )


@guarded(OWNER, "console.signout")
async def sign_out_account(request: web.Request, staff: Staff) -> web.StreamResponse:
    """An owner ends every console session of an account (a lost laptop, a leaver)."""
    config = config_of(request)
    form = await form_of(request)
    text = str(form.get("account", ""))
    try:
        channel, external_id = parse_account(text)
    except ValueError:
        await notice(request, "console-bad-account", account=text)
        raise redirect("/console/staff") from None
    account = ConsoleAccount(channel, external_id)
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        ended = await services.console.end_all(account, now)
        await services.audit.record(
            staff.actor, "console.signout", account.actor, {"sessions": ended}, now
        )
    await notice(request, "console-signed-out-account", account=account.actor, count=ended)
    raise redirect("/console/staff")


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/login/{token}", login_page)
    router.add_post("/login/{token}", login)
    router.add_post("/logout", logout)
    router.add_post("/staff/signout", sign_out_account)

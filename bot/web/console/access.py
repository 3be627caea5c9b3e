"""Who is signed in, what they may do, and the checks every console request goes through.

The role check is bot/core/auth.py's, the very one chat uses; a refusal is written to the audit
log as ``denied`` like a refused chat command (``via: console``). A form without the session's
CSRF token is refused the same way: the cookie alone (SameSite=Lax) is not trusted to prove
that the staff member meant to send it.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from aiohttp_session import get_session
from multidict import MultiDictProxy

from bot.core.auth import ROLES, has_role, is_owner, is_staff
from bot.core.formatting import format_day, format_money, format_number
from bot.core.i18n import Translator, negotiate
from bot.core.message_args import MessageArg, Msg
from bot.core.money import Money
from bot.settings import Settings
from storage.console import ConsoleAccount
from storage.db import Database
from storage.repositories import Repositories

log = logging.getLogger(__name__)

COOKIE = "console"
STAFF = "staff"  # any staff role
OWNER = "owner"
# The sections of the console and the role each needs (what the navigation shows).
SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("overview", "/console/", STAFF),
    ("applications", "/console/applications", "reviewer"),
    ("influencers", "/console/influencers", "support"),
    ("campaigns", "/console/campaigns", "admin"),
    ("payouts", "/console/payouts", "admin"),
    ("broadcasts", "/console/broadcasts", "broadcaster"),
    ("staff", "/console/staff", "admin"),
    ("audit", "/console/audit", "admin"),
)


@dataclass(frozen=True, slots=True)
class ConsoleConfig:
    database: Database
    settings: Settings
    translator: Translator
    clock: Callable[[], datetime]


CONFIG_KEY = web.AppKey("console_config", ConsoleConfig)


@dataclass
class Staff:
    """The signed-in member of staff, as of this request."""

    account: ConsoleAccount
    locale: str
    csrf: str
    session_key: str
    sections: list[tuple[str, str]] = field(default_factory=list)
    roles: set[str] = field(default_factory=set)  # every role they may act as now
    owner: bool = False

    @property
    def actor(self) -> str:
        return self.account.actor


Handler = Callable[[web.Request, Staff], Awaitable[web.StreamResponse]]


def config_of(request: web.Request) -> ConsoleConfig:
    return request.app[CONFIG_KEY]


async def permitted(
    services: Repositories, settings: Settings, account: ConsoleAccount, role: str
) -> bool:
    channel, external_id = account.channel, account.external_id
    if role == OWNER:
        return is_owner(settings, channel, external_id)
    if role == STAFF:
        return await is_staff(services, settings, channel, external_id)
    return await has_role(services, settings, channel, external_id, role)


async def locale_of(services: Repositories, settings: Settings, account: ConsoleAccount) -> str:
    """The staff member's language as the bot speaks to them: their choice, else their
    platform's language, else the programme's default (as bot/core/engine.py decides)."""
    identity = await services.users.identity(account.channel, account.external_id)
    user = await services.users.get(identity.user_id) if identity else None
    hint = identity.locale_hint if identity else None
    return (user.locale if user else None) or negotiate(hint) or settings.default_locale


def helpers(translator: Translator, locale: str) -> dict[str, Any]:
    """What every template may call: text by message id, money, numbers and days."""

    def t(message_id: str, **args: Any) -> str:
        return translator.render(locale, message_id, args)

    def shown(value: MessageArg) -> str:
        """A message reference as text: a payout method as the chat names it
        (``bot.services.payouts.described``), masked."""
        return said(value)

    def said(value: MessageArg) -> str:
        if not isinstance(value, Msg):
            return str(value)
        args = {k: said(v) if isinstance(v, Msg) else v for k, v in value.args.items()}
        return t(value.message_id, **args)

    def label(prefix: str, value: str) -> str:
        """A value's localised name (``niche-beauty``), or the value itself if it has none."""
        message_id = f"{prefix}-{value}"
        return t(message_id) if translator.has(locale, message_id) else value

    def money(minor: int, currency: str) -> str:
        return format_money(Money(minor, currency), locale)

    def number(value: int) -> str:
        return format_number(value, locale)

    def day(value: datetime) -> str:
        return format_day(value, locale, "medium")

    def moment(value: datetime | None) -> str:
        return "" if value is None else value.strftime("%Y-%m-%d %H:%M UTC")

    return {
        "t": t,
        "shown": shown,
        "label": label,
        "money": money,
        "number": number,
        "day": day,
        "moment": moment,
        "locale": locale,
    }


async def notice(request: web.Request, message_id: str, **args: Any) -> None:
    """A message for the next page shown (after the redirect that follows a form)."""
    session = await get_session(request)
    session["notice"] = [message_id, args]


async def render(
    request: web.Request,
    staff: Staff | None,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    status: int = 200,
) -> web.Response:
    config = config_of(request)
    locale = staff.locale if staff else config.settings.default_locale
    page: dict[str, Any] = {
        **helpers(config.translator, locale),
        "staff": staff,
        "csrf": staff.csrf if staff else "",
        "programme": config.settings.programme_name,
        "path": request.path,
        "notice": None,
    }
    if staff is not None:
        session = await get_session(request)
        pending = session.pop("notice", None)
        if isinstance(pending, list) and len(pending) == 2:
            page["notice"] = {"message": pending[0], "args": pending[1]}
    page.update(context or {})
    response = aiohttp_jinja2.render_template(template, request, page, status=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


async def refusal(
    request: web.Request, staff: Staff | None, message_id: str, status: int, **args: Any
) -> web.Response:
    return await render(
        request, staff, "error.html", {"message": message_id, "args": args}, status=status
    )


async def deny(
    services: Repositories, actor: str, action: str, now: datetime, **details: Any
) -> None:
    await services.audit.record(actor, "denied", action, {"via": "console", **details}, now)


async def _signed_in(request: web.Request, role: str, action: str) -> tuple[Staff | None, bool]:
    """The staff member behind the cookie (None: not signed in) and whether ``role`` is theirs;
    a refusal is audited in the same transaction."""
    config = config_of(request)
    session = await get_session(request)
    key, csrf = session.get("key"), session.get("csrf")
    if not isinstance(key, str) or not isinstance(csrf, str):
        return None, False
    now = config.clock()
    idle = timedelta(minutes=config.settings.console_idle_minutes)
    async with config.database.transaction() as db:
        services = Repositories(db)
        record = await services.console.live_session(key, now, idle)
        if record is None:
            session.invalidate()
            return None, False
        account = record.account
        staff = Staff(account, await locale_of(services, config.settings, account), csrf, key)
        staff.owner = is_owner(config.settings, account.channel, account.external_id)
        for role_name in ROLES:
            if await permitted(services, config.settings, account, role_name):
                staff.roles.add(role_name)
        for name, url, needed in SECTIONS:
            if needed == STAFF or needed in staff.roles:
                staff.sections.append((name, url))
        allowed = await permitted(services, config.settings, account, role)
        if not allowed:
            await deny(services, staff.actor, action, now, role=role)
    return staff, allowed


def guarded(
    role: str, action: str
) -> Callable[[Handler], Callable[[web.Request], Awaitable[web.StreamResponse]]]:
    """Wrap a page: signed in, holding ``role`` now, and (for a form) with the CSRF token."""

    def wrap(handler: Handler) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def run(request: web.Request) -> web.StreamResponse:
            staff, allowed = await _signed_in(request, role, action)
            if staff is None:
                return await refusal(request, None, "console-signed-out", 401)
            if not allowed:
                return await refusal(
                    request,
                    staff,
                    "console-role-missing",
                    403,
                    role=config_of(request).translator.render(
                        staff.locale, "staff-role", {"role": role if role != STAFF else OWNER}
                    ),
                )
            if request.method == "POST":
                form = await request.post()
                given = str(form.get("csrf", ""))
                if not hmac.compare_digest(given.encode(), staff.csrf.encode()):
                    config = config_of(request)
                    async with config.database.transaction() as db:
                        await deny(
                            Repositories(db), staff.actor, action, config.clock(), reason="csrf"
                        )
                    return await refusal(request, staff, "console-csrf", 403)
            return await handler(request, staff)

        run.__doc__ = handler.__doc__
        return run

    return wrap


async def form_of(request: web.Request) -> MultiDictProxy[str | Any]:
    """The posted form (already read and cached by the CSRF check)."""
    return await request.post()


BIGINT_MAX = 2**63 - 1


def path_id(request: web.Request) -> int:
    """The ``{id}`` of the path as a row id; anything else (or beyond a BIGINT) is a 404."""
    raw = request.match_info["id"]
    if not raw.isascii() or not raw.isdigit() or int(raw) > BIGINT_MAX:
        raise web.HTTPNotFound()
    return int(raw)


def redirect(location: str) -> web.HTTPSeeOther:
    """After a POST: see the page again (a reload never repeats the action)."""
    return web.HTTPSeeOther(location)

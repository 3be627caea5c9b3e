"""Campaigns: the list, create and edit (the command line's own rules), pause and resume.

Adding, pausing and resuming go through ``storage.campaigns`` as ``python -m bot campaign``
does; the console adds an audit entry with the staff member's identity (the command line has
none to give). Editing (which the command line does not offer) keeps the name and currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web

from bot.services.campaign_rules import problem
from bot.web.console.access import Staff, config_of, form_of, guarded, notice, redirect, render
from storage import console_campaigns
from storage.campaigns import CampaignExists
from storage.console_overview import ConsoleOverview
from storage.repositories import Repositories

ROLE = "admin"
NAME_MAX = 64
HOME = "/console/campaigns"
FIGURE_DAYS = 30


class Refused(Exception):
    """A field is wrong: the message id (``console-campaign-bad-...``) and its detail."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code, self.detail = code, detail


@dataclass(frozen=True)
class Fields:
    url: str
    currency: str
    rates: dict[str, int]
    window: int
    lock: int
    starts: datetime | None
    ends: datetime | None
    domains: list[str]
    countries: list[str]


def _int(value: str, default: int) -> int:
    value = value.strip()
    if not value:
        return default
    if not value.lstrip("-").isdigit():
        raise Refused("number")
    return int(value)


def _day(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise Refused("number") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(",", " ").split() if part.strip()]


def fields(text: dict[str, str], tiers: list[str], currency: str | None = None) -> Fields:
    """The form's values, checked with the command line's rules (``campaign_rules``)."""
    rates = [
        (tier, _int(text.get(f"rate_{tier}", ""), -1))
        for tier in tiers
        if text.get(f"rate_{tier}", "").strip()
    ]
    found = Fields(
        url=text.get("url", "").strip(),
        currency=currency or text.get("currency", "").strip(),
        rates=dict(rates),
        window=_int(text.get("window_days", ""), 30),
        lock=_int(text.get("lock_days", ""), 14),
        starts=_day(text.get("starts", "")),
        ends=_day(text.get("ends", "")),
        domains=[d.lower() for d in _split(text.get("domains", ""))],
        countries=[c.upper() for c in _split(text.get("countries", ""))],
    )
    wrong = problem(
        url=found.url,
        currency=found.currency,
        window_days=found.window,
        lock_days=found.lock,
        starts=found.starts,
        ends=found.ends,
        domains=found.domains,
        rates=rates,
    )
    if wrong is not None:
        raise Refused(*wrong)
    if not rates:
        raise Refused("rate")
    return found


async def _form(request: web.Request) -> dict[str, str]:
    form = await form_of(request)
    return {key: str(form.get(key, "")) for key in form}


@guarded(ROLE, "campaign.list")
async def listing(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    since = config.clock() - timedelta(days=FIGURE_DAYS)
    async with config.database.read() as db:
        campaigns = await Repositories(db).campaigns.list_all()
        figures = await ConsoleOverview(db).campaigns(since)
    return await render(
        request,
        staff,
        "campaigns.html",
        {
            "campaigns": campaigns,
            "figures": figures,
            "days": FIGURE_DAYS,
            "tiers": [name for name, _ in config.settings.tiers],
        },
    )


@guarded(ROLE, "campaign.add")
async def create(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    text = await _form(request)
    name = " ".join(text.get("name", "").split())
    try:
        if not name or len(name) > NAME_MAX:
            raise Refused("name")
        found = fields(text, [tier for tier, _ in config.settings.tiers])
    except Refused as refused:
        await notice(request, f"console-campaign-bad-{refused.code}", detail=refused.detail)
        raise redirect(HOME) from None
    now = config.clock()
    details: dict[str, Any] = {"currency": found.currency, "rates": found.rates}
    try:
        async with config.database.transaction() as db:
            services = Repositories(db)
            record = await services.campaigns.add(
                name=name,
                url_template=found.url,
                rates=found.rates,
                currency=found.currency,
                attribution_window_days=found.window,
                lock_days=found.lock,
                starts_at=found.starts or now,
                ends_at=found.ends,
                allowed_domains=found.domains,
                countries=found.countries,
                now=now,
            )
            await services.audit.record(
                staff.actor, "campaign.add", f"campaign:{record.id}", details, now
            )
    except CampaignExists:
        await notice(request, "console-campaign-exists", name=name)
        raise redirect(HOME) from None
    await notice(request, "console-campaign-added", name=name)
    raise redirect(HOME)


@guarded(ROLE, "campaign.edit")
async def edit(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    try:
        campaign_id = int(request.match_info["id"])
    except ValueError:
        raise web.HTTPNotFound() from None
    text = await _form(request)
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        record = await services.campaigns.get(campaign_id)
        if record is None:
            raise web.HTTPNotFound()
        try:
            found = fields(text, [tier for tier, _ in config.settings.tiers], record.currency)
        except Refused as refused:
            await notice(request, f"console-campaign-bad-{refused.code}", detail=refused.detail)
            raise redirect(HOME) from None
        if found.ends is not None and found.ends <= record.starts_at:
            await notice(request, "console-campaign-bad-ends", detail="")
            raise redirect(HOME)
        await console_campaigns.edit(
            db,
            campaign_id,
            url_template=found.url,
            rates=found.rates,
            attribution_window_days=found.window,
            lock_days=found.lock,
            ends_at=found.ends,
            allowed_domains=found.domains,
            countries=found.countries,
        )
        await services.audit.record(
            staff.actor,
            "campaign.edit",
            f"campaign:{campaign_id}",
            {
                "url": found.url,
                "rates": found.rates,
                "window_days": found.window,
                "lock_days": found.lock,
                "ends": found.ends.isoformat() if found.ends else None,
                "domains": found.domains,
                "countries": found.countries,
            },
            now,
        )
    await notice(request, "console-campaign-saved", name=record.name)
    raise redirect(HOME)


async def _switch(request: web.Request, staff: Staff, active: bool) -> web.StreamResponse:
    config = config_of(request)
    name = (await _form(request)).get("name", "")
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        campaigns = services.campaigns
        changed = await (campaigns.resume if active else campaigns.pause)(name)
        if changed:
            record = await campaigns.by_name(name)
            action = "campaign.resume" if active else "campaign.pause"
            subject = f"campaign:{record.id}" if record else None
            await services.audit.record(staff.actor, action, subject, {"name": name}, now)
    message = "console-campaign-resumed" if active else "console-campaign-paused"
    await notice(request, message if changed else "console-campaign-missing", name=name)
    raise redirect(HOME)


@guarded(ROLE, "campaign.pause")
async def pause(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _switch(request, staff, False)


@guarded(ROLE, "campaign.resume")
async def resume(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _switch(request, staff, True)


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/campaigns", listing)
    router.add_post("/campaigns", create)
    router.add_post("/campaigns/pause", pause)
    router.add_post("/campaigns/resume", resume)
    router.add_post("/campaigns/{id}", edit)

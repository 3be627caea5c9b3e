"""Campaigns: the list, create (the command line's own rules), pause and resume.

Changes go through ``storage.campaigns`` as ``python -m bot campaign`` does; the console adds
an audit entry with the staff member's identity (the command line has none to give).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from aiohttp import web

from bot.services.campaign_rules import problem
from bot.web.console.access import Staff, config_of, form_of, guarded, notice, redirect, render
from storage.campaigns import CampaignExists
from storage.repositories import Repositories

ROLE = "admin"
NAME_MAX = 128


def _int(value: str, default: int) -> int:
    value = value.strip()
    if not value:
        return default
    if not value.lstrip("-").isdigit():
        raise ValueError(value)
    return int(value)


def _day(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(",", " ").split() if part.strip()]


@guarded(ROLE, "campaign.list")
async def listing(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    async with config.database.read() as db:
        campaigns = await Repositories(db).campaigns.list_all()
    return await render(
        request,
        staff,
        "campaigns.html",
        {"campaigns": campaigns, "tiers": [name for name, _ in config.settings.tiers]},
    )


@guarded(ROLE, "campaign.add")
async def create(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    form = await form_of(request)
    text = {key: str(form.get(key, "")) for key in form}
    name = " ".join(text.get("name", "").split())[:NAME_MAX]
    try:
        window = _int(text.get("window_days", ""), 30)
        lock = _int(text.get("lock_days", ""), 14)
        starts = _day(text.get("starts", ""))
        ends = _day(text.get("ends", ""))
        rates = [
            (tier, _int(text.get(f"rate_{tier}", ""), -1))
            for tier, _ in config.settings.tiers
            if text.get(f"rate_{tier}", "").strip()
        ]
    except ValueError:
        await notice(request, "console-campaign-bad-number")
        raise redirect("/console/campaigns") from None
    url = text.get("url", "").strip()
    currency = text.get("currency", "").strip()
    domains = [d.lower() for d in _split(text.get("domains", ""))]
    countries = [c.upper() for c in _split(text.get("countries", ""))]
    found = problem(
        url=url,
        currency=currency,
        window_days=window,
        lock_days=lock,
        starts=starts,
        ends=ends,
        domains=domains,
        rates=rates,
    )
    if not name:
        found = ("name", "")
    elif not rates and found is None:
        found = ("rate", "")
    if found is not None:
        await notice(request, f"console-campaign-bad-{found[0]}", detail=found[1])
        raise redirect("/console/campaigns")
    now = config.clock()
    details: dict[str, Any] = {"currency": currency, "rates": dict(rates)}
    try:
        async with config.database.transaction() as db:
            services = Repositories(db)
            record = await services.campaigns.add(
                name=name,
                url_template=url,
                rates=dict(rates),
                currency=currency,
                attribution_window_days=window,
                lock_days=lock,
                starts_at=starts or now,
                ends_at=ends,
                allowed_domains=domains,
                countries=countries,
                now=now,
            )
            await services.audit.record(
                staff.actor, "campaign.add", f"campaign:{record.id}", details, now
            )
    except CampaignExists:
        await notice(request, "console-campaign-exists", name=name)
        raise redirect("/console/campaigns") from None
    await notice(request, "console-campaign-added", name=name)
    raise redirect("/console/campaigns")


async def _switch(request: web.Request, staff: Staff, active: bool) -> web.StreamResponse:
    config = config_of(request)
    form = await form_of(request)
    name = str(form.get("name", ""))
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
    raise redirect("/console/campaigns")


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

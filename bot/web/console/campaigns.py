"""Campaigns: the list, create and edit (the command line's own rules), pause and resume.

Adding, pausing and resuming go through ``bot.services.campaigns`` as ``python -m bot campaign``
does, audited with the staff member's identity. Editing (which the command line does not offer)
keeps the name and currency.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from aiohttp import web

from bot.core.moments import utc_moment
from bot.services import campaign_rules as rules
from bot.services.campaigns import add_campaign, switch_campaign
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
from storage import console_campaigns
from storage.campaigns import CampaignExists
from storage.daily_figures import DailyFigures, utc_day
from storage.repositories import Repositories

ROLE = "admin"
HOME = "/console/campaigns"
FIGURE_DAYS = 30


# ``campaign_rules`` codes whose console message is not ``console-campaign-bad-<code>``.
MESSAGE_OF = {"url-scheme": "console-campaign-bad-url"}


class Refused(Exception):
    """A field is wrong: the message id and the figures it shows."""

    def __init__(self, message: str, **details: Any) -> None:
        super().__init__(message)
        self.message, self.details = message, details


def _refused(found: rules.Problem) -> Refused:
    """The rule's code as the console's message (the older messages keep their ids)."""
    if found.code == "days":
        negative = int(found.details["days"]) < 0
        return Refused(
            "console-campaign-bad-days" if negative else "console-campaign-bad-days-long",
            max=found.details["max"],
        )
    if found.code == "domain":
        return Refused("console-campaign-bad-domain", detail=found.details["domain"])
    if found.code == "deeplink-page":
        return Refused("console-campaign-bad-deeplink-page", placeholder="{url}")
    message = MESSAGE_OF.get(found.code, f"console-campaign-bad-{found.code}")
    return Refused(message, **found.details)


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
    deeplink: str | None
    advertiser: str | None
    advertiser_inn: str | None
    erid: str | None


def _int(value: str, default: int) -> int:
    value = value.strip()
    if not value:
        return default
    if not value.lstrip("-").isdigit():
        raise Refused("console-campaign-bad-number")
    return int(value)


def _day(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        return utc_moment(value)
    except ValueError:
        raise Refused("console-campaign-bad-number") from None


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.replace(",", " ").split() if part.strip()]


def _optional(text: dict[str, str], key: str) -> str | None:
    """An optional field: None when left empty (as an option left out of the command line)."""
    return text.get(key, "").strip() or None


def fields(
    text: dict[str, str], tiers: list[str], name: str, currency: str | None = None
) -> Fields:
    """The form's values, checked with the command line's rules (``campaign_rules``)."""
    rates = [
        (tier, _int(text.get(f"rate_{tier}", ""), -1))
        for tier in tiers
        if text.get(f"rate_{tier}", "").strip()
    ]
    advertiser = _optional(text, "advertiser")
    found = Fields(
        url=text.get("url", "").strip(),
        currency=currency or text.get("currency", "").strip(),
        rates=dict(rates),
        window=_int(text.get("window_days", ""), 30),
        lock=_int(text.get("lock_days", ""), 14),
        starts=_day(text.get("starts", "")),
        ends=_day(text.get("ends", "")),
        domains=[d.lower() for d in _split(text.get("domains", ""))],
        countries=rules.countries(text.get("countries", "")),
        deeplink=_optional(text, "deeplink"),
        advertiser=" ".join(advertiser.split()) if advertiser else None,
        advertiser_inn=_optional(text, "advertiser_inn"),
        erid=_optional(text, "erid"),
    )
    wrong = rules.problem(_draft(name, found))
    if wrong is not None:
        raise _refused(wrong)
    return found


def _draft(name: str, found: Fields) -> rules.Draft:
    """The form's values as the shared rules and ``add_campaign`` read them."""
    return rules.Draft(
        name=name,
        url=found.url,
        currency=found.currency,
        rates=list(found.rates.items()),
        window_days=found.window,
        lock_days=found.lock,
        starts=found.starts,
        ends=found.ends,
        domains=found.domains,
        countries=found.countries,
        deeplink=found.deeplink,
        advertiser=found.advertiser,
        advertiser_inn=found.advertiser_inn,
        erid=found.erid,
    )


async def _form(request: web.Request) -> dict[str, str]:
    form = await form_of(request)
    return {key: str(form.get(key, "")) for key in form}


@guarded(ROLE, "campaign.list")
async def listing(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    since = utc_day(config.clock()) - timedelta(days=FIGURE_DAYS - 1)  # today and 29 before
    async with config.database.read() as db:
        campaigns = await Repositories(db).campaigns.list_all()
        figures = await DailyFigures(db).campaigns(since)
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
        found = fields(text, [tier for tier, _ in config.settings.tiers], name)
    except Refused as refused:
        await notice(request, refused.message, **refused.details)
        raise redirect(HOME) from None
    try:
        async with config.database.transaction() as db:
            await add_campaign(
                Repositories(db), _draft(name, found), actor=staff.actor, now=config.clock()
            )
    except CampaignExists:
        await notice(request, "console-campaign-exists", name=name)
        raise redirect(HOME) from None
    await notice(request, "console-campaign-added", name=name)
    raise redirect(HOME)


@guarded(ROLE, "campaign.edit")
async def edit(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    campaign_id = path_id(request)
    text = await _form(request)
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        record = await services.campaigns.get(campaign_id)
        if record is None:
            raise web.HTTPNotFound()
        try:
            found = fields(
                text, [tier for tier, _ in config.settings.tiers], record.name, record.currency
            )
        except Refused as refused:
            await notice(request, refused.message, **refused.details)
            raise redirect(HOME) from None
        if found.ends is not None and found.ends <= record.starts_at:
            await notice(request, "console-campaign-bad-ends")
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
            deeplink_template=found.deeplink,
            advertiser=found.advertiser,
            advertiser_inn=found.advertiser_inn,
            erid=found.erid,
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
                "deeplink": found.deeplink,
                "advertiser": found.advertiser,
                "erid": found.erid,
            },
            now,
        )
    await notice(request, "console-campaign-saved", name=record.name)
    raise redirect(HOME)


async def _switch(request: web.Request, staff: Staff, active: bool) -> web.StreamResponse:
    config = config_of(request)
    name = (await _form(request)).get("name", "")
    async with config.database.transaction() as db:
        changed = await switch_campaign(
            Repositories(db), name, active=active, actor=staff.actor, now=config.clock()
        )
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

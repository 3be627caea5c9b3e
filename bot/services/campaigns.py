"""Adding, pausing and resuming a campaign: the one path of the console and of
``python -m bot campaign``, each change with its audit entry. What may be added is
``campaign_rules``; the caller checks the draft with it first."""

from __future__ import annotations

from datetime import datetime

from bot.services.campaign_rules import Draft
from storage.campaigns import CampaignRecord
from storage.repositories import Repositories


async def add_campaign(
    services: Repositories, draft: Draft, *, actor: str, now: datetime
) -> CampaignRecord:
    """Store a checked draft (starting now unless it says when) and audit it.

    Raises ``storage.campaigns.CampaignExists`` when the name is taken."""
    rates = dict(draft.rates)
    record = await services.campaigns.add(
        name=draft.name,
        url_template=draft.url,
        deeplink_template=draft.deeplink,
        rates=rates,
        currency=draft.currency,
        attribution_window_days=draft.window_days,
        lock_days=draft.lock_days,
        starts_at=draft.starts or now,
        ends_at=draft.ends,
        allowed_domains=[d.lower() for d in draft.domains],
        countries=list(draft.countries),
        advertiser=draft.advertiser.strip() if draft.advertiser else None,
        advertiser_inn=draft.advertiser_inn,
        erid=draft.erid,
        now=now,
    )
    details = {"currency": draft.currency, "rates": rates}
    await services.audit.record(actor, "campaign.add", f"campaign:{record.id}", details, now)
    return record


async def switch_campaign(
    services: Repositories, name: str, *, active: bool, actor: str, now: datetime
) -> bool:
    """Resume (``active``) or pause the campaign of that name, audited; False when there is
    no campaign of that name (nothing is then recorded)."""
    campaigns = services.campaigns
    changed = await (campaigns.resume if active else campaigns.pause)(name)
    if changed:
        record = await campaigns.by_name(name)
        action = "campaign.resume" if active else "campaign.pause"
        subject = f"campaign:{record.id}" if record else None
        await services.audit.record(actor, action, subject, {"name": name}, now)
    return changed

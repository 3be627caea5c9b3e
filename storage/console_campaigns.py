"""Editing a campaign from the staff console (the command line only adds, pauses and resumes).

The name and the currency stay: staff refer to a campaign by its name, and its sales are
booked in its currency. A change applies to clicks and sales from now on; links keep their
codes, and sales already booked keep the rate they were booked with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Campaign


async def edit(
    session: AsyncSession,
    campaign_id: int,
    *,
    url_template: str,
    rates: Mapping[str, int],
    attribution_window_days: int,
    lock_days: int,
    ends_at: datetime | None,
    allowed_domains: Sequence[str],
    countries: Sequence[str],
    deeplink_template: str | None = None,
    advertiser: str | None = None,
    advertiser_inn: str | None = None,
    erid: str | None = None,
) -> bool:
    """False when there is no such campaign."""
    result = await session.execute(
        update(Campaign)
        .where(Campaign.id == campaign_id)
        .values(
            url_template=url_template,
            rates=dict(rates),
            attribution_window_days=attribution_window_days,
            lock_days=lock_days,
            ends_at=ends_at,
            allowed_domains=list(allowed_domains),
            countries=list(countries),
            deeplink_template=deeplink_template,
            advertiser=advertiser,
            advertiser_inn=advertiser_inn,
            erid=erid,
        )
        .execution_options(synchronize_session=False)
    )
    return getattr(result, "rowcount", 0) == 1

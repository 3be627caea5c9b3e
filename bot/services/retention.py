"""Retention: the running bot (``bot.runtime``) purges what is kept only for a while."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from bot.settings import Settings
from storage.db import Database
from storage.retention import Retention

log = logging.getLogger(__name__)


async def purge_expired(database: Database, settings: Settings, now: datetime) -> dict[str, int]:
    """Processed updates and raw inbound payloads past ``BOT_RETAIN_UPDATES_HOURS``, audit
    details past ``BOT_RETAIN_AUDIT_DETAILS_DAYS``, support messages past
    ``BOT_RETAIN_SUPPORT_DAYS``; returns how many rows each purge touched."""
    async with database.transaction() as session:
        counts = await Retention(session).purge(
            now,
            updates=timedelta(hours=settings.retain_updates_hours),
            audit_details=timedelta(days=settings.retain_audit_details_days),
            support=timedelta(days=settings.retain_support_days),
        )
    if any(counts.values()):
        log.info("retention purge: %s", ", ".join(f"{k}={v}" for k, v in counts.items() if v))
    return counts

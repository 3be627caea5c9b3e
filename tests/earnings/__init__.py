"""Helpers for the earnings tests: an approved influencer's shop activity, written through the
real code paths (``apply_event`` for sales, the click table as the redirect service fills it)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from bot.services.commission import apply_event
from storage.campaigns import LinkRecord
from storage.db import Database
from storage.ledger import EventOutcome
from tests.money import make_campaign, make_click, make_link
from tests.support import Chat, Clock, register, set_status

# The clock of every earnings test: Wednesday 25 November 2026, 13:00 in Paris (BOT_TIMEZONE).
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
RATE_BP = 1000  # 10 %: the commission is a tenth of the order
_events = itertools.count(1)
_clicks = itertools.count(1)


def at(text: str) -> datetime:
    """A UTC instant written as ``2026-11-25 09:00``."""
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@dataclass
class Shop:
    """One influencer's links on campaigns, and the shop reporting their sales."""

    database: Database
    clock: Clock
    influencer_id: int
    links: dict[str, LinkRecord] = field(default_factory=dict)

    async def link(
        self, code: str, *, campaign: str = "Winter Sale", currency: str = "EUR"
    ) -> None:
        created = await make_campaign(
            self.database,
            name=f"{campaign} {self.influencer_id} {code}",
            currency=currency,
            rates={"standard": RATE_BP},
        )
        # Made long ago: the sales these tests report go back years.
        self.links[code] = await make_link(
            self.database, self.influencer_id, created.id, code, created_at=at("2020-01-01 00:00")
        )

    async def sale(
        self,
        code: str,
        amount: int,
        ordered: str,
        *,
        status: str = "pending",
        order: str | None = None,
        currency: str = "EUR",
        reason: str | None = None,
    ) -> EventOutcome:
        """An order of ``amount`` minor units through link ``code`` at ``ordered`` (UTC)."""
        number = next(_events)
        extra = {} if reason is None else {"reason": reason}
        return await apply_event(
            self.database,
            {
                **extra,
                "event_id": f"ev{number}",
                "link_code": code,
                "order_id": order or f"order{number}",
                "amount": amount,
                "currency": currency,
                "status": status,
                "ordered_at": at(ordered).isoformat(),
            },
            self.clock,
        )

    async def clicks(self, code: str, times: Sequence[str]) -> None:
        for moment in times:
            await make_click(self.database, self.links[code].id, f"k{next(_clicks)}", at(moment))


async def approved_shop(
    chat: Chat, database: Database, clock: Clock, locale: str, code: str = "WINTER01"
) -> Shop:
    """Register through the real onboarding, be approved, and have one link (``code``)."""
    await register(chat, locale)
    influencer_id = await set_status(database, chat, "approved")
    shop = Shop(database, clock, influencer_id)
    await shop.link(code)
    return shop

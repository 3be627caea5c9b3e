"""Helpers for the payout and tier tests: an approved influencer with a link, and sales the shop
reports (through the real postback code path, ``apply_event``)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from sqlalchemy import select

from bot.services.commission import apply_event
from bot.services.tiers import TierLadder
from storage.db import Database
from storage.ledger import EventOutcome
from storage.models import LedgerEntry, Notification, PayoutRequest
from storage.payouts import Payouts
from tests.money import NOW, balance_and_sums, make_campaign, make_link
from tests.support import Chat, Clock, register, set_status

IBAN = "FR7630006000011234567890189"
IBAN_TYPED = "fr76 3000 6000 0112 3456 7890 189"
IBAN_MASKED = "FR76 •••• •••• 0189"
# How the IBAN travels in a message's arguments: a localised reference, resolved when shown.
IBAN_SHOWN = {"$msg": "payout-shown-iban", "args": {"masked": IBAN_MASKED}}
RATE_BP = 1000  # 10 %: a sale of 10x the commission
_events = itertools.count(1)


@dataclass
class Seller:
    """An influencer who can sell: their id and a link code on a campaign."""

    influencer_id: int
    code: str
    currency: str = "EUR"


async def seller(
    database: Database,
    influencer_id: int,
    *,
    currency: str = "EUR",
    rates: dict[str, int] | None = None,
) -> Seller:
    campaign = await make_campaign(
        database,
        name=f"Campaign {currency} {influencer_id}",
        currency=currency,
        rates=rates or {"standard": RATE_BP},
    )
    code = f"c{influencer_id}{currency.lower()}"
    await make_link(database, influencer_id, campaign.id, code)
    return Seller(influencer_id, code, currency)


async def approved_chat(chat: Chat, database: Database, locale: str = "en") -> Seller:
    """Register through the real onboarding, then approve (what review will do)."""
    await register(chat, locale)
    influencer_id = await set_status(database, chat, "approved")
    return await seller(database, influencer_id)


async def sale(
    database: Database,
    who: Seller,
    commission_minor: int,
    clock: Clock,
    *,
    status: str = "confirmed",
    order_id: str | None = None,
    tiers: TierLadder | None = None,
) -> EventOutcome:
    """The shop reports an order earning ``commission_minor`` at the 10 % rate."""
    number = next(_events)
    return await apply_event(
        database,
        {
            "event_id": f"evt-{number}",
            "link_code": who.code,
            "order_id": order_id or f"order-{number}",
            "amount": str(commission_minor * 10),
            "currency": who.currency,
            "status": status,
            "ordered_at": NOW.isoformat(),
        },
        clock,
        tiers=tiers,
    )


async def requests(database: Database, influencer_id: int) -> list[PayoutRequest]:
    async with database.read() as session:
        rows = await session.scalars(
            select(PayoutRequest)
            .where(PayoutRequest.influencer_id == influencer_id)
            .order_by(PayoutRequest.id)
        )
        return list(rows)


async def available(database: Database, influencer_id: int, currency: str = "EUR") -> int:
    async with database.read() as session:
        for item in await Payouts(session).availability(influencer_id):
            if item.currency == currency:
                return item.available_minor
    return 0


async def payout_entries(database: Database, influencer_id: int) -> list[tuple[str, int]]:
    async with database.read() as session:
        rows = await session.execute(
            select(LedgerEntry.bucket, LedgerEntry.amount_minor)
            .where(LedgerEntry.influencer_id == influencer_id, LedgerEntry.kind == "payout")
            .order_by(LedgerEntry.id)
        )
        return [(bucket, int(minor)) for bucket, minor in rows.all()]


async def notifications(database: Database, message_id: str) -> list[Notification]:
    async with database.read() as session:
        rows = await session.scalars(
            select(Notification)
            .where(Notification.message_id == message_id)
            .order_by(Notification.id)
        )
        return list(rows)


async def assert_balance_is_ledger(database: Database, influencer_id: int) -> None:
    balance, sums = await balance_and_sums(database, influencer_id)
    assert balance == sums

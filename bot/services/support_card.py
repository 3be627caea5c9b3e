"""The influencer's card, the first post of a ticket's staff topic or thread: who is asking,
where their application and money stand, and what they asked before, so staff need not look.

Figures are shown with symbols and numbers (language-neutral); the words around them are the
desk's ``support-card`` message.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.core.engine import country_name
from bot.core.formatting import format_money
from bot.core.money import Money
from storage.earnings import Window
from storage.repositories import Repositories
from storage.tickets import TicketRecord

Render = Callable[[str, dict[str, Any]], str]
ORDERS_SHOWN = 3
EARLIER_SHOWN = 5
STATUS_MARK = {"pending": "⏳", "confirmed": "✅", "reversed": "↩"}


async def card_args(
    services: Repositories, ticket: TicketRecord, locale: str, now: datetime, render: Render
) -> dict[str, Any]:
    """The arguments of ``support-card`` for ``ticket``, rendered for a desk in ``locale``."""
    none = render("support-card-none", {})
    influencer = await services.influencers.by_user(ticket.user_id)
    args: dict[str, Any] = {
        "number": ticket.id,
        "state": render("support-state", {"state": ticket.state}),
        "name": influencer.display_name if influencer else none,
        "account": f"{ticket.channel}:{ticket.chat_id}",
        "status": influencer.status if influencer else none,
        "tier": influencer.tier if influencer else none,
        "country": country_name(locale, influencer.country) if influencer else none,
        "locale": ticket.locale,
        "channels": none,
        "balance": none,
        "orders": none,
        "payouts": none,
        "earlier": none,
    }
    if influencer is not None:
        channels = [
            f"{c.platform} {c.handle} ({c.audience:,})".replace(",", " ")
            for c in influencer.channels
        ]
        args["channels"] = ", ".join(channels) or none
        earnings = services.earnings
        balances = [
            " ".join(
                (
                    "⏳ " + _money(b.pending_minor, b.currency, locale),
                    "✅ " + _money(b.confirmed_minor, b.currency, locale),
                    "💸 " + _money(b.paid_minor, b.currency, locale),
                )
            )
            for b in await earnings.balances(influencer.id)
        ]
        args["balance"] = "; ".join(balances) or none
        orders = await earnings.last_orders(
            influencer.id, Window("all", None, now), limit=ORDERS_SHOWN
        )
        args["orders"] = (
            "; ".join(
                f"{o.ordered_at.date().isoformat()} {_money(o.amount_minor, o.currency, locale)}"
                f" {STATUS_MARK.get(o.status, o.status)}"
                for o in orders
            )
            or none
        )
        payouts = await earnings.open_requests(influencer.id)
        args["payouts"] = (
            "; ".join(
                f"{_money(p.amount_minor, p.currency, locale)} ({p.requested_at.date():%Y-%m-%d})"
                for p in payouts
            )
            or none
        )
    earlier = [t for t in await services.tickets.of_user(ticket.user_id) if t.id != ticket.id]
    args["earlier"] = (
        ", ".join(
            f"#{t.id}" + (f" {t.rating}★" if t.rating else "") for t in earlier[:EARLIER_SHOWN]
        )
        or none
    )
    return args


def _money(minor: int, currency: str, locale: str) -> str:
    return format_money(Money(minor, currency), locale)

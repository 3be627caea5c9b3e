""" "Why wasn't my sale tracked?": what the bot sees of an influencer's links, clicks and orders
on the day they name, as findings (message ids and arguments) to explain in their language.

Each finding is a fact, never a guess about the shop: an order recorded and pending or
confirmed, an order outside the attribution window or placed before the click, a campaign
paused or ended, clicks without an order, or no click at all from that day.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from storage.sale_check import SaleFacts

Finding = tuple[str, dict[str, Any]]


def findings(facts: SaleFacts, day: date, start: datetime, end: datetime) -> list[Finding]:
    """What to tell, most telling first; never empty."""
    told: list[Finding] = []
    when = day
    if facts.links == 0:
        return [("salecheck-no-links", {})]
    for campaign in facts.campaigns:
        if not campaign.active:
            told.append(("salecheck-paused", {"campaign": campaign.name}))
        elif campaign.ends_at is not None and campaign.ends_at <= start:
            told.append(("salecheck-ended", {"campaign": campaign.name}))
        elif campaign.starts_at >= end:
            told.append(("salecheck-not-started", {"campaign": campaign.name}))
    for order in facts.orders:
        if order.clicked_at is not None and order.clicked_at > order.ordered_at:
            told.append(("salecheck-before-click", {"date": when}))
        elif not order.in_window:
            told.append(("salecheck-outside-window", {"date": when}))
        elif order.status == "pending":
            locks = order.locks_until.date()
            told.append(("salecheck-pending", {"date": when, "until": locks}))
        elif order.status == "confirmed":
            told.append(("salecheck-confirmed", {"date": when}))
        else:
            told.append(("salecheck-reversed", {"date": when}))
    if not facts.orders:
        if facts.clicks_on_day or facts.clicks_before:
            told.append(
                (
                    "salecheck-clicks-no-order",
                    {"date": when, "clicks": facts.clicks_on_day + facts.clicks_before},
                )
            )
        else:
            told.append(("salecheck-no-click", {"date": when}))
    return told

"""What the influencer reads about their orders: rules of presentation over the ledger's data
(the figures themselves are ``storage.earnings``)."""

from __future__ import annotations

from storage.earnings import Order


def shown_status(order: Order) -> str:
    """A refunded order says so, whatever its shop status (``earnings-order`` selects on it)."""
    if order.status != "reversed" and order.refunded_minor:
        return "refunded" if order.refunded_minor >= order.amount_minor else "partly-refunded"
    return order.status

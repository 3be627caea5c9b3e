"""Conversations of the product, one module per area; ``build_router`` wires them together."""

from __future__ import annotations

from bot.core.flow import Router


def build_router() -> Router:
    """Every command, flow and intent of the bot, in the order /help lists them."""
    from handlers import (
        broadcast,
        common,
        community,
        connect,
        console,
        earnings,
        language,
        links,
        onboarding,
        payouts,
        review,
        staff,
    )

    router = Router()
    onboarding.register(router)
    links.register(router)
    earnings.register(router)
    payouts.register(router)
    connect.register(router)
    language.register(router)
    common.register(router)
    community.register(router)
    staff.register(router)
    review.register(router)
    broadcast.register(router)
    console.register(router)
    return router

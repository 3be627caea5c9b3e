"""Conversations of the product, one module per area; ``build_router`` wires them together."""

from __future__ import annotations

from bot.core.flow import Router


def build_router() -> Router:
    """Every command, flow and intent of the bot, in the order /help lists them."""
    from handlers import (
        abuse,
        broadcast,
        common,
        community,
        connect,
        console,
        earnings,
        faq,
        language,
        links,
        onboarding,
        payouts,
        privacy,
        review,
        sale_check,
        staff,
        support,
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
    faq.register(router)
    sale_check.register(router)
    support.register(router)
    abuse.register(router)
    review.register(router)
    broadcast.register(router)
    privacy.register(router)
    # Text nothing understood gets "Ask a person" (a support ticket with it).
    router.intent(support.unmatched)
    console.register(router)
    privacy.guard(router)  # last: wraps the commands that need the current consent
    return router

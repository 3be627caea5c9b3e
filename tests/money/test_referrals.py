"""Recruiting: /invite, registrations through the code, and the referrer's one-time bonus."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update

from bot.services.commission import apply_event
from storage.db import Database
from storage.models import Influencer, LedgerEntry
from tests.money import NOW, balance_and_sums, make_campaign, make_influencer, make_link
from tests.support import Chat, Clock, register, set_status

ChatFactory = Callable[..., Chat]
BONUS = 500


async def confirmed_sale(database: Database, clock: Clock, code: str, order: str) -> None:
    for status in ("pending", "confirmed"):
        await apply_event(
            database,
            {
                "event_id": f"{order}-{status}",
                "link_code": code,
                "order_id": order,
                "amount": 10_000,
                "currency": "EUR",
                "status": status,
            },
            clock,
            referral_bonus=BONUS,
        )


async def bonus_entries(database: Database, influencer_id: int) -> list[int]:
    async with database.read() as session:
        rows = await session.scalars(
            select(LedgerEntry.amount_minor).where(
                LedgerEntry.influencer_id == influencer_id, LedgerEntry.kind == "referral_bonus"
            )
        )
        return list(rows)


async def test_invite_counts_registrations_and_pays_the_bonus_once(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    referrer_chat = chat_factory(locale="fr")
    await referrer_chat.send("/invite").expect("links-not-registered")
    await register(referrer_chat, "fr")
    await referrer_chat.send("/invite").expect("links-not-approved-pending")
    referrer = await set_status(database, referrer_chat, "approved")
    invite = await referrer_chat.send("/invite").expect("invite-code")
    code = invite.last.args["code"]
    assert (invite.last.args["registered"], invite.last.args["approved"]) == (0, 0)
    again = await referrer_chat.send("/invite").expect("invite-code")
    assert again.last.args["code"] == code, "the code stays the same"

    recruit_chat = chat_factory(locale="es")
    await recruit_chat.send(f"/start {code}").expect("onboarding-language")
    await recruit_chat.press("es").expect("onboarding-consent")
    await recruit_chat.press("accept").expect("onboarding-name")
    await recruit_chat.send("Lucía").expect("onboarding-country")
    await recruit_chat.press("ES").expect("onboarding-platform")
    await recruit_chat.press("tiktok").expect("onboarding-handle")
    await recruit_chat.send("@lucia.viaja").expect("onboarding-audience")
    await recruit_chat.send("3000").expect("onboarding-niche")
    await recruit_chat.press("travel").expect("onboarding-more")
    await recruit_chat.press("done").expect("onboarding-summary")
    await recruit_chat.press("submit").expect("onboarding-submitted")
    stats = await referrer_chat.send("/invite").expect("invite-code")
    assert (stats.last.args["registered"], stats.last.args["approved"]) == (1, 0)
    recruit = await set_status(database, recruit_chat, "approved")
    stats = await referrer_chat.send("/invite").expect("invite-code")
    assert (stats.last.args["registered"], stats.last.args["approved"]) == (1, 1)

    campaign = await make_campaign(database)
    await make_link(database, recruit, campaign.id, "Lucia234")
    await confirmed_sale(database, clock, "Lucia234", "order-1")
    await confirmed_sale(database, clock, "Lucia234", "order-2")
    assert await bonus_entries(database, referrer) == [BONUS]
    balance, sums = await balance_and_sums(database, referrer)
    assert balance == sums
    assert balance.confirmed_minor == BONUS


async def test_no_bonus_for_referring_oneself(database: Database, clock: Clock) -> None:
    from storage.referrals import Referrals

    influencer = await make_influencer(database, "self")
    async with database.transaction() as session:
        code = await Referrals(session).invite_code(influencer, NOW)
        await session.execute(
            update(Influencer).where(Influencer.id == influencer).values(referral_code=code)
        )
    campaign = await make_campaign(database)
    await make_link(database, influencer, campaign.id, "Self2345")
    await confirmed_sale(database, clock, "Self2345", "order-self")
    assert await bonus_entries(database, influencer) == []


async def test_no_bonus_when_the_setting_is_zero(database: Database, clock: Clock) -> None:
    from storage.referrals import Referrals

    referrer = await make_influencer(database, "a")
    recruit = await make_influencer(database, "b")
    async with database.transaction() as session:
        code = await Referrals(session).invite_code(referrer, NOW)
        await session.execute(
            update(Influencer).where(Influencer.id == recruit).values(referral_code=code)
        )
    campaign = await make_campaign(database)
    await make_link(database, recruit, campaign.id, "Zero2345")
    for status in ("pending", "confirmed"):
        await apply_event(
            database,
            {
                "event_id": f"z-{status}",
                "link_code": "Zero2345",
                "order_id": "z",
                "amount": 10_000,
                "currency": "EUR",
                "status": status,
            },
            clock,
        )
    assert await bonus_entries(database, referrer) == []

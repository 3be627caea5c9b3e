"""Helpers for the privacy tests: an influencer with data in every part of the programme."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from bot.services import payouts as payout_rules
from storage.db import Database
from storage.models import Base, InboundUpdate, ReplyOutboxEntry
from storage.repositories import Repositories
from tests.payouts import IBAN, IBAN_TYPED, sale, seller
from tests.support import Chat, Clock, register, set_status

NAME = "Zofia Quist-Wiśniewska"
HANDLE = "anna.nowak"  # what tests.support.register types, as @anna.nowak
PLATFORM_ID = "731905512"
EMAIL = "zofia.quist@example.org"
CARD = "2200000000000004"
PHONE = "+79123456789"
# As typed, in case something kept the raw text: with spaces, and the phone without its "+".
TYPED = (IBAN_TYPED, PHONE[1:])
# A support ticket in their words (issue 13): erased with its messages (issue 15).
QUESTION = f"My last payout never arrived; I am @{HANDLE} on Instagram"
FOLLOW_UP = f"Signed, {NAME}"


@dataclass
class Subject:
    """The person whose rights are exercised, and everything that identifies them."""

    chat: Chat
    influencer_id: int

    @property
    def needles(self) -> list[str]:
        """As stored: the IBAN in its electronic form, the phone in E.164."""
        return [NAME, HANDLE, PLATFORM_ID, EMAIL, IBAN, CARD, PHONE]


async def everything(chat: Chat, database: Database, clock: Clock, locale: str) -> Subject:
    """Registered through onboarding, approved, a link with sales, payouts paid to an IBAN and
    to PayPal (through the chat), then a card and an SBP phone with a request still open; an
    open support ticket with two messages, and replies still waiting in the outbox."""
    await register(chat, locale, name=NAME)
    influencer_id = await set_status(database, chat, "approved", country="FR")
    me = await seller(database, influencer_id)
    await sale(database, me, 6000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await chat.press("iban").expect("payout-holder")
    await chat.send(NAME).expect("payout-iban")
    await chat.send(IBAN_TYPED).expect("payout-method-saved", "payout-confirm")
    await chat.press("confirm").expect("payout-requested")
    await pay_open(database, influencer_id, "SEPA-1", clock)
    await sale(database, me, 7000, clock)
    await chat.send("/payout").expect("payout-confirm")
    await chat.press("change").expect("payout-method-kind")
    await chat.press("paypal").expect("payout-paypal")
    await chat.send(EMAIL).expect("payout-method-saved", "payout-confirm")
    await chat.press("confirm").expect("payout-requested")
    await pay_open(database, influencer_id, "PP-2", clock)
    await sale(database, me, 8000, clock)
    await sale(database, me, 900, clock, status="pending")
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(
            repos, influencer_id, "card", CARD, None, clock(), provider="mir"
        )
        await payout_rules.request(repos, influencer_id, "EUR", 8000, 5000, clock())
    await pay_open(database, influencer_id, "CARD-3", clock)
    await sale(database, me, 5500, clock)
    async with database.transaction() as session:
        # A raw update as webhook mode keeps it until pruned: their id, name and what they typed.
        session.add(
            InboundUpdate(
                channel="telegram",
                update_id="9001",
                payload={
                    "update_id": 9001,
                    "message": {
                        "from": {"id": int(PLATFORM_ID), "first_name": NAME},
                        "text": IBAN_TYPED,
                    },
                },
                received_at=clock(),
                processed_at=clock(),
            )
        )
        # Replies a crash left undelivered (sent at the next start): they name the person.
        session.add(
            ReplyOutboxEntry(
                channel=chat.channel,
                chat_id=chat.user_id,
                replies=[{"text": f"Hello {NAME}"}],
                created_at=clock(),
                due_at=clock(),
            )
        )
        repos = Repositories(session)
        await payout_rules.set_method(
            repos, influencer_id, "sbp", PHONE, None, clock(), provider="sber"
        )
        await payout_rules.request(repos, influencer_id, "EUR", 5500, 5000, clock())
    await chat.send(f"/support {QUESTION}").expect("support-opened")
    await chat.send(FOLLOW_UP).expect("support-added")
    return Subject(chat, influencer_id)


async def pay_open(database: Database, influencer_id: int, reference: str, clock: Clock) -> None:
    async with database.transaction() as session:
        repos = Repositories(session)
        (request,) = await repos.payouts.requests(influencer_id, status="requested")
        await payout_rules.pay(repos, request.id, reference, "cli:alice", clock())


async def find_anywhere(database: Database, needles: list[str]) -> list[tuple[str, str, str]]:
    """Every (table, column, needle) where a needle appears in any row, whatever the type."""
    found: list[tuple[str, str, str]] = []
    wanted = [n.casefold() for n in needles]
    async with database.read() as session:
        for table in Base.metadata.sorted_tables:
            rows = (await session.execute(select(table))).mappings().all()
            for row in rows:
                for column, value in row.items():
                    if value is None:
                        continue
                    text = value if isinstance(value, str) else _text(value)
                    folded = text.casefold()
                    for needle, original in zip(wanted, needles, strict=True):
                        if needle in folded:
                            found.append((table.name, column, original))
    return found


def _text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)

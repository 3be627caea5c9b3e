"""The payout round trip as typed in the console channel: numbered buttons, typed answers."""

from __future__ import annotations

import io

from sqlalchemy import select

from bot.channels.console import ConsoleChannel, render
from bot.core.engine import Engine
from bot.services import payouts as payout_rules
from storage.db import Database
from storage.models import Identity
from storage.repositories import Repositories
from tests.payouts import IBAN_MASKED, assert_balance_is_ledger, available, sale, seller
from tests.support import Chat, Clock, normalise, register, set_status


async def test_a_payout_from_the_console_paid_by_staff(
    engine: Engine, database: Database, clock: Clock
) -> None:
    console = ConsoleChannel(
        engine, user_id="77", locale_hint="en", stdin=io.StringIO(), stdout=io.StringIO()
    )

    async def type_(line: str) -> str:
        return normalise("\n\n".join(render(o) for o in await console.send(line)))

    await register(Chat(engine, user_id="77", locale="en"), "en")
    influencer_id = await set_status(database, Chat(engine, user_id="77"), "approved")
    me = await seller(database, influencer_id)
    await sale(database, me, 4500, clock)

    shown = await type_("/payout")
    assert "€45.00" in shown and "€50.00" in shown  # below the minimum
    assert "1. Add payout details" in shown
    await sale(database, me, 2000, clock)

    shown = await type_("/payout")
    assert "How would you like to be paid?" in shown and "1. Bank transfer (IBAN)" in shown
    assert "exactly as the bank has it" in await type_("1")
    assert "IBAN" in await type_("Anna Nowak")
    assert "not a valid IBAN" in await type_("FR76 3000 6000 0112 3456 7890 18")
    shown = await type_("FR76 3000 6000 0112 3456 7890 189")
    assert f"Request a payout of €65.00 to bank account {IBAN_MASKED}?" in shown
    assert "1. Request the payout" in shown and "3. Not now" in shown
    shown = await type_("1")
    assert "Payout request #1 is sent: €65.00" in shown
    assert "All your confirmed earnings are already in a payout request (#1: €65.00)" in (
        await type_("/payout")
    )

    async with database.transaction() as session:
        await payout_rules.pay(Repositories(session), 1, "SEPA-1", "cli:alice", clock())
    assert await available(database, influencer_id) == 0
    await assert_balance_is_ledger(database, influencer_id)
    pending = await engine.pending_notifications(["console"])
    (paid,) = [o for _, o in pending if o is not None and o.message_id == "payout-paid"]
    async with database.read() as session:
        identity = await session.scalar(select(Identity).where(Identity.external_id == "77"))
    assert identity is not None and paid.chat_id == identity.chat_id == "77"
    assert "Your payout #1 of €65.00 has been sent to bank account FR76 •••• •••• 0189" in paid.text
    assert "SEPA-1" in paid.text
    assert "no confirmed earnings" in await type_("/payout")

"""Influencers in the console: found by name, handle, account or link code; a profile; a tier
set by hand, suspension and reinstatement, an internal note; each audited under the influencer."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry, Influencer
from tests.console import client, console_settings, payout_requested, serve, sign_in
from tests.support import Chat, Clock


async def test_search_profile_and_changes(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    await payout_requested(database, clock, "2001")  # Creator 2001, link c<id>eur, a sale
    async with database.read() as session:
        influencer_id = await session.scalar(select(Influencer.id))
    assert influencer_id is not None
    owner = Chat(make_engine(), user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, owner)
        for query in ("creator 20", "@c", "console:2001", f"c{influencer_id}eur"):
            found = await (await browser.get("/console/influencers", params={"q": query})).text()
            assert f'href="/console/influencers/{influencer_id}"' in found, query
        nothing = await (await browser.get("/console/influencers", params={"q": "zz"})).text()
        assert "/console/influencers/" not in nothing
        page = await (await browser.get(f"/console/influencers/{influencer_id}")).text()
        assert "Creator 2001" in page and "€60.00" in page

        where = f"/console/influencers/{influencer_id}"
        await browser.post(f"{where}/tier", data={"csrf": csrf, "tier": "gold"})
        await browser.post(f"{where}/tier", data={"csrf": csrf, "tier": "Not A Tier!"})
        await browser.post(f"{where}/suspend", data={"csrf": csrf})
        await browser.post(f"{where}/suspend", data={"csrf": csrf})  # twice: nothing more
        await browser.post(f"{where}/reinstate", data={"csrf": csrf})
        await browser.post(f"{where}/note", data={"csrf": csrf, "note": "Asked for a call."})
        page = await (await browser.get(where)).text()
        assert "Asked for a call." in page
    async with database.read() as session:
        row = await session.get(Influencer, influencer_id)
        entries = list(
            await session.scalars(
                select(AuditEntry)
                .where(AuditEntry.subject == f"influencer:{influencer_id}")
                .order_by(AuditEntry.id)
            )
        )
    assert row is not None and (row.tier, row.status) == ("gold", "approved")
    assert [(e.actor, e.action, e.details) for e in entries] == [
        # The influencer's own payout details, audited since issue 15 (masked).
        (
            "influencer",
            "payout.details_change",
            {"kind": "iban", "before": None, "after": "FR76 •••• •••• 0189", "requests": []},
        ),
        ("console:1", "influencer.tier", {"from": "standard", "to": "gold"}),
        ("console:1", "influencer.suspend", {}),
        ("console:1", "influencer.reinstate", {}),
        ("console:1", "influencer.note", {"note": "Asked for a call."}),
    ]

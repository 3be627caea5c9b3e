"""Influencers in the console: found by name, handle, account or link code; a profile; a tier
set by hand, suspension and reinstatement, an internal note; each audited under the influencer."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select, update

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage import console_influencers as people
from storage.db import Database
from storage.models import AuditEntry, Influencer, InfluencerChannel
from tests.console import client, console_settings, payout_requested, serve, sign_in
from tests.money import assert_kept_figures, make_influencer
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
        for query in ("creator 20", "REATOR", "2001", "console:2001", f"c{influencer_id}eur"):
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
    await assert_kept_figures(database)  # the overview's counts followed tier and suspension


async def test_search_by_any_part_of_a_name_or_handle_in_any_case(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    """Through the trigram indexes of both databases: Cyrillic and Polish letters fold their
    case, ``%`` and ``_`` are letters, not wildcards, and text under three characters finds
    accounts and link codes only, with a hint saying so."""
    console_settings(settings, owner_ids=["console:1"])
    ids = {}
    for external_id, name, handle in (
        ("3001", "Анна Петрова", "@AnnaBeauty"),
        ("3002", "ŁUKASZ Żółć", "@lukasz_tech"),
        ("3003", "100% Marie", "@marie"),
    ):
        ids[external_id] = await make_influencer(database, external_id)
        async with database.transaction() as session:
            await session.execute(
                update(Influencer)
                .where(Influencer.id == ids[external_id])
                .values(display_name=name)
            )
            await session.execute(
                update(InfluencerChannel)
                .where(InfluencerChannel.influencer_id == ids[external_id])
                .values(handle=handle)
            )
    owner = Chat(make_engine(), user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        await sign_in(browser, owner)

        async def found(query: str) -> set[int]:
            page = await (await browser.get("/console/influencers", params={"q": query})).text()
            return {i for i in ids.values() if f'href="/console/influencers/{i}"' in page}

        assert await found("анна") == {ids["3001"]}  # a renamed name is searched by its new one
        assert await found("ПЕТР") == {ids["3001"]}
        assert await found("annabeau") == {ids["3001"]}  # a handle, any case
        assert await found("łukasz") == {ids["3002"]}
        assert await found("żÓŁ") == {ids["3002"]}
        assert await found("0% M") == {ids["3003"]}
        assert await found("%ar") == set()  # no wildcard: "%ar" is in no name
        assert await found("sz_t") == {ids["3002"]}  # "_" is the letter in "lukasz_tech"
        assert await found("a_b") == set()
        assert await found("Creator") == set()  # the old names are gone from the index
        short = await (await browser.get("/console/influencers", params={"q": "an"})).text()
        assert 'id="search-short"' in short and "three characters" in short
        assert await found("an") == set()
        assert await found("3002") == {ids["3002"]}  # an account's bare id, however short
        assert (
            'id="search-short"'
            not in await (await browser.get("/console/influencers", params={"q": "анна"})).text()
        )
    async with database.transaction() as session:
        await session.execute(
            update(Influencer).where(Influencer.id.in_(ids.values())).values(display_name="Nowak")
        )
    async with database.read() as session:  # a common fragment: the first ones by id, no more
        first = [f.id for f in await people.search(session, "owa", limit=2)]
    assert first == sorted(ids.values())[:2]
    await assert_kept_figures(database)  # renames move no count

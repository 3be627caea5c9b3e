"""The earnings queries: exact to the cent, per currency, scoped to one influencer, and reading
index ranges only (checked with SQLite's query plans)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from storage.db import Database
from storage.earnings import Amount, Earnings, Window
from tests.earnings import NOW, Shop, at
from tests.money import make_influencer
from tests.support import Clock


@pytest.fixture
async def shop(database: Database, clock: Clock) -> Shop:
    clock.now = NOW
    shop = Shop(database, clock, await make_influencer(database, "1"))
    await shop.link("EUR1")
    await shop.link("PLN1", currency="PLN")
    return shop


def window(name: str, start: str | None, end: str) -> Window:
    return Window(name, at(start) if start else None, at(end))


async def test_windows_sum_orders_commission_and_clicks_per_currency(shop: Shop) -> None:
    await shop.sale("EUR1", 1999, "2026-11-25 09:00")  # 199.9 -> 200 (half-even to the cent)
    await shop.sale("EUR1", 5005, "2026-11-20 10:00", status="confirmed")  # 500.5 -> 500
    await shop.sale("EUR1", 3000, "2026-11-19 10:00", status="reversed")
    await shop.sale("PLN1", 12345, "2026-11-24 23:59", currency="PLN")  # 1234.5 -> 1234
    await shop.sale("EUR1", 999, "2026-10-31 23:00")  # before the month
    await shop.clicks("EUR1", ["2026-11-25 08:00", "2026-11-01 00:00", "2026-10-31 23:59"])
    await shop.clicks("PLN1", ["2026-11-24 12:00"])
    async with shop.database.read() as session:
        found = await Earnings(session).figures(
            shop.influencer_id,
            [
                window("today", "2026-11-25 00:00", "2026-11-26 00:00"),
                window("month", "2026-11-01 00:00", "2026-11-26 00:00"),
                window("all", None, "2026-11-26 00:00"),
            ],
        )
    today, month, every = found["today"], found["month"], found["all"]
    assert (today.orders, today.cancelled, today.clicks) == (1, 0, 1)
    assert today.amounts == (Amount("EUR", 200, 0),)
    assert (month.orders, month.cancelled, month.clicks) == (3, 1, 3)
    # One line per currency: euros and zlotys are never added together.
    assert month.amounts == (Amount("EUR", 200, 500), Amount("PLN", 1234, 0))
    assert (every.orders, every.cancelled, every.clicks) == (4, 1, 4)
    assert every.amounts == (Amount("EUR", 300, 500), Amount("PLN", 1234, 0))
    by_link = {f.link_id: f for f in month.links}
    eur, pln = by_link[shop.links["EUR1"].id], by_link[shop.links["PLN1"].id]
    assert (eur.orders, eur.cancelled, eur.clicks, eur.amounts) == (
        2,
        1,
        2,
        (Amount("EUR", 200, 500),),
    )
    assert (pln.orders, pln.clicks, pln.amounts) == (1, 1, (Amount("PLN", 1234, 0),))


async def test_a_window_includes_its_start_and_excludes_its_end(shop: Shop) -> None:
    await shop.sale("EUR1", 1000, "2026-11-01 00:00")
    await shop.sale("EUR1", 1000, "2026-11-02 00:00")
    async with shop.database.read() as session:
        found = await Earnings(session).figures(
            shop.influencer_id, [window("day", "2026-11-01 00:00", "2026-11-02 00:00")]
        )
    assert found["day"].orders == 1


async def test_one_influencer_never_sees_another(shop: Shop, database: Database) -> None:
    other = Shop(database, shop.clock, await make_influencer(database, "2"))
    await other.link("OTHER1")
    await other.sale("OTHER1", 50000, "2026-11-25 09:00", status="confirmed")
    await other.clicks("OTHER1", ["2026-11-25 09:00"])
    async with database.read() as session:
        queries = Earnings(session)
        found = await queries.figures(shop.influencer_id, [window("all", None, "2027-01-01 00:00")])
        assert found["all"].empty and found["all"].amounts == ()
        assert await queries.balances(shop.influencer_id) == []
        assert await queries.link(shop.influencer_id, other.links["OTHER1"].id) is None
        assert (
            await queries.last_orders(shop.influencer_id, window("all", None, "2027-01-01")) == []
        )
        # And a link filter cannot reach another influencer's link either.
        other_link = other.links["OTHER1"].id
        scoped = await queries.figures(
            shop.influencer_id, [window("all", None, "2027-01-01 00:00")], link_id=other_link
        )
        assert scoped["all"].empty


async def test_balances_hold_the_rollup_and_the_next_confirmation(shop: Shop) -> None:
    await shop.sale("EUR1", 1000, "2026-11-20 10:00")  # locks 14 days: 4 December
    await shop.sale("EUR1", 2000, "2026-11-10 10:00")  # 24 November: overdue
    await shop.sale("EUR1", 3000, "2026-11-01 10:00", status="confirmed")
    await shop.sale("PLN1", 5000, "2026-11-21 10:00", currency="PLN")
    async with shop.database.read() as session:
        eur, pln = await Earnings(session).balances(shop.influencer_id)
        pending = await Earnings(session).pending(shop.influencer_id)
    assert (eur.currency, eur.pending_minor, eur.confirmed_minor, eur.paid_minor) == (
        "EUR",
        300,
        300,
        0,
    )
    assert eur.next_confirmation == at("2026-11-24 10:00")
    assert eur.earned_minor == 600
    assert (pln.currency, pln.pending_minor, pln.next_confirmation) == (
        "PLN",
        500,
        at("2026-12-05 10:00"),
    )
    assert [(p.locks_until, p.currency, p.commission_minor) for p in pending] == [
        (at("2026-11-24 10:00"), "EUR", 200),
        (at("2026-12-04 10:00"), "EUR", 100),
        (at("2026-12-05 10:00"), "PLN", 500),
    ]


async def test_last_orders_newest_first_with_their_link(shop: Shop) -> None:
    for day in range(1, 8):
        await shop.sale("EUR1", 1000 * day, f"2026-11-0{day} 10:00")
    async with shop.database.read() as session:
        orders = await Earnings(session).last_orders(
            shop.influencer_id, window("month", "2026-11-01 00:00", "2026-12-01 00:00"), limit=3
        )
    assert [(o.ordered_at.day, o.code, o.amount_minor, o.commission_minor) for o in orders] == [
        (7, "EUR1", 7000, 700),
        (6, "EUR1", 6000, 600),
        (5, "EUR1", 5000, 500),
    ]


async def test_queries_read_index_ranges_not_tables(shop: Shop, database: Database) -> None:
    """Every statement /earnings runs on conversions and clicks searches an index (SQLite
    says SEARCH ... USING INDEX), and the sums of a period come from the index alone."""
    if not database.is_sqlite:
        pytest.skip("query plans are checked on SQLite")
    await shop.sale("EUR1", 1000, "2026-11-20 10:00")
    await shop.clicks("EUR1", ["2026-11-20 09:00"])
    statements: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(database.engine.sync_engine, "before_cursor_execute", record)
    try:
        async with database.read() as session:
            queries = Earnings(session)
            month = window("month", "2026-11-01 00:00", "2026-12-01 00:00")
            await queries.figures(shop.influencer_id, [month, window("all", None, "2027-01-01")])
            await queries.balances(shop.influencer_id)
            await queries.pending(shop.influencer_id)
            await queries.last_orders(shop.influencer_id, month)
            await queries.links(shop.influencer_id, [shop.links["EUR1"].id])
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", record)
    plans: list[str] = []
    async with database.read() as session:
        connection = await session.connection()
        for statement, parameters in statements:
            rows = await connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plans.append(" | ".join(str(row[-1]) for row in rows))
    joined = "\n".join(plans)
    assert "SCAN conversions" not in joined and "SCAN clicks" not in joined, joined
    assert "USING COVERING INDEX ix_conversions_influencer_ordered" in joined, joined
    assert "USING COVERING INDEX ix_clicks_link_time" in joined, joined
    assert "ix_conversions_influencer_pending" in joined, joined


async def test_future_windows_are_empty(shop: Shop) -> None:
    await shop.sale("EUR1", 1000, "2026-11-25 09:00")
    start = NOW + timedelta(days=1)
    async with shop.database.read() as session:
        found = await Earnings(session).figures(
            shop.influencer_id, [Window("later", start, start + timedelta(days=30))]
        )
    assert found["later"].empty

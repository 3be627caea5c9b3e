"""``POST /postback`` over real HTTP on 127.0.0.1: signatures, idempotency, money to the cent."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import SecretStr

from bot.runtime import Runtime
from bot.settings import Settings
from bot.web import postback
from storage.db import Database
from storage.repositories import Repositories
from tests.money import (
    assert_invariant,
    balance_and_sums,
    make_campaign,
    make_click,
    make_influencer,
    make_link,
)
from tests.support import Clock

SECRET = "s3cret-postback-key"


@dataclass
class Response:
    status: int
    body: dict[str, Any]


class Shop:
    """The shop's side: signs and posts events to the running web app."""

    def __init__(self, url: str, http: aiohttp.ClientSession, clock: Clock) -> None:
        self.url = url
        self.http = http
        self.clock = clock

    async def post_raw(
        self,
        body: bytes,
        *,
        timestamp: str | None = None,
        signature: str | None = None,
        signed_body: bytes | None = None,
    ) -> Response:
        ts = timestamp if timestamp is not None else str(int(self.clock.now.timestamp()))
        sig = signature or postback.sign(
            SECRET.encode(), ts, signed_body if signed_body is not None else body
        )
        headers = {"X-Timestamp": ts, "X-Signature": sig, "Content-Type": "application/json"}
        async with self.http.post(self.url, data=body, headers=headers) as response:
            return Response(response.status, await response.json())

    async def post(self, event: dict[str, Any], **kwargs: Any) -> Response:
        return await self.post_raw(json.dumps(event).encode(), **kwargs)


@dataclass
class World:
    shop: Shop
    database: Database
    influencer: int
    campaign_id: int

    async def balance(self) -> tuple[int, int, int]:
        balance, sums = await balance_and_sums(self.database, self.influencer)
        assert balance == sums
        await assert_invariant(self.database, [self.influencer])
        return balance.pending_minor, balance.confirmed_minor, balance.paid_minor

    async def stored(self) -> int:
        async with self.database.read() as session:
            return len(await Repositories(session).ledger.conversions())


@pytest.fixture
async def world(database: Database, clock: Clock) -> AsyncIterator[World]:
    influencer = await make_influencer(database, "1")
    campaign = await make_campaign(database)
    await make_link(database, influencer, campaign.id, "AB12")
    app = web.Application()
    postback.setup(app, database, SECRET, clock)
    server = TestServer(app, host="127.0.0.1", port=0)
    await server.start_server()
    try:
        async with aiohttp.ClientSession() as http:
            url = str(server.make_url(postback.PATH))
            yield World(Shop(url, http, clock), database, influencer, campaign.id)
    finally:
        await server.close()


def sale(
    event_id: str = "e1", amount: Any = 1999, status: str = "pending", **extra: Any
) -> dict[str, Any]:
    return {
        "event_id": event_id,
        "link_code": "AB12",
        "order_id": extra.pop("order_id", "o1"),
        "amount": amount,
        "currency": "EUR",
        "status": status,
        **extra,
    }


@pytest.mark.parametrize(
    ("amount", "rate", "expected"),
    [(1999, 800, 160), (1250, 500, 62), (1350, 500, 68)],
)
async def test_good_signature_creates_pending_commission(
    database: Database, clock: Clock, amount: int, rate: int, expected: int
) -> None:
    influencer = await make_influencer(database, "1")
    campaign = await make_campaign(database, rates={"standard": rate})
    await make_link(database, influencer, campaign.id, "AB12")
    app = web.Application()
    postback.setup(app, database, SECRET, clock)
    async with TestServer(app, host="127.0.0.1", port=0) as server, aiohttp.ClientSession() as http:
        shop = Shop(str(server.make_url(postback.PATH)), http, clock)
        response = await shop.post(sale(amount=amount))
    assert (response.status, response.body) == (200, {"status": "ok"})
    balance, sums = await balance_and_sums(database, influencer)
    assert (balance.pending_minor, balance.confirmed_minor) == (expected, 0)
    assert balance == sums


async def test_repeated_event_id_is_200_and_changes_nothing(world: World) -> None:
    assert (await world.shop.post(sale())).body == {"status": "ok"}
    again = await world.shop.post(sale(status="confirmed"))
    assert (again.status, again.body) == (200, {"status": "duplicate"})
    assert await world.balance() == (160, 0, 0)


@pytest.mark.parametrize("case", ["bad_signature", "old", "future", "tampered", "missing", "upper"])
async def test_signature_failures_are_401_and_store_nothing(
    world: World, clock: Clock, case: str
) -> None:
    body = json.dumps(sale()).encode()
    now = int(clock.now.timestamp())
    cases: dict[str, dict[str, Any]] = {
        "bad_signature": {"signature": "0" * 64},
        "old": {"timestamp": str(now - 301)},
        "future": {"timestamp": str(now + 301)},
        "tampered": {"signed_body": body.replace(b"1999", b"9999")},
        "missing": {"timestamp": ""},
        "upper": {"signature": postback.sign(SECRET.encode(), str(now), body).upper()},
    }
    response = await world.shop.post_raw(body, **cases[case])
    assert response.status == 401
    expected = "stale_timestamp" if case in ("old", "future") else "bad_signature"
    assert response.body == {"error": expected}
    assert await world.stored() == 0
    assert await world.balance() == (0, 0, 0)


async def test_within_tolerance_is_accepted(world: World, clock: Clock) -> None:
    response = await world.shop.post(sale(), timestamp=str(int(clock.now.timestamp()) - 299))
    assert response.status == 200


async def test_signature_is_checked_before_json(world: World) -> None:
    unsigned_garbage = await world.shop.post_raw(b"{not json", signature="a" * 64)
    assert unsigned_garbage.status == 401
    signed_garbage = await world.shop.post_raw(b"{not json")
    assert (signed_garbage.status, signed_garbage.body) == (400, {"error": "bad_json"})


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"[1, 2]", "bad_json"),
        (b'{"event_id": "e1", "amount": NaN}', "bad_json"),
        (json.dumps(sale(amount=19.99)).encode(), "bad_amount"),
        (json.dumps(sale(amount=1999.0)).encode(), "bad_amount"),
        (json.dumps(sale(status="shipped")).encode(), "bad_status"),
        (json.dumps(sale(currency="USD")).encode(), "currency_mismatch"),
        (json.dumps(sale(link_code="ZZZZ")).encode(), "unknown_link"),
        (json.dumps({"event_id": "e1"}).encode(), "missing_field:click_id_or_link_code"),
        (json.dumps(sale(reason="x" * 257)).encode(), "bad_field:reason"),
    ],
)
async def test_well_signed_malformed_body_is_400(world: World, body: bytes, reason: str) -> None:
    response = await world.shop.post_raw(body)
    assert (response.status, response.body) == (400, {"error": reason})
    assert await world.stored() == 0
    # The refused event id was not consumed: the corrected event is accepted.
    assert (await world.shop.post(sale())).status == 200


async def test_body_over_64_kib_is_413(world: World) -> None:
    body = json.dumps(sale(note="x" * 70_000)).encode()
    async with world.shop.http.post(world.shop.url, data=body) as response:
        assert response.status == 413
    assert await world.stored() == 0


async def test_confirm_then_reverse_nets_to_zero(world: World) -> None:
    await world.shop.post(sale("e1"))
    assert await world.balance() == (160, 0, 0)
    await world.shop.post(sale("e2", status="confirmed"))
    assert await world.balance() == (0, 160, 0)
    await world.shop.post(sale("e3", status="reversed"))
    assert await world.balance() == (0, 0, 0)


async def test_partial_refund_over_http(world: World) -> None:
    await world.shop.post(sale("e1", amount=10_000))
    assert await world.balance() == (800, 0, 0)
    await world.shop.post(sale("e2", amount=10_000, status="confirmed", refund_amount=2_500))
    assert await world.balance() == (0, 600, 0)


async def test_runtime_serves_the_postback_when_a_secret_is_set(
    database: Database, settings: Settings
) -> None:
    influencer = await make_influencer(database, "1")
    campaign = await make_campaign(database)
    await make_link(database, influencer, campaign.id, "AB12")
    configured = settings.model_copy(update={"postback_secret": SecretStr(SECRET), "web_port": 0})
    runtime = Runtime(configured)
    await runtime.start()
    try:
        url = f"http://127.0.0.1:{runtime.web_port}{postback.PATH}"
        async with aiohttp.ClientSession() as http:
            shop = Shop(url, http, Clock(datetime.now(UTC)))
            assert (await shop.post(sale())).body == {"status": "ok"}
    finally:
        await runtime.stop()
    balance, _ = await balance_and_sums(database, influencer)
    assert balance.pending_minor == 160


@pytest.mark.parametrize(
    "ordered_at", ["0001-01-01T00:00:00+01:00", "9999-12-31T00:00:00+00:00", "1990-05-01T00:00:00Z"]
)
async def test_impossible_order_dates_are_400(world: World, ordered_at: str) -> None:
    """Dates far outside the programme's life are refused, never a 500."""
    response = await world.shop.post({**sale(), "ordered_at": ordered_at})
    assert (response.status, response.body) == (400, {"error": "bad_ordered_at"})
    assert await world.stored() == 0


async def test_orders_before_the_click_or_the_link_are_not_attributed(
    world: World, clock: Clock
) -> None:
    """Issue 11 item 11: a well-formed event the link cannot have brought is answered 200
    with the reason, and nobody is credited; an order after both is credited as usual."""
    async with world.database.read() as session:
        link = await Repositories(session).campaigns.link_by_code("AB12")
    assert link is not None
    await make_click(world.database, link.id, "clk1", datetime(2026, 11, 25, 18, 0, tzinfo=UTC))
    clock.now = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    before_link = sale("e1", ordered_at="2026-11-24T10:00:00Z", order_id="o1")
    before_click = {**sale("e2", order_id="o2"), "ordered_at": "2026-11-25T17:59:00Z"}
    before_click["click_id"] = "clk1"
    del before_click["link_code"]
    for event, reason in (
        (before_link, "ordered_before_link"),
        (before_click, "ordered_before_click"),
    ):
        response = await world.shop.post(event)
        assert (response.status, response.body) == (
            200,
            {"status": "not_attributed", "reason": reason},
        )
    assert await world.stored() == 0
    assert await world.balance() == (0, 0, 0)
    after = {**before_click, "event_id": "e3", "ordered_at": "2026-11-25T18:30:00Z"}
    assert (await world.shop.post(after)).body == {"status": "ok"}
    assert await world.stored() == 1


@pytest.mark.parametrize(("confirmed", "commission"), [(2499, 200), (999, 80), (0, 0)])
async def test_the_confirmed_amount_wins_and_the_ledger_records_the_difference(
    world: World, confirmed: int, commission: int
) -> None:
    """Issue 11 item 14: the pending amount was an estimate; the confirmed one is the order."""
    assert (await world.shop.post(sale("e1", amount=1999))).body == {"status": "ok"}
    assert await world.balance() == (160, 0, 0)
    response = await world.shop.post(sale("e2", amount=confirmed, status="confirmed"))
    assert (response.status, response.body) == (200, {"status": "ok"})
    assert await world.balance() == (0, commission, 0)
    async with world.database.read() as session:
        ledger = Repositories(session).ledger
        stored = await ledger.conversion(world.campaign_id, "o1")
        entries = await ledger.entries(world.influencer)
    assert stored is not None
    assert (stored.amount_minor, stored.commission_minor) == (confirmed, commission)
    assert [(e.kind, e.bucket, e.amount_minor, e.note) for e in entries if e.note] == [
        ("adjustment", "pending", commission - 160, "amount")
    ]
    # A late pending report of the old amount changes nothing any more.
    await world.shop.post(sale("e3", amount=1999))
    assert await world.balance() == (0, commission, 0)

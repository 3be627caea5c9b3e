"""Every route of the web app, fed malformed headers and bodies over raw HTTP: 4xx, never 5xx."""

from __future__ import annotations

import asyncio
import itertools
import json
import random
from collections.abc import Callable
from typing import Any

from pydantic import SecretStr

from bot.runtime import Runtime
from bot.web.postback import sign
from tests.channels.test_telegram import WEBHOOK_SECRET, free_port
from tests.fakes.telegram_api import FakeTelegram
from tests.support import Clock

POSTBACK_SECRET = "postback-secret-for-fuzz"
ROUTES = [
    ("POST", "/telegram"),
    ("POST", "/postback"),
    ("GET", "/l/Abcd1234"),
    ("GET", "/l/%ff%fe"),
    ("GET", "/l/" + "A" * 5000),
    ("GET", "/healthz"),
    ("GET", "/nowhere"),
    ("PUT", "/telegram"),
]
HEADERS = [
    "X-Telegram-Bot-Api-Secret-Token",
    "X-Signature",
    "X-Timestamp",
    "User-Agent",
    "Accept-Language",
    "Content-Type",
    "Cookie",
    "X-Forwarded-For",
]
HEADER_VALUES: list[bytes] = [
    b"\xff\xfe\xfd",
    b"caf\xe9",
    "секрет".encode(),
    b"\xc3\x28",
    b"\xed\xa0\x80",  # an encoded surrogate
    b"x" * 8000,
    b"",
    b"9" * 40,
    b"-1",
    b"1e309",
    b"ru-RU;q=\xff, *;q=abc",
    b"application/json; charset=\xff",
]
BODIES: list[bytes] = [
    b"",
    b"\xff\xfe\x00{",
    b"{",
    b"[]",
    b"null",
    b"12",
    b'"text"',
    b"[" * 5000 + b"]" * 5000,
    b'{"update_id": "1"}',
    b'{"update_id": 1e400}',
    b'{"update_id": 99999999999999999999999999999}',
    b'{"update_id": -5, "message": []}',
    json.dumps({"update_id": 7, "message": {"text": "\udcff"}}).encode(),
    b'{"a": NaN}',
    b'{"amount": Infinity}',
]
EVENT_FIELDS: dict[str, list[Any]] = {
    "event_id": ["e-1", "", [], {}, 10**30, None, "x" * 5000],
    "link_code": ["Abcd1234", [], None, 5, "\u0000"],
    "click_id": ["", {}, 1.5],
    "order_id": ["o-1", [], None, "y" * 5000],
    "amount": [1000, "1000", "abc", -5, 10**30, 1.5, [], None, True, "1e400"],
    "currency": ["EUR", "EURO", 978, "", None, "€"],
    "status": ["pending", "x", [], None, 1],
    "refund_amount": [0, -1, "z", 10**40, []],
    "ordered_at": ["2026-11-25T12:00:00+00:00", "yesterday", 10**20, [], "9999-99-99"],
}


def raw_request(method: str, path: str, headers: dict[str, bytes], body: bytes) -> bytes:
    lines = [f"{method} {path} HTTP/1.1".encode(), b"Host: 127.0.0.1", b"Connection: close"]
    lines += [name.encode() + b": " + value for name, value in headers.items()]
    lines.append(f"Content-Length: {len(body)}".encode())
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


async def status_of(port: int, request: bytes) -> int:
    """The HTTP status the server answered (0 when it closed without answering)."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(request)
        await writer.drain()
        line = await asyncio.wait_for(reader.readline(), 10)
    finally:
        writer.close()
        await writer.wait_closed()
    parts = line.split()
    return int(parts[1]) if len(parts) >= 2 and parts[1].isdigit() else 0


def postback_events(rng: random.Random, count: int) -> list[bytes]:
    """Signed-able bodies whose fields have the wrong type, size or value."""
    events = []
    for _ in range(count):
        event: dict[str, Any] = {name: rng.choice(v) for name, v in EVENT_FIELDS.items()}
        for name in rng.sample(sorted(event), rng.randint(0, 3)):
            del event[name]
        events.append(json.dumps(event).encode())
    return events


async def test_every_route_answers_malformed_requests_with_4xx(
    start_runtime: Callable[..., Any], fake: FakeTelegram, clock: Clock
) -> None:
    port = free_port()
    runtime: Runtime = await start_runtime(
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram",
        telegram_webhook_secret=SecretStr(WEBHOOK_SECRET),
        web_port=port,
        postback_secret=SecretStr(POSTBACK_SECRET),
    )
    rng = random.Random(8)
    answers: list[tuple[int, str]] = []
    try:
        # The example: a secret header that is not UTF-8 is a wrong secret.
        secret_request = raw_request(
            "POST", "/telegram", {"X-Telegram-Bot-Api-Secret-Token": b"\xff\xfe"}, b"{}"
        )
        assert await status_of(port, secret_request) == 403

        for (method, path), header in itertools.product(ROUTES, HEADERS):
            value = rng.choice(HEADER_VALUES)
            request = raw_request(method, path, {header: value}, rng.choice(BODIES))
            answers.append((await status_of(port, request), f"{method} {path} {header}={value!r}"))
        for (method, path), body in itertools.product(ROUTES[:2], BODIES):
            headers = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET.encode()}
            request = raw_request(method, path, headers, body)
            answers.append((await status_of(port, request), f"{method} {path} {body[:40]!r}"))
        timestamp = str(int(clock().timestamp()))
        for body in postback_events(rng, 60) + BODIES:
            headers = {
                "X-Timestamp": timestamp.encode(),
                "X-Signature": sign(POSTBACK_SECRET.encode(), timestamp, body).encode(),
                "Content-Type": b"application/json",
            }
            request = raw_request("POST", "/postback", headers, body)
            answers.append((await status_of(port, request), f"signed postback {body[:80]!r}"))
    finally:
        await runtime.stop()
    server_errors = [what for status, what in answers if status >= 500 or status == 0]
    assert server_errors == []
    assert len(answers) > 150

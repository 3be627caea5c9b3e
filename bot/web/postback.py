"""``POST /postback``: the shop reports a sale, a confirmation, a refund or a reversal.

The body is signed: ``X-Signature`` is the lowercase hex HMAC-SHA256 of ``{X-Timestamp}.`` and
the raw body bytes, with ``BOT_POSTBACK_SECRET``; the timestamp (Unix seconds) must be within
300 s of ours. The signature is checked, in constant time, before the body is parsed at all.
The body is read completely before the database transaction opens, so no transaction waits on
the network. Money is never parsed as a float (JSON numbers with a fraction are refused).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from aiohttp import web

from bot.services.commission import NotAttributed, ValidationError, apply_event
from bot.services.tiers import TierLadder
from storage.db import Database

log = logging.getLogger(__name__)

PATH = "/postback"
MAX_BODY = 64 * 1024
TOLERANCE_S = 300
TIMESTAMP_HEADER = "X-Timestamp"
SIGNATURE_HEADER = "X-Signature"


@dataclass(frozen=True, slots=True)
class PostbackConfig:
    database: Database
    secret: bytes
    clock: Callable[[], datetime]
    referral_bonus: int = 0
    tiers: TierLadder | None = None


POSTBACK_KEY = web.AppKey("postback", PostbackConfig)


def sign(secret: bytes, timestamp: str, body: bytes) -> str:
    """The signature a sender computes; the tests and any client use the same function."""
    return hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def _error(reason: str, status: int) -> web.Response:
    return web.json_response({"error": reason}, status=status)


def _no_constant(name: str) -> Any:
    raise ValueError(f"not a JSON number: {name}")


async def _read_limited(request: web.Request) -> bytes | None:
    """The body, or None when it is larger than MAX_BODY (however it is framed)."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        return None
    body = await request.content.read(MAX_BODY + 1)
    while len(body) <= MAX_BODY:
        more = await request.content.read(MAX_BODY + 1 - len(body))
        if not more:
            break
        body += more
    return None if len(body) > MAX_BODY else body


async def receive(request: web.Request) -> web.Response:
    config = request.app[POSTBACK_KEY]
    body = await _read_limited(request)
    if body is None:
        return _error("body_too_large", 413)
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    given = request.headers.get(SIGNATURE_HEADER, "").encode("utf-8", "replace")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        return _error("bad_signature", 401)
    expected = sign(config.secret, timestamp, body).encode()
    if not hmac.compare_digest(given, expected):
        return _error("bad_signature", 401)
    now = config.clock()
    if abs(now.timestamp() - int(timestamp)) > TOLERANCE_S:
        return _error("stale_timestamp", 401)
    try:
        data = json.loads(body, parse_float=Decimal, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return _error("bad_json", 400)
    if not isinstance(data, dict):
        return _error("bad_json", 400)
    try:
        outcome = await apply_event(
            config.database,
            data,
            config.clock,
            referral_bonus=config.referral_bonus,
            tiers=config.tiers,
        )
    except ValidationError as refused:
        log.info("postback refused: %s", refused.reason)
        return _error(refused.reason, 400)
    except NotAttributed as refused:
        # Well-formed, so 200 (a retry would change nothing), but nobody is credited.
        log.info("postback not attributed: %s", refused.reason)
        return web.json_response({"status": "not_attributed", "reason": refused.reason})
    return web.json_response({"status": "duplicate" if outcome.duplicate else "ok"})


def setup(
    app: web.Application,
    database: Database,
    secret: str,
    clock: Callable[[], datetime],
    referral_bonus: int = 0,
    tiers: TierLadder | None = None,
) -> None:
    app[POSTBACK_KEY] = PostbackConfig(database, secret.encode(), clock, referral_bonus, tiers)
    app.router.add_post(PATH, receive)

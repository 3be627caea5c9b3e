"""``POST /telegram``: the Telegram webhook.

The secret header is compared in constant time (403 otherwise); the raw update is stored,
keyed by update_id, before the 200, and processed from the store, so neither a redelivery nor
a crash right after the 200 makes it run twice or not at all.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from aiohttp import web

if TYPE_CHECKING:
    from bot.channels.telegram import TelegramChannel

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1 << 20
PATH = "/telegram"


def handler(
    channel: TelegramChannel, secret: str
) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    expected = secret.encode()

    async def receive(request: web.Request) -> web.StreamResponse:
        # Headers are decoded as UTF-8 with surrogateescape: encoding back the same way gives
        # the bytes as sent, so a header that is not UTF-8 is a wrong secret, not an error.
        given = request.headers.get(SECRET_HEADER, "").encode("utf-8", "surrogateescape")
        if not hmac.compare_digest(given, expected):
            return web.Response(status=403, text="forbidden")
        if request.content_length is not None and request.content_length > MAX_BODY:
            return web.Response(status=413)
        try:
            payload = json.loads(await request.read())
        except (ValueError, RecursionError):
            return web.Response(status=400, text="bad json")
        if not isinstance(payload, dict):
            return web.Response(status=400, text="bad update")
        try:
            await channel.accept_webhook_update(payload)
        except ValueError:
            return web.Response(status=400, text="bad update")
        return web.Response(status=200)

    return receive


def setup(app: web.Application, channel: TelegramChannel, secret: str) -> None:
    app.router.add_post(PATH, handler(channel, secret))

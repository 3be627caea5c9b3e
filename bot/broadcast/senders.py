"""The platforms' HTTP APIs as the broadcast worker needs them, on clients of its own.

The bot's replies go through python-telegram-bot and discord.py; broadcasts use these separate
aiohttp sessions, so a broadcast's pacing and its 429 pauses never hold up a reply. Each send
reports what became of it in the terms the outbox needs: sent, blocked, failed, rate limited
(certainly not sent: try again after the pause), not sent (the connection never opened: try
again), or unknown (the request may have reached the platform: never resent at-most-once).

Nothing here logs a URL: the Telegram token is part of every Bot API URL.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from enum import Enum
from typing import Any, Protocol

import aiohttp
from yarl import URL

from bot.channels.textsplit import split_text
from bot.settings import Settings

log = logging.getLogger(__name__)

REQUEST_TIMEOUT_S = 30.0
CONNECT_TIMEOUT_S = 10.0
TELEGRAM_TEXT_LIMIT = 4096
DISCORD_TEXT_LIMIT = 2000
DISCORD_USER_AGENT = "DiscordBot (https://github.com/influencer-bot, 0.1)"
JSON_HEADERS = {"Content-Type": "application/json"}


class Kind(Enum):
    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    RATE_LIMITED = "rate_limited"
    NOT_SENT = "not_sent"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Result:
    kind: Kind
    message_ref: str | None = None
    error: str | None = None
    retry_after: float = 0.0

    @property
    def sent(self) -> bool:
        return self.kind is Kind.SENT


@dataclass(frozen=True, slots=True)
class LinkButton:
    label: str
    url: str


class Sender(Protocol):
    """One platform: deliveries, and the broadcaster's progress message."""

    channel: str

    async def start(self) -> None: ...

    async def close(self) -> None: ...

    async def deliver(
        self, chat_id: str, text: str, button: LinkButton | None, *, key: str
    ) -> Result:
        """Send one broadcast message; ``key`` is unique per delivery (an idempotency key
        where the platform has one)."""
        ...

    async def notify(self, chat_id: str, text: str) -> Result:
        """A message to the broadcaster (progress, report); its ref can be edited."""
        ...

    async def edit(self, message_ref: str, text: str) -> Result: ...


def _client(limit: int) -> aiohttp.ClientSession:
    # No cookie jar: the APIs set none, and a jar is consulted on every request and answer.
    return aiohttp.ClientSession(
        connector=aiohttp.TCPConnector(limit=limit, limit_per_host=limit),
        timeout=aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
        raise_for_status=False,
        cookie_jar=aiohttp.DummyCookieJar(),
    )


async def _request(
    session: aiohttp.ClientSession, method: str, url: str | URL, **kwargs: Any
) -> tuple[int, Any] | Result:
    """(status, decoded JSON body), or the Result of a request that got no answer."""
    try:
        async with session.request(method, url, **kwargs) as response:
            raw = await response.read()
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = None
            return response.status, body
    except aiohttp.ClientConnectorError as error:
        # The connection was never made: the platform cannot have seen the request.
        return Result(Kind.NOT_SENT, error=type(error).__name__)
    except (aiohttp.ClientError, TimeoutError) as error:
        # Sent, perhaps processed, answer lost: only the platform knows.
        return Result(Kind.UNKNOWN, error=type(error).__name__ or "timeout")


class _HttpSender:
    """The HTTP session a sender owns: its own pool, never the bot's (a pause stays here)."""

    def __init__(self, connections: int) -> None:
        self._connections = max(1, connections)
        self._session: aiohttp.ClientSession | None = None

    async def start(self) -> None:
        if self._session is None:
            self._session = _client(self._connections)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class TelegramSender(_HttpSender):
    """``sendMessage`` and ``editMessageText`` of the Bot API, plain text only."""

    channel = "telegram"

    def __init__(self, token: str, base_url: str, *, connections: int = 32) -> None:
        # As for python-telegram-bot: the token is appended to the base URL as it is.
        super().__init__(connections)
        self._base = f"{base_url}{token}/"
        # Parsed once: a broadcast makes this request up to a thousand times a second.
        self._urls: dict[str, URL] = {}

    async def _call(self, method: str, payload: dict[str, Any]) -> Result:
        if self._session is None:
            raise RuntimeError("TelegramSender is not started")
        url = self._urls.get(method)
        if url is None:
            url = self._urls[method] = URL(self._base + method)
        answer = await _request(
            self._session, "POST", url, data=json.dumps(payload).encode(), headers=JSON_HEADERS
        )
        if isinstance(answer, Result):
            return answer
        status, body = answer
        body = body if isinstance(body, dict) else {}
        if status == 200 and body.get("ok"):
            result = body.get("result")
            ref = str(result.get("message_id")) if isinstance(result, dict) else None
            return Result(Kind.SENT, message_ref=ref)
        description = str(body.get("description") or f"HTTP {status}")[:200]
        code = int(body.get("error_code") or status)
        if code == 429:
            parameters = body.get("parameters") or {}
            retry_after = float(parameters.get("retry_after") or 1)
            return Result(Kind.RATE_LIMITED, error=description, retry_after=retry_after)
        if code == 403:
            return Result(Kind.BLOCKED, error=description)
        if 400 <= code < 500:
            return Result(Kind.FAILED, error=description)
        return Result(Kind.UNKNOWN, error=description)

    async def deliver(
        self, chat_id: str, text: str, button: LinkButton | None, *, key: str
    ) -> Result:
        payload: dict[str, Any] = {"chat_id": _chat(chat_id), "text": text}
        if button is not None:
            payload["reply_markup"] = {
                "inline_keyboard": [[{"text": button.label, "url": button.url}]]
            }
        return await self._call("sendMessage", payload)

    async def notify(self, chat_id: str, text: str) -> Result:
        result = await self._call(
            "sendMessage",
            {
                "chat_id": _chat(chat_id),
                "text": text[:TELEGRAM_TEXT_LIMIT],
                "link_preview_options": {"is_disabled": True},
            },
        )
        if result.sent and result.message_ref:
            return Result(Kind.SENT, message_ref=f"{chat_id}:{result.message_ref}")
        return result

    async def edit(self, message_ref: str, text: str) -> Result:
        chat_id, _, message_id = message_ref.partition(":")
        result = await self._call(
            "editMessageText",
            {
                "chat_id": _chat(chat_id),
                "message_id": int(message_id),
                "text": text[:TELEGRAM_TEXT_LIMIT],
            },
        )
        if result.kind is Kind.FAILED and "not modified" in (result.error or ""):
            return Result(Kind.SENT, message_ref=message_ref)
        return result


def _chat(chat_id: str) -> int | str:
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


class DiscordSender(_HttpSender):
    """Messages in server channels (announcements) and a DM to the broadcaster (progress).

    Each part of an announcement carries a nonce with ``enforce_nonce``: Discord returns the
    earlier message for a repeated nonce, so a retried post is not shown twice.
    """

    channel = "discord"

    def __init__(self, token: str, base_url: str, *, connections: int = 8) -> None:
        super().__init__(connections)
        self._base = base_url.rstrip("/")
        self._headers = {
            "Authorization": f"Bot {token}",
            "User-Agent": DISCORD_USER_AGENT,
        }
        self._dm_channels: dict[str, str] = {}

    async def _call(self, method: str, path: str, payload: dict[str, Any]) -> tuple[Result, Any]:
        if self._session is None:
            raise RuntimeError("DiscordSender is not started")
        answer = await _request(
            self._session, method, self._base + path, json=payload, headers=self._headers
        )
        if isinstance(answer, Result):
            return answer, None
        status, body = answer
        if 200 <= status < 300:
            ref = str(body.get("id")) if isinstance(body, dict) and body.get("id") else None
            return Result(Kind.SENT, message_ref=ref), body
        data = body if isinstance(body, dict) else {}
        description = f"{status} {data.get('code', '')} {data.get('message', '')}".strip()[:200]
        if status == 429:
            retry_after = float(data.get("retry_after") or 1.0)
            return Result(Kind.RATE_LIMITED, error=description, retry_after=retry_after), body
        if 400 <= status < 500:
            return Result(Kind.FAILED, error=description), body
        return Result(Kind.UNKNOWN, error=description), body

    async def deliver(
        self, chat_id: str, text: str, button: LinkButton | None, *, key: str
    ) -> Result:
        parts = split_text(text, DISCORD_TEXT_LIMIT)
        result = Result(Kind.FAILED, error="empty")
        for index, part in enumerate(parts):
            payload: dict[str, Any] = {
                "content": part,
                "allowed_mentions": {"parse": []},
                "nonce": f"{key}.{index}"[:25],
                "enforce_nonce": True,
            }
            if button is not None and index == len(parts) - 1:
                payload["components"] = [
                    {
                        "type": 1,
                        "components": [
                            {"type": 2, "style": 5, "label": button.label[:80], "url": button.url}
                        ],
                    }
                ]
            result, _ = await self._call("POST", f"/channels/{chat_id}/messages", payload)
            if not result.sent:
                if index > 0 and result.kind is Kind.FAILED:
                    # Part of it is on the channel already: it cannot be taken as not sent.
                    return Result(Kind.UNKNOWN, error=result.error)
                return result
        return result

    async def _dm_channel(self, user_id: str) -> str | Result:
        known = self._dm_channels.get(user_id)
        if known is not None:
            return known
        result, body = await self._call("POST", "/users/@me/channels", {"recipient_id": user_id})
        if not result.sent or not isinstance(body, dict):
            return result
        channel_id = str(body["id"])
        self._dm_channels[user_id] = channel_id
        return channel_id

    async def notify(self, chat_id: str, text: str) -> Result:
        channel_id = await self._dm_channel(chat_id)
        if isinstance(channel_id, Result):
            return channel_id
        result, _ = await self._call(
            "POST",
            f"/channels/{channel_id}/messages",
            {"content": text[:DISCORD_TEXT_LIMIT], "allowed_mentions": {"parse": []}},
        )
        if result.sent and result.message_ref:
            return Result(Kind.SENT, message_ref=f"{channel_id}:{result.message_ref}")
        return result

    async def edit(self, message_ref: str, text: str) -> Result:
        channel_id, _, message_id = message_ref.partition(":")
        result, _ = await self._call(
            "PATCH",
            f"/channels/{channel_id}/messages/{message_id}",
            {"content": text[:DISCORD_TEXT_LIMIT]},
        )
        return result


def senders_for(settings: Settings) -> list[Sender]:
    """A sender for every platform with a token; the broadcast worker's own clients."""
    senders: list[Sender] = []
    if settings.telegram_token is not None:
        senders.append(
            TelegramSender(
                settings.telegram_token.get_secret_value(),
                settings.telegram_api_base_url,
                connections=settings.broadcast_concurrency,
            )
        )
    if settings.discord_token is not None:
        senders.append(
            DiscordSender(settings.discord_token.get_secret_value(), settings.discord_api_base_url)
        )
    return senders

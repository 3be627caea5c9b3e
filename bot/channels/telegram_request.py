"""python-telegram-bot's HTTP transport on aiohttp's client instead of httpx.

Every reply of every turn is a Bot API call. Through PTB's default httpx transport a call costs
about as much CPU as the rest of a ``/help`` turn; aiohttp's client (its HTTP parser is in C,
and the broadcast senders already use it) does the same call for a fraction of that.
PTB supports swapping the transport by subclassing ``BaseRequest``: PTB still builds the
request, reads Telegram's answer and raises its own errors (``RetryAfter``, ``Forbidden``…) from
the status and body returned here, so nothing above this module changes.

Parameters go as an ``application/json`` body (one of the Bot API's three encodings, and the
cheapest to build: aiohttp's urlencoded forms quote every character in Python), or as
``multipart/form-data`` when a file is uploaded, as httpx sends it. The proxy from the
environment (HTTPS_PROXY, NO_PROXY…, as httpx reads them) is looked up once per Bot API origin,
not on every call (aiohttp's ``trust_env`` asks a thread on every request).
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import aiohttp
from aiohttp.helpers import get_env_proxy_for_url
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

# PTB's own defaults for its httpx transport (telegram.request.HTTPXRequest).
DEFAULT_TIMEOUT_S = 5.0
DEFAULT_POOL_TIMEOUT_S = 1.0
MEDIA_WRITE_TIMEOUT_S = 20.0


class AiohttpRequest(BaseRequest):
    """A keep-alive aiohttp session of at most ``pool_size`` connections to the Bot API."""

    __slots__ = (
        "_media_write",
        "_pool_size",
        "_proxies",
        "_session",
        "_timeout_cache",
        "_timeouts",
    )

    def __init__(
        self,
        pool_size: int = 256,
        *,
        read_timeout: float | None = DEFAULT_TIMEOUT_S,
        write_timeout: float | None = DEFAULT_TIMEOUT_S,
        connect_timeout: float | None = DEFAULT_TIMEOUT_S,
        pool_timeout: float | None = DEFAULT_POOL_TIMEOUT_S,
        media_write_timeout: float | None = MEDIA_WRITE_TIMEOUT_S,
    ) -> None:
        self._pool_size = pool_size
        self._timeouts = (read_timeout, write_timeout, connect_timeout, pool_timeout)
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        # A handful of distinct timeout combinations are used (replies, long polls, uploads).
        self._timeout_cache: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        # Per origin ("https://api.telegram.org"): the proxy and its credentials, or none.
        self._proxies: dict[str, tuple[URL | None, aiohttp.BasicAuth | None]] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._timeouts[0]

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=0),
                cookie_jar=aiohttp.DummyCookieJar(),
                headers={"User-Agent": self.USER_AGENT},
            )

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("this AiohttpRequest is not initialized")
        files = request_data.multipart_data if request_data is not None else None
        body: aiohttp.FormData | bytes | None = None
        headers = None
        if request_data is not None:
            if files:
                body = _form(request_data.json_parameters, files)
            else:
                body = json.dumps(request_data.parameters, ensure_ascii=False).encode()
                headers = _JSON
        default_read, default_write, default_connect, default_pool = self._timeouts
        timeout = self._timeout(
            _given(read_timeout, default_read),
            _given(write_timeout, self._media_write if files else default_write),
            _given(connect_timeout, default_connect),
            _given(pool_timeout, default_pool),
        )
        proxy, proxy_auth = await self._proxy_for(url)
        try:
            async with session.request(
                method,
                url,
                data=body,
                headers=headers,
                timeout=timeout,
                proxy=proxy,
                proxy_auth=proxy_auth,
            ) as response:
                return response.status, await response.read()
        except TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {error}") from error

    async def _proxy_for(self, url: str) -> tuple[URL | None, aiohttp.BasicAuth | None]:
        """The environment's proxy for this URL's origin, looked up the first time only."""
        origin = url[: url.find("/", url.find("//") + 2)]
        known = self._proxies.get(origin)
        if known is None:
            # It may read ~/.netrc: off the event loop, once.
            known = await asyncio.to_thread(_env_proxy, URL(origin))
            self._proxies[origin] = known
        return known

    def _timeout(
        self,
        read: float | None,
        write: float | None,
        connect: float | None,
        pool: float | None,
    ) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for PTB's four: ``connect`` covers waiting for a free
        connection and opening one; ``sock_read`` the wait for each part of the answer; and
        as aiohttp has no write timeout, ``total`` bounds the whole call by the sum of all four."""
        key = (read, write, connect, pool)
        cached = self._timeout_cache.get(key)
        if cached is not None:
            return cached
        parts = (read, write, connect, pool)
        total = None if any(p is None for p in parts) else sum(p for p in parts if p is not None)
        waiting = None if connect is None or pool is None else connect + pool
        timeout = aiohttp.ClientTimeout(
            total=total, connect=waiting, sock_connect=connect, sock_read=read
        )
        if len(self._timeout_cache) < 32:
            self._timeout_cache[key] = timeout
        return timeout


_JSON = {"Content-Type": "application/json"}


def _env_proxy(url: URL) -> tuple[URL | None, aiohttp.BasicAuth | None]:
    try:
        return get_env_proxy_for_url(url)
    except LookupError:
        return None, None


def _given(value: Any, default: float | None) -> float | None:
    """PTB passes ``DEFAULT_NONE`` for "not given"; None itself means "no timeout"."""
    if isinstance(value, type(BaseRequest.DEFAULT_NONE)):
        return default
    return None if value is None else float(value)


def _form(fields: dict[str, str], files: dict[str, Any]) -> aiohttp.FormData:
    """A multipart body: the parameters as text parts, then each file."""
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, upload in files.items():
        filename, content, mimetype = upload
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form

"""discord.py pointed at ``BOT_DISCORD_API_BASE_URL`` and ``BOT_DISCORD_GATEWAY_URL`` (a proxy,
or the fake Discord in tests), per client, without touching discord.py's globals.

discord.py 2.7 has no documented option for either URL: its routes are built on the class
constant ``discord.http.Route.BASE`` and a non-sharded client joins the class constant
``DiscordWebSocket.DEFAULT_GATEWAY``. Setting those would redirect every client of the
process. Instead this client's own HTTP client (a subclass of ``discord.http.HTTPClient``, whose
``request`` and ``ws_connect`` are the two doors every REST call and the gateway go through)
rewrites those URLs, and interaction callbacks and follow-ups (sent by discord.py's webhook
adapter, chosen through its context variable) get an adapter that does the same, set only in
the context the client runs in.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import aiohttp
import yarl
from discord.ext import commands
from discord.gateway import DiscordWebSocket
from discord.http import HTTPClient, Route
from discord.webhook.async_ import AsyncWebhookAdapter, async_context


@dataclass(frozen=True, slots=True)
class Endpoints:
    """Where this client's REST calls and gateway connection go."""

    api_base: str
    gateway: str

    def rebase(self, url: str) -> str:
        """A route's URL on this client's REST base instead of discord.py's default."""
        default = Route.BASE
        if url.startswith(default):
            return self.api_base.rstrip("/") + url[len(default) :]
        return url

    def gateway_url(self, url: str) -> str:
        """The default gateway replaced by this client's (a resume URL from READY is kept)."""
        given = yarl.URL(url)
        if given.with_query(None) != DiscordWebSocket.DEFAULT_GATEWAY.with_query(None):
            return url
        return str(yarl.URL(self.gateway).with_query(given.query))


class RoutedHTTPClient(HTTPClient):
    def __init__(self, endpoints: Endpoints, loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(loop)
        self.endpoints = endpoints

    async def request(self, route: Route, **kwargs: Any) -> Any:
        route.url = self.endpoints.rebase(route.url)
        return await super().request(route, **kwargs)

    async def ws_connect(self, url: str, *, compress: int = 0) -> aiohttp.ClientWebSocketResponse:
        return await super().ws_connect(self.endpoints.gateway_url(url), compress=compress)


class RoutedWebhookAdapter(AsyncWebhookAdapter):
    """Interaction callbacks, follow-ups and webhooks on the same REST base."""

    def __init__(self, endpoints: Endpoints) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # discord.py leaves it unannotated
        self.endpoints = endpoints

    async def request(self, route: Route, *args: Any, **kwargs: Any) -> Any:
        route.url = self.endpoints.rebase(route.url)
        return await super().request(route, *args, **kwargs)


class RoutedBot(commands.Bot):
    """A ``commands.Bot`` whose REST calls and gateway go to ``endpoints``."""

    def __init__(self, endpoints: Endpoints, **options: Any) -> None:
        super().__init__(**options)
        self.endpoints = endpoints
        self.http = RoutedHTTPClient(endpoints, self.http.loop)
        # The two objects discord.py hands the HTTP client to while it builds the client.
        self._connection.http = self.http
        self.tree._http = self.http
        self._webhooks = RoutedWebhookAdapter(endpoints)

    def use_endpoints(self) -> None:
        """Interactions handled from the current context on use this client's REST base; the
        tasks discord.py starts from here (the gateway's, the handlers') inherit it."""
        async_context.set(self._webhooks)

    async def login(self, token: str) -> None:
        self.use_endpoints()
        await super().login(token)

    async def connect(self, *, reconnect: bool = True) -> None:
        self.use_endpoints()
        await super().connect(reconnect=reconnect)

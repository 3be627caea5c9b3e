"""A round-robin HTTP load balancer on 127.0.0.1, as one runs in front of several bot processes
behind one webhook URL: each request goes to the next backend, unchanged; the backend's status
and body come back (502 when it cannot be reached, as a real balancer answers)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from types import TracebackType

from aiohttp import ClientError, ClientSession, ClientTimeout, web

# Hop-by-hop and recomputed headers are not forwarded.
SKIPPED = {"host", "content-length", "transfer-encoding", "connection", "keep-alive"}


class Balancer:
    def __init__(self, backends: Sequence[int], port: int = 0) -> None:
        self.backends = list(backends)
        self.port = port
        self.forwarded: list[int] = []  # the backend port of each request, in order
        self._next = itertools.cycle(self.backends)
        self._session: ClientSession | None = None
        self._runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def __aenter__(self) -> Balancer:
        self._session = ClientSession(timeout=ClientTimeout(total=30))
        app = web.Application(client_max_size=1 << 21)
        app.router.add_route("*", "/{path:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        server = site._server
        assert server is not None
        self.port = int(server.sockets[0].getsockname()[1])  # type: ignore[attr-defined]
        return self

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
        if self._session is not None:
            await self._session.close()

    async def _forward(self, request: web.Request) -> web.Response:
        assert self._session is not None
        port = next(self._next)
        self.forwarded.append(port)
        headers = {k: v for k, v in request.headers.items() if k.lower() not in SKIPPED}
        try:
            async with self._session.request(
                request.method,
                f"http://127.0.0.1:{port}{request.path_qs}",
                data=await request.read(),
                headers=headers,
            ) as response:
                body = await response.read()
                return web.Response(status=response.status, body=body)
        except (ClientError, TimeoutError):
            return web.Response(status=502, text="bad gateway")

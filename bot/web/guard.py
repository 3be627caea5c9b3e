"""A middleware that keeps malformed input a client error on every route.

aiohttp decodes headers and paths as UTF-8 with surrogateescape, so a value that is not UTF-8
reaches a handler as a string that cannot be encoded again: any UnicodeError a handler raises
was caused by the request, and is answered 400 (logged by type only, never by content).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def malformed_input_is_a_client_error(
    request: web.Request, handler: Handler
) -> web.StreamResponse:
    try:
        return await handler(request)
    except UnicodeError as error:
        log.info(
            "%s %s: undecodable input (%s)",
            request.method,
            request.rel_url.path[:64],
            type(error).__name__,
        )
        return web.Response(status=400, text="bad request")


def setup(app: web.Application) -> None:
    app.middlewares.append(malformed_input_is_a_client_error)

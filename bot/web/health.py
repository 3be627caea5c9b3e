"""``GET /healthz``: the process is up and its database answers."""

from __future__ import annotations

from aiohttp import web

from storage.db import Database

DATABASE_KEY = web.AppKey("database", Database)


async def healthz(request: web.Request) -> web.Response:
    try:
        await request.app[DATABASE_KEY].ping()
    except Exception:
        return web.json_response({"status": "unavailable"}, status=503)
    return web.json_response({"status": "ok"})


def setup(app: web.Application, database: Database) -> None:
    app[DATABASE_KEY] = database
    app.router.add_get("/healthz", healthz)

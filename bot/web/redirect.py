"""``GET /l/{code}``: the tracking-link redirect.

302 (never 301: a cached permanent redirect would stop counting) to the campaign's
destination with the click id added. Unknown codes, paused campaigns and destinations outside
the campaign's allowed domains get a 404 page: never an open redirect. Each human click is
counted once per visitor and window; link-preview bots are redirected but not counted.
"""

from __future__ import annotations

import hashlib
import hmac
import html
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from urllib.parse import quote, urlsplit, urlunsplit

from aiohttp import web

from bot.core.i18n import Translator, negotiate
from bot.core.inputs import on_domains, web_host
from bot.services.clicks import ClickRecorder, RepeatFilter, is_bot, visitor_hash
from storage.db import Database
from storage.redirects import Redirects, RedirectTarget

PATH = "/l/{code}"
CODE = re.compile(r"^[A-Za-z0-9]{4,16}$")
CACHE_TTL_S = 5.0
CACHE_SIZE = 50_000


def public_ref(salt: str, influencer_id: int) -> str:
    """A stable reference to the influencer for the shop, which does not reveal our ids."""
    return hmac.new(salt.encode(), str(influencer_id).encode(), hashlib.sha256).hexdigest()[:12]


def _allowed(url: str, domains: tuple[str, ...]) -> bool:
    """On an allowed domain, read as a browser would: nothing can smuggle another host."""
    host = web_host(url)
    return host is not None and on_domains(host, domains)


def _with_click_id(url: str) -> str:
    """Add a ``click_id`` parameter whose value is the ``{click_id}`` placeholder (left
    unencoded: it is replaced, url-quoted, on every click)."""
    parts = urlsplit(url)
    query = f"{parts.query}&" if parts.query else ""
    query += "click_id={click_id}"
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def prepare(target: RedirectTarget, ref: str) -> str | None:
    """The destination with everything but the click id filled in (``{click_id}`` stays), or
    None when it is not a place the campaign allows. Done once per cached link, not per click.
    """
    if target.destination:
        url = _with_click_id(target.destination)
        return url if _allowed(target.destination, target.allowed_domains) else None
    template = target.url_template
    url = template.replace("{code}", quote(target.code, safe="")).replace(
        "{ref}", quote(ref, safe="")
    )
    if "{click_id}" not in template:
        url = _with_click_id(url)
    check = url.replace("{click_id}", "x")
    host = web_host(check)
    if host is None or (target.allowed_domains and not on_domains(host, target.allowed_domains)):
        return None
    return url


class Redirector:
    """The route's state: the database, the click writer, a short cache of link targets."""

    def __init__(
        self,
        database: Database,
        recorder: ClickRecorder,
        translator: Translator,
        salt: str,
        *,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        repeats: RepeatFilter | None = None,
    ) -> None:
        self.database = database
        self.recorder = recorder
        self.translator = translator
        self.salt = salt
        self.clock = clock
        self.repeats = repeats or RepeatFilter()
        self._cache: dict[str, tuple[float, RedirectTarget | None, str | None]] = {}

    async def _target(self, code: str) -> tuple[RedirectTarget | None, str | None]:
        """A link's target and prepared destination; cached a few seconds, so pausing a
        campaign takes effect within 5 s."""
        now = time.monotonic()
        cached = self._cache.get(code)
        if cached is not None and cached[0] > now:
            return cached[1], cached[2]
        async with self.database.read() as session:
            target = await Redirects(session).target(code)
        prepared = prepare(target, public_ref(self.salt, target.influencer_id)) if target else None
        if len(self._cache) >= CACHE_SIZE:
            self._cache.clear()
        self._cache[code] = (now + CACHE_TTL_S, target, prepared)
        return target, prepared

    def _not_found(self, request: web.Request) -> web.Response:
        language = request.headers.get("Accept-Language", "").split(",")[0].split(";")[0]
        locale = negotiate(language.strip()) or "en"
        title = html.escape(self.translator.render(locale, "redirect-not-found-title"))
        body = html.escape(self.translator.render(locale, "redirect-not-found"))
        page = (
            f'<!doctype html><html lang="{locale}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width"><title>{title}</title></head>'
            f"<body><h1>{title}</h1><p>{body}</p></body></html>"
        )
        return web.Response(
            status=404,
            text=page,
            content_type="text/html",
            headers={"Cache-Control": "no-store"},
        )

    async def handle(self, request: web.Request) -> web.Response:
        code = request.match_info["code"]
        target, prepared = await self._target(code) if CODE.fullmatch(code) else (None, None)
        now = self.clock()
        if target is None or prepared is None or not target.live(now):
            return self._not_found(request)
        agent = request.headers.get("User-Agent", "")
        counted = not is_bot(agent)
        visitor = visitor_hash(self.salt, request.remote or "", agent) if counted else ""
        click_id = self.repeats.recent(target.link_id, visitor) if counted else None
        repeat = click_id is not None
        click_id = click_id or secrets.token_urlsafe(12)
        location = prepared.replace("{click_id}", quote(click_id, safe=""))
        if counted and not repeat:
            self.repeats.remember(target.link_id, visitor, click_id)
            self.recorder.record(target.link_id, now, visitor, click_id)
        return web.Response(
            status=302,
            headers={
                "Location": location,
                "Cache-Control": "no-store",
                "Referrer-Policy": "no-referrer",
            },
        )


def setup(app: web.Application, redirector: Redirector) -> None:
    handler: Callable[[web.Request], Awaitable[web.Response]] = redirector.handle
    app.router.add_get(PATH, handler)

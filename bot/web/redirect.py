"""``GET /l/{code}``: the tracking-link redirect.

302 (never 301: a cached permanent redirect would stop counting) to the campaign's
destination with the click id added. Unknown codes, paused campaigns and destinations outside
the campaign's allowed domains get a 404 page: never an open redirect. Each human click is
counted once per visitor and window; link-preview bots are redirected but not counted.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import html
import logging
import re
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from aiohttp import web

from bot.core.i18n import Translator, negotiate
from bot.core.inputs import on_domains, web_host
from bot.services.clicks import (
    ClickRecorder,
    RepeatFilter,
    is_bot,
    new_click_id,
    visitor_hash,
)
from storage.db import Database
from storage.redirects import Redirects, RedirectTarget

log = logging.getLogger(__name__)

PATH = "/l/{code}"
CODE = re.compile(r"^[A-Za-z0-9]{4,16}$")
CACHE_TTL_S = 5.0
REFRESH_AFTER_S = 4.0  # served while looked up again in the background, until CACHE_TTL_S
REFRESH_GATHER_S = 0.05  # codes due for a refresh within this are looked up together
CACHE_SIZE = 50_000
LOOKUP_BATCH = 500  # codes per query (well under SQLite's limit of bound parameters)

Cached = tuple[RedirectTarget | None, str | None]


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


def _fill(template: str, code: str, ref: str) -> str:
    """The template with the link's code and the influencer's reference (``{click_id}`` stays)."""
    return template.replace("{code}", quote(code, safe="")).replace("{ref}", quote(ref, safe=""))


def _tracked(url: str) -> str:
    return url if "{click_id}" in url else _with_click_id(url)


def _name(pair: str) -> str:
    return unquote(pair.partition("=")[0])


def _with_attribution(page: str, template: str) -> str:
    """The product page carrying the campaign URL's query parameters (aff, sub, click id...),
    which replace any of the same name on the page: a pasted page cannot credit someone else.
    The template's parameters are kept as the campaign wrote them (already encoded)."""
    ours = [pair for pair in urlsplit(template).query.split("&") if pair]
    names = {_name(pair) for pair in ours}
    parts = urlsplit(page)
    theirs = [p for p in parts.query.split("&") if p and _name(p) not in names]
    query = "&".join([*theirs, *ours])
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _checked(url: str, domains: tuple[str, ...]) -> str | None:
    host = web_host(url.replace("{click_id}", "x"))
    if host is None or (domains and not on_domains(host, domains)):
        return None
    return url


def prepare(target: RedirectTarget, ref: str) -> str | None:
    """The destination with everything but the click id filled in (``{click_id}`` stays), or
    None when it is not a place the campaign allows. Done once per cached link, not per click.

    Every link carries the campaign's attribution: a product page goes through the campaign's
    deep link (``{url}`` is the page) when it has one, else gets the query parameters of the
    campaign URL; so the shop credits the influencer whichever way the link was made.
    """
    domains = target.allowed_domains
    if target.destination:
        if not _allowed(target.destination, domains):
            return None
        if target.deeplink_template:
            page = quote(target.destination, safe="")
            url = _fill(target.deeplink_template, target.code, ref).replace("{url}", page)
            return _checked(_tracked(url), domains)
        url = _with_attribution(target.destination, _fill(target.url_template, target.code, ref))
        return _checked(_tracked(url), domains)
    return _checked(_tracked(_fill(target.url_template, target.code, ref)), domains)


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
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.database = database
        self.recorder = recorder
        self.translator = translator
        self.salt = salt
        self.clock = clock
        self.repeats = repeats or RepeatFilter()
        self.monotonic = monotonic  # the cache's clock
        # code -> (refresh after, expires, target, prepared URL), in time.monotonic()
        self._cache: dict[str, tuple[float, float, RedirectTarget | None, str | None]] = {}
        self._pending: dict[str, asyncio.Future[Cached]] = {}
        self._loader: asyncio.Task[None] | None = None
        self._stale: set[str] = set()
        self._refresher: asyncio.Task[None] | None = None
        self._refs: dict[int, str] = {}  # influencer id -> public_ref (an HMAC each)

    async def _target(self, code: str) -> Cached:
        """A link's target and prepared destination; cached at most 5 s, so pausing a
        campaign takes effect within 5 s.

        A lookup costs far more than a redirect (a transaction, the query, preparing the
        URL), so requests rarely wait for one: an entry past ``REFRESH_AFTER_S`` is still
        served while it is looked up again in the background, together with every other code
        due within ``REFRESH_GATHER_S``; only codes not cached (or past 5 s) wait, and those
        missed meanwhile are looked up together (one query for all, one lookup for many
        requests of the same code).
        """
        cached = self._cache.get(code)
        if cached is not None:
            now = self.monotonic()
            if cached[1] > now:
                if cached[0] <= now:
                    self._due(code)
                return cached[2], cached[3]
        waiting = self._pending.get(code)
        if waiting is None:
            waiting = asyncio.get_running_loop().create_future()
            self._pending[code] = waiting
            if self._loader is None:
                self._loader = asyncio.create_task(self._load())
        # Shielded: a cancelled request must not cancel the lookup others wait for.
        return await asyncio.shield(waiting)

    def _due(self, code: str) -> None:
        """A cached code past ``REFRESH_AFTER_S``: looked up again in the background."""
        if code not in self._stale:
            self._stale.add(code)
            if self._refresher is None:
                self._refresher = asyncio.create_task(self._refresh())

    async def _lookup(self, codes: list[str]) -> dict[str, Cached]:
        """Look codes up and cache them (a target unchanged keeps its prepared URL)."""
        async with self.database.read() as session:
            found = await Redirects(session).targets(codes)
        now = self.monotonic()
        if len(self._cache) + len(codes) > CACHE_SIZE:
            self._cache.clear()
            self._refs.clear()
        looked_up: dict[str, Cached] = {}
        for code in codes:
            target = found.get(code)
            before = self._cache.get(code)
            if before is not None and before[2] == target:
                prepared = before[3]
            elif target is not None:
                ref = self._refs.get(target.influencer_id)
                if ref is None:
                    ref = self._refs[target.influencer_id] = public_ref(
                        self.salt, target.influencer_id
                    )
                prepared = prepare(target, ref)
            else:
                prepared = None
            self._cache[code] = (now + REFRESH_AFTER_S, now + CACHE_TTL_S, target, prepared)
            looked_up[code] = (target, prepared)
        return looked_up

    async def _load(self) -> None:
        """Look up the codes requests wait for, a batch at a time, until none is left."""
        try:
            while self._pending:
                codes = list(self._pending)[:LOOKUP_BATCH]
                batch = {code: self._pending.pop(code) for code in codes}
                try:
                    found = await self._lookup(codes)
                except Exception as error:
                    for waiting in batch.values():
                        if not waiting.done():
                            waiting.set_exception(error)
                    continue
                for code, waiting in batch.items():
                    if not waiting.done():
                        waiting.set_result(found[code])
        finally:
            self._loader = None

    async def _refresh(self) -> None:
        """Look up again, in the background, the cached codes due for it."""
        try:
            await asyncio.sleep(REFRESH_GATHER_S)
            while self._stale:
                codes = list(self._stale)[:LOOKUP_BATCH]
                self._stale.difference_update(codes)
                try:
                    await self._lookup(codes)
                except Exception:
                    # The entries expire as usual; requests then wait for a lookup of their own.
                    log.exception("link targets could not be refreshed")
        finally:
            self._refresher = None

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
        # A cache hit is answered without awaiting anything (``_target``'s first branch,
        # inline: a coroutine per request cost more than the lookup in the dict). Only codes
        # that passed CODE are ever cached, so the check is needed on a miss only.
        cached = self._cache.get(code)
        if cached is not None and cached[1] > (moment := self.monotonic()):
            if cached[0] <= moment:
                self._due(code)
            target, prepared = cached[2], cached[3]
        elif CODE.fullmatch(code):
            target, prepared = await self._target(code)
        else:
            target, prepared = None, None
        now = self.clock()
        if target is None or prepared is None or not target.live(now):
            return self._not_found(request)
        agent = request.headers.get("User-Agent", "")
        counted = not is_bot(agent)
        visitor = visitor_hash(self.salt, request.remote or "", agent) if counted else ""
        click_id = self.repeats.recent(target.link_id, visitor) if counted else None
        repeat = click_id is not None
        click_id = click_id or new_click_id()
        location = prepared.replace("{click_id}", click_id)  # URL-safe as it is
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

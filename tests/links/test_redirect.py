"""The tracking-link redirect over real HTTP on 127.0.0.1: 302s, counting, no open redirect."""

from __future__ import annotations

import asyncio
import multiprocessing
import random
import re
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from multiprocessing.connection import Connection
from urllib.parse import parse_qs, urlsplit

import aiohttp
import pytest
from aiohttp import web
from sqlalchemy import event, func, select, text, update

from bot.core.i18n import Translator
from bot.services import clicks
from bot.services.clicks import ClickRecorder, RepeatFilter
from bot.web import redirect
from storage.db import Database
from storage.models import Campaign, Click, DailyClicks
from storage.redirects import NewClick, Redirects
from tests.money import assert_kept_figures, make_campaign, make_influencer, make_link

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
HUMAN = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile"
BOTS = [
    "TelegramBot (like TwitterBot)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Twitterbot/1.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "WhatsApp/2.23.20.0",
    "",
]


@dataclass
class Site:
    base: str
    recorder: ClickRecorder
    database: Database


ALIEXPRESS = "https://www.aliexpress.com/sale?aff={ref}&sub={code}&cid={click_id}"


async def influencer(database: Database, external_id: str, status: str = "approved") -> int:
    return await make_influencer(database, external_id, status=status)


async def campaign(database: Database, name: str = "winter") -> int:
    created = await make_campaign(
        database,
        name=name,
        url_template=ALIEXPRESS,
        allowed_domains=("aliexpress.com",),
        starts_at=NOW - timedelta(days=1),
    )
    return created.id


async def link(
    database: Database,
    code: str,
    influencer_id: int,
    campaign_id: int,
    destination: str | None = None,
) -> None:
    await make_link(database, influencer_id, campaign_id, code, destination)


async def count_clicks(database: Database) -> int:
    async with database.read() as session:
        return int(await session.scalar(select(func.count()).select_from(Click)) or 0)


@pytest.fixture
async def site(database: Database, translator: Translator) -> AsyncIterator[Site]:
    recorder = ClickRecorder(database, interval=0.05)
    recorder.start()
    redirector = redirect.Redirector(database, recorder, translator, "test-salt", clock=lambda: NOW)
    app = web.Application()
    redirect.setup(app, redirector)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield Site(f"http://127.0.0.1:{port}", recorder, database)
    finally:
        await runner.cleanup()
        await recorder.close()


async def get(url: str, agent: str = HUMAN, language: str = "en") -> aiohttp.ClientResponse:
    async with (
        aiohttp.ClientSession() as session,
        session.get(
            url, allow_redirects=False, headers={"User-Agent": agent, "Accept-Language": language}
        ) as response,
    ):
        await response.read()
        return response


async def test_a_human_click_is_redirected_and_counted_once(site: Site, database: Database) -> None:
    await link(database, "K7pQ2xMz", await influencer(database, "1"), await campaign(database))
    first = await get(f"{site.base}/l/K7pQ2xMz")
    assert first.status == 302
    location = urlsplit(first.headers["Location"])
    assert location.hostname == "www.aliexpress.com"
    query = parse_qs(location.query)
    assert query["sub"] == ["K7pQ2xMz"]
    assert len(query["aff"][0]) == 12  # a public reference, not our id
    again = await get(f"{site.base}/l/K7pQ2xMz")
    assert again.status == 302
    assert parse_qs(urlsplit(again.headers["Location"]).query)["cid"] == query["cid"]
    await site.recorder.flush()
    assert await count_clicks(database) == 1
    async with database.read() as session:
        (click,) = (await session.scalars(select(Click))).all()
    assert click.click_id == query["cid"][0]
    assert "127.0.0.1" not in click.visitor_hash


async def test_link_preview_bots_are_redirected_not_counted(site: Site, database: Database) -> None:
    await link(database, "Bots2345", await influencer(database, "2"), await campaign(database))
    for agent in BOTS:
        response = await get(f"{site.base}/l/Bots2345", agent)
        assert response.status == 302, agent
    await site.recorder.flush()
    assert await count_clicks(database) == 0


@pytest.mark.parametrize(
    ("language", "locale"), [("pl-PL,pl;q=0.9", "pl"), ("ru", "ru"), ("de", "en")]
)
async def test_unknown_code_is_a_localised_404(
    site: Site, translator: Translator, language: str, locale: str
) -> None:
    response = await get(f"{site.base}/l/NoSuchCode", language=language)
    assert response.status == 404
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{site.base}/l/NoSuchCode", headers={"Accept-Language": language}) as page,
    ):
        text = await page.text()
    assert translator.render(locale, "redirect-not-found-title") in text


async def test_paused_campaign_suspended_influencer_and_foreign_domain_get_404(
    site: Site, database: Database
) -> None:
    paused = await campaign(database, "paused")
    await link(database, "Paus2345", await influencer(database, "3"), paused)
    async with database.transaction() as session:
        await session.execute(update(Campaign).where(Campaign.id == paused).values(active=False))
    await link(
        database,
        "Susp2345",
        await influencer(database, "4", status="suspended"),
        await campaign(database, "other"),
    )
    live = await campaign(database, "live")
    await link(
        database,
        "Evil2345",
        await influencer(database, "5"),
        live,
        destination="https://evil.example.com/x",
    )
    await link(
        database,
        "Good2345",
        await influencer(database, "6"),
        live,
        destination="https://m.aliexpress.com/item/1.html?x=1",
    )
    for code in ("Paus2345", "Susp2345", "Evil2345"):
        response = await get(f"{site.base}/l/{code}")
        assert response.status == 404, code
    good = await get(f"{site.base}/l/Good2345")
    assert good.status == 302
    location = good.headers["Location"]
    assert location.startswith("https://m.aliexpress.com/item/1.html?x=1&aff=")
    click_id = parse_qs(urlsplit(location).query)["cid"][0]
    await site.recorder.flush()
    async with database.read() as session:
        stored = (await session.scalars(select(Click.click_id))).all()
    assert click_id in stored, "the shop gets the very click id we recorded"
    await link(
        database,
        "Slash234",
        await influencer(database, "9"),
        live,
        destination="https://evil.example.com\\.aliexpress.com/",
    )
    assert (await get(f"{site.base}/l/Slash234")).status == 404


async def test_clicks_buffered_at_shutdown_are_all_stored(
    database: Database, translator: Translator
) -> None:
    await link(database, "Many2345", await influencer(database, "7"), await campaign(database))
    recorder = ClickRecorder(database, interval=60)  # nothing is written until close
    recorder.start()
    redirector = redirect.Redirector(
        database, recorder, translator, "salt", clock=lambda: NOW, repeats=RepeatFilter()
    )
    app = web.Application()
    redirect.setup(app, redirector)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    async with aiohttp.ClientSession() as session:
        for n in range(300):
            async with session.get(
                f"{base}/l/Many2345", allow_redirects=False, headers={"User-Agent": f"{HUMAN} #{n}"}
            ) as response:
                assert response.status == 302
    assert await count_clicks(database) == 0
    await runner.cleanup()
    await recorder.close()
    assert await count_clicks(database) == 300


async def test_the_web_app_serves_redirects_and_stores_clicks_on_shutdown(
    database: Database, translator: Translator, settings: object
) -> None:
    """``python -m bot web`` in-process: the redirect route, /healthz, and a clean stop."""
    from bot.app import App
    from bot.core.engine import Engine
    from bot.runtime import Runtime
    from bot.settings import Settings
    from handlers import build_router

    assert isinstance(settings, Settings)
    configured = settings.model_copy(update={"web_port": 0})
    engine = Engine(
        database=database,
        translator=translator,
        router=build_router(),
        settings=configured,
        clock=lambda: NOW,
    )
    runtime = Runtime(configured, App(configured, database, translator, engine), web_only=True)
    await link(database, "Web23456", await influencer(database, "8"), await campaign(database))
    await runtime.start()
    try:
        base = f"http://127.0.0.1:{runtime.web_port}"
        health = await get(f"{base}/healthz")
        assert health.status == 200
        for n in range(5):
            response = await get(f"{base}/l/Web23456", agent=f"{HUMAN} #{n}")
            assert response.status == 302
    finally:
        await runtime.stop()
    database_after = Database(database.url)
    try:
        assert await count_clicks(database_after) == 5
    finally:
        await database_after.dispose()


async def test_a_product_page_carries_the_campaigns_attribution(
    site: Site, database: Database
) -> None:
    """Issue 11 item 10: a pasted product page keeps the affiliate parameters (aff, sub), and a
    page pasted with someone else's ``aff`` cannot credit them."""
    live = await campaign(database, "live")
    who = await influencer(database, "7")
    await link(database, "Prod2345", who, live, "https://m.aliexpress.com/item/1.html?x=1")
    await link(database, "Thef2345", who, live, "https://aliexpress.com/item/2.html?aff=thief")
    ref = redirect.public_ref("test-salt", who)
    for code, path, extra in (
        ("Prod2345", "/item/1.html", {"x": ["1"]}),
        ("Thef2345", "/item/2.html", {}),
    ):
        response = await get(f"{site.base}/l/{code}")
        assert response.status == 302
        location = urlsplit(response.headers["Location"])
        query = parse_qs(location.query)
        assert location.path == path
        assert query["aff"] == [ref]
        assert query["sub"] == [code]
        assert len(query["cid"][0]) >= 16
        assert {k: v for k, v in query.items() if k not in ("aff", "sub", "cid")} == extra


async def test_a_deeplink_campaign_wraps_the_product_page(site: Site, database: Database) -> None:
    created = await make_campaign(
        database,
        name="deep",
        url_template=ALIEXPRESS,
        allowed_domains=("aliexpress.com",),
        starts_at=NOW - timedelta(days=1),
    )
    async with database.transaction() as session:
        await session.execute(
            update(Campaign)
            .where(Campaign.id == created.id)
            .values(
                deeplink_template="https://s.click.aliexpress.com/deep"
                "?aff={ref}&sub={code}&cid={click_id}&dl={url}"
            )
        )
    who = await influencer(database, "8")
    page = "https://www.aliexpress.com/item/3.html?sku=1&color=red"
    await link(database, "Deep2345", who, created.id, page)
    await link(database, "Camp2345", who, created.id)  # no product: the campaign URL
    response = await get(f"{site.base}/l/Deep2345")
    location = urlsplit(response.headers["Location"])
    assert (location.netloc, location.path) == ("s.click.aliexpress.com", "/deep")
    query = parse_qs(location.query)
    assert query["dl"] == [page]
    assert query["aff"] == [redirect.public_ref("test-salt", who)]
    assert query["sub"] == ["Deep2345"]
    await site.recorder.flush()
    async with database.read() as session:
        assert query["cid"][0] in (await session.scalars(select(Click.click_id))).all()
    plain = urlsplit((await get(f"{site.base}/l/Camp2345")).headers["Location"])
    assert (plain.netloc, plain.path) == ("www.aliexpress.com", "/sale")


# -- the fast paths: the same answers, rows and counts as the straightforward code -----------

BROWSERS = [
    HUMAN,
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0",
]


def test_the_cached_bot_verdict_is_the_patterns_own() -> None:
    """The scan of the lowered agent answers as the case-insensitive pattern, asked twice
    (the second answer from the cache), for bots in any letter case, a standalone "bot",
    browsers (Telegram's in-app one too), non-ASCII, an empty agent and one too long to be
    cached."""
    agents = [
        *BOTS,
        *BROWSERS,
        "TELEGRAMBOT (like twitterbot)",
        "mozilla/5.0 (compatible; discordBOT/2.0)",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 HeadlessChrome/131.0",
        "Mozilla/5.0 (compatible; Bot)",
        "Robot/1.0",
        "Abbott Labs Browser 1.0",
        "Mozilla/5.0 (compatible; ſpider)",
        "Mozilla/5.0 (Linux; Android 10; K) Chrome/131.0 Mobile Safari Telegram-Android/11.5",
        "   ",
        "Mozilla/5.0 " + "x" * 2000,
        "Mozilla/5.0 " + "x" * 2000 + " bot/1.0",
    ]
    for agent in agents:
        expected = clicks._bot_by_pattern(agent)
        assert clicks.is_bot(agent) is expected, agent
        assert clicks.is_bot(agent) is expected, agent
    assert not clicks.is_bot(HUMAN)
    assert clicks.is_bot("TELEGRAMBOT (like twitterbot)")


async def test_bots_asked_again_are_still_not_counted(site: Site, database: Database) -> None:
    await link(database, "Again234", await influencer(database, "31"), await campaign(database))
    for _ in range(3):
        for agent in [*BOTS, "TELEGRAMBOT (LIKE TWITTERBOT)"]:
            assert (await get(f"{site.base}/l/Again234", agent)).status == 302
    await site.recorder.flush()
    assert await count_clicks(database) == 0


def _without_click_id(location: str) -> str:
    return location.split("&cid=")[0]


async def test_misses_looked_up_together_redirect_as_one_at_a_time(
    database: Database, translator: Translator
) -> None:
    """A cold cache and many codes at once (live, paused, unknown): each answer is the one
    a lone request gets, and the codes missed together cost one query."""
    live = await campaign(database, "live")
    paused = await campaign(database, "paused")
    async with database.transaction() as session:
        await session.execute(update(Campaign).where(Campaign.id == paused).values(active=False))
    someone = await influencer(database, "32")
    for n in range(12):
        await link(database, f"Live{n:04d}", someone, live)
        await link(database, f"Gone{n:04d}", someone, paused)
    codes = [f"{kind}{n:04d}" for n in range(12) for kind in ("Live", "Gone", "None")]
    recorder = ClickRecorder(database)
    alone = redirect.Redirector(database, recorder, translator, "salt", clock=lambda: NOW)
    expected = {code: await alone._target(code) for code in codes}
    together = redirect.Redirector(database, recorder, translator, "salt", clock=lambda: NOW)
    statements: list[str] = []

    def seen(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        statements.append(statement)

    event.listen(database.engine.sync_engine, "before_cursor_execute", seen)
    try:
        found = await asyncio.gather(*(together._target(code) for code in codes * 2))
    finally:
        event.remove(database.engine.sync_engine, "before_cursor_execute", seen)
    assert dict(zip(codes * 2, found, strict=True)) == expected
    assert len([s for s in statements if "FROM links" in s]) == 1
    assert sum(target is not None for target, _ in found) == 48  # live and paused, twice

    app = web.Application()
    redirect.setup(app, together)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        answers = await asyncio.gather(*(get(f"{base}/l/{code}") for code in codes))
    finally:
        await runner.cleanup()
    for code, response in zip(codes, answers, strict=True):
        assert response.status == (302 if code.startswith("Live") else 404), code
        if code.startswith("Live"):
            _, prepared = expected[code]
            assert prepared is not None
            assert _without_click_id(response.headers["Location"]) == _without_click_id(prepared)
    await recorder.flush()
    assert await count_clicks(database) == 12


async def test_one_visitor_on_a_cold_cache_is_counted_once(site: Site, database: Database) -> None:
    await link(database, "Cold2345", await influencer(database, "33"), await campaign(database))
    answers = await asyncio.gather(*(get(f"{site.base}/l/Cold2345") for _ in range(10)))
    assert {r.status for r in answers} == {302}
    assert len({parse_qs(urlsplit(r.headers["Location"]).query)["cid"][0] for r in answers}) == 1
    await site.recorder.close()
    assert await count_clicks(database) == 1


async def test_the_writer_thread_stores_the_rows_recorded_once_each(database: Database) -> None:
    """More than a batch, written by the writer thread while the app's loop flushes too: each
    click stored once, exactly as recorded."""
    target = await make_link(
        database, await influencer(database, "34"), await campaign(database), "Rows2345"
    )
    recorder = ClickRecorder(database, max_batch=100, interval=0.01)
    recorder.start()
    recorded = [
        (target.id, NOW + timedelta(microseconds=n * 1001), f"visitor{n:04d}", f"click{n:04d}")
        for n in range(1200)
    ]
    for n, row in enumerate(recorded):
        recorder.record(*row)
        if n == 600:
            await recorder.flush()  # on this loop, racing the thread for the same deque
    for _ in range(500):  # the thread writes them without being asked to close
        if await count_clicks(database) == len(recorded):
            break
        await asyncio.sleep(0.01)
    await recorder.close()
    async with database.read() as session:
        rows = (
            await session.execute(
                select(Click.link_id, Click.clicked_at, Click.visitor_hash, Click.click_id)
            )
        ).all()
    assert sorted((r[0], r[1].astimezone(UTC), r[2], r[3]) for r in rows) == recorded
    assert recorder.stored == recorder.recorded == len(recorded)


async def test_no_click_lost_across_a_restart_of_the_recorder(database: Database) -> None:
    target = await make_link(
        database, await influencer(database, "35"), await campaign(database), "Again345"
    )
    for run in range(3):
        recorder = ClickRecorder(database, interval=60)  # nothing written until close
        recorder.start()
        for n in range(150):
            recorder.record(target.id, NOW, f"visitor{run}-{n}", f"click{run}-{n}")
        await recorder.close()
        assert await count_clicks(database) == 150 * (run + 1)


async def test_a_paused_campaign_stops_redirecting_within_5_s_with_refresh_ahead(
    database: Database, translator: Translator
) -> None:
    """Served from the cache while refreshed in the background after 4 s, so a pause shows
    after the refresh; and never later than 5 s, refreshed or not."""
    campaign_id = await campaign(database)
    await link(database, "Paus2345", await influencer(database, "36"), campaign_id)
    await link(database, "Paus3456", await influencer(database, "37"), campaign_id)
    now = [100.0]
    recorder = ClickRecorder(database)
    redirector = redirect.Redirector(
        database, recorder, translator, "salt", clock=lambda: NOW, monotonic=lambda: now[0]
    )
    app = web.Application()
    redirect.setup(app, redirector)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    try:
        assert (await get(f"{base}/l/Paus2345")).status == 302
        assert (await get(f"{base}/l/Paus3456")).status == 302
        async with database.transaction() as session:
            await session.execute(
                update(Campaign).where(Campaign.id == campaign_id).values(active=False)
            )
        now[0] += 3.0
        assert (await get(f"{base}/l/Paus2345")).status == 302  # fresh: from the cache
        now[0] += 1.5
        assert (await get(f"{base}/l/Paus2345")).status == 302  # due: served, refreshed
        for _ in range(200):
            if redirector._refresher is None:
                break
            await asyncio.sleep(0.01)
        assert (await get(f"{base}/l/Paus2345")).status == 404
        now[0] += 1.0  # the other code, past 5 s, waits for its own lookup
        assert (await get(f"{base}/l/Paus3456")).status == 404
    finally:
        await runner.cleanup()
        await recorder.close()
    assert await count_clicks(database) == 2


def _child_click_id(out: Connection) -> None:
    out.send(clicks.new_click_id())


def test_click_ids_are_unique_url_safe_and_never_a_forked_parents() -> None:
    """Drawn from a pool of random bytes: each id is new, URL-safe as it is, and a child
    process forked with a pool full does not hand out the ids its parent will."""
    ids = [clicks.new_click_id() for _ in range(3000)]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"[A-Za-z0-9_-]{16}", click_id) for click_id in ids)
    context = multiprocessing.get_context("fork")
    ours, theirs = context.Pipe()
    child = context.Process(target=_child_click_id, args=(theirs,))
    child.start()
    from_child = ours.recv()
    child.join(10)
    assert from_child != clicks.new_click_id()


async def test_clicks_are_counted_per_utc_day_with_their_batch(database: Database) -> None:
    """The figures per day that the console reads move with each batch the writer thread
    stores, in the same transaction: a batch across midnight counts on both days."""
    target = await make_link(
        database, await influencer(database, "36"), await campaign(database), "Days2345"
    )
    midnight = datetime(2026, 11, 26, tzinfo=UTC)
    recorder = ClickRecorder(database, max_batch=50, interval=0.01)
    recorder.start()
    for n in range(120):
        recorder.record(target.id, midnight + timedelta(seconds=n - 70), f"v{n}", f"day{n:03d}")
    await recorder.close()
    async with database.read() as session:
        days = {r.day: r.clicks for r in await session.scalars(select(DailyClicks))}
    assert days == {midnight.date() - timedelta(days=1): 70, midnight.date(): 50}
    await assert_kept_figures(database)


class _RepeatsAsBefore:
    """The repeat filter as it was written first (every question dropped the expired
    entries): the definition the faster one must answer as."""

    def __init__(self, window: float, capacity: int, clock: Callable[[], float]) -> None:
        self.window, self.capacity, self.clock = window, capacity, clock
        self._seen: OrderedDict[tuple[int, str], tuple[float, str]] = OrderedDict()

    def recent(self, link_id: int, visitor: str) -> str | None:
        now = self.clock()
        while self._seen and next(iter(self._seen.values()))[0] <= now - self.window:
            self._seen.popitem(last=False)
        found = self._seen.get((link_id, visitor))
        return found[1] if found is not None else None

    def remember(self, link_id: int, visitor: str, click_id: str) -> None:
        while len(self._seen) >= self.capacity:
            self._seen.popitem(last=False)
        self._seen[(link_id, visitor)] = (self.clock(), click_id)


def test_the_repeat_filter_answers_as_its_definition() -> None:
    """Random visits as the redirect makes them (ask; remember when not a repeat) with time
    moving in small and large steps, past the window and past the capacity: every answer
    is the one the first implementation gives."""
    rng = random.Random(17)
    now = [1000.0]
    ours = RepeatFilter(window=30.0, capacity=50, clock=lambda: now[0])
    reference = _RepeatsAsBefore(30.0, 50, lambda: now[0])
    answers: list[str | None] = []
    for n in range(20_000):
        now[0] += rng.choice((0.0,) * 40 + (0.01,) * 40 + (0.5, 3.0, 29.99, 30.0, 31.0))
        key = (rng.randrange(6), f"visitor{rng.randrange(20)}")
        expected = reference.recent(*key)
        assert ours.recent(*key) == expected, n
        answers.append(expected)
        if expected is None:
            ours.remember(*key, f"click{n}")
            reference.remember(*key, f"click{n}")
    assert sum(a is None for a in answers) > 1000 and sum(a is not None for a in answers) > 1000


async def test_answers_from_the_cache_are_those_of_a_lookup(
    database: Database, translator: Translator
) -> None:
    """The same requests answered on a cold cache and then from it (the path that awaits
    nothing): same statuses, same destinations, same headers; a malformed code is never
    cached, an unknown one is (as "no target")."""
    campaign_id = await campaign(database)
    await link(database, "Hits2345", await influencer(database, "38"), campaign_id)
    now = [100.0]
    recorder = ClickRecorder(database)
    redirector = redirect.Redirector(
        database, recorder, translator, "salt", clock=lambda: NOW, monotonic=lambda: now[0]
    )
    app = web.Application()
    redirect.setup(app, redirector)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{runner.addresses[0][1]}"
    paths = ["Hits2345", "Unknown234", "bad-code", "ab", "x" * 17]

    async def answers() -> list[tuple[int, str, str | None, str | None]]:
        found: list[tuple[int, str, str | None, str | None]] = []
        for path in paths:
            response = await get(f"{base}/l/{path}", agent=f"{HUMAN} {len(found)}")
            found.append(
                (
                    response.status,
                    _without_click_id(response.headers.get("Location", "")),
                    response.headers.get("Cache-Control"),
                    response.headers.get("Referrer-Policy"),
                )
            )
        return found

    try:
        cold = await answers()
        assert set(redirector._cache) == {"Hits2345", "Unknown234"}
        now[0] += 1.0
        warm = await answers()
        now[0] += 3.5  # due for a refresh: still answered from the cache
        due = await answers()
    finally:
        await runner.cleanup()
    assert cold == warm == due
    assert [status for status, *_ in cold] == [302, 404, 404, 404, 404]
    assert cold[0][1:] == (
        _without_click_id(redirector._cache["Hits2345"][3] or ""),
        "no-store",
        "no-referrer",
    )
    await recorder.close()
    assert await count_clicks(database) == 1  # one visitor (the first agent), once


async def test_clicks_stored_by_the_fast_insert_read_back_as_the_orm_writes_them(
    database: Database,
) -> None:
    """SQLite gets the batch's times formatted by hand: the stored text is the one
    SQLAlchemy writes for the same time, for times in any zone and with no microseconds."""
    target = await make_link(
        database, await influencer(database, "39"), await campaign(database), "Time2345"
    )
    paris = timezone(timedelta(hours=1))
    times = [
        NOW,
        NOW.replace(microsecond=7),
        datetime(2026, 3, 29, 2, 30, 0, 999_999, tzinfo=paris),
        datetime(2027, 1, 1, 0, 0, tzinfo=paris),
    ]
    async with database.transaction() as session:
        await Redirects(session).add_clicks(
            [NewClick(target.id, at, f"v{n}", f"fast{n}") for n, at in enumerate(times)]
        )
        for n, at in enumerate(times):
            session.add(
                Click(link_id=target.id, clicked_at=at, visitor_hash="v", click_id=f"orm{n}")
            )
    async with database.read() as session:
        rows: dict[str, datetime] = {
            click_id: at
            for click_id, at in await session.execute(select(Click.click_id, Click.clicked_at))
        }
        if database.is_sqlite:
            stored: dict[str, str] = dict(
                (await session.execute(text("SELECT click_id, clicked_at FROM clicks"))).all()
            )
            for n in range(len(times)):
                assert stored[f"fast{n}"] == stored[f"orm{n}"]
    for n, at in enumerate(times):
        assert rows[f"fast{n}"] == rows[f"orm{n}"]
        assert rows[f"fast{n}"].astimezone(UTC) == at


async def test_each_link_carries_its_own_influencers_reference(
    site: Site, database: Database
) -> None:
    """References are computed once per influencer and kept: links of several influencers,
    looked up together and one at a time, each carry their own influencer's."""
    campaign_id = await campaign(database)
    first, second = await influencer(database, "40"), await influencer(database, "41")
    owners = {"Refs2345": first, "Refs3456": second, "Refs4567": first, "Refs5678": second}
    for code, owner in owners.items():
        await link(database, code, owner, campaign_id)
    together = await asyncio.gather(*(get(f"{site.base}/l/{code}") for code in owners))
    again = [await get(f"{site.base}/l/{code}", agent=f"{HUMAN} 2") for code in owners]
    for (code, owner), response in zip([*owners.items()] * 2, together + again, strict=True):
        query = parse_qs(urlsplit(response.headers["Location"]).query)
        assert query["aff"] == [redirect.public_ref("test-salt", owner)], code
        assert query["sub"] == [code]


async def test_a_flush_from_the_app_waits_for_the_batch_the_writer_thread_holds(
    database: Database,
) -> None:
    """A click the writer thread has taken but not stored yet (the table is locked) is
    stored when the app's flush returns: flush means "in the database"."""
    target = await make_link(
        database, await influencer(database, "42"), await campaign(database), "Wait2345"
    )
    recorder = ClickRecorder(database, interval=0.01)
    recorder.start()
    try:
        async with database.transaction() as session:
            if database.is_sqlite:  # BEGIN IMMEDIATE: this transaction holds the write lock
                await session.execute(text("SELECT 1"))
            else:
                await session.execute(text("LOCK TABLE clicks IN EXCLUSIVE MODE"))
            recorder.record(target.id, NOW, "visitor", "held2345")
            for _ in range(1000):  # until the thread has taken it (and waits for the lock)
                if recorder._in_flight:
                    break
                await asyncio.sleep(0.005)
            assert recorder._in_flight == 1
            flushing = asyncio.create_task(recorder.flush())
            await asyncio.sleep(0.05)
            assert not flushing.done()
        await flushing
        assert await count_clicks(database) == 1
    finally:
        await recorder.close()
    assert recorder.stored == recorder.recorded == 1

"""Tracking-link redirects/s: the real redirect service (link lookup, bot filter, repeat
filter, batched click recording on SQLite) against a bare aiohttp handler that only answers
302, under the same load generator, in the same run.

    .venv/bin/python benchmarks/redirects.py [--requests 20000] [--concurrency 32] [--rounds 3]

The load generator runs in a child process (aiohttp client, keep-alive, bounded request
count), so it does not share the server's event loop. Each request comes from a different
"visitor" (user agent), so every request is a counted click. After the run the service is
shut down cleanly and the stored clicks are counted: none may be lost.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from multiprocessing import Process, Queue
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp
from aiohttp import web
from sqlalchemy import func, select, update

from bot.core.i18n import Translator
from bot.services.clicks import ClickRecorder
from bot.web import redirect
from storage.campaigns import Campaigns
from storage.db import Database
from storage.influencers import Application, ChannelRecord
from storage.migrate import upgrade
from storage.models import Click, Influencer
from storage.repositories import Repositories

NOW = datetime.now(UTC)
CODE = "Bench234"


def _load(url: str, requests: int, concurrency: int, results: Queue) -> None:  # type: ignore[type-arg]
    """Child process: ``requests`` GETs with ``concurrency`` workers; latencies back."""

    async def run() -> tuple[float, list[float]]:
        latencies: list[float] = []
        counter = iter(range(requests))
        connector = aiohttp.TCPConnector(limit=concurrency)
        async with aiohttp.ClientSession(connector=connector) as session:

            async def worker() -> None:
                for n in counter:
                    started = time.perf_counter()
                    headers = {"User-Agent": f"Mozilla/5.0 bench visitor {n}"}
                    async with session.get(url, allow_redirects=False, headers=headers) as r:
                        await r.read()
                        assert r.status == 302, r.status
                    latencies.append(time.perf_counter() - started)

            began = time.perf_counter()
            await asyncio.gather(*(worker() for _ in range(concurrency)))
            return time.perf_counter() - began, latencies

    results.put(asyncio.run(run()))


async def drive(url: str, requests: int, concurrency: int) -> tuple[float, list[float]]:
    results: Queue = Queue()  # type: ignore[type-arg]
    child = Process(target=_load, args=(url, requests, concurrency, results), daemon=True)
    child.start()
    elapsed, latencies = await asyncio.get_running_loop().run_in_executor(None, results.get)
    child.join(10)
    return requests / elapsed, latencies


async def serve(app: web.Application) -> tuple[web.AppRunner, str]:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return runner, f"http://127.0.0.1:{runner.addresses[0][1]}"


async def bare(requests: int, concurrency: int) -> tuple[float, list[float]]:
    async def found(request: web.Request) -> web.Response:
        return web.Response(status=302, headers={"Location": "https://www.aliexpress.com/"})

    app = web.Application()
    app.router.add_get("/l/{code}", found)
    runner, base = await serve(app)
    try:
        return await drive(f"{base}/l/{CODE}", requests, concurrency)
    finally:
        await runner.cleanup()


async def prepare(database: Database) -> None:
    await upgrade(database)
    async with database.transaction() as session:
        repos = Repositories(session)
        user, _ = await repos.users.touch("telegram", "1", "1", "fr", NOW)
        record = await repos.influencers.submit(
            Application(
                user_id=user.id,
                display_name="Bench",
                country="FR",
                niche="tech",
                consent_version="v1",
                consent_at=NOW,
                referral_code=None,
                registered_channel="telegram",
                channels=[ChannelRecord("twitch", "bench", "https://www.twitch.tv/bench", 10)],
            ),
            NOW,
        )
        await session.execute(
            update(Influencer).where(Influencer.id == record.id).values(status="approved")
        )
        campaign = await Campaigns(session).add(
            name="bench",
            url_template="https://www.aliexpress.com/sale?sub={code}&cid={click_id}",
            rates={"standard": 800},
            currency="EUR",
            attribution_window_days=30,
            lock_days=14,
            starts_at=NOW - timedelta(days=1),
            now=NOW,
            allowed_domains=("aliexpress.com",),
        )
        await Campaigns(session).add_link(
            code=CODE, influencer_id=record.id, campaign_id=campaign.id, now=NOW
        )


async def service(
    database: Database, translator: Translator, requests: int, concurrency: int
) -> tuple[float, list[float], int]:
    async with database.read() as session:
        before = int(await session.scalar(select(func.count()).select_from(Click)) or 0)
    recorder = ClickRecorder(database)
    recorder.start()
    app = web.Application()
    redirect.setup(app, redirect.Redirector(database, recorder, translator, "bench-salt"))
    runner, base = await serve(app)
    try:
        rate, latencies = await drive(f"{base}/l/{CODE}", requests, concurrency)
    finally:
        await runner.cleanup()
        await recorder.close()  # a clean shutdown: every buffered click is written
    async with database.read() as session:
        after = int(await session.scalar(select(func.count()).select_from(Click)) or 0)
    return rate, latencies, after - before


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=20_000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    translator = Translator()
    print(
        f"redirects: {args.requests} requests, {args.concurrency} connections, "
        f"{args.rounds} alternating rounds, SQLite, loopback"
    )
    rates: dict[str, list[float]] = {"bare": [], "service": []}
    latencies: dict[str, list[float]] = {"bare": [], "service": []}
    lost = 0
    with tempfile.TemporaryDirectory() as tmp:
        database = Database(f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}")
        await prepare(database)
        try:
            for _ in range(args.rounds):
                rate, lat = await bare(args.requests, args.concurrency)
                rates["bare"].append(rate)
                latencies["bare"].extend(lat)
                print(f"  bare 302 handler : {rate:8.0f} requests/s")
                rate, lat, stored = await service(
                    database, translator, args.requests, args.concurrency
                )
                rates["service"].append(rate)
                latencies["service"].extend(lat)
                lost += args.requests - stored
                print(f"  redirect service : {rate:8.0f} requests/s, {stored} clicks stored")
        finally:
            await database.dispose()
    bare_rate = statistics.median(rates["bare"])
    service_rate = statistics.median(rates["service"])
    print(f"  median requests/s: bare {bare_rate:.0f}, service {service_rate:.0f}")
    print(f"  ratio service/bare: {service_rate / bare_rate:.2f} (target >= 0.60)")
    for name in ("bare", "service"):
        lat = latencies[name]
        print(
            f"  latency {name}: p50 {statistics.median(lat) * 1000:6.2f} ms"
            f"  p99 {quantile(lat, 0.99) * 1000:6.2f} ms"
        )
    print(f"  clicks lost on clean shutdown: {lost}")


if __name__ == "__main__":
    asyncio.run(main())

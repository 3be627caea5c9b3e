"""Tracking-link redirects/s: the real redirect service (behind the production guard
middleware; link lookup with its cache, bot filter, repeat filter, click recording on SQLite)
against a bare aiohttp handler that only answers 302, under the same load, in the same run.

    .venv/bin/python benchmarks/redirects.py [--seconds 3] [--rounds 3] [--links 1000]
        [--clients 3] [--concurrency 16] [--profile]

The bare handler is the strongest fair alternative: aiohttp's own server answering a fixed
302, with nothing looked up and nothing counted. Both servers run in a child process of
their own, one at a time, alternating bare / service for ``--rounds`` rounds of ``--seconds``
each; the figures are medians and the ratios are taken in this run.

Load: ``--clients`` processes, each with ``--concurrency`` keep-alive connections, writing
raw HTTP/1.1 requests on asyncio streams (a few microseconds each, far cheaper than the
server's side); requests go to ``--links`` link codes at random (each code's first request
and every one after the 5 s cache expires is a cache miss), with user agents drawn from a list
of real browsers (and 5% link-preview bots, redirected but not counted). Visitors repeat
(one address, a few dozen browsers), so the repeat filter works as in production.

Reported per server: requests/s, the server process's CPU time per request (all its threads,
from /proc; independent of the load generator) and how busy it was (near 100% of a core means
the server, not the load generator, was the limit), latency p50/p99 over every request. For
the service, the clicks it counted and the rows stored after a clean shutdown: none may be
lost.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import logging
import os
import pstats
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from multiprocessing import get_context
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web
from sqlalchemy import func, select, update

from bot.core.i18n import Translator
from bot.services.clicks import ClickRecorder
from bot.web import guard, redirect
from storage.campaigns import Campaigns
from storage.db import Database
from storage.influencers import Application, ChannelRecord
from storage.migrate import upgrade
from storage.models import Click, Influencer
from storage.repositories import Repositories

NOW = datetime.now(UTC)
TICK = os.sysconf("SC_CLK_TCK")

# Real browsers' user agents (desktop and mobile, 2025-2026 versions), and a few preview bots.
BROWSERS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/130.0.0.0 Safari/537.36 Edg/130.0.2849.80",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko)"
    " Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.6778.81 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko)"
    " SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; 2201117TG Build/UKQ1.231003.002) AppleWebKit/537.36"
    " (KHTML, like Gecko) Version/4.0 Chrome/131.0.6778.81 Mobile Safari/537.36"
    " [FB_IAB/FB4A;FBAV/490.0.0.41.109;]",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Mobile/22B83 Instagram 356.0.0.25.109 (iPhone15,2; iOS 18_1;"
    " fr_FR; fr; scale=3.00; 1179x2556; 659263519)",
    "Mozilla/5.0 (Linux; Android 14; M2101K6G) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/130.0.6723.107 YaBrowser/24.12.1.84.00 SA/3 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.0.0 YaBrowser/24.12.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0",
    "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko)"
    " Chrome/131.0.0.0 Mobile Safari/537.36 Telegram-Android/11.5.3",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15"
    " (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/490.0.0.41.109;FBBV/664563530]",
]
PREVIEW_BOTS = [
    "TelegramBot (like TwitterBot)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "WhatsApp/2.23.20.0",
]


def codes(count: int) -> list[str]:
    return [f"Bench{n:05d}" for n in range(count)]


# -- load generator (child processes) --------------------------------------------------------


def _requests(links: list[str], seed: int, count: int = 4096) -> list[bytes]:
    rng = random.Random(seed)
    built = []
    for _ in range(count):
        agent = rng.choice(PREVIEW_BOTS) if rng.random() < 0.05 else rng.choice(BROWSERS)
        built.append(
            (
                f"GET /l/{rng.choice(links)} HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                f"User-Agent: {agent}\r\nAccept-Language: fr-FR,fr;q=0.9\r\n\r\n"
            ).encode()
        )
    return built


def _load(
    port: int, links: list[str], seconds: float, concurrency: int, seed: int, out: Connection
) -> None:
    """``concurrency`` keep-alive connections for ``seconds``; count and latencies back."""

    async def worker(requests: list[bytes], offset: int, until: float) -> list[float]:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        latencies: list[float] = []
        n = offset
        try:
            while time.perf_counter() < until:
                started = time.perf_counter()
                writer.write(requests[n % len(requests)])
                head = await reader.readuntil(b"\r\n\r\n")
                if not head.startswith(b"HTTP/1.1 302"):
                    raise SystemExit(f"expected a 302, got {head[:40]!r}")
                length = 0
                for line in head.split(b"\r\n"):
                    if line[:15].lower() == b"content-length:":
                        length = int(line[15:])
                if length:
                    await reader.readexactly(length)
                latencies.append(time.perf_counter() - started)
                n += 1
        finally:
            writer.close()
        return latencies

    async def run() -> list[float]:
        requests = _requests(links, seed)
        until = time.perf_counter() + seconds
        found = await asyncio.gather(*(worker(requests, i * 97, until) for i in range(concurrency)))
        return [latency for latencies in found for latency in latencies]

    out.send(asyncio.run(run()))


# -- servers (child processes) ---------------------------------------------------------------


def bare_app() -> web.Application:
    async def found(request: web.Request) -> web.Response:
        return web.Response(status=302, headers={"Location": "https://www.aliexpress.com/"})

    app = web.Application()
    app.router.add_get("/l/{code}", found)
    return app


def _serve(kind: str, db_path: str, profile: bool, control: Connection) -> None:
    """Serve until told to stop; then shut down cleanly and report what was stored."""

    async def run() -> dict[str, Any]:
        logging.basicConfig(level=logging.WARNING)
        database: Database | None = None
        recorder: ClickRecorder | None = None
        before = 0
        if kind == "bare":
            app = bare_app()
        else:
            database = Database(f"sqlite+aiosqlite:///{db_path}")
            async with database.read() as session:
                before = int(await session.scalar(select(func.count()).select_from(Click)) or 0)
            recorder = ClickRecorder(database)
            recorder.start()
            app = web.Application()
            guard.setup(app)  # as in production: every route's malformed-input middleware
            redirect.setup(app, redirect.Redirector(database, recorder, Translator(), "bench-salt"))
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        profiler = cProfile.Profile() if profile else None
        if profiler is not None:
            profiler.enable()
        control.send(runner.addresses[0][1])
        await asyncio.get_running_loop().run_in_executor(None, control.recv)
        if profiler is not None:
            profiler.disable()
            print(f"  cProfile of the {kind} server, by own time:")
            pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(45)
        await runner.cleanup()
        report: dict[str, Any] = {}
        if recorder is not None and database is not None:
            await recorder.close()
            async with database.read() as session:
                after = int(await session.scalar(select(func.count()).select_from(Click)) or 0)
            report = {"counted": recorder.recorded, "stored": after - before}
            await database.dispose()
        return report

    control.send(asyncio.run(run()))


def cpu_seconds(pid: int) -> tuple[float, float]:
    """User and system CPU of a process and all its threads, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return int(fields[11]) / TICK, int(fields[12]) / TICK


@dataclass
class Round:
    rate: float
    cpu_us: float
    busy: float
    user_share: float
    latencies: list[float]
    counted: int = 0
    stored: int = 0


def measure(kind: str, db_path: str, args: argparse.Namespace, seed: int) -> Round:
    context = get_context("fork")
    ours, theirs = context.Pipe()
    server = context.Process(target=_serve, args=(kind, db_path, args.profile, theirs))
    server.start()
    port = ours.recv()
    links = codes(args.links)
    pipes = []
    clients = []
    cpu_before = cpu_seconds(server.pid or 0)
    began = time.perf_counter()
    for number in range(args.clients):
        mine, child_end = context.Pipe()
        client = context.Process(
            target=_load,
            args=(port, links, args.seconds, args.concurrency, seed * 100 + number, child_end),
        )
        client.start()
        pipes.append(mine)
        clients.append(client)
    latencies = [latency for pipe in pipes for latency in pipe.recv()]
    elapsed = time.perf_counter() - began
    cpu_after = cpu_seconds(server.pid or 0)
    user = cpu_after[0] - cpu_before[0]
    cpu_used = user + cpu_after[1] - cpu_before[1]
    for client in clients:
        client.join(10)
    ours.send("stop")
    report = ours.recv()
    server.join(30)
    return Round(
        rate=len(latencies) / args.seconds,
        cpu_us=cpu_used / len(latencies) * 1e6,
        user_share=user / cpu_used if cpu_used else 0.0,
        busy=cpu_used / elapsed,
        latencies=latencies,
        counted=report.get("counted", 0),
        stored=report.get("stored", 0),
    )


# -- data -------------------------------------------------------------------------------------


async def prepare(database: Database, links: int) -> None:
    await upgrade(database)
    async with database.transaction() as session:
        repos = Repositories(session)
        influencers = []
        for number in range(10):
            user, _ = await repos.users.touch("telegram", str(number), str(number), "fr", NOW)
            record = await repos.influencers.submit(
                Application(
                    user_id=user.id,
                    display_name=f"Bench {number}",
                    country="FR",
                    niche="tech",
                    consent_version="v1",
                    consent_at=NOW,
                    referral_code=None,
                    registered_channel="telegram",
                    channels=[ChannelRecord("twitch", f"b{number}", f"https://t.tv/b{number}", 10)],
                ),
                NOW,
            )
            influencers.append(record.id)
        await session.execute(
            update(Influencer).where(Influencer.id.in_(influencers)).values(status="approved")
        )
        campaign = await Campaigns(session).add(
            name="bench",
            url_template="https://www.aliexpress.com/sale?aff={ref}&sub={code}&cid={click_id}",
            rates={"standard": 800},
            currency="EUR",
            attribution_window_days=30,
            lock_days=14,
            starts_at=NOW - timedelta(days=1),
            now=NOW,
            allowed_domains=("aliexpress.com",),
        )
        for number, code in enumerate(codes(links)):
            await Campaigns(session).add_link(
                code=code,
                influencer_id=influencers[number % len(influencers)],
                campaign_id=campaign.id,
                now=NOW,
            )


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def goal(what: str, target: str, figure: str, passed: bool) -> str:
    return f"GOAL {what} {target} | FIGURE {figure} | {'PASS' if passed else 'FAIL'}"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=3.0, help="per server and round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--links", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=3, help="load generator processes")
    parser.add_argument("--concurrency", type=int, default=16, help="connections per client")
    parser.add_argument("--profile", action="store_true", help="cProfile each server")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    print(
        f"redirects: {args.links} link codes, {args.clients} client processes x"
        f" {args.concurrency} connections, {args.rounds} alternating rounds of"
        f" {args.seconds:g} s, SQLite, loopback, {os.cpu_count()} CPUs"
    )
    rounds: dict[str, list[Round]] = {"bare": [], "service": []}
    with tempfile.TemporaryDirectory() as tmp:
        db_path = str(Path(tmp) / "bench.db")
        database = Database(f"sqlite+aiosqlite:///{db_path}")
        asyncio.run(prepare(database, args.links))
        asyncio.run(database.dispose())
        for number in range(args.rounds):
            for kind in ("bare", "service"):
                result = measure(kind, db_path, args, number)
                rounds[kind].append(result)
                extra = (
                    f", {result.counted} clicks counted, {result.stored} stored"
                    if kind == "service"
                    else ""
                )
                print(
                    f"  {kind:<7}: {result.rate:7.0f} requests/s, server CPU"
                    f" {result.cpu_us:5.0f} us/request ({result.user_share:.0%} user),"
                    f" busy {result.busy:4.0%}{extra}"
                )
    figures: dict[str, dict[str, float]] = {}
    for kind, results in rounds.items():
        latencies = [latency for result in results for latency in result.latencies]
        figures[kind] = {
            "rate": statistics.median(r.rate for r in results),
            "cpu": statistics.median(r.cpu_us for r in results),
            "p50": statistics.median(latencies) * 1000,
            "p99": quantile(latencies, 0.99) * 1000,
        }
        print(
            f"  {kind:<7} median: {figures[kind]['rate']:7.0f} requests/s,"
            f" {figures[kind]['cpu']:5.0f} us CPU/request,"
            f" p50 {figures[kind]['p50']:6.2f} ms, p99 {figures[kind]['p99']:6.2f} ms"
        )
    lost = sum(r.counted - r.stored for r in rounds["service"])
    counted = sum(r.counted for r in rounds["service"])
    bare, service = figures["bare"], figures["service"]
    rate_ratio = service["rate"] / bare["rate"]
    cpu_ratio = bare["cpu"] / service["cpu"]
    p99_ratio = service["p99"] / bare["p99"]
    print(f"  clicks counted {counted}, lost on clean shutdown {lost}")
    print(goal("redirects/s service/bare", ">=0.80", f"{rate_ratio:.2f}", rate_ratio >= 0.8))
    print(
        goal("server-CPU-per-request bare/service", ">=0.80", f"{cpu_ratio:.2f}", cpu_ratio >= 0.8)
    )
    print(goal("p99 service/bare", "<=2.0", f"{p99_ratio:.2f}", p99_ratio <= 2.0))
    print(goal("clicks lost on shutdown", "==0", f"{lost}", lost == 0))
    passed = rate_ratio >= 0.8 and cpu_ratio >= 0.8 and p99_ratio <= 2.0 and lost == 0
    print(
        "RESULT redirects: goal service/bare >= 0.8x in requests/s and server CPU per request,"
        f" p99 within 2x, no click lost | requests/s {rate_ratio:.2f}x, CPU {cpu_ratio:.2f}x"
        f" ({service['cpu']:.0f} vs {bare['cpu']:.0f} us), p99 {p99_ratio:.2f}x, lost {lost}"
        f" | {'PASS' if passed else 'FAIL'}"
    )


if __name__ == "__main__":
    main()

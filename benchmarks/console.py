"""The staff console's pages: each must answer in under 200 ms.

    .venv/bin/python benchmarks/console.py [--influencers 2000] [--conversions 40000]
        [--clicks N] [--samples 20] [--keep PATH]

The data is the earnings benchmark's (benchmarks/generate/earnings.py: influencers, links,
clicks, conversions, balances and payouts as the bot writes them). By default a small database
is generated in a temporary folder (seconds). To measure at the earnings benchmark's full size
(1,000,000 influencers, 20,000,000 conversions), point ``--keep`` at the file that
``benchmarks/earnings.py --keep PATH`` generated, with the same sizes: it is reused as it is.

Each page is served by the real console (aiohttp, aiohttp-session, Jinja2, pygal) on 127.0.0.1
and fetched over HTTP by a signed-in owner, ``--samples`` times after one warm-up; the clock is
the data's "now", so the overview's 30 days hold data. Prints p50, p95 and the slowest time per
page, and whether its p95 is under the target (the verdict). ``--screenshot FILE`` also signs in
with headless Chromium (Debian's ``chromium`` and ``chromium-driver``) and saves the overview
as a PNG: the picture in README.md is made so.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from pydantic import SecretStr

from benchmarks.earnings import prepare
from benchmarks.generate.earnings import Sizes
from bot.core.i18n import Translator
from bot.services.tiers import TierLadder
from bot.settings import Settings
from bot.web import console
from bot.web.console.access import ConsoleConfig
from storage.db import Database
from storage.repositories import Repositories

TARGET_MS = 200.0
OWNER = ("console", "bench")
PAGES = (
    "/console/",
    "/console/applications",
    "/console/applications?sort=audience&min_audience=1000",
    "/console/influencers?q=c1",  # too short for names: accounts and link codes
    "/console/influencers?q=reator%204242",  # part of a name (111 match)
    "/console/influencers?q=creator",  # in every name: the first 50
    "/console/influencers/1",
    "/console/campaigns",
    "/console/payouts",
    "/console/broadcasts",
    "/console/staff",
    "/console/audit",
)


async def screenshot(root: str, token: str, target: Path) -> None:
    """Sign in through the link in a real browser and save the overview (width 1280)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1500"):
        options.add_argument(argument)
    driver = await asyncio.to_thread(
        webdriver.Chrome, service=Service("/usr/bin/chromedriver"), options=options
    )
    try:
        await asyncio.to_thread(driver.get, f"{root}/console/login/{token}")
        button = await asyncio.to_thread(driver.find_element, "css selector", "#sign-in")
        await asyncio.to_thread(button.click)
        await asyncio.to_thread(driver.get, f"{root}/console/")
        await asyncio.to_thread(driver.save_screenshot, str(target))
    finally:
        await asyncio.to_thread(driver.quit)
    print(f"  overview saved to {target}")


async def measure(
    path: Path, now: datetime, samples: int, shot: Path | None = None
) -> tuple[bool, tuple[str, float], float]:
    url = f"sqlite+aiosqlite:///{path}"
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_url=url,
        owner_ids=[":".join(OWNER)],
        console_secret=SecretStr("b" * 48),
    )
    database = Database(url)
    began = time.monotonic()

    def clock() -> datetime:
        return now + timedelta(seconds=time.monotonic() - began)

    app = console.build(ConsoleConfig(database, settings, Translator(), clock))
    root = web.Application()
    root.add_subapp("/console", app)
    server = TestServer(root, host="127.0.0.1")
    passed = True
    slowest = ("", 0.0)
    longest = 0.0
    try:
        async with database.transaction() as session:
            token = await Repositories(session).console.issue_token(*OWNER, clock())
        async with TestClient(server) as client:
            signed = await client.post(f"/console/login/{token}", allow_redirects=False)
            if signed.status != 303:
                raise SystemExit(f"sign-in failed: {signed.status}")
            print(f"  {'page':<58} {'p50':>8} {'p95':>8} {'max':>8}")
            for page in PAGES:
                (await client.get(page)).release()  # warm-up: templates, caches
                times = []
                for _ in range(samples):
                    started = time.perf_counter()
                    answer = await client.get(page)
                    await answer.read()
                    times.append((time.perf_counter() - started) * 1000)
                    if answer.status != 200:
                        raise SystemExit(f"{page}: HTTP {answer.status}")
                times.sort()
                p50 = statistics.median(times)
                p95 = times[min(len(times) - 1, round(len(times) * 0.95))]
                # The verdict is the 95th percentile: one sample in 30 held up by another
                # process on a shared machine says nothing of the page; the max is printed.
                ok = p95 < TARGET_MS
                passed = passed and ok
                slowest = max(slowest, (page, p95), key=lambda found: found[1])
                longest = max(longest, times[-1])
                print(
                    f"  {page:<58} {p50:>6.1f}ms {p95:>6.1f}ms {times[-1]:>6.1f}ms"
                    f"  {'ok' if ok else 'OVER ' + str(int(TARGET_MS)) + ' ms'}"
                )
            if shot is not None:
                async with database.transaction() as session:
                    token = await Repositories(session).console.issue_token(*OWNER, clock())
                await screenshot(str(server.make_url("")).rstrip("/"), token, shot)
    finally:
        await database.dispose()
    return passed, slowest, longest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--influencers", type=int, default=2000)
    parser.add_argument("--conversions", type=int, default=40_000)
    parser.add_argument("--clicks", type=int, help="default: one per 20 conversions")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--keep", type=Path, help="database file to keep and reuse")
    parser.add_argument("--screenshot", type=Path, help="save the overview here (PNG)")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    sizes = Sizes(
        influencers=args.influencers,
        conversions=args.conversions,
        clicks=args.conversions // 20 if args.clicks is None else args.clicks,
        seed=args.seed,
    )
    ladder = TierLadder.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    print(
        f"console: {sizes.influencers:,} influencers, {sizes.conversions:,} conversions,"
        f" {sizes.clicks:,} clicks; target < {TARGET_MS:.0f} ms per page"
    )
    with contextlib.ExitStack() as stack:
        if args.keep:
            path = args.keep.resolve()
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            path = Path(stack.enter_context(tempfile.TemporaryDirectory())) / "console.db"
        generated, _ = prepare(path, sizes, ladder)
        now = datetime.fromisoformat(generated.now)
        passed, (page, worst), longest = asyncio.run(
            measure(path, now, args.samples, args.screenshot)
        )
    print(
        f"GOAL every console page under {TARGET_MS:.0f} ms at p95 ({sizes.influencers:,}"
        f" influencers, {sizes.conversions:,} conversions) | FIGURE slowest p95 {page}"
        f" {worst:.0f} ms (slowest single answer {longest:.0f} ms)"
        f" | {'PASS' if passed else 'FAIL'}"
    )


if __name__ == "__main__":
    main()

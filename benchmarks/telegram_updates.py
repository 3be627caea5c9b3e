"""Telegram updates/s and latency: the full stack (real PTB + engine + SQLite) against the fake
Bot API, and, in the same run, a bare PTB echo bot against the same fake.

    .venv/bin/python benchmarks/telegram_updates.py [--updates 2000] [--users 200] [--samples 200]

Prints updates/s for both, their ratio, and p50/p99 handling latency (one update at a time,
from the update being available to the reply arriving at the fake).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import SecretStr
from telegram import Update
from telegram.ext import ApplicationBuilder, MessageHandler, filters

from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import Database
from storage.migrate import upgrade
from tests.fakes.telegram_api import FakeTelegram

Setup = Callable[[FakeTelegram], Awaitable[Callable[[], Awaitable[None]]]]


def total_sent(fake: FakeTelegram, users: range) -> int:
    return sum(len(fake.sent(u)) for u in users)


async def measure(
    name: str, setup: Setup, updates: int, users: int, samples: int
) -> tuple[float, list[float]]:
    async with FakeTelegram() as fake:
        stop = await setup(fake)
        try:
            user_ids = range(10_000, 10_000 + users)
            for user in user_ids:  # warm up: every user known, every code path hot
                fake.push_message(user, "/help", language_code="ru")
            await fake.wait_for(lambda: total_sent(fake, user_ids) >= users, 120, what="warm-up")

            before = total_sent(fake, user_ids)
            started = time.perf_counter()
            for i in range(updates):
                fake.push_message(user_ids[i % users], "/help", language_code="ru")
            await fake.wait_for(
                lambda: total_sent(fake, user_ids) >= before + updates, 600, what="batch"
            )
            rate = updates / (time.perf_counter() - started)

            latencies: list[float] = []
            probe = 99_999
            fake.push_message(probe, "/help", language_code="ru")
            await fake.wait_sent(probe, 1, timeout=30)
            for _ in range(samples):
                sent_before = len(fake.sent(probe))
                t0 = time.perf_counter()
                fake.push_message(probe, "/help", language_code="ru")
                await fake.wait_sent(probe, sent_before + 1, timeout=30)
                latencies.append(time.perf_counter() - t0)
        finally:
            await stop()
    print(f"  {name}: {rate:8.1f} updates/s")
    return rate, latencies


async def full_stack(fake: FakeTelegram, workdir: Path) -> Callable[[], Awaitable[None]]:
    url = f"sqlite+aiosqlite:///{workdir / 'bench.db'}"
    database = Database(url)
    await upgrade(database)
    await database.dispose()
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        telegram_token=SecretStr(fake.token),
        telegram_api_base_url=fake.base_url,
        telegram_poll_timeout=1,
    )
    runtime = Runtime(settings)
    await runtime.start()
    return runtime.stop


async def echo_bot(fake: FakeTelegram) -> Callable[[], Awaitable[None]]:
    async def echo(update: Update, _context: Any) -> None:
        assert update.message is not None
        await update.message.reply_text(update.message.text or "")

    app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)

    async def stop() -> None:
        assert app.updater is not None
        await app.updater.stop()
        await app.stop()
        await app.shutdown()

    return stop


def quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=2000)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--samples", type=int, default=200)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)

    print(f"telegram_updates: {args.updates} updates from {args.users} users, SQLite, loopback")
    with tempfile.TemporaryDirectory() as tmp:
        echo_rate, echo_lat = await measure(
            "bare PTB echo bot ", echo_bot, args.updates, args.users, args.samples
        )
        stack_rate, stack_lat = await measure(
            "full stack        ",
            lambda fake: full_stack(fake, Path(tmp)),
            args.updates,
            args.users,
            args.samples,
        )
    print(f"  ratio full/echo: {stack_rate / echo_rate:.2f} (target >= 0.50)")
    for name, lat in (("echo", echo_lat), ("full", stack_lat)):
        print(
            f"  latency {name}: p50 {statistics.median(lat) * 1000:6.1f} ms"
            f"  p99 {quantile(lat, 0.99) * 1000:6.1f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main())

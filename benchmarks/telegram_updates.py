"""Telegram updates/s and latency: the full stack (real PTB + engine + SQLite) against the fake
Bot API, and, in the same run, a bare PTB echo bot against the same fake.

    .venv/bin/python benchmarks/telegram_updates.py [--updates 2000] [--users 200] [--samples 200]

Prints updates/s for both, their ratio, and p50/p99 handling latency (one update at a time,
from the update being available to the reply arriving at the fake). The fake runs in a child
process, as the real platform is remote; both bots are measured against it the same way.
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
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection
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

Setup = Callable[["RemoteFake"], Awaitable[Callable[[], Awaitable[None]]]]


def _serve_fake(conn: Connection) -> None:
    """Child process: the fake Bot API, answering the benchmark's commands over a pipe.

    The platform is remote in production; in its own process it does not compete with the bot
    for the event loop, for the bot under test nor for the baseline.
    """

    async def serve() -> None:
        async with FakeTelegram() as fake:
            loop = asyncio.get_running_loop()
            conn.send((fake.token, fake.base_url))
            while True:
                command, argument = await loop.run_in_executor(None, conn.recv)
                if command == "push":
                    for user, text in argument:
                        fake.push_message(user, text, language_code="ru")
                    conn.send(None)
                elif command == "sent":
                    conn.send(sum(len(fake.sent(u)) for u in argument))
                elif command == "counts":
                    conn.send([len(fake.sent(u)) for u in argument])
                elif command == "webhook":
                    conn.send(fake.webhook is not None)
                elif command == "deliver":
                    messages, connections = argument
                    conn.send(await _deliver(fake, messages, connections))
                elif command == "wait":
                    users, count, timeout = argument
                    await fake.wait_for(
                        lambda u=users, c=count: sum(len(fake.sent(x)) for x in u) >= c,
                        timeout,
                        what=f"{count} replies",
                    )
                    conn.send(None)
                else:
                    conn.send(None)
                    return

    asyncio.run(serve())


async def _deliver(fake: FakeTelegram, messages: list[tuple[int, str]], connections: int) -> int:
    """POST each message as an update to the webhook, ``connections`` at a time as Telegram
    does (its max_connections); the deliveries not answered 2xx."""
    updates = iter([fake.make_message_update(u, t, language_code="ru") for u, t in messages])
    failed = 0

    async def worker() -> None:
        nonlocal failed
        for update in updates:
            if not 200 <= await fake.deliver_webhook(update) < 300:
                failed += 1

    await asyncio.gather(*(worker() for _ in range(connections)))
    return failed


class RemoteFake:
    """The benchmark's handle on the fake running in a child process."""

    def __init__(self) -> None:
        self._conn, child = Pipe()
        self._process = Process(target=_serve_fake, args=(child,), daemon=True)
        self._process.start()
        self.token, self.base_url = self._conn.recv()

    async def _ask(self, command: str, argument: object = None) -> object:
        self._conn.send((command, argument))
        return await asyncio.get_running_loop().run_in_executor(None, self._conn.recv)

    async def push(self, messages: list[tuple[int, str]]) -> None:
        await self._ask("push", messages)

    async def sent(self, users: range) -> int:
        return int(await self._ask("sent", list(users)))  # type: ignore[call-overload]

    async def counts(self, users: range) -> list[int]:
        """Replies sent to each of ``users``."""
        return list(await self._ask("counts", list(users)))  # type: ignore[call-overload]

    async def webhook_set(self) -> bool:
        return bool(await self._ask("webhook"))

    async def deliver(self, messages: list[tuple[int, str]], connections: int = 40) -> int:
        """Deliver by webhook (the bot set it); the deliveries not answered 2xx."""
        return int(await self._ask("deliver", (messages, connections)))  # type: ignore[call-overload]

    async def wait_sent(self, users: range, count: int, timeout: float) -> None:
        """Block until the fake has sent ``count`` replies to ``users`` (it checks, not us)."""
        await self._ask("wait", (list(users), count, timeout))

    async def close(self) -> None:
        await self._ask("stop")
        self._process.join(10)


async def measure(
    name: str, setup: Setup, updates: int, users: int, samples: int
) -> tuple[float, list[float]]:
    fake = RemoteFake()
    stop = await setup(fake)
    try:
        user_ids = range(10_000, 10_000 + users)
        # Warm-up: every user known, every code path hot.
        await fake.push([(u, "/help") for u in user_ids])
        await fake.wait_sent(user_ids, users, 120)

        before = await fake.sent(user_ids)
        started = time.perf_counter()
        await fake.push([(user_ids[i % users], "/help") for i in range(updates)])
        await fake.wait_sent(user_ids, before + updates, 600)
        rate = updates / (time.perf_counter() - started)

        latencies: list[float] = []
        probe = range(99_999, 100_000)
        for _ in range(samples):
            sent_before = await fake.sent(probe)
            t0 = time.perf_counter()
            await fake.push([(probe[0], "/help")])
            await fake.wait_sent(probe, sent_before + 1, 30)
            latencies.append(time.perf_counter() - t0)
    finally:
        await stop()
        await fake.close()
    print(f"  {name}: {rate:8.1f} updates/s")
    return rate, latencies


async def full_stack(fake: RemoteFake, workdir: Path) -> Callable[[], Awaitable[None]]:
    workdir.mkdir(parents=True, exist_ok=True)  # noqa: ASYNC240 - before the clock starts
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


async def echo_bot(fake: RemoteFake) -> Callable[[], Awaitable[None]]:
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
    parser.add_argument("--updates", type=int, default=1500)
    parser.add_argument("--users", type=int, default=150)
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of each")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)

    print(
        f"telegram_updates: {args.updates} updates from {args.users} users, SQLite, loopback,"
        f" {args.rounds} alternating rounds (medians below)"
    )
    rates: dict[str, list[float]] = {"echo": [], "full": []}
    latencies: dict[str, list[float]] = {"echo": [], "full": []}
    with tempfile.TemporaryDirectory() as tmp:
        for round_number in range(args.rounds):
            for name in ("echo", "full"):
                setup: Setup = (
                    echo_bot
                    if name == "echo"
                    else lambda fake, r=round_number: full_stack(fake, Path(tmp) / f"r{r}")
                )
                label = "bare PTB echo bot " if name == "echo" else "full stack        "
                rate, lat = await measure(label, setup, args.updates, args.users, args.samples)
                rates[name].append(rate)
                latencies[name].extend(lat)
    echo, full = statistics.median(rates["echo"]), statistics.median(rates["full"])
    print(f"  median updates/s: echo {echo:.1f}, full {full:.1f}")
    ratios = [f / e for f, e in zip(rates["full"], rates["echo"], strict=True)]
    print(
        f"  ratio full/echo: {full / echo:.2f} (per round: "
        + ", ".join(f"{r:.2f}" for r in ratios)
        + "; target >= 0.50)"
    )
    for name in ("echo", "full"):
        lat = latencies[name]
        print(
            f"  latency {name}: p50 {statistics.median(lat) * 1000:6.1f} ms"
            f"  p99 {quantile(lat, 0.99) * 1000:6.1f} ms"
        )


if __name__ == "__main__":
    asyncio.run(main())

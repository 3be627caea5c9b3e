"""Broadcast throughput against a rate-limited fake Bot API, and creating a million deliveries.

    .venv/bin/python benchmarks/broadcast.py [--recipients 10000] [--limits 30,1000]
                                             [--injected 3] [--rows 1000000]

For each global limit, the fake Bot API runs in a child process with Telegram's flood control
enforced (that many messages per second overall, 1 per second per chat; 429 past them) and a
few extra 429s injected along the way; the real broadcast worker sends one broadcast to every
recipient through SQLite. Printed: messages/s achieved against the limit (target >= 95 %), both
over the whole run and over the time the platform did not make the worker wait, the 429s, and
the worker's peak memory (resident, above that at the start: tracing allocations would slow
the worker down threefold). Then the time to create ``--rows`` delivery rows with the worker's
chunked INSERT ... SELECT, its longest single write transaction, and its peak memory.

A run at 30/s for 10,000 recipients takes about six minutes; ``--recipients`` shortens it.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import resource
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from datetime import UTC, datetime
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import SecretStr
from sqlalchemy import text

from bot.broadcast.content import Content
from bot.broadcast.segment import Segment
from bot.broadcast.senders import TelegramSender, senders_for
from bot.broadcast.worker import BroadcastWorker
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.broadcasts import Broadcasts
from storage.db import Database
from storage.migrate import upgrade
from tests.fakes.telegram_api import FakeTelegram

FIRST_CHAT = 1_000_000


# --- the fake Bot API in its own process -----------------------------------------------------


class TimedFake(FakeTelegram):
    """The fake, also noting when (monotonic seconds) it accepted each message."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.accepted: list[float] = []

    def _store(self, message: Any) -> Any:
        self.accepted.append(time.monotonic())
        return super()._store(message)


def serve_fake(conn: Connection, limit: float, chats: int, injected: int) -> None:
    """Child process: the fake with strict limits; injects ``injected`` 429s spread over the
    run; reports when every chat has its message, with the first and last acceptance."""

    async def serve() -> None:
        fake = TimedFake(strict_limits=True, global_rate=limit, per_chat_rate=1.0)
        async with fake:
            for chat in range(FIRST_CHAT, FIRST_CHAT + chats):
                fake.add_chat(chat)
            conn.send((fake.token, fake.base_url))
            marks = [chats * (n + 1) // (injected + 1) for n in range(injected)]
            while len(fake.accepted) < chats:
                await asyncio.sleep(0.02)
                while marks and len(fake.accepted) >= marks[0]:
                    marks.pop(0)
                    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", 1)
            refused = sum(1 for e in fake.errors if e.status == 429)
            chat_ids = range(FIRST_CHAT, FIRST_CHAT + chats)
            duplicates = sum(1 for c in chat_ids if len(fake.sent(c)) > 1)
            conn.send((fake.accepted[0], fake.accepted[-1], refused, duplicates))
            conn.recv()

    asyncio.run(serve())


# --- the database ----------------------------------------------------------------------------


async def make_people(database: Database, count: int) -> None:
    """``count`` people with a Telegram identity each, made inside SQLite (no Python loop)."""
    now = datetime(2026, 11, 25, tzinfo=UTC).replace(tzinfo=None).isoformat(sep=" ")
    async with database.transaction() as session:
        await session.execute(
            text(
                "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < :count) "
                "INSERT INTO users (id, locale, created_at, last_seen_at) "
                "SELECT x, CASE x % 5 WHEN 0 THEN 'ru' WHEN 1 THEN 'fr' ELSE NULL END, :now, :now "
                "FROM n"
            ),
            {"count": count, "now": now},
        )
        await session.execute(
            text(
                "INSERT INTO identities (user_id, channel, external_id, chat_id, locale_hint, "
                "reachable, created_at) "
                "SELECT id, 'telegram', CAST(id + :first - 1 AS TEXT), "
                "CAST(id + :first - 1 AS TEXT), 'en', 1, :now FROM users"
            ),
            {"first": FIRST_CHAT, "now": now},
        )


async def new_database(folder: Path, people: int) -> tuple[str, Database]:
    url = f"sqlite+aiosqlite:///{folder / 'bench.db'}"
    database = Database(url)
    await upgrade(database)
    await make_people(database, people)
    return url, database


async def create(database: Database) -> int:
    content = Content(
        {"en": "The Winter Sale starts Monday!", "ru": "Распродажа!", "fr": "Soldes !"}
    )
    async with database.transaction() as session:
        return await Broadcasts(session).create(
            content=content.to_dict(),
            segment=Segment().to_dict(),
            default_locale="en",
            created_by="bench",
            now=datetime.now(UTC),
        )


# --- the runs --------------------------------------------------------------------------------


@dataclass
class Run:
    limit: float
    sent: int
    rate: float
    active_rate: float
    paused: float
    refused: int
    duplicates: int
    peak_kib: float


class RssSampler:
    """The process's resident memory every few milliseconds; its peak above the start."""

    def __init__(self, every: float = 0.05) -> None:
        self.every = every
        self.start = self.peak = rss_kib()

    @property
    def growth_kib(self) -> float:
        return max(0.0, self.peak - self.start)

    async def run(self) -> None:
        while True:
            self.peak = max(self.peak, rss_kib())
            await asyncio.sleep(self.every)


def rss_kib() -> float:
    """Resident memory now (Linux), else the peak so far (other systems)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
        return pages * resource.getpagesize() / 1024
    except OSError:
        return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


async def throughput(limit: float, recipients: int, injected: int, concurrency: int) -> Run:
    conn, child = Pipe()
    process = Process(target=serve_fake, args=(child, limit, recipients, injected), daemon=True)
    process.start()
    token, base_url = conn.recv()
    loop = asyncio.get_running_loop()
    with tempfile.TemporaryDirectory() as folder:
        url, database = await new_database(Path(folder), recipients)
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=url,
            telegram_token=SecretStr(token),
            telegram_api_base_url=base_url,
            broadcast_rate=limit,
            broadcast_concurrency=concurrency,
        )
        worker = BroadcastWorker(database, Translator(), settings, senders_for(settings))
        broadcast_id = await create(database)
        # Memory is sampled from the RSS, not traced: tracemalloc hooks every allocation and
        # would triple the worker's CPU time per message, measuring itself at 1000/s.
        sampler = RssSampler()
        sampling = asyncio.create_task(sampler.run())
        task = asyncio.create_task(worker.run())
        first, last, refused, duplicates = await loop.run_in_executor(None, conn.recv)
        sampling.cancel()
        await asyncio.gather(sampling, return_exceptions=True)
        worker.stop()
        await task
        async with database.read() as session:
            counts = await Broadcasts(session).counts(broadcast_id)
        await database.dispose()
    conn.send(None)
    process.join(10)
    span = last - first
    paused = worker.pacers["telegram"].paused_total
    return Run(
        limit=limit,
        sent=counts.get("sent", 0),
        rate=(recipients - 1) / span,
        active_rate=(recipients - 1) / max(1e-9, span - paused),
        paused=paused,
        refused=refused,
        duplicates=duplicates,
        peak_kib=sampler.growth_kib,
    )


async def baseline(recipients: int, connections: int = 64) -> float:
    """Messages/s of a bare client (the same HTTP sender, no pacing, no database) against the
    same fake without limits: what this machine allows at most, for comparison."""
    conn, child = Pipe()
    process = Process(target=serve_fake, args=(child, 1e9, recipients, 0), daemon=True)
    process.start()
    token, base_url = conn.recv()
    sender = TelegramSender(token, base_url, connections=connections)
    await sender.start()
    chats = list(range(FIRST_CHAT, FIRST_CHAT + recipients))

    async def send_all() -> None:
        while chats:
            await sender.deliver(str(chats.pop()), "The Winter Sale starts Monday!", None, key="")

    await asyncio.gather(*(send_all() for _ in range(connections)))
    await sender.close()
    first, last, _, _ = await asyncio.get_running_loop().run_in_executor(None, conn.recv)
    conn.send(None)
    process.join(10)
    return float((recipients - 1) / (last - first))


async def creation(rows: int) -> tuple[float, float, int, float]:
    """Seconds to create ``rows`` deliveries as the worker does, the longest chunk, the rows,
    and the peak Python memory meanwhile."""
    with tempfile.TemporaryDirectory() as folder:
        url, database = await new_database(Path(folder), rows)
        settings = Settings(
            _env_file=None,  # type: ignore[call-arg]
            database_url=url,
            telegram_token=SecretStr("1:T"),
            telegram_api_base_url="http://127.0.0.1:9/bot",  # never called: only preparing
        )
        worker = BroadcastWorker(database, Translator(), settings, senders_for(settings))
        broadcast_id = await create(database)
        async with database.transaction() as session:
            await Broadcasts(session).start(broadcast_id, datetime.now(UTC))
        tracemalloc.start()
        longest = 0.0
        started = time.perf_counter()
        while True:
            async with database.read() as session:
                record = await Broadcasts(session).get(broadcast_id)
            assert record is not None
            if record.prepared:
                break
            chunk = time.perf_counter()
            await worker.prepare_next(record)
            longest = max(longest, time.perf_counter() - chunk)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        async with database.read() as session:
            made = sum((await Broadcasts(session).counts(broadcast_id)).values())
        await database.dispose()
    return elapsed, longest, made, peak / 1024


def concurrency_for(limit: float) -> int:
    """What README.md suggests: enough in flight for the round trips at ``limit``."""
    return max(8, min(256, int(limit / 5)))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--recipients", type=int, default=10_000)
    parser.add_argument("--limits", default="30,1000", help="global limits to run, per second")
    parser.add_argument("--injected", type=int, default=3, help="extra 429s per run")
    parser.add_argument("--rows", type=int, default=1_000_000, help="0 to skip")
    parser.add_argument(
        "--concurrency", type=int, default=0, help="BOT_BROADCAST_CONCURRENCY; 0: by the limit"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    limits = [float(x) for x in args.limits.split(",") if x.strip()]

    print(f"broadcast: {args.recipients} recipients, SQLite, fake Bot API in a child process")
    ceiling = await baseline(min(args.recipients, 5000))
    print(f"  baseline: a bare HTTP client, no limits, no database: {ceiling:7.1f} msg/s")
    for limit in limits:
        concurrency = args.concurrency or concurrency_for(limit)
        run = await throughput(limit, args.recipients, args.injected, concurrency)
        print(
            f"  limit {limit:6.0f}/s: {run.rate:7.1f} msg/s over the run "
            f"({run.rate / limit:5.1%}), {run.active_rate:7.1f} msg/s while not paused "
            f"({run.active_rate / limit:5.1%}; target >= 95%); paused {run.paused:.1f}s by "
            f"{run.refused} 429s; sent {run.sent}, twice {run.duplicates}; "
            f"worker memory peak +{run.peak_kib:,.0f} KiB RSS (concurrency {concurrency})"
        )
    if args.rows:
        elapsed, longest, made, peak = await creation(args.rows)
        print(
            f"  {made:,} delivery rows created in {elapsed:.1f}s ({made / elapsed:,.0f} rows/s), "
            f"longest write transaction {longest * 1000:.0f} ms, peak Python memory "
            f"{peak:,.0f} KiB"
        )
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"  process peak RSS {maxrss / 1024:,.0f} MiB")


if __name__ == "__main__":
    asyncio.run(main())

"""Broadcast throughput against a rate-limited fake Bot API, and the worker's memory by size.

    .venv/bin/python benchmarks/broadcast.py [--seconds 62] [--limits 30,1000] [--injected 3]
                                             [--memory-sizes 10000,100000] [--memory-seconds 10]
                                             [--rows 0]

For each global limit, the fake Bot API runs in a child process with Telegram's flood control
enforced (that many messages per second overall, 1 per second per chat; 429 past them, counted
when the fake receives a message) and ``--injected`` extra 429s ("retry after 1") injected along
the way; the real broadcast worker sends one broadcast to ``limit * seconds`` recipients through
SQLite. The figure: messages/s over the whole run with only the injected pauses left out (one
second each), against the limit (goal >= 95 %), and the 429s the worker caused itself (the
refusals beyond the injected ones; goal 0). The reference is the limit itself; a bare HTTP
client without limits is printed too, to show the machine could go much faster.

Memory: for each of ``--memory-sizes`` recipients, a fresh child process creates the people and
one broadcast, and the worker prepares every delivery and sends for ``--memory-seconds`` after
that at 1000/s; its peak resident memory above its start is printed (goal: flat, the largest
size within 25 % or 8 MiB of the smallest). 1,000,000 recipients take a few minutes on a quiet
machine: add it with ``--memory-sizes 10000,100000,1000000``. ``--rows`` also times creating
that many delivery rows alone (0: skipped).

On a shared machine, keep runs short and compare figures of the same run only.
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
from multiprocessing import Pipe, Process, get_context
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


def serve_fake(
    conn: Connection, limit: float, chats: int, injected: int, expect: int | None = None
) -> None:
    """Child process: the fake with strict limits, knowing ``chats`` chats; injects
    ``injected`` 429s spread over the run; once ``expect`` messages (default: one per chat)
    were accepted, reports the first and last acceptance, the 429s, the injected ones among
    them, and the chats that got the message twice."""

    async def serve() -> None:
        fake = TimedFake(strict_limits=True, global_rate=limit, per_chat_rate=1.0)
        wanted = chats if expect is None else expect
        async with fake:
            for chat in range(FIRST_CHAT, FIRST_CHAT + chats):
                fake.add_chat(chat)
            conn.send((fake.token, fake.base_url))
            marks = [wanted * (n + 1) // (injected + 1) for n in range(injected)]
            fired = 0
            while len(fake.accepted) < wanted:
                await asyncio.sleep(0.02)
                while marks and len(fake.accepted) >= marks[0]:
                    marks.pop(0)
                    fired += 1
                    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", 1)
            left = sum(i.remaining for i in fake._injected.get("sendmessage", ()))
            refused = sum(1 for e in fake.errors if e.status == 429)
            chat_ids = range(FIRST_CHAT, FIRST_CHAT + chats)
            duplicates = sum(1 for c in chat_ids if len(fake.sent(c)) > 1)
            conn.send((fake.accepted[0], fake.accepted[-1], refused, fired - left, duplicates))
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
    recipients: int
    sent: int
    rate: float
    paused: float
    refused: int
    injected: int
    duplicates: int

    @property
    def own_429s(self) -> int:
        """Refusals beyond the injected ones: the worker went over the limit itself."""
        return self.refused - self.injected

    @property
    def share(self) -> float:
        return self.rate / self.limit


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
        worker = new_worker(database, url, token, base_url, limit, concurrency)
        broadcast_id = await create(database)
        task = asyncio.create_task(worker.run())
        first, last, refused, fired, duplicates = await loop.run_in_executor(None, conn.recv)
        worker.stop()
        await task
        async with database.read() as session:
            counts = await Broadcasts(session).counts(broadcast_id)
        await database.dispose()
    conn.send(None)
    process.join(10)
    # Only the injected pauses are left out ("retry after 1" each); any other wait counts.
    span = last - first - fired * 1.0
    return Run(
        limit=limit,
        recipients=recipients,
        sent=counts.get("sent", 0),
        rate=(recipients - 1) / span,
        paused=worker.pacers["telegram"].paused_total,
        refused=refused,
        injected=fired,
        duplicates=duplicates,
    )


def new_worker(
    database: Database, url: str, token: str, base_url: str, limit: float, concurrency: int
) -> BroadcastWorker:
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=url,
        telegram_token=SecretStr(token),
        telegram_api_base_url=base_url,
        broadcast_rate=limit,
        broadcast_concurrency=concurrency,
    )
    return BroadcastWorker(database, Translator(), settings, senders_for(settings))


def memory_child(conn: Connection, recipients: int, seconds: float, limit: float) -> None:
    """A fresh process per size: the worker's peak RSS above its start (KiB), while it prepares
    every delivery and then sends for ``seconds``; also the deliveries made and sent."""
    asyncio.run(memory_run(conn, recipients, seconds, limit))


async def memory_run(conn: Connection, recipients: int, seconds: float, limit: float) -> None:
    # The fake knows only the chats the run can reach (a million chats would fill its memory);
    # later ones would be "chat not found", which the worker handles the same way.
    reach = min(recipients, int(limit * (seconds + 120)))
    fake_conn, child = Pipe()
    process = Process(target=serve_fake, args=(child, limit, reach, 0, 1 << 62), daemon=True)
    process.start()
    token, base_url = fake_conn.recv()
    with tempfile.TemporaryDirectory() as folder:
        url, database = await new_database(Path(folder), recipients)
        worker = new_worker(database, url, token, base_url, limit, concurrency_for(limit))
        broadcast_id = await create(database)
        sampler = RssSampler()
        sampling = asyncio.create_task(sampler.run())
        task = asyncio.create_task(worker.run())
        prepared_at = None
        for _ in range(int(3600 / 0.5)):  # bounded: an hour
            await asyncio.sleep(0.5)
            async with database.read() as session:
                record = await Broadcasts(session).get(broadcast_id)
            assert record is not None
            if record.prepared and prepared_at is None:
                prepared_at = time.monotonic()
            if prepared_at is not None and time.monotonic() - prepared_at >= seconds:
                break
        worker.stop()
        await task
        sampling.cancel()
        await asyncio.gather(sampling, return_exceptions=True)
        async with database.read() as session:
            counts = await Broadcasts(session).counts(broadcast_id)
        await database.dispose()
    process.kill()
    process.join(10)
    conn.send((sampler.growth_kib, sum(counts.values()), counts.get("sent", 0)))


def memory(recipients: int, seconds: float, limit: float) -> tuple[float, int, int]:
    conn, child = Pipe()
    process = get_context("spawn").Process(
        target=memory_child, args=(child, recipients, seconds, limit), daemon=False
    )
    process.start()
    result: tuple[float, int, int] = conn.recv()
    process.join(30)
    return result


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
    first, last, *_ = await asyncio.get_running_loop().run_in_executor(None, conn.recv)
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
    parser.add_argument("--seconds", type=float, default=62.0, help="sending time per limit")
    parser.add_argument("--limits", default="30,1000", help="global limits to run, per second")
    parser.add_argument("--injected", type=int, default=3, help="extra 429s per run")
    parser.add_argument("--memory-sizes", default="10000,100000", help="recipients; '' skips")
    parser.add_argument("--memory-seconds", type=float, default=10.0)
    parser.add_argument("--rows", type=int, default=0, help="time creating this many rows")
    parser.add_argument(
        "--concurrency", type=int, default=0, help="BOT_BROADCAST_CONCURRENCY; 0: by the limit"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    limits = [float(x) for x in args.limits.split(",") if x.strip()]
    sizes = [int(x) for x in args.memory_sizes.split(",") if x.strip()]

    print(f"broadcast: {args.seconds:.0f}s per limit, SQLite, fake Bot API in a child process")
    ceiling = await baseline(5000)
    print(f"  reference: a bare HTTP client, no limits, no database: {ceiling:7.1f} msg/s")
    runs = []
    for limit in limits:
        concurrency = args.concurrency or concurrency_for(limit)
        recipients = max(10, int(limit * args.seconds))
        run = await throughput(limit, recipients, args.injected, concurrency)
        runs.append(run)
        print(
            f"  limit {limit:6.0f}/s, {recipients} recipients: {run.rate:7.1f} msg/s with only "
            f"the injected pauses left out ({run.share:5.1%} of the limit); 429s: "
            f"{run.injected} injected, {run.own_429s} caused by the worker; paused "
            f"{run.paused:.1f}s in all; sent {run.sent}, twice {run.duplicates} "
            f"(concurrency {concurrency})"
        )
    growths = []
    for size in sizes:
        growth, made, sent = memory(size, args.memory_seconds, 1000.0)
        growths.append(growth)
        print(
            f"  memory, {size:>9,} recipients: worker peak +{growth / 1024:6.1f} MiB RSS "
            f"({made:,} deliveries prepared, {sent:,} sent)"
        )
    if args.rows:
        elapsed, longest, made, peak = await creation(args.rows)
        print(
            f"  {made:,} delivery rows created in {elapsed:.1f}s ({made / elapsed:,.0f} rows/s), "
            f"longest write transaction {longest * 1000:.0f} ms, peak Python memory "
            f"{peak:,.0f} KiB"
        )
    rates_ok = all(r.share >= 0.95 and r.own_429s == 0 and r.duplicates == 0 for r in runs)
    flat = not growths or max(growths) - growths[0] <= max(8 * 1024, 0.25 * growths[0])
    parts = [f"{r.limit:.0f}/s {r.share:.1%}, {r.own_429s} own 429s" for r in runs]
    if growths:
        memory_text = "/".join(f"+{g / 1024:.1f}" for g in growths)
        parts.append(f"memory {memory_text} MiB at {args.memory_sizes}")
    figures = "; ".join(parts)
    print(
        f"RESULT broadcast: goal >= 95% of the limit (injected pauses left out), 0 own 429s, "
        f"flat memory | {figures} | "
        f"{'PASS' if rates_ok and flat else 'FAIL'}"
    )


if __name__ == "__main__":
    asyncio.run(main())

"""Updates/s of 1, 2 and 4 ``python -m bot run`` processes behind one webhook URL, on PostgreSQL.

    .venv/bin/python benchmarks/webhook_processes.py --database-url postgresql+asyncpg://... \\
        [--processes 1,2,4] [--updates 2000] [--users 200]

(or BOT_BENCH_POSTGRES_URL; without either it says SKIPPED, so ``make bench`` goes on.)

THE DATABASE IS WIPED (its public schema dropped and migrated again) before each size.

For each N, a fresh fake Bot API (a child process) delivers updates to a round-robin balancer
(another child process) in front of N bot processes, 40 deliveries at a time as Telegram does;
a warm-up makes every user known, then ``--updates`` `/help` messages are timed from the first
delivery to the last reply. Printed per N: updates/s, what each process added over N - 1, the
bots' CPU per update (all N processes together, from /proc), how busy the machine's CPUs were
(/proc/stat: when they are all busy, another process cannot add anything), and the answers
counted per update.
The reference is N = 1 behind the same balancer, measured in the same run. The goal: every
update answered exactly once at every N, and 2 processes at least 1.1x the updates/s of 1 (which
needs a free core for the second: on a busy machine the scaling figures mean little).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import socket
import sys
import time
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import aiohttp
from sqlalchemy import text

from benchmarks.telegram_updates import RemoteFake
from storage.db import Database
from storage.migrate import upgrade
from tests.fakes.balancer import Balancer

ROOT = Path(__file__).resolve().parents[1]
SECRET = "bench-" + secrets.token_hex(8)


def serve_balancer(conn: Connection, ports: list[int]) -> None:
    """Child process: the balancer until the benchmark says stop."""

    async def serve() -> None:
        async with Balancer(ports) as balancer:
            conn.send(balancer.url)
            await asyncio.get_running_loop().run_in_executor(None, conn.recv)

    asyncio.run(serve())


async def reset(url: str) -> None:
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        await upgrade(database)
    finally:
        await database.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def start_bot(
    url: str, fake: RemoteFake, port: int, webhook: str
) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "BOT_DATABASE_URL": url,
        "BOT_TELEGRAM_TOKEN": fake.token,
        "BOT_TELEGRAM_API_BASE_URL": fake.base_url,
        "BOT_TELEGRAM_WEBHOOK_URL": webhook,
        "BOT_TELEGRAM_WEBHOOK_SECRET": SECRET,
        "BOT_WEB_PORT": str(port),
        "BOT_LOG_LEVEL": "WARNING",
    }
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "run", cwd=ROOT, env=env, stdout=asyncio.subprocess.DEVNULL
    )


async def wait_listening(session: aiohttp.ClientSession, port: int) -> None:
    for _ in range(600):  # a minute
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                if response.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise RuntimeError(f"the bot on port {port} did not start")


def machine_ticks() -> tuple[int, int]:
    """(busy, all) CPU ticks of the whole machine since boot (/proc/stat): whether the machine
    itself was the limit (the bots, PostgreSQL, the balancer and the fake share its CPUs)."""
    with open("/proc/stat") as stat:
        fields = [int(x) for x in stat.readline().split()[1:]]
    idle = fields[3] + fields[4]  # idle, iowait
    return sum(fields) - idle, sum(fields)


async def measure(
    url: str, n: int, updates: int, users: int
) -> tuple[float, float, int, int, float]:
    """updates/s, CPU seconds per update (the bots together), updates answered more than once,
    updates not answered, and how busy the machine's CPUs were (1.0: all of them)."""
    await reset(url)
    fake = RemoteFake()
    ports = [free_port() for _ in range(n)]
    conn, child = Pipe()
    balancer = Process(target=serve_balancer, args=(child, ports), daemon=True)
    balancer.start()
    webhook = f"{conn.recv()}/telegram"
    bots = [await start_bot(url, fake, port, webhook) for port in ports]
    try:
        async with aiohttp.ClientSession() as session:
            for port in ports:
                await wait_listening(session, port)
        for _ in range(300):
            if await fake.webhook_set():
                break
            await asyncio.sleep(0.1)
        user_ids = range(20_000, 20_000 + users)
        assert await fake.deliver([(u, "/help") for u in user_ids]) == 0
        await fake.wait_sent(user_ids, users, 300)
        cpu = sum(cpu_seconds(bot.pid) for bot in bots)
        busy_before, all_before = machine_ticks()
        started = time.perf_counter()
        failed = await fake.deliver([(user_ids[i % users], "/help") for i in range(updates)])
        await fake.wait_sent(user_ids, users + updates, 600)
        rate = updates / (time.perf_counter() - started)
        cpu = sum(cpu_seconds(bot.pid) for bot in bots) - cpu
        busy_after, all_after = machine_ticks()
        busy = (busy_after - busy_before) / max(1, all_after - all_before)
        await asyncio.sleep(1.0)  # a late second answer would show in the counts
        per_user = updates // users
        counts = await fake.counts(user_ids)
        twice = sum(max(0, c - 1 - per_user) for c in counts)
        missing = sum(max(0, 1 + per_user - c) for c in counts) + failed
    finally:
        for bot in bots:
            bot.terminate()
        for bot in bots:
            await asyncio.wait_for(bot.wait(), 60)
        conn.send(None)
        balancer.join(10)
        await fake.close()
    return rate, cpu / updates, twice, missing, busy


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BOT_BENCH_POSTGRES_URL"),
        help="PostgreSQL, wiped (default: $BOT_BENCH_POSTGRES_URL)",
    )
    parser.add_argument("--processes", default="1,2,4")
    parser.add_argument("--updates", type=int, default=2000, help="a multiple of --users")
    parser.add_argument("--users", type=int, default=200)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    sizes = [int(x) for x in args.processes.split(",") if x.strip()]
    if not args.database_url:
        print("RESULT webhook_processes: needs PostgreSQL (--database-url) | SKIPPED")
        return
    print(
        f"webhook_processes: {args.updates} /help updates from {args.users} users by webhook, "
        f"PostgreSQL, {os.cpu_count()} CPUs"
    )
    rates: dict[int, float] = {}
    wrong = 0
    previous: tuple[int, float] | None = None
    for n in sizes:
        rate, cpu, twice, missing, busy = await measure(
            args.database_url, n, args.updates, args.users
        )
        rates[n] = rate
        wrong += twice + missing
        added = ""
        if previous is not None:
            each = (rate - previous[1]) / (n - previous[0])
            added = f", {each:+7.1f}/s per process added to {previous[0]}"
        print(
            f"  {n} process(es): {rate:7.1f} updates/s{added}; CPU {cpu * 1000:.2f} ms per "
            f"update (bots together); machine's CPUs {busy:.0%} busy; answered twice {twice}, "
            f"unanswered {missing}"
        )
        previous = (n, rate)
    scaling = rates[2] / rates[1] if 1 in rates and 2 in rates else float("nan")
    passed = wrong == 0 and scaling >= 1.1  # beyond noise
    print(
        f"RESULT webhook_processes: goal every update answered once and 2 processes >= 1.1x one | "
        f"wrong answers {wrong}; "
        + ", ".join(f"N={n} {r:.0f}/s" for n, r in rates.items())
        + f"; 2/1 {scaling:.2f}x | {'PASS' if passed else 'FAIL'}"
    )


if __name__ == "__main__":
    asyncio.run(main())

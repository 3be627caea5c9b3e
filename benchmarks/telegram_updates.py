"""Telegram updates/s and latency: the full stack (real PTB + engine + SQLite) against the fake
Bot API, and, in the same run, a bare PTB echo bot against the same fake.

    .venv/bin/python benchmarks/telegram_updates.py [--updates 1500] [--users 150]
                                                    [--mix-users 150] [--samples 100] [--rounds 3]

Two workloads, reported separately: ``/help`` (a read-only turn), and a mix of turns that write
(``/start``, two button presses, two onboarding answers, for fresh users, one step after the
other for all of them at once). The echo bot does the same per update: one reply, with inline
buttons (so the presses work), and a callback query answered before its reply. Printed for both
bots: updates/s, the ratio full/echo (medians of alternating rounds), the bot process's CPU per
update, and p50/p99 latency of ``/help`` one at a time (from the update being available to the
reply arriving at the fake). The fake runs in a child process, as the real platform is remote;
both bots are measured against it the same way. Goals: /help >= 0.7x, the mix >= 0.5x.
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
from dataclasses import dataclass
from multiprocessing import Pipe, Process
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pydantic import SecretStr
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    MessageHandler,
    filters,
)

from bot.core.i18n import Translator
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
                elif command == "push_en":
                    for user, text in argument:
                        fake.push_message(user, text, language_code="en")
                    conn.send(None)
                elif command == "press":
                    for user, label in argument:
                        fake.press_button(user, label)
                    conn.send(None)
                elif command == "wait_each":
                    users, count, timeout = argument
                    await fake.wait_for(
                        lambda u=users, c=count: all(len(fake.sent(x)) >= c for x in u),
                        timeout,
                        what=f"{count} replies each",
                    )
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

    async def push_en(self, messages: list[tuple[int, str]]) -> None:
        await self._ask("push_en", messages)

    async def press(self, presses: list[tuple[int, str]]) -> None:
        """Each user presses the button with that label on the bot's newest message having it."""
        await self._ask("press", presses)

    async def wait_each(self, users: range, count: int, timeout: float) -> None:
        """Block until each of ``users`` has at least ``count`` messages from the bot."""
        await self._ask("wait_each", (list(users), count, timeout))

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


@dataclass
class Figures:
    rate: float
    cpu_per_update: float  # seconds of this process's CPU (the bot's) per update


def onboarding_steps() -> list[tuple[str, str]]:
    """(send or press, what): the first turns of a registration, each one that writes."""
    translator = Translator()
    accept = translator.render("en", "onboarding-consent.accept")
    return [
        ("send", "/start"),
        ("press", "English"),
        ("press", accept),
        ("send", "Quokka Test"),
        ("send", "PL"),
    ]


async def timed(work: Callable[[], Awaitable[None]], updates: int) -> Figures:
    cpu, started = time.process_time(), time.perf_counter()
    await work()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return Figures(updates / elapsed, cpu / updates)


async def measure(
    name: str, setup: Setup, updates: int, users: int, mix_users: int, samples: int
) -> tuple[Figures, Figures, list[float]]:
    fake = RemoteFake()
    stop = await setup(fake)
    try:
        user_ids = range(10_000, 10_000 + users)
        # Warm-up: every user known, every code path hot.
        await fake.push([(u, "/help") for u in user_ids])
        await fake.wait_sent(user_ids, users, 120)

        before = await fake.sent(user_ids)

        async def help_turns() -> None:
            await fake.push([(user_ids[i % users], "/help") for i in range(updates)])
            await fake.wait_sent(user_ids, before + updates, 600)

        help_figures = await timed(help_turns, updates)

        newcomers = range(30_000, 30_000 + mix_users)
        steps = onboarding_steps()

        async def writing_turns() -> None:
            for index, (kind, what) in enumerate(steps):
                if kind == "send":
                    await fake.push_en([(u, what) for u in newcomers])
                else:
                    await fake.press([(u, what) for u in newcomers])
                await fake.wait_each(newcomers, index + 1, 600)

        mix_figures = await timed(writing_turns, mix_users * len(steps))

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
    print(
        f"  {name}: /help {help_figures.rate:8.1f} updates/s, "
        f"{help_figures.cpu_per_update * 1000:.2f} ms CPU each; writing mix "
        f"{mix_figures.rate:8.1f} updates/s, {mix_figures.cpu_per_update * 1000:.2f} ms CPU each"
    )
    return help_figures, mix_figures, latencies


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
        # The limiter still counts every message (its cost is part of a turn), but each
        # benchmark user sends far more than a person would in a minute.
        rate_limit_messages=10_000,
    )
    runtime = Runtime(settings)
    await runtime.start()
    return runtime.stop


async def echo_bot(fake: RemoteFake) -> Callable[[], Awaitable[None]]:
    """The bare PTB bot: one reply per update, with the buttons the onboarding presses."""
    labels = [what for kind, what in onboarding_steps() if kind == "press"]
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=f"b{n}")] for n, label in enumerate(labels)]
    )

    async def echo(update: Update, _context: Any) -> None:
        assert update.message is not None
        await update.message.reply_text(update.message.text or "", reply_markup=keyboard)

    async def pressed(update: Update, _context: Any) -> None:
        query = update.callback_query
        assert query is not None
        assert query.message is not None
        await query.answer()
        await query.get_bot().send_message(
            query.message.chat.id, query.data or "", reply_markup=keyboard
        )

    app = ApplicationBuilder().token(fake.token).base_url(fake.base_url).build()
    app.add_handler(MessageHandler(filters.TEXT, echo))
    app.add_handler(CallbackQueryHandler(pressed))
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
    parser.add_argument("--mix-users", type=int, default=150, help="x5 writing turns")
    parser.add_argument("--samples", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=3, help="alternating runs of each")
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("httpx").setLevel(logging.WARNING)

    print(
        f"telegram_updates: {args.updates} /help updates from {args.users} users and "
        f"{args.mix_users * 5} writing turns, SQLite, loopback, {args.rounds} alternating "
        "rounds (medians below)"
    )
    figures: dict[tuple[str, str], list[Figures]] = {}
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
                help_f, mix_f, lat = await measure(
                    label, setup, args.updates, args.users, args.mix_users, args.samples
                )
                figures.setdefault((name, "help"), []).append(help_f)
                figures.setdefault((name, "mix"), []).append(mix_f)
                latencies[name].extend(lat)
    goals = {"help": 0.7, "mix": 0.5}
    verdicts = []
    for workload, goal in goals.items():
        echo = statistics.median(f.rate for f in figures[("echo", workload)])
        full = statistics.median(f.rate for f in figures[("full", workload)])
        echo_cpu = statistics.median(f.cpu_per_update for f in figures[("echo", workload)])
        full_cpu = statistics.median(f.cpu_per_update for f in figures[("full", workload)])
        ratios = [
            f.rate / e.rate
            for f, e in zip(figures[("full", workload)], figures[("echo", workload)], strict=True)
        ]
        print(
            f"  {workload}: median updates/s echo {echo:.1f}, full {full:.1f}; ratio "
            f"{full / echo:.2f} (per round: {', '.join(f'{r:.2f}' for r in ratios)}; goal >= "
            f"{goal}); CPU per update echo {echo_cpu * 1000:.2f} ms, full {full_cpu * 1000:.2f} ms"
        )
        verdicts.append((workload, goal, full / echo))
    for name in ("echo", "full"):
        lat = latencies[name]
        print(
            f"  /help latency {name}: p50 {statistics.median(lat) * 1000:6.1f} ms"
            f"  p99 {quantile(lat, 0.99) * 1000:6.1f} ms"
        )
    passed = all(ratio >= goal for _, goal, ratio in verdicts)
    print(
        "RESULT telegram_updates: goal full/echo /help >= 0.7, writing mix >= 0.5 | "
        + ", ".join(f"{workload} {ratio:.2f}" for workload, _, ratio in verdicts)
        + f" | {'PASS' if passed else 'FAIL'}"
    )


if __name__ == "__main__":
    asyncio.run(main())

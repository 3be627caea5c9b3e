"""``python -m bot broadcast create|status|cancel`` and ``python -m bot broadcast-worker``.

The command line is for operators: what it does is written to the audit log as ``cli``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import signal
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.broadcast import service
from bot.broadcast.content import BUTTON_KINDS, Content, clean_broadcast_text
from bot.broadcast.progress import Figures
from bot.broadcast.segment import CHANNELS, STATUSES, Segment
from bot.core.i18n import SUPPORTED_LOCALES, Translator
from bot.core.inputs import Url
from bot.core.moments import utc_moment
from bot.settings import Settings
from storage.broadcasts import BroadcastRecord
from storage.db import Database
from storage.repositories import Repositories

ACTOR = "cli"


def add_commands(commands: Any) -> None:
    """Register ``broadcast`` and ``broadcast-worker`` on the main parser's subcommands."""
    broadcast = commands.add_parser("broadcast", help="create, follow or cancel broadcasts")
    actions = broadcast.add_subparsers(dest="action", required=True)

    create = actions.add_parser(
        "create",
        help="count the recipients of a broadcast and, with --yes, send it",
        description="Texts per language; languages without one may fall back to another's. "
        "Filters narrow the audience; each takes comma-separated values.",
    )
    create.add_argument("--text", action="append", default=[], type=_pair, help="LANG=TEXT")
    create.add_argument(
        "--text-file", action="append", default=[], type=_pair, help="LANG=PATH (UTF-8)"
    )
    create.add_argument(
        "--fallback", action="append", default=[], type=_pair, help="LANG=SOURCE_LANG"
    )
    create.add_argument("--button", choices=BUTTON_KINDS, help="a link button's label")
    create.add_argument("--url", help="the link button's address (https://...)")
    create.add_argument("--language", type=_list, default=(), help="e.g. ru,pl")
    create.add_argument("--country", type=_list, default=(), help="e.g. FR,ES")
    create.add_argument("--platform", type=_list, default=(), help="e.g. instagram,tiktok")
    create.add_argument("--status", type=_list, default=(), help=",".join(STATUSES))
    create.add_argument("--tier", type=_list, default=(), help="e.g. standard,kol")
    create.add_argument("--channel", type=_list, default=(), help=",".join(CHANNELS))
    create.add_argument("--registered-since", type=_moment, help="ISO 8601 date")
    create.add_argument("--active-since", type=_moment, help="ISO 8601 date")
    create.add_argument("--at", type=_moment, help="send at this time (ISO 8601, UTC default)")
    create.add_argument("--yes", action="store_true", help="create it (otherwise only count)")

    status = actions.add_parser("status", help="recent broadcasts, or one in detail")
    status.add_argument("id", nargs="?", type=int)
    cancel = actions.add_parser("cancel", help="stop a scheduled or running broadcast")
    cancel.add_argument("id", type=int)

    commands.add_parser(
        "broadcast-worker", help="send broadcasts in this process (instead of inside `run`)"
    )


def _pair(value: str) -> tuple[str, str]:
    key, sep, rest = value.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{value!r} is not LANG=VALUE")
    return key.strip().lower(), rest


def _list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


def _moment(value: str) -> datetime:
    try:
        return utc_moment(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO 8601 date") from None


def build(args: argparse.Namespace) -> tuple[Content, Segment]:
    """Content and segment from the arguments; ValueError says what is wrong."""
    texts: dict[str, str] = {}
    for locale, text in args.text:
        texts[locale] = clean_broadcast_text(text)
    for locale, path in args.text_file:
        texts[locale] = clean_broadcast_text(Path(path).read_text(encoding="utf-8"))
    for locale in [*texts, *(loc for loc, _ in args.fallback)]:
        if locale not in SUPPORTED_LOCALES:
            raise ValueError(f"unknown language {locale!r} ({', '.join(SUPPORTED_LOCALES)})")
    url = None
    if args.url is not None:
        url = Url().parse(args.url, "en") if args.url else None
    content = Content(
        texts=texts,
        fallbacks={locale: source.strip().lower() for locale, source in args.fallback},
        button=args.button,
        url=url,
    )
    for name, values, allowed in (
        ("--language", args.language, SUPPORTED_LOCALES),
        ("--status", args.status, STATUSES),
        ("--channel", args.channel, CHANNELS),
    ):
        unknown = sorted(set(values) - set(allowed))
        if unknown:
            raise ValueError(f"{name}: unknown {', '.join(unknown)} ({', '.join(allowed)})")
    segment = Segment(
        languages=tuple(args.language),
        countries=tuple(c.upper() for c in args.country),
        platforms=tuple(p.lower() for p in args.platform),
        statuses=tuple(args.status),
        tiers=tuple(args.tier),
        channels=tuple(args.channel),
        registered_since=args.registered_since,
        active_since=args.active_since,
    )
    return content, segment


async def broadcast_command(settings: Settings, args: argparse.Namespace) -> int:
    database = Database(settings.database_url)
    try:
        if args.action == "create":
            return await _create(settings, database, args)
        if args.action == "status":
            return await _status(database, args.id)
        return await _cancel(database, args.id)
    finally:
        await database.dispose()


async def _create(settings: Settings, database: Database, args: argparse.Namespace) -> int:
    try:
        content, segment = build(args)
    except (ValueError, OSError) as error:
        print(f"cannot create the broadcast: {error}", file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    if args.at is not None and args.at <= now:
        print("--at must be in the future", file=sys.stderr)
        return 2
    if not service.platforms(settings):
        print("no platform token is set: a broadcast could reach nobody", file=sys.stderr)
        return 2
    async with database.transaction() as session:
        services = Repositories(session)
        counted = await service.audience(services, settings, content, segment)
        print(
            f"recipients: {counted.people} on Telegram ({counted.blocked} more blocked the bot "
            f"and are skipped), {counted.channels} Discord announcement posts"
        )
        if counted.empty:
            print("nobody matches: nothing created", file=sys.stderr)
            return 1
        if not args.yes:
            print("add --yes to create it", file=sys.stderr)
            return 0
        broadcast_id = await service.create(
            services,
            settings,
            content=content,
            segment=segment,
            actor=ACTOR,
            now=now,
            scheduled_at=args.at,
            counted=counted,
        )
    when = f"scheduled for {args.at.isoformat()}" if args.at else "queued to start now"
    print(f"broadcast {broadcast_id} {when}")
    return 0


def _line(record: BroadcastRecord, figures: Figures) -> str:
    when = record.scheduled_at.isoformat() if record.scheduled_at else "-"
    return (
        f"{record.id}\t{record.state}\tby {record.created_by}\tat {when}\t"
        f"sent={figures.sent} failed={figures.failed} blocked={figures.blocked} "
        f"unknown={figures.unknown} skipped={figures.skipped} cancelled={figures.cancelled} "
        f"remaining={figures.remaining}"
    )


async def _status(database: Database, broadcast_id: int | None) -> int:
    async with database.read() as session:
        broadcasts = Repositories(session).broadcasts
        records = (
            [r for r in [await broadcasts.get(broadcast_id)] if r is not None]
            if broadcast_id is not None
            else await broadcasts.recent(20)
        )
        if broadcast_id is not None and not records:
            print(f"no broadcast {broadcast_id}", file=sys.stderr)
            return 1
        for record in records:
            print(_line(record, Figures.of(await broadcasts.counts(record.id))))
    if broadcast_id is not None:
        record = records[0]
        content = Content.from_dict(record.content)
        for locale, text in content.texts.items():
            print(f"  [{locale}] {text}")
        for locale, source in content.fallbacks.items():
            print(f"  [{locale}] -> [{source}]")
        if content.button:
            print(f"  button: {content.button} -> {content.url}")
        print(f"  segment: {record.segment or 'everyone'}")
    return 0


async def _cancel(database: Database, broadcast_id: int) -> int:
    async with database.transaction() as session:
        cancelled = await service.cancel(
            Repositories(session), broadcast_id, actor=ACTOR, now=datetime.now(UTC)
        )
    if cancelled is None:
        print(f"broadcast {broadcast_id} is not scheduled or running", file=sys.stderr)
        return 1
    print(f"broadcast {broadcast_id} cancelled; messages in flight finish", file=sys.stderr)
    return 0


async def worker_command(settings: Settings) -> int:
    """Run the broadcast worker alone until SIGINT or SIGTERM (then stop gracefully)."""
    from bot.broadcast.senders import senders_for
    from bot.broadcast.worker import BroadcastWorker

    senders = senders_for(settings)
    if not senders:
        print("no platform token is set (BOT_TELEGRAM_TOKEN, BOT_DISCORD_TOKEN)", file=sys.stderr)
        return 2
    database = Database(settings.database_url)
    worker = BroadcastWorker(database, Translator(), settings, senders)
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, worker.stop)
    try:
        await worker.run()
    finally:
        await database.dispose()
    return 0

"""Command line: ``python -m bot run|migrate|web|discord-sync|campaign|import-conversions|payout|
grant-role|revoke-role|audit|broadcast|broadcast-worker``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from bot import staff_cli
from bot.app import build_app, migrate
from bot.broadcast import cli as broadcast_cli
from bot.logsetup import configure_logging
from bot.runtime import Runtime
from bot.settings import Settings


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="influencer-bot", description=__doc__)
    commands = root.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run every configured channel (console when no token)")
    run.add_argument("--console", action="store_true", help="talk in this terminal")
    run.add_argument("--user", default="1", help="console: who is talking (default 1)")
    run.add_argument("--locale", default=None, help="console: the platform language hint")

    commands.add_parser("migrate", help="apply database migrations")
    commands.add_parser("web", help="serve the web app alone: link redirects, postbacks, health")

    sync = commands.add_parser(
        "discord-sync", help="register the Discord slash commands (globally or in one server)"
    )
    sync.add_argument("--guild", type=int, default=None, help="a server id, for instant updates")

    campaign = commands.add_parser("campaign", help="add, list, pause or resume campaigns")
    actions = campaign.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a campaign")
    add.add_argument("--name", required=True)
    add.add_argument("--url", required=True, help="destination; may hold {code} {click_id} {ref}")
    add.add_argument(
        "--rate", action="append", required=True, type=_rate, help="tier=basis points, repeatable"
    )
    add.add_argument("--currency", required=True, help="ISO 4217, e.g. EUR")
    add.add_argument("--window-days", type=int, default=30, help="attribution window")
    add.add_argument("--lock-days", type=int, default=14, help="holding period")
    add.add_argument("--domain", action="append", default=[], help="allowed product domain")
    add.add_argument("--countries", default="", help="e.g. FR,ES (empty: every country)")
    add.add_argument("--starts", type=_moment, default=None, help="ISO 8601 (default now)")
    add.add_argument("--ends", type=_moment, default=None, help="ISO 8601")
    actions.add_parser("list", help="list campaigns")
    for name in ("pause", "resume"):
        action = actions.add_parser(name, help=f"{name} a campaign")
        action.add_argument("name")

    imports = commands.add_parser(
        "import-conversions", help="apply conversion events from a CSV file"
    )
    imports.add_argument("file", type=Path)

    payout = commands.add_parser("payout", help="the payout queue: list, show, pay, reject")
    steps = payout.add_subparsers(dest="action", required=True)
    steps.add_parser("list", help="open requests, oldest first (payout details masked)")
    show = steps.add_parser("show", help="one request with the full payout details, to pay it")
    show.add_argument("id", type=int)
    pay = steps.add_parser("pay", help="record that a request was paid")
    pay.add_argument("id", type=int)
    pay.add_argument("--reference", required=True, help="the bank's or PayPal's transaction id")
    pay.add_argument("--by", default=None, help="who paid it (default: your login name)")
    reject = steps.add_parser("reject", help="decline a request; its money is available again")
    reject.add_argument("id", type=int)
    reject.add_argument("--reason", required=True, help="told to the influencer as written")
    reject.add_argument("--by", default=None, help="who declined it (default: your login name)")
    staff_cli.add_commands(commands)
    broadcast_cli.add_commands(commands)
    return root


def _rate(value: str) -> tuple[str, int]:
    tier, sep, points = value.partition("=")
    if not sep or not tier or not points.isdigit() or not 0 <= int(points) <= 10_000:
        raise argparse.ArgumentTypeError("a rate looks like standard=800 (basis points)")
    return tier.strip(), int(points)


def _moment(value: str) -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError("not an ISO 8601 date") from None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


CAMPAIGN_PROBLEMS = {
    "url": "--url must be an http(s) URL",
    "currency": "--currency must be an ISO 4217 code such as EUR",
    "days": "--window-days and --lock-days cannot be negative",
    "ends": "--ends must be after --starts",
    "domain": "--domain {detail!r} is not a domain name",
    "rate": "a rate looks like standard=800 (basis points)",
}


def _check_campaign(args: argparse.Namespace) -> str | None:
    """What is wrong with a new campaign's arguments, or None (the console's rules too)."""
    from bot.services.campaign_rules import problem

    found = problem(
        url=args.url,
        currency=args.currency,
        window_days=args.window_days,
        lock_days=args.lock_days,
        starts=args.starts,
        ends=args.ends,
        domains=args.domain,
        rates=args.rate,
    )
    if found is None:
        return None
    code, detail = found
    return CAMPAIGN_PROBLEMS[code].format(detail=detail)


async def campaign_command(settings: Settings, args: argparse.Namespace) -> int:
    from storage.campaigns import CampaignExists, Campaigns
    from storage.db import Database

    if args.action == "add" and (problem := _check_campaign(args)) is not None:
        print(problem, file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    database = Database(settings.database_url)
    try:
        if args.action == "list":
            async with database.read() as session:
                for c in await Campaigns(session).list_all():
                    rates = ",".join(f"{tier}={bp}" for tier, bp in sorted(c.rates.items()))
                    state = "active" if c.active else "paused"
                    countries = ",".join(c.countries) or "all"
                    print(
                        f"{c.name}\t{state}\t{c.currency}\t{rates}\twindow={c.attribution_window_days}d"
                        f"\tlock={c.lock_days}d\tcountries={countries}\t{c.url_template}"
                    )
            return 0
        async with database.transaction() as session:
            campaigns = Campaigns(session)
            if args.action == "add":
                try:
                    await campaigns.add(
                        name=args.name,
                        url_template=args.url,
                        rates=dict(args.rate),
                        currency=args.currency,
                        attribution_window_days=args.window_days,
                        lock_days=args.lock_days,
                        starts_at=args.starts or now,
                        ends_at=args.ends,
                        allowed_domains=[d.lower() for d in args.domain],
                        countries=[
                            c.strip().upper() for c in args.countries.split(",") if c.strip()
                        ],
                        now=now,
                    )
                except CampaignExists:
                    print(f"a campaign named {args.name!r} exists already", file=sys.stderr)
                    return 1
                print(f"campaign {args.name!r} added", file=sys.stderr)
                return 0
            changed = await (campaigns.pause if args.action == "pause" else campaigns.resume)(
                args.name
            )
        if not changed:
            print(f"no campaign named {args.name!r}", file=sys.stderr)
            return 1
        print(f"campaign {args.name!r}: {args.action}d", file=sys.stderr)
        return 0
    finally:
        await database.dispose()


async def import_command(settings: Settings, path: Path) -> int:
    from bot.importer import UnreadableFile, import_conversions
    from bot.services.tiers import TierLadder
    from storage.db import Database

    database = Database(settings.database_url)
    try:
        report = await import_conversions(
            database,
            path,
            lambda: datetime.now(UTC),
            referral_bonus=settings.referral_bonus,
            tiers=TierLadder.from_settings(settings),
        )
    except UnreadableFile as error:
        print(f"cannot read {path}: {error}", file=sys.stderr)
        return 2
    finally:
        await database.dispose()
    print("\n".join(report.lines()))
    return 0


async def payout_command(settings: Settings, args: argparse.Namespace) -> int:
    from bot.payout_cli import run

    return await run(settings, args)


async def run_console(settings: Settings, user: str, locale: str | None) -> None:
    from bot.channels.console import ConsoleChannel

    app = build_app(settings)
    try:
        await ConsoleChannel(app.engine, user_id=user, locale_hint=locale).run()
    finally:
        await app.close()


async def discord_sync(settings: Settings, guild: int | None) -> int:
    """Register slash commands with their translations; a command, never done in on_ready."""
    from bot.channels.discord import DiscordChannel
    from bot.core.i18n import Translator

    if settings.discord_token is None:
        print("BOT_DISCORD_TOKEN is not set", file=sys.stderr)
        return 2
    channel = DiscordChannel(None, settings, Translator())
    try:
        await channel.bot.login(settings.discord_token.get_secret_value())
        synced = await channel.sync(guild)
    finally:
        await channel.close()
    where = f"server {guild}" if guild else "all servers (may take up to an hour to show)"
    print(f"registered {len(synced)} commands for {where}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    settings = Settings()
    no_platform = settings.telegram_token is None and settings.discord_token is None
    console = args.command == "run" and (args.console or no_platform)
    configure_logging("WARNING" if console else settings.log_level, settings.secrets())
    if args.command == "migrate":
        asyncio.run(migrate(settings))
        print("database is up to date", file=sys.stderr)
        return 0
    if args.command == "discord-sync":
        return asyncio.run(discord_sync(settings, args.guild))
    if args.command == "campaign":
        return asyncio.run(campaign_command(settings, args))
    if args.command == "import-conversions":
        return asyncio.run(import_command(settings, args.file))
    if args.command == "payout":
        return asyncio.run(payout_command(settings, args))
    if args.command in ("grant-role", "revoke-role"):
        return asyncio.run(staff_cli.role_command(settings, args))
    if args.command == "audit":
        return asyncio.run(staff_cli.audit_command(settings, args))
    if args.command == "broadcast":
        return asyncio.run(broadcast_cli.broadcast_command(settings, args))
    if args.command == "broadcast-worker":
        return asyncio.run(broadcast_cli.worker_command(settings))
    if args.command == "web":
        if settings.web_port is None:
            settings.web_port = 8080
        with contextlib.suppress(KeyboardInterrupt):
            return asyncio.run(Runtime(settings, web_only=True).serve_forever())
        return 0
    if args.command == "run":
        with contextlib.suppress(KeyboardInterrupt):
            if console:
                asyncio.run(run_console(settings, args.user, args.locale))
            else:
                return asyncio.run(Runtime(settings).serve_forever())
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())

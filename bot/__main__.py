"""Command line: ``python -m bot run|migrate|web|discord-sync|campaign|import-conversions|payout|
grant-role|revoke-role|audit|ticket|broadcast|broadcast-worker``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from pydantic import ValidationError

from bot.app import build_app, migrate, prepare_database
from bot.cli import broadcast as broadcast_cli
from bot.cli import campaign as campaign_cli
from bot.cli import staff as staff_cli
from bot.cli import support as support_cli
from bot.cli.campaign import campaign_command as campaign_command
from bot.logsetup import configure_logging
from bot.runtime import Runtime
from bot.settings import Settings
from bot.settings_checks import describe as describe_settings_problems


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

    campaign_cli.add_commands(commands)

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
    support_cli.add_commands(commands)
    broadcast_cli.add_commands(commands)
    return root


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
    from bot.cli.payout import run

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
    from handlers import build_router

    if settings.discord_token is None:
        print("BOT_DISCORD_TOKEN is not set", file=sys.stderr)
        return 2
    channel = DiscordChannel(None, settings, Translator(), router=build_router())
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
    try:
        settings = Settings()
    except ValidationError as error:
        print("influencer-bot: settings refused:", file=sys.stderr)
        for line in describe_settings_problems(error):
            print(f"  {line}", file=sys.stderr)
        return 2
    no_platform = settings.telegram_token is None and settings.discord_token is None
    console = args.command == "run" and (args.console or no_platform)
    configure_logging("WARNING" if console else settings.log_level, settings.secrets())
    if args.command == "migrate":
        asyncio.run(migrate(settings))
        print("database is up to date", file=sys.stderr)
        return 0
    if args.command not in ("discord-sync",) and (
        problem := asyncio.run(prepare_database(settings))
    ):
        print(f"influencer-bot: {problem}", file=sys.stderr)
        return 2
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
    if args.command == "ticket":
        return asyncio.run(support_cli.ticket_command(settings, args))
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

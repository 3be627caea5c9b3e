"""Command line: ``python -m bot run|migrate``."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import sys
from collections.abc import Sequence

from bot.app import build_app, migrate
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

    sync = commands.add_parser(
        "discord-sync", help="register the Discord slash commands (globally or in one server)"
    )
    sync.add_argument("--guild", type=int, default=None, help="a server id, for instant updates")
    return root


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

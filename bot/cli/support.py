"""``python -m bot ticket list|show N|reply N TEXT|close N``: the support desk in a terminal.

Whoever runs it holds the database, so it acts as a member of staff named ``cli:<login>`` (or
``--by``) in the audit log. The rules are bot/services/support.py, as in chat and on the desks:
the answer reaches the influencer in their language, on their platform, when the bot runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from bot.cli.staff import cli_actor
from bot.services import support as desk
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from storage.tickets import TicketRecord

STATES = {"open": "waiting for staff", "waiting": "waiting for the influencer", "closed": "closed"}


def add_commands(commands: Any) -> None:
    """Register ``ticket`` on ``python -m bot``'s parser."""
    ticket = commands.add_parser("ticket", help="support tickets: list, show, reply, close")
    steps = ticket.add_subparsers(dest="action", required=True)
    listing = steps.add_parser("list", help="open tickets, oldest first")
    listing.add_argument("--all", action="store_true", help="closed ones too")
    show = steps.add_parser("show", help="one ticket with its messages")
    show.add_argument("id", type=int)
    reply = steps.add_parser("reply", help="answer a ticket; the influencer gets it in chat")
    reply.add_argument("id", type=int)
    reply.add_argument("text", nargs="+", help="the answer, as the influencer will read it")
    reply.add_argument("--by", default=None, help="who answers (default: your login name)")
    close = steps.add_parser("close", help="close a ticket; the influencer is asked to rate it")
    close.add_argument("id", type=int)
    close.add_argument("--by", default=None, help="who closes it (default: your login name)")


def _actor(args: argparse.Namespace) -> str:
    by = getattr(args, "by", None)
    return f"cli:{by}"[:80] if by else cli_actor()


def _line(ticket: TicketRecord) -> str:
    subject = " ".join(ticket.subject.split())
    subject = subject if len(subject) <= 60 else subject[:59] + "…"
    opened = ticket.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
    return (
        f"#{ticket.id}  {opened}  {STATES.get(ticket.state, ticket.state)}  "
        f"{ticket.locale}  {ticket.channel}  {subject}"
    )


async def ticket_command(
    settings: Settings, args: argparse.Namespace, out: TextIO = sys.stdout
) -> int:
    database = Database(settings.database_url)
    try:
        return await _run(database, settings, args, out)
    finally:
        await database.dispose()


async def _run(
    database: Database, settings: Settings, args: argparse.Namespace, out: TextIO
) -> int:
    now = datetime.now(UTC)
    if args.action == "list":
        async with database.read() as session:
            states = ("open", "waiting", "closed") if args.all else ("open", "waiting")
            tickets = await Repositories(session).tickets.listing(states, limit=200)
        for ticket in tickets:
            print(_line(ticket), file=out)
        if not tickets:
            print("no open tickets", file=out)
        return 0
    if args.action == "show":
        async with database.read() as session:
            services = Repositories(session)
            shown = await services.tickets.get(args.id)
            messages = await services.tickets.messages(args.id) if shown else []
        if shown is None:
            print(f"there is no ticket #{args.id}", file=sys.stderr)
            return 1
        print(_line(shown), file=out)
        for message in messages:
            who = "influencer" if message.direction == "in" else message.author
            when = message.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")
            body = message.text or f"[{message.media or 'no text'}]"
            print(f"  {when}  {who}: {body}", file=out)
        return 0
    if args.action == "reply":
        async with database.transaction() as session:
            result = await desk.staff_reply(
                Repositories(session),
                settings,
                channel="cli",
                external_id=_actor(args),
                ticket_id=args.id,
                text=" ".join(args.text).strip(),
                now=now,
                via="cli",
                trusted=True,
            )
        if result.outcome != "sent":
            reason = "is closed" if result.outcome == "closed" else "does not exist"
            print(f"ticket #{args.id} {reason}; nothing was sent", file=sys.stderr)
            return 1
        print(f"ticket #{args.id}: answer queued for the influencer", file=out)
        return 0
    async with database.transaction() as session:
        services = Repositories(session)
        found = await services.tickets.get(args.id)
        if found is not None and found.state != "closed":
            await desk.close(services, settings, found, actor=_actor(args), by_staff=True, now=now)
    if found is None or found.state == "closed":
        reason = "is already closed" if found else "does not exist"
        print(f"ticket #{args.id} {reason}", file=sys.stderr)
        return 1
    print(f"ticket #{args.id} closed; the influencer is asked for a rating", file=out)
    return 0

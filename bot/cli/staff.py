"""Staff from the command line: ``grant-role``, ``revoke-role`` and ``audit``.

Whoever can run these commands holds the database, so they act as an owner; the audit log
names them ``cli:<operating-system user>``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import re
import sys
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TextIO

from bot.core.auth import ROLES, parse_account
from bot.core.moments import utc_moment
from bot.settings import Settings
from storage.audit import AuditRecord

_RELATIVE = re.compile(r"^(\d{1,6})([mhdw])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
MAX_WIDTH = 40


def add_commands(commands: Any) -> None:
    """Register the sub-commands on ``python -m bot``'s parser."""
    for name, verb in (("grant-role", "give"), ("revoke-role", "take away")):
        command = commands.add_parser(name, help=f"{verb} a staff role ({', '.join(ROLES)})")
        command.add_argument("account", help="channel:id, e.g. telegram:123456789 or console:1")
        command.add_argument("role", choices=ROLES)
    audit = commands.add_parser("audit", help="show the audit log of staff actions")
    audit.add_argument("--actor", help="only this account, e.g. telegram:123456789")
    audit.add_argument("--action", help="only this action, e.g. review.approve")
    audit.add_argument("--since", type=since, help="ISO date/time or a span like 7d, 12h, 30m")
    audit.add_argument("--limit", type=int, default=50, help="newest N entries (default 50)")
    audit.add_argument("--json", action="store_true", help="one JSON object per line")


def since(value: str, now: datetime | None = None) -> datetime:
    """``2026-11-01``, ``2026-11-01T08:00+01:00`` (UTC when no offset), or ``7d`` ago."""
    match = _RELATIVE.match(value.strip())
    if match:
        amount, unit = match.groups()
        return (now or datetime.now(UTC)) - timedelta(**{_UNITS[unit]: int(amount)})
    try:
        return utc_moment(value)
    except ValueError:
        raise argparse.ArgumentTypeError("use an ISO date (2026-11-01) or a span (7d)") from None


def cli_actor() -> str:
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):  # no user name in this environment (a bare container)
        return "cli"


async def role_command(settings: Settings, args: argparse.Namespace) -> int:
    from bot.services.roles import change_role
    from storage.db import Database
    from storage.repositories import Repositories

    try:
        channel, external_id = parse_account(args.account)
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    grant = args.command == "grant-role"
    database = Database(settings.database_url)
    try:
        async with database.transaction() as session:
            changed = await change_role(
                Repositories(session),
                settings,
                actor=cli_actor(),
                channel=channel,
                external_id=external_id,
                role=args.role,
                grant=grant,
                now=datetime.now(UTC),
            )
    finally:
        await database.dispose()
    account = f"{channel}:{external_id}"
    if grant:
        print(f"{account}: {args.role} " + ("granted" if changed else "was held already"))
    else:
        print(f"{account}: {args.role} " + ("revoked" if changed else "was not held"))
    return 0


async def audit_command(settings: Settings, args: argparse.Namespace) -> int:
    from storage.db import Database
    from storage.repositories import Repositories

    if args.limit < 1:
        print("--limit must be at least 1", file=sys.stderr)
        return 2
    database = Database(settings.database_url)
    try:
        async with database.read() as session:
            entries = await Repositories(session).audit.entries(
                actor=args.actor, action=args.action, since=args.since, limit=args.limit
            )
    finally:
        await database.dispose()
    entries.reverse()  # the newest N, read top to bottom in the order they happened
    if args.json:
        write_json(entries, sys.stdout)
    else:
        write_table(entries, sys.stdout)
    return 0


def _details(details: dict[str, Any]) -> str:
    parts = []
    for key, value in details.items():
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        parts.append(f"{key}={text}")
    return " ".join(parts)


def _cell(text: str) -> str:
    """One line, at most MAX_WIDTH characters, so columns stay columns."""
    text = " ".join(text.split())
    return text if len(text) <= MAX_WIDTH else text[: MAX_WIDTH - 1] + "…"


def write_table(entries: Sequence[AuditRecord], out: TextIO) -> None:
    """Aligned columns: TIME (UTC), ACTOR, ACTION, SUBJECT, then DETAILS in full."""
    if not entries:
        print("no audit entries", file=out)
        return
    header = ("TIME (UTC)", "ACTOR", "ACTION", "SUBJECT")
    rows = [
        (
            e.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S"),
            _cell(e.actor),
            _cell(e.action),
            _cell(e.subject or "-"),
        )
        for e in entries
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    titles = "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))
    print(f"{titles}  DETAILS", file=out)
    for row, entry in zip(rows, entries, strict=True):
        cells = "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True))
        print(f"{cells}  {' '.join(_details(entry.details).splitlines())}".rstrip(), file=out)


def write_json(entries: Sequence[AuditRecord], out: TextIO) -> None:
    for e in entries:
        record = {
            "id": e.id,
            "time": e.created_at.isoformat(),
            "actor": e.actor,
            "action": e.action,
            "subject": e.subject,
            "details": e.details,
        }
        print(json.dumps(record, ensure_ascii=False), file=out)

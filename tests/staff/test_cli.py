"""The staff flows as a newcomer tries them in a terminal: ``python -m bot grant-role``,
``audit``, and the console with ``BOT_OWNER_IDS=console:1``, in real subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.__main__ import parser
from bot.cli import staff as staff_cli
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from tests.staff import applicant
from tests.support import Chat, Clock, normalise

ROOT = Path(__file__).resolve().parents[2]
REGISTRATION = [
    "/start",
    "1",  # English
    "1",  # accept the terms
    "Anna Nowak",
    "4",  # Poland
    "1",  # Instagram
    "@anna.nowak",
    "12500",
    "2",  # beauty
    "2",  # no more channels
    "1",  # submit
]


@pytest.fixture
def db(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "bot.db"
    shutil.copy(sqlite_template, path)
    return path


def bot(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "BOT_DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "BOT_PROGRAMME_NAME": "Star Partners",
        "BOT_OWNER_IDS": "console:1",
        "PYTHONIOENCODING": "utf-8",
    }
    for name in ("BOT_TELEGRAM_TOKEN", "BOT_DISCORD_TOKEN"):
        env.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )


def console(db: Path, user: str, *lines: str) -> str:
    result = bot(db, "run", "--console", "--user", user, "--locale", "en", stdin="\n".join(lines))
    assert result.returncode == 0, result.stderr
    return normalise(result.stdout)


def say(translator: Translator, message_id: str, **args: object) -> str:
    return normalise(translator.render("en", message_id, args))


async def cli(settings: Settings, *argv: str) -> int:
    """A command of ``python -m bot`` as main() parses and runs it, in this process."""
    args = parser().parse_args(argv)
    if args.command == "audit":
        return await staff_cli.audit_command(settings, args)
    return await staff_cli.role_command(settings, args)


def test_the_console_owner_reviews_and_the_applicant_sees_the_decision(
    db: Path, translator: Translator
) -> None:
    console(db, "2", *REGISTRATION)
    granted = bot(db, "grant-role", "console:9", "support")
    assert (granted.returncode, granted.stdout) == (0, "console:9: support granted\n")
    out = console(db, "1", "/review", "1", "1")  # approve, confirm
    assert "Anna Nowak" in out and "@anna.nowak" in out
    assert say(translator, "review-approved-done", name="Anna Nowak") in out
    assert say(translator, "review-queue-empty") in out
    # The applicant's console shows what the runtime would have sent them.
    out = console(db, "2", "/status")
    notice = say(translator, "review-notify-approved", programme="Star Partners")
    assert out.index(notice) < out.index(
        say(translator, "status-approved", programme="Star Partners")
    )
    assert notice not in console(db, "2", "/status")  # delivered once
    audit = bot(db, "audit").stdout
    assert "role.grant" in audit and "review.approve" in audit


async def test_grant_role_and_revoke_role_from_the_command_line(
    chat_factory: Callable[..., Chat],
    engine: Engine,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    await applicant(chat_factory, "en", "Anna Nowak")
    reviewer = Chat(engine, user_id="7")
    await reviewer.send("/review").expect("command-unknown")

    assert await cli(settings, "grant-role", "console:7", "reviewer") == 0
    assert capsys.readouterr().out == "console:7: reviewer granted\n"
    assert await cli(settings, "grant-role", "console:7", "reviewer") == 0
    assert capsys.readouterr().out == "console:7: reviewer was held already\n"
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("reject").expect("review-reject-reason")

    assert await cli(settings, "revoke-role", "console:7", "reviewer") == 0
    assert capsys.readouterr().out == "console:7: reviewer revoked\n"
    await reviewer.press("region").expect("button-stale")
    await reviewer.send("/review").expect("command-unknown")

    assert await cli(settings, "grant-role", "tg:7", "reviewer") == 2
    with pytest.raises(SystemExit):
        await cli(settings, "grant-role", "console:7", "superuser")


async def test_audit_lists_who_did_what_to_whom_and_filters(
    chat_factory: Callable[..., Chat],
    engine: Engine,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    clock: Clock,
) -> None:
    await applicant(chat_factory, "en", "Anna Nowak")
    await cli(settings, "grant-role", "console:7", "reviewer")
    clock.now = datetime.now(UTC)  # the command line wrote the real time: carry on from it
    day = clock.now.strftime("%Y-%m-%d")
    reviewer = Chat(engine, user_id="7")
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("ask").expect("review-ask-question")
    await reviewer.send("Which city do you post from?").expect(
        "review-asked-done", "review-queue-empty"
    )
    await Chat(engine, user_id="8").send("/review").expect("command-unknown")
    capsys.readouterr()

    assert await cli(settings, "audit") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].split() == ["TIME", "(UTC)", "ACTOR", "ACTION", "SUBJECT", "DETAILS"]
    rows = [line.split(maxsplit=5) for line in out[1:]]
    assert [(r[0], r[2], r[3], r[4]) for r in rows] == [
        (day, rows[0][2], "role.grant", "console:7"),
        (day, "console:7", "review.claim", "application:1"),
        (day, "console:7", "review.ask", "application:1"),
        (day, "console:8", "denied", "review.claim"),
    ]
    assert rows[0][2].startswith("cli")
    assert rows[0][5] == "role=reviewer changed=true"
    assert rows[2][5] == "applicant=console:1001 question=Which city do you post from?"
    assert rows[3][5] == "role=reviewer via=command"
    # Columns line up under the header.
    assert len({line.index("console:7") for line in out[2:4]}) == 1
    assert (
        len({line.index("DETAILS" if n == 0 else "role=") for n, line in enumerate(out[:2])}) == 1
    )

    await cli(settings, "audit", "--actor", "console:7", "--limit", "1")
    mine = capsys.readouterr().out.splitlines()
    assert len(mine) == 2 and "review.ask" in mine[1]
    await cli(settings, "audit", "--action", "denied")
    assert capsys.readouterr().out.count("denied") == 1
    await cli(settings, "audit", "--since", "2999-01-01")
    assert capsys.readouterr().out == "no audit entries\n"
    await cli(settings, "audit", "--json", "--limit", "1")
    entry = json.loads(capsys.readouterr().out)
    assert (entry["actor"], entry["action"], entry["subject"]) == (
        "console:8",
        "denied",
        "review.claim",
    )
    with pytest.raises(SystemExit):
        await cli(settings, "audit", "--since", "last tuesday")

"""``python -m bot run`` on a database whose schema is not this code's: one clear line, or (the
default SQLite file) migrated automatically; never a SQL traceback."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

from storage.db import Database
from storage.migrate import upgrade
from tests.conftest import sqlite_url

ROOT = Path(__file__).resolve().parents[1]


def run_console(
    cwd: Path, database_url: str | None, stdin: str = "/help\n"
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("BOT_DATABASE_URL", None)
    if database_url is not None:
        env["BOT_DATABASE_URL"] = database_url
    return subprocess.run(
        [sys.executable, "-m", "bot", "run", "--console"],
        cwd=cwd,
        env=env,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_database_never_migrated_is_refused_in_one_line(tmp_path: Path) -> None:
    result = run_console(tmp_path, sqlite_url(tmp_path / "empty.db"))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "influencer-bot: the database has never been migrated: run `python -m bot migrate` first"
    ]


def test_a_database_older_than_the_code_is_refused_in_one_line(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "old.db")

    async def migrate_to_0011() -> None:
        database = Database(url)
        try:
            await upgrade(database, "0011")
        finally:
            await database.dispose()

    asyncio.run(migrate_to_0011())
    result = run_console(tmp_path, url)
    assert result.returncode == 2
    (line,) = result.stderr.strip().splitlines()
    assert "at revision 0011, older than this code" in line
    assert "python -m bot migrate" in line


def test_the_default_sqlite_database_is_migrated_automatically(tmp_path: Path) -> None:
    result = run_console(tmp_path, None)
    assert result.returncode == 0, result.stderr
    assert "/start" in result.stdout  # the help text answered
    assert (tmp_path / "data" / "influencer-bot.db").exists()
    assert "Traceback" not in result.stderr

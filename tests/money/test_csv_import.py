"""``import-conversions``: the postback's semantics per CSV row, each row on its own; and the
``campaign`` commands."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

import pytest

from bot.__main__ import import_command, parser
from bot.cli.campaign import campaign_command
from bot.importer import import_conversions
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from tests.money import (
    assert_invariant,
    balance_and_sums,
    make_campaign,
    make_influencer,
    make_link,
)
from tests.support import Clock

CSV = """\
event_id,link_code,order_id,amount,currency,status,refund_amount,ordered_at
e1,AB12,o1,1999,EUR,pending,,2026-11-25T13:00:00+01:00
e2,AB12,o2,1250,EUR,confirmed,,
e1,AB12,o1,1999,EUR,confirmed,,
e3,NOPE,o3,1000,EUR,pending,,
e4,AB12,o4,12.50,EUR,pending,,
"e5","AB12","o5
with a newline",1000,USD,pending,,
e6,AB12,o6,1000,EUR,pending,2000,
e7,AB12,o1,1999,EUR,confirmed,999,
,AB12,o8,1000,EUR,pending,,
e9,AB12,o9,1000,EUR,refunded,,
e10,AB12,o10,1000,EUR,pending,,2026-11-24T10:00:00Z
"""


@pytest.fixture
async def influencer(database: Database) -> int:
    influencer = await make_influencer(database, "1")
    campaign = await make_campaign(database)
    await make_link(database, influencer, campaign.id, "AB12")
    return influencer


async def test_import_reports_refused_rows_and_imports_the_rest(
    database: Database, clock: Clock, influencer: int, tmp_path: Path
) -> None:
    path = tmp_path / "conversions.csv"
    path.write_text(CSV, encoding="utf-8")
    report = await import_conversions(database, path, clock)
    assert report.imported == 3
    assert report.duplicates == 1
    assert report.refused == [
        (5, "unknown_link"),
        (6, "bad_amount"),
        (7, "currency_mismatch"),
        (9, "bad_refund_amount"),
        (11, "missing_field:event_id"),
        (12, "bad_status"),
    ]
    # o10 was placed the day before the link existed: reported, nobody credited.
    assert report.not_attributed == [(13, "ordered_before_link")]
    assert "rows not attributed (nobody credited): 1" in report.lines()
    # o1: 1999 pending -> confirmed with 999 refunded: (1999 - 999) x 8% = 80; o2: 1250 x 8% = 100.
    balance, _ = await balance_and_sums(database, influencer)
    assert (balance.pending_minor, balance.confirmed_minor) == (0, 180)
    await assert_invariant(database, [influencer])
    # Importing the same file again: every good row is now a duplicate.
    again = await import_conversions(database, path, clock)
    assert (again.imported, again.duplicates, len(again.refused)) == (0, 4, 6)
    assert await balance_and_sums(database, influencer) == (balance, balance)


async def test_import_command_prints_the_report(
    database: Database, influencer: int, settings: Settings, tmp_path: Path, capsys: object
) -> None:
    path = tmp_path / "conversions.csv"
    path.write_text(CSV, encoding="utf-8")
    assert await import_command(settings, path) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "rows imported: 3" in out
    assert "duplicates (already applied): 1" in out
    assert "line 5: unknown_link" in out
    assert await import_command(settings, tmp_path / "missing.csv") == 2
    (tmp_path / "binary.csv").write_bytes(b"\xff\xfe\x00bad")
    assert await import_command(settings, tmp_path / "binary.csv") == 2


async def test_unreadable_file_exits_2_from_the_command_line(
    tmp_path: Path, sqlite_template: Path
) -> None:
    shutil.copy(sqlite_template, tmp_path / "x.db")  # a migrated database: only the file is wrong
    env = {**os.environ, "BOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'x.db'}"}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "import-conversions",
        str(tmp_path / "nowhere.csv"),
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await process.communicate()
    assert process.returncode == 2
    assert b"cannot read" in err


async def test_campaign_commands(
    database: Database, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    async def run(*argv: str) -> int:
        return await campaign_command(settings, parser().parse_args(["campaign", *argv]))

    add = [
        "add",
        "--name",
        "Winter",
        "--url",
        "https://www.aliexpress.com/?c={click_id}",
        "--rate",
        "standard=800",
        "--rate",
        "kol=1200",
        "--currency",
        "EUR",
        "--window-days",
        "30",
        "--lock-days",
        "14",
        "--domain",
        "AliExpress.com",
        "--countries",
        "fr,ES",
    ]
    assert await run(*add) == 0
    assert await run(*add) == 1  # the name is taken
    assert await run("pause", "Winter") == 0
    assert await run("pause", "Summer") == 1
    async with database.read() as session:
        campaign = await Repositories(session).campaigns.by_name("Winter")
    assert campaign is not None
    assert campaign.rates == {"standard": 800, "kol": 1200}
    assert campaign.allowed_domains == ("aliexpress.com",)
    assert campaign.countries == ("FR", "ES")
    assert not campaign.active
    assert await run("resume", "Winter") == 0
    capsys.readouterr()
    assert await run("list") == 0
    listed = capsys.readouterr().out
    assert "Winter\tactive\tEUR\tkol=1200,standard=800" in listed
    url = "https://www.aliexpress.com/?c={click_id}"
    bad_url = [a if a != url else "javascript:x" for a in add]
    assert await run(*bad_url) == 2
    with pytest.raises(SystemExit):
        parser().parse_args(["campaign", "add", "--name", "x", "--rate", "standard=8.5"])

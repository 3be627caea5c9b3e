"""``python -m bot broadcast create|status|cancel``: the operator's way to the same broadcasts."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.__main__ import parser
from bot.cli.broadcast import broadcast_command
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry
from tests.broadcasts import broadcast, make_person

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def settings(settings: Settings) -> Settings:
    return settings.model_copy(update={"telegram_token": SecretStr("123456:TEST-TOKEN")})


async def run(settings: Settings, *argv: str) -> int:
    return await broadcast_command(settings, parser().parse_args(["broadcast", *argv]))


async def audit(database: Database) -> list[tuple[str, str, str | None]]:
    async with database.read() as session:
        rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.actor, r.action, r.subject) for r in rows]


async def test_create_counts_first_and_sends_only_with_yes(
    database: Database, settings: Settings, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    await make_person(database, 1, hint="ru", country="FR")
    await make_person(database, 2, hint="pl", country="FR")
    await make_person(database, 3, hint="en", country="ES")
    await make_person(database, 4, hint="en", country="FR", reachable=False)
    text = tmp_path / "ru.txt"
    text.write_text("Привет!\nСкидки до 30 %", encoding="utf-8")
    args = (
        "create",
        "--text",
        "en=Hello!",
        "--text-file",
        f"ru={text}",
        "--fallback",
        "pl=en",
        "--button",
        "shop",
        "--url",
        "https://shop.example.com",
        "--country",
        "FR",
    )
    assert await run(settings, *args) == 0
    out = capsys.readouterr()
    assert "recipients: 2 on Telegram (1 more blocked the bot" in out.out
    assert "add --yes" in out.err
    assert await audit(database) == []

    assert await run(settings, *args, "--yes") == 0
    out = capsys.readouterr()
    assert "broadcast 1 queued to start now" in out.out
    record = await broadcast(database, 1)
    assert record.content["texts"] == {"en": "Hello!", "ru": "Привет!\nСкидки до 30 %"}
    assert record.content["fallbacks"] == {"pl": "en"}
    assert record.segment == {"countries": ["FR"]}
    assert record.state == "scheduled"
    assert await audit(database) == [("cli", "broadcast.create", "broadcast:1")]


async def test_status_and_cancel(
    database: Database, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    await make_person(database, 1)
    assert (
        await run(settings, "create", "--text", "en=Later", "--at", "2099-01-01T10:00", "--yes")
        == 0
    )
    capsys.readouterr()
    assert await run(settings, "status") == 0
    assert "1\tscheduled\tby cli\tat 2099-01-01T10:00:00+00:00" in capsys.readouterr().out
    assert await run(settings, "status", "1") == 0
    assert "[en] Later" in capsys.readouterr().out
    assert await run(settings, "cancel", "1") == 0
    assert (await broadcast(database, 1)).state == "cancelled"
    assert await run(settings, "cancel", "1") == 1
    assert "not scheduled or running" in capsys.readouterr().err
    assert await run(settings, "status", "9") == 1
    assert [a for _, a, _ in await audit(database)] == ["broadcast.create", "broadcast.cancel"]


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (("--text", "de=Hallo"), "unknown language 'de'"),
        (("--text", "en=Hi", "--fallback", "pl=ru"), "pl cannot fall back to 'ru'"),
        (("--text", "en=Hi", "--status", "gold"), "--status: unknown gold"),
        (("--text", "en=Hi", "--button", "more"), "a button needs both a label and a URL"),
        (("--text", "en=Hi", "--at", "2020-01-01T00:00"), "--at must be in the future"),
        (("--text", "en=   "), "the en text is empty"),
    ],
)
async def test_bad_arguments_create_nothing(
    database: Database,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    problem: str,
) -> None:
    await make_person(database, 1)
    assert await run(settings, "create", *argv, "--yes") == 2
    assert problem in capsys.readouterr().err
    assert await audit(database) == []


async def test_the_command_line_itself(database_url: str, database: Database) -> None:
    await make_person(database, 1)
    env = {**os.environ, "BOT_DATABASE_URL": database_url, "BOT_TELEGRAM_TOKEN": "1:T"}
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "broadcast",
        "create",
        "--text",
        "en=Hello",
        "--yes",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    assert "recipients: 1 on Telegram" in out.decode()
    assert (await broadcast(database, 1)).content["texts"] == {"en": "Hello"}

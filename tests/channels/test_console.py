"""The console channel as a newcomer uses it: ``python -m bot run`` in a real subprocess."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.channels.console import pressed, render
from bot.core.events import Button, Outgoing
from bot.core.i18n import SUPPORTED_LOCALES, Translator
from storage.db import Database
from storage.models import Identity, Influencer
from tests.support import LOCALES, normalise

ROOT = Path(__file__).resolve().parents[2]


def bot(args: list[str], db: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "BOT_DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "BOT_PROGRAMME_NAME": "Star Partners",
        "PYTHONIOENCODING": "utf-8",
    }
    env.pop("BOT_TELEGRAM_TOKEN", None)
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


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("console") / "bot.db"
    result = bot(["migrate"], path)
    assert result.returncode == 0, result.stderr
    return path


@pytest.mark.parametrize("locale", LOCALES)
def test_scripted_registration_in_each_language(
    migrated: Path, translator: Translator, locale: str
) -> None:
    language_button = str(SUPPORTED_LOCALES.index(locale) + 1)
    script = [
        "/start",
        language_button,
        "1",  # accept the terms
        "x",  # too short: asked again
        "Anna Nowak",
        "4",  # Poland
        "1",  # Instagram
        "@anna.nowak",
        "21",
        "2",  # beauty
        "2",  # no more channels
        "1",  # submit
        "/status",
    ]
    user = str(100 + LOCALES.index(locale))
    result = bot(
        ["run", "--console", "--user", user, "--locale", locale],
        migrated,
        "\n".join(script) + "\n",
    )
    assert result.returncode == 0, result.stderr
    out = normalise(result.stdout)
    expected = [
        translator.render(locale, "onboarding-consent.accept"),
        translator.render(locale, "input-text-too-short", {"min": 2}),
        translator.render(
            locale,
            "onboarding-summary-channel",
            {"platform": "Instagram", "handle": "@anna.nowak", "audience": 21},
        ),
        translator.render(locale, "onboarding-submitted", {"name": "Anna Nowak", "days": 3}),
    ]
    for text in expected:
        assert normalise(text) in out, f"{text!r} not in console output:\n{out}"
    assert "Traceback" not in result.stderr

    async def stored() -> list[Influencer]:
        """The application of this run's console user, and only theirs."""
        database = Database(f"sqlite+aiosqlite:///{migrated}")
        try:
            async with database.read() as session:
                query = (
                    select(Influencer)
                    .join(Identity, Identity.user_id == Influencer.user_id)
                    .where(Identity.channel == "console", Identity.external_id == user)
                )
                return list((await session.scalars(query)).all())
        finally:
            await database.dispose()

    (row,) = asyncio.run(stored())
    assert (row.display_name, row.status, row.country) == ("Anna Nowak", "pending", "PL")


def test_buttons_render_as_numbered_choices_and_labels_press_them() -> None:
    outgoing = Outgoing(
        channel="console",
        chat_id="1",
        text="Pick one",
        message_id="x",
        buttons=(
            (Button("Yes", "v1|f|s|yes", choice="yes"), Button("No", "v1|f|s|no", choice="no")),
            (Button("Terms", url="https://example.com/terms"),),
        ),
    )
    assert render(outgoing) == "Pick one\n  1. Yes\n  2. No\n  -> Terms: https://example.com/terms"
    buttons = outgoing.all_buttons
    assert pressed(buttons, "2") == "v1|f|s|no"
    assert pressed(buttons, " yes ") == "v1|f|s|yes"
    assert pressed(buttons, "3") is None
    assert pressed(buttons, "maybe") is None

"""Every setting with a documented format is checked at start-up, with a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.settings import Settings
from bot.settings_checks import describe

ROOT = Path(__file__).resolve().parents[1]

WRONG: list[tuple[str, Any]] = [
    ("telegram_webhook_secret", "has spaces"),
    ("telegram_webhook_secret", "x" * 257),
    ("telegram_webhook_secret", "секрет"),
    ("telegram_token", "not-a-token"),
    ("telegram_webhook_url", "http://bot.example.com/telegram"),
    ("telegram_webhook_url", "bot.example.com/telegram"),
    ("telegram_api_base_url", "ftp://api.example/bot"),
    ("discord_api_base_url", "discord.com/api"),
    ("discord_gateway_url", "https://gateway.discord.gg"),
    ("public_base_url", "go.example.com"),
    ("public_base_url", "https://go.example.com/?a=1"),
    ("terms_url", "terms"),
    ("privacy_url", "mailto:privacy@example.com"),
    ("database_url", "mysql://db/bot"),
    ("database_url", "not a url"),
    ("log_level", "LOUD"),
    ("owner_ids", "tg:1"),
    ("owner_ids", "telegram:abc"),
    ("telegram_bot_username", "a b"),
    ("web_port", 70000),
    ("timezone", "Mars/Olympus"),
    ("tiers", "gold:5"),
    ("default_locale", "de"),
    ("telegram_influencer_chat_id", "group"),
]


def build(**values: Any) -> Settings:
    extra: dict[str, Any] = {}
    if "telegram_webhook_url" in values:
        extra["telegram_webhook_secret"] = "ok-secret"
    return Settings(_env_file=None, **{**extra, **values})  # type: ignore[call-arg]


@pytest.mark.parametrize(("field", "value"), WRONG)
def test_a_wrong_setting_is_refused_by_name(field: str, value: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        build(**{field: value})
    lines = describe(refused.value)
    assert any(line.startswith(f"BOT_{field.upper()}: ") for line in lines), lines
    if "secret" in field:
        assert str(value) not in "\n".join(lines)


def test_the_documented_examples_are_accepted() -> None:
    settings = build(
        telegram_token="123456:ABC-DEF_ghi",
        telegram_webhook_url="https://bot.example.com/telegram",
        telegram_webhook_secret="A-z_09" * 40,
        database_url="postgresql+asyncpg://user:pass@host/db",
        owner_ids="telegram:123,discord:456,console:1",
        log_level="debug",
        telegram_bot_username="@influencer_test_bot",
    )
    assert settings.telegram_webhook
    # A self-hosted Bot API server on this machine may call a plain-HTTP webhook.
    assert build(telegram_webhook_url="http://127.0.0.1:8080/telegram").telegram_webhook


def test_run_refuses_a_wrong_secret_in_one_clear_line(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "BOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "BOT_TELEGRAM_TOKEN": "123456:TEST-TOKEN",
        "BOT_TELEGRAM_WEBHOOK_URL": "https://bot.example.com/telegram",
        "BOT_TELEGRAM_WEBHOOK_SECRET": "my secret/with?odd=chars",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "BOT_TELEGRAM_WEBHOOK_SECRET: must be 1-256 characters" in result.stderr
    assert "Traceback" not in result.stderr
    assert "my secret" not in result.stderr
    assert not (tmp_path / "bot.db").exists()  # refused before touching anything

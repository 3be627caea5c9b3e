"""A platform that cannot be reached at start-up is retried with backoff while the web app and
the other channels run; a credential the platform refuses is one clear line and exit status 2."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from pydantic import SecretStr

from bot.core.i18n import Translator
from bot.runtime import Runtime
from tests.channels.test_discord import Server, server  # noqa: F401 (fixture)
from tests.channels.test_telegram import ROOT, TelegramUser, free_port, rendered, texts
from tests.conftest import sqlite_url
from tests.fakes.telegram_api import FakeTelegram


async def healthz(port: int) -> int:
    async with ClientSession() as http, http.get(f"http://127.0.0.1:{port}/healthz") as answer:
        return answer.status


async def test_telegram_down_at_start_up_is_retried_while_the_web_app_serves(
    start_runtime: Callable[..., Any],
    fake: FakeTelegram,
    translator: Translator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    fake.fail_next("getMe", 502, "Bad Gateway", times=2)
    port = free_port()
    runtime: Runtime = await start_runtime(web_port=port)
    try:
        assert await healthz(port) == 200  # up while Telegram is not
        assert "Telegram cannot be reached (NetworkError); retrying in 1 s" in caplog.text
        replies = await TelegramUser(fake, 4501, "en").send("/help")
        assert texts(replies)[0].startswith(
            rendered(translator, "en", "help", programme="Star Partners", support="@x")[:20]
        )
        assert "Telegram is reachable again" in caplog.text
        assert not runtime.failed
    finally:
        await runtime.stop()


async def test_discord_unreachable_keeps_telegram_and_the_web_app_running(
    start_runtime: Callable[..., Any],
    fake: FakeTelegram,
    translator: Translator,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    port, nowhere = free_port(), free_port()
    runtime: Runtime = await start_runtime(
        web_port=port,
        discord_token=SecretStr("discord-token"),
        discord_api_base_url=f"http://127.0.0.1:{nowhere}/api/v10",
        discord_gateway_url=f"ws://127.0.0.1:{nowhere}",
    )
    try:
        assert await healthz(port) == 200
        replies = await TelegramUser(fake, 4502, "en").send("/help")
        assert replies
        await fake.wait_for(
            lambda: "Discord cannot be reached (ClientConnectorError)" in caplog.text,
            what="the Discord retry line",
        )
        assert not runtime.failed
        assert not runtime.stop_event.is_set()
    finally:
        await runtime.stop()


async def test_a_token_telegram_refuses_is_one_line_and_exit_2(
    fake: FakeTelegram, tmp_path: Path, sqlite_template: Path
) -> None:
    path = tmp_path / "bot.db"
    shutil.copy(sqlite_template, path)
    env = {
        **os.environ,
        "BOT_DATABASE_URL": sqlite_url(path),
        "BOT_TELEGRAM_TOKEN": "999999:WRONG-TOKEN",
        "BOT_TELEGRAM_API_BASE_URL": fake.base_url,
        "BOT_LOG_LEVEL": "INFO",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    log = (out + err).decode()
    assert process.returncode == 2, log
    assert "Telegram refused the credentials: check BOT_TELEGRAM_TOKEN" in log
    assert "Traceback" not in log
    assert "WRONG-TOKEN" not in log


async def test_a_token_discord_refuses_stops_with_status_2(
    start_runtime: Callable[..., Any],
    server: Server,  # noqa: F811 - the fixture
    caplog: pytest.LogCaptureFixture,
) -> None:
    runtime: Runtime = await start_runtime(
        discord_token=SecretStr("not-the-token"),
        discord_api_base_url=server.fake.rest_base,
        discord_gateway_url=str(server.fake.gateway_url),
    )
    try:
        await asyncio.wait_for(runtime.stop_event.wait(), 10)
        assert runtime.exit_code == 2
        assert "Discord refused the credentials: check BOT_DISCORD_TOKEN" in caplog.text
        assert "not-the-token" not in caplog.text
    finally:
        await runtime.stop()

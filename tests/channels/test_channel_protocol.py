"""The Channel protocol (bot/channels/base.py): every channel implements it (mypy checks the
list below), the runtime builds its channels from the settings, a channel that fails to start
is named in the log, and the shared parts behave the same for every platform."""

from __future__ import annotations

import asyncio
import io
import logging
import os
from collections.abc import Callable
from typing import Any

import pytest
from pydantic import SecretStr

from bot.channels.base import CHOSEN_MARK, Channel, chosen_text
from bot.channels.console import ConsoleChannel
from bot.channels.discord import DiscordChannel
from bot.channels.registry import build_channels
from bot.channels.telegram import TelegramChannel
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings
from tests.channels.test_telegram import free_port

CHANNELS: list[type[Channel]] = [TelegramChannel, DiscordChannel, ConsoleChannel]


@pytest.mark.parametrize("kind", CHANNELS, ids=lambda kind: kind.__name__)
def test_every_channel_has_the_whole_protocol(kind: type[Channel]) -> None:
    for member in ("connect", "serve", "stop", "can_act", "deliver", "perform_action"):
        assert callable(getattr(kind, member))
    assert kind.text_limit > 0


def test_the_channels_are_built_from_the_settings(
    settings: Settings, engine: Engine, translator: Translator
) -> None:
    none = settings.model_copy(update={"telegram_token": None, "discord_token": None})
    assert build_channels(none, engine, translator) == []
    both = settings.model_copy(
        update={"telegram_token": SecretStr("1:x"), "discord_token": SecretStr("d")}
    )
    assert [c.name for c in build_channels(both, engine, translator)] == ["telegram", "discord"]
    discord_only = none.model_copy(update={"discord_token": SecretStr("d")})
    assert [c.name for c in build_channels(discord_only, engine, translator)] == ["discord"]


def test_a_pressed_button_leaves_its_label_under_the_text_when_it_fits() -> None:
    assert chosen_text("Which language?", "English", 4096) == (
        f"Which language?\n\n{CHOSEN_MARK} English"
    )
    assert chosen_text("x" * 1990, "English", 2000) is None  # only the buttons go
    assert chosen_text("", "English", 2000) is None  # a photo's caption-less message
    assert chosen_text("Which language?", "", 2000) is None


async def test_a_channel_that_fails_to_start_is_named_and_stops_the_process(
    start_runtime: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)
    # Webhook mode without its secret: a mistake no retry mends.
    runtime: Runtime = await start_runtime(
        web_port=free_port(),
        telegram_webhook_url="https://bot.example/telegram",
        telegram_webhook_secret=None,
    )
    try:
        assert "the Telegram channel could not start" in caplog.text
        assert runtime.failed
        assert runtime.stop_event.is_set()
        assert runtime.exit_code is None  # status 1, not the refused-credential status 2
    finally:
        await runtime.stop()


async def test_the_console_serves_until_its_input_ends(engine: Engine) -> None:
    out = io.StringIO()
    console = ConsoleChannel(engine, stdin=io.StringIO("/help\n"), stdout=out)
    await console.connect()
    await asyncio.wait_for(console.serve(asyncio.Event()), 10)
    await console.stop()
    assert out.getvalue().strip()  # the answer to /help was printed


async def test_the_console_stops_serving_when_asked(engine: Engine) -> None:
    reading, writing = os.pipe()  # input that never ends
    stop = asyncio.Event()
    with os.fdopen(reading) as stdin, os.fdopen(writing, "w"):
        console = ConsoleChannel(engine, stdin=stdin, stdout=io.StringIO())
        serving = asyncio.create_task(console.serve(stop))
        stop.set()
        await asyncio.wait_for(serving, 10)

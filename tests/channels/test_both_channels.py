"""``python -m bot run`` with both tokens: Telegram and Discord in one process, one engine."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.app import App
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import Database
from storage.models import Influencer, InfluencerChannel
from tests.channels.test_discord import (
    LUCIA,
    DiscordUser,
    Server,
    influencer_of,
    register_on_discord,
    server,  # noqa: F401 - the fixture
)
from tests.channels.test_telegram import TelegramUser
from tests.fakes.telegram_api import FakeTelegram
from tests.support import normalise

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        yield fake


@pytest.fixture
async def runtime(
    settings: Settings,
    telegram: FakeTelegram,
    server: Server,  # noqa: F811
    database: Database,
    translator: Translator,
    make_engine: Callable[[], Engine],
) -> AsyncIterator[Runtime]:
    configured = settings.model_copy(
        update={
            "telegram_token": SecretStr(telegram.token),
            "telegram_api_base_url": telegram.base_url,
            "telegram_poll_timeout": 1,
            "discord_token": SecretStr(server.fake.token),
            "discord_api_base_url": server.fake.rest_base,
            "discord_gateway_url": str(server.fake.gateway_url),
        }
    )
    engine = make_engine()
    engine.settings = configured
    both = Runtime(configured, App(configured, database, translator, engine))
    await both.start()
    try:
        await asyncio.wait_for(both.discord.bot.wait_until_ready(), 10)
        await both.discord.sync()
        yield both
    finally:
        await both.stop()


async def test_same_application_rows_from_discord_and_telegram(
    runtime: Runtime,
    telegram: FakeTelegram,
    server: Server,  # noqa: F811
    translator: Translator,
    database: Database,
) -> None:
    """One engine, two adapters: the rows differ only in who applied and where."""
    await register_on_discord(DiscordUser(server, LUCIA, "es-ES"), translator, "es")

    user = TelegramUser(telegram, 8001, "es")
    await user.send("/start")
    await user.press("Español")
    await user.press(translator.render("es", "onboarding-consent.accept"))
    await user.send("A")
    await user.send("Camille Durand")
    await user.send("ES")
    await user.press("TikTok")
    await user.send("@camille.cuisine")
    await user.send("48 000")
    await user.press(translator.render("es", "niche-food"))
    await user.press(translator.render("es", "onboarding-more.done"))
    (done,) = await user.press(translator.render("es", "onboarding-summary.submit"))
    assert normalise(done.raw_text or "") == normalise(
        translator.render("es", "onboarding-submitted", {"name": "Camille Durand", "days": 3})
    )

    ignored = {"id", "user_id", "registered_channel", "consent_at", "submitted_at", "updated_at"}

    async def row(channel: str, external_id: str) -> tuple[dict[str, Any], list[tuple[Any, ...]]]:
        influencer = await influencer_of(database, channel, external_id)
        async with database.read() as session:
            channels = (
                await session.scalars(
                    select(InfluencerChannel).where(
                        InfluencerChannel.influencer_id == influencer.id
                    )
                )
            ).all()
        columns = {
            column.name: getattr(influencer, column.name)
            for column in Influencer.__table__.columns
            if column.name not in ignored
        }
        return columns, [(c.position, c.platform, c.handle, c.url, c.audience) for c in channels]

    discord_row, telegram_row = await row("discord", str(LUCIA)), await row("telegram", "8001")
    assert discord_row == telegram_row
    assert (await influencer_of(database, "discord", str(LUCIA))).registered_channel == "discord"
    assert (await influencer_of(database, "telegram", "8001")).registered_channel == "telegram"


async def test_discord_sync_command_registers_localised_names(
    server: Server,  # noqa: F811
    tmp_path: Path,
) -> None:
    env = {
        **os.environ,
        "BOT_DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
        "BOT_DISCORD_TOKEN": server.fake.token,
        "BOT_DISCORD_API_BASE_URL": server.fake.rest_base,
        "BOT_DISCORD_GATEWAY_URL": str(server.fake.gateway_url),
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "discord-sync",
        "--guild",
        str(server.guild_id),
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    assert server.fake.token not in (out + err).decode()
    commands = {c["name"]: c for c in server.fake.registered_commands(server.guild_id)}
    assert commands["start"]["name_localizations"] == {
        "ru": "старт",
        "fr": "démarrer",
        "es-ES": "empezar",
        "pl": "rozpocznij",
    }
    # Registration is a command: a running bot never registers commands on connect.
    assert server.fake.registered_commands() == []

"""What approval does on the platforms, performed by the running bot after the decision: the
Discord role in every server that gives one, the one-time Telegram group invite. Against the
fake Discord and the fake Bot API, through the runtime's outboxes."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.app import App
from bot.channels.discord import DiscordChannel
from bot.channels.telegram import TelegramChannel
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.services.platform_actions import ActionRunner
from bot.settings import Settings
from storage.db import Database
from storage.models import Notification, PlatformAction
from storage.platform_actions import MAX_ATTEMPTS
from storage.repositories import Repositories
from tests.fakes.discord_api import FakeDiscord
from tests.fakes.telegram_api import FakeTelegram
from tests.staff import applicant, owner, text
from tests.support import Chat, Clock, normalise

GROUP = -1001234567890
ANNA = 5001
CAMILLE = 410_000_000_000_000_001
STEP = 10.0


async def approve_next(engine: Engine) -> None:
    """The owner, in the console, approves the next application."""
    boss = owner(engine)
    await boss.send("/review").expect("review-application")
    await boss.press("approve").expect("review-approve-confirm")
    await boss.press("confirm")


async def actions(database: Database) -> list[PlatformAction]:
    async with database.read() as session:
        return list(await session.scalars(select(PlatformAction).order_by(PlatformAction.id)))


async def eventually(check: Callable[[], Awaitable[bool]], what: str) -> None:
    """Wait (bounded) for the running bot to get somewhere."""
    for _ in range(int(STEP / 0.05)):
        if await check():
            return
        await asyncio.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


# --- Telegram ----------------------------------------------------------------------------------


def telegram_settings(settings: Settings, fake: FakeTelegram, **extra: Any) -> Settings:
    return settings.model_copy(
        update={
            "telegram_token": SecretStr(fake.token),
            "telegram_api_base_url": fake.base_url,
            "telegram_poll_timeout": 1,
            "telegram_influencer_chat_id": str(GROUP),
            "telegram_invite_days": 3,
            **extra,
        }
    )


@pytest.fixture
async def telegram() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as fake:
        fake.add_chat(GROUP, title="Star Partners creators")
        fake.add_chat(ANNA, first_name="Anna")
        yield fake


async def test_approval_sends_a_one_time_invite_to_the_group_in_the_applicants_language(
    telegram: FakeTelegram,
    settings: Settings,
    database: Database,
    translator: Translator,
    make_engine: Callable[[], Engine],
    clock: Clock,
) -> None:
    telegram.make_bot_inviter(GROUP)
    configured = telegram_settings(settings, telegram)
    engine = make_engine()
    engine.settings = configured
    anna = await applicant(
        lambda **kw: Chat(engine, user_id=str(ANNA), channel="telegram", **kw), "ru", "Анна"
    )
    await approve_next(engine)
    assert telegram.invite_links == []  # nothing was called inside the turn

    runtime = Runtime(configured, App(configured, database, translator, engine))
    await runtime.start()
    try:
        sent = await telegram.wait_sent(ANNA, 2, timeout=STEP)
    finally:
        await runtime.stop()

    [link] = telegram.invite_links
    assert link["chat_id"] == GROUP
    assert link["member_limit"] == 1
    assert link["expire_date"] == int((clock() + timedelta(days=3)).timestamp())
    assert [normalise(m.text or "") for m in sent] == [
        text(translator, "ru", "review-notify-approved", programme="Star Partners"),
        text(translator, "ru", "review-notify-invite", link=link["invite_link"], days=3),
    ]
    assert anna.user_id == str(ANNA)
    [action] = await actions(database)
    assert (action.outcome, action.attempts, action.done_at) == (
        "invite link created",
        1,
        clock(),
    )


async def test_an_invite_the_bot_may_not_create_is_retried_a_bounded_number_of_times(
    telegram: FakeTelegram,
    settings: Settings,
    database: Database,
    translator: Translator,
    make_engine: Callable[[], Engine],
    clock: Clock,
) -> None:
    configured = telegram_settings(settings, telegram)  # the bot is not an admin of the group
    engine = make_engine()
    engine.settings = configured
    await applicant(
        lambda **kw: Chat(engine, user_id=str(ANNA), channel="telegram", **kw), "en", "Anna"
    )
    await approve_next(engine)
    channel = TelegramChannel(engine, configured, translator)
    await channel.start()
    try:
        runner = ActionRunner(database, {"telegram": channel}, clock)
        attempts = 0
        for _ in range(MAX_ATTEMPTS * 2):
            attempts += await runner.run_once()
            clock.advance(hours=1)
    finally:
        await channel.stop()
    assert attempts == MAX_ATTEMPTS
    [action] = await actions(database)
    assert action.done_at is not None
    assert action.outcome == "refused: Not enough rights to manage chat invite links"
    assert telegram.invite_links == []
    async with database.read() as session:
        queued = await session.scalars(select(Notification.message_id))
        assert list(queued) == ["review-notify-approved"]  # no invite was promised


# --- Discord -----------------------------------------------------------------------------------


def discord_settings(settings: Settings, fake: FakeDiscord) -> Settings:
    return settings.model_copy(
        update={
            "discord_token": SecretStr(fake.token),
            "discord_api_base_url": fake.rest_base,
            "discord_gateway_url": str(fake.gateway_url),
        }
    )


@pytest.fixture
async def discord() -> AsyncIterator[FakeDiscord]:
    fake = FakeDiscord()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


async def set_role(database: Database, clock: Clock, guild_id: int, role_id: int) -> None:
    """What /setup role does in each server."""
    async with database.transaction() as session:
        await Repositories(session).communities.set_approved_role(
            "discord", str(guild_id), str(role_id), "admin", clock()
        )


async def test_approval_gives_the_role_in_every_server_the_influencer_is_in(
    discord: FakeDiscord,
    settings: Settings,
    database: Database,
    translator: Translator,
    make_engine: Callable[[], Engine],
    clock: Clock,
) -> None:
    member_of = discord.add_guild("Créateurs", preferred_locale="fr")
    member_role = discord.add_role(member_of["id"], "Influenceur", position=1)
    discord.add_member(member_of["id"], CAMILLE, "camille", locale="fr")
    elsewhere = discord.add_guild("Other community")
    other_role = discord.add_role(elsewhere["id"], "Creator", position=1)
    await set_role(database, clock, member_of["id"], member_role["id"])
    await set_role(database, clock, elsewhere["id"], other_role["id"])

    configured = discord_settings(settings, discord)
    engine = make_engine()
    engine.settings = configured
    await applicant(
        lambda **kw: Chat(engine, user_id=str(CAMILLE), channel="discord", **kw), "fr", "Camille"
    )
    await approve_next(engine)

    runtime = Runtime(configured, App(configured, database, translator, engine))
    await runtime.start()
    try:
        await discord.wait_for(
            lambda: member_role["id"] in discord.member_roles(member_of["id"], CAMILLE),
            STEP,
            "the influencer role",
        )
        await eventually(lambda: _all_done(database), "both role actions finished")
        await discord.wait_for(lambda: discord.dm_messages(CAMILLE), STEP, "the approval DM")
    finally:
        await runtime.discord.close()  # its gateway task ends now, not after the grace period
        await runtime.stop()

    done = {a.args["guild_id"]: a.outcome for a in await actions(database)}
    assert done == {
        str(member_of["id"]): "role given",
        str(elsewhere["id"]): "not a member of the server",  # 404 Unknown Member: nothing to do
    }
    [dm] = discord.dm_messages(CAMILLE)
    assert normalise(dm["content"]) == text(
        translator, "fr", "review-notify-approved", programme="Star Partners"
    )


async def _all_done(database: Database) -> bool:
    found = await actions(database)
    return bool(found) and all(a.done_at is not None for a in found)


@contextlib.asynccontextmanager
async def connected(
    settings: Settings, fake: FakeDiscord, engine: Engine, translator: Translator
) -> AsyncIterator[DiscordChannel]:
    channel = DiscordChannel(
        engine, discord_settings(settings, fake), translator, guild_ready_timeout=0.05
    )
    task = asyncio.create_task(channel.start())
    try:
        await asyncio.wait_for(channel.bot.wait_until_ready(), STEP)
        yield channel
    finally:
        await asyncio.wait_for(channel.close(), STEP)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, STEP)


async def test_missing_permissions_are_logged_and_retried_a_bounded_number_of_times(
    discord: FakeDiscord,
    settings: Settings,
    database: Database,
    translator: Translator,
    engine: Engine,
    clock: Clock,
    caplog: pytest.LogCaptureFixture,
) -> None:
    guild = discord.add_guild("Créateurs")
    too_high = discord.add_role(guild["id"], "Influenceur", position=20)  # above the bot's role
    discord.add_member(guild["id"], CAMILLE, "camille")
    await set_role(database, clock, guild["id"], too_high["id"])
    await applicant(
        lambda **kw: Chat(engine, user_id=str(CAMILLE), channel="discord", **kw), "en", "Camille"
    )
    await approve_next(engine)

    async with connected(settings, discord, engine, translator) as channel:
        runner = ActionRunner(database, {"discord": channel}, clock)
        attempts = 0
        for _ in range(MAX_ATTEMPTS * 2):
            attempts += await runner.run_once()
            clock.advance(hours=1)
    assert attempts == MAX_ATTEMPTS
    [action] = await actions(database)
    assert action.done_at is not None
    assert action.outcome == "forbidden: 50013 Missing Permissions"
    assert discord.member_roles(guild["id"], CAMILLE) == []
    assert "no permission to give role" in caplog.text
    assert "given up after 6 attempts" in caplog.text


async def test_an_applicant_without_a_discord_account_gets_no_role_action(
    discord: FakeDiscord,
    chat_factory: Callable[..., Chat],
    database: Database,
    engine: Engine,
    clock: Clock,
) -> None:
    guild = discord.add_guild("Créateurs")
    role = discord.add_role(guild["id"], "Influenceur", position=1)
    await set_role(database, clock, guild["id"], role["id"])
    await applicant(chat_factory, "en", "Console Person")
    await approve_next(engine)
    assert await actions(database) == []

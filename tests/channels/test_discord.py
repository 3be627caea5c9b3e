"""The real discord.py Bot against the fake Discord (REST + gateway) on 127.0.0.1."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import discord
import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.channels.discord import ANSWER_ID, DiscordChannel
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import (
    AnnouncementChannel,
    CommunityServer,
    Identity,
    Influencer,
)
from tests.fakes.discord_api import FakeDiscord, InteractionRecord
from tests.support import Chat, normalise

STEP = 10.0
CAMILLE = 410_000_000_000_000_001
LUCIA = 410_000_000_000_000_002
ADMIN = 410_000_000_000_000_003
MEMBER = 410_000_000_000_000_004


@dataclass
class Server:
    fake: FakeDiscord
    guild_id: int
    channel_id: int
    role_id: int


@pytest.fixture
async def server() -> AsyncIterator[Server]:
    fake = FakeDiscord()
    await fake.start()
    try:
        guild = fake.add_guild("Créateurs", preferred_locale="fr")
        channel = fake.add_channel(guild["id"], "annonces")
        role = fake.add_role(guild["id"], "Influenceur", position=1)
        fake.add_member(guild["id"], CAMILLE, "camille", locale="fr")
        fake.add_member(guild["id"], LUCIA, "lucia", locale="es-ES")
        fake.add_member(guild["id"], ADMIN, "admin", admin=True, locale="pl")
        fake.add_member(guild["id"], MEMBER, "member", locale="ru")
        yield Server(fake, guild["id"], channel["id"], role["id"])
    finally:
        await fake.stop()


def discord_settings(settings: Settings, fake: FakeDiscord) -> Settings:
    return settings.model_copy(
        update={
            "discord_token": SecretStr(fake.token),
            "discord_api_base_url": fake.rest_base,
            "discord_gateway_url": str(fake.gateway_url),
        }
    )


@contextlib.asynccontextmanager
async def running(
    settings: Settings, server: Server, engine: Engine, translator: Translator
) -> AsyncIterator[DiscordChannel]:
    channel = DiscordChannel(
        engine, discord_settings(settings, server.fake), translator, guild_ready_timeout=0.05
    )
    task = asyncio.create_task(channel.start())
    try:
        await asyncio.wait_for(channel.bot.wait_until_ready(), STEP)
        yield channel
    finally:
        await asyncio.wait_for(channel.close(), STEP)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, STEP)


@pytest.fixture
async def bot(
    settings: Settings, server: Server, engine: Engine, translator: Translator
) -> AsyncIterator[DiscordChannel]:
    async with running(settings, server, engine, translator) as channel:
        await asyncio.wait_for(channel.sync(), STEP)
        yield channel


class DiscordUser:
    """A member using the bot's slash commands, buttons and modals through the fake client."""

    def __init__(self, server: Server, user_id: int, locale: str) -> None:
        self.fake = server.fake
        self.guild_id = server.guild_id
        self.user_id = user_id
        self.locale = locale
        self.messages: list[dict[str, Any]] = []
        self.records: list[InteractionRecord] = []

    async def _settle(self, record: InteractionRecord, count: int) -> list[dict[str, Any]]:
        """Wait for the acknowledgement and ``count`` follow-ups (the engine's replies)."""
        await self.fake.wait_response(record, STEP)
        await self.fake.wait_for(
            lambda: len(record.followups) >= count, STEP, f"{count} follow-up(s) to {record.name}"
        )
        self.records.append(record)
        new = record.followups
        self.messages.extend(new)
        return new

    async def command(
        self, name: str, options: dict[str, Any] | None = None, *, count: int = 1
    ) -> list[dict[str, Any]]:
        record = await self.fake.send_slash_command(
            self.guild_id, self.user_id, name, options, locale=self.locale
        )
        return await self._settle(record, count)

    def _button(self, pick: Callable[[dict[str, Any]], bool]) -> tuple[int, str]:
        for message in reversed(self.messages):
            for row in message.get("components") or []:
                for component in row.get("components", []):
                    if component.get("type") == 2 and pick(component):
                        return int(message["id"]), str(component["custom_id"])
        raise AssertionError(f"no such button in {[m.get('components') for m in self.messages]}")

    async def press(self, label: str, *, count: int = 1) -> list[dict[str, Any]]:
        message_id, custom_id = self._button(lambda c: c.get("label") == label)
        record = await self.fake.click_button(
            self.user_id, message_id, custom_id, locale=self.locale
        )
        return await self._settle(record, count)

    async def type(self, text: str, *, count: int = 1) -> list[dict[str, Any]]:
        message_id, custom_id = self._button(lambda c: c.get("custom_id") == ANSWER_ID)
        opened = await self.fake.click_button(
            self.user_id, message_id, custom_id, locale=self.locale
        )
        await self.fake.wait_response(opened, STEP)
        assert opened.callback_type == 9, "a typed answer is asked for in a modal"
        assert opened.modal is not None
        submitted = await self.fake.submit_modal(
            self.user_id,
            opened.modal["custom_id"],
            {"answer": text},
            message_id=message_id,
            locale=self.locale,
        )
        return await self._settle(submitted, count)


def contents(messages: list[dict[str, Any]]) -> list[str]:
    return [normalise(m.get("content") or "") for m in messages]


def rendered(translator: Translator, locale: str, message_id: str, **args: Any) -> str:
    return normalise(translator.render(locale, message_id, args))


async def register_on_discord(user: DiscordUser, translator: Translator, locale: str) -> None:
    def t(message_id: str, **args: Any) -> str:
        return rendered(translator, locale, message_id, **args)

    def label(message_id: str) -> str:
        return translator.render(locale, message_id)

    assert contents(await user.command("start")) == [
        t("onboarding-language", programme="Star Partners")
    ]
    consent = await user.press(label(f"language-name-{locale}"))
    assert (
        contents(consent)[0].split("\n")[0]
        == t("onboarding-consent", terms_url="x", privacy_url="y", version="z").split("\n")[0]
    )
    assert contents(await user.press(label("onboarding-consent.accept"))) == [t("onboarding-name")]
    assert contents(await user.type("A", count=2)) == [
        t("input-text-too-short", min=2),
        t("onboarding-name"),
    ]
    assert contents(await user.type("Camille Durand")) == [t("onboarding-country")]
    assert contents(await user.type("ES")) == [t("onboarding-platform")]
    assert contents(await user.press("TikTok")) == [t("onboarding-handle", platform="tiktok")]
    assert contents(await user.type("@camille.cuisine")) == [
        t("onboarding-audience", handle="@camille.cuisine")
    ]
    assert contents(await user.type("48 000")) == [t("onboarding-niche")]
    await user.press(label("niche-food"))
    summary = await user.press(label("onboarding-more.done"))
    assert "Camille Durand" in contents(summary)[0]
    done = await user.press(label("onboarding-summary.submit"))
    assert contents(done) == [t("onboarding-submitted", name="Camille Durand", days=3)]


async def influencer_of(database: Database, channel: str, external_id: str) -> Influencer:
    async with database.read() as session:
        identity = await session.scalar(
            select(Identity).where(Identity.channel == channel, Identity.external_id == external_id)
        )
        assert identity is not None
        influencer = await session.scalar(
            select(Influencer).where(Influencer.user_id == identity.user_id)
        )
        assert influencer is not None
        return influencer


@pytest.mark.parametrize(
    ("user_id", "locale", "discord_locale"), [(CAMILLE, "fr", "fr"), (LUCIA, "es", "es-ES")]
)
async def test_registration_by_slash_command_buttons_and_modals(
    bot: DiscordChannel,
    server: Server,
    translator: Translator,
    database: Database,
    user_id: int,
    locale: str,
    discord_locale: str,
) -> None:
    user = DiscordUser(server, user_id, discord_locale)
    await register_on_discord(user, translator, locale)
    influencer = await influencer_of(database, "discord", str(user_id))
    assert influencer.status == "pending"
    assert influencer.country == "ES"
    assert influencer.registered_channel == "discord"
    # In a server, the whole conversation is private to the user.
    assert all(m["flags"] & 64 for m in user.messages)
    # Every interaction was acknowledged before any work: a defer, a message update or a modal.
    assert {r.callback_type for r in user.records} <= {5, 7}
    slash = [r for r in user.records if r.type == 2]
    assert slash
    assert all(r.callback_type == 5 for r in slash)
    assert all(r.time_to_ack is not None and r.time_to_ack < 3 for r in user.records)
    # A pressed button's message keeps what was chosen and loses its buttons.
    first = server.fake.message(int(user.messages[0]["id"]))
    assert first is not None
    assert first["components"] == []
    assert first["content"].endswith(translator.render(locale, f"language-name-{locale}"))


@pytest.mark.parametrize(
    ("user_id", "locale", "discord_locale"), [(LUCIA, "es", "es-ES"), (MEMBER, "ru", "ru")]
)
async def test_status_is_ephemeral_in_the_users_language(
    bot: DiscordChannel,
    server: Server,
    translator: Translator,
    user_id: int,
    locale: str,
    discord_locale: str,
) -> None:
    user = DiscordUser(server, user_id, discord_locale)
    (reply,) = await user.command("status")
    assert reply["flags"] & 64
    assert normalise(reply["content"]) == rendered(
        translator, locale, "status-none", programme="Star Partners"
    )
    assert server.fake.messages(server.channel_id) == []  # nobody else saw it


async def test_button_pressed_after_a_restart_still_works(
    settings: Settings,
    server: Server,
    make_engine: Callable[[], Engine],
    translator: Translator,
) -> None:
    user = DiscordUser(server, CAMILLE, "fr")
    async with running(settings, server, make_engine(), translator) as first:
        await first.sync()
        await user.command("start")
    async with running(settings, server, make_engine(), translator):
        consent = await user.press("Français")
    assert (
        contents(consent)[0].split("\n")[0]
        == rendered(
            translator, "fr", "onboarding-consent", terms_url="x", privacy_url="y", version="z"
        ).split("\n")[0]
    )


async def test_setup_is_refused_to_members_and_allowed_to_admins(
    bot: DiscordChannel, server: Server, translator: Translator, database: Database
) -> None:
    member = DiscordUser(server, MEMBER, "ru")
    options = {"channel": server.channel_id, "language": "fr"}
    (refusal,) = await member.command("setup announcements", options)
    assert normalise(refusal["content"]) == rendered(translator, "ru", "setup-forbidden")
    (refusal,) = await member.command("setup role", {"role": server.role_id})
    assert normalise(refusal["content"]) == rendered(translator, "ru", "setup-forbidden")
    async with database.read() as session:
        assert (await session.scalars(select(AnnouncementChannel))).all() == []

    admin = DiscordUser(server, ADMIN, "pl")
    (done,) = await admin.command("setup announcements", options)
    assert normalise(done["content"]) == rendered(
        translator, "pl", "setup-announcements-done", channel="#annonces", language="Français"
    )
    (done,) = await admin.command("setup role", {"role": server.role_id})
    assert normalise(done["content"]) == rendered(
        translator, "pl", "setup-role-done", role="Influenceur"
    )
    async with database.read() as session:
        (announcement,) = (await session.scalars(select(AnnouncementChannel))).all()
        community = await session.get(CommunityServer, ("discord", str(server.guild_id)))
    assert (announcement.locale, announcement.target_id) == ("fr", str(server.channel_id))
    assert community is not None
    assert community.approved_role_id == str(server.role_id)


async def test_discord_sync_registers_localised_commands(
    bot: DiscordChannel, server: Server, translator: Translator
) -> None:
    commands = {c["name"]: c for c in server.fake.registered_commands()}
    assert set(commands) >= {"start", "status", "language", "help", "cancel", "setup", "connect"}
    for name in ("start", "status", "language", "help", "setup", "connect"):
        names = commands[name]["name_localizations"]
        descriptions = commands[name]["description_localizations"]
        for discord_locale, locale in (("ru", "ru"), ("fr", "fr"), ("es-ES", "es"), ("pl", "pl")):
            assert names[discord_locale] == translator.render(locale, f"discord-command-{name}")
            assert (
                descriptions[discord_locale] == translator.render(locale, f"command-{name}")[:100]
            )


async def test_the_command_list_is_the_routers_menu_plus_discords_own(
    bot: DiscordChannel, server: Server, engine: Engine
) -> None:
    """As Telegram's command menu: a command added to the router reaches Discord too."""
    registered = [c["name"] for c in server.fake.registered_commands()]
    assert sorted(registered) == sorted([*engine.router.menu(), "setup", "reply"])
    options = {
        c["name"]: [o["name"] for o in c.get("options", [])]
        for c in server.fake.registered_commands()
    }
    assert options["start"] == options["connect"] == ["code"]
    assert options["support"] == ["question"]
    # Pointed at the fake per client: discord.py's own constants are left alone.
    assert discord.http.Route.BASE == "https://discord.com/api/v10"
    assert discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY.host == "gateway.discord.gg"


async def test_connect_links_a_telegram_account_by_slash_command_option(
    bot: DiscordChannel, server: Server, engine: Engine, translator: Translator, database: Database
) -> None:
    telegram = Chat(engine, user_id="5001", locale="fr", channel="telegram")
    issued = await telegram.send("/connect").expect("connect-code")
    user = DiscordUser(server, CAMILLE, "fr")
    (reply,) = await user.command("connect", {"code": issued.last.args["code"]})
    assert reply["flags"] & 64
    assert normalise(reply["content"]) == rendered(
        translator, "fr", "connect-linked", channel="telegram"
    )
    async with database.read() as session:
        owners = set(await session.scalars(select(Identity.user_id)))
    assert len(owners) == 1


async def test_rate_limited_follow_up_is_waited_out(
    bot: DiscordChannel, server: Server, translator: Translator
) -> None:
    server.fake.rate_limit_next("POST /webhooks/", retry_after=0.3)
    user = DiscordUser(server, LUCIA, "es-ES")
    (reply,) = await user.command("help")
    assert normalise(reply["content"]).startswith(
        rendered(translator, "es", "help", programme="Star Partners", support="@star_support")[:30]
    )
    assert len(server.fake.rate_limit_hits) == 1


async def test_direct_message_text_reaches_the_engine(
    bot: DiscordChannel, server: Server, translator: Translator
) -> None:
    await server.fake.send_dm_message(CAMILLE, "/status")
    await server.fake.wait_for(
        lambda: any(m["author"].get("bot") for m in server.fake.dm_messages(CAMILLE)),
        STEP,
        "a DM reply",
    )
    (reply,) = [m for m in server.fake.dm_messages(CAMILLE) if m["author"].get("bot")]
    assert normalise(reply["content"]) == rendered(
        translator, "en", "status-none", programme="Star Partners"
    )

"""The fake Discord driven by the real discord.py over HTTP and websockets, nothing mocked.

Why: the bot's Discord adapter is tested against this fake, so the fake itself must be shown
to answer discord.py 2.7 exactly as Discord does (login, ready, command sync, interactions,
modals, persistent components, limits, 429s, resume).
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import time
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.channels.discord_http import Endpoints, RoutedBot
from tests.fakes.discord_api import (
    FakeDiscord,
    InteractionRecord,
    ManualClock,
    Permissions,
)

ALICE = 310_000_000_000_000_001
BOB = 310_000_000_000_000_002
ADMIN = 310_000_000_000_000_003
STEP = 5.0  # bound for every single wait in these tests
BotT = TypeVar("BotT", commands.Bot, commands.AutoShardedBot)


@dataclass
class World:
    """A fake with one guild (preferred locale ru), a channel, two roles and three members."""

    fake: FakeDiscord
    guild_id: int
    channel_id: int
    low_role_id: int
    high_role_id: int


def populate(fake: FakeDiscord) -> World:
    guild = fake.add_guild("Creators", preferred_locale="ru")
    channel = fake.add_channel(guild["id"], "general")
    low = fake.add_role(guild["id"], "Influencer", position=1)
    high = fake.add_role(guild["id"], "Staff", position=20)
    fake.add_member(guild["id"], ALICE, "alice", locale="ru")
    fake.add_member(guild["id"], BOB, "bob", allow_dms=False)
    fake.add_member(guild["id"], ADMIN, "admin", admin=True)
    return World(fake, guild["id"], channel["id"], low["id"], high["id"])


@contextlib.asynccontextmanager
async def fake_world(**kwargs: Any) -> AsyncIterator[World]:
    fake = FakeDiscord(**kwargs)
    await fake.start()
    try:
        yield populate(fake)
    finally:
        await fake.stop()


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with fake_world() as w:
        yield w


def make_bot(fake: FakeDiscord, intents: discord.Intents | None = None) -> commands.Bot:
    """A plain discord.py bot on the fake, pointed at it as the bot's own client is."""
    return RoutedBot(
        Endpoints(fake.rest_base, str(fake.gateway_url)),
        command_prefix="!",
        intents=intents or discord.Intents.default(),
        guild_ready_timeout=0.05,
    )


@contextlib.asynccontextmanager
async def running(bot: BotT, fake: FakeDiscord) -> AsyncIterator[BotT]:
    """Start the bot, wait (bounded) for on_ready, always close it."""
    ready = asyncio.Event()

    async def on_ready() -> None:
        ready.set()

    bot.add_listener(on_ready, "on_ready")
    task = asyncio.create_task(bot.start(fake.token))
    try:
        waiter = asyncio.create_task(ready.wait())
        done, _ = await asyncio.wait({task, waiter}, timeout=STEP, return_when="FIRST_COMPLETED")
        waiter.cancel()
        if task in done:
            task.result()
            raise AssertionError("bot.start() returned before ready")
        if waiter not in done:
            raise AssertionError(f"bot not ready after {STEP}s\n{fake.describe()}")
        yield bot
    finally:
        await asyncio.wait_for(bot.close(), STEP)
        with contextlib.suppress(asyncio.CancelledError):
            await asyncio.wait_for(task, STEP)


async def sync(bot: commands.Bot) -> None:
    await asyncio.wait_for(bot.tree.sync(), STEP)


@contextlib.contextmanager
def raises_http(code: int) -> Iterator[list[discord.HTTPException]]:
    caught: list[discord.HTTPException] = []
    with pytest.raises(discord.HTTPException) as info:
        yield caught
    caught.append(info.value)
    assert info.value.code == code, info.value.text


# ------------------------------------------------------------------------------- login, ready


async def test_login_and_ready_in_milliseconds(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)
    started = time.perf_counter()
    async with running(bot, fake):
        elapsed = time.perf_counter() - started
        assert elapsed < 1.0, elapsed
        assert bot.user is not None and bot.user.id == fake.bot_user_id
        assert bot.application_id == fake.application_id
        guild = bot.get_guild(world.guild_id)
        assert guild is not None
        assert guild.preferred_locale is discord.Locale.russian
        assert [c.name for c in guild.text_channels] == ["general"]
        assert {r.name for r in guild.roles} >= {"@everyone", "Influencer", "Staff", "Admin"}
        assert guild.me.guild_permissions.manage_roles
        info = fake.gateway_connections[-1]
        # discord.py asks for transport compression by default: zlib-stream unless zstandard
        # (or Python 3.14's compression.zstd) is importable.
        assert info.compress in ("zlib-stream", "zstd-stream")
        assert info.identified and info.intents == discord.Intents.default().value
        assert info.heartbeats >= 1
        methods = [(c.method, c.path) for c in fake.calls]
        assert methods[:2] == [("GET", "/users/@me"), ("GET", "/oauth2/applications/@me")]


async def test_wrong_token_is_a_login_failure(world: World) -> None:
    bot = make_bot(world.fake)
    try:
        with pytest.raises(discord.LoginFailure):
            await asyncio.wait_for(bot.login("not-the-token"), STEP)
    finally:
        await bot.close()


async def test_members_intent_chunks_the_guild_over_op_8(world: World) -> None:
    intents = discord.Intents.default()
    intents.members = True
    bot = make_bot(world.fake, intents)
    async with running(bot, world.fake):
        guild = bot.get_guild(world.guild_id)
        assert guild is not None and guild.chunked
        alice = guild.get_member(ALICE)
        assert alice is not None and alice.name == "alice"
        assert len(guild.members) == 5  # owner, bot, alice, bob, admin


# ------------------------------------------------------------------------------- commands


class Translations(app_commands.Translator):
    TABLE: dict[str, dict[str, str]] = {
        "join": {"ru": "вступить", "fr": "rejoindre", "es-ES": "unirse", "pl": "dołącz"},
        "Join the programme": {
            "ru": "Вступить в программу",
            "fr": "Rejoindre le programme",
            "es-ES": "Unirse al programa",
            "pl": "Dołącz do programu",
        },
    }

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        return self.TABLE.get(string.message, {}).get(locale.value)


async def test_sync_stores_localised_commands(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)

    @bot.tree.command(
        name=app_commands.locale_str("join"),
        description=app_commands.locale_str("Join the programme"),
    )
    async def join(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("ok")

    async with running(bot, fake):
        await bot.tree.set_translator(Translations())
        synced = await asyncio.wait_for(bot.tree.sync(), STEP)
        [stored] = fake.registered_commands()
        assert stored["name"] == "join"
        assert stored["name_localizations"] == {
            "ru": "вступить",
            "fr": "rejoindre",
            "es-ES": "unirse",
            "pl": "dołącz",
        }
        assert stored["description_localizations"]["es-ES"] == "Unirse al programa"
        assert [c.id for c in synced] == [int(stored["id"])]
        again = await asyncio.wait_for(bot.tree.sync(), STEP)
        assert [c.id for c in again] == [c.id for c in synced]  # ids survive a re-sync

        guild = discord.Object(world.guild_id)
        bot.tree.copy_global_to(guild=guild)
        await asyncio.wait_for(bot.tree.sync(guild=guild), STEP)
        assert [c["name"] for c in fake.registered_commands(world.guild_id)] == ["join"]

        bad = [{"name": "Join", "description": "x", "name_localizations": {"es": "unirse"}}]
        with raises_http(50035) as caught:
            await bot.http.bulk_upsert_global_commands(fake.application_id, payload=bad)
        assert "name_localizations.es" in caught[0].text


# ------------------------------------------------------------------------------- interactions


async def test_slash_command_answered_ephemerally_in_the_users_locale(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)
    seen: list[tuple[discord.Locale, discord.Locale | None]] = []

    @bot.tree.command(name="status", description="Show my status")
    async def status(interaction: discord.Interaction) -> None:
        seen.append((interaction.locale, interaction.guild_locale))
        await interaction.response.send_message(f"hello {interaction.user.name}", ephemeral=True)

    async with running(bot, fake):
        await sync(bot)
        rec = await fake.send_slash_command(world.guild_id, ALICE, "status")
        await fake.wait_response(rec)
        assert rec.callback_type == 4
        assert rec.ephemeral and rec.content == "hello alice"
        assert rec.time_to_ack is not None and rec.time_to_ack < 3.0
        assert seen == [(discord.Locale.russian, discord.Locale.russian)]
        assert fake.messages(world.channel_id) == []  # nobody else sees it
        [mine] = fake.messages(world.channel_id, include_ephemeral=True)
        assert mine["flags"] & 64 and mine["interaction_metadata"]["user"]["id"] == str(ALICE)
        [callback] = [r for r in fake.requests if r.path.endswith("/callback")]
        assert callback.query == {"with_response": "1"}  # discord.py 2.7 always asks for it

        offers = fake.add_channel(world.guild_id, "offers")
        there = await fake.send_slash_command(
            world.guild_id, ADMIN, "status", channel_id=offers["id"]
        )
        await fake.wait_response(there)
        assert there.channel_id == offers["id"] and there.content == "hello admin"
        assert len(fake.messages(offers["id"], include_ephemeral=True)) == 1


async def test_defer_then_follow_up_after_the_deadline(world: World) -> None:
    clock = ManualClock()
    async with fake_world(clock=clock) as w:
        fake = w.fake
        bot = make_bot(fake)
        release_report, release_slow = asyncio.Event(), asyncio.Event()
        late_errors: list[int] = []

        @bot.tree.command(name="report", description="Build a report")
        async def report(interaction: discord.Interaction) -> None:
            await interaction.response.defer(thinking=True)
            await release_report.wait()
            await interaction.followup.send("report ready")
            await interaction.followup.send("and a second message")

        @bot.tree.command(name="slow", description="Answers too late")
        async def slow(interaction: discord.Interaction) -> None:
            await release_slow.wait()
            try:
                await interaction.response.send_message("too late")
            except discord.NotFound as exc:
                late_errors.append(exc.code)

        async with running(bot, fake):
            await sync(bot)
            rec = await fake.send_slash_command(w.guild_id, ALICE, "report")
            await fake.wait_for(lambda: rec.callback_type == 5, STEP, "the defer")
            assert rec.response_message is not None and rec.response_message["flags"] & 128
            clock.advance(60.0)  # far past the 3 s deadline: the token lives 15 minutes
            release_report.set()
            await fake.wait_response(rec)
            await fake.wait_for(lambda: len(rec.followup_ids) == 2, STEP, "two follow-ups")
            first, second = rec.followups
            # The first follow-up after a defer replaces the "thinking" message.
            assert first["id"] == str(rec.original_message_id)
            assert first["content"] == "report ready" and not first["flags"] & 128
            assert second["content"] == "and a second message"
            assert [m["content"] for m in fake.messages(w.channel_id)] == [
                "report ready",
                "and a second message",
            ]

            late = await fake.send_slash_command(w.guild_id, ALICE, "slow")
            clock.advance(3.01)
            release_slow.set()
            await fake.wait_for(lambda: late_errors, STEP, "the late answer")
            assert late_errors == [10062]
            assert [e.code for e in late.errors] == [10062]
            with pytest.raises(AssertionError, match="10062"):
                await fake.wait_response(late, timeout=STEP)


class ApplyModal(discord.ui.Modal, title="Apply"):
    handle: discord.ui.TextInput[ApplyModal] = discord.ui.TextInput(
        label="Handle", custom_id="handle", max_length=32
    )
    pitch: discord.ui.Label[ApplyModal] = discord.ui.Label(
        text="Pitch",
        component=discord.ui.TextInput(
            custom_id="pitch", style=discord.TextStyle.paragraph, required=False
        ),
    )

    def __init__(self, sink: list[tuple[str, str]]) -> None:
        super().__init__(custom_id="apply:form")
        self.sink = sink

    async def on_submit(self, interaction: discord.Interaction) -> None:
        assert isinstance(self.pitch.component, discord.ui.TextInput)
        self.sink.append((self.handle.value, self.pitch.component.value))
        await interaction.response.send_message(f"thanks {self.handle.value}", ephemeral=True)


async def test_modal_opened_and_submitted(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)
    submitted: list[tuple[str, str]] = []

    @bot.tree.command(name="apply", description="Apply to the programme")
    async def apply(interaction: discord.Interaction) -> None:
        await interaction.response.send_modal(ApplyModal(submitted))

    async with running(bot, fake):
        await sync(bot)
        rec = await fake.send_slash_command(world.guild_id, ALICE, "apply")
        await fake.wait_response(rec)
        assert rec.callback_type == 9 and rec.modal is not None
        assert rec.modal["custom_id"] == "apply:form" and rec.modal["title"] == "Apply"
        assert [c["type"] for c in rec.modal["components"]] == [1, 18]
        with pytest.raises(ValueError, match="required"):
            await fake.submit_modal(ALICE, "apply:form", {"pitch": "no handle"})
        with pytest.raises(ValueError, match="32"):
            await fake.submit_modal(ALICE, "apply:form", {"handle": "x" * 33})
        sub = await fake.submit_modal(
            ALICE, "apply:form", {"handle": "@alice", "pitch": "I post daily"}
        )
        await fake.wait_response(sub)
        assert submitted == [("@alice", "I post daily")]
        assert sub.type == 5 and sub.content == "thanks @alice"
        with pytest.raises(LookupError):  # a modal closes when submitted
            await fake.submit_modal(ALICE, "apply:form", {"handle": "again"})


class OfferButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"offer:(?P<action>accept|decline):(?P<offer>\d+)",
):
    """A persistent button whose state lives in its custom_id (max 100 characters)."""

    clicks: list[tuple[str, int, int]] = []

    def __init__(self, action: str, offer: int) -> None:
        super().__init__(
            discord.ui.Button(
                label=action.title(),
                style=discord.ButtonStyle.success,
                custom_id=f"offer:{action}:{offer}",
            )
        )
        self.action, self.offer = action, offer

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction,
        item: discord.ui.Item[Any],
        match: re.Match[str],
    ) -> OfferButton:
        return cls(match["action"], int(match["offer"]))

    async def callback(self, interaction: discord.Interaction) -> None:
        self.clicks.append((self.action, self.offer, id(interaction.client)))
        await interaction.response.edit_message(
            content=f"offer {self.offer}: {self.action}ed", view=None
        )


async def test_dynamic_item_routes_after_a_restart(world: World) -> None:
    fake = world.fake
    OfferButton.clicks.clear()
    first = make_bot(fake)

    @first.tree.command(name="offer", description="Send an offer")
    async def offer(interaction: discord.Interaction) -> None:
        view = discord.ui.View(timeout=None)
        view.add_item(OfferButton("accept", 42))
        view.add_item(OfferButton("decline", 42))
        await interaction.response.send_message("offer 42", view=view)

    async with running(first, fake):
        await sync(first)
        rec = await fake.send_slash_command(world.guild_id, ALICE, "offer")
        await fake.wait_response(rec)
        message_id = rec.original_message_id
        assert message_id is not None

    second = make_bot(fake)
    second.add_dynamic_items(OfferButton)
    async with running(second, fake):
        click = await fake.click_button(ALICE, message_id, "offer:accept:42")
        await fake.wait_response(click)
        assert OfferButton.clicks == [("accept", 42, id(second))]
        assert click.callback_type == 7
        stored = fake.message(message_id)
        assert stored is not None
        assert stored["content"] == "offer 42: accepted" and stored["components"] == []

        channel = second.get_channel(world.channel_id)
        assert isinstance(channel, discord.TextChannel)
        too_long = discord.ui.View()
        too_long.add_item(OfferButton("accept", int("9" * 100)))  # discord.py does not check
        with raises_http(50035) as caught:
            await channel.send("x", view=too_long)
        assert "components.0.components.0.custom_id" in caught[0].text


async def test_view_buttons_route_by_message_id(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)

    class Picker(discord.ui.View):
        @discord.ui.button(label="Done", custom_id="done")
        async def done(
            self, interaction: discord.Interaction, button: discord.ui.Button[Picker]
        ) -> None:
            await interaction.response.send_message("saved", ephemeral=True)

    @bot.tree.command(name="platforms", description="Pick platforms")
    async def platforms(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("pick", view=Picker())

    async with running(bot, fake):
        await sync(bot)
        rec = await fake.send_slash_command(world.guild_id, ALICE, "platforms")
        await fake.wait_response(rec)
        assert rec.original_message_id is not None
        with pytest.raises(LookupError):
            await fake.click_button(ALICE, rec.original_message_id, "not-a-button")
        done = await fake.click_button(ALICE, rec.original_message_id, "done")
        await fake.wait_response(done)
        assert done.content == "saved" and done.ephemeral


async def test_interaction_answered_twice_gets_40060(world: World) -> None:
    """Two processes on one token (e.g. an old deploy still running) both answer."""
    fake = world.fake
    outcomes: list[str | int] = []

    def build() -> commands.Bot:
        bot = make_bot(fake)

        @bot.tree.command(name="claim", description="Claim a reward")
        async def claim(interaction: discord.Interaction) -> None:
            try:
                await interaction.response.send_message("claimed")
            except discord.HTTPException as exc:
                outcomes.append(exc.code)
            else:
                outcomes.append("ok")

        return bot

    first, second = build(), build()
    async with running(first, fake), running(second, fake):
        await sync(first)
        rec = await fake.send_slash_command(world.guild_id, ALICE, "claim")
        await fake.wait_for(lambda: len(outcomes) == 2, STEP, "both answers")
        assert sorted(outcomes, key=str) == [40060, "ok"]
        assert [e.code for e in rec.errors] == [40060]
        assert [m["content"] for m in fake.messages(world.channel_id)] == ["claimed"]


async def test_subcommands_options_visibility_and_dms(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)
    calls: list[tuple[str, int, str]] = []
    settings = app_commands.Group(name="settings", description="Settings", guild_only=True)

    @settings.command(name="language", description="Set a member's language")
    @app_commands.choices(
        code=[
            app_commands.Choice(name=n, value=v) for n, v in (("English", "en"), ("Polski", "pl"))
        ]
    )
    async def language(
        interaction: discord.Interaction, member: discord.Member, code: app_commands.Choice[str]
    ) -> None:
        calls.append((member.name, member.id, code.value))
        await interaction.response.send_message(f"{member.name}: {code.value}")

    @bot.tree.command(name="purge", description="Admins only")
    @app_commands.default_permissions(administrator=True)
    async def purge(interaction: discord.Interaction) -> None:
        await interaction.response.send_message("purged", ephemeral=True)

    @bot.tree.command(name="ping", description="Works in DMs too")
    async def ping(interaction: discord.Interaction) -> None:
        where = "dm" if interaction.guild is None else "guild"
        await interaction.response.send_message(f"pong from {where}", ephemeral=True)

    bot.tree.add_command(settings)
    async with running(bot, fake):
        await sync(bot)
        rec = await fake.send_slash_command(
            world.guild_id, ADMIN, "settings language", {"member": BOB, "code": "pl"}
        )
        await fake.wait_response(rec)
        assert calls == [("bob", BOB, "pl")] and rec.content == "bob: pl"
        with pytest.raises(ValueError, match="one of"):
            await fake.send_slash_command(
                world.guild_id, ADMIN, "settings language", {"member": BOB, "code": "de"}
            )
        with pytest.raises(ValueError, match="required"):
            await fake.send_slash_command(world.guild_id, ADMIN, "settings language", {})
        with pytest.raises(PermissionError, match="not available in DMs"):
            await fake.send_slash_command(None, ALICE, "settings language", {"code": "en"})
        with pytest.raises(PermissionError, match="hidden"):
            await fake.send_slash_command(world.guild_id, ALICE, "purge")
        admin = await fake.send_slash_command(world.guild_id, ADMIN, "purge")
        assert (await fake.wait_response(admin)).content == "purged"
        dm = await fake.send_slash_command(None, ALICE, "ping")
        await fake.wait_response(dm)
        assert dm.content == "pong from dm"
        assert [m["content"] for m in fake.dm_messages(ALICE)] == ["pong from dm"]


# ------------------------------------------------------------------------------- REST


async def test_channel_messages_and_dms(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)
    received: list[tuple[str, bool]] = []

    async def on_message(message: discord.Message) -> None:
        if message.author.id != fake.bot_user_id:
            received.append((message.content, message.guild is None))

    bot.add_listener(on_message, "on_message")
    async with running(bot, fake):
        channel = bot.get_channel(world.channel_id)
        assert isinstance(channel, discord.TextChannel)
        sent = await channel.send("welcome")
        assert fake.messages(world.channel_id)[-1]["content"] == "welcome"
        assert fake.messages(world.channel_id)[-1]["id"] == str(sent.id)
        with raises_http(50035) as caught:
            await channel.send("x" * 2001)
        assert "2000 or fewer" in caught[0].text

        bob = await bot.fetch_user(BOB)
        with raises_http(50007):
            await bob.send("hi")
        alice = await bot.fetch_user(ALICE)
        await alice.send("hi alice")
        assert [m["content"] for m in fake.dm_messages(ALICE)] == ["hi alice"]

        await fake.send_dm_message(ALICE, "dm text")
        await fake.send_channel_message(world.channel_id, ALICE, "guild text")
        await fake.send_channel_message(world.channel_id, ALICE, f"<@{fake.bot_user_id}> hey")

        def all_three() -> bool:
            return len(received) == 3

        await fake.wait_for(all_three, STEP, "three user messages")
        # Without the MESSAGE_CONTENT intent guild text arrives empty unless it mentions the bot.
        assert received == [
            ("dm text", True),
            ("", False),
            (f"<@{fake.bot_user_id}> hey", False),
        ]


async def test_giving_a_role_needs_manage_roles_and_hierarchy(world: World) -> None:
    """PUT member role, as the bot gives an approved influencer's role."""
    fake = world.fake
    bot = make_bot(fake)
    async with running(bot, fake):
        await bot.http.add_role(world.guild_id, ALICE, world.low_role_id)
        assert fake.member_roles(world.guild_id, ALICE) == [world.low_role_id]
        with raises_http(50013):
            await bot.http.add_role(world.guild_id, ALICE, world.high_role_id)  # above the bot

        fake.set_bot_permissions(world.guild_id, Permissions.VIEW_CHANNEL)
        with raises_http(50013) as caught:
            await bot.http.add_role(world.guild_id, BOB, world.low_role_id)
        assert isinstance(caught[0], discord.Forbidden)
        assert fake.member_roles(world.guild_id, BOB) == []


async def test_429_is_waited_out_and_retried(world: World) -> None:
    fake = world.fake
    bot = make_bot(fake)
    async with running(bot, fake):
        channel = bot.get_channel(world.channel_id)
        assert isinstance(channel, discord.TextChannel)
        fake.rate_limit_next(f"POST /channels/{world.channel_id}/messages", retry_after=0.25)
        started = time.perf_counter()
        await asyncio.wait_for(channel.send("after a 429"), STEP)
        assert time.perf_counter() - started >= 0.25
        assert len(fake.rate_limit_hits) == 1 and fake.rate_limit_hits[0].injected
        posts = [r.status for r in fake.requests if r.method == "POST"]
        assert posts == [429, 200]

        fake.rate_limit_next("/users/", retry_after=0.05, global_=True)
        user = await asyncio.wait_for(bot.fetch_user(ALICE), STEP)
        assert user.name == "alice" and fake.rate_limit_hits[-1].global_


class QuickReidentifyBot(RoutedBot):
    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py sleeps 5 s before every IDENTIFY but the first; not needed here."""


async def test_gateway_resume_replays_missed_events(world: World) -> None:
    fake = world.fake
    bot = QuickReidentifyBot(
        Endpoints(fake.rest_base, str(fake.gateway_url)),
        command_prefix="!",
        intents=discord.Intents.default(),
        guild_ready_timeout=0.05,
    )
    received: list[str] = []

    async def on_message(message: discord.Message) -> None:
        received.append(message.content)

    bot.add_listener(on_message, "on_message")
    async with running(bot, fake):
        fake.disconnect_gateway(4000)
        await fake.send_dm_message(ALICE, "sent while you were away")
        await fake.wait_for(lambda: received, STEP, "the missed DM")
        assert received == ["sent while you were away"]
        assert fake.resume_count == 1
        last = fake.gateway_connections[-1]
        assert last.path == "/gateway/resume" and last.resumed
        assert len([c for c in fake.gateway_connections if c.identified]) == 1

        fake.request_reconnect()  # op 7: discord.py closes and resumes
        await fake.wait_for(lambda: fake.resume_count == 2, STEP, "a second resume")
        fake.invalidate_sessions(resumable=False)  # op 9 false: discord.py identifies anew
        await fake.wait_for(
            lambda: len([c for c in fake.gateway_connections if c.identified]) == 2,
            STEP,
            "a fresh IDENTIFY",
        )
        await fake.send_dm_message(ALICE, "after a new session")
        await fake.wait_for(lambda: len(received) == 2, STEP, "a DM on the new session")
        assert received[-1] == "after a new session"


def test_interaction_record_is_plain_data() -> None:
    rec = InteractionRecord(
        id=1,
        token="t",
        type=2,
        user_id=ALICE,
        guild_id=None,
        channel_id=2,
        locale="pl",
        name="x",
        payload={},
        dispatched_at=0.0,
    )
    assert not rec.acknowledged and not rec.complete and rec.content is None
    waiters: list[Callable[[], bool]] = [lambda: rec.complete]
    assert not waiters[0]()

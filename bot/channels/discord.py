"""Discord: slash commands, buttons and modals on discord.py, handed to the same engine.

Every interaction is acknowledged before any database work: a slash command defers, a button
press updates its message (removing the buttons, so they cannot be pressed twice) and a typed
answer is asked for in a modal. Buttons are ``DynamicItem``s routed by their custom id alone,
so they keep working after a restart. Conversations in a server are answered ephemerally.
"""

from __future__ import annotations

import asyncio
import io
import logging
import re
from collections.abc import Sequence
from typing import Any

import aiohttp
import discord
from discord import app_commands
from discord.ext import commands

from bot.channels import discord_support
from bot.channels.base import (
    ChannelRefused,
    ChannelUnreachable,
    Failure,
    chosen_text,
    deliver_in_order,
    split_text,
    stopped_first,
)
from bot.channels.discord_http import Endpoints, RoutedBot
from bot.core.engine import Engine, EngineUnavailable
from bot.core.events import Incoming, Outgoing
from bot.core.flow import Router
from bot.core.i18n import SUPPORTED_LOCALES, Translator, negotiate
from bot.services.platform_actions import ActionResult
from bot.settings import Settings
from storage.platform_actions import DISCORD_ROLE, ActionRecord

log = logging.getLogger(__name__)

CHANNEL = "discord"
TEXT_LIMIT = 2000
LABEL_LIMIT = 80
MAX_ROWS = 5
MAX_PER_ROW = 5
ANSWER_ID = "ib:answer"
UNKNOWN_MEMBER = 10007  # Discord's JSON error code

# The text option a command takes on Discord (Telegram's ``/start <code>``): (option name,
# the message id of its description). The commands themselves are the router's menu.
OPTIONS: dict[str, tuple[str, str]] = {
    "start": ("code", "discord-option-code"),
    "connect": ("code", "discord-option-connect-code"),
    "support": ("question", "discord-option-support-question"),
}

# Discord's locale codes for the programme's languages (en-US is the default name itself).
DISCORD_LOCALES: dict[discord.Locale, str] = {
    discord.Locale.russian: "ru",
    discord.Locale.french: "fr",
    discord.Locale.spain_spanish: "es",
    discord.Locale.polish: "pl",
}


class FluentCommandTranslator(app_commands.Translator):
    """Command names and descriptions from the same Fluent files as every other text."""

    def __init__(self, translator: Translator) -> None:
        self.translator = translator

    async def translate(
        self,
        string: app_commands.locale_str,
        locale: discord.Locale,
        context: app_commands.TranslationContextTypes,
    ) -> str | None:
        ours = DISCORD_LOCALES.get(locale)
        message_id = string.extras.get("id")
        if ours is None or not message_id:
            return None
        return self.translator.render(ours, message_id)


class EngineButton(
    discord.ui.DynamicItem[discord.ui.Button[Any]],
    template=r"ib:(?P<payload>v1\|[A-Za-z0-9_.:+|-]{1,60})",
):
    """A button whose custom id is ``ib:`` + the engine's payload: stateless, restart-proof."""

    def __init__(self, payload: str, label: str = "", row: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:LABEL_LIMIT] or "·",
                custom_id=f"ib:{payload}",
                style=discord.ButtonStyle.primary,
                row=row,
            )
        )
        self.payload = payload

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> EngineButton:
        label = item.label if isinstance(item, discord.ui.Button) else ""
        return cls(match["payload"], label or "")

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await channel_of(interaction).on_button(interaction, self.payload, self.item.label or "")


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button[Any]], template=r"ib:answer"):
    """Opens a modal where the user types the answer to the open question."""

    def __init__(self, label: str = "", row: int | None = None) -> None:
        super().__init__(
            discord.ui.Button(
                label=label[:LABEL_LIMIT] or "…",
                custom_id=ANSWER_ID,
                style=discord.ButtonStyle.success,
                row=row,
            )
        )

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: re.Match[str]
    ) -> AnswerButton:
        return cls()

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        await channel_of(interaction).open_answer(interaction)


class AnswerModal(discord.ui.Modal):
    """One field for a typed answer; the engine asks one question at a time."""

    def __init__(self, channel: DiscordChannel, locale: str, question: str) -> None:
        t = channel.translator.render
        super().__init__(title=t(locale, "discord-answer-title")[:45], custom_id="ib:modal")
        self.channel = channel
        self.answer: discord.ui.TextInput[Any] = discord.ui.TextInput(
            label=t(locale, "discord-answer-label")[:45],
            style=discord.TextStyle.paragraph,
            placeholder=question[:100] or None,
            max_length=1000,
            custom_id="answer",
        )
        self.add_item(self.answer)

    async def on_submit(self, interaction: discord.Interaction[Any]) -> None:
        await self.channel.on_text(interaction, self.answer.value)


def channel_of(interaction: discord.Interaction[Any]) -> DiscordChannel:
    channel = getattr(interaction.client, "engine_channel", None)
    if not isinstance(channel, DiscordChannel):
        raise RuntimeError("interaction on a client without a DiscordChannel")
    return channel


# What a connection to Discord that failed for now raises (worth trying again later).
UNREACHABLE = (
    OSError,
    aiohttp.ClientError,
    discord.GatewayNotFound,
    discord.ConnectionClosed,
    discord.DiscordServerError,
)


class DiscordChannel:
    """Owns the ``commands.Bot``; turns interactions into engine turns and replies into calls."""

    name = CHANNEL
    platform = "Discord"
    text_limit = TEXT_LIMIT

    def __init__(
        self,
        engine: Engine | None,
        settings: Settings,
        translator: Translator,
        *,
        router: Router | None = None,
        guild_ready_timeout: float = 2.0,
    ) -> None:
        """``router``: the commands to register when there is no engine (``discord-sync``)."""
        self.engine = engine
        self.settings = settings
        self.translator = translator
        self.bot = RoutedBot(
            Endpoints(settings.discord_api_base_url, settings.discord_gateway_url),
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            guild_ready_timeout=guild_ready_timeout,
            help_command=None,
        )
        self.bot.engine_channel = self  # type: ignore[attr-defined]
        self.bot.add_dynamic_items(EngineButton, AnswerButton)
        self.bot.add_listener(self.on_message, "on_message")
        if router is None:
            if engine is None:
                raise ValueError("a Discord channel needs an engine or a router")
            router = engine.router
        self._add_commands(router)

    # --- commands ----------------------------------------------------------------------------

    def _name(self, command: str) -> app_commands.locale_str:
        return app_commands.locale_str(command, id=f"discord-command-{command}")

    def _text(self, message_id: str) -> app_commands.locale_str:
        return app_commands.locale_str(
            self.translator.render("en", message_id)[:100], id=message_id
        )

    def _add_commands(self, router: Router) -> None:
        """The router's menu commands (as Telegram's command menu), then Discord's own: the
        server setup group and the support desk's staff commands."""
        tree = self.bot.tree
        for name in router.menu():
            option = OPTIONS.get(name)
            callback = self._simple(name) if option is None else self._with_text(name, *option)
            tree.add_command(
                app_commands.Command(
                    name=self._name(name),
                    description=self._text(f"command-{name}"),
                    callback=callback,
                )
            )

        setup = app_commands.Group(
            name=self._name("setup"),
            description=self._text("command-setup"),
            guild_only=True,
        )

        @app_commands.describe(
            channel=self._text("discord-option-channel"),
            language=self._text("discord-option-language"),
        )
        @app_commands.choices(
            language=[
                app_commands.Choice(
                    name=app_commands.locale_str(
                        self.translator.render("en", f"language-name-{code}"),
                        id=f"language-name-{code}",
                    ),
                    value=code,
                )
                for code in SUPPORTED_LOCALES
            ]
        )
        async def announcements(
            interaction: discord.Interaction[Any],
            channel: discord.TextChannel,
            language: app_commands.Choice[str] | None = None,
        ) -> None:
            options = {
                "subcommand": "announcements",
                "channel_id": str(channel.id),
                "channel_name": f"#{channel.name}",
                "language": language.value if language else "",
            }
            await self.on_command(interaction, "setup", options=options)

        @app_commands.describe(role=self._text("discord-option-role"))
        async def role(interaction: discord.Interaction[Any], role: discord.Role) -> None:
            options = {"subcommand": "role", "role_id": str(role.id), "role_name": role.name}
            await self.on_command(interaction, "setup", options=options)

        setup.add_command(
            app_commands.Command(
                name=app_commands.locale_str("announcements"),
                description=self._text("discord-command-setup-announcements"),
                callback=announcements,
            )
        )
        setup.add_command(
            app_commands.Command(
                name=app_commands.locale_str("role"),
                description=self._text("discord-command-setup-role"),
                callback=role,
            )
        )
        discord_support.add_commands(self, setup)
        tree.add_command(setup)

    def _simple(self, name: str) -> Any:
        async def command(interaction: discord.Interaction[Any]) -> None:
            await self.on_command(interaction, name)

        command.__name__ = name
        return command

    def _with_text(self, name: str, option: str, description_id: str) -> Any:
        """A command with one optional text option, handed to the engine as its arguments."""

        @app_commands.rename(text=option)
        @app_commands.describe(text=self._text(description_id))
        async def command(interaction: discord.Interaction[Any], text: str | None = None) -> None:
            await self.on_command(interaction, name, args=text or "")

        command.__name__ = name
        return command

    async def sync(self, guild_id: int | None = None) -> list[app_commands.AppCommand]:
        """Register the slash commands (``python -m bot discord-sync``), never on_ready."""
        await self.bot.tree.set_translator(FluentCommandTranslator(self.translator))
        guild = discord.Object(id=guild_id) if guild_id is not None else None
        if guild is not None:
            self.bot.tree.copy_global_to(guild=guild)
        return await self.bot.tree.sync(guild=guild)

    # --- life cycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Connect and run until closed (``python -m bot run`` runs this as a task)."""
        token = self.settings.discord_token
        if token is None:
            raise ValueError("BOT_DISCORD_TOKEN is not set")
        await self.bot.start(token.get_secret_value())

    async def close(self) -> None:
        await self.bot.close()

    async def stop(self) -> None:
        await self.bot.close()

    async def connect(self) -> None:
        """Log in (the token is checked here); the gateway is joined by ``serve``."""
        token = self.settings.discord_token
        if token is None:
            raise ValueError("BOT_DISCORD_TOKEN is not set")
        try:
            await self.bot.login(token.get_secret_value())
        except discord.LoginFailure as error:
            raise ChannelRefused(self.platform, "BOT_DISCORD_TOKEN") from error
        except UNREACHABLE as error:
            raise ChannelUnreachable(error) from error

    async def serve(self, stop: asyncio.Event) -> None:
        """The gateway connection until ``stop`` (then the client is closed)."""
        gateway = asyncio.ensure_future(self.bot.connect(reconnect=True))
        if await stopped_first(gateway, stop):
            await self.bot.close()
        try:
            await gateway
        except discord.LoginFailure as error:
            raise ChannelRefused(self.platform, "BOT_DISCORD_TOKEN") from error
        except UNREACHABLE as error:
            if not stop.is_set():
                raise ChannelUnreachable(error) from error

    # --- incoming ----------------------------------------------------------------------------

    def _incoming(self, interaction: discord.Interaction[Any], **fields: Any) -> Incoming:
        user = interaction.user
        permissions = interaction.permissions
        locale = negotiate(str(interaction.locale)) or negotiate(str(interaction.guild_locale))
        return Incoming(
            channel=CHANNEL,
            chat_id=str(user.id),
            user_id=str(user.id),
            locale_hint=locale,
            update_id=str(interaction.id),
            server_id=str(interaction.guild_id) if interaction.guild_id else None,
            server_admin=bool(interaction.guild_id and permissions.manage_guild),
            **fields,
        )

    async def _handle(self, incoming: Incoming) -> list[Outgoing]:
        """The engine's replies; an interaction cannot be redelivered, so on a database outage
        the user gets the apology and can try again."""
        if self.engine is None:
            raise RuntimeError("this Discord channel was built without an engine")
        try:
            return await self.engine.handle(incoming)
        except EngineUnavailable as unavailable:
            return unavailable.replies

    @staticmethod
    def _private(interaction: discord.Interaction[Any]) -> bool:
        """In a server, the conversation is between the user and the bot only."""
        return interaction.guild_id is not None

    async def on_command(
        self,
        interaction: discord.Interaction[Any],
        command: str,
        *,
        args: str = "",
        options: dict[str, str] | None = None,
    ) -> None:
        await interaction.response.defer(ephemeral=self._private(interaction), thinking=True)
        incoming = self._incoming(interaction, command=command, args=args, options=options or {})
        await self.answer(interaction, await self._handle(incoming))

    async def on_button(
        self, interaction: discord.Interaction[Any], payload: str, label: str
    ) -> None:
        message = interaction.message
        content = message.content if message is not None else ""
        closed = chosen_text(content, label, TEXT_LIMIT)
        if closed is not None:
            await interaction.response.edit_message(content=closed, view=None)
        else:
            await interaction.response.edit_message(view=None)
        incoming = self._incoming(interaction, action=payload)
        await self.answer(interaction, await self._handle(incoming))

    async def open_answer(self, interaction: discord.Interaction[Any]) -> None:
        locale = negotiate(str(interaction.locale)) or self.settings.default_locale
        question = interaction.message.content if interaction.message is not None else ""
        await interaction.response.send_modal(AnswerModal(self, locale, question))

    async def on_text(self, interaction: discord.Interaction[Any], text: str) -> None:
        await interaction.response.defer(ephemeral=self._private(interaction), thinking=True)
        incoming = self._incoming(interaction, text=text)
        await self.answer(interaction, await self._handle(incoming))

    async def on_message(self, message: discord.Message) -> None:
        """A direct message: typed text goes to the engine like any other channel's."""
        if message.guild is not None or message.author.bot or self.engine is None:
            return
        incoming = Incoming.from_text(
            CHANNEL,
            str(message.author.id),
            str(message.author.id),
            message.content,
            update_id=f"m{message.id}",
        )
        for outgoing in await self._handle(incoming):
            for chunk, view in self._render(outgoing):
                await message.channel.send(chunk, view=view)

    # --- platform actions --------------------------------------------------------------------

    def can_act(self) -> bool:
        return self.bot.is_ready() and not self.bot.is_closed()

    async def perform_action(self, action: ActionRecord) -> ActionResult:
        """Give an approved influencer the server's role (PUT member role). Not a member of
        that server: nothing to do. Missing permissions (the bot's role is below the role, or
        lacks Manage Roles): logged for the server's admins, retried a few times, then given
        up. Rate limits are waited out by discord.py itself."""
        if action.kind.startswith("support."):
            return await discord_support.DiscordSupportDesk(self).perform(action)
        if action.kind != DISCORD_ROLE:
            return ActionResult.failed(f"unknown action {action.kind}", retry=False)
        guild_id, role_id = action.args["guild_id"], action.args["role_id"]
        member_id = action.args["member_id"]
        try:
            await self.bot.http.add_role(
                int(guild_id), int(member_id), int(role_id), reason="approved influencer"
            )
        except discord.NotFound as error:
            if error.code == UNKNOWN_MEMBER:
                return ActionResult.done("not a member of the server")
            log.warning("server %s: role %s not given: %s", guild_id, role_id, error.text)
            return ActionResult.failed(f"not found: {error.code} {error.text}", retry=False)
        except discord.Forbidden as error:
            log.warning(
                "server %s: no permission to give role %s (the bot needs Manage Roles and a "
                "role above it): %s",
                guild_id,
                role_id,
                error.text,
            )
            return ActionResult.failed(f"forbidden: {error.code} {error.text}", retry=True)
        except discord.HTTPException as error:
            retry = error.status >= 500 or error.status == 429
            return ActionResult.failed(f"http {error.status}", retry=retry)
        except (aiohttp.ClientError, TimeoutError) as error:
            return ActionResult.failed(f"error: {type(error).__name__}", retry=True)
        return ActionResult.done("role given")

    # --- outgoing ----------------------------------------------------------------------------

    async def deliver(self, outgoings: Sequence[Outgoing]) -> bool:
        """Direct messages that are not replies (a new sale), only to people who use the bot
        (they have an identity with us); a user who refuses DMs is marked unreachable."""
        done = await deliver_in_order(CHANNEL, self.engine, outgoings, self._send_dm, _failure)
        return done.everything

    async def _send_dm(self, outgoing: Outgoing) -> None:
        user = await self.bot.fetch_user(int(outgoing.chat_id))
        for chunk, view in self._render(outgoing):
            await user.send(chunk, view=view)

    def _view(self, outgoing: Outgoing) -> discord.ui.View | None:
        view = discord.ui.View(timeout=None)
        rows = [row for row in outgoing.buttons if row]
        if len(rows) > MAX_ROWS:  # re-flow to fit Discord's five rows of five
            flat = [b for row in rows for b in row]
            rows = [tuple(flat[i : i + MAX_PER_ROW]) for i in range(0, len(flat), MAX_PER_ROW)]
        for index, row in enumerate(rows[:MAX_ROWS]):
            for button in row[:MAX_PER_ROW]:
                if button.url:
                    view.add_item(
                        discord.ui.Button(
                            label=button.label[:LABEL_LIMIT], url=button.url, row=index
                        )
                    )
                else:
                    view.add_item(EngineButton(button.payload, button.label, row=index))
        if outgoing.input_kind == "text" and len(rows) < MAX_ROWS:
            label = self.translator.render(outgoing.locale, "discord-answer")
            view.add_item(AnswerButton(label, row=min(len(rows), MAX_ROWS - 1)))
        return view if view.children else None

    def _render(self, outgoing: Outgoing) -> list[tuple[str, Any]]:
        """Chunks of text; the buttons go on the last (``MISSING`` means none to discord.py)."""
        chunks = split_text(outgoing.text, TEXT_LIMIT)
        view = self._view(outgoing)
        return [
            (
                chunk,
                view if index == len(chunks) - 1 and view is not None else discord.utils.MISSING,
            )
            for index, chunk in enumerate(chunks)
        ]

    async def answer(
        self, interaction: discord.Interaction[Any], outgoings: Sequence[Outgoing]
    ) -> None:
        """Follow-ups after the acknowledgement; the first replaces the "thinking" message."""
        private = self._private(interaction)
        for outgoing in outgoings:
            for index, (chunk, view) in enumerate(self._render(outgoing)):
                file = discord.utils.MISSING
                if index == 0 and outgoing.attachment is not None:
                    attachment = outgoing.attachment
                    file = discord.File(io.BytesIO(attachment.content), attachment.filename)
                try:
                    await interaction.followup.send(chunk, view=view, ephemeral=private, file=file)
                except discord.HTTPException as error:
                    log.warning(
                        "Discord refused message %s: %s %s",
                        outgoing.message_id,
                        error.status,
                        error.code,
                    )


def _failure(error: Exception) -> Failure | None:
    """How a REST error bears on a delivery (403: DMs refused, or the bot blocked)."""
    if isinstance(error, discord.Forbidden):
        return Failure.BLOCKED
    if isinstance(error, discord.HTTPException):
        transient = error.status >= 500 or error.status == 429
        return Failure.TRANSIENT if transient else Failure.REFUSED
    return None

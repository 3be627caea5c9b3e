"""The Discord staff desk: ``/setup support <channel>`` names a channel of a staff server; each
ticket gets a private thread there, opened by the influencer's card, with their messages.

Staff answer in the thread with ``/reply`` (a slash command: the bot needs no privileged
Message Content intent); the answer reaches the influencer on their platform, in their
language, by the notification outbox. Without the ``support`` role the reply is refused and
nothing is sent. Also registers ``/support`` and ``/faq`` for influencers.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.services import support as desk
from bot.services.platform_actions import ActionResult
from bot.services.support_card import card_args
from storage.platform_actions import ActionRecord
from storage.repositories import Repositories

if TYPE_CHECKING:
    from bot.channels.discord import DiscordChannel
    from storage.tickets import TicketRecord

log = logging.getLogger(__name__)

CHANNEL = "discord"
THREAD_NAME_LIMIT = 100
TEXT_LIMIT = 2000


def add_commands(channel: DiscordChannel, setup: app_commands.Group) -> None:
    """``/setup support`` and ``/reply`` (staff, in a ticket's thread); ``/support`` and
    ``/faq`` are the router's, registered with the other menu commands."""
    tree = channel.bot.tree

    @app_commands.describe(channel=channel._text("discord-option-support-channel"))
    async def support_desk(
        interaction: discord.Interaction[Any], channel: discord.TextChannel
    ) -> None:
        options = {
            "subcommand": "support",
            "channel_id": str(channel.id),
            "channel_name": f"#{channel.name}",
        }
        await owner.on_command(interaction, "setup", options=options)

    owner = channel
    setup.add_command(
        app_commands.Command(
            name=app_commands.locale_str("support"),
            description=channel._text("discord-command-setup-support"),
            callback=support_desk,
        )
    )

    @app_commands.describe(text=channel._text("discord-option-reply-text"))
    async def reply(interaction: discord.Interaction[Any], text: str) -> None:
        await DiscordSupportDesk(owner).on_reply(interaction, text)

    tree.add_command(
        app_commands.Command(
            name=channel._name("reply"),
            description=channel._text("command-reply"),
            callback=reply,
            extras={"staff": True},
        )
    )


class DiscordSupportDesk:
    """Threads for tickets, and staff answers from them."""

    def __init__(self, channel: DiscordChannel) -> None:
        self.channel = channel
        self.settings = channel.settings
        self.locale = channel.settings.default_locale

    def render(self, message_id: str, args: dict[str, Any], locale: str | None = None) -> str:
        return self.channel.translator.render(locale or self.locale, message_id, args)

    @property
    def engine(self) -> Any:
        engine = self.channel.engine
        if engine is None:
            raise RuntimeError("the Discord support desk needs an engine")
        return engine

    # --- platform actions ------------------------------------------------------------------

    async def perform(self, action: ActionRecord) -> ActionResult:
        ticket_id = int(action.args.get("ticket_id", 0))
        async with self.engine.database.read() as session:
            ticket = await Repositories(session).tickets.get(ticket_id)
            desks = await Repositories(session).support_desks.all(CHANNEL)
        if ticket is None or not desks:
            return ActionResult.done("no ticket or no desk")
        try:
            if action.kind == desk.FORWARD:
                thread = await self._thread(ticket, int(desks[0].target_id))
                await self._forward(thread, int(action.args.get("message_id", 0)))
                return ActionResult.done("forwarded")
            if action.kind == desk.NOTE:
                if ticket.discord_thread_id is None:
                    return ActionResult.done("no thread")
                args = {k: v for k, v in action.args.items() if k not in ("ticket_id", "note")}
                thread = await self._channel(int(ticket.discord_thread_id))
                await thread.send(self.render(str(action.args["note"]), args)[:TEXT_LIMIT])
                return ActionResult.done("noted")
        except discord.Forbidden as error:
            log.warning("support desk: Discord refused %s: %s", action.kind, error.text)
            return ActionResult.failed(f"refused: {error.code}", retry=True)
        except discord.HTTPException as error:
            return ActionResult.failed(f"error: {error.status} {error.code}", retry=True)
        return ActionResult.failed(f"unknown action {action.kind}", retry=False)

    async def _channel(self, channel_id: int) -> Any:
        found = self.channel.bot.get_channel(channel_id)
        return found if found is not None else await self.channel.bot.fetch_channel(channel_id)

    async def _thread(self, ticket: TicketRecord, parent_id: int) -> Any:
        """The ticket's private thread, made with the card as its first message if needed."""
        if ticket.discord_thread_id is not None:
            return await self._channel(int(ticket.discord_thread_id))
        async with self.engine.database.read() as session:
            services = Repositories(session)
            card = await card_args(
                services,
                ticket,
                self.locale,
                self.engine.clock(),
                lambda message_id, args: self.render(message_id, args),
            )
            influencer = await services.influencers.by_user(ticket.user_id)
        country = influencer.country if influencer else "—"
        name = self.render(
            "support-desk-topic", {"number": ticket.id, "locale": ticket.locale, "country": country}
        )
        parent = await self._channel(parent_id)
        thread = await parent.create_thread(
            name=name[:THREAD_NAME_LIMIT],
            type=discord.ChannelType.private_thread,
            invitable=False,
            auto_archive_duration=10080,
        )
        async with self.engine.database.transaction() as session:
            services = Repositories(session)
            if not await services.tickets.set_thread(ticket.id, CHANNEL, str(thread.id)):
                other = await services.tickets.get(ticket.id)
                if other is None or other.discord_thread_id is None:
                    raise LookupError(f"ticket {ticket.id} has no thread although one was set")
                return await self._channel(int(other.discord_thread_id))
        await thread.send(self.render("support-card", card)[:TEXT_LIMIT])
        return thread

    async def _forward(self, thread: Any, message_id: int) -> None:
        async with self.engine.database.read() as session:
            message = await Repositories(session).tickets.message(message_id)
        if message is None:
            return
        text = message.text or self.render("support-media", {"media": message.media or "none"})
        await thread.send(self.render("support-desk-user-text", {"text": text})[:TEXT_LIMIT])

    # --- staff answering in a thread ---------------------------------------------------------

    async def on_reply(self, interaction: discord.Interaction[Any], text: str) -> None:
        """/reply in a ticket's thread: the answer to the influencer, visible in the thread."""
        from bot.core.i18n import negotiate

        staff_locale = negotiate(str(interaction.locale)) or self.locale
        thread_id = str(interaction.channel_id or "")
        engine = self.engine
        now = engine.clock()
        async with engine.database.transaction() as session:
            services = Repositories(session)
            ticket = await services.tickets.by_thread(CHANNEL, thread_id)
            result = None
            if ticket is not None:
                result = await desk.staff_reply(
                    services,
                    self.settings,
                    channel=CHANNEL,
                    external_id=str(interaction.user.id),
                    ticket_id=ticket.id,
                    text=text.strip(),
                    now=now,
                    via="discord-thread",
                )
        args: dict[str, Any] = {}
        if ticket is None or result is None:
            message_id, private = "support-desk-not-ticket", True
        elif result.outcome == "denied":
            message_id, private = "support-desk-denied", True
        elif result.outcome == "closed":
            message_id, args, private = "support-ticket-closed", {"number": ticket.id}, True
        else:
            message_id, args, private = "support-reply-sent", {"number": ticket.id}, False
        reply = self.render(message_id, args, staff_locale)
        if not private:
            reply = f"{reply}\n> {text.strip()}"[:TEXT_LIMIT]
        await interaction.response.send_message(reply, ephemeral=private)

"""The Telegram staff desk: one forum topic per ticket in ``BOT_TELEGRAM_SUPPORT_CHAT_ID``.

- A ticket's first message opens a topic named ``#12 · pl · Poland``, whose first post is the
  influencer's card; every later message of theirs is copied in (photos and documents too).
  These run as platform actions (bot/services/support.py queues them), after the turn.
- A member of staff writes in the topic: with the ``support`` role, the answer reaches the
  influencer (copied, photo and all, when they are on Telegram; otherwise as a notification on
  their platform); without it, the topic is told so and nothing is sent. ``/close`` in a topic
  closes its ticket. A reply the influencer cannot receive (they blocked the bot) is reported.
- At start the bot checks that the chat is a forum and that it may manage topics there, and
  says in the log what to fix when not.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING, Any

from telegram import Message, Update
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import BaseHandler, MessageHandler
from telegram.ext import filters as tg_filters

from bot.channels.base import mark_unreachable
from bot.core.auth import actor_id
from bot.core.engine import country_name
from bot.core.events import Incoming
from bot.services import support as desk
from bot.services.faq import answer_args, prepared_topic
from bot.services.platform_actions import ActionResult
from bot.services.support_card import card_args
from storage.platform_actions import ActionRecord
from storage.repositories import Repositories

if TYPE_CHECKING:
    from bot.channels.telegram import TelegramChannel
    from storage.tickets import TicketRecord

log = logging.getLogger(__name__)

CHANNEL = "telegram"
TOPIC_NAME_LIMIT = 128
CAPTION_LIMIT = 1024


def with_media(incoming: Incoming, message: Message) -> Incoming:
    """The message's id and whether it carries a photo or a document, for a support desk."""
    media = "photo" if message.photo else "document" if message.document else None
    return replace(incoming, message_ref=str(message.message_id), media=media)


class TelegramSupportDesk:
    """The staff side of support on Telegram; owned by the Telegram channel."""

    def __init__(self, channel: TelegramChannel) -> None:
        self.channel = channel
        self.settings = channel.settings
        raw = channel.settings.telegram_support_chat_id
        if raw is None:
            raise ValueError("the Telegram support desk needs BOT_TELEGRAM_SUPPORT_CHAT_ID")
        self.chat_id = int(raw)
        self.locale = channel.settings.default_locale

    @property
    def bot(self) -> Any:
        return self.channel.bot

    def handler(self) -> BaseHandler[Update, Any, Any]:
        """Messages in the staff forum (answers in a topic, /close)."""
        return MessageHandler(
            tg_filters.Chat(self.chat_id) & ~tg_filters.StatusUpdate.ALL, self.on_message
        )

    def render(self, message_id: str, args: dict[str, Any], locale: str | None = None) -> str:
        return self.channel.translator.render(locale or self.locale, message_id, args)

    # --- start-up check ----------------------------------------------------------------------

    async def check(self) -> bool:
        """Whether the desk can work: the chat is a forum and the bot may manage its topics.
        Says clearly in the log what to fix; never stops the bot (influencers still get help
        in chat, and tickets wait in the queue)."""
        try:
            chat = await self.channel._call(partial(self.bot.get_chat, self.chat_id))
            member = await self.channel._call(
                partial(self.bot.get_chat_member, self.chat_id, self.bot.id)
            )
        except TelegramError as error:
            log.error(
                "support desk: cannot read chat %s (%s); add the bot to the staff group",
                self.chat_id,
                getattr(error, "message", type(error).__name__),
            )
            return False
        if not getattr(chat, "is_forum", False):
            log.error(
                "support desk: chat %s is not a forum; turn Topics on in the group's settings",
                self.chat_id,
            )
            return False
        if member.status != "administrator" or not getattr(member, "can_manage_topics", False):
            log.error(
                "support desk: the bot is not an administrator with Manage Topics in chat %s; "
                "promote it with that right",
                self.chat_id,
            )
            return False
        log.info("support desk: forum %s ready", self.chat_id)
        return True

    # --- platform actions: the influencer's messages into the topic ----------------------------

    async def perform(self, action: ActionRecord) -> ActionResult:
        ticket_id = int(action.args.get("ticket_id", 0))
        ticket = await self._ticket(ticket_id)
        if ticket is None:
            return ActionResult.done("no such ticket")
        try:
            if action.kind == desk.FORWARD:
                thread = await self._topic(ticket)
                await self._forward(ticket, thread, int(action.args.get("message_id", 0)))
                return ActionResult.done("forwarded")
            if action.kind == desk.NOTE:
                if ticket.telegram_thread_id is None:
                    return ActionResult.done("no topic")
                args = {k: v for k, v in action.args.items() if k not in ("ticket_id", "note")}
                await self._post(int(ticket.telegram_thread_id), str(action.args["note"]), args)
                return ActionResult.done("noted")
        except (BadRequest, Forbidden) as error:
            log.warning(
                "support desk: %s for ticket %s refused: %s", action.kind, ticket_id, error.message
            )
            return ActionResult.failed(f"refused: {error.message}", retry=True)
        except TelegramError as error:
            return ActionResult.failed(f"error: {type(error).__name__}", retry=True)
        return ActionResult.failed(f"unknown action {action.kind}", retry=False)

    async def _ticket(self, ticket_id: int) -> TicketRecord | None:
        async with self.channel.engine.database.read() as session:
            return await Repositories(session).tickets.get(ticket_id)

    async def _topic(self, ticket: TicketRecord) -> int:
        """The ticket's topic, made (with the card as its first post) when it has none."""
        if ticket.telegram_thread_id is not None:
            return int(ticket.telegram_thread_id)
        engine = self.channel.engine
        async with engine.database.read() as session:
            services = Repositories(session)
            influencer = await services.influencers.by_user(ticket.user_id)
            card = await card_args(
                services,
                ticket,
                self.locale,
                engine.clock(),
                lambda message_id, args: self.render(message_id, args),
            )
        country = country_name(self.locale, influencer.country) if influencer else "—"
        name = self.render(
            "support-desk-topic", {"number": ticket.id, "locale": ticket.locale, "country": country}
        )
        topic = await self.channel._call(
            partial(self.bot.create_forum_topic, self.chat_id, name[:TOPIC_NAME_LIMIT])
        )
        thread = int(topic.message_thread_id)
        async with engine.database.transaction() as session:
            if not await Repositories(session).tickets.set_thread(ticket.id, CHANNEL, str(thread)):
                # Another process made one first: that one is the ticket's topic.
                other = await Repositories(session).tickets.get(ticket.id)
                if other is None or other.telegram_thread_id is None:
                    raise LookupError(f"ticket {ticket.id} has no topic although one was set")
                return int(other.telegram_thread_id)
        await self._post(thread, "support-card", card)
        return thread

    async def _forward(self, ticket: TicketRecord, thread: int, message_id: int) -> None:
        async with self.channel.engine.database.read() as session:
            message = await Repositories(session).tickets.message(message_id)
        if message is None:
            return
        source = (message.source or "").split(":")
        if len(source) == 3 and source[0] == CHANNEL:
            try:
                await self.channel._call(
                    partial(
                        self.bot.copy_message,
                        self.chat_id,
                        int(source[1]),
                        int(source[2]),
                        message_thread_id=thread,
                    )
                )
                return
            except BadRequest as error:  # deleted meanwhile: its text is still known
                log.info(
                    "support desk: copying ticket %s message failed: %s", ticket.id, error.message
                )
        if message.text:
            await self._post(thread, "support-desk-user-text", {"text": message.text})

    async def _post(self, thread: int, message_id: str, args: dict[str, Any]) -> None:
        text = self.render(message_id, args)
        await self.channel._call(
            partial(self.bot.send_message, self.chat_id, text[:4096], message_thread_id=thread)
        )

    # --- staff writing in a topic --------------------------------------------------------------

    async def on_message(self, update: Update, _context: Any) -> None:
        message = update.message
        if (
            message is None
            or message.from_user is None
            or message.from_user.is_bot
            or not message.is_topic_message
            or message.message_thread_id is None
        ):
            return
        thread = message.message_thread_id
        text = (message.text or message.caption or "").strip()
        staff = str(message.from_user.id)
        staff_locale = message.from_user.language_code
        engine = self.channel.engine
        now = engine.clock()
        media = "photo" if message.photo else "document" if message.document else None
        if not text and media is None:
            return  # a sticker, a voice note...: nothing the influencer could be sent as is
        command = Incoming.from_text(CHANNEL, str(self.chat_id), staff, text).command
        if command == "reply":  # "/reply faq:payouts" or "/reply text": the same as writing it
            text = Incoming.from_text(CHANNEL, str(self.chat_id), staff, text).args
            command = None
        async with engine.database.transaction() as session:
            services = Repositories(session)
            if not await services.updates.claim(CHANNEL, str(update.update_id), now):
                return  # handled before (a redelivery)
            ticket = await services.tickets.by_thread(CHANNEL, str(thread))
            if ticket is None:
                return  # a topic of the staff's own, not a ticket
            if command == "close":
                outcome = await self._close(services, ticket, staff, now)
                result = None
            elif command is not None:
                return  # other commands are not answers
            else:
                result = await desk.staff_reply(
                    services,
                    self.settings,
                    channel=CHANNEL,
                    external_id=staff,
                    ticket_id=ticket.id,
                    text=text or None,
                    now=now,
                    media=media,
                    source=f"{CHANNEL}:{self.chat_id}:{message.message_id}",
                    notify=ticket.channel != CHANNEL,
                    via="telegram-topic",
                )
                outcome = result.outcome
        if outcome == "denied":
            await self._answer(message, "support-desk-denied", {}, staff_locale)
        elif outcome == "closed" and result is not None:
            await self._answer(
                message, "support-ticket-closed", {"number": ticket.id}, staff_locale
            )
        elif outcome == "closed-now":
            await self._answer(
                message, "support-desk-closed", {"actor": actor_id(CHANNEL, staff)}, staff_locale
            )
        elif outcome == "sent" and ticket.channel == CHANNEL:
            await self._deliver(ticket, message, text)

    async def _close(
        self, services: Repositories, ticket: TicketRecord, staff: str, now: Any
    ) -> str:
        if not await desk.may_support(services, self.settings, CHANNEL, staff):
            await services.audit.record(
                actor_id(CHANNEL, staff),
                "denied",
                "ticket.close",
                {"role": "support", "via": "telegram-topic"},
                now,
            )
            return "denied"
        if ticket.state == "closed":
            return "closed"
        await desk.close(
            services, self.settings, ticket, actor=actor_id(CHANNEL, staff), by_staff=True, now=now
        )
        return "closed-now"

    async def _deliver(self, ticket: TicketRecord, message: Message, text: str) -> None:
        """The answer to the influencer's Telegram chat, in their language; a photo or a
        document is copied with the answer as its caption."""
        topic = prepared_topic(text)
        if topic is not None:  # a prepared answer, in the influencer's language
            args = answer_args(self.settings, ticket.locale)
            text = self.render(f"faq-answer-{topic}", args, ticket.locale)
        reply = self.render("support-reply", {"number": ticket.id, "text": text}, ticket.locale)
        chat = int(ticket.chat_id)
        try:
            if message.photo or message.document:
                await self.channel._call(
                    partial(
                        self.bot.copy_message,
                        chat,
                        self.chat_id,
                        message.message_id,
                        caption=reply[:CAPTION_LIMIT],
                    )
                )
            else:
                await self.channel._call(partial(self.bot.send_message, chat, reply[:4096]))
        except Forbidden:
            await mark_unreachable(self.channel.engine, CHANNEL, ticket.chat_id)
            await self._answer(message, "support-desk-blocked", {}, None)
        except TelegramError as error:
            log.warning(
                "support desk: the answer to ticket %s was not delivered: %s",
                ticket.id,
                type(error).__name__,
            )

    async def _answer(
        self, message: Message, message_id: str, args: dict[str, Any], locale: str | None
    ) -> None:
        """A line for staff in the topic, as a reply to their message."""
        from bot.core.i18n import negotiate

        text = self.render(message_id, args, negotiate(locale) or self.locale)
        try:
            await self.channel._call(
                partial(
                    self.bot.send_message,
                    self.chat_id,
                    text,
                    message_thread_id=message.message_thread_id,
                    reply_to_message_id=message.message_id,
                )
            )
        except TelegramError as error:
            log.warning("support desk: cannot write in the topic: %s", type(error).__name__)

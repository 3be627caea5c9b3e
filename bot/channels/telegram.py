"""Telegram: a thin adapter on python-telegram-bot's Application.

One message handler and one callback-query handler hand everything to the engine; PTB keeps
no conversation state. Updates arrive by polling (the offset is confirmed only after the batch
was processed) or by webhook (stored before the 200, processed from the store). Replies are
sent as plain text, so nothing a user typed is ever read as markup.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import traceback
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from datetime import timedelta
from functools import partial
from typing import Any

# Opt in to PTB's future behaviour (retry_after as a timedelta) instead of a warning per 429.
os.environ.setdefault("PTB_TIMEDELTA", "1")

from aiohttp import web
from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
    Update,
    User,
)
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    MessageHandler,
)
from telegram.ext import filters as tg_filters

from bot.backoff import delay
from bot.channels.base import (
    ChannelRefused,
    ChannelUnreachable,
    Failure,
    chosen_text,
    deliver_in_order,
    split_text,
    stopped_first,
)
from bot.channels.telegram_request import AiohttpRequest
from bot.channels.telegram_support import TelegramSupportDesk, with_media
from bot.channels.telegram_updates import chat_key, is_id, language_code, read_batch, read_update
from bot.core.engine import Delivery, Engine, EngineUnavailable
from bot.core.events import Incoming, Outgoing
from bot.core.i18n import SUPPORTED_LOCALES, Translator
from bot.services.platform_actions import ActionResult
from bot.settings import Settings
from bot.web import telegram_webhook
from storage.inbox import StoredUpdate
from storage.platform_actions import TELEGRAM_INVITE, ActionRecord

log = logging.getLogger(__name__)

CHANNEL = "telegram"
TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
SEND_ATTEMPTS = 4
ALLOWED_UPDATES = ["message", "callback_query", "my_chat_member"]
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
POLL_READ_MARGIN = 10.0  # seconds a long poll may take beyond its timeout
# Webhook inbox: a chat another process has is looked at again after this pause, this many
# times in a row at most before the periodic look takes over.
INBOX_WAIT_S = 0.05
MAX_INBOX_WAITS = 40
PARSED_KEPT = 1000  # inbox payloads read and kept, at most


def keyboard(outgoing: Outgoing) -> InlineKeyboardMarkup | None:
    """Buttons as an inline keyboard; a URL button opens the link, the others call back."""
    if not outgoing.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.label, url=b.url)
                if b.url
                else InlineKeyboardButton(b.label, callback_data=b.payload)
                for b in row
            ]
            for row in outgoing.buttons
        ]
    )


def to_incoming(update: Update) -> Incoming | None:
    """The engine's view of a Telegram update; None for what the bot does not handle, and
    for what no Telegram client sends (ids that are not numbers, text that is not text)."""
    update_id = str(update.update_id)
    query = update.callback_query
    if query is not None:
        user = query.from_user
        message = query.message
        if message is None or not isinstance(query.data, str) or not query.data:
            return None
        if not isinstance(user, User) or not is_id(user.id) or not is_id(message.chat.id):
            return None
        return Incoming(
            channel=CHANNEL,
            chat_id=str(message.chat.id),
            user_id=str(user.id),
            action=query.data,
            locale_hint=language_code(user.language_code),
            update_id=update_id,
        )
    message = update.message
    if (
        not isinstance(message, Message)
        or not isinstance(message.from_user, User)
        or message.chat.type != "private"
        or not is_id(message.chat.id)
        or not is_id(message.from_user.id)
        or not isinstance(message.text, str | None)
    ):
        return None
    incoming = Incoming.from_text(
        CHANNEL,
        str(message.chat.id),
        str(message.from_user.id),
        message.text or message.caption or "",
        locale_hint=language_code(message.from_user.language_code),
        update_id=update_id,
    )
    return with_media(incoming, message)


def foreign_press(incoming: Incoming, update: Update) -> bool:
    """A press on a private chat's message by anyone but that chat's own user (a forged
    callback: a real client shows the chat to its owner only), or outside a private chat."""
    query = update.callback_query
    chat = query.message.chat if query is not None and query.message is not None else None
    return chat is None or chat.type != "private" or incoming.user_id != incoming.chat_id


class TelegramChannel:
    """Owns the PTB Application; turns updates into engine turns and replies into API calls."""

    name = CHANNEL
    platform = "Telegram"
    text_limit = TEXT_LIMIT

    def __init__(self, engine: Engine, settings: Settings, translator: Translator) -> None:
        if settings.telegram_token is None:
            raise ValueError("BOT_TELEGRAM_TOKEN is not set")
        self.engine = engine
        self.settings = settings
        self.translator = translator
        self.application: Application[Any, Any, Any, Any, Any, Any] = (
            ApplicationBuilder()
            .token(settings.telegram_token.get_secret_value())
            .base_url(settings.telegram_api_base_url)
            .base_file_url(settings.telegram_file_base_url)
            .request(AiohttpRequest())
            .get_updates_request(AiohttpRequest(pool_size=1))
            .updater(None)
            .build()
        )
        self.application.add_handler(
            MessageHandler(
                tg_filters.ChatType.PRIVATE & ~tg_filters.StatusUpdate.ALL, self._on_message
            )
        )
        self.application.add_handler(CallbackQueryHandler(self._on_callback))
        self.application.add_handler(
            ChatMemberHandler(self._on_membership, ChatMemberHandler.MY_CHAT_MEMBER)
        )
        self.application.add_error_handler(self._on_error)
        self.support = TelegramSupportDesk(self) if settings.telegram_support_chat_id else None
        if self.support is not None:
            self.application.add_handler(self.support.handler())
        self._inbox_wakeup = asyncio.Event()
        self._parsed: dict[str, Update | None] = {}  # inbox payloads read, by update id
        self._unavailable: set[int] = set()
        self._started = False  # initialised (getMe done): platform actions may run
        self._sleep: Callable[[float], Awaitable[None]] = asyncio.sleep

    @property
    def bot(self) -> Any:
        return self.application.bot

    # --- life cycle --------------------------------------------------------------------------

    async def start(self) -> None:
        await self.application.initialize()
        self._started = True
        if self.support is not None:
            await self.support.check()
        if not self.settings.telegram_bot_username:
            # Recruiting links (t.me/<bot>?start=<code>) need it; getMe ran in initialize().
            self.settings.telegram_bot_username = self.bot.username
        await self.publish_commands()

    async def stop(self) -> None:
        self._started = False
        await self.application.shutdown()

    async def connect(self) -> None:
        """getMe, the command menu, then the webhook set or removed (for polling)."""
        try:
            await self.start()
            if self.settings.telegram_webhook:
                await self.set_webhook()
            else:
                await self.prepare_polling()
        except InvalidToken as error:
            raise ChannelRefused(
                self.platform, "BOT_TELEGRAM_TOKEN (or BOT_TELEGRAM_API_BASE_URL)"
            ) from error
        except NetworkError as error:
            raise ChannelUnreachable(error) from error

    async def serve(self, stop: asyncio.Event) -> None:
        if self.settings.telegram_webhook:
            await self.run_inbox(stop)
        else:
            await self.run_polling(stop)

    def setup_web(self, app: web.Application) -> None:
        """The webhook route, when updates come by webhook."""
        secret = self.settings.telegram_webhook_secret
        if secret is not None:
            telegram_webhook.setup(app, self, secret.get_secret_value())

    async def publish_commands(self) -> None:
        """The command menu in each language: a default (en) and one per other locale."""
        names = self.engine.router.menu()
        for locale in SUPPORTED_LOCALES:
            commands = [
                BotCommand(name, self.translator.render(locale, f"command-{name}")[:256])
                for name in names
            ]
            language = None if locale == "en" else locale
            await self._call(partial(self.bot.set_my_commands, commands, language_code=language))

    # --- polling -----------------------------------------------------------------------------

    async def prepare_polling(self) -> None:
        """Polling and a webhook exclude each other: remove any webhook (keeping its updates)."""
        await self._call(partial(self.bot.delete_webhook, drop_pending_updates=False))

    async def run_polling(self, stop: asyncio.Event) -> None:
        """Long-poll until ``stop`` is set; the offset moves past a batch only once it is done.
        ``prepare_polling`` must have run."""
        offset: int | None = None
        failures = 0
        while not stop.is_set():
            try:
                raw = await _unless_stopped(self._fetch_updates(offset), stop)
                if raw is None:
                    return  # asked to stop while waiting: nothing was taken
                failures = 0
            except RetryAfter as error:
                await self._sleep(_seconds(error.retry_after))
                continue
            except NetworkError as error:
                failures += 1
                wait = delay(failures, cap=30.0)
                log.warning("getUpdates failed (%s); retrying in %.1fs", type(error).__name__, wait)
                await self._sleep(wait)
                continue
            batch = read_batch(raw, self.bot)
            if batch.next_offset is None:
                continue
            failed = await self.process_batch(batch.updates)
            if failed:
                # Confirm only what came before the first update that could not be processed;
                # Telegram hands the rest again (those already done are dropped as duplicates).
                offset = min(failed)
                failures += 1
                await self._sleep(delay(failures, cap=30.0))
            else:
                # Past everything received, unreadable updates included (they were dropped).
                offset = batch.next_offset

    async def _fetch_updates(self, offset: int | None) -> Any:
        """getUpdates as raw JSON: PTB would parse (and fail on) the batch as a whole."""
        timeout = self.settings.telegram_poll_timeout
        kwargs: dict[str, Any] = {"timeout": timeout, "allowed_updates": ALLOWED_UPDATES}
        if offset is not None:
            kwargs["offset"] = offset
        # Bot API method names are case-insensitive; spelled in lower case, PTB does not warn
        # that Bot.get_updates exists (which is the parser this avoids).
        return await self.bot.do_api_request(
            "getupdates", api_kwargs=kwargs, read_timeout=timeout + POLL_READ_MARGIN
        )

    async def process_batch(self, updates: Sequence[Update]) -> set[int]:
        """Chats in parallel, each chat's updates in order; the ids that must be retried.

        When an update of a chat cannot be processed (the database is unavailable), the later
        updates of that chat wait too, so a chat's messages are never handled out of order.
        """
        per_chat: dict[int | None, list[Update]] = defaultdict(list)
        for update in updates:
            per_chat[chat_key(update)].append(update)
        failed: set[int] = set()

        async def run(chat_updates: list[Update]) -> None:
            for index, update in enumerate(chat_updates):
                try:
                    await self.application.process_update(update)
                except Exception as error:  # one odd update must not stop the others
                    log.warning(
                        "update %s could not be processed (%s); dropped",
                        update.update_id,
                        type(error).__name__,
                    )
                if update.update_id in self._unavailable:
                    failed.update(u.update_id for u in chat_updates[index:])
                    return

        self._unavailable.clear()
        await asyncio.gather(*(run(chat_updates) for chat_updates in per_chat.values()))
        return failed

    # --- webhook -----------------------------------------------------------------------------

    async def set_webhook(self) -> None:
        secret = self.settings.telegram_webhook_secret
        if not self.settings.telegram_webhook_url or secret is None:
            raise ValueError("webhook mode needs BOT_TELEGRAM_WEBHOOK_URL and _SECRET")
        await self._call(
            partial(
                self.bot.set_webhook,
                url=self.settings.telegram_webhook_url,
                secret_token=secret.get_secret_value(),
                allowed_updates=ALLOWED_UPDATES,
            )
        )

    async def accept_webhook_update(self, payload: dict[str, Any]) -> bool:
        """Store a webhook update before the 200; the inbox worker processes it."""
        update_id = payload.get("update_id")
        if not is_id(update_id):
            raise ValueError("update without an integer update_id")
        stored = await self.engine.store_inbound(CHANNEL, str(update_id), payload)
        self._inbox_wakeup.set()
        return stored

    async def run_inbox(self, stop: asyncio.Event, *, poll_interval: float = 5.0) -> None:
        """Process stored webhook updates, oldest first, including any left by a crash."""
        failures = 0
        while not stop.is_set():
            self._inbox_wakeup.clear()
            try:
                await self._drain_inbox()
                failures = 0
            except Exception:
                failures += 1
                log.exception("webhook inbox could not be processed; retrying")
                await self._sleep(delay(failures, cap=30.0))
                continue
            waiter = asyncio.ensure_future(self._inbox_wakeup.wait())
            stopper = asyncio.ensure_future(stop.wait())
            await asyncio.wait(
                {waiter, stopper}, timeout=poll_interval, return_when=asyncio.FIRST_COMPLETED
            )
            waiter.cancel()
            stopper.cancel()

    async def _drain_inbox(self) -> None:
        """Process what the inbox holds, chat by chat as this process can take them. Other
        processes behind the same webhook URL take the rest (Engine.inbound_batch); a chat one
        of them has is looked at again shortly, as its next updates may then be this one's."""
        waits = 0
        while True:
            failed: set[int] = set()
            async with self.engine.inbound_batch(CHANNEL) as batch:
                if not batch.updates:
                    return
                chat_of = self._chats_of(batch.updates)
                held, fresh = await batch.take(list(dict.fromkeys(chat_of.values())))
                chat_of.update(self._chats_of(fresh))
                taken = [item for item in fresh if chat_of[item.update_id] in held]
                if taken:
                    updates = [u for i in taken if (u := self._parsed[i.update_id]) is not None]
                    failed = await self.process_batch(updates)
                    done = [i.update_id for i in taken if int(i.update_id) not in failed]
                    await batch.done(done)
                    for update_id in done:
                        self._parsed.pop(update_id, None)
                elsewhere = any(chat not in held for chat in chat_of.values())
            if failed:  # after the batch: the updates done stay marked
                raise RuntimeError(f"{len(failed)} update(s) wait for the database")
            if elsewhere:
                waits = 0 if taken else waits + 1
                if waits > MAX_INBOX_WAITS:
                    return  # the periodic look (run_inbox) comes back to them
                await self._sleep(INBOX_WAIT_S)

    def _chats_of(self, items: Sequence[StoredUpdate]) -> dict[str, str]:
        """Each stored update's chat (as text), each payload read once however often an update
        is seen while another process has its chat; only recent ones are kept."""
        if len(self._parsed) > PARSED_KEPT:
            self._parsed.clear()
        chats: dict[str, str] = {}
        for item in items:
            if item.update_id not in self._parsed:
                self._parsed[item.update_id] = read_update(item.payload, self.bot)
            update = self._parsed[item.update_id]
            chats[item.update_id] = str(chat_key(update) if update is not None else None)
        return chats

    # --- handlers ----------------------------------------------------------------------------

    async def _turn(self, update: Update, incoming: Incoming) -> Delivery | None:
        """The engine's replies (kept in the reply outbox until sent), or None when the update
        must be retried later."""
        try:
            return await self.engine.handle_durably(incoming)
        except EngineUnavailable:
            self._unavailable.add(update.update_id)
            return None

    async def send_replies(self, outbox_id: int | None, replies: Sequence[Outgoing]) -> None:
        """Send a turn's replies, then strike them from the outbox; a failure that may pass
        (network, flood) leaves them there, to be sent again."""
        delivered, retry = await self._deliver(replies)
        if outbox_id is None:
            return
        if delivered or not retry:
            await self.engine.replies_delivered(outbox_id)
        else:
            await self.engine.replies_failed(outbox_id)

    async def _on_message(self, update: Update, _context: Any) -> None:
        incoming = to_incoming(update)
        if incoming is None:
            return
        delivery = await self._turn(update, incoming)
        if delivery is not None:
            await self.send_replies(delivery.outbox_id, delivery.replies)

    async def _on_callback(self, update: Update, _context: Any) -> None:
        query = update.callback_query
        if query is None:  # registered for callback queries only: nothing to answer
            return
        # Stop the client's spinner; a failure here (too old, flood) must not lose the press.
        with contextlib.suppress(TelegramError):
            await query.answer()
        incoming = to_incoming(update)
        if incoming is None:
            return
        if foreign_press(incoming, update):
            await self.engine.refuse_foreign_press(incoming)
            return
        delivery = await self._turn(update, incoming)
        if delivery is None:
            return  # retried later; the keyboard stays as it is
        replies = delivery.replies
        if isinstance(query.message, Message):
            accepted = bool(replies) and replies[0].message_id != "button-stale"
            await self._close_keyboard(query.message, query.data or "", accepted=accepted)
        await self.send_replies(delivery.outbox_id, replies)

    async def _on_membership(self, update: Update, _context: Any) -> None:
        """The user blocked (or restarted) the bot: later broadcasts skip them (or not)."""
        change = update.my_chat_member
        if change is None or change.chat.type != "private":
            return
        reachable = change.new_chat_member.status not in ("kicked", "left")
        await self.engine.set_reachable(CHANNEL, str(change.chat.id), reachable)

    async def _close_keyboard(self, message: Message, pressed: str, *, accepted: bool) -> None:
        """Remove the buttons, so they cannot be pressed twice; show the choice if it counted."""
        label = next(
            (
                button.text
                for row in (message.reply_markup.inline_keyboard if message.reply_markup else ())
                for button in row
                if button.callback_data == pressed
            ),
            None,
        )
        closed = chosen_text(message.text or "", label or "", TEXT_LIMIT) if accepted else None
        try:
            if closed is not None:
                await message.edit_text(closed, reply_markup=None)
            else:
                await message.edit_reply_markup(reply_markup=None)
        except BadRequest as error:
            log.info(
                "could not close keyboard of message %s: %s", message.message_id, error.message
            )
        except TelegramError as error:
            log.warning("could not close keyboard: %s", type(error).__name__)

    async def _on_error(self, update: object, context: Any) -> None:
        """Where the error happened, never what the update said: an exception's text may quote
        a user's message, so only its type and the frames are logged."""
        error = context.error
        update_id = getattr(update, "update_id", None)
        frames = "".join(traceback.format_tb(error.__traceback__)) if error else ""
        log.error(
            "error while handling Telegram update %s: %s\n%s",
            update_id if is_id(update_id) else "?",
            type(error).__name__,
            frames.rstrip(),
        )

    # --- platform actions --------------------------------------------------------------------

    def can_act(self) -> bool:
        return self._started

    async def perform_action(self, action: ActionRecord) -> ActionResult:
        """An approved influencer's one-time invite link to the influencers' group, sent to
        them as a notification; the link admits one person and expires."""
        if action.kind.startswith("support.") and self.support is not None:
            return await self.support.perform(action)
        if action.kind != TELEGRAM_INVITE:
            return ActionResult.failed(f"unknown action {action.kind}", retry=False)
        raw_chat = str(action.args.get("chat_id", ""))
        chat_id: int | str = int(raw_chat) if raw_chat.lstrip("-").isdigit() else raw_chat
        days = self.settings.telegram_invite_days
        expires = self.engine.clock() + timedelta(days=days)
        try:
            link = await self._call(
                partial(
                    self.bot.create_chat_invite_link,
                    chat_id,
                    expire_date=expires,
                    member_limit=1,
                    name=f"influencer {action.user_id}"[:32],
                )
            )
        except (BadRequest, Forbidden) as error:
            # Chat not found, the bot is not an admin allowed to invite: an operator must fix
            # it; retried a few times meanwhile, then given up (the log says why).
            log.warning("cannot create an invite link for chat %s: %s", raw_chat, error.message)
            return ActionResult.failed(f"refused: {error.message}", retry=True)
        except TelegramError as error:
            return ActionResult.failed(f"error: {type(error).__name__}", retry=True)
        return ActionResult.done(
            "invite link created",
            notify=("review-notify-invite", {"link": link.invite_link, "days": days}),
        )

    # --- sending -----------------------------------------------------------------------------

    async def deliver(self, outgoings: Sequence[Outgoing]) -> bool:
        """Send replies in order; a chat that blocked the bot is marked and skipped.
        True when every message went out."""
        delivered, _ = await self._deliver(outgoings)
        return delivered

    async def _deliver(self, outgoings: Sequence[Outgoing]) -> tuple[bool, bool]:
        """(every message went out, a failure may pass if tried again later)."""
        done = await deliver_in_order(CHANNEL, self.engine, outgoings, self._send, _failure)
        return done.everything, done.retry

    async def _send(self, outgoing: Outgoing) -> None:
        chat_id = int(outgoing.chat_id)
        markup = keyboard(outgoing)
        attachment = outgoing.attachment
        chunks = split_text(outgoing.text, TEXT_LIMIT)
        if attachment is not None:
            caption = chunks[0] if len(chunks) == 1 and len(chunks[0]) <= CAPTION_LIMIT else None
            file = InputFile(attachment.content, filename=attachment.filename)
            send = self.bot.send_photo if attachment.kind == "photo" else self.bot.send_document
            field = "photo" if attachment.kind == "photo" else "document"
            await self._call(
                partial(
                    send,
                    chat_id,
                    caption=caption,
                    reply_markup=markup if caption else None,
                    **{field: file},
                )
            )
            if caption is not None:
                return
        for index, chunk in enumerate(chunks):
            last = index == len(chunks) - 1
            await self._call(
                partial(
                    self.bot.send_message,
                    chat_id,
                    chunk,
                    reply_markup=markup if last else None,
                    link_preview_options=NO_PREVIEW,
                )
            )

    async def _call(self, request: Callable[[], Awaitable[Any]]) -> Any:
        """One Bot API call, waiting out 429 (as retry_after says) and brief network errors."""
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                return await request()
            except RetryAfter as error:
                if attempt == SEND_ATTEMPTS:
                    raise
                await self._sleep(_seconds(error.retry_after))
            except (Forbidden, BadRequest):
                raise
            except NetworkError:
                if attempt == SEND_ATTEMPTS:
                    raise
                await self._sleep(0.2 * attempt)
        raise AssertionError("unreachable")


async def _unless_stopped(request: Awaitable[Any], stop: asyncio.Event) -> Any:
    """The request's result, or None (the request cancelled) once ``stop`` is set."""
    task = asyncio.ensure_future(request)
    if not await stopped_first(task, stop):
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, TelegramError):
        await task
    return None


def _failure(error: Exception) -> Failure | None:
    """How a Bot API error bears on a delivery (403: the user blocked the bot)."""
    if isinstance(error, Forbidden):
        return Failure.BLOCKED
    if isinstance(error, BadRequest):
        return Failure.REFUSED
    if isinstance(error, TelegramError):
        return Failure.TRANSIENT
    return None


def _seconds(value: Any) -> float:
    """retry_after is an int or a timedelta depending on PTB's settings."""
    return float(value.total_seconds()) if hasattr(value, "total_seconds") else float(value)

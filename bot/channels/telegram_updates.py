"""Reading raw Telegram updates defensively.

python-telegram-bot parses a getUpdates batch as a whole: one update it cannot read fails the
batch (and logs the raw JSON, users' messages included, at CRITICAL), the offset never moves
and the same batch fails for ever. Here each update is read on its own; one that cannot be
read is dropped and logged by its id only, and the offset moves past everything received.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from telegram import (
    Bot,
    CallbackQuery,
    Chat,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
    Update,
    User,
)

log = logging.getLogger(__name__)

# Telegram's ids fit in 52 bits; anything outside a signed 64-bit integer is not an id.
MAX_ID = 2**63 - 1
LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")
MAX_LANGUAGE_CODE = 16


@dataclass(frozen=True, slots=True)
class Batch:
    """What one getUpdates answer held: the updates that could be read, and the offset
    that confirms all of it (None when nothing carried an id)."""

    updates: list[Update]
    next_offset: int | None


def is_id(value: object) -> bool:
    """A platform id: an integer (not a bool) that fits a BIGINT."""
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_ID


def update_id_of(raw: object) -> int | None:
    if isinstance(raw, dict) and is_id(raw.get("update_id")):
        return int(raw["update_id"])
    return None


def read_update(raw: object, bot: Bot) -> Update | None:
    """The update, or None (logged by id, never by content) when it cannot be read."""
    update_id = update_id_of(raw)
    if update_id is None or not isinstance(raw, dict):
        log.warning("an update without a valid update_id was dropped")
        return None
    try:
        update = Update.de_json(raw, bot)
    except Exception as error:
        # The exception's text may quote the update: only its type is logged.
        log.warning("update %s cannot be read (%s); dropped", update_id, type(error).__name__)
        return None
    try:
        sound = _well_formed(update)
    except Exception:
        sound = False
    if not sound:
        log.warning("update %s is malformed; dropped", update_id)
        return None
    return update


def _well_formed(update: Update) -> bool:
    """Every field the bot reads has the type Telegram documents (the library does not
    check: a list where an id belongs fails far later, in the middle of a turn)."""
    message, query, member = update.message, update.callback_query, update.my_chat_member
    if message is not None and not (_message(message) and _user(message.from_user)):
        return False
    if query is not None:
        if not isinstance(query, CallbackQuery) or not isinstance(query.id, str):
            return False
        if not _user(query.from_user) or not isinstance(query.data, str | None):
            return False
        if query.message is not None and not _message(query.message):
            return False
    if member is not None:
        if not isinstance(member, ChatMemberUpdated) or not _chat(member.chat):
            return False
        if not isinstance(getattr(member.new_chat_member, "status", None), str):
            return False
    return True


def _chat(chat: object) -> bool:
    return isinstance(chat, Chat) and is_id(chat.id) and isinstance(chat.type, str)


def _user(user: object) -> bool:
    return user is None or (isinstance(user, User) and is_id(user.id))


def _message(message: object) -> bool:
    if not isinstance(message, MaybeInaccessibleMessage):
        return False
    if not is_id(message.message_id) or not _chat(message.chat):
        return False
    if isinstance(message, Message):
        if not isinstance(message.text, str | None) or not _user(message.from_user):
            return False
        markup = message.reply_markup
        if markup is not None and not isinstance(markup, InlineKeyboardMarkup):
            return False
        rows = markup.inline_keyboard if markup is not None else ()
        if not all(isinstance(b, InlineKeyboardButton) for row in rows for b in row):
            return False
    return True


def read_batch(raw: object, bot: Bot) -> Batch:
    """Every readable update of a getUpdates result, and the offset past all of it."""
    items: Sequence[Any] = raw if isinstance(raw, list) else []
    ids = [i for i in (update_id_of(item) for item in items) if i is not None]
    updates = [u for u in (read_update(item, bot) for item in items) if u is not None]
    return Batch(updates, max(ids) + 1 if ids else None)


def chat_key(update: Update) -> int | None:
    """The chat an update belongs to, for ordering; None when it has no usable chat id."""
    try:
        chat = update.effective_chat
    except Exception:
        return None
    chat_id: Any = getattr(chat, "id", None)
    return int(chat_id) if is_id(chat_id) else None


def language_code(value: object) -> str | None:
    """A client's language code when it looks like one (it is only a hint)."""
    if (
        isinstance(value, str)
        and len(value) <= MAX_LANGUAGE_CODE
        and LANGUAGE_CODE.fullmatch(value)
    ):
        return value
    return None

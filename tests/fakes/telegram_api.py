"""A faithful in-memory fake of the Telegram Bot API, served by aiohttp on 127.0.0.1.

Why: the bot is tested with the real python-telegram-bot over real HTTP, so this fake answers
the way api.telegram.org does: the same JSON envelopes, HTTP statuses, limits and error texts.
The wire facts come from the project's TESTING.md, from live Bot API test suites and from
TDLib's text fixing (``td/telegram/MessageEntity.cpp``). The bot sends plain text only, so the
fake keeps no HTML or Markdown parser and refuses a ``parse_mode``.

Test-side use::

    async with FakeTelegram() as fake:
        app = ApplicationBuilder().token(fake.token).base_url(fake.base_url)...
        fake.push_message(42, "/start")
        [reply] = await fake.wait_sent(42, 1)

Deliberate simplifications (documented rather than hidden): entities Telegram finds on its own
(URLs, mentions, hashtags) are not added to sent messages; a webhook may point at plain
``http://`` on a loopback host (the real API demands HTTPS on ports 80/88/443/8443 everywhere);
callback queries never expire on their own.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import enum
import inspect
import json
import math
import mimetypes
import random
import re
import secrets
import socket
import struct
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any, Final, Literal, NamedTuple
from urllib.parse import urlsplit

from aiohttp import ClientConnectorError, ClientError, ClientSession, ClientTimeout, web
from aiohttp.web_request import FileField

JSONDict = dict[str, Any]
ChatType = Literal["private", "group", "supergroup", "channel"]
MessageKind = Literal["text", "photo", "document"]

TEXT_LIMIT: Final = 4096  # Unicode code points after entity parsing (measured live)
CAPTION_LIMIT: Final = 1024
TOPIC_NAME_LIMIT: Final = 128
# The six colours a topic icon may have (Bot API createForumTopic).
TOPIC_COLORS: Final = (0x6FB9F0, 0xFFD67E, 0xCB86DB, 0x8EEE98, 0xFF93B2, 0xFB6F5F)
# An administrator's rights that getChatMember reports for a group (ChatMemberAdministrator).
ADMIN_RIGHTS: Final = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)
CALLBACK_DATA_LIMIT: Final = 64  # bytes of UTF-8
CALLBACK_ANSWER_LIMIT: Final = 200
DOCUMENT_LIMIT: Final = 50 * 1024 * 1024
_POLL_SLICE: Final = 0.02  # wait_for re-checks predicates this often for state outside the fake

# Form fields whose value is a string even when it looks like JSON ("42", "true", "null").
# PTB sends strings raw and everything else JSON-encoded, so json.loads on these would turn a
# message text "42" into an int.
_STRING_FIELDS: Final = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "url",
        "secret_token",
        "ip_address",
        "action",
        "name",
        "language_code",
        "inline_message_id",
        "photo",
        "document",
        "thumbnail",
        "business_connection_id",
        "message_effect_id",
        "invite_link",
        "title",
        "description",
        "short_description",
        "file_id",
        "certificate",
        "emoji",
        "query",
    }
)

_CHAT_ACTIONS: Final = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)

# Update types a bot receives when it never passed allowed_updates (Bot API docs).
_NOT_DEFAULT_UPDATES: Final = frozenset(
    {"chat_member", "message_reaction", "message_reaction_count"}
)

_BUTTON_ACTIONS: Final = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
_COMMAND_RE: Final = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
_BOT_COMMAND_NAME_RE: Final = re.compile(r"[a-z0-9_]{1,32}")
_SECRET_TOKEN_RE: Final = re.compile(r"[A-Za-z0-9_-]{1,256}")
_LOOPBACK_HOSTS: Final = frozenset({"127.0.0.1", "localhost", "::1"})
_CONFLICT_WEBHOOK: Final = (
    "Conflict: can't use getUpdates method while webhook is active; "
    "use deleteWebhook to delete the webhook first"
)
_CALLBACK_TOO_OLD: Final = "query is too old and response timeout expired or query ID is invalid"
NOT_MODIFIED: Final = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)


class _Sentinel(enum.Enum):
    CONFIGURED = "use the configured one"


CONFIGURED_SECRET: Final = _Sentinel.CONFIGURED
"""Default of ``deliver_webhook(secret=...)``: send the secret given to setWebhook."""


# --------------------------------------------------------------------------------------------
# Errors


class ApiError(Exception):
    """An error answer of the Bot API; handlers raise it, the server writes the envelope."""

    def __init__(
        self,
        status: int,
        description: str,
        *,
        retry_after: int | None = None,
        parameters: JSONDict | None = None,
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters: JSONDict = dict(parameters or {})
        if retry_after is not None:
            self.parameters["retry_after"] = retry_after

    def payload(self) -> JSONDict:
        body: JSONDict = {"ok": False, "error_code": self.status, "description": self.description}
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def _bad(description: str) -> ApiError:
    return ApiError(400, f"Bad Request: {description}")


# --------------------------------------------------------------------------------------------
# Records the tests inspect


class Call(NamedTuple):
    """One request the fake received, with its decoded parameters (uploads summarised)."""

    method: str
    params: JSONDict


@dataclass(frozen=True)
class ErrorRecord:
    """An error the fake answered, kept so a failing wait can say what the bot was told."""

    method: str
    params: JSONDict
    status: int
    description: str


@dataclass(frozen=True)
class CallbackAnswer:
    """An answerCallbackQuery the bot made."""

    callback_query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int
    chat_id: int | None
    message_id: int | None


@dataclass
class MessageVersion:
    """The state of a message before one of its edits."""

    text: str | None
    entities: list[JSONDict]
    caption: str | None
    reply_markup: JSONDict | None
    parse_mode: str | None
    date: int


@dataclass
class WebhookState:
    """What setWebhook configured, plus delivery errors as getWebhookInfo reports them."""

    url: str
    secret_token: str | None = None
    max_connections: int = 40
    allowed_updates: list[str] | None = None
    ip_address: str | None = None
    last_error_date: int | None = None
    last_error_message: str | None = None
    deliveries: list[tuple[int, int]] = field(default_factory=list)  # (update_id, status)


@dataclass
class SentMessage:
    """A message the bot sent, as the fake stores it.

    ``text``/``caption`` are what Telegram keeps (markup parsed, whitespace trimmed), the
    ``raw_*`` fields are exactly what the bot sent. ``history`` holds earlier versions.
    """

    message_id: int
    chat_id: int
    kind: MessageKind
    date: int
    text: str | None = None
    raw_text: str | None = None
    entities: list[JSONDict] = field(default_factory=list)
    parse_mode: str | None = None
    reply_markup: JSONDict | None = None
    caption: str | None = None
    raw_caption: str | None = None
    caption_entities: list[JSONDict] = field(default_factory=list)
    file_bytes: bytes | None = None
    filename: str | None = None
    mime_type: str | None = None
    file_id: str | None = None
    file_url: str | None = None
    reply_to_message_id: int | None = None
    params: JSONDict = field(default_factory=dict)
    history: list[MessageVersion] = field(default_factory=list)
    edit_date: int | None = None
    deleted: bool = False
    chat: JSONDict = field(default_factory=dict, repr=False)
    sender: JSONDict = field(default_factory=dict, repr=False)
    media: JSONDict | list[JSONDict] | None = field(default=None, repr=False)
    reply_to: JSONDict | None = field(default=None, repr=False)
    message_thread_id: int | None = None  # the forum topic it was sent in

    @property
    def inline_keyboard(self) -> JSONDict | None:
        """The inline keyboard attached to the message (reply keyboards are not kept)."""
        return _inline_only(self.reply_markup)

    @property
    def buttons(self) -> list[list[JSONDict]]:
        """Rows of inline buttons, empty when the message has no inline keyboard."""
        markup = self.inline_keyboard
        return [list(row) for row in markup["inline_keyboard"]] if markup else []

    @property
    def button_texts(self) -> list[str]:
        return [str(button.get("text")) for row in self.buttons for button in row]

    def button(self, text: str) -> JSONDict:
        """The inline button with exactly this text; LookupError lists what there is."""
        for row in self.buttons:
            for button in row:
                if button.get("text") == text:
                    return button
        raise LookupError(f"no button {text!r} on message {self.message_id}: {self.button_texts}")

    def callback_data(self, text: str) -> str:
        data = self.button(text).get("callback_data")
        if not isinstance(data, str):
            raise LookupError(f"button {text!r} has no callback_data")
        return data

    @property
    def content(self) -> str | None:
        """Text of a text message, caption of a media message."""
        return self.text if self.kind == "text" else self.caption

    def to_dict(self) -> JSONDict:
        """The Message object as the Bot API returns it."""
        message: JSONDict = {
            "message_id": self.message_id,
            "from": self.sender,
            "chat": self.chat,
            "date": self.date,
        }
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        if self.reply_to is not None:
            message["reply_to_message"] = self.reply_to
        if self.message_thread_id is not None:
            message["message_thread_id"] = self.message_thread_id
            message["is_topic_message"] = True
        if self.kind == "text":
            message["text"] = self.text
            if self.entities:
                message["entities"] = self.entities
        else:
            message[self.kind] = self.media
            if self.caption:
                message["caption"] = self.caption
                if self.caption_entities:
                    message["caption_entities"] = self.caption_entities
        inline = self.inline_keyboard
        if inline is not None:
            message["reply_markup"] = inline
        return copy.deepcopy(message)


@dataclass
class _StoredFile:
    file_id: str
    file_unique_id: str
    content: bytes
    file_path: str
    mime_type: str
    file_name: str


@dataclass
class _Upload:
    filename: str
    content: bytes
    content_type: str


@dataclass
class _Queued:
    update: JSONDict
    sticky: bool = False  # a redelivery: survives the offset until it was handed out once
    delivered: bool = False

    @property
    def update_id(self) -> int:
        return int(self.update["update_id"])

    @property
    def kind(self) -> str:
        return next((key for key in self.update if key != "update_id"), "")


@dataclass
class _Injected:
    status: int
    description: str
    retry_after: int | None
    remaining: int


@dataclass
class _PendingCallback:
    chat_id: int
    message_id: int
    answered: bool = False


class _WithDescription(NamedTuple):
    result: Any
    description: str


# --------------------------------------------------------------------------------------------
# Text: UTF-16 helpers and TDLib's text fixing


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of entity offsets."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _to_units(text: str) -> list[int]:
    data = text.encode("utf-16-le", "surrogatepass")
    return list(struct.unpack(f"<{len(data) // 2}H", data))


def _from_units(units: list[int]) -> str:
    return struct.pack(f"<{len(units)}H", *units).decode("utf-16-le", "surrogatepass")


def _checked_link(url: str) -> str:
    """A usable link for a text_link entity, or "" (TDLib then drops the entity)."""
    url = url.strip()
    if not url:
        return ""
    if url.lower().startswith(("tg:", "ton:")):
        return url
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https"):
        return ""
    labels = host.split(".")
    if len(labels) < 2 or any(not label for label in labels):
        return ""
    rebuilt = f"{parts.scheme}://{parts.netloc}{parts.path or '/'}"
    if parts.query:
        rebuilt += f"?{parts.query}"
    if parts.fragment:
        rebuilt += f"#{parts.fragment}"
    return rebuilt


def _fix_text(text: str) -> str:
    """TDLib's fix_formatted_text on plain text: drop control characters, trim whitespace."""
    out: list[int] = []
    for unit in _to_units(text):
        if unit == 0x0D or 0x2028 <= unit <= 0x202E or unit in (0x030A, 0x0333, 0x033F):
            continue
        out.append(0x20 if unit < 0x20 and unit != 0x0A else unit)
    whitespace = (0x20, 0x0A)
    first, last = 0, len(out) - 1
    while last >= 0 and out[last] in whitespace:
        last -= 1
    while first <= last and out[first] in whitespace:
        first += 1
    return _from_units(out[first : last + 1])


def format_text(raw: str, parse_mode: Any, explicit: Any = None) -> tuple[str, list[JSONDict]]:
    """Text (and no entities) as Telegram stores it; "" when only whitespace was left.

    The bot sends plain text, so this fake keeps no HTML or Markdown parser and no entity
    checks: a parse mode or entities are refused loudly rather than rendered wrongly.
    """
    if parse_mode is not None:
        raise _bad("this fake serves no parse_mode: the bot sends plain text")
    if explicit:
        raise _bad("this fake serves no entities: the bot sends plain text")
    return _fix_text(raw), []


# --------------------------------------------------------------------------------------------
# Reply markup and media checks


def _inline_only(markup: JSONDict | None) -> JSONDict | None:
    if isinstance(markup, dict) and "inline_keyboard" in markup:
        return markup
    return None


def _check_button_url(url: Any, label: str = "inline keyboard button URL") -> None:
    text = str(url)
    scheme = text.split("://", 1)[0].lower() if "://" in text else ""
    if scheme and scheme not in ("http", "https", "tg", "ton"):
        raise _bad(f"{label} '{text}' is invalid: Unsupported URL protocol")
    if scheme in ("tg", "ton"):
        return
    if not _checked_link(text):
        raise _bad(f"{label} '{text}' is invalid: Wrong HTTP URL")


def _check_reply_markup(markup: Any) -> JSONDict | None:
    """Structural checks the Bot API makes while parsing reply_markup."""
    if markup is None:
        return None
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError:
            raise _bad("can't parse reply keyboard markup JSON object") from None
    if not isinstance(markup, dict):
        raise _bad("object expected as reply markup")
    for flag in ("force_reply", "remove_keyboard", "selective", "resize_keyboard"):
        if flag in markup and not isinstance(markup[flag], bool):
            raise _bad(f'field "{flag}" must be of type Boolean')
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise _bad('field "inline_keyboard" must be of type Array')
        total = 0
        for row in rows:
            for button in row:
                total += 1
                _check_inline_button(button)
        if total > 100:
            raise _bad("REPLY_MARKUP_TOO_LONG")
    elif "keyboard" in markup and not isinstance(markup["keyboard"], list):
        raise _bad('field "keyboard" must be of type Array')
    return markup


def _check_inline_button(button: Any) -> None:
    prefix = "can't parse inline keyboard button: "
    if not isinstance(button, dict):
        raise _bad(prefix + "Object expected as InlineKeyboardButton")
    if "text" not in button:
        raise _bad(prefix + 'Can\'t find field "text"')
    if not isinstance(button["text"], str):
        raise _bad(prefix + 'Field "text" must be of type String')
    present = [key for key in _BUTTON_ACTIONS if button.get(key) not in (None, "")]
    if not present:
        raise _bad(prefix + "Text buttons are unallowed in the inline keyboard")
    if "callback_data" in present and not isinstance(button["callback_data"], str):
        raise _bad(prefix + 'Field "callback_data" must be of type String')
    if "url" in present:
        _check_button_url(button["url"])
    if "web_app" in present:
        url = str((button["web_app"] or {}).get("url", ""))
        if not url.lower().startswith("https://"):
            raise _bad(
                f"inline keyboard button Web App URL '{url}' is invalid: "
                "Only HTTPS links are allowed"
            )
    if "pay" in present or "callback_game" in present:
        raise _bad("BUTTON_TYPE_INVALID")
    if "copy_text" in present:
        copied = (button["copy_text"] or {}).get("text", "")
        if not isinstance(copied, str) or not 1 <= len(copied) <= 256:
            raise _bad("BUTTON_COPY_TEXT_INVALID")


def _check_callback_data(markup: JSONDict | None) -> None:
    """The server-side check: callback_data is 1..64 bytes of UTF-8."""
    inline = _inline_only(markup)
    if inline is None:
        return
    for row in inline["inline_keyboard"]:
        for button in row:
            data = button.get("callback_data")
            if isinstance(data, str) and len(data.encode("utf-8")) > CALLBACK_DATA_LIMIT:
                raise _bad("BUTTON_DATA_INVALID")


def _image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG, GIF, JPEG or WebP; None when it is not an image."""
    if data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) >= 24:
        width, height = struct.unpack(">II", data[16:24])
        return int(width), int(height)
    if data[:6] in (b"GIF87a", b"GIF89a") and len(data) >= 10:
        width, height = struct.unpack("<HH", data[6:10])
        return int(width), int(height)
    if data.startswith(b"\xff\xd8"):
        index = 2
        while index + 9 < len(data):
            if data[index] != 0xFF:
                index += 1
                continue
            marker = data[index + 1]
            if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
                height, width = struct.unpack(">HH", data[index + 5 : index + 9])
                return int(width), int(height)
            (segment,) = struct.unpack(">H", data[index + 2 : index + 4])
            index += 2 + int(segment)
        return None
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return (1, 1)
    return None


def _as_int(value: Any, default: int) -> int:
    if value is None or value == "":
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _now() -> int:
    return int(time.time())


# --------------------------------------------------------------------------------------------
# The fake


_Handler = Callable[[JSONDict, dict[str, _Upload]], Any]


class FakeTelegram:
    """The fake Bot API server plus the test-side API to drive and inspect it.

    Everything runs on the test's event loop; state changes wake ``wait_*`` helpers and held
    long polls through a single notification event.
    """

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        *,
        bot_username: str = "influencer_test_bot",
        bot_first_name: str = "Influencer Test Bot",
        strict_limits: bool = False,
        global_rate: float = 30.0,
        per_chat_rate: float = 1.0,
        seed: int | None = None,
    ) -> None:
        bot_id, _, secret = token.partition(":")
        if not bot_id.isdigit() or not secret:
            raise ValueError(f"a bot token looks like '123456:ABC...', got {token!r}")
        self.token = token
        self.bot_id = int(bot_id)
        self.bot_username = bot_username
        self.bot_first_name = bot_first_name
        self.strict_limits = strict_limits
        self.global_rate = global_rate
        self.per_chat_rate = per_chat_rate
        self._rng = random.Random(seed)
        self._next_update_id = self._rng.randint(100_000_000, 800_000_000)

        self.calls: list[Call] = []
        self.errors: list[ErrorRecord] = []
        self.unknown_methods: list[str] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.invite_links: list[JSONDict] = []
        # Groups where the bot is an administrator allowed to invite users (can_invite_users).
        self.bot_inviter_chats: set[int] = set()
        # Administrator rights of the bot per chat (getChatMember), and forum topics per chat:
        # message_thread_id -> {"name", "icon_color", "is_closed"}.
        self.bot_admin_rights: dict[int, JSONDict] = {}
        self.topics: dict[int, dict[int, JSONDict]] = {}
        self._members: dict[int, set[int]] = {}

        self._queue: list[_Queued] = []
        self._allowed_updates: list[str] | None = None
        self._chats: dict[int, JSONDict] = {}
        self._blocked: set[int] = set()
        self._next_message_id: dict[int, int] = {}
        self._sent: dict[int, list[SentMessage]] = {}
        self._by_id: dict[tuple[int, int], SentMessage] = {}
        self._user_messages: dict[tuple[int, int], JSONDict] = {}
        self._callbacks: dict[str, _PendingCallback] = {}
        self._chat_instances: dict[int, str] = {}
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._webhook: WebhookState | None = None
        self._files: dict[str, _StoredFile] = {}
        self._injected: dict[str, deque[_Injected]] = {}
        self._holds: dict[str, asyncio.Event] = {}
        self.held: list[Call] = []  # calls that were held (see hold)
        self._send_times: deque[float] = deque()
        self._chat_send_times: dict[int, deque[float]] = {}
        self._poll_token: object | None = None

        self._changed = asyncio.Event()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._session: ClientSession | None = None

        self._handlers: dict[str, tuple[str, _Handler]] = {}
        for name, handler in (
            ("getMe", self._get_me),
            ("getUpdates", self._get_updates),
            ("setWebhook", self._set_webhook),
            ("deleteWebhook", self._delete_webhook),
            ("sendMessage", self._send_message),
            ("editMessageText", self._edit_message_text),
            ("editMessageReplyMarkup", self._edit_message_reply_markup),
            ("answerCallbackQuery", self._answer_callback_query),
            ("setMyCommands", self._set_my_commands),
            ("sendPhoto", self._send_photo),
            ("sendDocument", self._send_document),
            ("createChatInviteLink", self._create_chat_invite_link),
            ("getChat", self._get_chat),
            ("getChatMember", self._get_chat_member),
            ("createForumTopic", self._create_forum_topic),
            ("copyMessage", self._copy_message),
        ):
            self._handlers[name.lower()] = (name, handler)

    # ---- lifecycle --------------------------------------------------------------------------

    async def start(self) -> None:
        """Listen on 127.0.0.1 on a free port."""
        if self._runner is not None:
            raise RuntimeError("FakeTelegram is already running")
        self._closing = False
        app = web.Application(client_max_size=DOCUMENT_LIMIT + 10 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        runner = web.AppRunner(
            app, handler_cancellation=True, shutdown_timeout=2.0, access_log=None
        )
        await runner.setup()
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        site = web.SockSite(runner, sock)
        try:
            await site.start()
        except BaseException:
            sock.close()
            await runner.cleanup()
            raise
        self._port = int(sock.getsockname()[1])
        self._runner = runner

    async def stop(self) -> None:
        """Release held long polls, close the client session and the server."""
        self._closing = True
        self._notify()
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> FakeTelegram:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    @property
    def root(self) -> str:
        if self._port is None:
            raise RuntimeError("FakeTelegram is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        """For PTB's base_url: it appends the token."""
        return f"{self.root}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.root}/file/bot"

    @property
    def bot_user(self) -> JSONDict:
        return {
            "id": self.bot_id,
            "is_bot": True,
            "first_name": self.bot_first_name,
            "username": self.bot_username,
        }

    # ---- test hooks -------------------------------------------------------------------------

    def fail_next(
        self,
        method: str,
        status: int,
        description: str,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next ``times`` calls of ``method`` with this error instead."""
        if status == 429 and retry_after is None:
            retry_after = 1
        self._injected.setdefault(method.lower(), deque()).append(
            _Injected(status, description, retry_after, times)
        )

    def hold(self, method: str) -> None:
        """Keep calls of ``method`` waiting, unanswered and not acted on, until ``release``."""
        self._holds.setdefault(method.lower(), asyncio.Event())

    def release(self) -> None:
        """Let every held call (and later ones) go on."""
        for event in self._holds.values():
            event.set()
        self._holds.clear()

    def set_rate(self, global_rate: float, per_chat_rate: float) -> None:
        """Change the flood limits (they apply when strict_limits is on)."""
        self.global_rate = global_rate
        self.per_chat_rate = per_chat_rate
        self._send_times.clear()
        self._chat_send_times.clear()

    def add_chat(
        self,
        chat_id: int,
        *,
        type: ChatType | None = None,
        title: str | None = None,
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
    ) -> JSONDict:
        """Make a chat known to the fake, so the bot may write to it."""
        if type is None:
            type = "private" if chat_id > 0 else "group"
            if str(chat_id).startswith("-100"):
                type = "supergroup"
        chat: JSONDict = {"id": chat_id, "type": type}
        if type == "private":
            chat["first_name"] = first_name
            if last_name:
                chat["last_name"] = last_name
        else:
            chat["title"] = title or f"Chat {chat_id}"
        if username:
            chat["username"] = username
        self._chats[chat_id] = chat
        self._notify()
        return dict(chat)

    def add_forum(self, chat_id: int, *, title: str = "Support desk") -> JSONDict:
        """A supergroup with topics turned on (``is_forum``), as a staff desk is set up."""
        if not str(chat_id).startswith("-100"):
            raise ValueError("a forum is a supergroup: its id starts with -100")
        self.add_chat(chat_id, type="supergroup", title=title)
        self._chats[chat_id]["is_forum"] = True
        self.topics.setdefault(chat_id, {})
        return dict(self._chats[chat_id])

    def make_bot_admin(self, chat_id: int, **rights: bool) -> None:
        """The bot becomes an administrator of a group: every right unless given as False
        (``can_manage_topics=False``), as the group's owner ticks them."""
        if chat_id not in self._chats:
            self.add_chat(chat_id)
        granted = {name: True for name in ADMIN_RIGHTS} | rights
        self.bot_admin_rights[chat_id] = granted
        if granted.get("can_invite_users"):
            self.bot_inviter_chats.add(chat_id)
        else:
            self.bot_inviter_chats.discard(chat_id)

    def topic_messages(self, chat_id: int, thread_id: int) -> list[SentMessage]:
        """What the bot sent into one forum topic, in order."""
        return [m for m in self._sent.get(chat_id, []) if m.message_thread_id == thread_id]

    def make_topic_message(
        self,
        chat_id: int,
        thread_id: int,
        user_id: int,
        text: str | None,
        *,
        language_code: str | None = "en",
        first_name: str = "Staff",
        extra: JSONDict | None = None,
    ) -> JSONDict:
        """A member of a forum supergroup writes in a topic (not queued). As in Telegram, a
        message in a topic replies to the topic's creation message unless it replies to
        another one."""
        topic = self.topics.get(chat_id, {}).get(thread_id)
        if topic is None:
            raise LookupError(f"no topic {thread_id} in chat {chat_id}")
        user = self._user(user_id, first_name, None, None, language_code)
        self._members.setdefault(chat_id, set()).add(user_id)
        message_id = self._new_message_id(chat_id)
        message: JSONDict = {
            "message_id": message_id,
            "from": user,
            "chat": dict(self._chats[chat_id]),
            "date": _now(),
            "message_thread_id": thread_id,
            "is_topic_message": True,
            "reply_to_message": copy.deepcopy(topic["created"]),
        }
        if text is not None:
            message["text"] = text
        command = _COMMAND_RE.match(text or "")
        if text and command and (command.end() == len(text) or not text[command.end()].isalnum()):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command.group())}
            ]
        if extra:
            message.update(copy.deepcopy(extra))
        self._user_messages[(chat_id, message_id)] = message
        return {"update_id": self._new_update_id(), "message": copy.deepcopy(message)}

    def push_topic_message(
        self, chat_id: int, thread_id: int, user_id: int, text: str | None, **kwargs: Any
    ) -> JSONDict:
        """A member of staff writes in a forum topic: the Update is queued and returned."""
        return self.push_update(
            self.make_topic_message(chat_id, thread_id, user_id, text, **kwargs)
        )

    def upload_photo(self, content: bytes, filename: str = "photo.jpg") -> JSONDict:
        """A photo a user sends: the ``photo`` field of their message (sizes, file ids)."""
        stored = self._new_file("photo", content, filename, "image/jpeg")
        width, height = _image_size(content) or (1280, 720)
        return {
            "photo": [
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "width": width,
                    "height": height,
                    "file_size": len(content),
                }
            ]
        }

    def upload_document(
        self, content: bytes, filename: str, mime: str = "application/pdf"
    ) -> JSONDict:
        """A document a user sends: the ``document`` field of their message."""
        stored = self._new_file("document", content, filename, mime)
        return {
            "document": {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": filename,
                "mime_type": mime,
                "file_size": len(content),
            }
        }

    def make_bot_inviter(self, chat_id: int) -> None:
        """The bot becomes an administrator of a group with the right to invite users."""
        if chat_id not in self._chats:
            self.add_chat(chat_id)
        self.bot_inviter_chats.add(chat_id)

    def block(self, chat_id: int, *, notify: bool = True) -> None:
        """The user blocks the bot (or removes it from the group): sends answer 403.

        With ``notify`` a my_chat_member update is queued, as Telegram does.
        """
        self._blocked.add(chat_id)
        if notify and chat_id in self._chats:
            self._queue_member_change(chat_id, "member", "kicked")
        self._notify()

    def unblock(self, chat_id: int, *, notify: bool = True) -> None:
        if chat_id not in self._blocked:
            return
        self._blocked.discard(chat_id)
        if notify and chat_id in self._chats:
            self._queue_member_change(chat_id, "kicked", "member")
        self._notify()

    def is_blocked(self, chat_id: int) -> bool:
        return chat_id in self._blocked

    # ---- building and queuing updates -------------------------------------------------------

    def make_message_update(
        self,
        user_id: int,
        text: str | None,
        *,
        language_code: str | None = "en",
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        chat_id: int | None = None,
        reply_to_message_id: int | None = None,
        extra: JSONDict | None = None,
    ) -> JSONDict:
        """A message Update from a user, not queued (deliver it by webhook or push_update).

        A leading /command gets its bot_command entity, like a Telegram client adds it.
        ``text=None`` with ``extra={"contact": {...}}`` (or photo, ...) builds other messages.
        """
        user = self._user(user_id, first_name, last_name, username, language_code)
        chat = self._chat_for_user(user_id, chat_id, first_name, last_name, username)
        if user_id == chat["id"] and self.is_blocked(user_id):
            self.unblock(user_id)  # writing to a blocked bot means pressing "Restart" first
        message_id = self._new_message_id(chat["id"])
        message: JSONDict = {
            "message_id": message_id,
            "from": user,
            "chat": dict(chat),
            "date": _now(),
        }
        if text is not None:
            message["text"] = text
        command = _COMMAND_RE.match(text or "")
        if text and command and (command.end() == len(text) or not text[command.end()].isalnum()):
            message["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command.group())}
            ]
        if reply_to_message_id is not None:
            replied = self._any_message(chat["id"], reply_to_message_id)
            if replied is None:
                raise LookupError(f"no message {reply_to_message_id} in chat {chat['id']}")
            message["reply_to_message"] = replied
        if extra:
            message.update(copy.deepcopy(extra))
        self._user_messages[(chat["id"], message_id)] = message
        return {"update_id": self._new_update_id(), "message": copy.deepcopy(message)}

    def push_message(
        self,
        user_id: int,
        text: str | None,
        *,
        language_code: str | None = "en",
        first_name: str = "Test",
        last_name: str | None = None,
        username: str | None = None,
        chat_id: int | None = None,
        reply_to_message_id: int | None = None,
        extra: JSONDict | None = None,
    ) -> JSONDict:
        """A user writes to the bot: the Update is queued for getUpdates and returned."""
        update = self.make_message_update(
            user_id,
            text,
            language_code=language_code,
            first_name=first_name,
            last_name=last_name,
            username=username,
            chat_id=chat_id,
            reply_to_message_id=reply_to_message_id,
            extra=extra,
        )
        return self.push_update(update)

    def make_callback_update(
        self,
        user_id: int,
        message_id: int,
        data: str,
        *,
        language_code: str | None = "en",
        chat_id: int | None = None,
        first_name: str = "Test",
        username: str | None = None,
        check_button: bool = True,
    ) -> JSONDict:
        """A callback_query Update for a bot message, carrying the message as it is now.

        ``check_button`` insists the data is on one of the message's buttons (a real client
        cannot press anything else); turn it off to simulate stale or forged data.
        """
        target = chat_id if chat_id is not None else user_id
        sent = self._by_id.get((target, message_id))
        if sent is None or sent.deleted:
            raise LookupError(f"the bot has no message {message_id} in chat {target}")
        if check_button:
            datas = [b.get("callback_data") for row in sent.buttons for b in row]
            if data not in datas:
                raise LookupError(
                    f"message {message_id} has no button with callback_data {data!r}: {datas}"
                )
        user = self._user(user_id, first_name, None, username, language_code)
        query_id = str(self._rng.randint(10**17, 10**19))
        self._callbacks[query_id] = _PendingCallback(target, message_id)
        instance = self._chat_instances.setdefault(target, str(self._rng.randint(-(2**62), 2**62)))
        query = {
            "id": query_id,
            "from": user,
            "message": sent.to_dict(),
            "chat_instance": instance,
            "data": data,
        }
        return {"update_id": self._new_update_id(), "callback_query": query}

    def push_callback(
        self,
        user_id: int,
        message_id: int,
        data: str,
        *,
        language_code: str | None = "en",
        chat_id: int | None = None,
        first_name: str = "Test",
        username: str | None = None,
        check_button: bool = True,
    ) -> JSONDict:
        """The user presses an inline button: the callback_query Update is queued."""
        update = self.make_callback_update(
            user_id,
            message_id,
            data,
            language_code=language_code,
            chat_id=chat_id,
            first_name=first_name,
            username=username,
            check_button=check_button,
        )
        return self.push_update(update)

    def press_button(
        self,
        user_id: int,
        text: str,
        *,
        message_id: int | None = None,
        chat_id: int | None = None,
        language_code: str | None = "en",
    ) -> JSONDict:
        """Press the button labelled ``text`` on the newest bot message that has it."""
        target = chat_id if chat_id is not None else user_id
        if message_id is None:
            candidates = [
                m for m in self._sent.get(target, []) if not m.deleted and text in m.button_texts
            ]
            if not candidates:
                shown = [m.button_texts for m in self._sent.get(target, []) if not m.deleted]
                raise LookupError(f"no bot message in chat {target} has button {text!r}: {shown}")
            message_id = candidates[-1].message_id
        sent = self.message(target, message_id)
        return self.push_callback(
            user_id,
            message_id,
            sent.callback_data(text),
            language_code=language_code,
            chat_id=chat_id,
        )

    def next_update_id(self) -> int:
        """A fresh update id, for an update a test builds by hand."""
        return self._new_update_id()

    def push_update(self, update: JSONDict) -> JSONDict:
        """Queue any Update dict for getUpdates, as it is."""
        self._queue.append(_Queued(copy.deepcopy(update)))
        self._notify()
        return update

    def redeliver(self, update: JSONDict) -> None:
        """Queue the same update again (same update_id), as Telegram does after a crash.

        It is handed out once even if the bot's offset has already passed it.
        """
        self._queue.append(_Queued(copy.deepcopy(update), sticky=True))
        self._notify()

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates queued and not yet confirmed by a getUpdates offset."""
        return [copy.deepcopy(q.update) for q in self._queue]

    async def deliver_webhook(
        self, update: JSONDict, *, secret: str | _Sentinel | None = CONFIGURED_SECRET
    ) -> int:
        """POST the update to the webhook URL; returns the HTTP status (0: no connection).

        ``secret``: the X-Telegram-Bot-Api-Secret-Token to send; by default the configured
        one, None sends no header.
        """
        webhook = self._webhook
        if webhook is None:
            raise RuntimeError("no webhook is set (the bot calls setWebhook when it starts)")
        headers = {"Content-Type": "application/json"}
        token = webhook.secret_token if secret is CONFIGURED_SECRET else secret
        if isinstance(token, str):
            headers["X-Telegram-Bot-Api-Secret-Token"] = token
        if self._session is None:
            self._session = ClientSession(timeout=ClientTimeout(total=10))
        status = 0
        try:
            async with self._session.post(
                webhook.url, data=json.dumps(update, ensure_ascii=False), headers=headers
            ) as response:
                await response.read()
                status = response.status
                reason = response.reason or ""
        except ClientConnectorError:
            webhook.last_error_message = "Connection refused"
        except (ClientError, TimeoutError):
            webhook.last_error_message = "Read timeout expired"
        else:
            if not 200 <= status < 300:
                webhook.last_error_message = f"Wrong response from the webhook: {status} {reason}"
        if not 200 <= status < 300:
            webhook.last_error_date = _now()
        webhook.deliveries.append((int(update.get("update_id", 0)), status))
        self._notify()
        return status

    async def deliver_pending(self) -> list[int]:
        """Deliver every queued update to the webhook; those answered 2xx leave the queue."""
        statuses: list[int] = []
        for queued in list(self._queue):
            status = await self.deliver_webhook(queued.update)
            statuses.append(status)
            if 200 <= status < 300 and queued in self._queue:
                self._queue.remove(queued)
        self._notify()
        return statuses

    # ---- inspection -------------------------------------------------------------------------

    def sent(self, chat_id: int, *, include_deleted: bool = True) -> list[SentMessage]:
        """Messages the bot sent to the chat, oldest first."""
        messages = self._sent.get(chat_id, [])
        return [m for m in messages if include_deleted or not m.deleted]

    def message(self, chat_id: int, message_id: int) -> SentMessage:
        """One message the bot sent; LookupError if there is none."""
        try:
            return self._by_id[(chat_id, message_id)]
        except KeyError:
            raise LookupError(f"the bot sent no message {message_id} to chat {chat_id}") from None

    def last_sent(self, chat_id: int) -> SentMessage:
        messages = self.sent(chat_id)
        if not messages:
            raise LookupError(f"the bot sent nothing to chat {chat_id}")
        return messages[-1]

    def calls_of(self, method: str) -> list[JSONDict]:
        """Parameters of every call of one method (name case-insensitive)."""
        return [call.params for call in self.calls if call.method.lower() == method.lower()]

    @property
    def commands(self) -> dict[tuple[str, str], list[JSONDict]]:
        """Bot commands keyed by (scope JSON with sorted keys, language_code or "")."""
        return copy.deepcopy(self._commands)

    def commands_for(
        self, language_code: str = "", scope: JSONDict | None = None
    ) -> list[JSONDict]:
        return copy.deepcopy(self._commands.get((_scope_key(scope), language_code), []))

    @property
    def webhook(self) -> WebhookState | None:
        return self._webhook

    def describe(self) -> str:
        """A summary of what happened, for assertion messages."""
        lines = []
        for chat_id, messages in self._sent.items():
            shown = [
                f"#{m.message_id}{' (deleted)' if m.deleted else ''}: {m.content!r}"
                f"{' ' + str(m.button_texts) if m.buttons else ''}"
                for m in messages[-5:]
            ]
            lines.append(f"  chat {chat_id}: {len(messages)} sent; last: {shown}")
        if not lines:
            lines.append("  the bot sent no message")
        for error in self.errors[-5:]:
            lines.append(f"  error to {error.method}: {error.status} {error.description}")
        if self.unknown_methods:
            lines.append(f"  unknown/unimplemented methods called: {self.unknown_methods[-5:]}")
        lines.append(f"  last calls: {[c.method for c in self.calls[-10:]]}")
        lines.append(f"  queued updates: {len(self._queue)}; webhook: {self._webhook}")
        return "\n".join(lines)

    # ---- waiting ----------------------------------------------------------------------------

    async def wait_for(
        self,
        predicate: Callable[[], bool | Awaitable[bool]],
        timeout: float = 5.0,
        *,
        what: str | None = None,
    ) -> None:
        """Wait until ``predicate()`` is true; AssertionError with the fake's state on timeout.

        Re-checked on every change of the fake and every few milliseconds, so predicates on
        the bot's own state (e.g. an async database query) work too. A LookupError or
        AssertionError raised by the predicate counts as "not yet".
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        last_error: Exception | None = None
        while True:
            try:
                result = predicate()
                if inspect.isawaitable(result):
                    result = await result
            except (LookupError, AssertionError) as error:  # "not there yet"
                result, last_error = False, error
            if result:
                return
            remaining = deadline - loop.time()
            if remaining <= 0:
                name = what or getattr(predicate, "__name__", "the condition")
                detail = f" (last: {last_error!r})" if last_error is not None else ""
                raise AssertionError(
                    f"timed out after {timeout}s waiting for {name}{detail}\n{self.describe()}"
                )
            await self._wait_change(min(remaining, _POLL_SLICE))

    async def wait_sent(
        self,
        chat_id: int,
        count: int = 1,
        timeout: float = 5.0,
    ) -> list[SentMessage]:
        """Wait until the bot has sent at least ``count`` messages to the chat; returns them."""
        await self.wait_for(
            lambda: len(self.sent(chat_id)) >= count,
            timeout,
            what=f"{count} message(s) to chat {chat_id} (have {len(self.sent(chat_id))})",
        )
        return self.sent(chat_id)

    async def wait_call(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,
    ) -> list[JSONDict]:
        """Wait until ``method`` was called ``count`` times; returns the parameters."""
        await self.wait_for(
            lambda: len(self.calls_of(method)) >= count, timeout, what=f"{count} {method} call(s)"
        )
        return self.calls_of(method)

    async def wait_confirmed(self, timeout: float = 5.0) -> None:
        """Wait until the bot confirmed (by offset) every queued update."""
        await self.wait_for(lambda: not self._queue, timeout, what="all updates confirmed")

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def _wait_change(self, timeout: float) -> None:
        event = self._changed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(event.wait(), timeout)

    # ---- HTTP -------------------------------------------------------------------------------

    async def _handle_api(self, request: web.Request) -> web.Response:
        method_name = request.match_info["method"]
        params, uploads = await _read_params(request)
        entry = self._handlers.get(method_name.lower())
        canonical = entry[0] if entry else method_name
        self.calls.append(Call(canonical, _summarise(params, uploads)))
        self._notify()
        if request.match_info["token"] != self.token:
            return self._error_response(canonical, params, ApiError(401, "Unauthorized"))
        if entry is None:
            self.unknown_methods.append(method_name)
            return self._error_response(canonical, params, ApiError(404, "Not Found"))
        hold = self._holds.get(canonical.lower())
        if hold is not None:
            # The request reached Telegram, which has not acted on it yet: a process killed
            # now never learns its fate (the connection drops, nothing is done).
            self.held.append(Call(canonical, _summarise(params, uploads)))
            self._notify()
            await hold.wait()
        try:
            self._raise_injected(canonical)
            result = entry[1](params, uploads)
            if inspect.isawaitable(result):
                result = await result
        except ApiError as error:
            return self._error_response(canonical, params, error)
        body: JSONDict = {"ok": True}
        if isinstance(result, _WithDescription):
            body["result"] = result.result
            body["description"] = result.description
        else:
            body["result"] = result
        return web.json_response(body, dumps=_dumps)

    def _error_response(self, method: str, params: JSONDict, error: ApiError) -> web.Response:
        self.errors.append(ErrorRecord(method, params, error.status, error.description))
        self._notify()
        return web.json_response(error.payload(), status=error.status, dumps=_dumps)

    def _raise_injected(self, method: str) -> None:
        pending = self._injected.get(method.lower())
        if not pending:
            return
        injected = pending[0]
        injected.remaining -= 1
        if injected.remaining <= 0:
            pending.popleft()
        raise ApiError(injected.status, injected.description, retry_after=injected.retry_after)

    # ---- shared pieces of the methods -------------------------------------------------------

    def _new_update_id(self) -> int:
        self._next_update_id += 1
        return self._next_update_id

    def _new_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 0) + 1
        self._next_message_id[chat_id] = message_id
        return message_id

    def _user(
        self,
        user_id: int,
        first_name: str,
        last_name: str | None,
        username: str | None,
        language_code: str | None,
    ) -> JSONDict:
        user: JSONDict = {"id": user_id, "is_bot": False, "first_name": first_name}
        if last_name:
            user["last_name"] = last_name
        if username:
            user["username"] = username
        if language_code:
            user["language_code"] = language_code
        return user

    def _chat_for_user(
        self,
        user_id: int,
        chat_id: int | None,
        first_name: str,
        last_name: str | None,
        username: str | None,
    ) -> JSONDict:
        target = user_id if chat_id is None else chat_id
        if target not in self._chats:
            if target == user_id:
                self.add_chat(
                    user_id, first_name=first_name, last_name=last_name, username=username
                )
            else:
                self.add_chat(target)
        return self._chats[target]

    def _queue_member_change(self, chat_id: int, old: str, new: str) -> None:
        chat = self._chats[chat_id]
        actor = {"id": chat_id, "is_bot": False, "first_name": chat.get("first_name", "Test")}
        update = {
            "update_id": self._new_update_id(),
            "my_chat_member": {
                "chat": dict(chat),
                "from": actor,
                "date": _now(),
                "old_chat_member": {"status": old, "user": self.bot_user}
                | ({"until_date": 0} if old == "kicked" else {}),
                "new_chat_member": {"status": new, "user": self.bot_user}
                | ({"until_date": 0} if new == "kicked" else {}),
            },
        }
        self._queue.append(_Queued(update))

    def _any_message(self, chat_id: int, message_id: int) -> JSONDict | None:
        sent = self._by_id.get((chat_id, message_id))
        if sent is not None and not sent.deleted:
            return sent.to_dict()
        user_message = self._user_messages.get((chat_id, message_id))
        return copy.deepcopy(user_message) if user_message is not None else None

    @staticmethod
    def _require_chat_id(params: JSONDict) -> int | str:
        chat_id = params.get("chat_id")
        if chat_id is None or chat_id == "":
            raise _bad("chat_id is empty")
        if isinstance(chat_id, bool) or not isinstance(chat_id, int | str):
            raise _bad("chat not found")
        return chat_id

    def _resolve_chat(self, chat_id: int | str) -> JSONDict:
        if isinstance(chat_id, str) and chat_id.removeprefix("-").isdigit():
            chat_id = int(chat_id)
        if isinstance(chat_id, str):
            username = chat_id.removeprefix("@").lower()
            for chat in self._chats.values():
                if str(chat.get("username", "")).lower() == username and chat_id.startswith("@"):
                    return chat
            raise _bad("chat not found")
        found = self._chats.get(chat_id)
        if found is None:
            raise _bad("chat not found")
        return found

    def _check_not_blocked(self, chat: JSONDict) -> None:
        if chat["id"] not in self._blocked:
            return
        reason = {
            "private": "bot was blocked by the user",
            "group": "bot was kicked from the group chat",
            "supergroup": "bot was kicked from the supergroup chat",
            "channel": "bot is not a member of the channel chat",
        }[chat["type"]]
        raise ApiError(403, f"Forbidden: {reason}")

    def _check_rate(self, chat_id: int) -> None:
        """Sliding-window flood control over sends, when strict limits are on."""
        if not self.strict_limits:
            return
        now = time.monotonic()
        chat_times = self._chat_send_times.setdefault(chat_id, deque())
        for times, rate in ((self._send_times, self.global_rate), (chat_times, self.per_chat_rate)):
            if rate <= 0:
                raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            allowed = max(1, math.floor(rate))  # this many sends per window of allowed/rate s
            window = allowed / rate
            while times and times[0] <= now - window:
                times.popleft()
            if len(times) >= allowed:
                retry_after = max(1, math.ceil(times[0] + window - now))
                raise ApiError(
                    429, f"Too Many Requests: retry after {retry_after}", retry_after=retry_after
                )
        self._send_times.append(now)
        chat_times.append(now)

    def _reply_to(self, chat_id: int, params: JSONDict) -> JSONDict | None:
        reply = params.get("reply_parameters")
        message_id: Any = None
        allow_without = bool(params.get("allow_sending_without_reply"))
        if isinstance(reply, dict):
            if "message_id" not in reply:
                raise _bad('can\'t find field "message_id"')
            message_id = reply["message_id"]
            allow_without = bool(reply.get("allow_sending_without_reply", allow_without))
        elif params.get("reply_to_message_id") is not None:
            message_id = params["reply_to_message_id"]
        if message_id is None:
            return None
        replied = self._any_message(chat_id, _as_int(message_id, 0))
        if replied is None and not allow_without:
            raise _bad("message to be replied not found")
        if replied is not None:
            replied.pop("reply_to_message", None)
        return replied

    def _store(self, message: SentMessage) -> JSONDict:
        self._sent.setdefault(message.chat_id, []).append(message)
        self._by_id[(message.chat_id, message.message_id)] = message
        self._notify()
        return message.to_dict()

    def _edit_target(self, params: JSONDict) -> tuple[JSONDict, SentMessage]:
        if params.get("inline_message_id"):
            raise _bad("MESSAGE_ID_INVALID")
        chat_id = self._require_chat_id(params)
        if params.get("message_id") in (None, ""):
            raise _bad("message identifier is not specified")
        chat = self._resolve_chat(chat_id)
        message_id = _as_int(params.get("message_id"), 0)
        sent = self._by_id.get((chat["id"], message_id))
        if sent is None or sent.deleted:
            if (chat["id"], message_id) in self._user_messages:
                raise _bad("message can't be edited")
            raise _bad("message to edit not found")
        return chat, sent

    @staticmethod
    def _remember_version(sent: SentMessage) -> None:
        sent.history.append(
            MessageVersion(
                text=sent.text,
                entities=copy.deepcopy(sent.entities),
                caption=sent.caption,
                reply_markup=copy.deepcopy(sent.reply_markup),
                parse_mode=sent.parse_mode,
                date=sent.edit_date or sent.date,
            )
        )

    # ---- Bot API methods --------------------------------------------------------------------

    # ---- chats, members, forum topics and copies -----------------------------------------

    def _thread(self, chat: JSONDict, params: JSONDict) -> int | None:
        """The forum topic a message goes to (``message_thread_id``), checked like Telegram."""
        raw = params.get("message_thread_id")
        if raw in (None, ""):
            return None
        thread = _as_int(raw, 0)
        topic = self.topics.get(chat["id"], {}).get(thread)
        if not chat.get("is_forum") or topic is None:
            raise _bad("message thread not found")
        if topic.get("is_closed") and not self.bot_admin_rights.get(chat["id"], {}).get(
            "can_manage_topics"
        ):
            raise _bad("TOPIC_CLOSED")
        return thread

    def _get_chat(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat = self._resolve_chat(self._require_chat_id(params))
        if chat["type"] != "private":
            self._check_not_blocked(chat)
        info = dict(chat)
        info.update(
            accent_color_id=0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return info

    def _get_chat_member(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat = self._resolve_chat(self._require_chat_id(params))
        user_id = _as_int(params.get("user_id"), 0)
        if user_id <= 0:
            raise _bad("invalid user_id specified")
        if user_id == self.bot_id:
            rights = self.bot_admin_rights.get(chat["id"])
            if rights is None:
                return {"status": "member", "user": self.bot_user}
            member: JSONDict = {
                "status": "administrator",
                "user": self.bot_user,
                "can_be_edited": False,
                "is_anonymous": False,
            }
            member.update({name: bool(rights.get(name)) for name in ADMIN_RIGHTS})
            return member
        user = {"id": user_id, "is_bot": False, "first_name": "User"}
        if user_id == chat["id"] or user_id in self._members.get(chat["id"], set()):
            return {"status": "member", "user": user}
        return {"status": "left", "user": user}

    def _create_forum_topic(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat = self._resolve_chat(self._require_chat_id(params))
        self._check_not_blocked(chat)
        if chat["type"] != "supergroup" or not chat.get("is_forum"):
            raise _bad("the chat is not a forum")
        if not self.bot_admin_rights.get(chat["id"], {}).get("can_manage_topics"):
            raise _bad("not enough rights to create a topic")
        name = str(params.get("name") or "")
        if not 1 <= len(name) <= TOPIC_NAME_LIMIT:
            raise _bad("TOPIC_TITLE_EMPTY" if not name else "TOPIC_TITLE_TOO_LONG")
        icon_color = _as_int(params.get("icon_color"), TOPIC_COLORS[0])
        if icon_color not in TOPIC_COLORS:
            raise _bad("TOPIC_COLOR_INVALID")
        # The topic's id is the id of the service message that opens it.
        thread = self._new_message_id(chat["id"])
        created = {
            "message_id": thread,
            "from": self.bot_user,
            "chat": dict(chat),
            "date": _now(),
            "message_thread_id": thread,
            "is_topic_message": True,
            "forum_topic_created": {"name": name, "icon_color": icon_color},
        }
        self.topics.setdefault(chat["id"], {})[thread] = {
            "name": name,
            "icon_color": icon_color,
            "is_closed": False,
            "created": created,
        }
        self._notify()
        return {"message_thread_id": thread, "name": name, "icon_color": icon_color}

    def _copy_message(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        """A copy without the link to the original: same text or media, its own caption if
        one is given; answers only the new message's id (MessageId)."""
        chat = self._resolve_chat(self._require_chat_id(params))
        source_chat = self._resolve_chat(
            self._require_chat_id({"chat_id": params.get("from_chat_id")})
        )
        message_id = _as_int(params.get("message_id"), 0)
        original = self._any_message(source_chat["id"], message_id)
        if original is None and message_id in self.topics.get(source_chat["id"], {}):
            raise _bad("message can't be copied")  # a topic's creation (service) message
        if original is None:
            raise _bad("message to copy not found")
        if not any(key in original for key in ("text", "photo", "document")):
            raise _bad("message can't be copied")
        self._check_not_blocked(chat)
        markup = _check_reply_markup(params.get("reply_markup"))
        _check_callback_data(markup)
        thread = self._thread(chat, params)
        reply_to = self._reply_to(chat["id"], params)
        self._check_rate(chat["id"])
        message = SentMessage(
            message_thread_id=thread,
            message_id=self._new_message_id(chat["id"]),
            chat_id=chat["id"],
            kind="text",
            date=_now(),
            reply_markup=markup,
            reply_to_message_id=reply_to["message_id"] if reply_to else None,
            params=params,
            chat=dict(chat),
            sender=self.bot_user,
            reply_to=reply_to,
        )
        if "text" in original:
            message.text = message.raw_text = original["text"]
            message.entities = list(original.get("entities", []))
        else:
            kind: Literal["photo", "document"] = "photo" if "photo" in original else "document"
            message.kind = kind
            message.media = copy.deepcopy(original[kind])
            file_id = (message.media[-1] if kind == "photo" else message.media)["file_id"]  # type: ignore[index,call-overload]
            stored = self._files.get(str(file_id))
            if stored is not None:
                message.file_bytes, message.filename = stored.content, stored.file_name
                message.mime_type, message.file_id = stored.mime_type, stored.file_id
            if "caption" in params:
                raw_caption = params.get("caption")
                caption, entities = format_text(
                    str(raw_caption or ""), params.get("parse_mode"), params.get("caption_entities")
                )
                if len(caption) > CAPTION_LIMIT:
                    raise _bad("message caption is too long")
                message.caption, message.raw_caption = caption or None, raw_caption
                message.caption_entities = entities
            else:
                message.caption = message.raw_caption = original.get("caption")
                message.caption_entities = list(original.get("caption_entities", []))
        self._store(message)
        return {"message_id": message.message_id}

    def _get_me(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        return self.bot_user | {
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def _get_updates(self, params: JSONDict, uploads: dict[str, _Upload]) -> list[JSONDict]:
        if self._webhook is not None:
            raise ApiError(409, _CONFLICT_WEBHOOK)
        offset = _as_int(params.get("offset"), 0)
        limit = min(max(_as_int(params.get("limit"), 100), 1), 100)
        timeout = float(max(_as_int(params.get("timeout"), 0), 0))
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = [str(kind) for kind in allowed] or None
        self._confirm(offset)
        token = object()
        self._poll_token = token
        self._notify()  # a held older poll sees it was superseded
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        try:
            while True:
                if self._poll_token is not token:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; "
                        "make sure that only one bot instance is running",
                    )
                if self._webhook is not None:
                    raise ApiError(409, "Conflict: terminated by setWebhook request")
                batch = self._take_batch(limit)
                remaining = deadline - loop.time()
                if batch or self._closing or remaining <= 0:
                    return batch
                await self._wait_change(remaining)
        finally:
            if self._poll_token is token:
                self._poll_token = None

    def _confirm(self, offset: int) -> None:
        before = len(self._queue)
        if offset > 0:
            self._queue = [
                q for q in self._queue if q.update_id >= offset or (q.sticky and not q.delivered)
            ]
        elif offset < 0:
            self._queue = self._queue[offset:]
        if len(self._queue) != before:
            self._notify()

    def _take_batch(self, limit: int) -> list[JSONDict]:
        allowed = self._allowed_updates
        kept: list[_Queued] = []
        for queued in self._queue:
            wanted = queued.kind in allowed if allowed else queued.kind not in _NOT_DEFAULT_UPDATES
            if wanted:
                kept.append(queued)
        if len(kept) != len(self._queue):
            self._queue = kept
        batch = self._queue[:limit]
        for queued in batch:
            queued.delivered = True
        return [copy.deepcopy(q.update) for q in batch]

    def _set_webhook(self, params: JSONDict, uploads: dict[str, _Upload]) -> _WithDescription:
        url = params.get("url")
        if not isinstance(url, str) or url == "":
            return self._delete_webhook(params, uploads)
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        if host not in _LOOPBACK_HOSTS:
            if parts.scheme.lower() != "https":
                raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
            if (parts.port or 443) not in (80, 88, 443, 8443):
                raise _bad("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        elif parts.scheme.lower() not in ("http", "https"):
            raise _bad("bad webhook: An HTTPS URL must be provided for webhook")
        secret = params.get("secret_token")
        if secret is not None and (
            not isinstance(secret, str) or not _SECRET_TOKEN_RE.fullmatch(secret)
        ):
            raise _bad("secret token contains unallowed characters")
        allowed = params.get("allowed_updates")
        new = WebhookState(
            url=url,
            secret_token=secret,
            max_connections=_as_int(params.get("max_connections"), 40),
            allowed_updates=[str(a) for a in allowed] if isinstance(allowed, list) else None,
            ip_address=params.get("ip_address"),
        )
        old = self._webhook
        same = old is not None and (old.url, old.secret_token) == (new.url, new.secret_token)
        if params.get("drop_pending_updates") is True:
            self._queue.clear()
        if isinstance(allowed, list):
            self._allowed_updates = new.allowed_updates or None
        self._webhook = new
        self._notify()
        return _WithDescription(True, "Webhook is already set" if same else "Webhook was set")

    def _delete_webhook(self, params: JSONDict, uploads: dict[str, _Upload]) -> _WithDescription:
        if params.get("drop_pending_updates") is True:
            self._queue.clear()
        had = self._webhook is not None
        self._webhook = None
        self._notify()
        return _WithDescription(
            True, "Webhook was deleted" if had else "Webhook is already deleted"
        )

    def _send_message(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat_id = self._require_chat_id(params)
        raw_text = params.get("text")
        if raw_text is None or raw_text == "":
            raise _bad("message text is empty")
        raw_text = str(raw_text)
        text, entities = format_text(raw_text, params.get("parse_mode"), params.get("entities"))
        markup = _check_reply_markup(params.get("reply_markup"))
        chat = self._resolve_chat(chat_id)
        self._check_not_blocked(chat)
        if not text:
            raise _bad("text must be non-empty")
        if len(text) > TEXT_LIMIT:
            raise _bad("message is too long")
        _check_callback_data(markup)
        thread = self._thread(chat, params)
        reply_to = self._reply_to(chat["id"], params)
        self._check_rate(chat["id"])
        return self._store(
            SentMessage(
                message_thread_id=thread,
                message_id=self._new_message_id(chat["id"]),
                chat_id=chat["id"],
                kind="text",
                date=_now(),
                text=text,
                raw_text=raw_text,
                entities=entities,
                parse_mode=params.get("parse_mode"),
                reply_markup=markup,
                reply_to_message_id=reply_to["message_id"] if reply_to else None,
                params=params,
                chat=dict(chat),
                sender=self.bot_user,
                reply_to=reply_to,
            )
        )

    def _send_photo(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        return self._send_media("photo", params, uploads)

    def _send_document(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        return self._send_media("document", params, uploads)

    def _send_media(
        self, kind: Literal["photo", "document"], params: JSONDict, uploads: dict[str, _Upload]
    ) -> JSONDict:
        chat_id = self._require_chat_id(params)
        value = params.get(kind)
        upload = uploads.get(kind)
        if isinstance(value, str) and value.startswith("attach://"):
            upload = uploads.get(value.removeprefix("attach://"))
        if upload is None and (not isinstance(value, str) or not value):
            raise _bad(f"there is no {kind} in the request")
        raw_caption = params.get("caption")
        caption, caption_entities = "", list[JSONDict]()
        if raw_caption not in (None, ""):
            caption, caption_entities = format_text(
                str(raw_caption), params.get("parse_mode"), params.get("caption_entities")
            )
        markup = _check_reply_markup(params.get("reply_markup"))
        chat = self._resolve_chat(chat_id)
        self._check_not_blocked(chat)
        if len(caption) > CAPTION_LIMIT:
            raise _bad("message caption is too long")
        stored, file_url = self._resolve_file(kind, value, upload)
        _check_callback_data(markup)
        thread = self._thread(chat, params)
        reply_to = self._reply_to(chat["id"], params)
        self._check_rate(chat["id"])
        media: JSONDict | list[JSONDict]
        if kind == "photo":
            width, height = _image_size(stored.content) or (1280, 720)
            media = [
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "width": width,
                    "height": height,
                    "file_size": len(stored.content),
                }
            ]
        else:
            media = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_name": stored.file_name,
                "mime_type": stored.mime_type,
                "file_size": len(stored.content),
            }
        return self._store(
            SentMessage(
                message_thread_id=thread,
                message_id=self._new_message_id(chat["id"]),
                chat_id=chat["id"],
                kind=kind,
                date=_now(),
                caption=caption or None,
                raw_caption=None if raw_caption is None else str(raw_caption),
                caption_entities=caption_entities,
                parse_mode=params.get("parse_mode"),
                reply_markup=markup,
                file_bytes=stored.content if file_url is None else None,
                filename=stored.file_name,
                mime_type=stored.mime_type,
                file_id=stored.file_id,
                file_url=file_url,
                reply_to_message_id=reply_to["message_id"] if reply_to else None,
                params=_summarise(params, uploads),
                chat=dict(chat),
                sender=self.bot_user,
                media=media,
                reply_to=reply_to,
            )
        )

    def _resolve_file(
        self, kind: Literal["photo", "document"], value: Any, upload: _Upload | None
    ) -> tuple[_StoredFile, str | None]:
        """The stored file for an upload, a known file_id, or an HTTP URL to fetch."""
        if upload is not None:
            if kind == "photo":
                size = _image_size(upload.content)
                if size is None:
                    raise _bad("IMAGE_PROCESS_FAILED")
                width, height = size
                if width + height > 10000 or max(width, height) > 20 * max(min(width, height), 1):
                    raise _bad("PHOTO_INVALID_DIMENSIONS")
            elif len(upload.content) > DOCUMENT_LIMIT:
                raise ApiError(413, "Request Entity Too Large")
            mime = upload.content_type or "application/octet-stream"
            if kind == "photo":
                mime = "image/jpeg"
            return self._new_file(kind, upload.content, upload.filename, mime), None
        text = str(value)
        known = self._files.get(text)
        if known is not None:
            return known, None
        if text.lower().startswith(("http://", "https://")) and _checked_link(text):
            name = urlsplit(text).path.rsplit("/", 1)[-1] or "file"
            mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
            return self._new_file(kind, b"", name, mime), text
        raise _bad("wrong file identifier/HTTP URL specified")

    def _new_file(self, kind: str, content: bytes, filename: str, mime: str) -> _StoredFile:
        """Store a file like Telegram does: an opaque file_id and a file_path to download."""
        number = len(self._files)
        if kind == "photo":
            file_id, path = "AgAC" + secrets.token_urlsafe(45), f"photos/file_{number}.jpg"
        else:
            suffix = "." + filename.rsplit(".", 1)[-1] if "." in filename else ""
            file_id, path = "BQAC" + secrets.token_urlsafe(45), f"documents/file_{number}{suffix}"
        stored = _StoredFile(
            file_id=file_id,
            file_unique_id="AQAD" + secrets.token_urlsafe(9),
            content=content,
            file_path=path,
            mime_type=mime,
            file_name=filename,
        )
        self._files[file_id] = stored
        return stored

    def _edit_message_text(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        if not params.get("inline_message_id"):
            self._require_chat_id(params)
        raw_text = params.get("text")
        if raw_text is None or raw_text == "":
            raise _bad("message text is empty")
        raw_text = str(raw_text)
        text, entities = format_text(raw_text, params.get("parse_mode"), params.get("entities"))
        markup = _check_reply_markup(params.get("reply_markup"))
        _chat, sent = self._edit_target(params)
        if sent.kind != "text":
            raise _bad("there is no text in the message to edit")
        if not text:
            raise _bad("text must be non-empty")
        if len(text) > TEXT_LIMIT:
            raise _bad("message is too long")
        _check_callback_data(markup)
        new_inline = _inline_only(markup)
        if (text, entities, new_inline) == (sent.text, sent.entities, sent.inline_keyboard):
            raise _bad(NOT_MODIFIED)
        self._remember_version(sent)
        sent.text, sent.raw_text, sent.entities = text, raw_text, entities
        sent.parse_mode = params.get("parse_mode")
        sent.reply_markup = new_inline  # no reply_markup removes the inline keyboard
        sent.edit_date = _now()
        self._notify()
        return sent.to_dict()

    def _edit_message_reply_markup(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        markup = _check_reply_markup(params.get("reply_markup"))
        _chat, sent = self._edit_target(params)
        _check_callback_data(markup)
        new_inline = _inline_only(markup)
        if new_inline == sent.inline_keyboard:
            raise _bad(NOT_MODIFIED)
        self._remember_version(sent)
        sent.reply_markup = new_inline
        sent.edit_date = _now()
        self._notify()
        return sent.to_dict()

    def _answer_callback_query(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        pending = self._callbacks.get(query_id)
        if pending is None or pending.answered:
            raise _bad(_CALLBACK_TOO_OLD)
        text = params.get("text")
        if text is not None and len(str(text)) > CALLBACK_ANSWER_LIMIT:
            raise _bad("MESSAGE_TOO_LONG")
        pending.answered = True
        self.callback_answers.append(
            CallbackAnswer(
                callback_query_id=query_id,
                text=None if text is None else str(text),
                show_alert=bool(params.get("show_alert", False)),
                url=params.get("url"),
                cache_time=_as_int(params.get("cache_time"), 0),
                chat_id=pending.chat_id,
                message_id=pending.message_id,
            )
        )
        self._notify()
        return True

    def _command_key(self, params: JSONDict) -> tuple[str, str]:
        scope = params.get("scope")
        if scope is not None:
            if not isinstance(scope, dict):
                raise _bad("can't parse BotCommandScope: Object expected")
            kind = scope.get("type")
            kinds = (
                "default",
                "all_private_chats",
                "all_group_chats",
                "all_chat_administrators",
                "chat",
                "chat_administrators",
                "chat_member",
            )
            if kind not in kinds:
                raise _bad("can't parse BotCommandScope: Unsupported type specified")
            if kind in ("chat", "chat_administrators", "chat_member"):
                if "chat_id" not in scope:
                    raise _bad("can't parse BotCommandScope: Can't find field \"chat_id\"")
                self._resolve_chat(scope["chat_id"])
            if kind == "chat_member" and "user_id" not in scope:
                raise _bad("can't parse BotCommandScope: Can't find field \"user_id\"")
        return _scope_key(scope), str(params.get("language_code") or "")

    def _set_my_commands(self, params: JSONDict, uploads: dict[str, _Upload]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list):
            raise _bad('field "commands" must be of type Array')
        cleaned: list[JSONDict] = []
        for item in commands:
            if not isinstance(item, dict):
                raise _bad("can't parse BotCommand: Object expected")
            name = str(item.get("command", ""))
            description = str(item.get("description", ""))
            if not name:
                raise _bad("command must be non-empty")
            if not _BOT_COMMAND_NAME_RE.fullmatch(name):
                raise _bad("BOT_COMMAND_INVALID")
            if not description:
                raise _bad("command description must be non-empty")
            if len(description) > 256:
                raise _bad("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": name, "description": description})
        key = self._command_key(params)
        if cleaned:
            self._commands[key] = cleaned
        else:
            self._commands.pop(key, None)
        self._notify()
        return True

    def _create_chat_invite_link(self, params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
        chat = self._resolve_chat(self._require_chat_id(params))
        if chat["type"] == "private":
            raise _bad("can't invite members to a private chat")
        if chat["id"] not in self.bot_inviter_chats:
            raise _bad("not enough rights to manage chat invite links")
        limit = params.get("member_limit")
        if limit not in (None, "") and not 1 <= _as_int(limit, 0) <= 99999:
            raise _bad("member limit must be between 1 and 99999")
        link: JSONDict = {
            "invite_link": "https://t.me/+" + secrets.token_urlsafe(12),
            "creator": self.bot_user,
            "creates_join_request": bool(params.get("creates_join_request", False)),
            "is_primary": False,
            "is_revoked": False,
        }
        for name in ("name", "expire_date", "member_limit"):
            if params.get(name) not in (None, ""):
                link[name] = params[name]
        if link["creates_join_request"]:
            link["pending_join_request_count"] = 0
        self.invite_links.append(link | {"chat_id": chat["id"]})
        self._notify()
        return dict(link)


# --------------------------------------------------------------------------------------------
# Request decoding


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _scope_key(scope: JSONDict | None) -> str:
    return json.dumps(scope or {"type": "default"}, sort_keys=True)


def _decode_field(name: str, value: Any) -> Any:
    """Form values: strings stay strings, everything else arrives JSON-encoded."""
    if not isinstance(value, str) or name in _STRING_FIELDS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _read_params(request: web.Request) -> tuple[JSONDict, dict[str, _Upload]]:
    """Parameters from the query string and a JSON, urlencoded or multipart body."""
    params: JSONDict = {k: _decode_field(k, v) for k, v in request.query.items()}
    uploads: dict[str, _Upload] = {}
    if request.method in ("GET", "HEAD") or not request.can_read_body:
        return params, uploads
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError:
            body = None
        if isinstance(body, dict):
            params.update(body)
        return params, uploads
    form = await request.post()
    for name, value in form.items():
        if isinstance(value, FileField):
            uploads[name] = _Upload(
                filename=value.filename,
                content=value.file.read(),
                content_type=value.content_type,
            )
        else:
            params[name] = _decode_field(name, value)
    return params, uploads


def _summarise(params: JSONDict, uploads: dict[str, _Upload]) -> JSONDict:
    summary = dict(params)
    for name, upload in uploads.items():
        summary[name] = f"<upload {upload.filename!r}, {len(upload.content)} bytes>"
    return summary

"""A fake Discord (REST API v10 and gateway) on 127.0.0.1 for driving the real discord.py.

Why: Discord is out of reach in tests and dpytest cannot do slash commands, components or
modals. This fake speaks the wire protocol discord.py 2.7 uses, keeps a small model (guilds,
roles, channels, members, DMs, messages, application commands, interactions) and enforces the
limits that bite in production (2000-character content, 100-character custom ids, the 3 s
acknowledgement deadline, role hierarchy, users who refuse DMs, 429s), so a bot that passes
here behaves on the real service. The bot's client reaches it through its REST and gateway
settings (bot/channels/discord_http.py).
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import datetime as dt
import hashlib
import importlib
import itertools
import json
import math
import re
import secrets
import time
import zlib
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, NamedTuple, TypedDict, TypeVar

from aiohttp import BodyPartReader, WSMsgType, web

__all__ = [
    "ApiErrorRecord",
    "Call",
    "ChannelInfo",
    "FakeDiscord",
    "GatewayConnectionInfo",
    "GuildInfo",
    "Intents",
    "InteractionRecord",
    "ManualClock",
    "MemberInfo",
    "Permissions",
    "RateLimitHit",
    "RecordedRequest",
    "RoleInfo",
]

JSON = dict[str, Any]
T = TypeVar("T")

DISCORD_EPOCH_MS = 1_420_070_400_000
JSON_CONTENT_TYPE = "application/json"  # discord.py parses a body only for exactly this value


class Permissions:
    """Permission bits Discord uses (only the ones a bot of this kind touches, plus ALL)."""

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    MANAGE_ROLES = 1 << 28
    USE_APPLICATION_COMMANDS = 1 << 31
    MANAGE_THREADS = 1 << 34
    CREATE_PUBLIC_THREADS = 1 << 35
    CREATE_PRIVATE_THREADS = 1 << 36
    SEND_MESSAGES_IN_THREADS = 1 << 38
    ALL = 8_866_461_766_385_663  # discord.Permissions.all() in 2.7.1

    DEFAULT_EVERYONE = (
        CREATE_INSTANT_INVITE
        | ADD_REACTIONS
        | VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | USE_EXTERNAL_EMOJIS
        | USE_APPLICATION_COMMANDS
        | SEND_MESSAGES_IN_THREADS
    )
    DEFAULT_BOT = (
        VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | ADD_REACTIONS
        | MANAGE_ROLES
        | USE_APPLICATION_COMMANDS
    )


class Intents:
    """Gateway intent bits; the privileged ones must be allowed for the application."""

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    DIRECT_MESSAGES = 1 << 12
    MESSAGE_CONTENT = 1 << 15
    PRIVILEGED = GUILD_MEMBERS | GUILD_PRESENCES | MESSAGE_CONTENT


# Locales Discord accepts in name_localizations / interaction.locale ("es" or "en" are rejected).
DISCORD_LOCALES = frozenset(
    [
        "id",
        "da",
        "de",
        "en-GB",
        "en-US",
        "es-ES",
        "es-419",
        "fr",
        "hr",
        "it",
        "lt",
        "hu",
        "nl",
        "no",
        "pl",
        "pt-BR",
        "ro",
        "fi",
        "sv-SE",
        "vi",
        "tr",
        "cs",
        "el",
        "bg",
        "ru",
        "uk",
        "hi",
        "th",
        "zh-CN",
        "ja",
        "zh-TW",
        "ko",
    ]
)

# Message flags the API keeps when a bot sets them (others are silently dropped).
_SETTABLE_MESSAGE_FLAGS = (1 << 2) | (1 << 6) | (1 << 12) | (1 << 15)
EPHEMERAL = 1 << 6
LOADING = 1 << 7
COMPONENTS_V2 = 1 << 15

_NAME_RE = re.compile(r"^[-_'\w]{1,32}$")
_MENTION_RE = re.compile(r"<@!?(\d+)>")


# --------------------------------------------------------------------------------------------
# Public records
# --------------------------------------------------------------------------------------------


class GuildInfo(TypedDict):
    """What add_guild returns: ids as ints, for tests."""

    id: int
    name: str
    preferred_locale: str
    owner_id: int
    everyone_role_id: int
    bot_role_id: int


class ChannelInfo(TypedDict):
    """What add_channel returns."""

    id: int
    guild_id: int
    name: str
    type: int


class RoleInfo(TypedDict):
    """What add_role returns."""

    id: int
    guild_id: int
    name: str
    permissions: int
    position: int


class MemberInfo(TypedDict):
    """What add_member returns; permissions are the guild-level ones computed from roles."""

    guild_id: int
    user_id: int
    username: str
    roles: list[int]
    permissions: int


class Call(NamedTuple):
    """One REST request as the bot sent it (path relative to /api/v10, no query)."""

    method: str
    path: str
    json: Any


@dataclass
class RecordedRequest:
    """A REST request with its query, files, answer status and time, for diagnosis."""

    method: str
    path: str
    query: dict[str, str]
    json: Any
    status: int = 0
    files: list[str] = field(default_factory=list)
    at: float = 0.0


@dataclass
class RateLimitHit:
    """A 429 the fake answered (injected with rate_limit_next or from a bucket running dry)."""

    method: str
    path: str
    retry_after: float
    global_: bool
    injected: bool


@dataclass
class ApiErrorRecord:
    """An error answer the bot got, e.g. 40060 for an interaction answered twice."""

    status: int
    code: int
    message: str
    method: str
    path: str


@dataclass
class GatewayConnectionInfo:
    """One websocket connection: what the client asked for and how it went."""

    path: str
    version: str | None
    encoding: str
    compress: str | None
    identified: bool = False
    resumed: bool = False
    session_id: str | None = None
    intents: int | None = None
    shard: tuple[int, int] | None = None
    heartbeats: int = 0
    close_code: int | None = None
    frames_sent: int = 0


class ManualClock:
    """A clock tests move by hand, to cross the 3 s interaction deadline without waiting."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass(eq=False)
class InteractionRecord:
    """An interaction the fake sent to the bot and everything the bot did with it."""

    id: int
    token: str
    type: int  # 2 application command, 3 component, 4 autocomplete, 5 modal submit
    user_id: int
    guild_id: int | None
    channel_id: int
    locale: str
    name: str  # command path, custom_id of the component or modal
    payload: JSON  # the INTERACTION_CREATE data as sent over the gateway
    dispatched_at: float
    callback_type: int | None = None  # 4 message, 5 deferred, 6 deferred update, 7 update, 9 modal
    callback_data: JSON | None = None
    acknowledged_at: float | None = None
    original_message_id: int | None = None
    original_edited: bool = False
    original_deleted: bool = False
    followup_ids: list[int] = field(default_factory=list)
    edits: list[JSON] = field(default_factory=list)
    modal: JSON | None = None
    modal_submitted: bool = False
    errors: list[ApiErrorRecord] = field(default_factory=list)
    _lookup: Callable[[int], JSON | None] = field(default=lambda _mid: None, repr=False)

    @property
    def acknowledged(self) -> bool:
        return self.callback_type is not None

    @property
    def deferred(self) -> bool:
        return self.callback_type in (5, 6)

    @property
    def time_to_ack(self) -> float | None:
        """Seconds between dispatch and the callback, on the fake's clock."""
        if self.acknowledged_at is None:
            return None
        return self.acknowledged_at - self.dispatched_at

    @property
    def complete(self) -> bool:
        """Answered, and if deferred, followed by a follow-up or an edit of the original."""
        if self.callback_type is None:
            return False
        if self.callback_type in (5, 6):
            return self.original_edited or bool(self.followup_ids)
        return True

    @property
    def response_message(self) -> JSON | None:
        """The original response message as it stands now (after edits), if any."""
        if self.original_message_id is None or self.original_deleted:
            return None
        return self._lookup(self.original_message_id)

    @property
    def followups(self) -> list[JSON]:
        """Follow-up messages as they stand now (the first one after a defer is the original)."""
        found = (self._lookup(mid) for mid in self.followup_ids)
        return [m for m in found if m is not None]

    @property
    def ephemeral(self) -> bool:
        message = self.response_message
        if message is not None:
            return bool(message.get("flags", 0) & EPHEMERAL)
        return bool((self.callback_data or {}).get("flags", 0) & EPHEMERAL)

    @property
    def content(self) -> str | None:
        message = self.response_message
        return None if message is None else message.get("content")

    def texts(self) -> list[str]:
        """Contents of the response and follow-ups, in order, without duplicates."""
        seen: list[str] = []
        ids = [self.original_message_id, *self.followup_ids]
        for mid in dict.fromkeys(i for i in ids if i is not None):
            message = self._lookup(mid)
            if message is not None:
                seen.append(message.get("content") or "")
        return seen


# --------------------------------------------------------------------------------------------
# Internal model
# --------------------------------------------------------------------------------------------


class _ApiError(Exception):
    """An error answer in Discord's shape: {"message", "code"[, "errors"]}."""

    def __init__(self, status: int, code: int, message: str, errors: JSON | None = None) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors

    def body(self) -> JSON:
        body: JSON = {"message": self.message, "code": self.code}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


class _FormErrors:
    """Collects field errors and raises 400 50035 "Invalid Form Body" with Discord's nesting."""

    def __init__(self) -> None:
        self.items: list[tuple[tuple[str | int, ...], str, str]] = []

    def add(self, path: tuple[str | int, ...], code: str, message: str) -> None:
        self.items.append((path, code, message))

    def max_len(self, path: tuple[str | int, ...], value: Any, limit: int) -> None:
        if isinstance(value, str | list) and len(value) > limit:
            self.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {limit} or fewer in length.")

    def length(self, path: tuple[str | int, ...], value: Any, low: int, high: int) -> None:
        if not isinstance(value, str | list) or not low <= len(value) <= high:
            self.add(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.")

    def raise_if_any(self) -> None:
        if not self.items:
            return
        root: JSON = {}
        for path, code, message in self.items:
            node = root
            for key in path:
                node = node.setdefault(str(key), {})
            node.setdefault("_errors", []).append({"code": code, "message": message})
        raise _ApiError(400, 50035, "Invalid Form Body", root)


@dataclass
class _User:
    id: int
    username: str
    global_name: str | None = None
    bot: bool = False
    allow_dms: bool = True
    locale: str = "en-US"
    discriminator: str = "0"

    def payload(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "username": self.username,
            "global_name": self.global_name,
            "discriminator": self.discriminator,
            "avatar": None,
            "public_flags": 0,
            "flags": 0,
            "banner": None,
            "accent_color": None,
            "avatar_decoration_data": None,
            "primary_guild": None,
            "collectibles": None,
        }
        if self.bot:
            data["bot"] = True
        return data


@dataclass
class _Role:
    id: int
    guild_id: int
    name: str
    permissions: int
    position: int
    managed: bool = False
    bot_id: int | None = None

    def payload(self) -> JSON:
        data: JSON = {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "colors": {"primary_color": 0, "secondary_color": None, "tertiary_color": None},
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": self.managed,
            "mentionable": False,
            "flags": 0,
        }
        if self.bot_id is not None:
            data["tags"] = {"bot_id": str(self.bot_id)}
        return data


@dataclass
class _Channel:
    id: int
    type: int  # 0 guild text, 1 DM
    name: str | None
    guild_id: int | None = None
    position: int = 0
    overwrites: list[JSON] = field(default_factory=list)
    recipient_id: int | None = None
    last_message_id: int | None = None
    # Threads (type 11 public, 12 private): their text channel, creator, metadata, members.
    parent_id: int | None = None
    owner_id: int | None = None
    thread_metadata: JSON | None = None
    thread_members: set[int] = field(default_factory=set)

    @property
    def is_thread(self) -> bool:
        return self.type in (11, 12)


@dataclass
class _Member:
    guild_id: int
    user_id: int
    roles: list[int]
    joined_at: str
    nick: str | None = None


@dataclass
class _Guild:
    id: int
    name: str
    preferred_locale: str
    owner_id: int
    bot_role_id: int
    roles: dict[int, _Role] = field(default_factory=dict)
    channel_ids: list[int] = field(default_factory=list)
    members: dict[int, _Member] = field(default_factory=dict)
    joined_at: str = ""


@dataclass
class _StoredMessage:
    payload: JSON
    channel_id: int
    guild_id: int | None
    author_id: int
    ephemeral_for: int | None = None
    interaction_id: int | None = None
    deleted: bool = False


@dataclass
class _Command:
    id: int
    guild_id: int | None
    data: JSON  # as registered, normalised, without ids
    version: int

    def payload(self, application_id: int) -> JSON:
        body = copy.deepcopy(self.data)
        body["id"] = str(self.id)
        body["application_id"] = str(application_id)
        body["version"] = str(self.version)
        if self.guild_id is not None:
            body["guild_id"] = str(self.guild_id)
        return body


@dataclass
class _RateLimitRule:
    pattern: str
    retry_after: float
    times: int
    global_: bool


@dataclass
class _Bucket:
    limit: int
    window: float
    remaining: int
    reset_at: float


class _Close(NamedTuple):
    code: int
    reason: str


_STOP = object()


class _Connection:
    """One gateway websocket; a single writer task keeps frames and compression in order."""

    def __init__(self, ws: web.WebSocketResponse, info: GatewayConnectionInfo) -> None:
        self.ws = ws
        self.info = info
        self.session: _Session | None = None
        self.closed = False
        self.closed_by_server = False
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self._zlib = zlib.compressobj() if info.compress == "zlib-stream" else None
        self._zstd: Callable[[bytes], bytes] | None = (
            _zstd_stream_compressor() if info.compress == "zstd-stream" else None
        )

    def send(self, frame: JSON) -> None:
        if not self.closed:
            self.queue.put_nowait(frame)

    def close(self, code: int, reason: str = "") -> None:
        if not self.closed:
            self.queue.put_nowait(_Close(code, reason))

    async def run_writer(self) -> None:
        while True:
            item = await self.queue.get()
            if item is _STOP:
                return
            try:
                if isinstance(item, _Close):
                    self.closed = True
                    self.closed_by_server = True
                    await self.ws.close(code=item.code, message=item.reason.encode())
                    return
                text = json.dumps(item, separators=(",", ":"), ensure_ascii=False)
                if self._zlib is not None:
                    raw = self._zlib.compress(text.encode()) + self._zlib.flush(zlib.Z_SYNC_FLUSH)
                    await self.ws.send_bytes(raw)
                elif self._zstd is not None:
                    await self.ws.send_bytes(self._zstd(text.encode()))
                else:
                    await self.ws.send_str(text)
                self.info.frames_sent += 1
            except (ConnectionError, RuntimeError):
                self.closed = True
                return


def _zstd_stream_compressor() -> Callable[[bytes], bytes] | None:
    """A per-connection zstd stream, flushed per message, as discord.py's zstd context expects.

    discord.py asks for zstd-stream only when `zstandard` (or Python 3.14's compression.zstd)
    is importable, and then this process can compress with the same module.
    """
    try:
        zstandard: Any = importlib.import_module("zstandard")
    except ImportError:
        try:
            zstd: Any = importlib.import_module("compression.zstd")
        except ImportError:
            return None
        compressor = zstd.ZstdCompressor()

        def stdlib_compress(data: bytes) -> bytes:
            return bytes(compressor.compress(data, mode=zstd.ZstdCompressor.FLUSH_BLOCK))

        return stdlib_compress
    cobj = zstandard.ZstdCompressor().compressobj()

    def compress(data: bytes) -> bytes:
        return bytes(cobj.compress(data) + cobj.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK))

    return compress


@dataclass(eq=False)
class _Session:
    id: str
    intents: int
    shard: tuple[int, int] | None
    large_threshold: int
    seq: int = 0
    buffer: deque[JSON] = field(default_factory=lambda: deque(maxlen=2000))
    conn: _Connection | None = None
    invalid: bool = False

    def dispatch(self, event: str, data: JSON) -> None:
        self.seq += 1
        frame = {"op": 0, "t": event, "s": self.seq, "d": data}
        self.buffer.append(frame)
        if self.conn is not None:
            self.conn.send(frame)

    def handles_guild(self, guild_id: int | None) -> bool:
        if self.shard is None:
            return True
        shard_id, count = self.shard
        if guild_id is None:
            return shard_id == 0
        return (guild_id >> 22) % count == shard_id


class _Snowflakes:
    """Real-looking, strictly increasing snowflakes (discord.py derives created_at from them)."""

    def __init__(self) -> None:
        self._last = 0

    def next(self) -> int:
        now = (int(time.time() * 1000) - DISCORD_EPOCH_MS) << 22
        self._last = max(now, self._last + 1)
        return self._last


def _iso(ts: float | None = None) -> str:
    moment = dt.datetime.fromtimestamp(ts if ts is not None else time.time(), dt.UTC)
    return moment.isoformat(timespec="microseconds")


def _walk_components(components: Iterable[JSON]) -> Iterator[JSON]:
    """Depth-first over action rows, sections (with accessory), containers and labels."""
    for comp in components:
        yield comp
        yield from _walk_components(comp.get("components") or [])
        for key in ("accessory", "component"):
            inner = comp.get(key)
            if isinstance(inner, dict):
                yield from _walk_components([inner])


def _assign_component_ids(components: list[JSON]) -> None:
    """Discord numbers components that have no id, in tree order."""
    used = {c["id"] for c in _walk_components(components) if isinstance(c.get("id"), int)}
    counter = itertools.count(1)
    for comp in _walk_components(components):
        if not isinstance(comp.get("id"), int):
            nxt = next(counter)
            while nxt in used:
                nxt = next(counter)
            comp["id"] = nxt
            used.add(nxt)


def _truthy_query(value: str | None) -> bool:
    return value is not None and value.lower() in ("1", "true")


# --------------------------------------------------------------------------------------------
# Validation of what bots send
# --------------------------------------------------------------------------------------------


def _validate_embeds(fe: _FormErrors, embeds: Any, prefix: tuple[str | int, ...]) -> None:
    if not isinstance(embeds, list):
        return
    fe.max_len((*prefix, "embeds"), embeds, 10)
    total = 0
    for i, embed in enumerate(embeds):
        if not isinstance(embed, dict):
            continue
        path = (*prefix, "embeds", i)
        for key, limit in (("title", 256), ("description", 4096)):
            value = embed.get(key)
            fe.max_len((*path, key), value, limit)
            total += len(value) if isinstance(value, str) else 0
        fields = embed.get("fields") or []
        fe.max_len((*path, "fields"), fields, 25)
        for j, fld in enumerate(fields):
            name, value = fld.get("name"), fld.get("value")
            fe.length((*path, "fields", j, "name"), name, 1, 256)
            fe.length((*path, "fields", j, "value"), value, 1, 1024)
            total += len(name or "") + len(value or "")
        footer = (embed.get("footer") or {}).get("text")
        fe.max_len((*path, "footer", "text"), footer, 2048)
        author = (embed.get("author") or {}).get("name")
        fe.max_len((*path, "author", "name"), author, 256)
        total += len(footer or "") + len(author or "")
    if total > 6000:
        fe.add(
            (*prefix, "embeds"),
            "MAX_EMBED_SIZE_EXCEEDED",
            "Embed size exceeds maximum size of 6000",
        )


def _validate_component(
    fe: _FormErrors, comp: JSON, path: tuple[str | int, ...], custom_ids: set[str]
) -> None:
    ctype = comp.get("type")
    custom_id = comp.get("custom_id")
    if ctype == 2:
        style = comp.get("style")
        fe.max_len((*path, "label"), comp.get("label"), 80)
        if style == 5:
            if not comp.get("url"):
                fe.add((*path, "url"), "BASE_TYPE_REQUIRED", "This field is required")
            return
        if style == 6:
            return
        if style not in (1, 2, 3, 4):
            fe.add((*path, "style"), "BUTTON_COMPONENT_INVALID_STYLE", "Invalid button style")
    elif ctype in (3, 5, 6, 7, 8):
        fe.max_len((*path, "placeholder"), comp.get("placeholder"), 150)
        if ctype == 3:
            options = comp.get("options")
            fe.length((*path, "options"), options, 1, 25)
            for j, opt in enumerate(options or []):
                fe.length((*path, "options", j, "label"), opt.get("label"), 1, 100)
                fe.length((*path, "options", j, "value"), opt.get("value"), 1, 100)
                fe.max_len((*path, "options", j, "description"), opt.get("description"), 100)
        low, high = comp.get("min_values", 1), comp.get("max_values", 1)
        if not 0 <= low <= 25:
            fe.add((*path, "min_values"), "NUMBER_TYPE_MAX", "int value should be <= 25.")
        if not 1 <= high <= 25:
            fe.add((*path, "max_values"), "NUMBER_TYPE_MAX", "int value should be <= 25.")
    elif ctype == 10:
        fe.length((*path, "content"), comp.get("content"), 1, 4000)
        return
    elif ctype in (9, 11, 12, 13, 14, 17):
        return
    else:
        fe.add(
            (*path, "type"), "UNION_TYPE_CHOICES", f'Value of field "type" must be one of {ctype}.'
        )
        return
    if custom_id is None:
        fe.add((*path, "custom_id"), "BASE_TYPE_REQUIRED", "This field is required")
    else:
        fe.length((*path, "custom_id"), custom_id, 1, 100)
        if custom_id in custom_ids:
            fe.add(
                (*path, "custom_id"),
                "COMPONENT_CUSTOM_ID_DUPLICATED",
                "Component custom id cannot be duplicated",
            )
        custom_ids.add(custom_id)


def _validate_components(
    fe: _FormErrors, components: Any, prefix: tuple[str | int, ...], v2: bool
) -> None:
    if not isinstance(components, list):
        return
    custom_ids: set[str] = set()
    if v2:
        count = sum(1 for _ in _walk_components(components))
        if count > 40:
            fe.add(
                (*prefix, "components"), "BASE_TYPE_MAX_LENGTH", "Must be 40 or fewer in length."
            )
        for i, comp in enumerate(_walk_components(components)):
            if comp.get("type") != 1:
                _validate_component(fe, comp, (*prefix, "components", i), custom_ids)
        return
    fe.max_len((*prefix, "components"), components, 5)
    for i, row in enumerate(components):
        path = (*prefix, "components", i)
        if row.get("type") != 1:
            fe.add(
                (*path, "type"),
                "UNION_TYPE_CHOICES",
                'Value of field "type" must be one of (1,) without the IS_COMPONENTS_V2 flag.',
            )
            continue
        children = row.get("components") or []
        fe.length((*path, "components"), children, 1, 5)
        selects = [c for c in children if c.get("type") in (3, 5, 6, 7, 8)]
        if selects and len(children) > 1:
            fe.add(
                (*path, "components"),
                "COMPONENT_LAYOUT_WIDTH_EXCEEDED",
                "The specified component exceeds the maximum width",
            )
        for j, comp in enumerate(children):
            _validate_component(fe, comp, (*path, "components", j), custom_ids)


def _validate_message_body(fe: _FormErrors, data: JSON, prefix: tuple[str | int, ...] = ()) -> None:
    content = data.get("content")
    if content is not None and not isinstance(content, str):
        fe.add((*prefix, "content"), "BASE_TYPE_STRING", "Must be a valid string.")
    fe.max_len((*prefix, "content"), content, 2000)
    flags = data.get("flags") or 0
    v2 = bool(flags & COMPONENTS_V2)
    if v2 and (content or data.get("embeds")):
        key = "content" if content else "embeds"
        fe.add(
            (*prefix, key),
            "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2",
            f"The '{key}' field cannot be used when using MessageFlags.IS_COMPONENTS_V2",
        )
    _validate_embeds(fe, data.get("embeds"), prefix)
    _validate_components(fe, data.get("components"), prefix, v2)


def _is_empty_message(data: JSON, attachments: list[JSON]) -> bool:
    return not (
        data.get("content")
        or data.get("embeds")
        or data.get("components")
        or attachments
        or data.get("sticker_ids")
        or data.get("poll")
    )


def _validate_modal(fe: _FormErrors, data: JSON) -> None:
    prefix: tuple[str | int, ...] = ("data",)
    fe.length((*prefix, "custom_id"), data.get("custom_id"), 1, 100)
    fe.length((*prefix, "title"), data.get("title"), 1, 45)
    components = data.get("components")
    fe.length((*prefix, "components"), components, 1, 5)
    for i, top in enumerate(components or []):
        path = (*prefix, "components", i)
        if top.get("type") == 1:
            inner = top.get("components") or []
            fe.length((*path, "components"), inner, 1, 1)
            for j, comp in enumerate(inner):
                _validate_modal_input(fe, comp, (*path, "components", j), labelled=False)
        elif top.get("type") == 18:
            fe.length((*path, "label"), top.get("label"), 1, 45)
            fe.max_len((*path, "description"), top.get("description"), 100)
            _validate_modal_input(fe, top.get("component") or {}, (*path, "component"), True)
        elif top.get("type") != 10:
            fe.add((*path, "type"), "UNION_TYPE_CHOICES", "Invalid modal component type")


def _validate_modal_input(
    fe: _FormErrors, comp: JSON, path: tuple[str | int, ...], labelled: bool
) -> None:
    fe.length((*path, "custom_id"), comp.get("custom_id"), 1, 100)
    if comp.get("type") == 4:
        if labelled:
            if comp.get("label") is not None:
                fe.add(
                    (*path, "label"), "BASE_TYPE_BAD_VALUE", "Text input in a label has no label"
                )
        else:
            fe.length((*path, "label"), comp.get("label"), 1, 45)
        if comp.get("style") not in (1, 2):
            fe.add((*path, "style"), "BASE_TYPE_CHOICES", "Value must be one of (1, 2).")
        low, high = comp.get("min_length"), comp.get("max_length")
        if low is not None and not 0 <= low <= 4000:
            fe.add((*path, "min_length"), "NUMBER_TYPE_MAX", "int value should be <= 4000.")
        if high is not None and not 1 <= high <= 4000:
            fe.add((*path, "max_length"), "NUMBER_TYPE_MAX", "int value should be <= 4000.")
        fe.max_len((*path, "value"), comp.get("value"), 4000)
        fe.max_len((*path, "placeholder"), comp.get("placeholder"), 100)
    elif comp.get("type") in (3, 5, 6, 7, 8):
        if not labelled:
            fe.add((*path, "type"), "UNION_TYPE_CHOICES", "Selects in modals must be in a label")
    else:
        fe.add((*path, "type"), "UNION_TYPE_CHOICES", "Invalid modal input type")


def _validate_localizations(fe: _FormErrors, value: Any, path: tuple[str | int, ...]) -> None:
    if value is None:
        return
    if not isinstance(value, dict):
        fe.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
        return
    for locale in value:
        if locale not in DISCORD_LOCALES:
            fe.add(
                (*path, locale),
                "ENUM_TYPE_COERCE",
                f'Value "{locale}" is not a valid enum value.',
            )


def _validate_command_name(
    fe: _FormErrors, name: Any, path: tuple[str | int, ...], chat_input: bool
) -> None:
    if not isinstance(name, str) or not name:
        fe.add(path, "BASE_TYPE_REQUIRED", "This field is required")
        return
    if chat_input and (not _NAME_RE.match(name) or name != name.lower()):
        fe.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid")
    elif not 1 <= len(name) <= 32:
        fe.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 32 in length.")


def _validate_options(fe: _FormErrors, options: Any, path: tuple[str | int, ...]) -> None:
    if options is None:
        return
    fe.max_len(path, options, 25)
    names: set[str] = set()
    seen_optional = False
    for i, opt in enumerate(options):
        opath = (*path, i)
        _validate_command_name(fe, opt.get("name"), (*opath, "name"), chat_input=True)
        if opt.get("name") in names:
            fe.add(
                (*opath, "name"),
                "APPLICATION_COMMAND_OPTION_NAME_NOT_UNIQUE",
                "Option names must be unique",
            )
        names.add(opt.get("name"))
        fe.length((*opath, "description"), opt.get("description"), 1, 100)
        _validate_localizations(fe, opt.get("name_localizations"), (*opath, "name_localizations"))
        _validate_localizations(
            fe, opt.get("description_localizations"), (*opath, "description_localizations")
        )
        for key in ("name_localizations",):
            for locale, value in (opt.get(key) or {}).items():
                _validate_command_name(fe, value, (*opath, key, locale), chat_input=True)
        if opt.get("type") in (1, 2):
            _validate_options(fe, opt.get("options"), (*opath, "options"))
            continue
        if opt.get("required"):
            if seen_optional:
                fe.add(
                    (*opath, "required"),
                    "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                    "Required options must be placed before non-required options",
                )
        else:
            seen_optional = True
        choices = opt.get("choices")
        if choices is not None:
            fe.max_len((*opath, "choices"), choices, 25)
            for j, choice in enumerate(choices):
                fe.length((*opath, "choices", j, "name"), choice.get("name"), 1, 100)


def _validate_command(fe: _FormErrors, cmd: Any, path: tuple[str | int, ...]) -> None:
    if not isinstance(cmd, dict):
        fe.add(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")
        return
    ctype = cmd.get("type", 1)
    chat_input = ctype == 1
    _validate_command_name(fe, cmd.get("name"), (*path, "name"), chat_input)
    if chat_input:
        fe.length((*path, "description"), cmd.get("description"), 1, 100)
    elif cmd.get("description"):
        fe.add(
            (*path, "description"),
            "BASE_TYPE_BAD_VALUE",
            "Context menu commands have no description",
        )
    _validate_localizations(fe, cmd.get("name_localizations"), (*path, "name_localizations"))
    _validate_localizations(
        fe, cmd.get("description_localizations"), (*path, "description_localizations")
    )
    for locale, value in (cmd.get("name_localizations") or {}).items():
        _validate_command_name(fe, value, (*path, "name_localizations", locale), chat_input)
    for locale, value in (cmd.get("description_localizations") or {}).items():
        fe.length((*path, "description_localizations", locale), value, 1, 100)
    _validate_options(fe, cmd.get("options"), (*path, "options"))


# --------------------------------------------------------------------------------------------
# The fake
# --------------------------------------------------------------------------------------------


@dataclass
class _Request:
    method: str
    path: str
    params: dict[str, str]
    query: Mapping[str, str]
    json: Any
    files: list[tuple[str, bytes, str]]  # (filename, data, content type)


_Reply = tuple[int, Any]
_Handler = Callable[[_Request], Awaitable[_Reply]]


@dataclass
class _Route:
    method: str
    template: str
    regex: re.Pattern[str]
    handler: _Handler
    auth: bool


class FakeDiscord:
    """Discord's REST API and gateway on 127.0.0.1, with test-side helpers.

    Why a server and not mocks: discord.py then runs unchanged (HTTP client, rate-limit
    handling, gateway state machine, view and modal stores), so tests exercise the same code
    paths as production.
    """

    def __init__(
        self,
        token: str = "fake-discord-token",
        application_id: int | None = None,
        bot_user_id: int | None = None,
        *,
        bot_username: str = "InfluencerBot",
        interaction_ack_timeout: float = 3.0,
        interaction_token_ttl: float = 900.0,
        clock: Callable[[], float] | None = None,
        allowed_privileged_intents: int = Intents.PRIVILEGED,
        bucket_limit: int = 50,
        bucket_window: float = 1.0,
        heartbeat_interval_ms: int = 41_250,
    ) -> None:
        self._ids = _Snowflakes()
        self.token = token
        self.application_id = application_id if application_id is not None else self._ids.next()
        # A modern application's bot user shares the application's id.
        self.bot_user_id = bot_user_id if bot_user_id is not None else self.application_id
        self.interaction_ack_timeout = interaction_ack_timeout
        self.interaction_token_ttl = interaction_token_ttl
        self.allowed_privileged_intents = allowed_privileged_intents
        self.bucket_limit = bucket_limit
        self.bucket_window = bucket_window
        self.heartbeat_interval_ms = heartbeat_interval_ms
        self._clock: Callable[[], float] = clock or time.monotonic

        self._users: dict[int, _User] = {}
        self._guilds: dict[int, _Guild] = {}
        self._channels: dict[int, _Channel] = {}
        self._dm_channels: dict[int, int] = {}
        self._messages: dict[int, _StoredMessage] = {}
        self._attachments: dict[int, bytes] = {}
        self._commands: dict[tuple[int | None, str, int], _Command] = {}
        self._interactions: dict[int, InteractionRecord] = {}
        self._by_token: dict[str, InteractionRecord] = {}
        self._sessions: dict[str, _Session] = {}
        self._connections: set[_Connection] = set()
        self._rate_rules: list[_RateLimitRule] = []
        self._buckets: dict[str, _Bucket] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._held = 0
        self._pending_notify = False

        self.requests: list[RecordedRequest] = []
        self.rate_limit_hits: list[RateLimitHit] = []
        self.gateway_connections: list[GatewayConnectionInfo] = []
        self.unhandled_requests: list[tuple[str, str]] = []
        self.resume_count = 0
        self.presence: JSON | None = None

        self._users[self.bot_user_id] = _User(
            self.bot_user_id, bot_username, None, bot=True, discriminator="4242"
        )
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._cond: asyncio.Condition | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._routes = self._build_routes()

    # ---------------------------------------------------------------- lifecycle and URLs

    async def start(self) -> None:
        """Listen on a random port of 127.0.0.1."""
        self._loop = asyncio.get_running_loop()
        self._cond = asyncio.Condition()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", "/gateway", self._handle_gateway)
        app.router.add_route("GET", "/gateway/resume", self._handle_gateway)
        app.router.add_route("GET", "/attachments/{channel}/{id}/{filename}", self._handle_file)
        app.router.add_route("*", "/api/{tail:.*}", self._handle_rest)
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = int(self._runner.addresses[0][1])

    async def stop(self) -> None:
        """Close every gateway connection and the HTTP server."""
        for conn in list(self._connections):
            conn.close(1001, "fake discord stopping")
        if self._connections:
            with contextlib.suppress(AssertionError):
                await self.wait_for(lambda: not self._connections, timeout=3.0, what="closing")
        for task in list(self._tasks):
            task.cancel()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def root_url(self) -> str:
        if self._port is None:
            raise RuntimeError("FakeDiscord is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def rest_base(self) -> str:
        """Value for discord.http.Route.BASE."""
        return f"{self.root_url}/api/v10"

    @property
    def gateway_url(self) -> str:
        """Value for DiscordWebSocket.DEFAULT_GATEWAY and what GET /gateway/bot returns."""
        return f"ws://127.0.0.1:{self._port}/gateway"

    @property
    def resume_gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self._port}/gateway/resume"

    # ---------------------------------------------------------------- model set-up

    def add_user(
        self,
        user_id: int,
        username: str,
        *,
        global_name: str | None = None,
        allow_dms: bool = True,
        locale: str = "en-US",
    ) -> JSON:
        """A Discord user (not necessarily in a guild); returns the user object."""
        user = self._users.get(user_id)
        if user is None:
            user = _User(user_id, username, global_name, allow_dms=allow_dms, locale=locale)
            self._users[user_id] = user
        else:
            user.username, user.global_name = username, global_name
            user.allow_dms, user.locale = allow_dms, locale
        return user.payload()

    def add_guild(
        self,
        name: str,
        preferred_locale: str = "en-US",
        *,
        owner_id: int | None = None,
        bot_permissions: int = Permissions.DEFAULT_BOT,
        bot_role_position: int = 10,
        everyone_permissions: int = Permissions.DEFAULT_EVERYONE,
    ) -> GuildInfo:
        """A guild the bot is in, with @everyone, the bot's managed role and an owner."""
        gid = self._ids.next()
        if owner_id is None:
            owner_id = self._ids.next()
            self.add_user(owner_id, f"owner-{name.lower().replace(' ', '-')}")
        elif owner_id not in self._users:
            self.add_user(owner_id, f"owner-{owner_id}")
        bot_role_id = self._ids.next()
        guild = _Guild(gid, name, preferred_locale, owner_id, bot_role_id, joined_at=_iso())
        guild.roles[gid] = _Role(gid, gid, "@everyone", everyone_permissions, 0)
        guild.roles[bot_role_id] = _Role(
            bot_role_id,
            gid,
            self._users[self.bot_user_id].username,
            bot_permissions,
            bot_role_position,
            managed=True,
            bot_id=self.bot_user_id,
        )
        guild.members[owner_id] = _Member(gid, owner_id, [], _iso())
        guild.members[self.bot_user_id] = _Member(gid, self.bot_user_id, [bot_role_id], _iso())
        self._guilds[gid] = guild
        for session in self._live_sessions(gid, Intents.GUILDS):
            session.dispatch("GUILD_CREATE", self._guild_create_payload(guild, session))
        self._changed()
        return self._guild_info(guild)

    def add_channel(
        self,
        guild_id: int,
        name: str,
        *,
        overwrites: Mapping[int, tuple[int, int]] | None = None,
    ) -> ChannelInfo:
        """A text channel; overwrites map a role or user id to (allow, deny) bits."""
        guild = self._guild(guild_id)
        cid = self._ids.next()
        channel = _Channel(cid, 0, name, guild_id, position=len(guild.channel_ids))
        for target, (allow, deny) in (overwrites or {}).items():
            kind = 0 if target in guild.roles else 1
            channel.overwrites.append(
                {"id": str(target), "type": kind, "allow": str(allow), "deny": str(deny)}
            )
        self._channels[cid] = channel
        guild.channel_ids.append(cid)
        for session in self._live_sessions(guild_id, Intents.GUILDS):
            session.dispatch("CHANNEL_CREATE", self._channel_payload(channel))
        self._changed()
        return {"id": cid, "guild_id": guild_id, "name": name, "type": 0}

    def add_role(
        self, guild_id: int, name: str, permissions: int = 0, position: int = 1
    ) -> RoleInfo:
        """A role; the bot can only grant roles positioned below its own role."""
        guild = self._guild(guild_id)
        rid = self._ids.next()
        role = _Role(rid, guild_id, name, permissions, position)
        guild.roles[rid] = role
        for session in self._live_sessions(guild_id, Intents.GUILDS):
            session.dispatch(
                "GUILD_ROLE_CREATE", {"guild_id": str(guild_id), "role": role.payload()}
            )
        self._changed()
        return self._role_info(role)

    def set_role_permissions(self, guild_id: int, role_id: int, permissions: int) -> None:
        """Change a role's permissions (e.g. take Manage Roles from the bot's role)."""
        role = self._role(self._guild(guild_id), role_id)
        role.permissions = permissions
        for session in self._live_sessions(guild_id, Intents.GUILDS):
            session.dispatch(
                "GUILD_ROLE_UPDATE", {"guild_id": str(guild_id), "role": role.payload()}
            )
        self._changed()

    def set_bot_permissions(self, guild_id: int, permissions: int) -> None:
        guild = self._guild(guild_id)
        self.set_role_permissions(guild_id, guild.bot_role_id, permissions)

    def add_member(
        self,
        guild_id: int,
        user_id: int,
        username: str,
        *,
        roles: Iterable[int] = (),
        admin: bool = False,
        locale: str = "en-US",
        allow_dms: bool = True,
        global_name: str | None = None,
        nick: str | None = None,
    ) -> MemberInfo:
        """A guild member; admin=True gives them an Administrator role above the bot's."""
        guild = self._guild(guild_id)
        self.add_user(
            user_id, username, global_name=global_name, allow_dms=allow_dms, locale=locale
        )
        role_ids = list(roles)
        for rid in role_ids:
            self._role(guild, rid)
        if admin:
            admin_role = next((r for r in guild.roles.values() if r.name == "Admin"), None)
            if admin_role is None:
                admin_role = _Role(
                    self._ids.next(), guild_id, "Admin", Permissions.ADMINISTRATOR, 50
                )
                guild.roles[admin_role.id] = admin_role
            role_ids.append(admin_role.id)
        member = _Member(guild_id, user_id, role_ids, _iso(), nick)
        guild.members[user_id] = member
        for session in self._live_sessions(guild_id, Intents.GUILD_MEMBERS):
            data = self._member_payload(member)
            data["guild_id"] = str(guild_id)
            session.dispatch("GUILD_MEMBER_ADD", data)
        self._changed()
        return self._member_info(member)

    # ---------------------------------------------------------------- inspection

    @property
    def calls(self) -> list[Call]:
        return [Call(r.method, r.path, r.json) for r in self.requests]

    @property
    def interactions(self) -> list[InteractionRecord]:
        return list(self._interactions.values())

    def messages(self, channel_id: int, *, include_ephemeral: bool = False) -> list[JSON]:
        """Messages of a channel, oldest first, as GET /channels/{id}/messages would show."""
        found = [
            sm
            for sm in self._messages.values()
            if sm.channel_id == channel_id
            and not sm.deleted
            and (include_ephemeral or sm.ephemeral_for is None)
        ]
        return [
            copy.deepcopy(sm.payload) for sm in sorted(found, key=lambda m: int(m.payload["id"]))
        ]

    def dm_messages(self, user_id: int) -> list[JSON]:
        """Messages in the DM between the bot and a user (ephemeral ones too: they see them)."""
        cid = self._dm_channels.get(user_id)
        return [] if cid is None else self.messages(cid, include_ephemeral=True)

    def message(self, message_id: int) -> JSON | None:
        sm = self._messages.get(message_id)
        return None if sm is None or sm.deleted else copy.deepcopy(sm.payload)

    def dm_channel_id(self, user_id: int) -> int | None:
        return self._dm_channels.get(user_id)

    def member_roles(self, guild_id: int, user_id: int) -> list[int]:
        return list(self._member(self._guild(guild_id), user_id).roles)

    def registered_commands(self, guild_id: int | None = None) -> list[JSON]:
        """Commands as Discord stores them (with ids and localisations), by registration order."""
        found = [c for c in self._commands.values() if c.guild_id == guild_id]
        return [c.payload(self.application_id) for c in sorted(found, key=lambda c: c.id)]

    def describe(self) -> str:
        """A summary of what happened, for assertion messages."""
        lines = ["requests (latest last):"]
        for r in self.requests[-20:]:
            lines.append(f"  {r.method} {r.path} -> {r.status}")
        lines.append("interactions:")
        for rec in list(self._interactions.values())[-10:]:
            errors = ", ".join(f"{e.status}/{e.code}" for e in rec.errors) or "-"
            lines.append(
                f"  {rec.id} type={rec.type} {rec.name!r} user={rec.user_id} "
                f"callback={rec.callback_type} followups={len(rec.followup_ids)} "
                f"edited={rec.original_edited} errors={errors}"
            )
        lines.append("gateway connections:")
        for info in self.gateway_connections[-5:]:
            lines.append(
                f"  {info.path} compress={info.compress} identified={info.identified} "
                f"resumed={info.resumed} close={info.close_code}"
            )
        if self.rate_limit_hits:
            lines.append(f"429s: {self.rate_limit_hits}")
        if self.unhandled_requests:
            lines.append(f"routes the fake does not know: {self.unhandled_requests}")
        return "\n".join(lines)

    # ---------------------------------------------------------------- waiting

    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        timeout: float = 5.0,
        what: str | None = None,
        *,
        recheck: float = 0.02,
    ) -> T:
        """Wait until predicate() is truthy; bounded by timeout, returns its value.

        Re-checked on every state change of the fake (condition notified) and, for
        predicates over the bot's own state which the fake cannot see change, every
        `recheck` seconds.
        """
        cond = self._condition()

        async def check() -> T:
            async with cond:
                while True:
                    value = predicate()
                    if value:
                        return value
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(cond.wait(), recheck)

        try:
            return await asyncio.wait_for(check(), timeout)
        except TimeoutError:
            label = what or getattr(predicate, "__name__", repr(predicate))
            raise AssertionError(
                f"timed out after {timeout}s waiting for {label}\n{self.describe()}"
            ) from None

    async def wait_response(
        self, interaction: InteractionRecord, timeout: float = 5.0
    ) -> InteractionRecord:
        """Wait until the bot answered (and, after a defer, followed up or edited the original)."""

        def done() -> bool:
            if interaction.complete:
                return True
            if interaction.errors and interaction.callback_type is None:
                errs = ", ".join(f"{e.status} {e.code} {e.message}" for e in interaction.errors)
                raise AssertionError(
                    f"interaction {interaction.name!r} was not acknowledged: {errs}\n"
                    f"{self.describe()}"
                )
            return False

        await self.wait_for(done, timeout, what=f"a response to {interaction.name!r}")
        return interaction

    # ---------------------------------------------------------------- rate limits, gateway control

    def rate_limit_next(
        self, route_substring: str, retry_after: float = 0.2, times: int = 1, global_: bool = False
    ) -> None:
        """Answer the next `times` requests whose "METHOD /path" contains the substring with 429."""
        self._rate_rules.append(_RateLimitRule(route_substring, retry_after, times, global_))

    def disconnect_gateway(self, code: int = 4000, reason: str = "fake disconnect") -> None:
        """Close every gateway connection (4000 makes discord.py RESUME)."""
        for conn in list(self._connections):
            conn.close(code, reason)

    def request_reconnect(self) -> None:
        """Send op 7 RECONNECT on every connection (discord.py closes and resumes)."""
        for conn in list(self._connections):
            conn.send({"op": 7, "d": None, "s": None, "t": None})

    def invalidate_sessions(self, resumable: bool = False) -> None:
        """Send op 9 INVALID_SESSION; with resumable=False the sessions are forgotten."""
        for session in list(self._sessions.values()):
            if not resumable:
                session.invalid = True
            if session.conn is not None:
                session.conn.send({"op": 9, "d": resumable, "s": None, "t": None})

    # ---------------------------------------------------------------- user actions

    async def send_slash_command(
        self,
        guild_id: int | None,
        user_id: int,
        name: str,
        options: Sequence[Mapping[str, Any]] | Mapping[str, Any] | None = None,
        *,
        locale: str | None = None,
        channel_id: int | None = None,
    ) -> InteractionRecord:
        """A user runs /name (e.g. "settings language set"); options by name and value.

        The command must have been registered (as on Discord, where an unsynced command
        cannot be typed), and the user must be allowed to see it.
        """
        data, channel = self._command_data(
            guild_id, user_id, name, options, focused=None, channel_id=channel_id
        )
        return self._dispatch_interaction(2, user_id, channel, data, locale, name)

    async def click_button(
        self, user_id: int, message_id: int, custom_id: str, *, locale: str | None = None
    ) -> InteractionRecord:
        """A user clicks a button of a stored message (component interaction, type 3)."""
        await self._settle()
        sm = self._visible_message(message_id, user_id)
        comp = self._find_component(sm, custom_id)
        if comp.get("type") != 2:
            raise ValueError(f"component {custom_id!r} is not a button (type {comp.get('type')})")
        if comp.get("style") in (5, 6):
            raise ValueError(f"button {custom_id!r} is a link/premium button: no interaction")
        if comp.get("disabled"):
            raise ValueError(f"button {custom_id!r} is disabled: users cannot click it")
        data: JSON = {"custom_id": custom_id, "component_type": 2, "id": comp.get("id")}
        return self._dispatch_component(user_id, sm, data, locale, custom_id)

    async def submit_modal(
        self,
        user_id: int,
        custom_id: str,
        fields: Mapping[str, str | Sequence[str]],
        *,
        message_id: int | None = None,
        locale: str | None = None,
    ) -> InteractionRecord:
        """A user submits the modal the bot opened for them (interaction type 5)."""
        await self._settle()
        opened = [
            r
            for r in self._interactions.values()
            if r.modal is not None
            and r.user_id == user_id
            and r.modal.get("custom_id") == custom_id
            and not r.modal_submitted
        ]
        if not opened:
            open_ids = [
                r.modal.get("custom_id")
                for r in self._interactions.values()
                if r.modal is not None and r.user_id == user_id and not r.modal_submitted
            ]
            raise LookupError(
                f"no open modal {custom_id!r} for user {user_id}; open ones: {open_ids}"
            )
        origin = opened[-1]
        assert origin.modal is not None
        components = self._modal_submission(origin.modal, fields)
        origin.modal_submitted = True
        channel = self._channels[origin.channel_id]
        message: JSON | None = None
        if message_id is not None:
            message = self._visible_message(message_id, user_id).payload
        elif origin.type == 3 and "message" in origin.payload:
            current = self._messages.get(int(origin.payload["message"]["id"]))
            message = current.payload if current is not None else origin.payload["message"]
        data: JSON = {"custom_id": custom_id, "components": components}
        return self._dispatch_interaction(
            5, user_id, channel, data, locale, custom_id, message=message
        )

    async def send_dm_message(self, user_id: int, content: str) -> JSON:
        """A user writes to the bot in DM (MESSAGE_CREATE, needs the DIRECT_MESSAGES intent)."""
        user = self._user(user_id)
        channel = self._dm_channel(user.id)
        sm = self._create_message(channel, user, {"content": content})
        return copy.deepcopy(sm.payload)

    async def send_channel_message(self, channel_id: int, user_id: int, content: str) -> JSON:
        """A member writes in a guild channel (content reaches the bot only with the
        MESSAGE_CONTENT intent or when it mentions the bot, as on Discord)."""
        channel = self._channel(channel_id)
        if channel.guild_id is None:
            raise ValueError("use send_dm_message for DM channels")
        guild = self._guild(channel.guild_id)
        self._member(guild, user_id)
        perms = self._channel_permissions(channel, user_id)
        if not perms & Permissions.VIEW_CHANNEL or not perms & Permissions.SEND_MESSAGES:
            raise PermissionError(f"user {user_id} cannot send messages in channel {channel_id}")
        sm = self._create_message(channel, self._user(user_id), {"content": content})
        return copy.deepcopy(sm.payload)

    # ================================================================ internals: helpers

    def _condition(self) -> asyncio.Condition:
        if self._cond is None:
            raise RuntimeError("FakeDiscord is not started")
        return self._cond

    def _changed(self) -> None:
        """Wake every waiter; usable from sync code."""
        if self._held:
            self._pending_notify = True
            return
        if self._cond is None or self._loop is None or self._loop.is_closed():
            return
        task = self._loop.create_task(self._notify())
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _notify(self) -> None:
        cond = self._condition()
        async with cond:
            cond.notify_all()

    async def _settle(self) -> None:
        """Yield to the loop so discord.py finishes handling HTTP answers it already received.

        discord.py stores a view or modal only after the callback's HTTP answer is parsed; a
        human is slower than that, but a test in the same loop is not. Yielding (not sleeping)
        lets those few callbacks run first.
        """
        for _ in range(20):
            await asyncio.sleep(0)

    def _user(self, user_id: int) -> _User:
        try:
            return self._users[user_id]
        except KeyError:
            raise LookupError(f"unknown user {user_id}; add it with add_member/add_user") from None

    def _guild(self, guild_id: int) -> _Guild:
        try:
            return self._guilds[guild_id]
        except KeyError:
            raise LookupError(f"unknown guild {guild_id}") from None

    def _channel(self, channel_id: int) -> _Channel:
        try:
            return self._channels[channel_id]
        except KeyError:
            raise LookupError(f"unknown channel {channel_id}") from None

    @staticmethod
    def _member(guild: _Guild, user_id: int) -> _Member:
        try:
            return guild.members[user_id]
        except KeyError:
            raise LookupError(f"user {user_id} is not a member of guild {guild.id}") from None

    @staticmethod
    def _role(guild: _Guild, role_id: int) -> _Role:
        try:
            return guild.roles[role_id]
        except KeyError:
            raise LookupError(f"unknown role {role_id} in guild {guild.id}") from None

    def _guild_info(self, guild: _Guild) -> GuildInfo:
        return {
            "id": guild.id,
            "name": guild.name,
            "preferred_locale": guild.preferred_locale,
            "owner_id": guild.owner_id,
            "everyone_role_id": guild.id,
            "bot_role_id": guild.bot_role_id,
        }

    @staticmethod
    def _role_info(role: _Role) -> RoleInfo:
        return {
            "id": role.id,
            "guild_id": role.guild_id,
            "name": role.name,
            "permissions": role.permissions,
            "position": role.position,
        }

    def _member_info(self, member: _Member) -> MemberInfo:
        guild = self._guilds[member.guild_id]
        return {
            "guild_id": member.guild_id,
            "user_id": member.user_id,
            "username": self._users[member.user_id].username,
            "roles": list(member.roles),
            "permissions": self._base_permissions(guild, member.user_id),
        }

    def _dm_channel(self, user_id: int) -> _Channel:
        cid = self._dm_channels.get(user_id)
        if cid is None:
            cid = self._ids.next()
            self._channels[cid] = _Channel(cid, 1, None, recipient_id=user_id)
            self._dm_channels[user_id] = cid
        return self._channels[cid]

    # ---------------------------------------------------------------- permissions

    def _base_permissions(self, guild: _Guild, user_id: int) -> int:
        if user_id == guild.owner_id:
            return Permissions.ALL
        member = guild.members.get(user_id)
        if member is None:
            return 0
        perms = guild.roles[guild.id].permissions
        for rid in member.roles:
            role = guild.roles.get(rid)
            if role is not None:
                perms |= role.permissions
        if perms & Permissions.ADMINISTRATOR:
            return Permissions.ALL
        return perms

    def _channel_permissions(self, channel: _Channel, user_id: int) -> int:
        if channel.is_thread and channel.parent_id is not None:
            perms = self._channel_permissions(self._channels[channel.parent_id], user_id)
            private = channel.type == 12
            if (
                private
                and user_id not in channel.thread_members
                and not perms & (Permissions.MANAGE_THREADS | Permissions.ADMINISTRATOR)
            ):
                return 0
            return perms
        if channel.guild_id is None:
            return (
                Permissions.VIEW_CHANNEL
                | Permissions.SEND_MESSAGES
                | Permissions.EMBED_LINKS
                | Permissions.ATTACH_FILES
                | Permissions.READ_MESSAGE_HISTORY
                | Permissions.ADD_REACTIONS
                | Permissions.USE_APPLICATION_COMMANDS
            )
        guild = self._guilds[channel.guild_id]
        perms = self._base_permissions(guild, user_id)
        if perms == Permissions.ALL:
            return perms
        member = guild.members.get(user_id)
        roles = set(member.roles) if member else set()
        overwrites = {int(o["id"]): o for o in channel.overwrites}
        everyone = overwrites.get(guild.id)
        if everyone is not None:
            perms = (perms & ~int(everyone["deny"])) | int(everyone["allow"])
        allow = deny = 0
        for oid, ow in overwrites.items():
            if ow["type"] == 0 and oid in roles:
                allow |= int(ow["allow"])
                deny |= int(ow["deny"])
        perms = (perms & ~deny) | allow
        own = overwrites.get(user_id)
        if own is not None and own["type"] == 1:
            perms = (perms & ~int(own["deny"])) | int(own["allow"])
        if not perms & Permissions.VIEW_CHANNEL:
            return 0
        return perms

    def _top_role_position(self, guild: _Guild, user_id: int) -> int:
        member = guild.members.get(user_id)
        if member is None:
            return 0
        return max((guild.roles[r].position for r in member.roles if r in guild.roles), default=0)

    # ---------------------------------------------------------------- payloads

    def _member_payload(self, member: _Member, *, with_user: bool = True) -> JSON:
        data: JSON = {
            "nick": member.nick,
            "avatar": None,
            "banner": None,
            "roles": [str(r) for r in member.roles],
            "joined_at": member.joined_at,
            "premium_since": None,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "pending": False,
            "communication_disabled_until": None,
            "unusual_dm_activity_until": None,
        }
        if with_user:
            data["user"] = self._users[member.user_id].payload()
        return data

    def _channel_payload(self, channel: _Channel, *, with_guild_id: bool = True) -> JSON:
        last = str(channel.last_message_id) if channel.last_message_id else None
        if channel.type == 1:
            assert channel.recipient_id is not None
            return {
                "id": str(channel.id),
                "type": 1,
                "last_message_id": last,
                "flags": 0,
                "recipients": [self._users[channel.recipient_id].payload()],
            }
        if channel.is_thread:
            return self._thread_payload(channel, with_guild_id=with_guild_id)
        data: JSON = {
            "id": str(channel.id),
            "type": channel.type,
            "name": channel.name,
            "position": channel.position,
            "permission_overwrites": copy.deepcopy(channel.overwrites),
            "parent_id": None,
            "nsfw": False,
            "topic": None,
            "last_message_id": last,
            "rate_limit_per_user": 0,
            "flags": 0,
        }
        if with_guild_id:
            data["guild_id"] = str(channel.guild_id)
        return data

    def _thread_payload(self, channel: _Channel, *, with_guild_id: bool = True) -> JSON:
        last = str(channel.last_message_id) if channel.last_message_id else None
        sent = sum(1 for m in self._messages.values() if m.channel_id == channel.id)
        data: JSON = {
            "id": str(channel.id),
            "type": channel.type,
            "name": channel.name,
            "parent_id": str(channel.parent_id),
            "owner_id": str(channel.owner_id),
            "last_message_id": last,
            "rate_limit_per_user": 0,
            "message_count": sent,
            "total_message_sent": sent,
            "member_count": min(len(channel.thread_members), 50),
            "thread_metadata": copy.deepcopy(channel.thread_metadata),
            "flags": 0,
        }
        if with_guild_id:
            data["guild_id"] = str(channel.guild_id)
        return data

    def threads(self, parent_id: int) -> list[JSON]:
        """Threads made in a text channel, oldest first (their payloads)."""
        return [
            self._thread_payload(c)
            for c in sorted(self._channels.values(), key=lambda c: c.id)
            if c.is_thread and c.parent_id == parent_id
        ]

    def add_thread_member(self, thread_id: int, user_id: int) -> None:
        """Someone is added to a thread (as a member of staff is, to see a private one)."""
        self._channel(thread_id).thread_members.add(user_id)
        self._changed()

    async def _r_create_thread(self, req: _Request) -> _Reply:
        """POST /channels/{id}/threads without a message: a thread in a text channel."""
        parent = self._bot_channel(req)
        data = req.json if isinstance(req.json, dict) else {}
        fe = _FormErrors()
        fe.length(("name",), data.get("name"), 1, 100)
        kind = int(data.get("type") or 12)
        if kind not in (11, 12):
            fe.add(("type",), "BASE_TYPE_CHOICES", "Value must be one of {11, 12}.")
        duration = int(data.get("auto_archive_duration") or 4320)
        if duration not in (60, 1440, 4320, 10080):
            fe.add(
                ("auto_archive_duration",),
                "BASE_TYPE_CHOICES",
                "Value must be one of {60, 1440, 4320, 10080}.",
            )
        fe.raise_if_any()
        if parent.type != 0 or parent.guild_id is None:
            raise _ApiError(400, 50024, "Cannot execute action on this channel type")
        perms = self._channel_permissions(parent, self.bot_user_id)
        needed = (
            Permissions.CREATE_PRIVATE_THREADS if kind == 12 else Permissions.CREATE_PUBLIC_THREADS
        )
        if not perms & needed:
            raise _ApiError(403, 50013, "Missing Permissions")
        cid = self._ids.next()
        now = _iso()
        thread = _Channel(
            cid,
            kind,
            str(data["name"]),
            parent.guild_id,
            parent_id=parent.id,
            owner_id=self.bot_user_id,
            thread_metadata={
                "archived": False,
                "auto_archive_duration": duration,
                "archive_timestamp": now,
                "locked": False,
                "invitable": bool(data.get("invitable", True)),
                "create_timestamp": now,
            },
            thread_members={self.bot_user_id},
        )
        self._channels[cid] = thread
        payload = self._thread_payload(thread)
        for session in self._live_sessions(parent.guild_id, Intents.GUILDS):
            session.dispatch("THREAD_CREATE", {**payload, "newly_created": True})
        self._changed()
        return 201, payload

    def _guild_payload(self, guild: _Guild) -> JSON:
        return {
            "id": str(guild.id),
            "name": guild.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "owner_id": str(guild.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "roles": [r.payload() for r in guild.roles.values()],
            "emojis": [],
            "features": [],
            "mfa_level": 0,
            "application_id": None,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "max_members": 500_000,
            "vanity_url_code": None,
            "description": None,
            "banner": None,
            "premium_tier": 0,
            "premium_subscription_count": 0,
            "preferred_locale": guild.preferred_locale,
            "public_updates_channel_id": None,
            "nsfw_level": 0,
            "stickers": [],
            "premium_progress_bar_enabled": False,
            "safety_alerts_channel_id": None,
        }

    def _guild_create_payload(self, guild: _Guild, session: _Session) -> JSON:
        data = self._guild_payload(guild)
        large = len(guild.members) > session.large_threshold
        # Like Discord without the presences intent: only the bot's own member is included;
        # clients that want the others chunk with op 8 (discord.py does with the members intent).
        everyone = session.intents & Intents.GUILD_PRESENCES and not large
        members = [
            self._member_payload(m)
            for m in guild.members.values()
            if everyone or m.user_id == self.bot_user_id
        ]
        data.update(
            {
                "joined_at": guild.joined_at,
                "large": large,
                "unavailable": False,
                "member_count": len(guild.members),
                "voice_states": [],
                "members": members,
                "channels": [
                    self._channel_payload(self._channels[c], with_guild_id=False)
                    for c in guild.channel_ids
                ],
                "threads": [],
                "presences": [],
                "stage_instances": [],
                "guild_scheduled_events": [],
                "soundboard_sounds": [],
                "lazy": True,
            }
        )
        return data

    # ---------------------------------------------------------------- gateway delivery

    def _live_sessions(self, guild_id: int | None, intent: int | None) -> list[_Session]:
        return [
            s
            for s in self._sessions.values()
            if not s.invalid
            and (intent is None or s.intents & intent)
            and s.handles_guild(guild_id)
        ]

    # ---------------------------------------------------------------- messages

    def _attachments_from_files(
        self, channel_id: int, data: JSON, files: list[tuple[str, bytes, str]]
    ) -> list[JSON]:
        meta = {int(a.get("id", i)): a for i, a in enumerate(data.get("attachments") or [])}
        out: list[JSON] = []
        for index, (filename, blob, ctype) in enumerate(files):
            aid = self._ids.next()
            self._attachments[aid] = blob
            name = meta.get(index, {}).get("filename") or filename
            url = f"{self.root_url}/attachments/{channel_id}/{aid}/{name}"
            item: JSON = {
                "id": str(aid),
                "filename": name,
                "size": len(blob),
                "url": url,
                "proxy_url": url,
                "content_type": ctype,
            }
            if meta.get(index, {}).get("description"):
                item["description"] = meta[index]["description"]
            out.append(item)
        return out

    def _mentions(self, content: str) -> list[JSON]:
        ids = dict.fromkeys(int(m) for m in _MENTION_RE.findall(content or ""))
        return [self._users[i].payload() for i in ids if i in self._users]

    def _create_message(
        self,
        channel: _Channel,
        author: _User,
        data: JSON,
        *,
        attachments: list[JSON] | None = None,
        mtype: int = 0,
        flags: int = 0,
        interaction: InteractionRecord | None = None,
        ephemeral_for: int | None = None,
        extra: JSON | None = None,
    ) -> _StoredMessage:
        mid = self._ids.next()
        components = copy.deepcopy(data.get("components") or [])
        _assign_component_ids(components)
        content = data.get("content") or ""
        payload: JSON = {
            "id": str(mid),
            "type": mtype,
            "content": content,
            "channel_id": str(channel.id),
            "author": author.payload(),
            "attachments": attachments or [],
            "embeds": copy.deepcopy(data.get("embeds") or []),
            "mentions": self._mentions(content),
            "mention_roles": [],
            "mention_everyone": False,
            "pinned": False,
            "tts": bool(data.get("tts")),
            "timestamp": _iso(),
            "edited_timestamp": None,
            "flags": flags,
            "components": components,
        }
        if data.get("nonce") is not None:
            payload["nonce"] = data["nonce"]
        if interaction is not None:
            payload["webhook_id"] = str(self.application_id)
            payload["application_id"] = str(self.application_id)
            payload["interaction_metadata"] = self._interaction_metadata(interaction)
            if interaction.type == 2:
                payload["interaction"] = {
                    "id": str(interaction.id),
                    "type": interaction.type,
                    "name": interaction.name,
                    "user": self._users[interaction.user_id].payload(),
                }
        if extra:
            payload.update(extra)
        sm = _StoredMessage(
            payload,
            channel.id,
            channel.guild_id,
            author.id,
            ephemeral_for=ephemeral_for,
            interaction_id=interaction.id if interaction else None,
        )
        self._messages[mid] = sm
        channel.last_message_id = mid
        if ephemeral_for is None:
            self._dispatch_message_event("MESSAGE_CREATE", sm)
        self._changed()
        return sm

    def _interaction_metadata(self, rec: InteractionRecord) -> JSON:
        owners = rec.payload.get("authorizing_integration_owners", {})
        meta: JSON = {
            "id": str(rec.id),
            "type": rec.type,
            "user": self._users[rec.user_id].payload(),
            "authorizing_integration_owners": owners,
        }
        if rec.type == 2:
            meta["name"] = rec.name
            meta["command_type"] = 1
        if rec.type == 3 and "message" in rec.payload:
            meta["interacted_message_id"] = rec.payload["message"]["id"]
        if rec.original_message_id is not None:
            meta["original_response_message_id"] = str(rec.original_message_id)
        return meta

    def _edit_message(self, sm: _StoredMessage, data: JSON, attachments: list[JSON] | None) -> None:
        payload = sm.payload
        if "content" in data:
            payload["content"] = data["content"] or ""
        if "embeds" in data:
            payload["embeds"] = copy.deepcopy(data["embeds"] or [])
        if "components" in data:
            components = copy.deepcopy(data["components"] or [])
            _assign_component_ids(components)
            payload["components"] = components
        if "attachments" in data:
            keep = {str(a.get("id")) for a in data["attachments"] or [] if "filename" not in a}
            kept = [a for a in payload["attachments"] if a["id"] in keep]
            payload["attachments"] = kept + (attachments or [])
        elif attachments:
            payload["attachments"] = payload["attachments"] + attachments
        if "flags" in data and data["flags"] is not None:
            keep_flags = payload["flags"] & (EPHEMERAL | COMPONENTS_V2)
            payload["flags"] = keep_flags | (int(data["flags"]) & (1 << 2))
        payload["mentions"] = self._mentions(payload.get("content", ""))
        if payload["flags"] & LOADING:
            payload["flags"] &= ~LOADING
        else:
            payload["edited_timestamp"] = _iso()
        if sm.ephemeral_for is None:
            self._dispatch_message_event("MESSAGE_UPDATE", sm)
        self._changed()

    def _dispatch_message_event(self, event: str, sm: _StoredMessage) -> None:
        intent = Intents.GUILD_MESSAGES if sm.guild_id else Intents.DIRECT_MESSAGES
        for session in self._live_sessions(sm.guild_id, intent):
            data = copy.deepcopy(sm.payload)
            if sm.guild_id is not None:
                data["guild_id"] = str(sm.guild_id)
                member = self._guilds[sm.guild_id].members.get(sm.author_id)
                if member is not None:
                    data["member"] = self._member_payload(member, with_user=False)
                mentioned = any(int(u["id"]) == self.bot_user_id for u in data["mentions"])
                if not (
                    session.intents & Intents.MESSAGE_CONTENT
                    or sm.author_id == self.bot_user_id
                    or mentioned
                ):
                    # What a bot without the MESSAGE_CONTENT intent gets from Discord.
                    data.update(content="", embeds=[], attachments=[], components=[])
            session.dispatch(event, data)

    def _visible_message(self, message_id: int, user_id: int) -> _StoredMessage:
        sm = self._messages.get(message_id)
        if sm is None or sm.deleted:
            raise LookupError(f"no message {message_id}")
        if sm.ephemeral_for is not None and sm.ephemeral_for != user_id:
            raise LookupError(f"message {message_id} is ephemeral for another user")
        return sm

    @staticmethod
    def _find_component(sm: _StoredMessage, custom_id: str) -> JSON:
        for comp in _walk_components(sm.payload.get("components") or []):
            if comp.get("custom_id") == custom_id:
                return comp
        present = [
            c.get("custom_id")
            for c in _walk_components(sm.payload.get("components") or [])
            if c.get("custom_id")
        ]
        raise LookupError(
            f"message {sm.payload['id']} has no component {custom_id!r}; it has {present}"
        )

    # ---------------------------------------------------------------- interactions (user side)

    def _find_command(self, guild_id: int | None, name: str) -> _Command:
        if guild_id is not None:
            cmd = self._commands.get((guild_id, name, 1))
            if cmd is not None:
                return cmd
        cmd = self._commands.get((None, name, 1))
        if cmd is None:
            known = sorted({c.data["name"] for c in self._commands.values()})
            raise LookupError(
                f"/{name} is not registered (Discord only offers synced commands); known: {known}"
            )
        return cmd

    def _command_data(
        self,
        guild_id: int | None,
        user_id: int,
        name: str,
        options: Sequence[Mapping[str, Any]] | Mapping[str, Any] | None,
        focused: str | None,
        channel_id: int | None = None,
    ) -> tuple[JSON, _Channel]:
        parts = name.split()
        if not parts:
            raise ValueError("empty command name")
        cmd = self._find_command(guild_id, parts[0])
        user = self._user(user_id)
        if guild_id is None:
            contexts = cmd.data.get("contexts")
            if (contexts is not None and 1 not in contexts) or cmd.data.get(
                "dm_permission"
            ) is False:
                raise PermissionError(f"/{parts[0]} is not available in DMs")
            channel = self._dm_channel(user.id)
        else:
            guild = self._guild(guild_id)
            self._member(guild, user_id)
            contexts = cmd.data.get("contexts")
            if contexts is not None and 0 not in contexts:
                raise PermissionError(f"/{parts[0]} is not available in guilds")
            required = cmd.data.get("default_member_permissions")
            perms = self._base_permissions(guild, user_id)
            if required is not None and perms != Permissions.ALL:
                needed = int(required)
                if needed == 0 or perms & needed != needed:
                    raise PermissionError(
                        f"/{parts[0]} is hidden from user {user_id} "
                        f"(default_member_permissions={required})"
                    )
            if channel_id is None:
                channel = self._default_channel(guild, user_id)
            else:
                channel = self._channel(channel_id)
                if channel.guild_id != guild_id:
                    raise LookupError(f"channel {channel_id} is not in guild {guild_id}")
                if not self._channel_permissions(channel, user_id) & Permissions.VIEW_CHANNEL:
                    raise PermissionError(f"user {user_id} cannot see channel {channel_id}")
        given: dict[str, Any]
        if options is None:
            given = {}
        elif isinstance(options, Mapping):
            given = dict(options)
        else:
            given = {o["name"]: o["value"] for o in options}
        resolved: JSON = {}
        built = self._build_options(
            cmd.data.get("options") or [], parts[1:], given, guild_id, channel, resolved, focused
        )
        data: JSON = {"id": str(cmd.id), "name": cmd.data["name"], "type": 1}
        if built:
            data["options"] = built
        if cmd.guild_id is not None:
            data["guild_id"] = str(cmd.guild_id)
        if resolved:
            data["resolved"] = resolved
        return data, channel

    def _default_channel(self, guild: _Guild, user_id: int) -> _Channel:
        for cid in guild.channel_ids:
            channel = self._channels[cid]
            if self._channel_permissions(channel, user_id) & Permissions.VIEW_CHANNEL:
                return channel
        raise LookupError(f"guild {guild.id} has no channel user {user_id} can see; add_channel")

    def _build_options(
        self,
        schema: list[JSON],
        path: list[str],
        given: dict[str, Any],
        guild_id: int | None,
        channel: _Channel,
        resolved: JSON,
        focused: str | None,
    ) -> list[JSON]:
        if path:
            sub = next((o for o in schema if o["name"] == path[0] and o["type"] in (1, 2)), None)
            if sub is None:
                raise LookupError(f"no subcommand {path[0]!r}; has {[o['name'] for o in schema]}")
            inner = self._build_options(
                sub.get("options") or [], path[1:], given, guild_id, channel, resolved, focused
            )
            return [{"type": sub["type"], "name": sub["name"], "options": inner}]
        if any(o["type"] in (1, 2) for o in schema):
            raise ValueError("this command is a group: name the subcommand, e.g. 'group sub'")
        by_name = {o["name"]: o for o in schema}
        unknown = set(given) - set(by_name)
        if unknown:
            raise ValueError(f"unknown options {sorted(unknown)}; the command has {list(by_name)}")
        built: list[JSON] = []
        for opt in schema:
            name = opt["name"]
            if name not in given:
                if opt.get("required") and focused is None:
                    raise ValueError(f"option {name!r} is required")
                continue
            if name == focused:
                built.append(
                    {"name": name, "type": opt["type"], "value": str(given[name]), "focused": True}
                )
                continue
            value = self._option_value(opt, given[name], guild_id, channel, resolved)
            built.append({"name": name, "type": opt["type"], "value": value})
        return built

    def _option_value(
        self, opt: JSON, value: Any, guild_id: int | None, channel: _Channel, resolved: JSON
    ) -> Any:
        otype, name = opt["type"], opt["name"]
        if otype == 3:
            if not isinstance(value, str):
                raise TypeError(f"option {name!r} takes a string")
            low, high = opt.get("min_length", 0), opt.get("max_length", 6000)
            if not low <= len(value) <= high:
                raise ValueError(f"option {name!r} takes {low}..{high} characters")
        elif otype in (4, 10):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise TypeError(f"option {name!r} takes a number")
            if otype == 4 and not isinstance(value, int):
                raise TypeError(f"option {name!r} takes an integer")
            if opt.get("min_value") is not None and value < opt["min_value"]:
                raise ValueError(f"option {name!r} is at least {opt['min_value']}")
            if opt.get("max_value") is not None and value > opt["max_value"]:
                raise ValueError(f"option {name!r} is at most {opt['max_value']}")
        elif otype == 5:
            if not isinstance(value, bool):
                raise TypeError(f"option {name!r} takes a boolean")
        elif otype in (6, 7, 8, 9):
            kind = {6: 5, 7: 8, 8: 6, 9: 7}[otype]
            for key, entries in self._resolve_entities(
                guild_id, channel.id, kind, [str(value)]
            ).items():
                resolved.setdefault(key, {}).update(entries)
            return str(value)
        else:
            raise NotImplementedError(f"option type {otype} is not supported by the fake")
        choices = opt.get("choices")
        if choices and value not in [c["value"] for c in choices]:
            raise ValueError(f"option {name!r} must be one of {[c['value'] for c in choices]}")
        return value

    def _resolve_entities(
        self, guild_id: int | None, channel_id: int, kind: int, values: list[str]
    ) -> JSON:
        """resolved{} for user (5), role (6), mentionable (7) and channel (8) selections."""
        out: JSON = {}
        guild = self._guilds.get(guild_id) if guild_id is not None else None
        for raw in values:
            oid = int(raw)
            if kind in (5, 7) and oid in self._users:
                out.setdefault("users", {})[raw] = self._users[oid].payload()
                if guild is not None and oid in guild.members:
                    member = self._member_payload(guild.members[oid], with_user=False)
                    perms = self._channel_permissions(self._channels[channel_id], oid)
                    member["permissions"] = str(perms)
                    out.setdefault("members", {})[raw] = member
            elif kind in (6, 7) and guild is not None and oid in guild.roles:
                out.setdefault("roles", {})[raw] = guild.roles[oid].payload()
            elif kind == 8 and oid in self._channels:
                target = self._channels[oid]
                data = self._channel_payload(target)
                data["permissions"] = str(self._channel_permissions(target, self.bot_user_id))
                out.setdefault("channels", {})[raw] = data
            else:
                raise LookupError(f"nothing with id {oid} to select for entity kind {kind}")
        return out

    def _dispatch_component(
        self,
        user_id: int,
        sm: _StoredMessage,
        data: JSON,
        locale: str | None,
        name: str,
    ) -> InteractionRecord:
        channel = self._channels[sm.channel_id]
        if channel.guild_id is not None:
            self._member(self._guilds[channel.guild_id], user_id)
        return self._dispatch_interaction(
            3, user_id, channel, data, locale, name, message=sm.payload
        )

    def _modal_submission(
        self, modal: JSON, fields: Mapping[str, str | Sequence[str]]
    ) -> list[JSON]:
        """Mirror the modal's layout (action rows or labels) with the user's values."""
        known: list[str] = []

        def answer(comp: JSON) -> JSON:
            cid = comp.get("custom_id", "")
            known.append(cid)
            if comp.get("type") == 4:
                raw = fields.get(cid, "")
                if not isinstance(raw, str):
                    raise TypeError(f"text input {cid!r} takes a string")
                if comp.get("required", True) and not raw:
                    raise ValueError(f"text input {cid!r} is required")
                low, high = comp.get("min_length", 0), comp.get("max_length", 4000)
                if raw and not low <= len(raw) <= high:
                    raise ValueError(f"text input {cid!r} takes {low}..{high} characters")
                return {"type": 4, "id": comp.get("id"), "custom_id": cid, "value": raw}
            raw_values = fields.get(cid, [])
            values = [raw_values] if isinstance(raw_values, str) else list(raw_values)
            return {"type": comp["type"], "id": comp.get("id"), "custom_id": cid, "values": values}

        out: list[JSON] = []
        for top in modal.get("components") or []:
            if top.get("type") == 1:
                inner = [answer(c) for c in top.get("components") or []]
                out.append({"type": 1, "id": top.get("id"), "components": inner})
            elif top.get("type") == 18:
                out.append({"type": 18, "id": top.get("id"), "component": answer(top["component"])})
            else:
                out.append({"type": top.get("type"), "id": top.get("id")})
        unknown = set(fields) - set(known)
        if unknown:
            raise ValueError(f"modal has no inputs {sorted(unknown)}; it has {known}")
        return out

    def _dispatch_interaction(
        self,
        itype: int,
        user_id: int,
        channel: _Channel,
        data: JSON,
        locale: str | None,
        name: str,
        *,
        message: JSON | None = None,
    ) -> InteractionRecord:
        user = self._user(user_id)
        sessions = self._live_sessions(channel.guild_id, None)
        if not any(s.conn is not None for s in sessions):
            raise RuntimeError(
                f"no bot connected to the gateway to receive {name!r}\n{self.describe()}"
            )
        iid = self._ids.next()
        token = "aW50ZXJhY3Rpb246" + secrets.token_urlsafe(48)
        user_locale = locale or user.locale
        payload: JSON = {
            "id": str(iid),
            "application_id": str(self.application_id),
            "type": itype,
            "data": data,
            "token": token,
            "version": 1,
            "locale": user_locale,
            "channel_id": str(channel.id),
            "channel": self._channel_payload(channel),
            "app_permissions": str(self._channel_permissions(channel, self.bot_user_id)),
            "entitlements": [],
            "entitlement_sku_ids": [],
            "attachment_size_limit": 10 * 1024 * 1024,
        }
        if channel.guild_id is not None:
            guild = self._guilds[channel.guild_id]
            member = self._member_payload(guild.members[user_id])
            member["permissions"] = str(self._channel_permissions(channel, user_id))
            payload.update(
                guild_id=str(guild.id),
                guild_locale=guild.preferred_locale,
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                member=member,
                context=0,
                authorizing_integration_owners={"0": str(guild.id)},
            )
            payload["channel"]["permissions"] = member["permissions"]
        else:
            payload.update(
                user=user.payload(), context=1, authorizing_integration_owners={"0": "0"}
            )
        if message is not None:
            payload["message"] = copy.deepcopy(message)
        rec = InteractionRecord(
            id=iid,
            token=token,
            type=itype,
            user_id=user_id,
            guild_id=channel.guild_id,
            channel_id=channel.id,
            locale=user_locale,
            name=name,
            payload=payload,
            dispatched_at=self._clock(),
            _lookup=self.message,
        )
        self._interactions[iid] = rec
        self._by_token[token] = rec
        for session in sessions:
            session.dispatch("INTERACTION_CREATE", copy.deepcopy(payload))
        self._changed()
        return rec

    # ================================================================ REST

    def _build_routes(self) -> list[_Route]:
        table: list[tuple[str, str, _Handler, bool]] = [
            ("GET", "/users/@me", self._r_me, True),
            ("POST", "/users/@me/channels", self._r_create_dm, True),
            ("GET", "/users/{user_id}", self._r_user, True),
            ("GET", "/oauth2/applications/@me", self._r_application, True),
            ("GET", "/applications/@me", self._r_application, True),
            ("PUT", "/applications/{application_id}/commands", self._r_put_commands, True),
            (
                "PUT",
                "/applications/{application_id}/guilds/{guild_id}/commands",
                self._r_put_commands,
                True,
            ),
            (
                "POST",
                "/interactions/{interaction_id}/{interaction_token}/callback",
                self._r_callback,
                False,
            ),
            ("POST", "/webhooks/{webhook_id}/{webhook_token}", self._r_followup, False),
            ("GET", "/channels/{channel_id}", self._r_get_channel, True),
            ("POST", "/channels/{channel_id}/messages", self._r_send_message, True),
            ("POST", "/channels/{channel_id}/threads", self._r_create_thread, True),
            ("PATCH", "/channels/{channel_id}/messages/{message_id}", self._r_edit_message, True),
            (
                "PUT",
                "/guilds/{guild_id}/members/{user_id}/roles/{role_id}",
                self._r_add_role,
                True,
            ),
        ]
        routes = []
        for method, template, handler, auth in table:
            # Templates hold only [a-z0-9/@_{}]: no regex metacharacters besides the braces.
            pattern = re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", template)
            routes.append(_Route(method, template, re.compile(f"^{pattern}$"), handler, auth))
        return routes

    async def _handle_rest(self, request: web.Request) -> web.StreamResponse:
        match = re.match(r"^/api/v(\d+)(/.*)$", request.path)
        path = match.group(2) if match else request.path
        body, files = await self._read_body(request)
        record = RecordedRequest(
            request.method,
            path,
            dict(request.query),
            body,
            files=[f[0] for f in files],
            at=self._clock(),
        )
        self.requests.append(record)
        self._held += 1
        try:
            return await self._answer_rest(request, record, path, match, body, files)
        finally:
            self._held -= 1
            if not self._held:
                self._pending_notify = False
                self._changed()

    async def _answer_rest(
        self,
        request: web.Request,
        record: RecordedRequest,
        path: str,
        match: re.Match[str] | None,
        body: Any,
        files: list[tuple[str, bytes, str]],
    ) -> web.StreamResponse:
        """Route, check auth and rate limits, run the handler and send the answer."""
        headers: dict[str, str] = {}
        status, answer = 500, None
        route: _Route | None = None
        params: dict[str, str] = {}
        try:
            if match is None or match.group(1) not in ("9", "10"):
                raise _ApiError(404, 0, "404: Not Found")
            for candidate in self._routes:
                found = candidate.regex.match(path)
                if found and candidate.method == request.method:
                    route, params = candidate, found.groupdict()
                    break
            if route is None:
                self.unhandled_requests.append((request.method, path))
                raise _ApiError(404, 0, "404: Not Found")
            if route.auth and request.headers.get("Authorization") != f"Bot {self.token}":
                raise _ApiError(401, 0, "401: Unauthorized")
            limited = self._injected_rate_limit(request.method, path)
            if limited is None:
                limited = self._bucket_take(route, params, headers)
            if limited is not None:
                status, answer = 429, limited[0]
                headers.update(limited[1])
            else:
                req = _Request(request.method, path, params, request.query, body, files)
                status, answer = await route.handler(req)
        except _ApiError as exc:
            status, answer = exc.status, exc.body()
            self._note_error(path, request.method, exc, params)
        record.status = status
        if status == 204 or answer is None:
            response = web.Response(status=204 if status < 300 else status, headers=headers)
        else:
            headers["Content-Type"] = JSON_CONTENT_TYPE
            response = web.Response(
                status=status, body=json.dumps(answer).encode(), headers=headers
            )
        # Sent before waiters wake (notifications are held until then): a test reacting to
        # this state change must find the answer already on its way to the bot.
        await response.prepare(request)
        await response.write_eof()
        return response

    def _note_error(self, path: str, method: str, exc: _ApiError, params: dict[str, str]) -> None:
        token = params.get("interaction_token") or params.get("webhook_token")
        rec = self._by_token.get(token) if token else None
        if rec is not None:
            rec.errors.append(ApiErrorRecord(exc.status, exc.code, exc.message, method, path))

    async def _read_body(self, request: web.Request) -> tuple[Any, list[tuple[str, bytes, str]]]:
        files: list[tuple[str, bytes, str]] = []
        if request.content_type.startswith("multipart/"):
            body: Any = None
            reader = await request.multipart()
            while True:
                part = await reader.next()
                if part is None:
                    break
                if not isinstance(part, BodyPartReader):
                    continue
                if part.name == "payload_json":
                    body = json.loads(await part.text())
                else:
                    blob = await part.read(decode=False)
                    ctype = part.headers.get("Content-Type", "application/octet-stream")
                    files.append((part.filename or "file", bytes(blob), ctype))
            return body, files
        raw = await request.read()
        if not raw:
            return None, files
        try:
            return json.loads(raw), files
        except ValueError:
            return raw.decode(errors="replace"), files

    # ---------------------------------------------------------------- rate limits

    def _injected_rate_limit(self, method: str, path: str) -> tuple[JSON, dict[str, str]] | None:
        key = f"{method} {path}"
        for rule in self._rate_rules:
            if rule.times > 0 and rule.pattern in key:
                rule.times -= 1
                if rule.times == 0:
                    self._rate_rules.remove(rule)
                self.rate_limit_hits.append(
                    RateLimitHit(method, path, rule.retry_after, rule.global_, injected=True)
                )
                return self._too_many(rule.retry_after, rule.global_, f"injected:{rule.pattern}")
        return None

    def _too_many(
        self, retry_after: float, global_: bool, bucket: str
    ) -> tuple[JSON, dict[str, str]]:
        body: JSON = {
            "message": "You are being rate limited.",
            "retry_after": retry_after,
            "global": global_,
        }
        headers = {
            "Retry-After": str(max(1, math.ceil(retry_after))),
            "X-RateLimit-Scope": "global" if global_ else "user",
            # discord.py treats a 429 without Via as a Cloudflare ban and does not retry.
            "Via": "1.1 google",
        }
        if global_:
            headers["X-RateLimit-Global"] = "true"
        else:
            headers.update(
                {
                    "X-RateLimit-Limit": str(self.bucket_limit),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                    "X-RateLimit-Bucket": hashlib.sha1(bucket.encode()).hexdigest()[:32],
                }
            )
        return body, headers

    def _bucket_take(
        self, route: _Route, params: dict[str, str], headers: dict[str, str]
    ) -> tuple[JSON, dict[str, str]] | None:
        """Per-route buckets with honest X-RateLimit-* headers, so discord.py paces itself."""
        bucket_hash = hashlib.sha1(f"{route.method} {route.template}".encode()).hexdigest()[:32]
        major = (
            params.get("channel_id") or params.get("guild_id") or params.get("webhook_token") or ""
        )
        key = f"{bucket_hash}:{major}"
        now = time.monotonic()
        bucket = self._buckets.get(key)
        if bucket is None or now >= bucket.reset_at:
            bucket = _Bucket(
                self.bucket_limit, self.bucket_window, self.bucket_limit, now + self.bucket_window
            )
            self._buckets[key] = bucket
        reset_after = max(0.0, bucket.reset_at - now)
        if bucket.remaining <= 0:
            self.rate_limit_hits.append(
                RateLimitHit(route.method, route.template, reset_after, False, injected=False)
            )
            return self._too_many(reset_after, False, key)
        bucket.remaining -= 1
        headers.update(
            {
                "X-RateLimit-Limit": str(bucket.limit),
                "X-RateLimit-Remaining": str(bucket.remaining),
                "X-RateLimit-Reset": f"{time.time() + reset_after:.3f}",
                "X-RateLimit-Reset-After": f"{reset_after:.3f}",
                "X-RateLimit-Bucket": bucket_hash,
            }
        )
        return None

    # ---------------------------------------------------------------- routes: identity

    async def _r_me(self, req: _Request) -> _Reply:
        data = self._users[self.bot_user_id].payload()
        data.update(verified=True, mfa_enabled=False, email=None, locale="en-US", bot=True)
        return 200, data

    async def _r_user(self, req: _Request) -> _Reply:
        user = self._users.get(int(req.params["user_id"]))
        if user is None:
            raise _ApiError(404, 10013, "Unknown User")
        return 200, user.payload()

    async def _r_application(self, req: _Request) -> _Reply:
        flags = 1 << 23  # APPLICATION_COMMAND_BADGE
        if self.allowed_privileged_intents & Intents.GUILD_PRESENCES:
            flags |= 1 << 13
        if self.allowed_privileged_intents & Intents.GUILD_MEMBERS:
            flags |= 1 << 15
        if self.allowed_privileged_intents & Intents.MESSAGE_CONTENT:
            flags |= 1 << 19
        bot = self._users[self.bot_user_id]
        owner = _User(self.application_id + 1, "app-owner")
        return 200, {
            "id": str(self.application_id),
            "name": bot.username,
            "icon": None,
            "description": "",
            "summary": "",
            "type": None,
            "hook": True,
            "bot_public": False,
            "bot_require_code_grant": False,
            "verify_key": "0" * 64,
            "flags": flags,
            "owner": owner.payload(),
            "team": None,
            "bot": bot.payload(),
            "interactions_endpoint_url": None,
            "redirect_uris": [],
            "tags": [],
            "approximate_guild_count": len(self._guilds),
            "integration_types_config": {"0": {}},
        }

    # ---------------------------------------------------------------- routes: commands

    def _check_application(self, req: _Request) -> int | None:
        if int(req.params["application_id"]) != self.application_id:
            raise _ApiError(403, 50001, "Missing Access")
        guild_id = req.params.get("guild_id")
        if guild_id is None:
            return None
        if int(guild_id) not in self._guilds:
            raise _ApiError(403, 50001, "Missing Access")
        return int(guild_id)

    def _normalise_command(self, cmd: JSON) -> JSON:
        data = copy.deepcopy(cmd)
        data.setdefault("type", 1)
        data.setdefault("description", "")
        data.setdefault("name_localizations", None)
        data.setdefault("description_localizations", None)
        data.setdefault("default_member_permissions", None)
        data.setdefault("nsfw", False)
        data.setdefault("contexts", None)
        data.setdefault("integration_types", [0])
        for key in ("id", "application_id", "version", "guild_id"):
            data.pop(key, None)
        return data

    def _upsert_command(self, guild_id: int | None, cmd: JSON) -> _Command:
        data = self._normalise_command(cmd)
        key = (guild_id, data["name"], data["type"])
        existing = self._commands.get(key)
        if existing is None:
            existing = _Command(self._ids.next(), guild_id, data, self._ids.next())
            self._commands[key] = existing
        elif existing.data != data:
            existing.data = data
            existing.version = self._ids.next()
        return existing

    async def _r_put_commands(self, req: _Request) -> _Reply:
        guild_id = self._check_application(req)
        commands = req.json if isinstance(req.json, list) else []
        fe = _FormErrors()
        if not isinstance(req.json, list):
            fe.add((), "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
        seen: set[tuple[str, int]] = set()
        for i, cmd in enumerate(commands):
            _validate_command(fe, cmd, (i,))
            if isinstance(cmd, dict):
                key = (cmd.get("name", ""), cmd.get("type", 1))
                if key in seen:
                    fe.add(
                        (i, "name"),
                        "APPLICATION_COMMANDS_DUPLICATE_NAME",
                        "Application command names must be unique",
                    )
                seen.add(key)
        if sum(1 for c in commands if isinstance(c, dict) and c.get("type", 1) == 1) > 100:
            fe.add((), "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.")
        fe.raise_if_any()
        kept = [self._upsert_command(guild_id, c) for c in commands]
        kept_ids = {c.id for c in kept}
        for stored_key, cmd in list(self._commands.items()):
            if cmd.guild_id == guild_id and cmd.id not in kept_ids:
                del self._commands[stored_key]
        return 200, [c.payload(self.application_id) for c in kept]

    # ---------------------------------------------------------------- routes: interactions

    _ALLOWED_CALLBACKS: ClassVar[dict[int, set[int]]] = {
        1: {1},
        2: {4, 5, 9},
        3: {4, 5, 6, 7, 9},
        5: {4, 5, 6, 7},
    }

    async def _r_callback(self, req: _Request) -> _Reply:
        rec = self._interactions.get(int(req.params["interaction_id"]))
        if rec is None or rec.token != req.params["interaction_token"]:
            raise _ApiError(404, 10062, "Unknown interaction")
        if rec.callback_type is not None:
            raise _ApiError(400, 40060, "Interaction has already been acknowledged.")
        if self._clock() - rec.dispatched_at > self.interaction_ack_timeout:
            raise _ApiError(404, 10062, "Unknown interaction")
        body = req.json if isinstance(req.json, dict) else {}
        ctype = body.get("type")
        data = body.get("data") or {}
        allowed = set(self._ALLOWED_CALLBACKS.get(rec.type, set()))
        if rec.type == 5 and "message" not in rec.payload:
            allowed -= {6, 7}
        if ctype not in allowed:
            fe = _FormErrors()
            fe.add(
                ("type",), "INTERACTION_RESPONSE_TYPE_INVALID", "Invalid interaction response type"
            )
            fe.raise_if_any()
        channel = self._channels[rec.channel_id]
        bot = self._users[self.bot_user_id]
        message: _StoredMessage | None = None
        if ctype in (4, 7):
            fe = _FormErrors()
            _validate_message_body(fe, data, ("data",))
            fe.raise_if_any()
        if ctype == 4:
            attachments = self._attachments_from_files(channel.id, data, req.files)
            if _is_empty_message(data, attachments):
                raise _ApiError(400, 50006, "Cannot send an empty message")
            flags = int(data.get("flags") or 0) & _SETTABLE_MESSAGE_FLAGS
            message = self._create_message(
                channel,
                bot,
                data,
                attachments=attachments,
                mtype=20 if rec.type == 2 else 0,
                flags=flags,
                interaction=rec,
                ephemeral_for=rec.user_id if flags & EPHEMERAL else None,
            )
            rec.original_message_id = int(message.payload["id"])
        elif ctype == 5:
            flags = LOADING | (int(data.get("flags") or 0) & EPHEMERAL)
            message = self._create_message(
                channel,
                bot,
                {},
                mtype=20 if rec.type == 2 else 0,
                flags=flags,
                interaction=rec,
                ephemeral_for=rec.user_id if flags & EPHEMERAL else None,
            )
            rec.original_message_id = int(message.payload["id"])
        elif ctype in (6, 7):
            target = self._messages.get(int(rec.payload["message"]["id"]))
            if target is None or target.deleted:
                raise _ApiError(404, 10008, "Unknown Message")
            rec.original_message_id = int(target.payload["id"])
            if ctype == 7:
                attachments = self._attachments_from_files(channel.id, data, req.files)
                self._edit_message(target, data, attachments)
                rec.edits.append(copy.deepcopy(data))
                message = target
        elif ctype == 9:
            fe = _FormErrors()
            _validate_modal(fe, data)
            fe.raise_if_any()
            modal = copy.deepcopy(data)
            _assign_component_ids(modal["components"])
            rec.modal = modal
        rec.callback_type = ctype
        rec.callback_data = copy.deepcopy(data)
        rec.acknowledged_at = self._clock()
        if not _truthy_query(req.query.get("with_response")):
            return 204, None
        interaction: JSON = {"id": str(rec.id), "type": rec.type}
        answer: JSON = {"interaction": interaction}
        if message is not None:
            interaction.update(
                response_message_id=message.payload["id"],
                response_message_loading=ctype == 5,
                response_message_ephemeral=bool(message.payload["flags"] & EPHEMERAL),
            )
            answer["resource"] = {"type": ctype, "message": copy.deepcopy(message.payload)}
        elif ctype in (6, 8, 9):
            answer["resource"] = {"type": ctype}
        return 200, answer

    def _webhook_interaction(self, req: _Request) -> InteractionRecord:
        rec = self._by_token.get(req.params["webhook_token"])
        if rec is None or int(req.params["webhook_id"]) != self.application_id:
            raise _ApiError(404, 10015, "Unknown Webhook")
        if self._clock() - rec.dispatched_at > self.interaction_token_ttl:
            raise _ApiError(401, 50027, "Invalid Webhook Token")
        if rec.callback_type is None:
            raise _ApiError(404, 10015, "Unknown Webhook")
        return rec

    async def _r_followup(self, req: _Request) -> _Reply:
        rec = self._webhook_interaction(req)
        data = req.json if isinstance(req.json, dict) else {}
        fe = _FormErrors()
        _validate_message_body(fe, data)
        fe.raise_if_any()
        channel = self._channels[rec.channel_id]
        attachments = self._attachments_from_files(channel.id, data, req.files)
        if _is_empty_message(data, attachments):
            raise _ApiError(400, 50006, "Cannot send an empty message")
        original = self._messages.get(rec.original_message_id) if rec.original_message_id else None
        if (
            rec.callback_type == 5
            and original is not None
            and not original.deleted
            and original.payload["flags"] & LOADING
        ):
            # Discord: the first follow-up after a deferred reply replaces the "thinking"
            # message (same id; its ephemerality is the defer's, not the follow-up's).
            self._edit_message(original, data, attachments)
            rec.original_edited = True
            sm = original
        else:
            flags = int(data.get("flags") or 0) & _SETTABLE_MESSAGE_FLAGS
            sm = self._create_message(
                channel,
                self._users[self.bot_user_id],
                data,
                attachments=attachments,
                flags=flags,
                interaction=rec,
                ephemeral_for=rec.user_id if flags & EPHEMERAL else None,
            )
        rec.followup_ids.append(int(sm.payload["id"]))
        self._changed()
        if not _truthy_query(req.query.get("wait")):
            return 204, None
        return 200, copy.deepcopy(sm.payload)

    # ---------------------------------------------------------------- routes: channels

    def _bot_channel(self, req: _Request) -> _Channel:
        channel = self._channels.get(int(req.params["channel_id"]))
        if channel is None:
            raise _ApiError(404, 10003, "Unknown Channel")
        if channel.guild_id is not None:
            perms = self._channel_permissions(channel, self.bot_user_id)
            if not perms & Permissions.VIEW_CHANNEL:
                raise _ApiError(403, 50001, "Missing Access")
        return channel

    async def _r_create_dm(self, req: _Request) -> _Reply:
        body = req.json if isinstance(req.json, dict) else {}
        try:
            user = self._users[int(body.get("recipient_id", 0))]
        except (KeyError, ValueError):
            raise _ApiError(400, 50033, "Invalid Recipient(s)") from None
        return 200, self._channel_payload(self._dm_channel(user.id))

    async def _r_get_channel(self, req: _Request) -> _Reply:
        return 200, self._channel_payload(self._bot_channel(req))

    async def _r_send_message(self, req: _Request) -> _Reply:
        channel = self._bot_channel(req)
        data = req.json if isinstance(req.json, dict) else {}
        if channel.type == 1:
            assert channel.recipient_id is not None
            recipient = self._users[channel.recipient_id]
            shares_guild = any(recipient.id in g.members for g in self._guilds.values())
            if not recipient.allow_dms or not shares_guild:
                raise _ApiError(403, 50007, "Cannot send messages to this user")
        else:
            perms = self._channel_permissions(channel, self.bot_user_id)
            needed = (
                Permissions.SEND_MESSAGES_IN_THREADS
                if channel.is_thread
                else Permissions.SEND_MESSAGES
            )
            if not perms & needed:
                raise _ApiError(403, 50013, "Missing Permissions")
            if channel.thread_metadata and channel.thread_metadata.get("locked"):
                raise _ApiError(403, 50083, "Thread is archived")
        fe = _FormErrors()
        _validate_message_body(fe, data)
        fe.raise_if_any()
        attachments = self._attachments_from_files(channel.id, data, req.files)
        if _is_empty_message(data, attachments):
            raise _ApiError(400, 50006, "Cannot send an empty message")
        extra: JSON = {}
        mtype = 0
        reference = data.get("message_reference")
        if isinstance(reference, dict) and reference.get("message_id"):
            target = self._messages.get(int(reference["message_id"]))
            if target is None or target.deleted:
                if reference.get("fail_if_not_exists", True):
                    fe.add(("message_reference",), "REPLIES_UNKNOWN_MESSAGE", "Unknown message")
                    fe.raise_if_any()
            else:
                mtype = 19
                extra["message_reference"] = {
                    "type": 0,
                    "message_id": target.payload["id"],
                    "channel_id": str(target.channel_id),
                }
                extra["referenced_message"] = copy.deepcopy(target.payload)
        nonce = data.get("nonce")
        if nonce is not None and data.get("enforce_nonce"):
            # Discord returns the earlier message for a repeated nonce (a retried send).
            for earlier in self._messages.values():
                if (
                    earlier.channel_id == channel.id
                    and earlier.author_id == self.bot_user_id
                    and earlier.payload.get("nonce") == nonce
                    and not earlier.deleted
                ):
                    return 200, copy.deepcopy(earlier.payload)
        flags = int(data.get("flags") or 0) & ((1 << 2) | (1 << 12) | COMPONENTS_V2)
        sm = self._create_message(
            channel,
            self._users[self.bot_user_id],
            data,
            attachments=attachments,
            mtype=mtype,
            flags=flags,
            extra=extra,
        )
        return 200, copy.deepcopy(sm.payload)

    def _channel_message(self, req: _Request) -> tuple[_Channel, _StoredMessage]:
        channel = self._bot_channel(req)
        sm = self._messages.get(int(req.params["message_id"]))
        if sm is None or sm.deleted or sm.channel_id != channel.id or sm.ephemeral_for is not None:
            raise _ApiError(404, 10008, "Unknown Message")
        return channel, sm

    async def _r_edit_message(self, req: _Request) -> _Reply:
        channel, sm = self._channel_message(req)
        if sm.author_id != self.bot_user_id:
            raise _ApiError(403, 50005, "Cannot edit a message authored by another user")
        data = req.json if isinstance(req.json, dict) else {}
        fe = _FormErrors()
        _validate_message_body(fe, data)
        fe.raise_if_any()
        self._edit_message(sm, data, self._attachments_from_files(channel.id, data, req.files))
        return 200, copy.deepcopy(sm.payload)

    # ---------------------------------------------------------------- routes: guilds

    def _req_guild(self, req: _Request) -> _Guild:
        guild = self._guilds.get(int(req.params["guild_id"]))
        if guild is None:
            raise _ApiError(404, 10004, "Unknown Guild")
        return guild

    def _req_member(self, guild: _Guild, req: _Request) -> _Member:
        member = guild.members.get(int(req.params["user_id"]))
        if member is None:
            raise _ApiError(404, 10007, "Unknown Member")
        return member

    def _role_change(self, req: _Request) -> tuple[_Guild, _Member, _Role]:
        guild = self._req_guild(req)
        member = self._req_member(guild, req)
        role = guild.roles.get(int(req.params["role_id"]))
        if role is None:
            raise _ApiError(404, 10011, "Unknown Role")
        perms = self._base_permissions(guild, self.bot_user_id)
        if not perms & Permissions.MANAGE_ROLES:
            raise _ApiError(403, 50013, "Missing Permissions")
        if self.bot_user_id != guild.owner_id and (
            role.position >= self._top_role_position(guild, self.bot_user_id)
            or role.managed
            or role.id == guild.id
        ):
            raise _ApiError(403, 50013, "Missing Permissions")
        return guild, member, role

    def _member_updated(self, guild: _Guild, member: _Member) -> None:
        for session in self._live_sessions(guild.id, Intents.GUILD_MEMBERS):
            data = self._member_payload(member)
            data["guild_id"] = str(guild.id)
            session.dispatch("GUILD_MEMBER_UPDATE", data)
        self._changed()

    async def _r_add_role(self, req: _Request) -> _Reply:
        guild, member, role = self._role_change(req)
        if role.id not in member.roles:
            member.roles.append(role.id)
            self._member_updated(guild, member)
        return 204, None

    # ---------------------------------------------------------------- attachments

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        blob = self._attachments.get(int(request.match_info["id"]))
        if blob is None:
            return web.Response(status=404)
        return web.Response(body=blob, content_type="application/octet-stream")

    # ================================================================ gateway

    async def _handle_gateway(self, request: web.Request) -> web.StreamResponse:
        query = request.query
        ws = web.WebSocketResponse(max_msg_size=0, timeout=2.0)
        await ws.prepare(request)
        info = GatewayConnectionInfo(
            path=request.path,
            version=query.get("v"),
            encoding=query.get("encoding", "json"),
            compress=query.get("compress"),
        )
        self.gateway_connections.append(info)
        conn = _Connection(ws, info)
        self._connections.add(conn)
        writer = asyncio.create_task(conn.run_writer())
        if info.encoding != "json":
            conn.close(4002, "Decode error")  # the fake only speaks JSON (as discord.py does)
        elif info.version not in ("9", "10"):
            conn.close(4012, "Invalid API version")
        elif info.compress not in (None, "zlib-stream", "zstd-stream") or (
            info.compress == "zstd-stream" and conn._zstd is None
        ):
            conn.close(4000, f"Unsupported compression {info.compress}")
        else:
            conn.send(
                {
                    "op": 10,
                    "d": {
                        "heartbeat_interval": self.heartbeat_interval_ms,
                        "_trace": ["fake-gateway"],
                    },
                    "s": None,
                    "t": None,
                }
            )
        self._changed()
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    conn.close(4002, "Decode error")
                    continue
                try:
                    frame = json.loads(msg.data)
                except ValueError:
                    conn.close(4002, "Decode error")
                    continue
                self._on_gateway_frame(conn, frame)
        finally:
            conn.closed = True
            info.close_code = ws.close_code
            session = conn.session
            if session is not None and session.conn is conn:
                session.conn = None
                if not conn.closed_by_server and ws.close_code in (1000, 1001):
                    # A client closing with 1000/1001 ends its session: no RESUME after that.
                    session.invalid = True
            conn.queue.put_nowait(_STOP)
            with contextlib.suppress(TimeoutError, asyncio.CancelledError):
                await asyncio.wait_for(writer, 2.0)
            self._connections.discard(conn)
            self._changed()
        return ws

    def _on_gateway_frame(self, conn: _Connection, frame: Any) -> None:
        if not isinstance(frame, dict):
            conn.close(4002, "Decode error")
            return
        op, data = frame.get("op"), frame.get("d")
        if op == 1:
            conn.info.heartbeats += 1
            conn.send({"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:
            self._identify(conn, data if isinstance(data, dict) else {})
        elif op == 6:
            self._resume(conn, data if isinstance(data, dict) else {})
        elif op in (3, 4, 8):
            if conn.session is None:
                conn.close(4003, "Not authenticated.")
            elif op == 3:
                self.presence = data
            elif op == 8:
                self._request_members(conn.session, data if isinstance(data, dict) else {})
        else:
            conn.close(4001, "Unknown opcode.")
        self._changed()

    def _identify(self, conn: _Connection, data: JSON) -> None:
        if conn.session is not None:
            conn.close(4005, "Already authenticated.")
            return
        if data.get("token") != self.token:
            conn.close(4004, "Authentication failed.")
            return
        intents = data.get("intents")
        if not isinstance(intents, int) or intents < 0:
            conn.close(4013, "Invalid intent(s).")
            return
        if intents & Intents.PRIVILEGED & ~self.allowed_privileged_intents:
            conn.close(4014, "Disallowed intent(s).")
            return
        shard_raw = data.get("shard")
        shard: tuple[int, int] | None = None
        if shard_raw is not None:
            shard = (int(shard_raw[0]), int(shard_raw[1]))
            if not 0 <= shard[0] < shard[1]:
                conn.close(4010, "Invalid shard.")
                return
        session = _Session(
            secrets.token_hex(16), intents, shard, int(data.get("large_threshold", 50))
        )
        self._sessions[session.id] = session
        session.conn = conn
        conn.session = session
        conn.info.identified = True
        conn.info.session_id = session.id
        conn.info.intents = intents
        conn.info.shard = shard
        user = self._users[self.bot_user_id].payload()
        user.update(verified=True, mfa_enabled=False, email=None, bot=True, flags=0)
        guilds = [g for g in self._guilds.values() if session.handles_guild(g.id)]
        app_flags = 0
        if self.allowed_privileged_intents & Intents.GUILD_MEMBERS:
            app_flags |= 1 << 15
        ready: JSON = {
            "v": 10,
            "user": user,
            "guilds": [{"id": str(g.id), "unavailable": True} for g in guilds],
            "session_id": session.id,
            "session_type": "normal",
            "resume_gateway_url": self.resume_gateway_url,
            "application": {"id": str(self.application_id), "flags": app_flags},
            "private_channels": [],
            "relationships": [],
            "presences": [],
            "user_settings": {},
            "guild_join_requests": [],
            "geo_ordered_rtc_regions": ["fake"],
            "auth": {},
            "_trace": ['["fake-gateway",{"micros":1}]'],
        }
        if shard is not None:
            ready["shard"] = list(shard)
        session.dispatch("READY", ready)
        if intents & Intents.GUILDS:
            for guild in guilds:
                session.dispatch("GUILD_CREATE", self._guild_create_payload(guild, session))

    def _resume(self, conn: _Connection, data: JSON) -> None:
        if conn.session is not None:
            conn.close(4005, "Already authenticated.")
            return
        if data.get("token") != self.token:
            conn.close(4004, "Authentication failed.")
            return
        session = self._sessions.get(str(data.get("session_id")))
        seq = int(data.get("seq") or 0)
        if session is None or session.invalid or seq > session.seq:
            conn.send({"op": 9, "d": False, "s": None, "t": None})
            return
        replay = [f for f in session.buffer if f["s"] > seq]
        if seq < session.seq and (not replay or replay[0]["s"] != seq + 1):
            # The missed events fell out of the buffer: Discord cannot resume either.
            conn.send({"op": 9, "d": False, "s": None, "t": None})
            return
        if session.conn is not None and session.conn is not conn:
            session.conn.close(4000, "Session resumed elsewhere")
        session.conn = conn
        conn.session = session
        conn.info.resumed = True
        conn.info.session_id = session.id
        conn.info.intents = session.intents
        conn.info.shard = session.shard
        self.resume_count += 1
        for frame in replay:
            conn.send(frame)
        session.dispatch("RESUMED", {"_trace": ['["fake-gateway",{"micros":1}]']})

    def _request_members(self, session: _Session, data: JSON) -> None:
        raw_ids = data.get("guild_id")
        guild_ids = raw_ids if isinstance(raw_ids, list) else [raw_ids]
        query = data.get("query")
        user_ids = data.get("user_ids")
        if query is None and user_ids is None:
            if session.conn is not None:
                session.conn.close(4002, "Decode error")  # one of query/user_ids is required
            return
        if user_ids is None and not query and not session.intents & Intents.GUILD_MEMBERS:
            if session.conn is not None:
                session.conn.close(4014, "Disallowed intent(s).")
            return
        limit = int(data.get("limit") or 0)
        for raw in guild_ids:
            guild = self._guilds.get(int(str(raw)))
            if guild is None:
                continue
            wanted_ids = (
                [int(u) for u in (user_ids if isinstance(user_ids, list) else [user_ids])]
                if user_ids is not None
                else None
            )
            members = []
            for member in guild.members.values():
                user = self._users[member.user_id]
                if wanted_ids is not None and member.user_id not in wanted_ids:
                    continue
                if query and not user.username.lower().startswith(str(query).lower()):
                    continue
                members.append(member)
            if limit:
                members = members[:limit]
            chunk: JSON = {
                "guild_id": str(guild.id),
                "members": [self._member_payload(m) for m in members],
                "chunk_index": 0,
                "chunk_count": 1,
            }
            if wanted_ids is not None:
                present = {m.user_id for m in members}
                chunk["not_found"] = [str(u) for u in wanted_ids if u not in present]
            if data.get("presences"):
                chunk["presences"] = []
            if data.get("nonce") is not None:
                chunk["nonce"] = data["nonce"]
            session.dispatch("GUILD_MEMBERS_CHUNK", chunk)

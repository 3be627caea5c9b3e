"""Typed input: each question declares what answer it accepts, and bad input names its fault.

A spec is stored in the session with the open question (``to_dict``/``spec_from_dict``) so a
restarted process validates the answer exactly as the process that asked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any, ClassVar
from urllib.parse import urlsplit

from babel import Locale
from babel.numbers import (
    NumberFormatError,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from bot.core.message_args import Label, MessageArg, MessageArgs


class InputError(Exception):
    """The answer was not accepted; ``message_id`` + ``args`` explain why to the user."""

    def __init__(self, message_id: str, **args: MessageArg) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.args_: MessageArgs = args


@dataclass(frozen=True)
class InputSpec:
    """Base of every input kind; subclasses register themselves by ``kind``."""

    kind: ClassVar[str] = ""
    registry: ClassVar[dict[str, type[InputSpec]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            InputSpec.registry[cls.kind] = cls

    def parse(self, text: str, locale: str) -> Any:
        """Return the typed value or raise ``InputError``."""
        raise NotImplementedError

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, **asdict(self)}


def spec_from_dict(data: dict[str, Any]) -> InputSpec:
    """Rebuild a spec saved in a session."""
    fields = dict(data)
    kind = fields.pop("kind")
    cls = InputSpec.registry[kind]
    if "domains" in fields:
        fields["domains"] = tuple(fields["domains"])
    return cls(**fields)


# Bidirectional overrides and isolates can make a name display as something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def clean_text(text: str) -> str:
    """Normalise to NFC, drop control characters, collapse runs of whitespace.

    Format characters such as the zero-width joiner stay: emoji sequences depend on them.
    """
    text = unicodedata.normalize("NFC", text)
    text = "".join(
        ch
        for ch in text
        if ch in "\n\t"
        or (unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn") and ch not in _BIDI_CONTROLS)
    )
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Text(InputSpec):
    """Free text with a length in characters."""

    kind: ClassVar[str] = "text"
    min: int = 1
    max: int = 200

    def parse(self, text: str, locale: str) -> str:
        value = clean_text(text)
        if not value:
            raise InputError("input-text-empty")
        if len(value) < self.min:
            raise InputError("input-text-too-short", min=self.min)
        if len(value) > self.max:
            raise InputError("input-text-too-long", max=self.max)
        return value


# A number, then perhaps a shorthand unit: "12 500", "12,5k", "1,2 млн", "15 tys.".
_SHORTHAND = re.compile(r"^([0-9](?:[0-9.,' ]*[0-9])?) ?(k|к|m|м|тыс\.?|млн\.?|tys\.?|mln\.?)?$")
# How numbers are written elsewhere, for one copied from another place: 1,234.5 / 1.234,5 /
# 1 234,5 / 1'234.5.
_CONVENTIONS = ("en", "de", "ru", "de_CH")
_SPACES = frozenset(" \u00a0\u202f")
MAX_NUMBER_LENGTH = 32


@dataclass(frozen=True)
class Integer(InputSpec):
    """A whole number within bounds; accepts ``12 500``, ``12,500``, ``12.5k`` and ``1,2 млн``."""

    kind: ClassVar[str] = "integer"
    min: int = 0
    max: int = 1_000_000_000

    def parse(self, text: str, locale: str) -> int:
        value = _parse_human_int(text, locale)
        if value is None:
            raise InputError("input-number-invalid")
        if value < self.min:
            raise InputError("input-number-too-small", min=self.min)
        if value > self.max:
            raise InputError("input-number-too-large", max=self.max)
        return value


def _parse_human_int(text: str, locale: str) -> int | None:
    """The number as written in the user's locale (Babel, strict about grouping); failing that,
    the one whole number it can be in the other usual ways of writing numbers: ``12.500`` is
    12500 in English too, but ``1.500k`` in Russian could be 1500 or 1500000, so it is refused.
    ASCII digits only ("²" is a digit to Python, not to a person typing a number)."""
    raw = re.sub(r"\s+", " ", text.strip())  # no-break spaces too
    if len(raw) > MAX_NUMBER_LENGTH or any(ch.isdigit() and not ch.isascii() for ch in raw):
        return None
    match = _SHORTHAND.match(raw.lower())
    if match is None:
        return None
    number, unit = match.groups()
    multiplier = 1 if unit is None else 1_000_000 if unit[0] in "mм" else 1_000
    own = _read(number, locale, multiplier)
    if own is not None:
        return own
    found = {_read(number, convention, multiplier) for convention in _CONVENTIONS} - {None}
    return found.pop() if len(found) == 1 else None


def _read(number: str, locale: str, multiplier: int) -> int | None:
    """``number`` written as ``locale`` writes numbers, times ``multiplier``, if that is a whole
    number. Without a unit, no decimals: "1.000" is a thousand in German, not one in English."""
    group, decimal = _symbols(locale)
    if group in _SPACES:
        number = number.replace(" ", group)
    if any(not ch.isdigit() and ch not in (group, decimal) for ch in number):
        return None  # Babel would read "1.5" in Russian as 1.5: the point is not theirs
    try:
        value = parse_decimal(number, locale, strict=True)
    except NumberFormatError:
        return None
    if multiplier == 1 and decimal in number:
        return None
    value *= multiplier
    return int(value) if value == value.to_integral_value() else None


@cache
def _symbols(locale: str) -> tuple[str, str]:
    """The grouping and decimal symbols of ``locale`` (CLDR)."""
    return get_group_symbol(locale), get_decimal_symbol(locale)


# A plain host name (internationalised names arrive as punycode from any address bar).
_HOSTNAME = re.compile(r"^[a-z0-9.-]+$")
# Whitespace (``\s`` is str.isspace for str patterns: Unicode's), control characters, DEL.
_BLANK_OR_CONTROL = re.compile(r"[\s\x00-\x1f\x7f]")


def web_host(url: str) -> str | None:
    """The lower-cased host of an http(s) URL as a browser would read it, or None when the
    URL could hide another host: a backslash (read as a slash), credentials, odd characters,
    whitespace, or a port out of range. Used wherever a URL decides where people are sent."""
    if "\\" in url or _BLANK_OR_CONTROL.search(url) is not None:
        return None
    parts = urlsplit(url)
    try:
        parts.port  # noqa: B018 - raises ValueError on a port out of range
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if parts.scheme.lower() not in ("http", "https") or "@" in parts.netloc:
        return None
    return host if host and _HOSTNAME.fullmatch(host) else None


def on_domains(host: str, domains: Sequence[str]) -> bool:
    """The host is one of the domains or a subdomain of one."""
    return any(host == d or host.endswith("." + d) for d in domains)


@dataclass(frozen=True)
class Url(InputSpec):
    """An http(s) URL, optionally limited to some domains (and their subdomains)."""

    kind: ClassVar[str] = "url"
    domains: tuple[str, ...] = ()

    def parse(self, text: str, locale: str) -> str:
        value = text.strip()
        if not re.match(r"^https?://", value, re.IGNORECASE):
            value = "https://" + value
        host = web_host(value) if len(value) <= 2048 else None
        if host is None or "." not in host:
            raise InputError("input-url-invalid")
        if self.domains and not on_domains(host, self.domains):
            raise InputError("input-url-domain", domains=", ".join(self.domains))
        return value


@dataclass(frozen=True)
class Email(InputSpec):
    """An e-mail address, checked for shape only (delivery is the only real proof)."""

    kind: ClassVar[str] = "email"

    def parse(self, text: str, locale: str) -> str:
        value = text.strip()
        if not re.match(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]{2,}$", value) or len(value) > 254:
            raise InputError("input-email-invalid")
        return value


# Per platform: the hosts a profile URL may use, the pattern of a handle, how to build the
# canonical profile URL back from it, and the first path segments that are pages, not profiles.
@dataclass(frozen=True)
class _PlatformRule:
    hosts: tuple[str, ...]
    handle: str
    url: str
    at: bool = True
    reserved: frozenset[str] = frozenset()


PLATFORM_RULES: dict[str, _PlatformRule] = {
    "instagram": _PlatformRule(
        ("instagram.com",),
        r"[a-z0-9._]{1,30}",
        "https://www.instagram.com/{}/",
        reserved=frozenset(
            {"p", "reel", "reels", "stories", "explore", "accounts", "tv", "direct"}
        ),
    ),
    "tiktok": _PlatformRule(
        ("tiktok.com",),
        r"[a-z0-9._]{2,24}",
        "https://www.tiktok.com/@{}",
        reserved=frozenset({"tag", "discover", "music", "video", "explore", "search"}),
    ),
    "youtube": _PlatformRule(
        ("youtube.com",),
        r"[a-z0-9._-]{3,30}",
        "https://www.youtube.com/@{}",
        reserved=frozenset({"watch", "shorts", "playlist", "results", "feed", "embed", "live"}),
    ),
    "vk": _PlatformRule(
        ("vk.com", "vk.ru"),
        r"[a-z0-9_.]{2,32}",
        "https://vk.com/{}",
        at=False,
        reserved=frozenset(
            {"feed", "im", "wall", "video", "audio", "search", "friends", "away.php"}
        ),
    ),
    "telegram": _PlatformRule(
        ("t.me", "telegram.me"),
        r"[a-z][a-z0-9_]{4,31}",
        "https://t.me/{}",
        reserved=frozenset({"joinchat", "c", "addstickers", "share", "proxy", "iv"}),
    ),
    "twitch": _PlatformRule(
        ("twitch.tv",),
        r"[a-z0-9_]{4,25}",
        "https://www.twitch.tv/{}",
        at=False,
        reserved=frozenset({"videos", "directory", "settings", "p", "search", "downloads"}),
    ),
}
PLATFORMS = (*PLATFORM_RULES, "other")
_YOUTUBE_CHANNEL_ID = re.compile(r"UC[A-Za-z0-9_-]{22}")
_YOUTUBE_LEGACY_NAME = re.compile(r"[A-Za-z0-9._-]{1,100}")


@dataclass(frozen=True)
class Handle(InputSpec):
    """A profile on a social platform, typed as ``@name`` or as the profile URL.

    The value is ``{"handle": ..., "url": ...}``, both canonical (handles are case-insensitive
    on these platforms, so lower-cased), so a profile typed two ways is stored once. A link to
    a post, a video or an invitation is not a profile and is refused. For "other" platforms
    any http(s) URL is accepted.
    """

    kind: ClassVar[str] = "handle"
    platform: str = "other"

    def parse(self, text: str, locale: str) -> dict[str, str]:
        raw = text.strip()
        rule = PLATFORM_RULES.get(self.platform)
        if rule is None:
            url = Url().parse(raw, locale)
            return {"handle": url, "url": url}
        invalid = InputError("input-handle-invalid", platform=self.platform)
        if "/" in raw or re.match(r"^https?:", raw, re.IGNORECASE):
            found = _profile_from_url(raw, self.platform, rule)
            if found is None:
                raise invalid
            if isinstance(found, dict):
                return found
            name = found
        else:
            name = raw.removeprefix("@")
        name = name.lower()
        if (
            not re.fullmatch(rule.handle, name)
            or name.startswith(".")
            or name.endswith(".")
            or ".." in name
            or name in rule.reserved
        ):
            raise invalid
        return {"handle": ("@" + name) if rule.at else name, "url": rule.url.format(name)}


def _profile_from_url(raw: str, platform: str, rule: _PlatformRule) -> str | dict[str, str] | None:
    """The handle in a profile URL; a full value for URLs that have no handle; None if no
    profile (another site, a post, a video, an invitation)."""
    value = raw if re.match(r"^https?://", raw, re.IGNORECASE) else "https://" + raw
    try:
        Url().parse(value, "en")
    except InputError:
        return None
    parts = urlsplit(value)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    if host not in rule.hosts:
        return None
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return None
    first = segments[0]
    if platform == "youtube" and len(segments) > 1 and first in ("channel", "c", "user"):
        # Channels without a handle keep their own URL: /channel/UC..., /c/name, /user/name.
        name = segments[1]
        valid = _YOUTUBE_CHANNEL_ID if first == "channel" else _YOUTUBE_LEGACY_NAME
        if not valid.fullmatch(name):
            return None
        return {"handle": name, "url": f"https://www.youtube.com/{first}/{name}"}
    if platform == "telegram" and first == "s" and len(segments) > 1:
        first = segments[1]  # t.me/s/<channel> is the channel's web preview
    if platform == "youtube" and not first.startswith("@"):
        return None  # youtube.com/<name> without @ is not a profile address
    return first.removeprefix("@")


@cache
def _country_names(locale: str) -> dict[str, str]:
    """Casefolded country names (CLDR via Babel, in the user's language and English) -> code."""
    names: dict[str, str] = {}
    for loc in ("en", locale):
        for code, name in Locale.parse(loc).territories.items():
            if len(code) == 2 and code.isalpha() and code not in ("ZZ", "EU", "UN", "EZ", "QO"):
                names[name.casefold()] = code
    return names


# Common names CLDR does not list: "UK", "USA".
_COUNTRY_ALIASES = {"uk": "GB", "usa": "US", "us": "US", "uae": "AE"}


@dataclass(frozen=True)
class Country(InputSpec):
    """An ISO 3166-1 alpha-2 code, or a country's name in the user's language or in English."""

    kind: ClassVar[str] = "country"

    def parse(self, text: str, locale: str) -> str:
        value = clean_text(text)
        alias = _COUNTRY_ALIASES.get(value.casefold().replace(".", ""))
        if alias is not None:
            return alias
        names = _country_names(locale)
        if len(value) == 2 and value.isalpha() and value.upper() in names.values():
            return value.upper()
        code = names.get(value.casefold())
        if code is None:
            raise InputError("input-country-invalid")
        return code


@dataclass(frozen=True)
class Choice(InputSpec):
    """Only the offered buttons are accepted (typed labels are matched by the engine)."""

    kind: ClassVar[str] = "choice"

    def parse(self, text: str, locale: str) -> str:
        raise InputError("input-choose-button")


@dataclass(frozen=True)
class ChoiceOption:
    """One button of a question: ``key`` is stored, ``label`` is a message id (or literal, or
    a country shown by its name)."""

    key: str
    label: Label
    args: MessageArgs = field(default_factory=dict)
    literal: bool = False

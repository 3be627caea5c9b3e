"""What a broadcast says: a text per language, the languages that fall back to another's
text, and an optional link button whose label is a message id (so it is in the reader's
language whatever the broadcaster's).

The texts are the programme's own words, typed by a broadcaster: they are sent as plain text
(no parse mode), so nothing in them is ever read as markup.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any, ClassVar

from bot.core.i18n import SUPPORTED_LOCALES
from bot.core.inputs import InputError, InputSpec

# Telegram counts a message's length in UTF-16 code units; 4096 at most.
TEXT_LIMIT = 4096
BUTTON_KINDS = ("more", "open", "shop", "join")
URL_LIMIT = 2048


def button_label(kind: str) -> str:
    """The message id of a button label kind."""
    return f"broadcast-button-{kind}"


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def clean_broadcast_text(text: str) -> str:
    """NFC, no control characters but line breaks and tabs, no trailing spaces on lines; the
    broadcaster's line breaks stay (unlike one-line answers, which collapse whitespace)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = "".join(
        ch
        for ch in text
        if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs", "Co", "Cn")
    )
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def visible(text: str) -> bool:
    """Something a reader would see: not only spaces and invisible format characters."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


@dataclass(frozen=True)
class BroadcastText(InputSpec):
    """A broadcast's text: several lines, up to Telegram's 4096 characters."""

    kind: ClassVar[str] = "broadcast-text"
    max: int = TEXT_LIMIT

    def parse(self, text: str, locale: str) -> str:
        value = clean_broadcast_text(text)
        if not visible(value):
            raise InputError("input-text-empty")
        if utf16_length(value) > self.max:
            raise InputError("input-text-too-long", max=self.max)
        return value


@dataclass(frozen=True)
class Content:
    """Texts by language; ``fallbacks`` maps a language without text to the one it gets."""

    texts: dict[str, str]
    fallbacks: dict[str, str] = field(default_factory=dict)
    button: str | None = None  # a kind of BUTTON_KINDS
    url: str | None = None

    def __post_init__(self) -> None:
        if not self.texts:
            raise ValueError("a broadcast needs at least one text")
        for locale, text in self.texts.items():
            if locale not in SUPPORTED_LOCALES:
                raise ValueError(f"unknown language {locale!r}")
            if not visible(text) or utf16_length(text) > TEXT_LIMIT:
                raise ValueError(f"the {locale} text is empty or longer than {TEXT_LIMIT}")
        for locale, source in self.fallbacks.items():
            if locale not in SUPPORTED_LOCALES or source not in self.texts:
                raise ValueError(f"{locale} cannot fall back to {source!r}")
            if locale in self.texts:
                raise ValueError(f"{locale} has its own text and a fallback")
        if (self.button is None) != (self.url is None):
            raise ValueError("a button needs both a label and a URL")
        if self.button is not None and self.button not in BUTTON_KINDS:
            raise ValueError(f"unknown button label {self.button!r}")

    @property
    def languages(self) -> tuple[str, ...]:
        """Every language this content reaches, in the programme's order."""
        reached = set(self.texts) | set(self.fallbacks)
        return tuple(locale for locale in SUPPORTED_LOCALES if locale in reached)

    def text_for(self, locale: str) -> str | None:
        """The text a reader of ``locale`` gets, or None when the broadcast is not for them."""
        if locale in self.texts:
            return self.texts[locale]
        source = self.fallbacks.get(locale)
        return self.texts[source] if source is not None else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "texts": dict(self.texts),
            "fallbacks": dict(self.fallbacks),
            "button": self.button,
            "url": self.url,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Content:
        return cls(
            texts=dict(data.get("texts") or {}),
            fallbacks=dict(data.get("fallbacks") or {}),
            button=data.get("button"),
            url=data.get("url"),
        )

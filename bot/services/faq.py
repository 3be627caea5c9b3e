"""Which FAQ topic a typed question is about (phrases in locales/<lang>/faq-phrases.ftl).

Matching is the earnings questions' (bot/services/questions.py: case, accents and Russian in
Latin letters do not matter; ``word*`` is a stem). A topic is chosen only when one of its
phrases appears in the message as written, so ordinary chat ("hi", "thanks, great") is left
alone; when two topics match, the longer phrase wins, then the topic listed first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from babel.lists import format_list
from fluent.syntax import FluentParser, ast

from bot.core.formatting import format_money
from bot.core.money import Money
from bot.services.questions import fold

if TYPE_CHECKING:
    from bot.settings import Settings

PHRASES_FILE = "faq-phrases.ftl"
PREFIX = "faq-phrases-"
TOPICS = (
    "programme",
    "commission",
    "attribution",
    "holding",
    "payouts",
    "disclosure",
    "content",
    "contact",
)
MAX_LENGTH = 300  # characters: a longer message is a story for a person, not an FAQ lookup
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    stem: bool

    def matches(self, token: str) -> bool:
        return token.startswith(self.text) if self.stem else token == self.text


Phrase = tuple[_Word, ...]


@dataclass(frozen=True, slots=True)
class FaqBook:
    locale: str
    phrases: dict[str, tuple[Phrase, ...]]

    def topic(self, text: str) -> str | None:
        """The topic the message asks about, or None."""
        if len(text) > MAX_LENGTH:
            return None
        tokens = _WORD.findall(fold(text, self.locale))
        best: tuple[int, int] | None = None  # (phrase length, -topic order)
        chosen: str | None = None
        for order, name in enumerate(TOPICS):
            for phrase in self.phrases.get(name, ()):
                if _occurs(phrase, tokens):
                    score = (len(phrase), -order)
                    if best is None or score > best:
                        best, chosen = score, name
        return chosen


def _occurs(phrase: Phrase, tokens: list[str]) -> bool:
    size = len(phrase)
    return any(
        all(word.matches(tokens[start + k]) for k, word in enumerate(phrase))
        for start in range(len(tokens) - size + 1)
    )


def parse_phrases(source: str, locale: str) -> FaqBook:
    lists: dict[str, tuple[Phrase, ...]] = {}
    for item in FluentParser().parse(source).body:
        if isinstance(item, ast.Junk):
            raise ValueError(f"{locale}/{PHRASES_FILE}: {(item.content or '')[:80]!r}")
        if not isinstance(item, ast.Message) or not item.id.name.startswith(PREFIX):
            continue
        if item.value is None:
            continue
        text = "".join(e.value for e in item.value.elements if isinstance(e, ast.TextElement))
        lists[item.id.name.removeprefix(PREFIX)] = tuple(_phrases(text, locale))
    missing = set(TOPICS) - set(lists)
    if missing:
        raise ValueError(f"{locale}/{PHRASES_FILE}: missing {', '.join(sorted(missing))}")
    return FaqBook(locale, lists)


def _phrases(text: str, locale: str) -> list[Phrase]:
    found: list[Phrase] = []
    for item in re.split(r"[,\n]", text):
        words: list[_Word] = []
        for raw in item.split():
            parts = _WORD.findall(fold(raw.rstrip("*"), locale))
            words.extend(_Word(part, False) for part in parts[:-1])
            if parts:
                words.append(_Word(parts[-1], raw.endswith("*")))
        if words:
            found.append(tuple(words))
    return found


@cache
def faq_book(locale: str) -> FaqBook:
    source = (resources.files("locales") / locale / PHRASES_FILE).read_text(encoding="utf-8")
    return parse_phrases(source, locale)


def topic_of(text: str, locale: str) -> str | None:
    """The FAQ topic of ``text`` in the user's language."""
    return faq_book(locale).topic(text)


def answer_args(settings: Settings, locale: str) -> dict[str, Any]:
    """What the answers say of this programme: its name, contact, payout minimum and tiers."""
    # The minimum of each currency the programme names, as money: "50,00 €, 200,00 zł или ...".
    minimum = format_list(
        [
            format_money(Money(minor, currency), locale)
            for currency, minor in settings.min_payout.items()
            if currency != "*"
        ]
        or [format_money(Money(settings.minimum_payout("EUR"), "EUR"), locale)],
        style="or",
        locale=locale,
    )
    return {
        "programme": settings.programme_name,
        "contact": settings.support_contact,
        "minimum": minimum,
        "tiers": ", ".join(f"{name} ({count})" for name, count in settings.tiers[1:]),
    }


PREPARED = "faq:"


def prepared_topic(text: str | None) -> str | None:
    """A staff answer that is a prepared one: ``faq:payouts`` (or just ``payouts``)."""
    if not text:
        return None
    word = text.strip().casefold().removeprefix(PREPARED)
    return word if word in TOPICS else None

"""Every message, rendered with representative arguments in every language, reads right: no
doubled full stop ("2026 г.."), no empty placeable ("…on ."), and the words around a count
agree with it for 0, 1, 2, 5, 11, 21, 22, 25 and 101 ("1 aprobados", "Ваша последняя 21
ссылка" are refused).

The arguments are found in the .ftl files themselves: a variable that selects plural forms, or
whose name says it counts, is tried with each number; a variable that selects words
(``$status -> [pending]``) is tried with each key; money and dates get a Money and a date.
The count words checked are the ones the files decline themselves (the words each plural form
holds and the others do not), plus a few that a count can stand beside without a plural.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser, ast

from bot.core.i18n import SUPPORTED_LOCALES, Translator
from bot.core.money import Money
from tests.support import normalise

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
NUMBERS = (0, 1, 2, 5, 11, 21, 22, 25, 101)
PLURAL_KEYS = {"zero", "one", "two", "few", "many", "other"}
# Variables that count something even where no plural selects on them.
COUNTS = {
    "active", "approved", "blocked", "cancelled", "clicks", "count", "days", "failed",
    "followed", "grants", "max", "min", "minutes", "orders", "people", "registered",
    "remaining", "requests", "sales", "sent", "skipped", "total", "unknown", "waiting",
}  # fmt: skip
MONEY = {"amount", "available", "minimum", "missing", "requested", "paid", "confirmed"}
MONEY_IN = {"total": "earnings-", "pending": "earnings-", "commission": "earnings-"}
DATES = {"date", "until", "when"}
# Variables the code may pass empty: the message must still read well.
MAY_BE_EMPTY = {("links-choose", "domains")}
# Words that can follow a count whatever its value (units, symbols, invariable words).
INVARIABLE = {
    "en": set(),
    "fr": {"mois", "fois"},
    "es": {"veces"},
    "ru": set(),
    "pl": set(),
}
# Count words the files use without declining them: a plural form only.
PLURAL_ONLY = {
    "en": {"clicks", "orders", "days", "links", "characters"},
    "fr": {"envoyés", "acceptées", "acceptés", "restants", "commandes", "clics", "liens"},
    "es": {"enviados", "aprobados", "aprobadas", "pendientes", "pedidos", "clics", "días"},
    "ru": set(),
    "pl": set(),
}
# Russian words that agree with exactly one thing: never directly before a number.
RU_SINGULAR_BEFORE = {"последний", "последняя", "последнее", "последнюю", "ваша", "ваш", "ваше"}


def _fold(word: str) -> str:
    return word.casefold()


@dataclass
class Message:
    """One message (or attribute) of one language, and what its variables take."""

    key: str
    variables: set[str] = field(default_factory=set)
    plural: set[str] = field(default_factory=set)  # variables that select plural forms
    words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # select keys


def _key_name(variant: ast.Variant) -> str:
    key = variant.key
    return key.name if isinstance(key, ast.Identifier) else str(key.value)


def _walk(node: object, found: Message, forms: dict[str, set[str]]) -> None:
    if isinstance(node, ast.VariableReference):
        found.variables.add(node.id.name)
    if isinstance(node, ast.SelectExpression) and isinstance(node.selector, ast.VariableReference):
        name = node.selector.id.name
        keys = {_key_name(v) for v in node.variants}
        if keys & PLURAL_KEYS and keys <= PLURAL_KEYS | {str(n) for n in range(1000)}:
            found.plural.add(name)
            for variant in node.variants:
                forms[_key_name(variant)].update(_counted_words(variant.value, name))
        else:
            found.words[name].update(keys)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                _walk(child, found, forms)


def _counted_words(pattern: ast.Pattern, name: str) -> set[str]:
    """The words right after ``{ $name }`` in a plural variant ("{ $count } links" -> links)."""
    found: set[str] = set()
    elements = pattern.elements
    for index, element in enumerate(elements[:-1]):
        following = elements[index + 1]
        if (
            isinstance(element, ast.Placeable)
            and isinstance(element.expression, ast.VariableReference)
            and element.expression.id.name == name
            and isinstance(following, ast.TextElement)
        ):
            found.update(_fold(w) for w in _following(following.value))
    return found


def _following(text: str) -> list[str]:
    """Up to two words at the start of ``text``, up to the first punctuation."""
    head = re.split(r"[·,.:;!?()\n«»“”\"—–-]", text, maxsplit=1)[0]
    return re.findall(r"[^\W\d_]+", head)[:2]


@dataclass
class Language:
    messages: dict[str, Message]
    # Count words by plural category, as the language's own plural variants decline them.
    categories: dict[str, set[str]]


@cache
def language(locale: str) -> Language:
    messages: dict[str, Message] = {}
    by_select: list[dict[str, set[str]]] = []
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        if path.name == "earnings-phrases.ftl":
            continue
        for item in FluentParser().parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(item, ast.Message):
                continue
            parts = [(item.id.name, item.value)]
            parts += [(f"{item.id.name}.{a.id.name}", a.value) for a in item.attributes]
            for key, pattern in parts:
                if pattern is None:
                    continue
                found = Message(key)
                forms: dict[str, set[str]] = defaultdict(set)
                _walk(pattern, found, forms)
                messages[key] = found
                if forms:
                    by_select.append(forms)
    # A word is a count word of a category when a plural select holds it there and not in its
    # other forms; a word two categories claim (ru "дня": 2 дня, 1 рабочего дня) is left out.
    claimed: dict[str, set[str]] = defaultdict(set)
    for forms in by_select:
        for category, words in forms.items():
            others = set().union(*(w for c, w in forms.items() if c != category))
            for word in words - others:
                if category in PLURAL_KEYS:
                    claimed[word].add(category)
    categories: dict[str, set[str]] = defaultdict(set)
    for word, where in claimed.items():
        if len(where) == 1:
            categories[next(iter(where))].add(word)
    for word in PLURAL_ONLY[locale]:
        categories["other"].add(word)
        if locale in ("ru", "pl"):
            categories["many"].add(word)
    return Language(messages, categories)


def _value(key: str, name: str) -> object:
    if name in MONEY or (name in MONEY_IN and key.startswith(MONEY_IN[name])):
        return Money(12345, "EUR")
    if name in DATES:
        return datetime(2026, 11, 25, 18, 30, tzinfo=UTC)
    if name == "rate":
        return Decimal("0.125")
    if name in ("id", "position", "number"):
        return 7
    if name in COUNTS:
        return 3
    return f"Val{name.capitalize()}"


@dataclass(frozen=True)
class Rendering:
    key: str
    args: tuple[tuple[str, object], ...]
    counted: str | None  # the count variable that varies, if any
    number: int | None


def renderings(locale: str) -> Iterator[Rendering]:
    """Each message with its usual arguments, then each count and each selector varied."""
    english = language("en").messages
    for key, message in language(locale).messages.items():
        variables = message.variables | english.get(key, message).variables
        base = {name: _value(key, name) for name in variables}
        yield Rendering(key, tuple(base.items()), None, None)
        counts = (message.plural | english.get(key, message).plural | (variables & COUNTS)) - {
            name for name in variables if isinstance(base[name], Money | date)
        }
        if "max" in counts:
            counts.discard("min")  # "from 3 to N characters": the noun goes with the maximum
            base["min"] = 1
        # Each count with each word a selector takes ("last_days" of earnings-period).
        choices: list[dict[str, str]] = [{}]
        choices += [{name: word} for name, keys in message.words.items() for word in keys]
        for choice in choices:
            for name, number in itertools.product(sorted(counts), NUMBERS):
                if name == "max" and number < 2:
                    continue  # "from 1 to 1 characters" is not asked of anyone
                args = {**base, **choice, name: number}
                yield Rendering(key, tuple(args.items()), name, number)
            if choice:
                yield Rendering(key, tuple({**base, **choice}.items()), None, None)
        for name in variables:
            if (key, name) in MAY_BE_EMPTY:
                yield Rendering(key, tuple({**base, name: ""}.items()), None, None)


# "№ 7", "n° 7", "n.º 7", "nr 7": the sign never ends a line without its number.
_NUMBER_SIGN = re.compile(r"(?:№|\b[nN]°|\b[nN]\.º|\b[nN]r)(?: ?\d)")
_DOUBLE_STOP = re.compile(r"(?<![.…])\.\s?\.(?![.…])")
_EMPTY = (
    re.compile(r"[^\S\n][.,]"),  # "on ." "dont ,"
    re.compile(r"\S[^\S\n]{2,}\S"),  # two spaces where a word went missing
    re.compile(r"\(\s*\)|«\s*»|“\s*”|\"\s*\"|„\s*”|\(\s*[A-Z]+\(\)"),
    re.compile(r"[A-Z]+\(\)"),  # a function given nothing: "DATETIME()"
)
# Words after which a count takes the genitive whatever its value ("в течение 5 минут", "до 2
# каналов", "w ciągu 2 minut", "brakuje 2 sprzedaży"): not checked against the plural forms.
GOVERNING = {
    "ru": {"до", "от", "течение", "более", "менее", "около", "после", "из", "свыше"},
    "pl": {"ciągu", "do", "od", "brakuje", "jeszcze", "po", "z", "ze", "około", "ponad"},
}


def problems(locale: str, translator: Translator, rendering: Rendering) -> list[str]:
    args = dict(rendering.args)
    raw = translator.render(locale, rendering.key, args)
    text = normalise(raw)
    where = f"{locale} {rendering.key} {args}: {text!r}"
    found: list[str] = []
    if _NUMBER_SIGN.search(raw):
        found.append(f"number sign without a non-breaking space: {where}")
    if not text.strip():
        found.append(f"empty: {where}")
    if _DOUBLE_STOP.search(text):
        found.append(f"doubled full stop: {where}")
    for pattern in _EMPTY:
        if pattern.search(text):
            found.append(f"empty placeable ({pattern.pattern}): {where}")
    if rendering.number is not None:
        found += _count_problems(locale, text, rendering.number, where)
    return found


def _count_problems(locale: str, text: str, number: int, where: str) -> list[str]:
    category = Locale.parse(locale).plural_form(number)
    lang = language(locale)
    wrong = set().union(*(w for c, w in lang.categories.items() if c != category))
    right = lang.categories.get(category, set()) | INVARIABLE[locale]
    found: list[str] = []
    for match in re.finditer(rf"(?<![\d.,]){number}(?![\d.,]\d)", text):
        before = re.findall(r"[^\W\d_]+", text[: match.start()])[-1:]
        if before and _fold(before[0]) in GOVERNING.get(locale, set()):
            continue
        after = _following(text[match.end() :])
        # The count word is the next word, or the one after an adjective ("5 dni roboczych").
        for word in (_fold(w) for w in after):
            if word in right:
                break
            if word in wrong:
                found.append(f"{word!r} after {number} ({category}): {where}")
                break
        if locale == "ru" and before and before[0].casefold() in RU_SINGULAR_BEFORE:
            found.append(f"{before[0]!r} before {number}: {where}")
    return found


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_messages_read_right_with_every_count(locale: str, translator: Translator) -> None:
    found = [p for r in renderings(locale) for p in problems(locale, translator, r)]
    assert found == [], "\n".join(found[:40])


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_count_words_are_known(locale: str) -> None:
    """The check above has words to check: each language declines its counts somewhere."""
    lang = language(locale)
    assert lang.categories["other"], locale
    assert sum(1 for m in lang.messages.values() if m.plural) >= 10


def test_the_checks_catch_the_defects_they_name() -> None:
    """Each check, on a sentence with the defect the issue found."""
    assert _DOUBLE_STOP.search("до 25 ноября 2026 г..")
    assert not _DOUBLE_STOP.search("Wait...")
    assert any(p.search("a product page on .") for p in _EMPTY)
    assert _count_problems("es", "1 aprobados", 1, "")
    assert _count_problems("fr", "dont 1 acceptées", 1, "")
    assert _count_problems("ru", "Ваша последняя 21 ссылка", 21, "")
    assert not _count_problems("ru", "Ваши последние 21 ссылка", 21, "")

"""Questions about earnings in the user's own words: text + language + today -> what to answer.

"how much did I earn in October?", "сколько я заработал в октябре", "ile zarobilem w
pazdzierniku" are matched against the phrases of ``locales/<lang>/earnings-phrases.ftl``, where
translators keep the words people use (no word of any language lives here). Matching ignores
case and accents, and Russian typed in Latin letters ("skolko") is read as Russian.

The parser answers only what it is sure of: a message that is not about earnings gives None
(other intents may take it), and one about earnings whose period is not understood, or that
names two periods, is ``UNCLEAR`` (answered with examples), never a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from babel import Locale
from fluent.syntax import FluentParser, ast

from bot.services import periods
from bot.services.periods import Period, PeriodError

PHRASES_FILE = "earnings-phrases.ftl"
PHRASES_PREFIX = "earnings-phrases-"

EARNINGS = "earnings"
PENDING = "pending"
PAYOUT = "payout"
BALANCE = "balance"  # the balance alone: pending, confirmed, paid
CLICKS = "clicks"  # clicks (and the orders they brought) in a period
CANCELLED = "cancelled"  # why orders were cancelled or refunded
UNCLEAR = "unclear"
FUTURE = "future"

# What the phrases of each attribute mean.
PERIOD_KINDS = {
    "today": periods.TODAY,
    "yesterday": periods.YESTERDAY,
    "this-week": periods.THIS_WEEK,
    "last-week": periods.LAST_WEEK,
    "last-days": periods.LAST_DAYS,
    "this-month": periods.THIS_MONTH,
    "last-month": periods.LAST_MONTH,
    "this-year": periods.THIS_YEAR,
    "last-year": periods.LAST_YEAR,
    "all-time": periods.ALL,
    "past-week": periods.LAST_DAYS,  # "over the past week": the last 7 days
    "past-month": periods.LAST_DAYS,  # "over the past month": the last 30 days
}
PAST_DAYS = {"past-week": 7, "past-month": 30}
TOPICS: tuple[str, ...] = ("about", "earn", "ask", "how-much", "pending", "payout", "when")
TOPICS += ("balance", "clicks", "why", "cancelled")
# "since the beginning" (all time), which before a date means from its first day ("since the
# beginning of March"); "the beginning of" after since; "first" as a day ("с первого октября").
MARKERS: tuple[str, ...] = ("since", "from", "since-start", "start-of", "first-day")
MARKERS += ("year-words", "month-words", "date-words", "other-periods")
FOLLOW_UP = "follow-up"  # the words around a period said alone: "and yesterday?"
MONTHS = tuple(f"month-{n}" for n in range(1, 13))
NAMES = (*TOPICS, *PERIOD_KINDS, *MARKERS, *MONTHS, FOLLOW_UP)  # earnings-phrases-<name>
# Misspelt month names ("octobr", "pazdziernka") are read within this many edits, and only
# when no other month's name is as close: a typo never turns one month into another.
FUZZY_MIN_LENGTH = 5

NUMBER = "#"
SHORT_MESSAGE = 2  # words: "pending?", "payout"
_LATIN = str.maketrans({"ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "đ": "d", "ı": "i"})
_CYRILLIC = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z",
        "и": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "ch", "ш": "sh",
        "щ": "sch", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    }
)  # fmt: skip
# Ways of writing Russian in Latin letters, brought to one spelling ("oktyabrya", "oktjabrja"
# and "октября" all become "oktiabria").
_ROMAN_SPELLINGS = (("shch", "sch"), ("kh", "h"), ("ts", "c"), ("j", "i"), ("y", "i"))
_TOKEN = re.compile(
    r"(?P<iso>\d{4}-\d{1,2}-\d{1,2})"
    r"|(?P<numeric>\d{1,2}[./]\d{1,2}(?:[./]\d{2}(?:\d{2})?)?)(?![\d./])"
    r"|(?P<word>\w+)"
)
_DAY = re.compile(r"^(\d{1,2})[a-z]{0,3}$")
_YEAR = re.compile(r"^(\d{4})[a-z]{0,2}$")


def fold(text: str, locale: str) -> str:
    """Lower case without accents; Russian romanised so Latin typing matches it too."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_LATIN)
    if locale == "ru":
        text = text.translate(_CYRILLIC)
        for written, canonical in _ROMAN_SPELLINGS:
            text = text.replace(written, canonical)
    return text


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a phrase: exact, a stem (``earn*``), or any number (``#``)."""

    text: str
    stem: bool = False

    def matches(self, token: Token) -> bool:
        if token.numeric is not None:
            return False
        if self.text == NUMBER:
            return token.text.isdigit() and len(token.text) <= 3
        return token.text.startswith(self.text) if self.stem else token.text == self.text


Phrase = tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    numeric: tuple[int, int, int | None] | None = None  # 3.10.2026 as written: (3, 10, 2026)
    iso: bool = False  # 2026-10-03: (3, 10, 2026) whatever the language's order


class _Index:
    """Phrases looked up by their first word, so a message is matched in one pass."""

    def __init__(self, entries: Sequence[tuple[str, Phrase]]) -> None:
        # Longest first; among equals, the order given (which is the priority).
        self.entries = sorted(entries, key=lambda entry: -len(entry[1]))
        self.exact: dict[str, list[int]] = defaultdict(list)
        self.stems: list[tuple[str, int]] = []
        self.numbers: list[int] = []
        for index, (_, phrase) in enumerate(self.entries):
            first = phrase[0]
            if first.text == NUMBER:
                self.numbers.append(index)
            elif first.stem:
                self.stems.append((first.text, index))
            else:
                self.exact[first.text].append(index)

    def at(self, tokens: Sequence[Token], position: int) -> Iterator[tuple[str, Phrase, int]]:
        """Every phrase that matches from ``position``, longest first: (name, phrase, end)."""
        token = tokens[position]
        if token.numeric is not None:
            return
        candidates = list(self.exact.get(token.text, ()))
        candidates += [index for stem, index in self.stems if token.text.startswith(stem)]
        if token.text.isdigit():
            candidates += self.numbers
        for index in sorted(candidates):
            name, phrase = self.entries[index]
            end = position + len(phrase)
            if end <= len(tokens) and all(
                word.matches(tokens[position + k]) for k, word in enumerate(phrase)
            ):
                yield name, phrase, end


@dataclass(frozen=True, slots=True)
class PhraseBook:
    """One language's phrases, folded and ready to match."""

    locale: str
    phrases: Mapping[str, tuple[Phrase, ...]]
    month_first: bool  # numeric dates are written month first (en: 10/3 is 3 October)
    topics: _Index = field(init=False, repr=False, compare=False)
    periods: _Index = field(init=False, repr=False, compare=False)
    follow_ups: _Index = field(init=False, repr=False, compare=False)
    # Words after which a month name is expected ("in", "с", "od", a day number).
    before_dates: frozenset[str] = field(init=False, repr=False, compare=False)
    month_forms: tuple[tuple[str, int], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        topics = [(name, phrase) for name in TOPICS for phrase in self.phrases[name]]
        # Equal lengths: a period beats "since", which beats a month, a small word, an unknown
        # period word.
        order = [*PERIOD_KINDS, "since-start", "since", "from", "start-of", "first-day", *MONTHS]
        order += ["year-words", "month-words", "date-words", "other-periods"]
        named = [(name, phrase) for name in order for phrase in self.phrases[name]]
        object.__setattr__(self, "topics", _Index(topics))
        object.__setattr__(self, "periods", _Index(named))
        follow_ups = [(FOLLOW_UP, phrase) for phrase in self.phrases[FOLLOW_UP]]
        object.__setattr__(self, "follow_ups", _Index(follow_ups))
        lists = (FOLLOW_UP, "since", "from", "date-words", "start-of", "since-start")
        words = {word.text for name in lists for phrase in self.phrases[name] for word in phrase}
        object.__setattr__(self, "before_dates", frozenset(words))
        forms = tuple(
            (phrase[0].text, number)
            for number in range(1, 13)
            for phrase in self.phrases[f"month-{number}"]
            if len(phrase) == 1 and not phrase[0].stem and len(phrase[0].text) >= 3
        )
        object.__setattr__(self, "month_forms", forms)

    def fuzzy_month(self, word: str) -> tuple[int | None, bool]:
        """The month a misspelt word names, if only one is close; and whether it is close to
        any month at all (then, when no single month, the question gets examples)."""
        if len(word) < FUZZY_MIN_LENGTH or not word.isalpha():
            return None, False
        allowed = 1 if len(word) <= 6 else 2
        best: dict[int, int] = {}
        for form, number in self.month_forms:
            if abs(len(form) - len(word)) > allowed + 1:
                continue
            distance = _edits(word, form, allowed + 1)
            best[number] = min(best.get(number, distance), distance)
        close = [number for number, distance in best.items() if distance <= allowed]
        near = any(distance <= allowed + 1 for distance in best.values())
        return (close[0] if len(close) == 1 else None), near

    def follow_up_words(self, tokens: Sequence[Token]) -> set[int]:
        """Positions of the words that may surround a period said alone ("and", "what about")."""
        return {
            position
            for start in range(len(tokens))
            for _, _, end in self.follow_ups.at(tokens, start)
            for position in range(start, end)
        }

    def topics_in(self, tokens: Sequence[Token]) -> set[str]:
        """The topic lists (about, earn, ask...) that have a phrase in the message."""
        return {
            name
            for position in range(len(tokens))
            for name, _, _ in self.topics.at(tokens, position)
        }

    def tokens(self, text: str) -> list[Token]:
        found: list[Token] = []
        for match in _TOKEN.finditer(fold(text, self.locale)):
            if match["iso"]:
                y, m, d = (int(p) for p in match["iso"].split("-"))
                found.append(Token(match["iso"], (d, m, y), iso=True))
            elif match["numeric"]:
                parts = [int(p) for p in re.split(r"[./]", match["numeric"])]
                found.append(Token(match["numeric"], (parts[0], parts[1], _year(parts))))
            else:
                found.append(Token(match["word"]))
        return found


def _edits(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from ``a`` to ``b``, up to limit+1."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def _year(parts: Sequence[int]) -> int | None:
    if len(parts) < 3:
        return None
    return parts[2] + 2000 if parts[2] < 100 else parts[2]


def parse_phrases(source: str, locale: str) -> PhraseBook:
    """Read the phrase file of a language: Fluent messages ``earnings-phrases-<name>``."""
    lists: dict[str, tuple[Phrase, ...]] = {}
    for item in FluentParser().parse(source).body:
        if isinstance(item, ast.Junk):
            raise ValueError(f"{locale}/{PHRASES_FILE}: {(item.content or '')[:80]!r}")
        if not (isinstance(item, ast.Message) and item.id.name.startswith(PHRASES_PREFIX)):
            continue
        if item.value is None:
            continue
        text = "".join(
            element.value for element in item.value.elements if isinstance(element, ast.TextElement)
        )
        lists[item.id.name.removeprefix(PHRASES_PREFIX)] = tuple(_phrases(text, locale))
    missing = set(NAMES) - set(lists)
    if missing:
        raise ValueError(f"{locale}/{PHRASES_FILE}: missing {', '.join(sorted(missing))}")
    short = Locale.parse(locale).date_formats["short"].pattern
    return PhraseBook(locale, lists, short.find("M") < short.find("d"))


def _phrases(text: str, locale: str) -> Iterable[Phrase]:
    for item in re.split(r"[,\n]", text):
        words: list[Word] = []
        for raw in item.split():
            if raw == NUMBER:
                words.append(Word(NUMBER))
                continue
            stem = raw.endswith("*")
            parts = re.findall(r"\w+", fold(raw.rstrip("*"), locale))
            words.extend(Word(part) for part in parts[:-1])
            if parts:
                words.append(Word(parts[-1], stem))
        if words:
            yield tuple(words)


@cache
def phrase_book(locale: str) -> PhraseBook:
    source = (resources.files("locales") / locale / PHRASES_FILE).read_text(encoding="utf-8")
    return parse_phrases(source, locale)


@dataclass(frozen=True, slots=True)
class Question:
    """What was asked: ``intent`` and, for earnings, the period (None: the usual overview)."""

    intent: str
    period: Period | None = None


@dataclass(slots=True)
class _Item:
    """A recognised stretch of the message."""

    kind: str  # a period kind, "since", "month", "number", "numeric", "iso", "date-words"...
    start: int
    end: int
    value: int = 0
    numeric: tuple[int, int, int | None] | None = None


@dataclass(slots=True)
class _Reading:
    periods: list[Period] = field(default_factory=list)
    unclear: bool = False
    dated: bool = False  # a period or a date was named (not only an unknown period word)
    bare: bool = False  # nothing else was said ("since 3 October"; "and yesterday?")

    def take(self, build: Callable[..., Period], *args: Any) -> None:
        """Note the period ``build(*args)`` names, or that its dates made no sense."""
        try:
            self.periods.append(build(*args))
        except PeriodError:
            self.unclear = True


def parse(text: str, locale: str, today: date, book: PhraseBook | None = None) -> Question | None:
    """What ``text`` asks about earnings, or None when it is about something else."""
    book = book or phrase_book(locale)
    tokens = book.tokens(text)
    if not tokens:
        return None
    reading = _read_periods(book, tokens, today)
    intent = _intent(book, tokens, has_period=bool(reading.periods) or reading.unclear)
    if intent is None and reading.dated and reading.bare:
        intent = EARNINGS  # a period alone, as a follow-up to an answer about earnings
    if intent is None:
        return None
    if intent not in (EARNINGS, CLICKS):
        return Question(intent)
    if reading.unclear:
        return Question(UNCLEAR)
    named = list(dict.fromkeys(reading.periods))
    if len(named) > 1:
        # "in total today": the specific period; two specific ones are not one answer.
        named = [p for p in named if p.kind != periods.ALL]
    if len(named) > 1:
        return Question(UNCLEAR)
    if not named:
        return Question(intent)
    if named[0].starts_after(today):
        return Question(FUTURE, named[0])
    return Question(intent, named[0])


def understand(text: str, locale: str, today: date, locales: Sequence[str] = ()) -> Question | None:
    """``parse`` in the user's language, then in the others (a question typed in another
    language than the one the user picked is still answered, in theirs)."""
    found = parse(text, locale, today)
    if found is not None:
        return found
    for other in locales:
        if other != locale:
            found = parse(text, other, today)
            if found is not None:
                return found
    return None


def topics(text: str, locale: str) -> set[str]:
    """The topic lists with a phrase in ``text`` (is it worth looking further?)."""
    book = phrase_book(locale)
    return book.topics_in(book.tokens(text))


def named_in(text: str, locale: str, names: Sequence[str]) -> tuple[int, str] | None:
    """The longest of ``names`` (campaign names, link codes) written in ``text`` as whole
    words, ignoring case and accents: its index and the text without it."""
    folded = " ".join(re.findall(r"\w+", fold(text, locale)))
    best: tuple[int, int, re.Match[str]] | None = None
    for index, name in enumerate(names):
        words = re.findall(r"\w+", fold(name, locale))
        if not words:
            continue
        found = re.search(rf"(?<!\w){re.escape(' '.join(words))}(?!\w)", folded)
        if found and (best is None or len(found[0]) > best[1]):
            best = (index, len(found[0]), found)
    if best is None:
        return None
    index, _, found = best
    return index, folded[: found.start()] + folded[found.end() :]


def _intent(book: PhraseBook, tokens: Sequence[Token], *, has_period: bool) -> str | None:
    """Pending and payout questions first; earnings when a topic word is clear enough.

    "waiting" or "payout" alone in a sentence ("I'm waiting for my link") is not a question:
    those need a question word, or a message of a word or two ("pending?").
    """
    found = book.topics_in(tokens)
    about, earn, payout, when = (
        "about" in found,
        "earn" in found,
        "payout" in found,
        "when" in found,
    )
    balance, clicks, how_much = "balance" in found, "clicks" in found, "how-much" in found
    asking = "ask" in found or how_much or when or len(tokens) <= SHORT_MESSAGE
    if "cancelled" in found and not payout and ("why" in found or (asking and not has_period)):
        return CANCELLED  # "why was my order cancelled?"
    if asking and "pending" in found:
        return PENDING
    if when and (payout or about or earn or balance):
        return PAYOUT
    if asking and payout and not (about or earn or balance):
        return PAYOUT
    if balance and not (has_period or about or earn or clicks):
        return BALANCE  # "what's my balance?": the balance, not this month's report
    if clicks and (has_period or asking) and not (about or earn):
        return CLICKS
    if about or balance or (clicks and asking) or (earn and (has_period or asking)):
        return EARNINGS
    if how_much and has_period:
        return EARNINGS  # "how much yesterday?"
    return None


def _scan(book: PhraseBook, tokens: Sequence[Token]) -> list[_Item]:
    """The periods, dates and markers of a message, left to right, longest phrase first."""
    items: list[_Item] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        if token.numeric is not None:
            kind = "iso" if token.iso else "numeric"
            items.append(_Item(kind, position, position + 1, numeric=token.numeric))
            position += 1
            continue
        found = next(book.periods.at(tokens, position), None)
        greeting = next(book.follow_ups.at(tokens, position), None)
        if greeting is not None and (found is None or greeting[2] > found[2]):
            position = greeting[2]  # "добрый день", "dzień dobry": a greeting, not a day
            continue
        if found is None:
            if token.text[:1].isdigit():
                items.append(_Item("number", position, position + 1))
            elif _expects_date(book, tokens, position):
                number, near = book.fuzzy_month(token.text)
                if number is not None:
                    items.append(_Item("month", position, position + 1, number))
                elif near:
                    items.append(_Item("near-month", position, position + 1))
            position += 1
            continue
        name, phrase, end = found
        number = next(
            (
                int(tokens[position + k].text)
                for k, word in enumerate(phrase)
                if word.text == NUMBER
            ),
            0,
        )
        if name in MONTHS:
            items.append(_Item("month", position, end, int(name.removeprefix("month-"))))
        elif name in PAST_DAYS:
            items.append(_Item(periods.LAST_DAYS, position, end, PAST_DAYS[name]))
        else:
            items.append(_Item(PERIOD_KINDS.get(name, name), position, end, number))
        position = end
    return items


def _expects_date(book: PhraseBook, tokens: Sequence[Token], position: int) -> bool:
    """A month name is expected here: after "in", "since", a day number; before a year."""
    before = tokens[position - 1] if position else None
    after = tokens[position + 1] if position + 1 < len(tokens) else None
    return (before is not None and (before.text in book.before_dates or before.text.isdigit())) or (
        after is not None and _YEAR.match(after.text) is not None
    )


_DATE_PARTS = {"month", "number", "numeric", "iso", "first-day"}
_DATE_GLUE = {"year-words", "month-words", "date-words"}
_ALONE_UNCLEAR = {"year-words", "month-words"}  # "за год", "par mois": which one?
_PERIOD_KINDS = set(PERIOD_KINDS.values())
_NAMED_DATES = {"month", "numeric", "iso"}  # a lone number is not a date


def _read_periods(book: PhraseBook, tokens: Sequence[Token], today: date) -> _Reading:
    """Every period the message names, and whether something period-like was not understood."""
    items = _scan(book, tokens)
    reading = _Reading()
    covered = {position for item in items for position in range(item.start, item.end)}
    # Only the follow-up words ("and", "а", "et", "y", "i") may surround a period said on its
    # own: "how are you today?" is not a question about today's earnings.
    covered |= book.follow_up_words(tokens)
    reading.bare = all(position in covered for position in range(len(tokens)))
    reading.dated = any(
        item.kind in _NAMED_DATES | _PERIOD_KINDS | {"since-start"} for item in items
    )
    index = 0
    while index < len(items):
        item = items[index]
        following = _next(items, index)
        starts = following is not None and following.kind == "start-of"
        if item.kind in ("since", "from") and starts and following is not None:
            index += 1  # "since the beginning of March": since its first day
            item, following = _Item("since", item.start, following.end), _next(items, index)
            if following is None or following.kind not in _DATE_PARTS | _DATE_GLUE:
                reading.unclear = True  # the beginning of what?
                index += 1
                continue
        if item.kind == "since-start":
            # "since the beginning" is all time; "since the beginning of March", March 1st on.
            if following is not None and following.kind in _DATE_PARTS | _DATE_GLUE:
                run, after = _run(items, index + 1)
                if any(part.kind in _DATE_PARTS for part in run):
                    reading.take(_run_period, book, run, tokens, today, True)
                else:
                    reading.unclear = True
                index = after
                continue
            reading.take(periods.relative, periods.ALL, today)
            index += 1
            continue
        if item.kind in ("since", "from", "start-of") and _skips_a_word(items, index, tokens):
            reading.unclear = True  # "с второго октября": a word not understood before the date
        if item.kind in ("since", "from") and following is not None:
            if following.kind in _DATE_PARTS | _DATE_GLUE:
                run, after = _run(items, index + 1)
                if any(part.kind in _DATE_PARTS for part in run):
                    reading.take(_run_period, book, run, tokens, today, True)
                    index = after
                    continue
            elif following.kind in _PERIOD_KINDS:
                # "since yesterday" runs up to today; "from yesterday" is yesterday's sales.
                reading.take(_relative, following, today, item.kind == "since")
                index += 2
                continue
        if item.kind in _DATE_PARTS:
            run, index = _run(items, index)
            reading.take(_run_period, book, run, tokens, today, False)
            continue
        if item.kind in _DATE_GLUE:
            run, after = _run(items, index)
            if any(part.kind in _DATE_PARTS for part in run):
                reading.take(_run_period, book, run, tokens, today, False)
            elif any(part.kind in _ALONE_UNCLEAR for part in run):
                reading.unclear = True  # "за год", "par mois": no year or month named
            index = after
            continue
        if item.kind in _PERIOD_KINDS:
            reading.take(_relative, item, today, False)
        elif item.kind in ("other-periods", "near-month", "start-of"):
            # "last quarter", "on Monday", "octobur", "at the start of March": not a period
            # we answer for, or a month we cannot be sure of.
            reading.unclear = True
        index += 1
    return reading


def _skips_a_word(items: Sequence[_Item], index: int, tokens: Sequence[Token]) -> bool:
    """A date comes one unknown word after ``items[index]`` ("since second October")."""
    if index + 1 >= len(items):
        return False
    following = items[index + 1]
    return following.start == items[index].end + 1 and following.kind in _DATE_PARTS | _DATE_GLUE


def _next(items: Sequence[_Item], index: int) -> _Item | None:
    """The item right after ``items[index]``, if no other word lies between them."""
    if index + 1 < len(items) and items[index + 1].start == items[index].end:
        return items[index + 1]
    return None


def _run(items: Sequence[_Item], index: int) -> tuple[list[_Item], int]:
    """Adjacent date parts from ``index`` ("the 3rd of October 2025"), and where they end."""
    run: list[_Item] = []
    while index < len(items) and items[index].kind in _DATE_PARTS | _DATE_GLUE:
        if run and items[index].start != run[-1].end:
            break
        run.append(items[index])
        index += 1
    return run, index


@dataclass(frozen=True, slots=True)
class _DateParts:
    year: int | None
    month: int | None
    day: int | None


def _parts(book: PhraseBook, run: Sequence[_Item], tokens: Sequence[Token]) -> _DateParts:
    """Day, month and year of a run; PeriodError when it holds too much or nonsense."""
    months = [item.value for item in run if item.kind == "month"]
    numerics = [item.numeric for item in run if item.numeric is not None]
    days: list[int] = []
    years: list[int] = []
    for item in run:
        if item.kind == "first-day":
            days.append(1)
            continue
        if item.kind != "number":
            continue
        text = tokens[item.start].text
        if match := _YEAR.match(text):
            years.append(int(match[1]))
        elif (match := _DAY.match(text)) and 1 <= int(match[1]) <= 31:
            days.append(int(match[1]))
        else:
            raise PeriodError(text)
    if numerics:
        first, second, written_year = numerics[0]
        if len(numerics) > 1 or months or days or len(years) > (written_year is None):
            raise PeriodError("two dates")
        iso = any(item.kind == "iso" for item in run)
        month_first = book.month_first and first <= 12 and not iso
        if month_first and first != second and second <= 12:
            raise PeriodError("3/10: March or October?")  # not a guess
        day, month = (second, first) if month_first else (first, second)
        return _DateParts(written_year or (years[0] if years else None), month, day)
    if len(months) > 1 or len(days) > 1 or len(years) > 1:
        raise PeriodError("two dates")
    if not months and (days or not years):
        raise PeriodError("a day of which month?")
    return _DateParts(
        years[0] if years else None, months[0] if months else None, days[0] if days else None
    )


def _run_period(
    book: PhraseBook, run: Sequence[_Item], tokens: Sequence[Token], today: date, since: bool
) -> Period:
    """ "in 2025", "in October", "on 3 October"; with ``since``, from its first day to today."""
    parts = _parts(book, run, tokens)
    if parts.month is not None and parts.day is not None:
        period = periods.day(parts.year, parts.month, parts.day, today)
    elif parts.month is not None:
        period = periods.month(parts.year, parts.month, today)
    elif parts.year is not None:
        period = periods.year(parts.year, today)
    else:  # _parts refuses a run without a month or a year; a day alone names no date
        raise PeriodError("a day of which month?")
    return periods.since(period.first_day(), today) if since else period


def _relative(item: _Item, today: date, since: bool) -> Period:
    period = periods.relative(item.kind, today, item.value)
    if since and period.start is not None:
        return periods.since(period.start, today)
    return period

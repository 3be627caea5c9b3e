"""Questions in people's own words, in each language, mapped to what they ask and the period.

"Today" is pinned: Wednesday 25 November 2026. A question that is not about earnings gives
None; one about earnings whose period is not understood is UNCLEAR (examples), never a guess.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.core.i18n import SUPPORTED_LOCALES, Translator
from bot.services import periods
from bot.services.periods import Period
from bot.services.questions import (
    CLICKS,
    EARNINGS,
    FUTURE,
    NAMES,
    PAYOUT,
    PENDING,
    UNCLEAR,
    Question,
    fold,
    parse,
    parse_phrases,
    phrase_book,
    understand,
)

TODAY = date(2026, 11, 25)


def month(year: int, number: int) -> Period:
    return periods.month(year, number, TODAY)


def since(year: int, number: int, day: int) -> Period:
    return periods.since(date(year, number, day), TODAY)


def day(year: int, number: int, day_of_month: int) -> Period:
    return periods.day(year, number, day_of_month, TODAY)


def last(kind: str, days: int = 0) -> Period:
    return periods.relative(kind, TODAY, days)


def asks(period: Period | None = None) -> Question:
    return Question(EARNINGS, period)


TODAY_ = last(periods.TODAY)
YESTERDAY = last(periods.YESTERDAY)
THIS_WEEK = last(periods.THIS_WEEK)
LAST_WEEK = last(periods.LAST_WEEK)
THIS_MONTH = last(periods.THIS_MONTH)
LAST_MONTH = last(periods.LAST_MONTH)
THIS_YEAR = last(periods.THIS_YEAR)
LAST_YEAR = last(periods.LAST_YEAR)
ALL = last(periods.ALL)
PENDING_Q = Question(PENDING)
PAYOUT_Q = Question(PAYOUT)
UNCLEAR_Q = Question(UNCLEAR)

# The examples of the issue.
ISSUE = [
    ("en", "how much did I earn in October?", asks(month(2026, 10))),
    ("ru", "сколько я заработал в октябре", asks(month(2026, 10))),
    ("fr", "combien j'ai gagné la semaine dernière ?", asks(LAST_WEEK)),
    ("es", "¿cuánto gané este mes?", asks(THIS_MONTH)),
    ("pl", "ile zarobiłem w październiku?", asks(month(2026, 10))),
    ("en", "what is pending?", PENDING_Q),
    ("en", "when do I get paid?", PAYOUT_Q),
]

ENGLISH = [
    ("How much did I make today?", asks(TODAY_)),
    ("HOW MUCH DID I EARN YESTERDAY", asks(YESTERDAY)),
    ("earnings this week", asks(THIS_WEEK)),
    ("what did i earn last month", asks(LAST_MONTH)),
    ("how much did I earn in oct 2025?", asks(month(2025, 10))),
    ("how much did I earn in December?", asks(month(2025, 12))),  # the last one that began
    ("since 3 October", asks(since(2026, 10, 3))),
    ("how much have I made since the 1st of September?", asks(since(2026, 9, 1))),
    ("earnings from 2026-10-01", asks(since(2026, 10, 1))),
    ("earnings since yesterday", asks(since(2026, 11, 24))),
    ("orders from yesterday", asks(YESTERDAY)),
    ("how many orders in the last 30 days?", asks(last(periods.LAST_DAYS, 30))),
    ("earnings this year", asks(THIS_YEAR)),
    ("what did I earn last year", asks(LAST_YEAR)),
    ("commission on 3 November", asks(day(2026, 11, 3))),
    ("earnings on 13/10", asks(day(2026, 10, 13))),  # only one way to read it
    ("how much did I earn in 2025", asks(periods.year(2025, TODAY))),
    ("how much did I earn in total?", asks(ALL)),
    ("how much did I earn in total this month", asks(THIS_MONTH)),
    ("show my stats for november", asks(month(2026, 11))),
    ("my earnings", asks()),
    ("and yesterday?", asks(YESTERDAY)),
    ("what about October?", asks(month(2026, 10))),
    ("is anything still pending?", PENDING_Q),
    ("pending?", PENDING_Q),
    ("When is the next payout?", PAYOUT_Q),
    ("how long until I get paid", PAYOUT_Q),
    ("how much did I earn last quarter?", UNCLEAR_Q),
    ("how much did I earn between 1 and 15 October?", UNCLEAR_Q),
    ("earnings on 3/10", UNCLEAR_Q),  # 3 October or March 10th: not a guess
    ("how much did I earn on Monday", UNCLEAR_Q),
    ("how much did I earn today and yesterday", UNCLEAR_Q),  # two periods
    ("how much did I earn on 31 February", UNCLEAR_Q),
    ("how much did I earn in 1990", UNCLEAR_Q),
    ("how much did I earn except today", UNCLEAR_Q),  # not today: all but today
    ("how much did I earn not counting today", UNCLEAR_Q),
    ("how much did I earn up to yesterday", UNCLEAR_Q),
    ("how much did I earn in December 2026?", Question(FUTURE, month(2026, 12))),
]

RUSSIAN = [
    ("Сколько я заработала сегодня?", asks(TODAY_)),
    ("skolko ya zarabotal v oktyabre", asks(month(2026, 10))),
    ("skolko zarabotal segodnya", asks(TODAY_)),
    ("СКОЛЬКО Я ЗАРАБОТАЛ ВЧЕРА", asks(YESTERDAY)),
    ("заработок за прошлый месяц", asks(LAST_MONTH)),
    ("сколько заказов на этой неделе", asks(THIS_WEEK)),
    ("заработок за прошлую неделю", asks(LAST_WEEK)),
    ("с 1 октября", asks(since(2026, 10, 1))),
    ("сколько я заработал с 1 октября 2025 года", asks(since(2025, 10, 1))),
    ("сколько я заработал в октябре 2025 г.", asks(month(2025, 10))),
    ("октябрь", asks(month(2026, 10))),
    ("мой доход за последние 30 дней", asks(last(periods.LAST_DAYS, 30))),
    ("сколько кликов было вчера", Question(CLICKS, YESTERDAY)),
    ("сколько я заработал за всё время", asks(ALL)),
    ("сколько я заработал в этом году", asks(THIS_YEAR)),
    ("сколько я заработал в прошлом году", asks(LAST_YEAR)),
    ("сколько я заработал 3 октября", asks(day(2026, 10, 3))),
    ("заработок с 03.10.2026", asks(since(2026, 10, 3))),
    ("а в сентябре?", asks(month(2026, 9))),
    ("мой заработок", asks()),
    ("что ещё не подтверждено?", PENDING_Q),
    ("сколько в холде?", PENDING_Q),
    ("когда мне заплатят?", PAYOUT_Q),
    ("когда можно вывести деньги?", PAYOUT_Q),
    ("сколько я заработал за квартал", UNCLEAR_Q),
    ("сколько я заработал с 1 по 15 октября", UNCLEAR_Q),
    ("сколько я заработал в понедельник", UNCLEAR_Q),
    ("сколько я заработал кроме сегодня", UNCLEAR_Q),
    ("сколько я заработал не считая сегодня", UNCLEAR_Q),
    ("сколько я заработал в декабре 2026", Question(FUTURE, month(2026, 12))),
]

FRENCH = [
    ("combien j'ai gagne aujourd'hui", asks(TODAY_)),
    ("COMBIEN J'AI GAGNÉ HIER ?", asks(YESTERDAY)),
    ("mes gains de ce mois-ci", asks(THIS_MONTH)),
    ("combien j’ai gagné le mois dernier", asks(LAST_MONTH)),
    ("depuis le 1er octobre", asks(since(2026, 10, 1))),
    ("combien de commandes cette semaine ?", asks(THIS_WEEK)),
    ("combien j'ai gagné en octobre 2025 ?", asks(month(2025, 10))),
    ("mes gains des 30 derniers jours", asks(last(periods.LAST_DAYS, 30))),
    ("combien j'ai gagné cette année", asks(THIS_YEAR)),
    ("combien j'ai gagné l'année dernière", asks(LAST_YEAR)),
    ("combien j'ai gagné le 3 novembre", asks(day(2026, 11, 3))),
    ("combien j'ai gagné au total", asks(ALL)),
    ("combien de clics depuis le 03/10/2026", Question(CLICKS, since(2026, 10, 3))),
    ("et en septembre ?", asks(month(2026, 9))),
    ("mes gains", asks()),
    ("qu'est-ce qui est en attente ?", PENDING_Q),
    ("combien est en attente de validation ?", PENDING_Q),
    ("quand vais-je recevoir mon paiement ?", PAYOUT_Q),
    ("quand est-ce que je suis payée ?", PAYOUT_Q),
    ("combien j'ai gagné ce week-end ?", UNCLEAR_Q),
    ("combien j'ai gagné au dernier trimestre ?", UNCLEAR_Q),
    ("combien j'ai gagné entre le 1er et le 15 octobre ?", UNCLEAR_Q),
    ("combien j'ai gagné sauf aujourd'hui ?", UNCLEAR_Q),
    ("combien j'ai gagné hors aujourd'hui ?", UNCLEAR_Q),
    ("combien j'ai gagné en décembre 2026 ?", Question(FUTURE, month(2026, 12))),
]

SPANISH = [
    ("cuanto gane hoy", asks(TODAY_)),
    ("¿CUÁNTO GANÉ AYER?", asks(YESTERDAY)),
    ("mis ganancias del mes pasado", asks(LAST_MONTH)),
    ("¿cuántos pedidos esta semana?", asks(THIS_WEEK)),
    ("desde el 1 de octubre", asks(since(2026, 10, 1))),
    ("¿cuánto gané desde el 1 de octubre?", asks(since(2026, 10, 1))),
    ("¿cuánto gané en octubre de 2025?", asks(month(2025, 10))),
    ("ganancias de los últimos 30 días", asks(last(periods.LAST_DAYS, 30))),
    ("¿cuánto he ganado este año?", asks(THIS_YEAR)),
    ("¿cuánto gané el año pasado?", asks(LAST_YEAR)),
    ("¿cuánto gané la semana pasada?", asks(LAST_WEEK)),
    ("¿cuánto gané el 3 de noviembre?", asks(day(2026, 11, 3))),
    ("¿cuánto he ganado en total?", asks(ALL)),
    ("cuanto gane en diciembre", asks(month(2025, 12))),
    ("¿y en septiembre?", asks(month(2026, 9))),
    ("mis ganancias", asks()),
    ("¿qué está pendiente?", PENDING_Q),
    ("¿cuánto tengo pendiente?", PENDING_Q),
    ("¿cuándo cobro?", PAYOUT_Q),
    ("¿cuándo me pagarán?", PAYOUT_Q),
    ("¿cuánto gané el fin de semana?", UNCLEAR_Q),
    ("¿cuánto gané el último trimestre?", UNCLEAR_Q),
    ("¿cuánto gané entre el 1 y el 15 de octubre?", UNCLEAR_Q),
    ("¿cuánto gané excepto hoy?", UNCLEAR_Q),
    ("¿cuánto gané sin contar hoy?", UNCLEAR_Q),
    ("¿cuánto gané en diciembre de 2026?", Question(FUTURE, month(2026, 12))),
]

POLISH = [
    ("ile zarobilem dzisiaj", asks(TODAY_)),
    ("ile zarobilem w pazdzierniku", asks(month(2026, 10))),
    ("ILE ZAROBIŁAM WCZORAJ?", asks(YESTERDAY)),
    ("zarobki w tym miesiącu", asks(THIS_MONTH)),
    ("ile zarobiłem w zeszłym miesiącu", asks(LAST_MONTH)),
    ("od 1 października", asks(since(2026, 10, 1))),
    ("ile zamówień w tym tygodniu?", asks(THIS_WEEK)),
    ("ile zarobiłem w październiku 2025 r.?", asks(month(2025, 10))),
    ("zarobki z ostatnich 30 dni", asks(last(periods.LAST_DAYS, 30))),
    ("ile zarobiłem w tym roku", asks(THIS_YEAR)),
    ("ile zarobiłem w zeszłym roku", asks(LAST_YEAR)),
    ("ile zarobiłem 3 listopada", asks(day(2026, 11, 3))),
    ("ile zarobiłem łącznie", asks(ALL)),
    ("ile kliknięć od 03.10.2026", Question(CLICKS, since(2026, 10, 3))),
    ("ile zarobilem w grudniu", asks(month(2025, 12))),
    ("a we wrześniu?", asks(month(2026, 9))),
    ("moje zarobki", asks()),
    ("co czeka na potwierdzenie?", PENDING_Q),
    ("ile jest niepotwierdzone?", PENDING_Q),
    ("kiedy dostanę wypłatę?", PAYOUT_Q),
    ("kiedy będzie przelew?", PAYOUT_Q),
    ("ile zarobiłem w weekend", UNCLEAR_Q),
    ("ile zarobiłem w ostatnim kwartale", UNCLEAR_Q),
    ("ile zarobiłem między 1 a 15 października", UNCLEAR_Q),
    ("ile zarobiłem do października", UNCLEAR_Q),  # up to October, not October
    ("ile zarobiłem do wczoraj", UNCLEAR_Q),
    ("ile zarobiłem oprócz dzisiaj", UNCLEAR_Q),
    ("ile zarobiłem w grudniu 2026", Question(FUTURE, month(2026, 12))),
]

# Not about earnings: other intents (or "not understood") answer these.
NOT_EARNINGS = [
    ("en", "hello"),
    ("en", "how do I create a link?"),
    ("en", "I want to earn more"),
    ("en", "what is the weather today?"),
    ("en", "I'm waiting for my link"),
    ("en", "I want to change my payout method"),
    ("en", "3"),
    ("en", "tomorrow"),
    ("en", "how are you today?"),  # short words, but not a follow-up
    ("en", "see you today"),
    ("ru", "привет"),
    ("ru", "как создать ссылку?"),
    ("ru", "какая погода сегодня?"),
    ("ru", "хочу заработать больше"),
    ("ru", "спасибо"),
    ("ru", "ну как ты сегодня?"),
    ("fr", "bonjour"),
    ("fr", "comment créer un lien ?"),
    ("fr", "quel temps fait-il aujourd'hui ?"),
    ("fr", "je veux gagner plus"),
    ("fr", "merci beaucoup"),
    ("fr", "ça va aujourd'hui ?"),
    ("es", "hola"),
    ("es", "¿cómo creo un enlace?"),
    ("es", "¿qué tiempo hace hoy?"),
    ("es", "quiero ganar más"),
    ("es", "gracias"),
    ("es", "¿qué tal hoy?"),
    ("pl", "cześć"),
    ("pl", "jak utworzyć link?"),
    ("pl", "jaka jest dziś pogoda?"),
    ("pl", "chcę więcej zarabiać"),
    ("pl", "dziękuję"),
    ("pl", "jak tam dzisiaj?"),
]

CASES = [
    *ISSUE,
    *(("en", text, expected) for text, expected in ENGLISH),
    *(("ru", text, expected) for text, expected in RUSSIAN),
    *(("fr", text, expected) for text, expected in FRENCH),
    *(("es", text, expected) for text, expected in SPANISH),
    *(("pl", text, expected) for text, expected in POLISH),
]


@pytest.mark.parametrize(("locale", "text", "expected"), CASES)
def test_question_means_its_period(locale: str, text: str, expected: Question) -> None:
    assert parse(text, locale, TODAY) == expected


@pytest.mark.parametrize(("locale", "text"), NOT_EARNINGS)
def test_other_messages_are_left_to_others(locale: str, text: str) -> None:
    assert understand(text, locale, TODAY, SUPPORTED_LOCALES) is None


def test_each_language_has_ten_more_phrasings_than_the_issue() -> None:
    for table in (ENGLISH, RUSSIAN, FRENCH, SPANISH, POLISH):
        assert len(table) >= 10 + 5


def test_a_question_in_another_language_is_still_understood() -> None:
    asked = understand("сколько я заработал в октябре?", "en", TODAY, SUPPORTED_LOCALES)
    assert asked == asks(month(2026, 10))
    assert understand("¿cuánto gané ayer?", "pl", TODAY, SUPPORTED_LOCALES) == asks(YESTERDAY)


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_the_examples_the_bot_gives_are_understood(translator: Translator, locale: str) -> None:
    """What earnings-examples suggests must work when typed, in every language."""
    text = translator.render(locale, "earnings-examples")
    examples = [line.removeprefix("• ") for line in text.splitlines() if line.startswith("• ")]
    assert len(examples) == 6
    for example in examples:
        asked = parse(example, locale, TODAY)
        assert asked is not None, example
        assert asked.intent in (EARNINGS, PENDING, PAYOUT), example


def test_accents_case_and_latin_russian_fold_the_same() -> None:
    assert fold("Zarobiłem w PAŹDZIERNIKU", "pl") == "zarobilem w pazdzierniku"
    assert fold("Gagné aujourd’hui", "fr") == "gagne aujourd’hui"
    assert fold("октября", "ru") == fold("oktjabrja", "ru") == fold("oktyabrya", "ru")
    assert fold("Сколько", "ru") == fold("skolko", "ru")
    assert fold("щётка", "ru") == fold("shchetka", "ru")


def test_a_phrase_file_missing_a_list_is_refused() -> None:
    with pytest.raises(ValueError, match="missing"):
        parse_phrases("earnings-phrases-about = earnings\n", "en")


def test_a_stem_and_a_number_slot_match_as_written() -> None:
    book = parse_phrases(
        "\n".join(
            f"earnings-phrases-{name} = {value}"
            for name, value in {
                **{name: f"zz{name.replace('-', '')}" for name in NAMES},
                "earn": "earn*",
                "last-days": "last # days",
            }.items()
        ),
        "en",
    )
    assert parse("earned in the last 12 days", "en", TODAY, book) == asks(
        last(periods.LAST_DAYS, 12)
    )
    assert parse("earned in the last 1000 days", "en", TODAY, book) == UNCLEAR_Q


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_phrase_lists_have_no_empty_or_duplicate_entries(locale: str) -> None:
    book = phrase_book(locale)
    for name, phrases in book.phrases.items():
        assert phrases, f"{locale}: {name} is empty"
        assert len(set(phrases)) == len(phrases), f"{locale}: {name} repeats a phrase"
    months = [p for n in range(1, 13) for p in book.phrases[f"month-{n}"]]
    assert len(set(months)) == len(months), f"{locale}: one word names two months"

"""Earnings questions as people really type them: typos, no accents, Russian in Latin letters,
a greeting first, no earnings word ("how much yesterday?"). 40 per language, each pinned to
Wednesday 25 November 2026 and to the period (or the kind of answer) it asks for.

The rule checked: no answer ever names a period other than the one asked (0 wrong periods);
at least 95% are understood, the rest get the examples (UNCLEAR), never a guess.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.services import periods
from bot.services.periods import Period
from bot.services.questions import (
    BALANCE,
    CLICKS,
    EARNINGS,
    PAYOUT,
    PENDING,
    UNCLEAR,
    Question,
    parse,
    phrase_book,
)

TODAY = date(2026, 11, 25)


def rel(kind: str, days: int = 0) -> Period:
    return periods.relative(kind, TODAY, days)


def month(number: int, year: int = 2026) -> Period:
    return periods.month(year, number, TODAY)


def since(number: int, day: int = 1, year: int = 2026) -> Period:
    return periods.since(date(year, number, day), TODAY)


def year(number: int) -> Period:
    return periods.year(number, TODAY)


TD, YD = rel(periods.TODAY), rel(periods.YESTERDAY)
TW, LW = rel(periods.THIS_WEEK), rel(periods.LAST_WEEK)
TM, LM = rel(periods.THIS_MONTH), rel(periods.LAST_MONTH)
TY, AL = rel(periods.THIS_YEAR), rel(periods.ALL)
D7, D30 = rel(periods.LAST_DAYS, 7), rel(periods.LAST_DAYS, 30)
OCT, SEP, MAR = month(10), month(9), month(3)


def e(period: Period | None = None) -> Question:
    return Question(EARNINGS, period)


def clicks(period: Period | None = None) -> Question:
    return Question(CLICKS, period)


PEND, PAY, BAL, EXAMPLES = Question(PENDING), Question(PAYOUT), Question(BALANCE), None

# (text, expected); None: the examples are a right answer too (UNCLEAR), never a period.
TYPED: dict[str, list[tuple[str, Question | None]]] = {
    "en": [
        ("how much yesterday", e(YD)),
        ("hi! how much did i make yesterday?", e(YD)),
        ("hey how much did i make ystd", e(YD)),
        ("how much today", e(TD)),
        ("hello, how much did I earn 2day", e(TD)),
        ("how much did i ern this week", e(TW)),
        ("what did i make last wk", e(LW)),
        ("how much in octobr", e(OCT)),
        ("how much did i make in ocotber?", e(OCT)),
        ("earnigns in september", e(SEP)),
        ("since the beginning of March", e(since(3))),
        ("how much since the start of march", e(since(3))),
        ("how much have i made since the first of october", e(since(10))),
        ("how much did I make since 1st oct", e(since(10))),
        ("how much in the month of october", e(OCT)),
        ("how much did i make in 2025", e(year(2025))),
        ("how much this year", e(TY)),
        ("how much did i earn over the past week", e(D7)),
        ("how much did i earn over the past month", e(D30)),
        ("last 30 days earnings pls", e(rel(periods.LAST_DAYS, 30))),
        ("whats my balance", BAL),
        ("hi whats my ballance?", BAL),
        ("how many clicks today", clicks(TD)),
        ("how many clicks yesterday?", clicks(YD)),
        ("clicks this month", clicks(TM)),
        ("wen do i get paid", PAY),
        ("when is the next payout", PAY),
        ("what's pending?", PEND),
        ("anything pending", PEND),
        ("how much in total", e(AL)),
        ("how much did i make since the beginning", e(AL)),
        ("how much did i make last month", e(LM)),
        ("and yesterday?", e(YD)),
        ("what about october", e(OCT)),
        ("how much did I make in marhc 2026", e(MAR)),
        ("how much did i make since the start of the month", e(TM)),
        ("how much for the year", EXAMPLES),
        ("how much did i make since second of october", EXAMPLES),
        ("how much did i make at the beginning of march", EXAMPLES),
        ("earnings per month", EXAMPLES),
    ],
    "ru": [
        ("сколько вчера", e(YD)),
        ("привет, сколько я заработал вчера?", e(YD)),
        ("skolko vchera", e(YD)),
        ("privet skolko zarabotal segodnya", e(TD)),
        ("сколько седня", e(TD)),
        ("skolko zarabotala v oktyabre", e(OCT)),
        ("сколько я заработал в октябре месяце", e(OCT)),
        ("сколько за 2025 год", e(year(2025))),
        ("сколько мне начислили в этом месяце", e(TM)),
        ("сколько начислили за прошлую неделю", e(LW)),
        ("с начала марта сколько", e(since(3))),
        ("сколько заработал с начала марта", e(since(3))),
        ("с первого октября", e(since(10))),
        ("skolko zarabotal s pervogo oktyabrya", e(since(10))),
        ("сколько заработал в окятбре", e(OCT)),
        ("сколько в сентябре", e(SEP)),
        ("zdravstvuyte, skolko ya zarabotal v sentyabre", e(SEP)),
        ("сколько за последнюю неделю", e(D7)),
        ("сколько за последний месяц", e(D30)),
        ("сколько за прошлый месяц", e(LM)),
        ("сколько в этом году", e(TY)),
        ("сколько всего", e(AL)),
        ("сколько с самого начала", e(AL)),
        ("какой у меня баланс", BAL),
        ("balans?", BAL),
        ("сколько кликов сегодня", clicks(TD)),
        ("skolko perehodov vchera", clicks(YD)),
        ("когда выведут деньги", PAY),
        ("когда зачислят?", PAY),
        ("kogda viplata", PAY),
        ("когда следующая выплата", PAY),
        ("что в ожидании", PEND),
        ("сколько в холде", PEND),
        ("а вчера?", e(YD)),
        ("а в октябре?", e(OCT)),
        ("сколько заработал за 7 дней", e(rel(periods.LAST_DAYS, 7))),
        ("сколько за год", EXAMPLES),
        ("сколько я заработал со второго октября", EXAMPLES),
        ("сколько за месяц", EXAMPLES),
        ("сколько в выходные", EXAMPLES),
    ],
    "fr": [
        ("combien hier", e(YD)),
        ("bonjour, combien j'ai gagné hier ?", e(YD)),
        ("combien en octobre", e(OCT)),
        ("cb en octobr", e(OCT)),
        ("combien j'ai fait ce mois", e(TM)),
        ("combien j ai fait cette semaine", e(TW)),
        ("ça m'a rapporté combien hier", e(YD)),
        ("ca m a rapporte combien la semaine derniere", e(LW)),
        ("au mois d'octobre combien", e(OCT)),
        ("combien au mois de septembre", e(SEP)),
        ("depuis début mars", e(since(3))),
        ("combien depuis le debut de mars", e(since(3))),
        ("combien j'ai gagne depuis le premier octobre", e(since(10))),
        ("combien depuis le 1er octobre", e(since(10))),
        ("salut combien aujourdhui", e(TD)),
        ("combien ajd", e(TD)),
        ("combien cette annee", e(TY)),
        ("combien en 2025", e(year(2025))),
        ("combien le mois dernier", e(LM)),
        ("combien le mois ecoule", e(D30)),
        ("combien au total", e(AL)),
        ("combien depuis le debut", e(AL)),
        ("quel est mon solde", BAL),
        ("mon solde ?", BAL),
        ("combien de clics aujourd'hui", clicks(TD)),
        ("combien de clics hier", clicks(YD)),
        ("qd est ce que je suis payé", PAY),
        ("quand est le prochain versement", PAY),
        ("qu'est-ce qui n'est pas encore validé ?", PEND),
        ("combien en attente", PEND),
        ("et hier ?", e(YD)),
        ("et en septembre ?", e(SEP)),
        ("combien ces 30 derniers jours", e(rel(periods.LAST_DAYS, 30))),
        ("combien en octobre 2025", e(month(10, 2025))),
        ("combien j'ai gagne depuis hier", e(since(11, 24))),
        ("combien en mars 2026", e(MAR)),
        ("combien par mois", EXAMPLES),
        ("combien ce week-end", EXAMPLES),
        ("combien au debut de mars", EXAMPLES),
        ("combien depuis deuxieme octobre", EXAMPLES),
    ],
    "es": [
        ("cuanto ayer", e(YD)),
        ("hola! cuanto gane ayer?", e(YD)),
        ("cuánto llevo este mes", e(TM)),
        ("cuanto llevo esta semana", e(TW)),
        ("cuanto saque en octubre", e(OCT)),
        ("cuánto saqué el mes pasado", e(LM)),
        ("el mes de octubre cuanto gane", e(OCT)),
        ("cuanto en el mes de septiembre", e(SEP)),
        ("desde principios de marzo", e(since(3))),
        ("cuanto gane desde principios de marzo", e(since(3))),
        ("cuanto desde el primero de octubre", e(since(10))),
        ("cuanto gane desde el 1 de octubre", e(since(10))),
        ("hola cuanto gane en octubr", e(OCT)),
        ("cuanto gane en setiembre", e(SEP)),
        ("cuanto hoy", e(TD)),
        ("buenas, cuanto gane oy", e(TD)),
        ("cuanto este ano", e(TY)),
        ("cuanto en 2025", e(year(2025))),
        ("cuanto la ultima semana", e(D7)),
        ("cuanto el ultimo mes", e(D30)),
        ("cuanto en total", e(AL)),
        ("cuanto desde el principio", e(AL)),
        ("cual es mi saldo", BAL),
        ("mi saldo?", BAL),
        ("cuantos clics hoy", clicks(TD)),
        ("cuantos clics ayer", clicks(YD)),
        ("cuando me pagais", PAY),
        ("cuándo me pagas?", PAY),
        ("cuando es el proximo cobro", PAY),
        ("q tengo pendiente", PEND),
        ("que esta pendiente", PEND),
        ("y ayer?", e(YD)),
        ("y en septiembre?", e(SEP)),
        ("cuanto gane los ultimos 30 dias", e(rel(periods.LAST_DAYS, 30))),
        ("cuanto gane en octubre de 2025", e(month(10, 2025))),
        ("cuanto gane desde ayer", e(since(11, 24))),
        ("cuanto por mes", EXAMPLES),
        ("cuanto el fin de semana", EXAMPLES),
        ("cuanto gane a principios de marzo", EXAMPLES),
        ("cuanto gane desde segundo de octubre", EXAMPLES),
    ],
    "pl": [
        ("ile wczoraj", e(YD)),
        ("czesc, ile zarobilem wczoraj?", e(YD)),
        ("siema ile hajsu dzisiaj", e(TD)),
        ("ile dzisaj", e(TD)),
        ("ile wpadlo w tym tyg", e(TW)),
        ("ile zarobilem z zeszlego tygodnia", e(LW)),
        ("ile kasy w zeszlym tyg", e(LW)),
        ("ile zarobilam w ostatnim miesiacu", e(D30)),
        ("ile w ostatnim tygodniu", e(D7)),
        ("ile zarobilem w zeszlym miesiacu", e(LM)),
        ("od początku marca", e(since(3))),
        ("ile zarobilem od poczatku marca", e(since(3))),
        ("od pierwszego pazdziernika", e(since(10))),
        ("ile od 1 pazdziernika", e(since(10))),
        ("ile kasy w pazdziernku", e(OCT)),
        ("ile zarobilem we wrzesniu", e(SEP)),
        ("ile w pazdzierniku", e(OCT)),
        ("ile w tym roku", e(TY)),
        ("ile w 2025 roku", e(year(2025))),
        ("ile lacznie", e(AL)),
        ("ile od poczatku", e(AL)),
        ("jakie mam saldo", BAL),
        ("saldo?", BAL),
        ("ile kliknięć dzisiaj", clicks(TD)),
        ("ile klikniec wczoraj", clicks(YD)),
        ("kiedy wyplata", PAY),
        ("kiedy przelejecie kase", PAY),
        ("kiedy nastepna wyplata", PAY),
        ("co czeka na potwierdzenie", PEND),
        ("ile jest niepotwierdzone", PEND),
        ("a wczoraj?", e(YD)),
        ("a we wrzesniu?", e(SEP)),
        ("ile zarobilem w ostatnich 30 dniach", e(rel(periods.LAST_DAYS, 30))),
        ("ile zarobilem w pazdzierniku 2025", e(month(10, 2025))),
        ("ile zarobilem od wczoraj", e(since(11, 24))),
        ("dzien dobry, ile zarobilam w marcu", e(MAR)),
        ("ile za rok", EXAMPLES),
        ("ile w weekend", EXAMPLES),
        ("ile od drugiego pazdziernika", EXAMPLES),
        ("ile zarobilem na poczatku marca", EXAMPLES),
    ],
}
UNDERSTOOD = 0.95


@pytest.mark.parametrize("locale", list(TYPED))
def test_typed_questions_never_name_a_wrong_period(locale: str) -> None:
    wrong: list[str] = []
    for text, expected in TYPED[locale]:
        got = parse(text, locale, TODAY)
        if expected is None:  # only the examples are right
            if got != Question(UNCLEAR):
                wrong.append(f"{text!r}: {got} (expected the examples)")
        elif got != expected and got != Question(UNCLEAR):
            wrong.append(f"{text!r}: {got} != {expected}")
    assert wrong == [], "\n".join(wrong)


@pytest.mark.parametrize("locale", list(TYPED))
def test_typed_questions_are_understood(locale: str) -> None:
    assert len(TYPED[locale]) == 40
    missed = [
        text
        for text, expected in TYPED[locale]
        if expected is not None and parse(text, locale, TODAY) != expected
    ]
    understood = 1 - len(missed) / len(TYPED[locale])
    assert understood >= UNDERSTOOD, missed


@pytest.mark.parametrize(
    ("locale", "word", "number"),
    [
        ("en", "octobr", 10),
        ("en", "septmber", 9),
        ("fr", "octobr", 10),
        ("es", "octubr", 10),
        ("pl", "pazdziernku", 10),
        ("ru", "oktiabre", 10),
    ],
)
def test_a_misspelt_month_is_read_as_its_month(locale: str, word: str, number: int) -> None:
    assert phrase_book(locale).fuzzy_month(word)[0] == number


@pytest.mark.parametrize(
    ("locale", "word"),
    [
        ("en", "juny"),  # June or July: too short to tell
        ("es", "junlio"),  # junio or julio: as close to both
        ("fr", "mais"),  # a word ("but"), not mai or mars
    ],
)
def test_a_typo_never_turns_one_month_into_another(locale: str, word: str) -> None:
    assert phrase_book(locale).fuzzy_month(word)[0] is None

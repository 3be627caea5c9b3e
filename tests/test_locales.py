"""Every language has every message, with the same variables and the plural forms CLDR needs,
and nothing is left in English."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from babel import Locale
from fluent.syntax import FluentParser, ast
from fluent.syntax.serializer import serialize_pattern

from bot.core.i18n import Translator
from tests.support import normalise

LOCALES_DIR = Path(__file__).resolve().parents[1] / "locales"
TRANSLATED = ("ru", "fr", "es", "pl")
PLURAL_KEYS = {"zero", "one", "two", "few", "many", "other"}
# Proper names that are the same in every language.
SAME_EVERYWHERE = {
    "language-name-en",
    "language-name-ru",
    "language-name-fr",
    "language-name-es",
    "language-name-pl",
    "platform-instagram",
    "platform-tiktok",
    "platform-youtube",
    "platform-vk",
    "platform-twitch",
    "payout-method-kind.paypal",
    # Payout methods: brand names, and the masked details beside them.
    "payout-method-kind.blik",
    "payout-shown-paypal",
    "payout-shown-blik",
    "payout-card-system-mir",
    "payout-card-system-visa",
    "payout-card-system-mastercard",
    "payout-card-system-maestro",
    "payout-card-system-unionpay",
    "payout-card-system-amex",
    "payout-card-system-jcb",
    *(f"payout-bank-{key}" for key in ("tbank", "vtb", "alfa", "gazprombank", "ozon")),
    *(f"payout-bank-{key}" for key in ("sber", "raiffeisen", "yandex")),
    *(f"payout-sbp-bank.{key}" for key in ("sber", "tbank", "vtb", "alfa", "gazprombank")),
    *(f"payout-sbp-bank.{key}" for key in ("raiffeisen", "ozon", "yandex")),
    "support-show",  # layout only: a ticket's line above its messages
    "support-show-message",  # layout only: "who: text"
}
# Words some languages borrow as they are.
SAME_IN = {
    ("pl", "discord-command-status"),
    ("pl", "discord-command-link"),
    ("es", "support-desk-user-text"),  # "Influencer: ..." is Spanish as well
    ("es", "faq-helpful.no"),  # "No"
}


@dataclass
class Entry:
    """What a test needs to know of one message (or one attribute, as ``id.attr``)."""

    text: str
    variables: set[str] = field(default_factory=set)
    plural_selects: list[set[str]] = field(default_factory=list)


def _walk(node: object, entry: Entry) -> None:
    if isinstance(node, ast.VariableReference):
        entry.variables.add(node.id.name)
    if isinstance(node, ast.SelectExpression):
        keys = {
            v.key.name if isinstance(v.key, ast.Identifier) else str(v.key.value)
            for v in node.variants
        }
        if keys & PLURAL_KEYS and keys <= PLURAL_KEYS | {str(n) for n in range(100)}:
            entry.plural_selects.append(keys)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                _walk(child, entry)


def load(locale: str) -> dict[str, Entry]:
    entries: dict[str, Entry] = {}
    parser = FluentParser()
    for path in sorted((LOCALES_DIR / locale).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for item in resource.body:
            assert not isinstance(item, ast.Junk), f"{path}: syntax error near {item.content!r}"
            if not isinstance(item, ast.Message):
                continue
            parts: list[tuple[str, ast.Pattern | None]] = [(item.id.name, item.value)]
            parts += [(f"{item.id.name}.{a.id.name}", a.value) for a in item.attributes]
            for key, pattern in parts:
                if pattern is None:
                    continue
                entry = Entry(serialize_pattern(pattern))
                _walk(pattern, entry)
                assert key not in entries, f"{locale}: {key} defined twice"
                entries[key] = entry
    return entries


ENGLISH = load("en")


def test_every_locale_has_the_same_files() -> None:
    english = sorted(p.name for p in (LOCALES_DIR / "en").glob("*.ftl"))
    for locale in TRANSLATED:
        assert sorted(p.name for p in (LOCALES_DIR / locale).glob("*.ftl")) == english


@pytest.mark.parametrize("locale", TRANSLATED)
def test_no_message_or_attribute_missing_or_extra(locale: str) -> None:
    translated = load(locale)
    assert sorted(set(ENGLISH) - set(translated)) == [], "missing"
    assert sorted(set(translated) - set(ENGLISH)) == [], "not in en"


@pytest.mark.parametrize("locale", TRANSLATED)
def test_same_variables_as_english(locale: str) -> None:
    translated = load(locale)
    wrong = {
        key: (sorted(ENGLISH[key].variables), sorted(entry.variables))
        for key, entry in translated.items()
        if key in ENGLISH and entry.variables != ENGLISH[key].variables
    }
    assert wrong == {}


@pytest.mark.parametrize("locale", TRANSLATED)
def test_nothing_left_in_english(locale: str) -> None:
    translated = load(locale)
    same = [
        key
        for key, entry in translated.items()
        if key in ENGLISH
        and key not in SAME_EVERYWHERE
        and (locale, key) not in SAME_IN
        and normalise(entry.text).strip() == normalise(ENGLISH[key].text).strip()
    ]
    assert same == []


@pytest.mark.parametrize("locale", ("en", *TRANSLATED))
def test_plurals_have_every_cldr_category(locale: str) -> None:
    categories = set(Locale.parse(locale).plural_form.tags) | {"other"}
    translated = load(locale)
    for key, english in ENGLISH.items():
        if english.plural_selects:
            assert translated[key].plural_selects, f"{key} has no plural in {locale}"
        for keys in translated[key].plural_selects:
            missing = categories - keys
            assert not missing, f"{locale} {key}: plural forms {sorted(missing)} missing"


@pytest.mark.parametrize("locale", ("en", *TRANSLATED))
def test_every_message_renders_without_errors(locale: str, translator: Translator) -> None:
    for key, entry in ENGLISH.items():
        args: dict[str, object] = {name: 3 for name in entry.variables}
        if "platform" in args:
            args["platform"] = "instagram"
        text = translator.render(locale, key, args)
        assert text.strip(), key
        assert "{" not in text, f"{locale} {key}: unresolved placeable in {text!r}"


# ru: 1, 2, 5, 21, 22, 25 and pl: 1, 2, 5, 12, 22, through messages the bot really sends.
RU_FOLLOWERS = {
    1: "1 подписчик",
    2: "2 подписчика",
    5: "5 подписчиков",
    21: "21 подписчик",
    22: "22 подписчика",
    25: "25 подписчиков",
}
PL_FOLLOWERS = {
    1: "1 obserwujący",
    2: "2 obserwujących",
    5: "5 obserwujących",
    12: "12 obserwujących",
    22: "22 obserwujących",
}
RU_CHARACTERS = {
    1: "1 символ",
    2: "2 символа",
    5: "5 символов",
    21: "21 символ",
    22: "22 символа",
    25: "25 символов",
}
PL_CHARACTERS = {1: "1 znak", 2: "2 znaki", 5: "5 znaków", 12: "12 znaków", 22: "22 znaki"}
RU_DAYS = {
    1: "1 рабочего дня",
    2: "2 рабочих дней",
    5: "5 рабочих дней",
    21: "21 рабочего дня",
    22: "22 рабочих дней",
    25: "25 рабочих дней",
}
PL_DAYS = {  # "w ciągu N dni roboczych": within, so the genitive
    1: "1 dnia roboczego",
    2: "2 dni roboczych",
    5: "5 dni roboczych",
    12: "12 dni roboczych",
    22: "22 dni roboczych",
}


@pytest.mark.parametrize(
    ("locale", "message_id", "variable", "forms"),
    [
        ("ru", "onboarding-summary-channel", "audience", RU_FOLLOWERS),
        ("pl", "onboarding-summary-channel", "audience", PL_FOLLOWERS),
        ("ru", "input-text-too-short", "min", RU_CHARACTERS),
        ("pl", "input-text-too-short", "min", PL_CHARACTERS),
        ("ru", "onboarding-submitted", "days", RU_DAYS),
        ("pl", "onboarding-submitted", "days", PL_DAYS),
    ],
)
def test_plural_forms(
    translator: Translator, locale: str, message_id: str, variable: str, forms: dict[int, str]
) -> None:
    for number, phrase in forms.items():
        args = {variable: number, "platform": "Instagram", "handle": "@a", "name": "Ola"}
        text = normalise(translator.render(locale, message_id, args))
        # Whole words: "1 знак" must not pass inside "1 знаков".
        assert re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text), f"{phrase!r} not in {text!r}"

"""Fluent messages for en, ru, fr, es, pl, and the choice of a user's locale.

Messages live in ``locales/<lang>/*.ftl``; code refers to them by id only. Plural categories
come from CLDR (ru and pl have one/few/many/other), money and dates from Babel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from importlib import resources
from typing import Any, cast

from babel import Locale
from fluent.runtime import FluentBundle, FluentResource
from fluent.runtime.types import FluentType, fluent_date
from fluent.syntax import ast

from bot.core.formatting import format_money
from bot.core.money import Money

log = logging.getLogger(__name__)

SUPPORTED_LOCALES = ("en", "ru", "fr", "es", "pl")
FALLBACK_LOCALE = "en"


class FluentMoney(FluentType):
    """Lets Fluent print a ``Money`` argument in the bundle's locale."""

    def __init__(self, amount: Money) -> None:
        self.amount = amount

    def format(self, locale: Locale) -> str:
        return format_money(self.amount, str(locale))


def _money_function(amount: Any) -> FluentType:
    """``MONEY($amount)`` in a message; the same as ``{ $amount }`` for a Money argument."""
    if isinstance(amount, FluentMoney):
        return amount
    raise TypeError("MONEY() takes a money argument")


def _blank_function(value: Any) -> str:
    """``BLANK($x)`` is ``yes`` when the code has nothing to put there (an empty list of
    domains): a message then selects a sentence without it rather than print "on ."."""
    return "no" if str(value).strip() else "yes"


def negotiate(hint: str | None, supported: Iterable[str] = SUPPORTED_LOCALES) -> str | None:
    """Map a platform's language tag (``ru-RU``, ``es-ES``, ``en_GB``, ``pt-BR``) to ours."""
    if not hint:
        return None
    supported = tuple(supported)
    tag = hint.replace("_", "-").strip()
    try:
        found = Locale.negotiate([tag], supported, sep="-")
    except (ValueError, TypeError):
        found = None
    if found is not None:
        return str(found)
    language = tag.split("-")[0].lower()
    return language if language in supported else None


def _to_fluent(value: Any) -> Any:
    if isinstance(value, Money):
        return FluentMoney(value)
    if isinstance(value, datetime | date):
        return fluent_date(value, dateStyle="long")
    return value


class Translator:
    """Renders message ids with arguments in a locale; falls back to English and logs it."""

    def __init__(self, locales: Iterable[str] = SUPPORTED_LOCALES) -> None:
        self.locales = tuple(locales)
        self._bundles: dict[str, FluentBundle] = {}
        self._ids: dict[str, frozenset[str]] = {}
        root = resources.files("locales")
        for locale in self.locales:
            # BLANK gives a plain word to select on (Fluent compares it as it is).
            functions = cast(
                "dict[str, Callable[[Any], FluentType]]",
                {"MONEY": _money_function, "BLANK": _blank_function},
            )
            bundle = FluentBundle([locale], use_isolating=False, functions=functions)
            ids: set[str] = set()
            folder = root / locale
            for entry in sorted(folder.iterdir(), key=lambda e: e.name):
                if entry.name.endswith(".ftl"):
                    resource = FluentResource(entry.read_text(encoding="utf-8"))
                    bundle.add_resource(resource)
                    for item in resource.body:
                        if isinstance(item, ast.Message):
                            ids.add(item.id.name)
                        elif isinstance(item, ast.Junk):
                            raise ValueError(
                                f"{locale}/{entry.name}: {(item.content or '')[:80]!r}"
                            )
            self._bundles[locale] = bundle
            self._ids[locale] = frozenset(ids)

    def has(self, locale: str, message_id: str) -> bool:
        name, _, attribute = message_id.partition(".")
        if name not in self._ids.get(locale, frozenset()):
            return False
        return not attribute or attribute in self._bundles[locale].get_message(name).attributes

    def render(self, locale: str, message_id: str, args: Mapping[str, Any] | None = None) -> str:
        """The text of ``message_id`` (``id`` or ``id.attribute``) in ``locale``."""
        if locale not in self._bundles or not self.has(locale, message_id):
            log.error("message %s missing in locale %s", message_id, locale)
            locale = FALLBACK_LOCALE
            if not self.has(locale, message_id):
                raise KeyError(f"unknown message id {message_id!r}")
        bundle = self._bundles[locale]
        name, _, attribute = message_id.partition(".")
        message = bundle.get_message(name)
        pattern = message.attributes[attribute] if attribute else message.value
        if pattern is None:
            raise KeyError(f"message {message_id!r} has no value")
        fluent_args = {key: _to_fluent(value) for key, value in (args or {}).items()}
        text, errors = bundle.format_pattern(pattern, fluent_args)
        for error in errors:
            log.error("message %s in %s: %s", message_id, locale, error)
        return str(text)

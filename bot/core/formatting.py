"""Numbers, money and dates for a user's locale, through Babel (CLDR data)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Literal

from babel.dates import format_date as babel_format_date
from babel.numbers import format_currency, format_decimal

from bot.core.money import Money

DateStyle = Literal["full", "long", "medium", "short"]


def format_money(amount: Money, locale: str) -> str:
    """``€3.20`` in en, ``3,20 €`` in fr and es, ``3,20 €`` in ru, ``3,20 €`` in pl."""
    return str(format_currency(amount.decimal, amount.currency, locale=locale))


def format_number(value: int, locale: str) -> str:
    """``12,500`` in en, ``12 500`` (non-breaking space) in ru, fr and pl, ``12.500`` in es."""
    return str(format_decimal(value, locale=locale))


def format_day(value: date | datetime, locale: str, style: DateStyle = "long") -> str:
    """A calendar date (``12 January 2027``; ``12 января 2027 г.``)."""
    day = value.date() if isinstance(value, datetime) else value
    return str(babel_format_date(day, style, locale=locale))

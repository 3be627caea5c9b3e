"""Periods of time an influencer asks about, as calendar days in the programme's time zone.

A period is a half-open range of local days ``[start, end)``; ``start`` is None for "all time".
Relative periods (today, this month...) are computed from the local date of "now", so a button
pressed tomorrow shows tomorrow's "today". Weeks start on Monday (ISO 8601, as in every market
of the programme). Each period has a short code that fits in a button payload and that names
the same period again when it comes back, or is refused when it was forged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

# The kinds of period, and what their codes start with.
TODAY = "today"
YESTERDAY = "yesterday"
THIS_WEEK = "this_week"
LAST_WEEK = "last_week"
LAST_DAYS = "last_days"
THIS_MONTH = "this_month"
LAST_MONTH = "last_month"
MONTH = "month"
THIS_YEAR = "this_year"
LAST_YEAR = "last_year"
YEAR = "year"
DAY = "day"
SINCE = "since"
ALL = "all"

RELATIVE = {
    "td": TODAY,
    "yd": YESTERDAY,
    "tw": THIS_WEEK,
    "lw": LAST_WEEK,
    "tm": THIS_MONTH,
    "lm": LAST_MONTH,
    "ty": THIS_YEAR,
    "ly": LAST_YEAR,
    "al": ALL,
}
_CODES = {kind: code for code, kind in RELATIVE.items()}
MAX_DAYS = 366
EARLIEST_YEAR = 2000
_CODE = re.compile(r"(?:(td|yd|tw|lw|tm|lm|ty|ly|al)|d(\d{1,3})|m(\d{6})|y(\d{4})|([DS])(\d{8}))")


class PeriodError(ValueError):
    """Not a period we can answer for: an impossible date, a forged code."""


@dataclass(frozen=True, slots=True)
class Period:
    """Local days ``[start, end)`` of one kind; ``days`` is N of "the last N days"."""

    kind: str
    start: date | None
    end: date
    days: int = 0

    @property
    def last_day(self) -> date:
        return self.end - timedelta(days=1)

    def starts_after(self, today: date) -> bool:
        """Wholly in the future: nothing can have been earned in it yet."""
        return self.start is not None and self.start > today

    def first_day(self) -> date:
        """The day it starts on; PeriodError for "all time", which has none."""
        if self.start is None:
            raise PeriodError(f"{self.kind}: no first day")
        return self.start

    def code(self) -> str:
        """A short, payload-safe name of this period (relative ones stay relative)."""
        if self.kind in _CODES:
            return _CODES[self.kind]
        if self.kind == LAST_DAYS:
            return f"d{self.days}"
        start = self.first_day()  # a month, a year, a day or "since": all have one
        if self.kind == MONTH:
            return f"m{start:%Y%m}"
        if self.kind == YEAR:
            return f"y{start:%Y}"
        return f"{'D' if self.kind == DAY else 'S'}{start:%Y%m%d}"

    def bounds(self, zone: tzinfo) -> tuple[datetime | None, datetime]:
        """The period as UTC instants, for comparing with stored times."""
        return (None if self.start is None else local_midnight(self.start, zone)), local_midnight(
            self.end, zone
        )


def local_midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)


def local_today(now: datetime, zone: tzinfo) -> date:
    return now.astimezone(zone).date()


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def relative(kind: str, today: date, days: int = 0) -> Period:
    """A period counted back from ``today`` (included)."""
    tomorrow = today + timedelta(days=1)
    monday = today - timedelta(days=today.weekday())
    if kind == TODAY:
        return Period(TODAY, today, tomorrow)
    if kind == YESTERDAY:
        return Period(YESTERDAY, today - timedelta(days=1), today)
    if kind == THIS_WEEK:
        return Period(THIS_WEEK, monday, tomorrow)
    if kind == LAST_WEEK:
        return Period(LAST_WEEK, monday - timedelta(days=7), monday)
    if kind == LAST_DAYS:
        if not 1 <= days <= MAX_DAYS:
            raise PeriodError(f"{days} days")
        return Period(LAST_DAYS, tomorrow - timedelta(days=days), tomorrow, days)
    if kind == THIS_MONTH:
        return Period(THIS_MONTH, _month_start(today), tomorrow)
    if kind == LAST_MONTH:
        first = _month_start(today)
        return Period(LAST_MONTH, _month_start(first - timedelta(days=1)), first)
    if kind == THIS_YEAR:
        return Period(THIS_YEAR, date(today.year, 1, 1), tomorrow)
    if kind == LAST_YEAR:
        return Period(LAST_YEAR, date(today.year - 1, 1, 1), date(today.year, 1, 1))
    if kind == ALL:
        return Period(ALL, None, tomorrow)
    raise PeriodError(kind)


def _check_year(year: int, today: date) -> None:
    if not EARLIEST_YEAR <= year <= today.year + 1:
        raise PeriodError(f"year {year}")


def month(year: int | None, number: int, today: date) -> Period:
    """A calendar month; without a year, the latest one that has begun (October asked in
    March is last October)."""
    if not 1 <= number <= 12:
        raise PeriodError(f"month {number}")
    if year is None:
        year = today.year if number <= today.month else today.year - 1
    _check_year(year, today)
    start = date(year, number, 1)
    return Period(MONTH, start, _next_month(start))


def year(number: int, today: date) -> Period:
    _check_year(number, today)
    return Period(YEAR, date(number, 1, 1), date(number + 1, 1, 1))


def _date(year: int | None, number: int, day: int, today: date) -> date:
    """A day of a month; without a year, the latest one that is not in the future."""
    try:
        if year is not None:
            _check_year(year, today)
            return date(year, number, day)
        found = date(today.year, number, day)
        if found > today:
            found = date(today.year - 1, number, day)
        return found
    except ValueError as error:  # 30 February, month 13
        raise PeriodError(str(error)) from None


def day(year: int | None, number: int, day_of_month: int, today: date) -> Period:
    """One calendar day ("on 3 October")."""
    found = _date(year, number, day_of_month, today)
    return Period(DAY, found, found + timedelta(days=1))


def since(start: date, today: date) -> Period:
    """From ``start`` up to today included."""
    _check_year(start.year, today)
    return Period(SINCE, start, today + timedelta(days=1))


def since_date(year: int | None, number: int, day_of_month: int, today: date) -> Period:
    return since(_date(year, number, day_of_month, today), today)


def from_code(code: str, today: date) -> Period:
    """The period a button names; PeriodError for anything we did not write."""
    match = _CODE.fullmatch(code)
    if match is None:
        raise PeriodError(code)
    short, days, month_code, year_code, letter, digits = match.groups()
    if short:
        return relative(RELATIVE[short], today)
    if days:
        return relative(LAST_DAYS, today, int(days))
    if month_code:
        return month(int(month_code[:4]), int(month_code[4:]), today)
    if year_code:
        return year(int(year_code), today)
    try:
        found = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        raise PeriodError(code) from None
    _check_year(found.year, today)
    if letter == "D":
        return Period(DAY, found, found + timedelta(days=1))
    return since(found, today)

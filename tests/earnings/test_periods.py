"""Periods as local days: where they start and end, their button codes, and forged codes."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.services import periods
from bot.services.periods import Period, PeriodError

WEDNESDAY = date(2026, 11, 25)
PARIS = ZoneInfo("Europe/Paris")


def test_weeks_start_on_monday() -> None:
    assert periods.relative(periods.THIS_WEEK, WEDNESDAY) == Period(
        periods.THIS_WEEK, date(2026, 11, 23), date(2026, 11, 26)
    )
    assert periods.relative(periods.LAST_WEEK, WEDNESDAY) == Period(
        periods.LAST_WEEK, date(2026, 11, 16), date(2026, 11, 23)
    )
    monday = date(2026, 11, 23)
    assert periods.relative(periods.THIS_WEEK, monday).start == monday


def test_months_and_years_across_new_year() -> None:
    january = date(2027, 1, 10)
    assert periods.relative(periods.LAST_MONTH, january) == Period(
        periods.LAST_MONTH, date(2026, 12, 1), date(2027, 1, 1)
    )
    assert periods.relative(periods.LAST_YEAR, january) == Period(
        periods.LAST_YEAR, date(2026, 1, 1), date(2027, 1, 1)
    )
    # "December" asked in January is the December that has begun: last year's.
    assert periods.month(None, 12, january).start == date(2026, 12, 1)
    assert periods.month(None, 1, january).start == date(2027, 1, 1)
    # "3 February" asked on 10 January is last year's.
    assert periods.day(None, 2, 3, january).start == date(2026, 2, 3)


def test_last_days_include_today() -> None:
    week = periods.relative(periods.LAST_DAYS, WEDNESDAY, 7)
    assert (week.start, week.last_day) == (date(2026, 11, 19), WEDNESDAY)
    with pytest.raises(PeriodError):
        periods.relative(periods.LAST_DAYS, WEDNESDAY, 0)
    with pytest.raises(PeriodError):
        periods.relative(periods.LAST_DAYS, WEDNESDAY, 367)


def test_bounds_follow_the_time_zone_and_summer_time() -> None:
    october = periods.month(2026, 10, WEDNESDAY)
    # Paris is UTC+2 until the last Sunday of October, then UTC+1.
    assert october.bounds(PARIS) == (
        datetime(2026, 9, 30, 22, 0, tzinfo=UTC),
        datetime(2026, 10, 31, 23, 0, tzinfo=UTC),
    )
    assert periods.relative(periods.ALL, WEDNESDAY).bounds(PARIS)[0] is None


def test_today_is_the_local_day() -> None:
    late = datetime(2026, 11, 25, 23, 30, tzinfo=UTC)
    assert periods.local_today(late, PARIS) == date(2026, 11, 26)
    assert periods.local_today(late, ZoneInfo("UTC")) == date(2026, 11, 25)


@pytest.mark.parametrize(
    "period",
    [
        *(periods.relative(kind, WEDNESDAY) for kind in periods.RELATIVE.values()),
        periods.relative(periods.LAST_DAYS, WEDNESDAY, 30),
        periods.month(2025, 10, WEDNESDAY),
        periods.year(2025, WEDNESDAY),
        periods.day(2026, 10, 3, WEDNESDAY),
        periods.since(date(2026, 10, 1), WEDNESDAY),
    ],
)
def test_a_code_names_the_same_period_again(period: Period) -> None:
    code = period.code()
    assert len(code) <= 9
    assert periods.from_code(code, WEDNESDAY) == period


@pytest.mark.parametrize(
    "code",
    ["", "zz", "tm ", "d0", "d367", "m202613", "m199910", "y1999", "y2031", "D20260230",
     "S2026100", "S20301001", "p.tm", "td|x"],
)  # fmt: skip
def test_a_forged_code_is_refused(code: str) -> None:
    with pytest.raises(PeriodError):
        periods.from_code(code, WEDNESDAY)


def test_future_periods_are_recognised() -> None:
    assert periods.month(2026, 12, WEDNESDAY).starts_after(WEDNESDAY)
    assert not periods.month(2026, 11, WEDNESDAY).starts_after(WEDNESDAY)
    assert not periods.relative(periods.ALL, WEDNESDAY).starts_after(WEDNESDAY)

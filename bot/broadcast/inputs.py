"""Typed answers the broadcast wizard needs: a date (or a number of days back) for the
segment, and a moment in UTC for a scheduled broadcast. Registered with the other input kinds
so a session saved while asking is validated the same way after a restart."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import ClassVar

from bot.core.inputs import InputError, InputSpec

MAX_DAYS = 3650
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_DOTTED_DATE = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_TIME = re.compile(r"^(\d{1,2})[:h.](\d{2})$")


def _date(text: str) -> date | None:
    iso = _ISO_DATE.match(text)
    dotted = _DOTTED_DATE.match(text)
    try:
        if iso:
            return date(int(iso[1]), int(iso[2]), int(iso[3]))
        if dotted:
            return date(int(dotted[3]), int(dotted[2]), int(dotted[1]))
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class Since(InputSpec):
    """A day: ``2026-10-01`` or ``01.10.2026``, or a number of days back (``30``).

    The value is ``{"date": "2026-10-01"}`` or ``{"days": 30}``; the step resolves days against
    the turn's clock."""

    kind: ClassVar[str] = "broadcast-since"

    def parse(self, text: str, locale: str) -> dict[str, object]:
        value = text.strip()
        if value.isascii() and value.isdigit():
            days = int(value)
            if not 0 <= days <= MAX_DAYS:
                raise InputError("broadcast-since-invalid")
            return {"days": days}
        day = _date(value)
        if day is None:
            raise InputError("broadcast-since-invalid")
        return {"date": day.isoformat()}


@dataclass(frozen=True)
class When(InputSpec):
    """A moment in UTC: ``2026-12-01 18:00`` or ``01.12.2026 18:00``; the value is ISO 8601.
    Whether it is still to come is for the step to check, against the turn's clock."""

    kind: ClassVar[str] = "broadcast-when"

    def parse(self, text: str, locale: str) -> str:
        parts = text.strip().replace("T", " ").split()
        if len(parts) != 2:
            raise InputError("broadcast-when-invalid")
        day, clock = _date(parts[0]), _TIME.match(parts[1].upper().removesuffix("Z"))
        if day is None or clock is None:
            raise InputError("broadcast-when-invalid")
        hour, minute = int(clock[1]), int(clock[2])
        if hour > 23 or minute > 59:
            raise InputError("broadcast-when-invalid")
        moment = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
        return moment.isoformat()

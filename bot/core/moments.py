"""Moments typed by people and shops: ISO 8601, a time without an offset taken as UTC."""

from __future__ import annotations

from datetime import UTC, datetime


def utc_moment(text: str) -> datetime:
    """``text`` as an aware UTC datetime; ValueError when it is no ISO 8601 moment (or one so
    far off that converting it overflows)."""
    try:
        moment = datetime.fromisoformat(text.strip())
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)
    except OverflowError as error:
        raise ValueError(str(error)) from None

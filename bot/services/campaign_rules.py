"""What makes a new campaign valid: one set of rules for the command line and the console.

``problem`` names what is wrong as a short code; each caller words it for its reader (the CLI
in English on stderr, the console in the staff member's language).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from urllib.parse import urlsplit

RATE_MAX = 10_000  # basis points: 100 %


def problem(
    *,
    url: str,
    currency: str,
    window_days: int,
    lock_days: int,
    starts: datetime | None,
    ends: datetime | None,
    domains: Sequence[str],
    rates: Sequence[tuple[str, int]] = (),
) -> tuple[str, str] | None:
    """``(code, detail)`` of the first thing wrong, or None when the campaign may be added.

    Codes: ``url``, ``currency``, ``days``, ``ends``, ``domain`` (detail: the domain), ``rate``.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return "url", url
    if len(currency) != 3 or not currency.isalpha() or not currency.isupper():
        return "currency", currency
    if window_days < 0 or lock_days < 0:
        return "days", ""
    if starts and ends and ends <= starts:
        return "ends", ""
    for domain in domains:
        if not domain or "/" in domain or " " in domain:
            return "domain", domain
    for tier, points in rates:
        if not tier or not 0 <= points <= RATE_MAX:
            return "rate", tier
    return None

"""What makes a new campaign valid: one set of rules for the command line and the console.

``problem`` names the first thing wrong as a short code and its details; each caller words it
for its reader (``python -m bot campaign`` in English on stderr, the console in the staff
member's language), so a campaign one of them refuses the other refuses too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from babel.numbers import is_currency

from bot.core.inputs import on_domains, web_host
from bot.services.advertiser import valid_erid, valid_inn

RATE_MAX = 10_000  # basis points: 100 %
MAX_DAYS = 3650  # windows and holding periods past ten years are typos (and overflow dates)
MAX_NAME = 64  # the column's width
MAX_URL = 2048
ADVERTISER_LENGTH = (2, 200)
PLACEHOLDERS = ("{ref}", "{code}", "{click_id}", "{url}")
# Markets whose advertising notice must name the advertiser and its INN (and carry the erid).
ADVERTISER_MARKETS = frozenset({"RU"})


@dataclass(frozen=True, slots=True)
class Draft:
    """A new campaign as typed (name, URLs and codes already trimmed of outer spaces)."""

    name: str
    url: str
    currency: str
    rates: Sequence[tuple[str, int]]
    window_days: int = 30
    lock_days: int = 14
    starts: datetime | None = None
    ends: datetime | None = None
    domains: Sequence[str] = ()
    countries: Sequence[str] = ()
    deeplink: str | None = None
    advertiser: str | None = None
    advertiser_inn: str | None = None
    erid: str | None = None


@dataclass(frozen=True, slots=True)
class Problem:
    """What is wrong: ``code`` (see ``problem``) and the figures a message needs."""

    code: str
    details: dict[str, Any] = field(default_factory=dict)


def countries(text: str) -> list[str]:
    """``"fr, es"`` -> ``["FR", "ES"]`` (commas or spaces between codes)."""
    return [c.strip().upper() for c in text.replace(",", " ").split() if c.strip()]


def _template(which: str, template: str, domains: Sequence[str]) -> Problem | None:
    """A URL template that is not http(s), or whose host is outside ``domains``."""
    probe = template
    for placeholder in PLACEHOLDERS:
        probe = probe.replace(placeholder, "x")
    host = web_host(probe)
    if host is None:
        return Problem(f"{which}-scheme")
    if domains and not on_domains(host, list(domains)):
        return Problem(f"{which}-host", {"host": host, "domains": ", ".join(domains)})
    return None


def problem(draft: Draft) -> Problem | None:
    """The first thing wrong with ``draft``, or None when the campaign may be added.

    Codes (details): ``name`` (empty), ``name-long`` (max), ``url-long`` / ``deeplink-long``
    (max), ``domain`` (domain), ``url-scheme`` / ``deeplink-scheme``, ``url-host`` /
    ``deeplink-host`` (host, domains), ``deeplink-page`` (no ``{url}``), ``currency``,
    ``days`` (which: window or lock, days, max), ``ends``, ``country`` (country),
    ``rate`` (tier; also when no tier has a rate), ``advertiser`` (min, max), ``inn`` (inn),
    ``erid``, ``advertiser-needed`` (markets).
    """
    name = draft.name.strip()
    if not name:
        return Problem("name")
    if len(name) > MAX_NAME:
        return Problem("name-long", {"max": MAX_NAME})
    for which, value in (("url", draft.url), ("deeplink", draft.deeplink)):
        if value is not None and len(value) > MAX_URL:
            return Problem(f"{which}-long", {"max": MAX_URL})
    domains = [d.lower() for d in draft.domains]
    for domain in domains:
        if not domain or "/" in domain or " " in domain or web_host(f"https://{domain}/") is None:
            return Problem("domain", {"domain": domain})
    if (wrong := _template("url", draft.url, domains)) is not None:
        return wrong
    if draft.deeplink is not None:
        if "{url}" not in draft.deeplink:
            return Problem("deeplink-page")
        if (wrong := _template("deeplink", draft.deeplink, domains)) is not None:
            return wrong
    currency = draft.currency
    if not (len(currency) == 3 and currency.isupper() and is_currency(currency)):
        return Problem("currency", {"currency": currency})
    for which, days in (("window", draft.window_days), ("lock", draft.lock_days)):
        if not 0 <= days <= MAX_DAYS:
            return Problem("days", {"which": which, "days": days, "max": MAX_DAYS})
    if draft.starts and draft.ends and draft.ends <= draft.starts:
        return Problem("ends")
    for code in draft.countries:
        if len(code) != 2 or not code.isalpha():
            return Problem("country", {"country": code})
    if not draft.rates:
        return Problem("rate", {"tier": ""})
    for tier, points in draft.rates:
        if not tier or not 0 <= points <= RATE_MAX:
            return Problem("rate", {"tier": tier})
    low, high = ADVERTISER_LENGTH
    if draft.advertiser is not None and not low <= len(draft.advertiser.strip()) <= high:
        return Problem("advertiser", {"min": low, "max": high})
    if draft.advertiser_inn is not None and not valid_inn(draft.advertiser_inn):
        return Problem("inn", {"inn": draft.advertiser_inn})
    if draft.erid is not None and not valid_erid(draft.erid):
        return Problem("erid")
    markets = ADVERTISER_MARKETS & set(draft.countries)
    if markets and (not draft.advertiser or not draft.advertiser_inn):
        return Problem("advertiser-needed", {"markets": ", ".join(sorted(markets))})
    return None

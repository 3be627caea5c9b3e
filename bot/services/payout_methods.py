"""Payout methods: checking what an influencer types before anything is stored.

Two kinds, each the least a transfer needs: a bank account by IBAN with its holder's name (a
SEPA transfer names its beneficiary), or a PayPal account by e-mail. An IBAN is checked for its
country's length and its ISO 13616 check digits (mod 97), which catch any one mistyped
character and nearly every swap of two neighbours before money is sent there. A chat shows
the method masked (``storage.payouts.mask``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from bot.core.inputs import Email, InputError, InputSpec, clean_text

# IBAN length by country, from the SWIFT IBAN registry.
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DJ": 27,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32,
    "LI": 21, "LT": 20, "LU": 20, "LV": 21, "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MN": 20, "MR": 27, "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33, "SA": 24, "SC": 31,
    "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "SO": 23, "ST": 25, "SV": 28, "TL": 23,
    "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20, "YE": 30,
}  # fmt: skip
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
# What people type between the groups of an IBAN they copied.
_IBAN_SEPARATORS = re.compile(r"[\s\-.\u00a0\u202f]")
HOLDER_MIN, HOLDER_MAX = 2, 70  # 70: the longest name a SEPA transfer carries


def normalise_iban(text: str) -> str | None:
    """The IBAN in its electronic form (``FR7630006000011234567890189``), or None if invalid."""
    value = _IBAN_SEPARATORS.sub("", text).upper()
    if value.startswith("IBAN"):
        value = value[4:]
    if not _IBAN_SHAPE.fullmatch(value) or IBAN_LENGTHS.get(value[:2]) != len(value):
        return None
    rearranged = value[4:] + value[:4]
    digits = "".join(str(int(ch, 36)) for ch in rearranged)
    return value if int(digits) % 97 == 1 else None


def normalise_email(text: str) -> str:
    """An e-mail address as given, with its domain in lower case (domains ignore case)."""
    local, _, domain = text.strip().rpartition("@")
    return f"{local}@{domain.lower()}"


def grouped(iban: str) -> str:
    """The IBAN in groups of four, as printed on a bank statement (for staff who pay it)."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


@dataclass(frozen=True)
class Iban(InputSpec):
    """An IBAN, with or without spaces; refused unless its length and check digits are right."""

    kind: ClassVar[str] = "iban"

    def parse(self, text: str, locale: str) -> str:
        value = normalise_iban(text)
        if value is None:
            raise InputError("payout-iban-invalid")
        return value


@dataclass(frozen=True)
class PaypalEmail(InputSpec):
    """The e-mail address of a PayPal account."""

    kind: ClassVar[str] = "paypal-email"

    def parse(self, text: str, locale: str) -> str:
        return normalise_email(Email().parse(text, locale))


@dataclass(frozen=True)
class Holder(InputSpec):
    """The account holder's name as the bank knows it: letters, not only digits or signs."""

    kind: ClassVar[str] = "account-holder"

    def parse(self, text: str, locale: str) -> str:
        value = clean_text(text)
        if len(value) < HOLDER_MIN or not any(ch.isalpha() for ch in value):
            raise InputError("payout-holder-invalid", min=HOLDER_MIN, max=HOLDER_MAX)
        if len(value) > HOLDER_MAX:
            raise InputError("input-text-too-long", max=HOLDER_MAX)
        return value

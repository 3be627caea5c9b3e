"""Payout methods: what each one asks, and checking what an influencer types before it is stored.

A registry of the ways money reaches a market, each the least a transfer needs:

- ``iban``: a bank account by IBAN (python-stdnum: the country's format and the ISO 7064
  mod-97 check digits) with its holder's name, since a SEPA transfer names its beneficiary;
- ``paypal``: the account's e-mail (email-validator, syntax only: no DNS lookup in a turn);
- ``card``: a bank card number (Russia: payouts to a card), checked with Luhn and the card
  system's number ranges (Mir, Visa, Mastercard, ...);
- ``sbp``: Russia's Faster Payments System, a Russian mobile number (phonenumbers) and the
  receiving bank from a list;
- ``blik``: a Polish mobile number registered for BLIK transfers.

Which of them a country offers is a setting (``BOT_PAYOUT_METHODS``). Questions are asked in the
order below, the account number last: a conversation abandoned half-way never leaves a number
waiting in the session. A card number is never logged (nothing here logs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from stdnum import iban as stdnum_iban
from stdnum import luhn
from stdnum.exceptions import ValidationError

from bot.core.inputs import InputError, InputSpec, clean_text

# Card systems and the banks of Russia's Faster Payments System a payout may go to; each has a
# localised name (``payout-card-system-<key>``, ``payout-bank-<key>``).
CARD_SYSTEMS = ("mir", "visa", "mastercard", "maestro", "unionpay", "amex", "jcb")
SBP_BANKS = ("sber", "tbank", "vtb", "alfa", "gazprombank", "raiffeisen", "ozon", "yandex")
HOLDER_MIN, HOLDER_MAX = 2, 70  # 70: the longest name a SEPA transfer carries
# What people type between the groups of a number they copied.
_SEPARATORS = re.compile(r"[\s\-.\u00a0\u202f]")

# Card systems by their number ranges (ISO/IEC 7812 issuer identification numbers): the first
# digits, and the lengths that system issues. Mir is 2200-2204. Each name is one of storage's
# CARD_SYSTEMS (tests/payouts/test_methods.py checks it).
_CARD_RANGES: tuple[tuple[str, tuple[tuple[int, int], ...], tuple[int, ...]], ...] = (
    ("mir", ((2200, 2204),), (16, 17, 18, 19)),
    ("mastercard", ((51, 55), (2221, 2720)), (16,)),
    ("visa", ((4, 4),), (13, 16, 19)),
    ("amex", ((34, 34), (37, 37)), (15,)),
    ("unionpay", ((62, 62),), (16, 17, 18, 19)),
    ("jcb", ((3528, 3589),), (16, 17, 18, 19)),
    ("maestro", ((50, 50), (56, 58), (639, 639), (67, 67)), tuple(range(12, 20))),
)


def normalise_iban(text: str) -> str | None:
    """The IBAN in its electronic form (``FR7630006000011234567890189``), or None if invalid."""
    value = _SEPARATORS.sub("", text).upper()
    if value.startswith("IBAN"):
        value = value[4:]
    if not value.isalnum() or not value.isascii():
        return None
    try:
        return str(stdnum_iban.validate(value))
    except ValidationError:
        return None


def normalise_email(text: str) -> str | None:
    """A PayPal e-mail as its provider reads it (domain in lower case), or None if invalid."""
    try:
        checked = validate_email(text.strip(), check_deliverability=False)
    except EmailNotValidError:
        return None
    return str(checked.normalized)


def card_system(digits: str) -> str | None:
    """Which card system issues a number of this prefix and length, if any."""
    for name, ranges, lengths in _CARD_RANGES:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width]) <= high:
                return name
    return None


def normalise_card(text: str) -> tuple[str, str] | None:
    """The card's digits and its system (``("2200123456789010", "mir")``), or None."""
    digits = _SEPARATORS.sub("", text)
    if not digits.isdigit() or not digits.isascii():
        return None
    system = card_system(digits)
    if system is None or not luhn.is_valid(digits):
        return None
    return digits, system


def normalise_phone(text: str, region: str) -> str | None:
    """A mobile number of ``region`` in E.164 (``+79161234567``), or None."""
    try:
        number = phonenumbers.parse(text.strip(), region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    if phonenumbers.region_code_for_number(number) != region:
        return None
    kind = phonenumbers.number_type(number)
    if kind not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def grouped(iban: str) -> str:
    """The IBAN in groups of four, as printed on a bank statement (for staff who pay it)."""
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# --- what a question accepts --------------------------------------------------------------


@dataclass(frozen=True)
class Iban(InputSpec):
    """An IBAN, with or without spaces; refused unless its format and check digits are right."""

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
        value = normalise_email(text)
        if value is None:
            raise InputError("input-email-invalid")
        return value


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


@dataclass(frozen=True)
class CardNumber(InputSpec):
    """A bank card number: digits (spaces allowed), a known card system and a valid Luhn digit.

    The value is ``[digits, system]``: the system is shown beside the masked number."""

    kind: ClassVar[str] = "card-number"

    def parse(self, text: str, locale: str) -> list[str]:
        value = normalise_card(text)
        if value is None:
            raise InputError("payout-card-invalid")
        return list(value)


@dataclass(frozen=True)
class MobileNumber(InputSpec):
    """A mobile number of one country (``region``), stored in E.164."""

    kind: ClassVar[str] = "mobile-number"
    region: str = "RU"

    def parse(self, text: str, locale: str) -> str:
        value = normalise_phone(text, self.region)
        if value is None:
            raise InputError(f"payout-phone-invalid-{self.region.lower()}")
        return value


# --- the registry --------------------------------------------------------------------------


@dataclass(frozen=True)
class MethodQuestion:
    """One question of a method: its message id, what the answer is, where it is kept.

    ``field``: ``holder``, ``provider`` (the SBP bank) or ``account`` (always the last)."""

    field: str
    message_id: str
    input: InputSpec | None = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class PayoutMethodKind:
    kind: str
    questions: tuple[MethodQuestion, ...]


METHODS: dict[str, PayoutMethodKind] = {
    "iban": PayoutMethodKind(
        "iban",
        (
            MethodQuestion("holder", "payout-holder", Holder()),
            MethodQuestion("account", "payout-iban", Iban()),
        ),
    ),
    "paypal": PayoutMethodKind(
        "paypal", (MethodQuestion("account", "payout-paypal", PaypalEmail()),)
    ),
    "card": PayoutMethodKind("card", (MethodQuestion("account", "payout-card", CardNumber()),)),
    "sbp": PayoutMethodKind(
        "sbp",
        (
            MethodQuestion("provider", "payout-sbp-bank", choices=SBP_BANKS),
            MethodQuestion("account", "payout-sbp-phone", MobileNumber(region="RU")),
        ),
    ),
    "blik": PayoutMethodKind(
        "blik", (MethodQuestion("account", "payout-blik-phone", MobileNumber(region="PL")),)
    ),
}

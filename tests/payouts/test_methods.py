"""Payout details are checked before they are stored, and shown back masked."""

from __future__ import annotations

import pytest

from bot.core.inputs import InputError
from bot.services.payout_methods import (
    _CARD_RANGES,
    CARD_SYSTEMS,
    CardNumber,
    Holder,
    Iban,
    MobileNumber,
    PaypalEmail,
    grouped,
    normalise_card,
    normalise_iban,
    normalise_phone,
)
from bot.services.payouts import mask

VALID = {
    "FR76 3000 6000 0112 3456 7890 189": "FR7630006000011234567890189",
    "de89 3704 0044 0532 0130 00": "DE89370400440532013000",
    "GB29-NWBK-6016-1331-9268-19": "GB29NWBK60161331926819",
    "IBAN PL61 1090 1014 0000 0712 1981 2874": "PL61109010140000071219812874",
    "ES91\u00a02100\u00a00418\u00a04502\u00a00005\u00a01332": "ES9121000418450200051332",
    "NL91ABNA0417164300": "NL91ABNA0417164300",
}


@pytest.mark.parametrize(("typed", "stored"), VALID.items())
def test_valid_ibans_are_stored_in_their_electronic_form(typed: str, stored: str) -> None:
    assert normalise_iban(typed) == stored
    assert Iban().parse(typed, "en") == stored


@pytest.mark.parametrize(
    "typed",
    [
        "FR7630006000011234567890188",  # one digit wrong
        "FR7630006000011234567890819",  # two neighbours swapped
        "FR763000600001123456789018",  # too short for France
        "DE893704004405320130001",  # too long for Germany
        "ZZ89370400440532013000",  # no such country
        "DE8937040044053201300O",  # a letter O for a zero
        "3000 6000 0112 3456 7890 189",  # no country
        "",
    ],
)
def test_invalid_ibans_are_refused(typed: str) -> None:
    assert normalise_iban(typed) is None
    with pytest.raises(InputError) as refused:
        Iban().parse(typed, "en")
    assert refused.value.message_id == "payout-iban-invalid"


def test_e_mail_and_holder() -> None:
    assert PaypalEmail().parse("  Anna.Nowak@Example.COM ", "en") == "Anna.Nowak@example.com"
    for bad in ("anna", "anna@", "@example.com", "a b@example.com"):
        with pytest.raises(InputError):
            PaypalEmail().parse(bad, "en")
    assert Holder().parse("  Anna   Nowak-Kowalska ", "en") == "Anna Nowak-Kowalska"
    for bad in ("A", "12345", "--", "x" * 71):
        with pytest.raises(InputError):
            Holder().parse(bad, "en")


def test_masked_and_grouped() -> None:
    assert mask("iban", "FR7630006000011234567890189") == "FR76 •••• •••• 0189"
    assert mask("iban", "NO9386011117947") == "NO93 •••• •••• 7947"
    assert mask("paypal", "anna.nowak@example.com") == "a•••@example.com"
    assert grouped("FR7630006000011234567890189") == "FR76 3000 6000 0112 3456 7890 189"


# --- every method, with examples from the libraries' own tests -------------------------------

# python-stdnum's IBAN doctests and the SWIFT registry examples they quote.
STDNUM_VALID_IBANS = [
    "AD12 0001 2030 2003 5910 0100",
    "AL47 2121 1009 0000 0002 3569 8741",
    "AT61 1904 3002 3457 3201",
    "BE31435411161155",
    "CH93 0076 2011 6238 5295 7",
    "CY17 0020 0128 0000 0012 0052 7600",
    "CZ65 0800 0000 1920 0014 5399",
    "FR14 2004 1010 0505 0001 3M02 606",
    "GR16 0110 1050 0000 1054 7023 795",
    "PT50 0002 0123 1234 5678 9015 4",
]
STDNUM_INVALID_IBANS = [
    "GR16 0110 1050 0000 1054 7023 794",  # check digits
    "FR14 2004 1010 0505 0001 3M02 607",  # the French RIB key
    "BE68 5390 0754 7034",  # the Belgian national check
]


@pytest.mark.parametrize("typed", STDNUM_VALID_IBANS)
def test_stdnum_valid_ibans(typed: str) -> None:
    assert normalise_iban(typed) == typed.replace(" ", "")


@pytest.mark.parametrize("typed", STDNUM_INVALID_IBANS)
def test_stdnum_invalid_ibans(typed: str) -> None:
    assert normalise_iban(typed) is None


# email-validator's test suite: addresses it accepts and refuses (syntax only, no DNS).
EMAIL_VALID = {
    "Abc@example.tld": "Abc@example.tld",
    "Abc.123@test-example.com": "Abc.123@test-example.com",
    "user+mailbox/department=shipping@example.tld": "user+mailbox/department=shipping@example.tld",
    "!#$%&'*+-/=?^_`.{|}~@example.tld": "!#$%&'*+-/=?^_`.{|}~@example.tld",
    "jeff@臺網中心.tw": "jeff@臺網中心.tw",
    "Pelé@example.com": "Pelé@example.com",
    "Anna@EXAMPLE.com": "Anna@example.com",
}
EMAIL_INVALID = [
    "my@localhost",
    "my@.leadingdot.com",
    "my@..twodots.com",
    "my@twodots..com",
    "my.@example.com",
    ".leadingdot@domain.com",
    "twodots..here@domain.com",
    "me@⒈wouldbeinvalid.com",
    "@example.com",
    "me@-leadingdash",
    "me@test.invalid",
]


@pytest.mark.parametrize(("typed", "stored"), EMAIL_VALID.items())
def test_email_validator_valid(typed: str, stored: str) -> None:
    assert PaypalEmail().parse(typed, "en") == stored


@pytest.mark.parametrize("typed", EMAIL_INVALID)
def test_email_validator_invalid(typed: str) -> None:
    with pytest.raises(InputError) as refused:
        PaypalEmail().parse(typed, "en")
    assert refused.value.message_id == "input-email-invalid"


# Card numbers: the card networks' published test numbers, Luhn-valid Mir numbers (2200-2204).
CARDS_VALID = {
    "4111 1111 1111 1111": "visa",
    "4012888888881881": "visa",
    "5555 5555 5555 4444": "mastercard",
    "2223003122003222": "mastercard",
    "378282246310005": "amex",
    "3530111333300000": "jcb",
    "6200000000000005": "unionpay",
    "6759649826438453": "maestro",
    "2200 0000 0000 0004": "mir",
    "2204-1234-5678-9015": "mir",
}
CARDS_INVALID = [
    "4111111111111112",  # Luhn
    "2200000000000005",  # Luhn (Mir)
    "2205000000000009",  # Luhn-valid, but no card system starts so
    "1234567812345670",  # Luhn-valid, no card system
    "4111 1111 1111",  # too short
    "4111111111111111111111",  # too long
    "4111 1111 1111 111I",  # a letter
    "",
]


@pytest.mark.parametrize(("typed", "system"), CARDS_VALID.items())
def test_cards_valid(typed: str, system: str) -> None:
    digits = "".join(ch for ch in typed if ch.isdigit())
    assert normalise_card(typed) == (digits, system)
    assert CardNumber().parse(typed, "ru") == [digits, system]


@pytest.mark.parametrize("typed", CARDS_INVALID)
def test_cards_invalid(typed: str) -> None:
    assert normalise_card(typed) is None
    with pytest.raises(InputError) as refused:
        CardNumber().parse(typed, "ru")
    assert refused.value.message_id == "payout-card-invalid"


# phonenumbers' example numbers (example_number_for_type) for Russia and Poland.
PHONES = [
    ("+7 912 345-67-89", "RU", "+79123456789"),
    ("8 912 345-67-89", "RU", "+79123456789"),  # the national trunk prefix
    ("9123456789", "RU", "+79123456789"),
    ("+7 495 123-45-67", "RU", None),  # a Moscow landline: SBP needs a mobile
    ("+7 912 345", "RU", None),
    ("+48 512 345 678", "RU", None),  # Polish, not Russian
    ("+48 512 345 678", "PL", "+48512345678"),
    ("512 345 678", "PL", "+48512345678"),
    ("+48 12 345 67 89", "PL", None),  # a Kraków landline: BLIK needs a mobile
    ("+7 912 345-67-89", "PL", None),
    ("call me", "PL", None),
]


@pytest.mark.parametrize(("typed", "region", "stored"), PHONES)
def test_mobile_numbers(typed: str, region: str, stored: str | None) -> None:
    assert normalise_phone(typed, region) == stored
    if stored is None:
        with pytest.raises(InputError) as refused:
            MobileNumber(region=region).parse(typed, "en")
        assert refused.value.message_id == f"payout-phone-invalid-{region.lower()}"


def test_every_method_is_masked() -> None:
    assert mask("card", "2200000000000004") == "•••• 0004"
    assert mask("sbp", "+79123456789") == "+7 •••• 6789"
    assert mask("blik", "+48512345678") == "+48 •••• 5678"


def test_every_recognised_card_system_can_be_stored() -> None:
    """A system recognised by its number range is one the payout tables accept."""
    assert {name for name, _, _ in _CARD_RANGES} <= set(CARD_SYSTEMS)

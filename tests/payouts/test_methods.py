"""Payout details are checked before they are stored, and shown back masked."""

from __future__ import annotations

import pytest

from bot.core.inputs import InputError
from bot.services.payout_methods import Holder, Iban, PaypalEmail, grouped, normalise_iban
from storage.payouts import mask

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

"""SEPA credit-transfer files (ISO 20022 pain.001.001.03) for payout requests, via sepaxml.

The bank executes the file; each transfer's end-to-end id names the request, so the statement
line leads back to it. sepaxml validates the document against the XSD it ships before it
returns it: a file the bank would refuse is never handed out.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sepaxml import SepaTransfer

from bot.services.payout_methods import normalise_iban
from bot.settings import Settings
from storage.payouts import PayoutRequestRecord

SCHEMA = "pain.001.001.03"
CURRENCY = "EUR"  # SEPA credit transfers are in euros


class SepaUnavailable(Exception):
    """The programme's own account (the debtor) is not configured."""


class SepaInvalid(Exception):
    """sepaxml refused the document (e.g. the programme's IBAN or BIC is malformed)."""


def eligible(request: PayoutRequestRecord) -> bool:
    """An open request to a bank account, in euros."""
    return (
        request.status == "requested"
        and request.method_kind == "iban"
        and request.currency == CURRENCY
    )


def end_to_end_id(request_id: int) -> str:
    return f"PAYOUT-{request_id}"


def credit_transfer(
    settings: Settings, requests: Sequence[PayoutRequestRecord], execution: date
) -> tuple[str, bytes]:
    """(message id, XML) paying every request; ValueError when one cannot be in it."""
    if not (settings.sepa_debtor_name and settings.sepa_debtor_iban):
        raise SepaUnavailable()
    debtor = normalise_iban(settings.sepa_debtor_iban)
    if debtor is None:  # the XSD checks only the shape; the check digits are ours to check
        raise SepaInvalid("BOT_SEPA_DEBTOR_IBAN is not a valid IBAN")
    config = {
        "name": settings.sepa_debtor_name,
        "IBAN": debtor,
        "batch": True,
        "currency": CURRENCY,
    }
    if settings.sepa_debtor_bic:
        config["BIC"] = settings.sepa_debtor_bic.strip().upper()
    try:
        transfer = SepaTransfer(config, schema=SCHEMA, clean=True)
    except Exception as error:  # sepaxml raises bare Exceptions for a bad configuration
        raise SepaInvalid(str(error)) from error
    for request in requests:
        if not eligible(request):
            raise ValueError(f"request {request.id} is not an open euro bank transfer")
        transfer.add_payment(
            {
                "name": request.method_holder or "",
                "IBAN": request.method_account,
                "amount": request.amount_minor,  # cents: sepaxml takes integer minor units
                "execution_date": execution,
                "description": f"Payout {request.id}",
                "endtoend_id": end_to_end_id(request.id),
            }
        )
    try:
        document = bytes(transfer.export(validate=True))
    except Exception as error:  # sepaxml.validation.ValidationError, with the schema's reason
        raise SepaInvalid(str(error)) from error
    return str(transfer.msg_id), document

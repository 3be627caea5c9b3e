"""The payouts page and the payout methods of every market (issue 15 meets issue 14): card, SBP
and BLIK shown masked as the chat names them, a request whose details changed in the last 7
days flagged (as ``python -m bot payout list`` says DETAILS CHANGED), SEPA for euro IBANs only."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.core.message_args import Msg
from bot.services import payouts as payout_rules
from bot.services.payouts import described
from bot.settings import Settings
from storage.db import Database
from storage.models import PayoutRequest
from storage.repositories import Repositories
from tests.console import client, console_settings, payout_requested, serve, sign_in
from tests.money import make_influencer
from tests.payouts import sale, seller
from tests.support import LOCALES, Chat, Clock, normalise

CARD = "2200000000000004"
SBP = "+79123456789"
BLIK = "+48512345678"


async def requested(
    database: Database, clock: Clock, external_id: str, currency: str, kind: str, account: str,
    provider: str | None,
) -> int:  # fmt: skip
    """An influencer of that market who asks for their confirmed commission by ``kind``."""
    influencer_id = await make_influencer(database, external_id)
    me = await seller(database, influencer_id, currency=currency)
    await sale(database, me, 600_000, clock)
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(
            repos, influencer_id, kind, account, None, clock(), provider=provider
        )
        request = await payout_rules.request(repos, influencer_id, currency, 600_000, 1000, clock())
    return request.id


def row(page: str, request_id: int) -> str:
    """The queue's table row of one request."""
    found = re.search(
        rf"<tr>\s*<td>[^<]*(?:<input[^>]*>)?</td>\s*<td>{request_id}</td>.*?</tr>", page, re.S
    )
    assert found is not None, request_id
    return found.group(0)


@pytest.mark.parametrize("locale", LOCALES)
async def test_methods_masked_and_recent_changes_flagged(
    locale: str,
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(
        settings,
        owner_ids=["console:1"],
        sepa_debtor_name="Star Partners SAS",
        sepa_debtor_iban="DE89370400440532013000",
        sepa_debtor_bic="COBADEFFXXX",
    )
    iban = await payout_requested(database, clock, "2001")  # details set 8 days before the look
    clock.advance(days=8)
    card = await requested(database, clock, "2002", "RUB", "card", CARD, "mir")
    sbp = await requested(database, clock, "2003", "RUB", "sbp", SBP, "sber")
    blik = await requested(database, clock, "2004", "PLN", "blik", BLIK, None)
    owner = Chat(make_engine(), user_id="1", locale=locale)

    def said(reference: Msg) -> str:
        args = {
            key: translator.render(locale, value.message_id, {})
            if isinstance(value, Msg)
            else value
            for key, value in reference.args.items()
        }
        return normalise(translator.render(locale, reference.message_id, args))

    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, owner)
        page = normalise(html.unescape(await (await browser.get("/console/payouts")).text()))
        flag = normalise(
            html.escape(
                translator.render(locale, "console-payout-details-changed", {"when": clock()})
            )
        )
        rows = {request_id: row(page, request_id) for request_id in (iban, card, sbp, blik)}
        assert said(described("card", CARD, "mir")) in rows[card]
        assert said(described("sbp", SBP, "sber")) in rows[sbp]
        assert said(described("blik", BLIK, None)) in rows[blik]
        for request_id in (card, sbp, blik):
            assert flag in rows[request_id] and f'id="changed-{request_id}"' in rows[request_id]
            assert 'type="checkbox"' not in rows[request_id]  # SEPA: euro IBANs only
        assert "changed-" not in rows[iban] and 'type="checkbox"' in rows[iban]
        for account in (CARD, SBP, BLIK, "9123456789", "512345678"):
            assert account not in page  # masked

        refused = await browser.post("/console/payouts/sepa", data={"csrf": csrf, "id": str(card)})
        assert normalise(
            translator.render(locale, "console-sepa-not-eligible", {"id": str(card)})
        ) in normalise(html.unescape(await refused.text()))
    async with database.read() as session:
        request = await session.get(PayoutRequest, card)
    assert request is not None and request.status == "requested"

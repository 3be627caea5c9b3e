"""Bad input in console forms: a clear answer in the staff member's language, nothing changed."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import Campaign, PayoutRequest
from tests.console import client, console_settings, payout_requested, serve, sign_in
from tests.support import Chat, Clock, normalise


async def test_refused_forms_change_nothing(
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
        sepa_debtor_iban="DE00 NOT AN IBAN",
    )
    request_id = await payout_requested(database, clock, "2001")
    owner = Chat(make_engine(), user_id="1", locale="fr")

    def said(message_id: str, **args: object) -> str:
        return normalise(translator.render("fr", message_id, args))

    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, owner)

        async def post(path: str, **data: str) -> str:
            answer = await browser.post(path, data={"csrf": csrf, **data})
            assert answer.status == 200
            return normalise(await answer.text())

        page = await post(
            "/console/campaigns",
            name="Hiver",
            url="ftp://shop",
            currency="EUR",
            rate_standard="800",
        )
        assert said("console-campaign-bad-url") in page
        page = await post(
            "/console/campaigns",
            name="Hiver",
            url="https://shop.fr",
            currency="eur",
            rate_standard="800",
        )
        assert said("console-campaign-bad-currency") in page
        page = await post("/console/campaigns", name="Hiver", url="https://shop.fr", currency="EUR")
        assert said("console-campaign-bad-rate") in page

        page = await post(f"/console/payouts/{request_id}/pay", reference="")
        assert said("console-payout-refused", reason="bad_reference") in page
        page = await post("/console/payouts/sepa", id=str(request_id))
        assert said("console-sepa-invalid") in page
        page = await post("/console/payouts/sepa")
        assert said("console-sepa-none") in page

        exported = await browser.get("/console/payouts.csv")
        assert exported.status == 200
        lines = (await exported.text()).splitlines()
        assert lines[0].startswith("id,requested_at,influencer_id,name,amount,currency")
        assert lines[1].split(",")[4:8] == ["60.00", "EUR", "iban", "FR7630006000011234567890189"]

        ended = await browser.post("/console/logout", data={"csrf": csrf})
        assert ended.status == 200
        assert (await browser.get("/console/")).status == 401
    async with database.read() as session:
        assert await session.scalar(select(func.count()).select_from(Campaign)) == 1  # the seller's
        request = await session.get(PayoutRequest, request_id)
    assert request is not None and request.status == "requested"


async def test_editing_a_campaign(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    owner = Chat(make_engine(), user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, owner)
        form = {"csrf": csrf, "url": "https://shop.example.com/?a={ref}", "rate_standard": "800"}
        await browser.post("/console/campaigns", data={**form, "name": "Spring", "currency": "EUR"})
        async with database.read() as session:
            campaign = await session.scalar(select(Campaign).where(Campaign.name == "Spring"))
        assert campaign is not None
        bad = await browser.post(f"/console/campaigns/{campaign.id}", data={**form, "url": "shop"})
        assert "must be an address" in await bad.text()
        changed = {**form, "rate_standard": "900", "rate_kol": "1500", "countries": "fr, es"}
        saved = await browser.post(f"/console/campaigns/{campaign.id}", data=changed)
        assert "is changed" in await saved.text()
    async with database.read() as session:
        row = await session.get(Campaign, campaign.id, populate_existing=True)
    assert row is not None
    assert (row.rates, row.countries, row.currency) == (
        {"standard": 900, "kol": 1500},
        ["FR", "ES"],
        "EUR",
    )

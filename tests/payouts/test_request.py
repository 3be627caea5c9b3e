"""/payout as an influencer lives it: payout details, the request, and every refusal."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.core.i18n import Translator
from bot.core.money import Money
from bot.services import payouts as payout_rules
from bot.services.payouts import PayoutRefused
from storage.db import Database
from storage.models import PayoutMethod
from storage.repositories import Repositories
from tests.payouts import (
    IBAN,
    IBAN_MASKED,
    IBAN_TYPED,
    approved_chat,
    available,
    requests,
    sale,
)
from tests.support import LOCALES, Chat, Clock, normalise, register, set_status


async def method_of(database: Database, influencer_id: int) -> PayoutMethod | None:
    async with database.read() as session:
        return await session.get(PayoutMethod, influencer_id)


async def give_iban(chat: Chat) -> None:
    """From the payout-method question to the saved IBAN."""
    await chat.press("iban").expect("payout-holder")
    await chat.send("Anna Nowak").expect("payout-iban")
    await chat.send(IBAN_TYPED).expect("payout-method-saved", "payout-confirm")


async def test_no_method_asks_for_it_then_requests_the_confirmed_balance(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 4000, clock)
    await sale(database, me, 2000, clock)
    await sale(database, me, 900, clock, status="pending")  # not payable yet

    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await chat.press("iban").expect("payout-holder")
    await chat.send("Anna Nowak").expect("payout-iban")
    await chat.send("FR76 3000 6000 0112 3456 7890 188").expect(  # one digit wrong
        "payout-iban-invalid", then="payout-iban"
    )
    assert await method_of(database, me.influencer_id) is None
    replies = await chat.send(IBAN_TYPED).expect("payout-method-saved", "payout-confirm")
    assert IBAN_MASKED in replies.text() and IBAN not in replies.text().replace(" ", "")
    assert "€60.00" in replies.last.text

    replies = await chat.press("confirm").expect("payout-requested")
    (request,) = await requests(database, me.influencer_id)
    assert replies.last.args["id"] == request.id
    assert (request.amount_minor, request.currency, request.status) == (6000, "EUR", "requested")
    assert (request.method_kind, request.method_account) == ("iban", IBAN)
    assert request.method_holder == "Anna Nowak"
    assert await available(database, me.influencer_id) == 0
    method = await method_of(database, me.influencer_id)
    assert method is not None and (method.kind, method.account) == ("iban", IBAN)


async def test_paypal_e_mail_is_checked_and_shown_masked(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 5000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await chat.press("paypal").expect("payout-paypal")
    await chat.send("anna.nowak@").expect("input-email-invalid", then="payout-paypal")
    assert await method_of(database, me.influencer_id) is None
    replies = await chat.send("Anna.Nowak@Example.COM").expect(
        "payout-method-saved", "payout-confirm"
    )
    assert "A•••@example.com" in replies.text()
    assert "Anna.Nowak" not in replies.text()
    method = await method_of(database, me.influencer_id)
    assert method is not None
    assert (method.kind, method.account, method.holder) == (
        "paypal",
        "Anna.Nowak@example.com",
        None,
    )


async def test_a_holder_name_needs_letters(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 5000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await chat.press("iban").expect("payout-holder")
    await chat.send("12345").expect("payout-holder-invalid", then="payout-holder")
    await chat.send("x" * 71).expect("input-text-too-long", then="payout-holder")
    assert await method_of(database, me.influencer_id) is None


async def test_below_the_minimum_is_refused_with_both_amounts(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 3050, clock)
    replies = await chat.send("/payout").expect("payout-below-minimum", "payout-method-missing")
    assert "€30.50" in replies[0].text and "€50.00" in replies[0].text
    assert await requests(database, me.influencer_id) == []
    # The button under the refusal records payout details in advance.
    await chat.press("change").expect("payout-method-kind")
    await chat.press("paypal").expect("payout-paypal")
    await chat.send("anna@example.com").expect("payout-method-saved")
    replies = await chat.send("/payout").expect("payout-below-minimum", "payout-method-current")
    assert "a•••@example.com" in replies.last.text


async def test_nothing_confirmed_yet_says_what_is_pending(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-missing")
    await sale(database, me, 7000, clock, status="pending")
    replies = await chat.send("/payout").expect("payout-nothing-confirmed", "payout-method-missing")
    assert "€70.00" in replies[0].text


async def test_only_approved_influencers_can_ask(
    chat_factory: Callable[..., Chat], database: Database
) -> None:
    stranger = chat_factory()
    await stranger.send("/payout").expect("payout-not-registered")
    applicant = chat_factory()
    await register(applicant, "en")
    replies = await applicant.send("/payout").expect("payout-not-approved")
    assert "@star_support" in replies.last.text
    await set_status(database, applicant, "suspended")
    await applicant.send("/payout").expect("payout-not-approved")


async def test_a_second_request_cannot_claim_the_same_money(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 6000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await give_iban(chat)
    first_confirm = chat.payload_for("confirm")
    await chat.send("/payout").expect("payout-confirm")  # asked twice: one question is open
    await chat.press_payload(first_confirm).expect("button-stale", "payout-confirm")
    await chat.press("confirm").expect("payout-requested")
    await chat.press_payload(first_confirm).expect("button-stale")  # and again, later

    replies = await chat.send("/payout").expect("payout-already-requested", "payout-method-current")
    (request,) = await requests(database, me.influencer_id)
    assert f"#{request.id}: €60.00" in replies[0].text

    # New confirmed money can be requested on its own; the held money is never counted twice.
    await sale(database, me, 5500, clock)
    replies = await chat.send("/payout").expect("payout-confirm")
    assert "€55.00" in replies.last.text
    await chat.press("confirm").expect("payout-requested")
    assert [r.amount_minor for r in await requests(database, me.influencer_id)] == [6000, 5500]
    assert await available(database, me.influencer_id) == 0


async def test_a_balance_that_shrank_since_the_question_is_refused_with_the_reason(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 6000, clock, order_id="A")
    await sale(database, me, 3000, clock, order_id="B")
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await give_iban(chat)
    assert "€90.00" in chat.last.last.text

    await sale(database, me, 3000, clock, order_id="B", status="reversed")  # after the question
    replies = await chat.press("confirm").expect("payout-above-balance", "payout-confirm")
    assert "€60.00" in replies[0].text
    assert await requests(database, me.influencer_id) == []  # the €90 were not requested
    await chat.press("confirm").expect("payout-requested")
    assert [r.amount_minor for r in await requests(database, me.influencer_id)] == [6000]

    await sale(database, me, 5000, clock, order_id="C")
    await chat.send("/payout").expect("payout-confirm")
    await sale(database, me, 5000, clock, order_id="C", status="reversed")
    await chat.press("confirm").expect(
        "payout-above-balance", "payout-already-requested", "payout-method-current"
    )
    assert len(await requests(database, me.influencer_id)) == 1


async def test_the_service_refuses_more_than_is_available_or_less_than_the_minimum(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    """What the staff chat and any other caller get, whatever the conversation did."""
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 6000, clock)
    async with database.transaction() as session:
        repos = Repositories(session)
        with pytest.raises(PayoutRefused) as refused:
            await payout_rules.request(repos, me.influencer_id, "EUR", 6000, 5000, clock())
        assert refused.value.reason == "no_method"
        await payout_rules.set_method(repos, me.influencer_id, "iban", IBAN, "Anna Nowak", clock())
        with pytest.raises(PayoutRefused) as refused:
            await payout_rules.request(repos, me.influencer_id, "EUR", 6001, 5000, clock())
        assert (refused.value.reason, refused.value.details) == (
            "above_available",
            {"available": 6000},
        )
        with pytest.raises(PayoutRefused) as refused:
            await payout_rules.request(repos, me.influencer_id, "EUR", 4000, 5000, clock())
        assert refused.value.reason == "below_minimum"
        with pytest.raises(PayoutRefused) as refused:
            await payout_rules.request(repos, me.influencer_id, "PLN", 6000, 5000, clock())
        assert refused.value.reason == "nothing_available"
        await payout_rules.request(repos, me.influencer_id, "EUR", 6000, 5000, clock())
        with pytest.raises(PayoutRefused) as refused:
            await payout_rules.request(repos, me.influencer_id, "EUR", 6000, 5000, clock())
        assert refused.value.reason == "nothing_available"
    assert len(await requests(database, me.influencer_id)) == 1


async def test_changing_the_details_moves_open_requests_too(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 6000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await give_iban(chat)
    await chat.press("change").expect("payout-method-kind")
    await chat.press("paypal").expect("payout-paypal")
    replies = await chat.send("anna@example.com").expect("payout-method-saved", "payout-confirm")
    assert "a•••@example.com" in replies.last.text
    await chat.press("confirm").expect("payout-requested")

    replies = await chat.send("/payout").expect("payout-already-requested", "payout-method-current")
    # With a request open, the change is confirmed first: the request follows the new details.
    await chat.press("change").expect("payout-method-kind")
    replies = await chat.press("iban").expect("payout-change-confirm")
    assert "#1" in replies.last.text and "€60.00" in replies.last.text
    await chat.press("keep").expect("payout-change-kept")
    (request,) = await requests(database, me.influencer_id)
    assert (request.method_kind, request.method_account) == ("paypal", "anna@example.com")
    await chat.send("/payout").expect("payout-already-requested", "payout-method-current")
    await chat.press("change").expect("payout-method-kind")
    await chat.press("iban").expect("payout-change-confirm")
    await chat.press("confirm").expect("payout-holder")
    await chat.send("Anna Nowak").expect("payout-iban")
    await chat.send(IBAN).expect("payout-method-saved")
    (request,) = await requests(database, me.influencer_id)
    assert (request.method_kind, request.method_account) == ("iban", IBAN)


async def test_cancel_requests_nothing(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await sale(database, me, 6000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await give_iban(chat)
    await chat.press("cancel").expect("payout-cancelled")
    assert await requests(database, me.influencer_id) == []
    assert await available(database, me.influencer_id) == 6000


async def test_each_currency_is_requested_on_its_own(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    from tests.payouts import seller

    chat = chat_factory()
    me = await approved_chat(chat, database)
    in_zloty = await seller(database, me.influencer_id, currency="PLN")
    await sale(database, me, 6000, clock)
    await sale(database, in_zloty, 25000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await give_iban(chat)
    await chat.press("confirm").expect("payout-requested", "payout-requested")
    made = await requests(database, me.influencer_id)
    assert sorted((r.currency, r.amount_minor) for r in made) == [("EUR", 6000), ("PLN", 25000)]


@pytest.mark.parametrize("locale", LOCALES)
async def test_request_and_refusal_wording_in_every_language(
    chat_factory: Callable[..., Chat],
    database: Database,
    clock: Clock,
    translator: Translator,
    locale: str,
) -> None:
    chat = chat_factory(locale=locale)
    me = await approved_chat(chat, database, locale)
    await sale(database, me, 3000, clock)
    replies = await chat.send("/payout").expect("payout-below-minimum", "payout-method-missing")
    expected = translator.render(
        locale,
        "payout-below-minimum",
        {"available": Money(3000, "EUR"), "minimum": Money(5000, "EUR")},
    )
    assert replies[0].text == expected
    assert replies[0].locale == locale

    await sale(database, me, 3000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await give_iban(chat)
    replies = await chat.press("confirm").expect("payout-requested")
    (request,) = await requests(database, me.influencer_id)
    expected = translator.render(
        locale,
        "payout-requested",
        {
            "id": request.id,
            "amount": Money(6000, "EUR"),
            "method": translator.render(locale, "payout-shown-iban", {"masked": IBAN_MASKED}),
        },
    )
    assert normalise(replies.last.text) == normalise(expected)
    assert str(request.id) in replies.last.text
    # The figure is formatted in the reader's language (60,00 € in fr, pl, es, ru).
    decimal = "60.00" if locale == "en" else "60,00"
    assert decimal in normalise(replies.last.text)


async def test_the_method_is_stored_once_per_influencer(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    me = await approved_chat(chat, database)
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-missing")
    await chat.press("change").expect("payout-method-kind")
    await chat.press("iban").expect("payout-holder")
    await chat.send("Anna Nowak").expect("payout-iban")
    await chat.send(IBAN).expect("payout-method-saved")
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-current")
    await chat.press("change").expect("payout-method-kind")
    await chat.press("paypal").expect("payout-paypal")
    await chat.send("anna@example.com").expect("payout-method-saved")
    async with database.read() as session:
        rows = (await session.scalars(select(PayoutMethod))).all()
    assert [(r.influencer_id, r.kind, r.holder) for r in rows] == [
        (me.influencer_id, "paypal", None)
    ]

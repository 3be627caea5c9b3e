"""Payouts in every launch market: the methods of each country, asked and checked in the
influencer's language; a Russian influencer paid by card end to end; minimums per currency;
no payout while money is owed; details changed just before a payout flagged to staff."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest

from bot.__main__ import parser
from bot.cli import payout as payout_cli
from bot.core.i18n import Translator
from bot.core.money import Money
from bot.services import payouts as payout_rules
from bot.settings import Settings
from storage.db import Database
from storage.models import PayoutMethod
from storage.repositories import Repositories
from tests.money import make_influencer
from tests.payouts import assert_balance_is_ledger, notifications, requests, sale, seller
from tests.support import LOCALES, Chat, Clock, normalise, register, set_status

MIR = "2200000000000004"
MIR_TYPED = "2200 0000 0000 0004"


async def approved_in(chat: Chat, database: Database, locale: str, country: str) -> int:
    await register(chat, locale)
    return await set_status(database, chat, "approved", country=country)


async def stored_method(database: Database, influencer_id: int) -> PayoutMethod | None:
    async with database.read() as session:
        return await session.get(PayoutMethod, influencer_id)


async def change_details(chat: Chat) -> None:
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-current")
    await chat.press("change").expect("payout-method-kind")


@pytest.mark.parametrize("locale", LOCALES)
async def test_each_market_offers_its_methods_asked_in_the_readers_language(
    chat_factory: Callable[..., Chat], database: Database, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    influencer_id = await approved_in(chat, database, locale, "RU")

    def said(message_id: str, **args: object) -> str:
        return normalise(translator.render(locale, message_id, dict(args)))

    # Russia: a bank card or SBP, nothing else.
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-missing")
    replies = await chat.press("change").expect("payout-method-kind")
    assert [b.choice for b in replies.last.all_buttons] == ["card", "sbp"]
    assert normalise(replies.last.text) == said("payout-method-kind")
    replies = await chat.press("card").expect("payout-card")
    assert normalise(replies.last.text) == said("payout-card")
    replies = await chat.send("2200 0000 0000 0005").expect(
        "payout-card-invalid", then="payout-card"
    )
    assert normalise(replies[0].text) == said("payout-card-invalid")
    assert await stored_method(database, influencer_id) is None
    replies = await chat.send(MIR_TYPED).expect("payout-method-saved")
    assert "•••• 0004" in replies.text() and MIR not in replies.text().replace(" ", "")
    assert said("payout-card-system-mir") in normalise(replies.text())

    await change_details(chat)
    replies = await chat.press("sbp").expect("payout-sbp-bank")
    assert len(replies.last.all_buttons) == 8
    await chat.press("tbank").expect("payout-sbp-phone")
    replies = await chat.send("+7 495 123-45-67").expect(
        "payout-phone-invalid-ru", then="payout-sbp-phone"
    )
    assert normalise(replies[0].text) == said("payout-phone-invalid-ru")
    replies = await chat.send("8 912 345-67-89").expect("payout-method-saved")
    assert "+7 •••• 6789" in replies.text()
    assert said("payout-bank-tbank") in normalise(replies.text())
    method = await stored_method(database, influencer_id)
    assert method is not None
    assert (method.kind, method.account, method.provider) == ("sbp", "+79123456789", "tbank")

    # Poland: IBAN, PayPal or BLIK.
    await set_status(database, chat, "approved", country="PL")
    await change_details(chat)
    assert [b.choice for b in chat.last.last.all_buttons] == ["iban", "paypal", "blik"]
    await chat.press("blik").expect("payout-blik-phone")
    replies = await chat.send("+48 12 345 67 89").expect(
        "payout-phone-invalid-pl", then="payout-blik-phone"
    )
    assert normalise(replies[0].text) == said("payout-phone-invalid-pl")
    replies = await chat.send("512 345 678").expect("payout-method-saved")
    assert "+48 •••• 5678" in replies.text()

    # France: IBAN or PayPal.
    await set_status(database, chat, "approved", country="FR")
    await change_details(chat)
    assert [b.choice for b in chat.last.last.all_buttons] == ["iban", "paypal"]
    await chat.press("paypal").expect("payout-paypal")
    replies = await chat.send("anna@localhost").expect("input-email-invalid", then="payout-paypal")
    await chat.send("anna@example.fr").expect("payout-method-saved")
    method = await stored_method(database, influencer_id)
    assert method is not None and (method.kind, method.provider) == ("paypal", None)


async def test_a_market_without_methods_is_told_whom_to_ask(
    chat_factory: Callable[..., Chat], database: Database, settings: Settings
) -> None:
    settings.payout_methods = {"RU": ("card",)}
    chat = chat_factory()
    await approved_in(chat, database, "en", "DE")
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-missing")
    replies = await chat.press("change").expect("payout-no-method-here")
    assert "@star_support" in replies.last.text


@pytest.mark.parametrize("locale", ["ru", "en"])
async def test_russian_influencer_paid_by_card_end_to_end(
    chat_factory: Callable[..., Chat],
    database: Database,
    settings: Settings,
    clock: Clock,
    make_engine: Callable[..., object],
    translator: Translator,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    locale: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    chat = chat_factory(locale=locale)
    influencer_id = await approved_in(chat, database, locale, "RU")
    me = await seller(database, influencer_id, currency="RUB")
    await sale(database, me, 450000, clock)  # 4 500 ₽: below the 5 000 ₽ minimum
    replies = await chat.send("/payout").expect("payout-below-minimum", "payout-method-missing")
    assert normalise(replies[0].text) == normalise(
        translator.render(
            locale,
            "payout-below-minimum",
            {"available": Money(450000, "RUB"), "minimum": Money(500000, "RUB")},
        )
    )
    await sale(database, me, 150000, clock)
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await chat.press("card").expect("payout-card")
    replies = await chat.send(MIR_TYPED).expect("payout-method-saved", "payout-confirm")
    await chat.press("confirm").expect("payout-requested")
    (request,) = await requests(database, influencer_id)
    assert (request.amount_minor, request.currency) == (600000, "RUB")
    assert (request.method_kind, request.method_account, request.method_provider) == (
        "card",
        MIR,
        "mir",
    )

    async def staff(*argv: str) -> str:
        code = await payout_cli.run(settings, parser().parse_args(["payout", *argv]), clock())
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    listed = await staff("list")
    assert "card •••• 0004 (Mir)" in listed and MIR not in listed
    assert "DETAILS CHANGED" in listed  # the card was given today
    shown = await staff("show", str(request.id))
    assert "card Mir 2200 0000 0000 0004" in shown and "warning: payout details changed" in shown
    await staff("pay", str(request.id), "--reference", "SBP-42", "--by", "alice")
    await assert_balance_is_ledger(database, influencer_id)

    (news,) = await notifications(database, "payout-paid")
    engine = make_engine()
    pending = await engine.pending_notifications(["console"])  # type: ignore[attr-defined]
    (paid,) = [o for _, o in pending if o is not None and o.message_id == "payout-paid"]
    assert paid.locale == locale and "•••• 0004" in paid.text and "SBP-42" in paid.text
    assert "6" in paid.text and MIR not in paid.text.replace(" ", "")
    assert news.args["method"]["$msg"] == "payout-shown-card"
    # The card number never reaches a log line, typed or stored.
    assert MIR not in caplog.text and MIR_TYPED not in caplog.text


async def test_minimum_per_currency(
    chat_factory: Callable[..., Chat], database: Database, clock: Clock
) -> None:
    chat = chat_factory()
    influencer_id = await approved_in(chat, database, "en", "PL")
    pln = await seller(database, influencer_id, currency="PLN")
    eur = await seller(database, influencer_id, currency="EUR")
    await sale(database, pln, 15000, clock)  # 150 zł, below 200 zł
    await sale(database, eur, 5000, clock)  # €50, the euro minimum
    await chat.send("/payout").expect("payout-method-needed", "payout-method-kind")
    await chat.press("paypal").expect("payout-paypal")
    replies = await chat.send("anna@example.com").expect("payout-method-saved", "payout-confirm")
    assert "€50.00" in replies.last.text and "PLN" not in replies.last.text
    await chat.press("confirm").expect("payout-requested")
    replies = await chat.send("/payout").expect("payout-below-minimum", "payout-method-current")
    assert "PLN150.00" in normalise(replies[0].text) and "PLN200.00" in normalise(replies[0].text)


def configured(**values: str) -> Settings:
    """Settings from their environment form (text), as an operator writes them."""
    return Settings(_env_file=None, **values)  # type: ignore[call-arg, arg-type]


def test_min_payout_setting_forms() -> None:
    per_currency = configured(min_payout="EUR:5000,PLN:20000,RUB:500000")
    assert per_currency.minimum_payout("PLN") == 20000
    assert per_currency.minimum_payout("USD") == 5000  # not listed: the default
    single = configured(min_payout="3000")
    assert single.minimum_payout("EUR") == single.minimum_payout("RUB") == 3000
    for bad in ("EUR:", "EURO:5000", "EUR:5000,EUR:6000", "EUR:0"):
        with pytest.raises(ValueError):
            configured(min_payout=bad)
    methods = configured(payout_methods="FR:iban,paypal;RU:card,sbp")
    assert methods.payout_methods_for("RU") == ("card", "sbp")
    assert methods.payout_methods_for("DE") == ()
    for bad in ("FR:iban,wire", "FR", "FR:iban;FR:paypal", "FR:"):
        with pytest.raises(ValueError):
            configured(payout_methods=bad)


@pytest.mark.parametrize("locale", ["en", "ru", "pl"])
async def test_no_payout_while_a_refund_after_payout_is_owed(
    chat_factory: Callable[..., Chat],
    database: Database,
    clock: Clock,
    translator: Translator,
    locale: str,
) -> None:
    chat = chat_factory(locale=locale)
    influencer_id = await approved_in(chat, database, locale, "FR")
    me = await seller(database, influencer_id)
    await sale(database, me, 6000, clock, order_id="o-1")
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(
            repos, influencer_id, "paypal", "anna@example.com", None, clock()
        )
        request = await payout_rules.request(repos, influencer_id, "EUR", 6000, 5000, clock())
        await payout_rules.pay(repos, request.id, "PP-1", "cli:alice", clock())
    await sale(database, me, 6000, clock, order_id="o-1", status="reversed")
    await sale(database, me, 2000, clock)  # a new sale settles part of it
    replies = await chat.send("/payout").expect("payout-owed")
    expected = translator.render(locale, "payout-owed", {"owed": Money(4000, "EUR")})
    assert normalise(replies.last.text) == normalise(expected)
    async with database.transaction() as session:
        from bot.services.payouts import PayoutRefused

        with pytest.raises(PayoutRefused) as refused:
            await payout_rules.request(
                Repositories(session), influencer_id, "EUR", 2000, 1, clock()
            )
    assert refused.value.reason == "owed"
    assert len(await requests(database, influencer_id)) == 1


async def test_staff_see_details_changed_in_the_last_seven_days(
    database: Database, clock: Clock
) -> None:
    influencer_id = await make_influencer(database, "5001")
    await sale(database, await seller(database, influencer_id), 6000, clock)
    async with database.transaction() as session:
        repos = Repositories(session)
        await payout_rules.set_method(
            repos, influencer_id, "paypal", "anna@example.com", None, clock()
        )
        await payout_rules.request(repos, influencer_id, "EUR", 6000, 5000, clock())
    async with database.read() as session:
        (item,) = await payout_rules.queue(Repositories(session), clock())
        assert item.details_changed_at == clock()
        clock.advance(days=8)
        (item,) = await payout_rules.queue(Repositories(session), clock())
        assert item.details_changed_at is None

"""The kinds of earnings question beyond "how much in a period", through the engine in each
language: the balance alone, clicks, one campaign or link by its name, and why orders were
cancelled (with the shop's reason when its postback gave one)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from bot.core.i18n import Translator
from bot.core.money import Money
from storage.db import Database
from tests.earnings import approved_shop, at
from tests.money import make_campaign, make_link
from tests.support import LOCALES, Chat, Clock, normalise

ChatFactory = Callable[..., Chat]

ASKED = {
    "en": {
        "balance": "hi, whats my balance?",
        "clicks": "how many clicks today",
        "campaign": "how much did I make from the Summer Glow campaign?",
        "link": "how much did SUMMER01 bring in yesterday",
        "why": "why was my order cancelled?",
    },
    "ru": {
        "balance": "привет, какой у меня баланс?",
        "clicks": "сколько кликов сегодня",
        "campaign": "сколько я заработал на Summer Glow?",
        "link": "сколько заработал SUMMER01 вчера",
        "why": "почему отменили заказ?",
    },
    "fr": {
        "balance": "bonjour, quel est mon solde ?",
        "clicks": "combien de clics aujourd'hui",
        "campaign": "combien j'ai gagné avec la campagne Summer Glow ?",
        "link": "combien a rapporté SUMMER01 hier",
        "why": "pourquoi ma commande a été annulée ?",
    },
    "es": {
        "balance": "hola, ¿cuál es mi saldo?",
        "clicks": "cuantos clics hoy",
        "campaign": "¿cuánto gané con la campaña Summer Glow?",
        "link": "cuanto gane con SUMMER01 ayer",
        "why": "¿por qué se canceló mi pedido?",
    },
    "pl": {
        "balance": "cześć, jakie mam saldo?",
        "clicks": "ile kliknięć dzisiaj",
        "campaign": "ile zarobiłem na kampanii Summer Glow?",
        "link": "ile zarobiłem z SUMMER01 wczoraj",
        "why": "dlaczego zamówienie zostało anulowane?",
    },
}


def rendered(translator: Translator, locale: str, message_id: str, **args: object) -> str:
    return normalise(translator.render(locale, message_id, args))


@pytest.mark.parametrize("locale", LOCALES)
async def test_each_kind_of_question_gets_its_answer(
    chat_factory: ChatFactory,
    database: Database,
    clock: Clock,
    translator: Translator,
    locale: str,
) -> None:
    asked = ASKED[locale]
    chat = chat_factory(locale=locale)
    shop = await approved_shop(chat, database, clock, locale)
    await chat.send(asked["balance"]).expect("earnings-balance-none")
    await chat.send(asked["why"]).expect("earnings-cancelled-none")

    summer = await make_campaign(database, name="Summer Glow", rates={"standard": 1000})
    shop.links["SUMMER01"] = await make_link(
        database, shop.influencer_id, summer.id, "SUMMER01", created_at=at("2020-01-01 00:00")
    )
    await shop.sale("SUMMER01", 2000, "2026-11-24 10:00")  # yesterday: 2.00 pending
    await shop.sale("SUMMER01", 3000, "2026-10-02 10:00", status="confirmed")  # 3.00
    await shop.sale("WINTER01", 5000, "2026-11-25 09:00")  # today, another campaign
    await shop.clicks("WINTER01", ["2026-11-25 08:00", "2026-11-25 08:30"])

    balance = await chat.send(asked["balance"]).expect("earnings-balance-only")
    confirmed = rendered(translator, locale, "earnings-balance-confirmed", amount=Money(300, "EUR"))
    assert confirmed in normalise(balance.text())

    clicks = await chat.send(asked["clicks"]).expect("earnings-clicks")
    stats = rendered(translator, locale, "earnings-stats", orders=1, clicks=2, rate=0.5)
    assert stats in normalise(clicks.text())

    campaign = await chat.send(asked["campaign"]).expect("earnings-campaign")
    assert campaign.last.args["campaign"] == "Summer Glow"
    total = rendered(
        translator,
        locale,
        "earnings-amount",
        total=Money(500, "EUR"),
        pending=Money(200, "EUR"),
        confirmed=Money(300, "EUR"),
    )
    assert total in normalise(campaign.text())  # all time, this campaign only

    link = await chat.send(asked["link"]).expect("earnings-link")
    assert link.last.args["code"] == "SUMMER01"
    yesterday = rendered(
        translator,
        locale,
        "earnings-amount",
        total=Money(200, "EUR"),
        pending=Money(200, "EUR"),
        confirmed=Money(0, "EUR"),
    )
    assert yesterday in normalise(link.text())
    named = await chat.send("/earnings summer glow").expect("earnings-campaign")
    assert total in normalise(named.text())

    await shop.sale("SUMMER01", 2000, "2026-11-24 10:00", order="o1")
    await shop.sale(
        "SUMMER01", 2000, "2026-11-24 10:00", status="reversed", order="o1", reason="Returned"
    )
    why = await chat.send(asked["why"]).expect("earnings-cancelled-orders")
    assert "SUMMER01" in why.text()
    assert "Returned" in why.text()


async def test_the_shops_reason_is_shown_and_its_absence_said(
    chat_factory: ChatFactory, database: Database, clock: Clock, translator: Translator
) -> None:
    chat = chat_factory(locale="ru")
    shop = await approved_shop(chat, database, clock, "ru")
    await shop.sale("WINTER01", 2000, "2026-11-20 10:00", order="A1")
    await shop.sale("WINTER01", 2000, "2026-11-20 10:00", order="A1", status="reversed",
                    reason="Покупатель вернул товар")  # fmt: skip
    await shop.sale("WINTER01", 3000, "2026-11-22 10:00", order="B2")
    await shop.sale("WINTER01", 3000, "2026-11-22 10:00", order="B2", status="reversed")
    replies = await chat.send("pochemu otmenili zakaz?").expect("earnings-cancelled-orders")
    lines = normalise(str(replies.last.args["lines"])).splitlines()
    no_reason = translator.render("ru", "earnings-cancelled-no-reason")
    assert lines == [
        rendered(
            translator,
            "ru",
            "earnings-cancelled-line",
            date=date(2026, 11, 22),
            code="WINTER01",
            amount=Money(3000, "EUR"),
            status="reversed",
            refunded=Money(0, "EUR"),
            reason=no_reason,
        ),
        rendered(
            translator,
            "ru",
            "earnings-cancelled-line",
            date=date(2026, 11, 20),
            code="WINTER01",
            amount=Money(2000, "EUR"),
            status="reversed",
            refunded=Money(0, "EUR"),
            reason="Покупатель вернул товар",
        ),
    ]


async def test_a_name_without_a_question_is_left_alone(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    chat = chat_factory(locale="en")
    await approved_shop(chat, database, clock, "en")
    await chat.send("I love WINTER01").expect("not-understood")

"""Typed message arguments: one JSON encoding that round-trips, and rows and sessions written
before the types existed (hand-written ``{"$money": ...}`` dicts) still read and render."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.flow import Question, Reply
from bot.core.i18n import Translator
from bot.core.inputs import Choice, ChoiceOption
from bot.core.message_args import (
    CountryName,
    Joined,
    MessageArgError,
    MessageArgs,
    Money,
    Msg,
    from_json,
    to_json,
)
from storage.db import Database
from storage.models import Identity
from storage.notifications import Notifications
from tests.support import Chat, Clock

EVERY_KIND: MessageArgs = {
    "text": "Anna",
    "count": 3,
    "rate": Decimal("12.50"),
    "amount": Money(600, "EUR"),
    "day": date(2026, 11, 24),
    "moment": datetime(2026, 11, 24, 10, 30, tzinfo=UTC),
    "country": CountryName("PT"),
    "tier": Msg("tier-name", {"tier": "silver"}),
    "lines": Joined((Msg("sale-change-confirmed", {"amount": Money(1, "PLN")}), "x"), "\n"),
}


def test_every_kind_of_argument_round_trips_through_json() -> None:
    stored = json.loads(json.dumps(to_json(EVERY_KIND)))
    assert from_json(stored) == EVERY_KIND


def test_the_form_written_before_the_types_still_decodes() -> None:
    # Exactly what the previous version wrote by hand into notifications and sessions.
    old = {
        "amount": {"$money": [6000, "EUR"]},
        "until": {"$date": "2026-11-24"},
        "country": {"$country": "PT"},
        "tier": {"$msg": "tier-name", "args": {"tier": "gold"}},
        "changes": {
            "$list": [{"$msg": "sale-changes-more", "args": {"count": 5}}],
            "separator": "\n",
        },
        "id": 7,
    }
    assert from_json(old) == {
        "amount": Money(6000, "EUR"),
        "until": date(2026, 11, 24),
        "country": CountryName("PT"),
        "tier": Msg("tier-name", {"tier": "gold"}),
        "changes": Joined((Msg("sale-changes-more", {"count": 5}),), "\n"),
        "id": 7,
    }
    assert to_json(from_json(old)) == old  # and is still what is written


def test_an_unknown_marker_is_refused_not_shown() -> None:
    with pytest.raises(MessageArgError):
        from_json({"when": {"$dat": "2026-11-24"}})
    with pytest.raises(MessageArgError):
        to_json({"when": {"$date": "2026-11-24"}})  # type: ignore[dict-item]


def test_a_raw_dict_is_rejected_by_the_type_checker() -> None:
    """mypy runs on tests with warn_unused_ignores: were a raw dict ever accepted as a message
    argument again, these ignores would be unused and mypy would fail."""
    reply = Reply("demo")
    reply.say("sale-new", until={"$date": "2026-11-24"})  # type: ignore[arg-type]
    reply.say("sale-new", amount={"$money": [320, "EUR"]})  # type: ignore[arg-type]
    ChoiceOption("PT", "$country:PT", {"x": {"$country": "PT"}})  # type: ignore[dict-item]


def test_an_open_question_keeps_its_typed_arguments_and_country_buttons() -> None:
    reply = Reply("demo").ask(
        "onboarding-summary",
        next="summary",
        choices=[ChoiceOption("PT", CountryName("PT"))],
        country=CountryName("PT"),
        audience=12_500,
    )
    assert reply.question is not None
    saved = json.loads(json.dumps(reply.question.to_dict()))
    again = Question.from_dict(saved)
    assert again.prompt.args == {"country": CountryName("PT"), "audience": 12_500}
    assert again.prompt.choices == [ChoiceOption("PT", CountryName("PT"))]


def test_a_session_saved_by_the_previous_version_still_loads() -> None:
    saved = {
        "flow": "onboarding",
        "step": "country_chosen",
        "serial": 3,
        "prompt": {"id": "onboarding-country", "args": {"since": {"$date": "2026-11-24"}}},
        "choices": [{"key": "PT", "label": "$country:PT", "args": {}, "literal": False}],
        "input": Choice().to_dict(),
    }
    question = Question.from_dict(saved)
    assert question.prompt.args == {"since": date(2026, 11, 24)}
    assert question.prompt.choices == [ChoiceOption("PT", CountryName("PT"))]


@pytest.mark.parametrize(
    ("locale", "country"), [("en", "Portugal"), ("ru", "Португалия"), ("pl", "Portugalia")]
)
async def test_an_old_notification_row_is_shown_in_the_readers_language(
    engine: Engine,
    database: Database,
    translator: Translator,
    clock: Clock,
    locale: str,
    country: str,
) -> None:
    chat = Chat(engine, user_id="4201", locale=locale)
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    async with database.transaction() as session:
        user_id = await session.scalar(
            select(Identity.user_id).where(Identity.external_id == "4201")
        )
        assert user_id is not None
        old = {"amount": {"$money": [320, "EUR"]}, "until": {"$date": "2027-01-12"}}
        await Notifications(session).queue(user_id, "sale-new", {**old, "status": "x"}, clock())
        await Notifications(session).queue(
            user_id, "broadcast-segment-since", {"date": {"$date": "2027-01-12"}}, clock()
        )
        await Notifications(session).queue(
            user_id,
            "support-desk-topic",
            {"number": 1, "locale": "x", "country": {"$country": "PT"}},
            clock(),
        )
    pending = await engine.pending_notifications(["console"])
    shown = {o.message_id: o for _, o in pending if o is not None}
    amount, until = Money(320, "EUR"), date(2027, 1, 12)
    assert shown["sale-new"].args == {"amount": amount, "until": until, "status": "x"}
    assert shown["sale-new"].text == translator.render(
        locale, "sale-new", {"amount": amount, "until": until, "status": "x"}
    )
    assert shown["support-desk-topic"].text.endswith(country)
    assert shown["broadcast-segment-since"].text == translator.render(
        locale, "broadcast-segment-since", {"date": until}
    )

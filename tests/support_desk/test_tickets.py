"""Tickets in chat: an influencer asks, staff answer with /reply, close, the influencer rates;
the audit trail and /staff's figures follow."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.services.faq import answer_args
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry, Ticket
from tests.staff import grant, notifications
from tests.support import LOCALES, Chat, Clock, Replies

AGENT = "50"


async def agent(engine: Engine, database: Database, settings: Settings, clock: Clock) -> Chat:
    await grant(database, settings, clock, f"console:{AGENT}", "support")
    return Chat(engine, user_id=AGENT, locale="en")


async def tickets(database: Database) -> list[Ticket]:
    async with database.read() as session:
        return list(await session.scalars(select(Ticket).order_by(Ticket.id)))


async def audit(database: Database) -> list[tuple[str, str, str | None]]:
    async with database.read() as session:
        rows = await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        return [(r.actor, r.action, r.subject) for r in rows if r.action.startswith("ticket.")]


@pytest.mark.parametrize("locale", LOCALES)
async def test_round_trip_in_chat(
    chat_factory: Callable[..., Chat],
    engine: Engine,
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
    locale: str,
) -> None:
    user = chat_factory(locale=locale)
    staff = await agent(engine, database, settings, clock)
    await user.send("/support").expect("support-ask")
    await user.send("x").expect("input-text-too-short", then="support-ask")
    opened = await user.send("My sale from Monday is missing").expect("support-opened")
    number = opened.last.args["number"]
    await user.send("It was a red dress").expect("support-added")
    await user.send("/support").expect("support-already-open")

    listing = await staff.send("/tickets").expect("support-list")
    assert f"#{number}" in listing.last.text and "My sale from Monday" in listing.last.text
    shown = await staff.send(f"/tickets {number}").expect("support-show")
    assert "red dress" in shown.last.text
    clock.advance(minutes=12)
    await staff.send(f"/reply {number} It is pending until the shop confirms it.").expect(
        "support-reply-sent"
    )
    delivered = await notifications(engine, user)
    assert [o.message_id for o in delivered] == ["support-reply"]
    assert "It is pending until the shop confirms it." in delivered[0].text
    assert (await tickets(database))[0].state == "waiting"
    # A prepared answer (an FAQ topic) arrives in the influencer's own language.
    await staff.send(f"/reply {number} faq:payouts").expect("support-reply-sent")
    (prepared,) = await notifications(engine, user)
    assert translator.render(locale, "faq-answer-payouts", answer_args(settings, locale)) in (
        prepared.text
    )

    await user.send("Thanks!").expect("support-added")
    assert (await tickets(database))[0].state == "open"
    await staff.send(f"/close {number}").expect("support-closed-staff")
    closed = await notifications(engine, user)
    assert [o.message_id for o in closed] == ["support-closed"]
    assert [b.choice for b in closed[0].all_buttons][-1] == f"{number}.reopen"
    user.history.append(Replies(closed))  # the notice's buttons, as the user sees them
    await user.press(f"{number}.5").expect("support-rated")
    await user.press(f"{number}.4").expect("support-rate-once")

    ticket = (await tickets(database))[0]
    assert (ticket.state, ticket.rating, ticket.locale) == ("closed", 5, locale)
    assert await audit(database) == [
        (f"console:{user.user_id}", "ticket.open", f"ticket:{number}"),
        (f"console:{AGENT}", "ticket.reply", f"ticket:{number}"),
        (f"console:{AGENT}", "ticket.reply", f"ticket:{number}"),
        (f"console:{AGENT}", "ticket.close", f"ticket:{number}"),
        (f"console:{user.user_id}", "ticket.rate", f"ticket:{number}"),
    ]
    overview = await staff.send("/staff").expect("staff-overview", "staff-support-summary")
    assert "12" in overview.last.text  # the median first response, in minutes


async def test_two_tickets_stay_apart_and_reopen(
    chat_factory: Callable[..., Chat],
    engine: Engine,
    database: Database,
    settings: Settings,
    clock: Clock,
) -> None:
    anna, boris = chat_factory(locale="pl"), chat_factory(locale="ru")
    staff = await agent(engine, database, settings, clock)
    first = (await anna.send("/support Where is my payout?").expect("support-opened")).last
    second = (await boris.send("/support Ссылка не работает").expect("support-opened")).last
    a, b = first.args["number"], second.args["number"]
    await staff.send(f"/reply {b} Try the new link").expect("support-reply-sent")
    await staff.send(f"/reply {a} Paid on Friday").expect("support-reply-sent")
    assert [o.args["text"] for o in await notifications(engine, anna)] == ["Paid on Friday"]
    assert [o.args["text"] for o in await notifications(engine, boris)] == ["Try the new link"]
    await anna.send("/close").expect("support-closed-self")
    await anna.press(f"{a}.3").expect("support-rated")
    await anna.send("/close").expect("support-none-open")
    rows = await tickets(database)
    assert [(t.id, t.state, t.rating) for t in rows] == [(a, "closed", 3), (b, "waiting", None)]
    # Closed by staff, reopened by the influencer's button: the same ticket again.
    await staff.send(f"/close {b}").expect("support-closed-staff")
    boris.history.append(Replies(await notifications(engine, boris)))
    await boris.press(f"{b}.reopen").expect("support-reopened")
    await boris.send("Still broken").expect("support-added")
    assert [(t.id, t.state) for t in await tickets(database)] == [(a, "closed"), (b, "open")]


async def test_staff_commands_are_refused_without_the_support_role(
    chat_factory: Callable[..., Chat], database: Database, settings: Settings, clock: Clock
) -> None:
    user = chat_factory()
    await user.send("/support Help").expect("support-opened")
    stranger = chat_factory()
    await stranger.send("/tickets").expect("command-unknown")
    await stranger.send("/reply 1 hello").expect("command-unknown")
    reviewer = chat_factory()
    await grant(database, settings, clock, f"console:{reviewer.user_id}", "reviewer")
    await reviewer.send("/reply 1 hello").expect("staff-role-missing")
    async with database.read() as session:
        query = select(AuditEntry).where(AuditEntry.action == "denied")
        denied = (await session.scalars(query)).all()
    assert [d.subject for d in denied] == ["ticket.list", "ticket.reply", "ticket.reply"]
    assert (await tickets(database))[0].state == "open"


async def test_bad_staff_input_changes_nothing(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    staff = await agent(engine, database, settings, clock)
    await staff.send("/tickets").expect("support-list-empty")
    await staff.send("/reply").expect("support-reply-usage")
    await staff.send("/reply 99 hello").expect("support-no-ticket")
    await staff.send("/close 99").expect("support-no-ticket")
    assert await tickets(database) == []


async def test_text_nothing_understood_offers_a_person(
    chat_factory: Callable[..., Chat], database: Database
) -> None:
    chat = chat_factory(locale="es")
    puzzled = await chat.send("mi cupón no funciona en la app").expect("not-understood")
    assert [b.choice for b in puzzled.last.all_buttons] == ["ask"]
    opened = await chat.press("ask").expect("support-opened")
    assert opened.last.args == {"number": 1}
    assert (await tickets(database))[0].subject == "mi cupón no funciona en la app"
    await chat.send("/tickets")  # (not staff: the command does not exist for them)
    await chat.send("/close").expect("support-closed-self")
    await chat.send("hola").expect("not-understood")
    await chat.press("ask").expect("support-opened")

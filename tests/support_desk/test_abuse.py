"""Abuse: per-user rate limits with a localised "slow down" and recovery after the window;
/block and /unblock by support staff (messages dropped with one notice, open tickets closed,
broadcasts skip the blocked user)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.broadcast.segment import Segment, telegram_recipients
from bot.core.engine import Engine
from bot.settings import Settings
from storage.audience import statement
from storage.db import Database
from storage.models import AuditEntry, Ticket
from tests.staff import grant
from tests.support import LOCALES, Chat, Clock
from tests.support_desk.test_tickets import agent


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        programme_name="Star Partners",
        support_contact="@star_support",
        owner_ids=["console:1"],
        rate_limit_messages=3,
        rate_limit_window_seconds=60,
    )


@pytest.mark.parametrize("locale", LOCALES)
async def test_slow_down_once_then_silence_then_recovery(
    chat_factory: Callable[..., Chat], clock: Clock, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    for _ in range(3):
        await chat.send("/help").expect("help")
    clock.advance(seconds=20)
    slow = await chat.send("/help").expect("abuse-slow-down")
    assert slow.last.args == {"seconds": 40}
    await chat.send("/help").expect()  # told once per window
    await chat.send("/faq").expect()
    clock.advance(seconds=41)
    await chat.send("/help").expect("help")


async def test_staff_are_not_limited(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    staff = await agent(engine, database, settings, clock)
    for _ in range(6):
        await staff.send("/tickets").expect("support-list-empty")


async def test_block_and_unblock(
    chat_factory: Callable[..., Chat],
    engine: Engine,
    database: Database,
    settings: Settings,
    clock: Clock,
) -> None:
    spammer = chat_factory(locale="ru", channel="telegram")
    await spammer.send("/support КУПИТЕ ПОДПИСЧИКОВ").expect("support-opened")
    staff = await agent(engine, database, settings, clock)
    account = f"telegram:{spammer.user_id}"
    await staff.send("/block").expect("abuse-block-usage")
    await staff.send("/block telegram:999999").expect("abuse-unknown-account")
    await staff.send("/block telegram:abc").expect("staff-bad-account")
    done = await staff.send(f"/block {account} spam in comments").expect("abuse-blocked-done")
    assert done.last.args == {"account": account, "tickets": 1}
    await staff.send(f"/block {account}").expect("abuse-already-blocked")

    clock.advance(minutes=5)
    await spammer.send("hello?").expect("abuse-blocked")  # told once
    await spammer.send("/support again").expect()
    await spammer.send("/start").expect()
    async with database.read() as session:
        assert [t.state for t in await session.scalars(select(Ticket))] == ["closed"]
        recipients = (
            await session.execute(statement(telegram_recipients(Segment(), ["ru", "en"], "en")))
        ).all()
        actions = [
            (e.action, e.subject)
            for e in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    assert recipients == []  # broadcasts skip the blocked user
    assert ("user.block", account) in actions and ("ticket.close", "ticket:1") in actions

    await staff.send(f"/unblock {account}").expect("abuse-unblocked-done")
    await staff.send(f"/unblock {account}").expect("abuse-not-blocked")
    await spammer.send("/support Sorry").expect("support-opened")


async def test_block_needs_the_support_role(
    chat_factory: Callable[..., Chat], database: Database, settings: Settings, clock: Clock
) -> None:
    user = chat_factory()
    await user.send("/help").expect("help")
    reviewer = chat_factory()
    await grant(database, settings, clock, f"console:{reviewer.user_id}", "reviewer")
    await reviewer.send(f"/block console:{user.user_id}").expect("staff-role-missing")
    await chat_factory().send(f"/block console:{user.user_id}").expect("command-unknown")
    await user.send("/help").expect("help")

"""Retention: the running bot purges what is kept only for a while, and nothing else."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot.app import App
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import Database
from storage.models import (
    AuditEntry,
    InboundUpdate,
    Influencer,
    ProcessedUpdate,
    Ticket,
    TicketMessage,
)
from tests.money import make_influencer
from tests.support import Clock


async def seed(database: Database, clock: Clock) -> None:
    now = clock()
    async with database.transaction() as session:
        for number, age in ((1, timedelta(hours=30)), (2, timedelta(hours=2))):
            when = now - age
            session.add(
                ProcessedUpdate(channel="telegram", update_id=str(number), processed_at=when)
            )
            session.add(
                InboundUpdate(
                    channel="telegram",
                    update_id=str(number),
                    payload={"message": {"text": "FR76 3000 6000 0112 3456 7890 189"}},
                    received_at=when,
                    processed_at=when,
                )
            )
        for subject, age in (("old", timedelta(days=40)), ("new", timedelta(days=2))):
            session.add(
                AuditEntry(
                    actor="telegram:1",
                    action="review.approve",
                    subject=subject,
                    details={"note": "looked at the channel"},
                    created_at=now - age,
                )
            )


async def seed_tickets(database: Database, clock: Clock, users: list[int]) -> None:
    """A ticket closed 400 days ago, and an open one with a message of 400 and of 2 days."""
    now = clock()
    async with database.transaction() as session:
        for user_id, state in zip(users, ("closed", "open"), strict=True):
            old = now - timedelta(days=400)
            ticket = Ticket(
                user_id=user_id,
                state=state,
                channel="telegram",
                chat_id=str(user_id),
                locale="en",
                subject=f"{state}: where is my payout?",
                created_at=old,
                updated_at=old if state == "closed" else now - timedelta(days=2),
            )
            session.add(ticket)
            await session.flush()
            for text, age in (("old words", 400), ("new words", 2)):
                if state == "closed" and age == 2:
                    continue
                session.add(
                    TicketMessage(
                        ticket_id=ticket.id,
                        direction="in",
                        author=f"telegram:{user_id}",
                        text=f"{state} {text}",
                        created_at=now - timedelta(days=age),
                    )
                )


async def test_the_running_bot_purges_past_the_configured_periods(
    database: Database,
    settings: Settings,
    translator: Translator,
    make_engine: Callable[[], Engine],
    clock: Clock,
) -> None:
    await seed(database, clock)
    users = [await make_influencer(database, external_id) for external_id in ("71", "72")]
    async with database.read() as session:
        user_ids = [(await session.get(Influencer, i)).user_id for i in users]  # type: ignore[union-attr]
    await seed_tickets(database, clock, user_ids)
    configured = settings.model_copy(
        update={
            "retain_updates_hours": 24,
            "retain_audit_details_days": 30,
            "retain_support_days": 365,
        }
    )
    engine = make_engine()
    engine.settings = configured
    runtime = Runtime(configured, App(configured, database, translator, engine))

    async def audit() -> dict[str, dict[str, object]]:
        async with database.read() as session:
            rows = await session.scalars(select(AuditEntry))
            return {str(r.subject): dict(r.details) for r in rows}

    await runtime.start()
    try:
        for _ in range(200):  # bounded: the first purge runs as the bot starts
            if (await audit())["old"] == {}:
                break
            await asyncio.sleep(0.02)
    finally:
        await runtime.stop()
    assert await audit() == {"old": {}, "new": {"note": "looked at the channel"}}
    async with database.read() as session:
        kept = (await session.scalars(select(ProcessedUpdate.update_id))).all()
        raw = (await session.scalars(select(InboundUpdate.update_id))).all()
        texts = (await session.scalars(select(TicketMessage.text))).all()
        subjects = (await session.scalars(select(Ticket.subject).order_by(Ticket.id))).all()
    assert list(kept) == ["2"] and list(raw) == ["2"]
    # Support messages past BOT_RETAIN_SUPPORT_DAYS are gone, and a closed ticket's subject.
    assert list(texts) == ["open new words"]
    assert list(subjects) == ["", "open: where is my payout?"]


def test_retention_settings_are_validated() -> None:
    for name, bad in (("retain_updates_hours", 1), ("retain_audit_details_days", 0)):
        with pytest.raises(ValueError):
            Settings(_env_file=None, **{name: bad})  # type: ignore[call-arg, arg-type]

"""The same action through chat and through the console leaves the same rows and the same
audit entries: both call the same functions (handlers/review.py, handlers/staff.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry, Influencer, Notification, StaffRole
from tests.console import client, console_settings, csrf_of, serve, sign_in
from tests.support import Chat, Clock, register


async def audit(database: Database) -> list[AuditEntry]:
    async with database.read() as session:
        return list(await session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def entry(row: AuditEntry, names: dict[str, str]) -> tuple[Any, ...]:
    """An audit entry with the parts that name the other party replaced by a role name."""
    details = {k: names.get(v, v) if isinstance(v, str) else v for k, v in row.details.items()}
    subject = names.get(row.subject or "", row.subject)
    return (row.actor, row.action, subject, details, row.created_at)


async def test_approving_in_chat_and_in_the_console(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    engine = make_engine()
    reviewer = Chat(engine, user_id="1")
    await register(Chat(engine, user_id="1001"), "en", name="Anna Nowak")
    await register(Chat(engine, user_id="1002"), "en", name="Anna Nowak")
    async with database.read() as session:
        by_chat, by_console = list(
            await session.scalars(select(Influencer.id).order_by(Influencer.id))
        )
    before = len(await audit(database))

    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, reviewer)
        claimed = await browser.post(
            f"/console/applications/{by_console}/claim", data={"csrf": csrf}
        )
        assert claimed.status == 200
        approved = await browser.post(
            f"/console/applications/{by_console}/approve", data={"csrf": csrf}
        )
        assert approved.status == 200
    console_entries = (await audit(database))[before:]
    console_entries = [e for e in console_entries if not e.action.startswith("console.")]

    before = len(await audit(database))
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("approve").expect("review-approve-confirm")
    await reviewer.press("confirm").expect("review-approved-done", "review-queue-empty")
    chat_entries = (await audit(database))[before:]

    names_console = {f"application:{by_console}": "application", "console:1002": "applicant"}
    names_chat = {f"application:{by_chat}": "application", "console:1001": "applicant"}
    assert [e.action for e in chat_entries] == ["review.claim", "review.approve"]
    assert [entry(e, names_console) for e in console_entries] == [
        entry(e, names_chat) for e in chat_entries
    ]

    columns = (
        "status",
        "reviewed_at",
        "reviewed_by",
        "review_reason",
        "review_note",
        "claimed_by",
        "claim_expires_at",
        "updated_at",
    )
    async with database.read() as session:
        rows = {
            row.id: tuple(getattr(row, c) for c in columns)
            for row in await session.scalars(select(Influencer))
        }
        told = [
            (n.user_id, n.message_id, n.args)
            for n in await session.scalars(select(Notification).order_by(Notification.id))
            if n.message_id == "review-notify-approved"
        ]
    assert rows[by_console] == rows[by_chat]
    assert rows[by_chat][0] == "approved"
    assert len(told) == 2 and told[0][1:] == told[1][1:]


async def test_granting_in_chat_and_in_the_console(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    owner = Chat(make_engine(), user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        await sign_in(browser, owner)
        csrf = await csrf_of(browser, "/console/staff")
        before = len(await audit(database))
        granted = await browser.post(
            "/console/staff/grant",
            data={"csrf": csrf, "account": "telegram:700", "role": "reviewer"},
        )
        assert granted.status == 200
        console_entries = (await audit(database))[before:]
    before = len(await audit(database))
    await owner.send("/grant telegram:800 reviewer").expect("staff-granted")
    chat_entries = (await audit(database))[before:]
    assert [entry(e, {"telegram:700": "who"}) for e in console_entries] == [
        entry(e, {"telegram:800": "who"}) for e in chat_entries
    ]
    async with database.read() as session:
        roles = {
            r.external_id: (r.channel, r.role, r.granted_by, r.granted_at)
            for r in await session.scalars(select(StaffRole))
        }
    assert roles["700"] == roles["800"] == ("telegram", "reviewer", "console:1", clock())

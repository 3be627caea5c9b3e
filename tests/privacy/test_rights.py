"""/privacy, /export and /delete as the person lives them, and what is left afterwards."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import (
    AuditEntry,
    Broadcast,
    ConsoleLoginToken,
    ConsoleSession,
    Identity,
    Influencer,
    PayoutRequest,
    RateWindow,
    ReplyOutboxEntry,
    StaffRole,
    Ticket,
    TicketMessage,
    User,
    UserBlock,
)
from storage.privacy import SECTIONS
from tests.console import client, console_settings, login_token, serve, sign_in
from tests.money import assert_kept_figures, make_influencer
from tests.payouts import IBAN, assert_balance_is_ledger
from tests.privacy import (
    CARD,
    EMAIL,
    FOLLOW_UP,
    NAME,
    PHONE,
    PLATFORM_ID,
    QUESTION,
    TYPED,
    everything,
    find_anywhere,
)
from tests.support import LOCALES, Chat, Clock, normalise


async def theirs(database: Database, external_id: str) -> dict[str, int]:
    """How many rows of the support desk and the abuse limits still belong to the user of
    ``external_id`` (by their user, their tickets or their chat)."""
    async with database.read() as session:
        users = select(Identity.user_id).where(Identity.external_id == external_id)
        tickets = select(Ticket.id).where(Ticket.user_id.in_(users))

        async def count(model: Any, *where: Any) -> int:
            return int(
                await session.scalar(select(func.count()).select_from(model).where(*where)) or 0
            )

        return {
            "tickets": await count(Ticket, Ticket.user_id.in_(users)),
            "ticket_messages": await count(TicketMessage, TicketMessage.ticket_id.in_(tickets)),
            "rate_windows": await count(RateWindow, RateWindow.user_id.in_(users)),
            "user_blocks": await count(UserBlock, UserBlock.user_id.in_(users)),
            "reply_outbox": await count(ReplyOutboxEntry, ReplyOutboxEntry.chat_id == external_id),
        }


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_notice_says_what_is_kept_why_and_how_long(
    chat_factory: Callable[..., Chat], translator: Translator, settings: Settings, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    replies = await chat.send("/privacy").expect("privacy-notice")
    text = normalise(replies.last.text)
    for key in SECTIONS:
        assert normalise(translator.render(locale, f"privacy-data-{key}", {})) in text
    assert "@star_support" in text and settings.privacy_url in text
    if locale == "ru":
        assert "48 часов" in text and "365 дней" in text
    if locale == "pl":
        assert "48 godzinach" in text and "365 dniach" in text


@pytest.mark.parametrize("locale", LOCALES)
async def test_delete_asks_first_and_says_what_happens_in_the_readers_language(
    chat_factory: Callable[..., Chat], translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    await chat.send("/start").expect("onboarding-language")
    replies = await chat.send("/delete").expect("privacy-delete-confirm")
    assert normalise(replies.last.text) == normalise(
        translator.render(locale, "privacy-delete-confirm", {})
    )
    labels = [
        translator.render(locale, f"privacy-delete-confirm.{k}", {}) for k in ("delete", "keep")
    ]
    assert [b.label for b in replies.last.all_buttons] == labels
    await chat.press("keep").expect("privacy-delete-kept")
    await chat.send("/delete").expect("privacy-delete-confirm")
    replies = await chat.press("delete").expect("privacy-deleted")
    assert normalise(replies.last.text) == normalise(
        translator.render(locale, "privacy-deleted", {})
    )
    await chat.send("/start").expect("onboarding-language")  # a new person


@pytest.mark.parametrize("locale", ["ru"])
async def test_export_holds_everything_the_notice_lists_and_nothing_of_others(
    engine: Engine, database: Database, clock: Clock, locale: str
) -> None:
    other = await make_influencer(database, "4444")  # another person, never in the export
    chat = Chat(engine, user_id=PLATFORM_ID, locale=locale)
    await everything(chat, database, clock, locale)
    replies = await chat.send("/export").expect("privacy-export-ready")
    attachment = replies.last.attachment
    assert attachment is not None and attachment.kind == "document"
    assert attachment.filename.endswith(".json")
    exported = json.loads(attachment.content)
    sections = exported["sections"]
    assert list(sections) == list(SECTIONS)
    profile, application = sections["profile"], sections["application"]
    assert [i["external_id"] for i in profile["identities"]] == [PLATFORM_ID]
    (influencer,) = application["influencers"]
    assert influencer["display_name"] == NAME and influencer["country"] == "FR"
    assert application["influencer_channels"][0]["handle"] == "@anna.nowak"
    assert sections["links"]["links"] and sections["links"]["clicks_counted"] == 0
    assert len(sections["orders"]["conversions"]) == 5
    assert sections["ledger"]["ledger_entries"] and sections["ledger"]["balances"]
    payouts = sections["payouts"]
    assert [r["status"] for r in payouts["payout_requests"]] == [
        "paid",
        "paid",
        "paid",
        "requested",
    ]
    assert payouts["payout_methods"][0]["account"] == "+7 •••• 6789"
    assert sections["consents"]["application"][0]["version"] == "2026-11"
    assert sections["messages"]["notifications"]  # "your payout was sent", twice
    (ticket,) = sections["support"]["tickets"]
    assert ticket["subject"] == QUESTION and ticket["state"] == "open"
    assert [m["text"] for m in sections["support"]["ticket_messages"]] == [QUESTION, FOLLOW_UP]
    assert {m["ticket_id"] for m in sections["support"]["ticket_messages"]} == {ticket["id"]}
    assert {e["action"] for e in sections["audit"]["audit_log"]} == {
        "payout.details_change",
        "ticket.open",
    }
    text = attachment.content.decode()
    # Payout details masked; staff and other people never named.
    for secret in (IBAN, EMAIL, CARD, PHONE, "cli:alice", "Creator 4444"):
        assert secret not in text
    assert f'"influencer_id": {other}' not in text


@pytest.mark.parametrize("locale", ["pl"])
async def test_delete_erases_every_trace_but_keeps_the_accounts(
    engine: Engine,
    database: Database,
    clock: Clock,
    translator: Translator,
    settings: Settings,
    locale: str,
) -> None:
    await make_influencer(database, "4444")
    settings.rate_limit_messages = 100  # their messages are counted (rate_windows)
    settings.owner_ids = ["console:1"]
    chat = Chat(engine, user_id=PLATFORM_ID, locale=locale)
    subject = await everything(chat, database, clock, locale)
    # Staff answer their ticket, naming them, then block them: their rights stay.
    async with database.read() as session:
        ticket_id = await session.scalar(select(Ticket.id))
    staff = Chat(engine, user_id="1")
    await staff.send(f"/reply {ticket_id} Thank you {NAME}, we are checking").expect(
        "support-reply-sent"
    )
    await staff.send(f"/block console:{PLATFORM_ID} {NAME} insulted us").expect(
        "abuse-blocked-done"
    )
    needles = [*subject.needles, QUESTION, FOLLOW_UP]
    found = await find_anywhere(database, needles)
    assert {needle for _, _, needle in found} == set(needles)  # the scan finds each before
    assert {"tickets", "ticket_messages", "reply_outbox"} <= {table for table, _, _ in found}
    assert await theirs(database, PLATFORM_ID) == {
        "tickets": 1,
        "ticket_messages": 3,
        "rate_windows": 1,
        "user_blocks": 1,
        "reply_outbox": 1,
    }

    replies = await chat.send("/delete").expect("privacy-delete-confirm")
    assert normalise(replies.last.text) == normalise(
        translator.render(locale, "privacy-delete-confirm", {})
    )
    await chat.press("keep").expect("privacy-delete-kept")
    assert await find_anywhere(database, [NAME]) != []
    await chat.send("/delete").expect("privacy-delete-confirm")
    await chat.press("delete").expect("privacy-deleted")

    assert await find_anywhere(database, [*needles, *TYPED]) == []
    assert await theirs(database, PLATFORM_ID) == {
        "tickets": 0,
        "ticket_messages": 0,
        "rate_windows": 0,
        "user_blocks": 0,
        "reply_outbox": 0,
    }
    await assert_balance_is_ledger(database, subject.influencer_id)
    await assert_kept_figures(database)  # the programme's figures keep their sales and clicks
    async with database.read() as session:
        influencer = await session.get(Influencer, subject.influencer_id)
        assert influencer is not None and influencer.display_name.startswith("erased-")
        statuses = (
            await session.scalars(
                select(PayoutRequest.status)
                .where(PayoutRequest.influencer_id == subject.influencer_id)
                .order_by(PayoutRequest.id)
            )
        ).all()
        assert statuses == ["paid", "paid", "paid", "cancelled"]  # the open request was cancelled
        user = await session.get(User, influencer.user_id)
        assert user is not None and user.erased_at == clock()

    # Writing again: a new person, who starts from the beginning.
    await chat.send("/status").expect("status-none")
    await chat.send("/start").expect("onboarding-language")
    async with database.read() as session:
        identity = await session.scalar(select(Identity).where(Identity.external_id == PLATFORM_ID))
        assert identity is not None and identity.user_id != influencer.user_id
        assert await session.scalar(select(func.count()).select_from(Influencer)) == 2


async def test_a_staff_member_is_erased_from_what_others_keep(
    engine: Engine,
    database: Database,
    clock: Clock,
    settings: Settings,
    translator: Translator,
) -> None:
    """Their roles, console sign-in links and sessions go; the broadcasts, decisions and ticket
    answers they made stay, under the pseudonym."""
    staff_id = "904411223"
    chat = Chat(engine, user_id=staff_id, locale="en")
    await chat.send("/privacy").expect("privacy-notice")
    me = f"console:{staff_id}"
    async with database.transaction() as session:
        session.add(
            StaffRole(
                channel="console",
                external_id=staff_id,
                role="admin",
                granted_by="owner",
                granted_at=clock(),
            )
        )
        session.add(
            Broadcast(
                state="done",
                content={"en": "Hello"},
                segment={},
                default_locale="en",
                created_by=me,
                created_at=clock(),
                progress_channel="console",
                progress_chat_id=staff_id,
            )
        )
        session.add(
            AuditEntry(
                actor=me,
                action="broadcast.create",
                subject="broadcast:1",
                details={},
                created_at=clock(),
            )
        )
    # They answer and close an influencer's ticket, signed in to the console (a session) with
    # a second sign-in link left unused.
    other = Chat(engine, user_id="5555")
    await other.send("/support Where is my sale?").expect("support-opened")
    async with database.read() as session:
        ticket_id = await session.scalar(select(Ticket.id))
    await chat.send(f"/reply {ticket_id} It is on its way").expect("support-reply-sent")
    await chat.send(f"/close {ticket_id}").expect("support-closed-staff")
    console_settings(settings)
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        await sign_in(browser, chat)
    await login_token(chat)
    async with database.read() as session:
        keys = list(await session.scalars(select(ConsoleSession.key)))
        hashes = list(await session.scalars(select(ConsoleLoginToken.token_hash)))
    assert len(keys) == 1 and len(hashes) == 2
    # Their export lists their console sign-ins, without the secrets that would open them.
    exported = (await chat.send("/export").expect("privacy-export-ready")).last.attachment
    assert exported is not None
    audit = json.loads(exported.content)["sections"]["audit"]
    assert len(audit["console_sessions"]) == 1 and len(audit["console_login_tokens"]) == 2
    for secret in (*keys, *hashes):
        assert secret not in exported.content.decode()

    await chat.send("/delete").expect("privacy-delete-confirm")
    await chat.press("delete").expect("privacy-deleted")
    assert await find_anywhere(database, [staff_id]) == []
    async with database.read() as session:
        broadcast = await session.scalar(select(Broadcast))
        entry = await session.scalar(select(AuditEntry).order_by(AuditEntry.id))
        assert await session.scalar(select(func.count()).select_from(StaffRole)) == 0
        for model in (ConsoleSession, ConsoleLoginToken):
            assert await session.scalar(select(func.count()).select_from(model)) == 0
        ticket = await session.get(Ticket, ticket_id)
        messages = (await session.scalars(select(TicketMessage).order_by(TicketMessage.id))).all()
    assert broadcast is not None and broadcast.created_by.startswith("erased-")
    assert entry is not None and entry.actor == broadcast.created_by
    # The influencer's ticket stays whole; the answer is signed with the pseudonym.
    assert ticket is not None and ticket.closed_by == broadcast.created_by
    assert [(m.text, m.author) for m in messages] == [
        ("Where is my sale?", "console:5555"),
        ("It is on its way", broadcast.created_by),
    ]


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("locale", LOCALES)
async def test_help_names_the_privacy_commands(
    chat_factory: Callable[..., Chat], translator: Translator, locale: str
) -> None:
    """/help lists /privacy, /export and /delete beside /faq and /support, in the reader's
    language, and each of them answers."""
    chat = chat_factory(locale=locale)
    replies = await chat.send("/help").expect("help")
    lines = [line.strip() for line in replies.last.text.splitlines()]
    listed = [line.split(" — ")[0] for line in lines if line.startswith("/")]
    for command in ("/faq", "/support", "/privacy", "/export", "/delete"):
        assert command in listed, (locale, command)
    privacy = next(line for line in lines if line.startswith("/privacy"))
    assert privacy != "/privacy — what we store about you, why and for how long" or locale == "en"
    await chat.send("/privacy").expect("privacy-notice")
    await chat.send("/export").expect("privacy-export-ready")
    await chat.send("/delete").expect("privacy-delete-confirm")
    await chat.press("keep").expect("privacy-delete-kept")

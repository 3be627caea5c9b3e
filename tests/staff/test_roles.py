"""Roles: deny by default, owners grant and revoke in chat, every refusal is audited."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.auth import has_role, parse_account
from bot.core.engine import Engine
from bot.core.events import Incoming
from bot.core.i18n import Translator
from bot.settings import Settings
from handlers import build_router
from storage.db import Database
from storage.repositories import Repositories
from tests.staff import applicant, application_of, audit_actions, grant, notifications, owner
from tests.support import Chat, Clock, normalise

STAFF_COMMANDS = ["/review", "/grant console:5 reviewer", "/revoke console:5 reviewer", "/staff"]
# Every button of the review conversation, as a client could forge it (with and without a
# question serial): none may do anything for someone who is not a reviewer.
FORGED = [
    f"v1|review|{step}|{choice}{serial}"
    for step, choices in (
        ("decide", ("approve", "reject", "ask", "skip", "stop")),
        ("confirm_approval", ("confirm", "back")),
        ("reject_reason", ("audience", "content", "incomplete", "region", "other", "back")),
    )
    for choice in choices
    for serial in ("", "|1", "|2", "|5")
]


@pytest.mark.parametrize("command", STAFF_COMMANDS)
async def test_a_stranger_is_answered_as_if_the_command_did_not_exist(
    chat_factory: Callable[..., Chat], command: str
) -> None:
    stranger = chat_factory()
    replies = await stranger.send(command).expect("command-unknown")
    name = command.split()[0].removeprefix("/")
    assert replies.last.args == {"command": name}


async def test_forged_review_buttons_do_nothing_for_a_stranger(
    chat_factory: Callable[..., Chat], database: Database
) -> None:
    anna = await applicant(chat_factory, "en", "Anna")
    stranger = chat_factory()
    for payload in FORGED:
        await stranger.press_payload(payload).expect("button-stale")
    # Even in the middle of their own application, nothing leaks through.
    await anna.send("/status").expect("status-pending")
    for payload in FORGED:
        await anna.press_payload(payload).expect("button-stale")
    row = await application_of(database, anna)
    assert (row.status, row.claimed_by, row.reviewed_by) == ("pending", None, None)


async def test_the_owner_grants_a_reviewer_in_chat_who_is_told_and_can_review(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    database: Database,
    translator: Translator,
) -> None:
    boss = owner(engine)
    reviewer = chat_factory(locale="fr")
    await reviewer.send("/start").expect("onboarding-language")  # known to the bot
    await reviewer.send("/cancel").expect("cancelled-onboarding")
    await reviewer.send("/review").expect("command-unknown")

    replies = await boss.send(f"/grant console:{reviewer.user_id} reviewer").expect("staff-granted")
    assert f"console:{reviewer.user_id}" in replies.text()
    await boss.send(f"/grant console:{reviewer.user_id} reviewer").expect("staff-grant-exists")

    told = await notifications(engine, reviewer)
    assert [n.message_id for n in told] == ["staff-notify-granted"]
    assert normalise(told[0].text) == normalise(
        translator.render(
            "fr",
            "staff-notify-granted",
            {
                "role": translator.render("fr", "staff-role", {"role": "reviewer"}),
                "programme": "Star Partners",
            },
        )
    )
    await reviewer.send("/review").expect("review-queue-empty")
    account = f"console:{reviewer.user_id}"
    assert await audit_actions(database) == [
        (account, "denied", "review.claim"),  # the refusal before the grant
        ("console:1", "role.grant", account),
        ("console:1", "role.grant", account),  # no change, but asked for: recorded
    ]


async def test_bad_grants_change_nothing(engine: Engine, database: Database) -> None:
    boss = owner(engine)
    await boss.send("/grant").expect("staff-grant-usage")
    await boss.send("/grant console:7").expect("staff-grant-usage")
    await boss.send("/grant tg:7 reviewer").expect("staff-bad-account")
    await boss.send("/grant telegram:abc reviewer").expect("staff-bad-account")
    await boss.send("/grant console:7 superuser").expect("staff-bad-role")
    await boss.send("/revoke console:7 reviewer").expect("staff-revoke-missing")
    async with database.read() as session:
        assert await Repositories(session).staff.all() == []


async def test_a_bare_id_means_an_account_on_the_owners_platform(
    engine: Engine, database: Database, settings: Settings
) -> None:
    await owner(engine).send("/grant 77 support").expect("staff-granted")
    async with database.read() as session:
        services = Repositories(session)
        assert await has_role(services, settings, "console", "77", "support")
        assert not await has_role(services, settings, "telegram", "77", "support")


async def test_only_owners_grant_and_staff_without_the_role_are_told_so(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    database: Database,
    settings: Settings,
    clock: Clock,
) -> None:
    helper = chat_factory()
    await grant(database, settings, clock, f"console:{helper.user_id}", "support")
    replies = await helper.send("/review").expect("staff-role-missing")
    assert "reviewer" in replies.text()
    await helper.send(f"/grant console:{helper.user_id} admin").expect("staff-role-missing")
    # No list of everyone; the support queue's figures (issue 13).
    overview = await helper.send("/staff").expect("staff-overview", "staff-support-summary")
    assert all(command in overview.text() for command in ("/review", "/broadcast", "/grant"))
    actions = await audit_actions(database, f"console:{helper.user_id}")
    assert [a[1:] for a in actions] == [("denied", "review.claim"), ("denied", "role.grant")]


async def test_admin_implies_every_staff_role_but_granting(
    chat_factory: Callable[..., Chat], database: Database, settings: Settings, clock: Clock
) -> None:
    admin = chat_factory()
    await grant(database, settings, clock, f"console:{admin.user_id}", "admin")
    async with database.read() as session:
        services = Repositories(session)
        for role in ("admin", "reviewer", "support", "broadcaster"):
            assert await has_role(services, settings, "console", admin.user_id, role)
    await admin.send("/review").expect("review-queue-empty")
    await admin.send("/staff").expect("staff-overview", "staff-support-summary", "staff-list")
    await admin.send("/grant console:9 reviewer").expect("staff-role-missing")


async def test_the_owner_sees_every_grant(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    await grant(database, settings, clock, "telegram:123456789", "reviewer")
    await grant(database, settings, clock, "discord:410000000000000001", "broadcaster")
    replies = (
        await owner(engine)
        .send("/staff")
        .expect("staff-overview", "staff-support-summary", "staff-list")
    )
    listing = replies.text()
    assert "console:1" in listing  # the owners, from BOT_OWNER_IDS
    assert "telegram:123456789 — reviewer" in listing
    assert "discord:410000000000000001 — broadcaster" in listing
    assert "cli:test" in listing


def test_accounts_are_parsed_strictly() -> None:
    assert parse_account("telegram:123") == ("telegram", "123")
    assert parse_account("Discord:410000000000000001") == ("discord", "410000000000000001")
    assert parse_account("42", "telegram") == ("telegram", "42")
    assert parse_account("console:alice") == ("console", "alice")
    for bad in ("telegram:", "telegram:0", "telegram:12a", "slack:1", ":1", "42", "console:a b"):
        with pytest.raises(ValueError):
            parse_account(bad)


async def test_programme_admins_set_up_a_server_and_it_is_audited(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> None:
    def setup_role(user_id: str, server_admin: bool = False) -> Incoming:
        return Incoming(
            channel="discord",
            chat_id=user_id,
            user_id=user_id,
            command="setup",
            options={"subcommand": "role", "role_id": "555", "role_name": "Creators"},
            server_id="777",
            server_admin=server_admin,
        )

    refused = await engine.handle(setup_role("410000000000000009"))
    assert [o.message_id for o in refused] == ["setup-forbidden"]
    await grant(database, settings, clock, "discord:410000000000000009", "admin")
    done = await engine.handle(setup_role("410000000000000009"))
    assert [o.message_id for o in done] == ["setup-role-done"]
    await engine.handle(setup_role("410000000000000010", server_admin=True))
    assert (await audit_actions(database))[-2:] == [
        ("discord:410000000000000009", "setup.role", "discord:777"),
        ("discord:410000000000000010", "setup.role", "discord:777"),
    ]


def test_staff_commands_are_in_no_command_menu() -> None:
    menu = build_router().menu()
    assert not {"grant", "revoke", "staff", "review"} & set(menu)

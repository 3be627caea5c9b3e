"""Signing in from chat and every refusal: a reused or expired link, a form without its CSRF
token, a page above the user's role, a revoked role at the next request; each audited."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from tests.console import client, console_settings, csrf_of, login_token, serve, sign_in
from tests.support import Chat, Clock


async def denials(database: Database) -> list[tuple[str, str | None, dict[str, object]]]:
    async with database.read() as session:
        entries = await Repositories(session).audit.entries(action="denied", limit=100)
    return [(e.actor, e.subject, e.details) for e in reversed(entries)]


async def test_sign_in_from_chat_and_refusals(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    engine = make_engine()
    owner = Chat(engine, user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        token = await login_token(owner)
        page = await browser.get(f"/console/login/{token}")
        assert page.status == 200 and "console:1" in await page.text()
        answer = await browser.post(f"/console/login/{token}", allow_redirects=False)
        assert answer.status == 303
        cookie = answer.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/console" in cookie
        overview = await browser.get("/console/")
        assert overview.status == 200

        # The same link again: refused, and audited.
        again = await browser.post(f"/console/login/{token}", allow_redirects=False)
        assert again.status == 403
        # An expired link: refused.
        late = await login_token(owner)
        clock.advance(minutes=11)
        assert (await browser.get(f"/console/login/{late}")).status == 403
        assert (await browser.post(f"/console/login/{late}")).status == 403
        # A form without the CSRF token: refused, nothing granted.
        forged = await browser.post(
            "/console/staff/grant", data={"account": "console:2", "role": "admin"}
        )
        assert forged.status == 403
        async with database.read() as session:
            assert await Repositories(session).staff.all() == []
    assert await denials(database) == [
        ("console:1", "console.login", {"via": "console", "reason": "used"}),
        ("console:1", "console.login", {"via": "console", "reason": "expired"}),
        ("console:1", "console.login", {"via": "console", "reason": "expired"}),
        ("console:1", "role.grant", {"via": "console", "reason": "csrf"}),
    ]


async def test_roles_checked_on_every_request(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    engine = make_engine()
    owner, reviewer = Chat(engine, user_id="1"), Chat(engine, user_id="2")
    await reviewer.send("/console").expect("command-unknown")  # no staff role: no link
    async with (
        serve(database, settings, translator, clock) as server,
        client(server) as owner_browser,
        client(server) as reviewer_browser,
    ):
        csrf = await sign_in(owner_browser, owner)
        granted = await owner_browser.post(
            "/console/staff/grant",
            data={"csrf": csrf, "account": "console:2", "role": "reviewer"},
        )
        assert granted.status == 200
        await sign_in(reviewer_browser, reviewer)
        assert (await reviewer_browser.get("/console/applications")).status == 200
        above = await reviewer_browser.get("/console/payouts")
        assert above.status == 403
        assert "Access refused" in await above.text()

        csrf = await csrf_of(owner_browser, "/console/staff")
        revoked = await owner_browser.post(
            "/console/staff/revoke",
            data={"csrf": csrf, "account": "console:2", "role": "reviewer"},
        )
        assert revoked.status == 200
        assert (await reviewer_browser.get("/console/applications")).status == 403
        assert (await reviewer_browser.get("/console/")).status == 403

        # An owner signs every session of an account out.
        await owner_browser.post(
            "/console/staff/grant",
            data={"csrf": csrf, "account": "console:2", "role": "reviewer"},
        )
        assert (await reviewer_browser.get("/console/applications")).status == 200
        ended = await owner_browser.post(
            "/console/staff/signout", data={"csrf": csrf, "account": "console:2"}
        )
        assert ended.status == 200
        assert (await reviewer_browser.get("/console/applications")).status == 401
    assert [(actor, subject) for actor, subject, _ in await denials(database)] == [
        ("console:2", "console.link"),
        ("console:2", "payout.list"),
        ("console:2", "review.list"),
        ("console:2", "console.overview"),
    ]


async def test_an_id_that_is_no_row_id_is_not_found_on_every_page(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    """Forged path ids (letters, non-ASCII digits, past a BIGINT) are a 404, never a 500 from
    the database, on every page that takes one."""
    console_settings(settings, owner_ids=["console:1"])
    owner = Chat(make_engine(), user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        await sign_in(browser, owner)
        for page in ("applications", "influencers", "broadcasts"):
            for forged in ("abc", "٣", str(2**63), "9" * 40, "12"):
                answer = await browser.get(f"/console/{page}/{forged}")
                assert answer.status == 404, (page, forged, answer.status)

"""Reviewing in the console: the queue's filters, reject with a reason or in one's own words,
ask a question, put back; a stale decision changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import ApplicationQuestion, AuditEntry, Influencer
from tests.console import client, console_settings, serve, sign_in
from tests.support import Chat, Clock, register


async def test_reject_ask_and_release(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    engine = make_engine()
    reviewer = Chat(engine, user_id="1")
    for user in ("1001", "1002", "1003"):
        await register(Chat(engine, user_id=user), "en", name=f"Applicant {user}")
    async with database.read() as session:
        first, second, third = list(
            await session.scalars(select(Influencer.id).order_by(Influencer.id))
        )
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, reviewer)
        queue = await (
            await browser.get("/console/applications?country=PL&platform=instagram")
        ).text()
        assert all(f"claim-{i}" in queue for i in (first, second, third))
        none = await (await browser.get("/console/applications?min_audience=20000")).text()
        assert "claim-" not in none

        async def act(influencer_id: int, decision: str, **form: str) -> str:
            await browser.post(f"/console/applications/{influencer_id}/claim", data={"csrf": csrf})
            answer = await browser.post(
                f"/console/applications/{influencer_id}/{decision}", data={"csrf": csrf, **form}
            )
            return await answer.text()

        assert "Please choose a reason" in await act(first, "reject")
        assert "is not approved" in await act(first, "reject", reason="other", note="Too few posts")
        assert "Your question has been sent" in await act(second, "ask", question="Which city?")
        assert "back in the queue" in await act(third, "release")
        stale = await browser.post(f"/console/applications/{first}/approve", data={"csrf": csrf})
        assert "no longer in your hands" in await stale.text()
    async with database.read() as session:
        statuses = {
            row.id: (row.status, row.review_reason, row.review_note, row.claimed_by)
            for row in await session.scalars(select(Influencer))
        }
        question = await session.scalar(select(ApplicationQuestion.question))
        actions = [
            (e.action, e.subject)
            for e in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
            if e.action.startswith("review.")
        ]
    assert statuses[first] == ("rejected", "other", "Too few posts", None)
    assert statuses[second] == ("pending", None, None, None)
    assert statuses[third] == ("pending", None, None, None)
    assert question == "Which city?"
    assert actions == [
        ("review.claim", f"application:{first}"),
        ("review.reject", f"application:{first}"),
        ("review.claim", f"application:{second}"),
        ("review.ask", f"application:{second}"),
        ("review.claim", f"application:{third}"),
        ("review.release", f"application:{third}"),
    ]

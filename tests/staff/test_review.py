"""/review: the queue, decisions, the applicant told in their language, claims and their end."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import date

import pytest

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from tests.staff import (
    applicant,
    application_of,
    audit_actions,
    grant,
    notifications,
    owner,
    text,
)
from tests.support import Chat, Clock, normalise, register

PROGRAMME = "Star Partners"


@pytest.fixture
def reviewer_factory(
    engine: Engine, database: Database, settings: Settings, clock: Clock
) -> Callable[..., Awaitable[Chat]]:
    numbers = iter(range(2001, 3000))

    async def make(locale: str = "fr", *, on: Engine | None = None) -> Chat:
        chat = Chat(on or engine, user_id=str(next(numbers)), locale=locale)
        await grant(database, settings, clock, f"console:{chat.user_id}", "reviewer")
        return chat

    return make


# --- approve, reject, ask: applicant in one language, reviewer in another ---------------------


@pytest.mark.parametrize(("applicant_locale", "reviewer_locale"), [("ru", "fr"), ("pl", "es")])
async def test_approval_is_announced_to_the_applicant_in_their_language(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
    translator: Translator,
    applicant_locale: str,
    reviewer_locale: str,
) -> None:
    anna = await applicant(chat_factory, applicant_locale, "Anna Nowak")
    await anna.send("/link").expect("links-not-approved-pending")
    reviewer: Chat = await reviewer_factory(reviewer_locale)

    shown = await reviewer.send("/review").expect("review-application")
    details = normalise(shown.last.text)
    for expected in ("Anna Nowak", "@anna.nowak", "https://www.instagram.com/anna.nowak"):
        assert expected in details
    assert text(translator, reviewer_locale, f"language-name-{applicant_locale}") in details
    assert [b.label for b in shown.last.all_buttons] == [
        translator.render(reviewer_locale, f"review-application.{choice}")
        for choice in ("approve", "reject", "ask", "skip", "stop")
    ]
    await reviewer.press("approve").expect("review-approve-confirm")
    await reviewer.press("confirm").expect("review-approved-done", "review-queue-empty")

    told = await notifications(engine, anna)
    assert [n.message_id for n in told] == ["review-notify-approved"]
    assert told[0].locale == applicant_locale
    assert normalise(told[0].text) == text(
        translator, applicant_locale, "review-notify-approved", programme=PROGRAMME
    )
    row = await application_of(database, anna)
    assert (row.status, row.reviewed_by, row.claimed_by) == (
        "approved",
        f"console:{reviewer.user_id}",
        None,
    )
    await anna.send("/link").expect("links-no-campaigns")  # /link is unlocked
    assert [a[1] for a in await audit_actions(database, f"console:{reviewer.user_id}")] == [
        "review.claim",
        "review.approve",
    ]


@pytest.mark.parametrize(("applicant_locale", "reviewer_locale"), [("ru", "fr"), ("es", "en")])
async def test_rejection_sends_the_reason_template_in_the_applicants_language(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
    translator: Translator,
    applicant_locale: str,
    reviewer_locale: str,
) -> None:
    anna = await applicant(chat_factory, applicant_locale, "Anna Nowak")
    reviewer: Chat = await reviewer_factory(reviewer_locale)
    await reviewer.send("/review").expect("review-application")
    reasons = await reviewer.press("reject").expect("review-reject-reason")
    assert translator.render(reviewer_locale, "review-reject-reason.audience") in [
        b.label for b in reasons.last.all_buttons
    ]
    await reviewer.press("back").expect("review-application")  # changed their mind...
    await reviewer.press("reject").expect("review-reject-reason")
    done = await reviewer.press("audience").expect("review-rejected-done", "review-queue-empty")
    # The reviewer reads the reason in their language...
    assert text(translator, reviewer_locale, "review-reason-audience") in normalise(done[0].text)

    # ...the applicant in theirs, with the day they may apply again (30 days later).
    told = await notifications(engine, anna)
    assert [n.message_id for n in told] == ["review-notify-rejected"]
    assert normalise(told[0].text) == text(
        translator,
        applicant_locale,
        "review-notify-rejected",
        programme=PROGRAMME,
        reason=translator.render(applicant_locale, "review-reason-audience"),
        reapply=date(2026, 12, 25),
    )
    row = await application_of(database, anna)
    assert (row.status, row.review_reason, row.review_note) == ("rejected", "audience", None)


async def test_another_reason_is_sent_in_the_reviewers_own_words(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
    translator: Translator,
) -> None:
    anna = await applicant(chat_factory, "ru", "Анна")
    reviewer: Chat = await reviewer_factory("fr")
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("reject").expect("review-reject-reason")
    await reviewer.press("other").expect("review-reject-note")
    await reviewer.send("x").expect("input-text-too-short", then="review-reject-note")
    note = "Le compte Instagram indiqué est privé."
    await reviewer.send(note).expect("review-rejected-done", "review-queue-empty")
    told = await notifications(engine, anna)
    assert normalise(told[0].text) == text(
        translator,
        "ru",
        "review-notify-rejected",
        programme=PROGRAMME,
        reason=note,
        reapply=date(2026, 12, 25),
    )
    row = await application_of(database, anna)
    assert (row.review_reason, row.review_note) == ("other", note)


@pytest.mark.parametrize(("applicant_locale", "reviewer_locale"), [("ru", "fr"), ("fr", "pl")])
async def test_a_question_goes_to_the_applicant_and_the_answer_back_to_the_queue(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
    translator: Translator,
    applicant_locale: str,
    reviewer_locale: str,
) -> None:
    anna = await applicant(chat_factory, applicant_locale, "Anna Nowak")
    first: Chat = await reviewer_factory(reviewer_locale)
    second: Chat = await reviewer_factory("en")
    await first.send("/review").expect("review-application")
    await first.press("ask").expect("review-ask-question")
    await first.send("?").expect("input-text-too-short", then="review-ask-question")
    question = "Quel est votre taux d’engagement moyen ?"
    await first.send(question).expect("review-asked-done", "review-queue-empty")

    # While the applicant has not answered, nobody gets the application.
    await second.send("/review").expect("review-queue-empty")
    told = await notifications(engine, anna)
    assert [n.message_id for n in told] == ["review-notify-question"]
    assert normalise(told[0].text) == text(
        translator,
        applicant_locale,
        "review-notify-question",
        programme=PROGRAMME,
        question=question,
    )
    # /status reminds them of the question.
    await anna.send("/status").expect("status-pending", "review-answer-prompt")

    await anna.send("Environ 4,5 % sur les trente derniers jours.").expect("review-answer-received")
    await anna.send("Anything else?").expect("not-understood")  # answered once, not twice

    shown = await second.send("/review").expect("review-application")
    details = normalise(shown.last.text)
    assert normalise(question) in details
    assert "Environ 4,5 % sur les trente derniers jours." in details
    assert [a[1] for a in await audit_actions(database, f"console:{first.user_id}")] == [
        "review.claim",
        "review.ask",
    ]


async def test_an_answer_that_reads_like_an_earnings_question_still_reaches_the_reviewer(
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
) -> None:
    """The applicant's answer is theirs to give, whatever words it uses: the free-text questions
    about earnings ("last month", "how much did I earn") must not take it first."""
    anna = await applicant(chat_factory, "en", "Anna")
    first: Chat = await reviewer_factory("en")
    await first.send("/review").expect("review-application")
    await first.press("ask").expect("review-ask-question")
    await first.send("What did you earn from sponsors?").expect(
        "review-asked-done", "review-queue-empty"
    )
    await anna.send("Last month").expect("review-answer-received")
    shown = await first.send("/review").expect("review-application")
    assert "Last month" in normalise(shown.last.text)


# --- who gets what ---------------------------------------------------------------------------


async def test_two_reviewers_get_different_applications(
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
) -> None:
    anna = await applicant(chat_factory, "en", "Anna")
    boris = await applicant(chat_factory, "ru", "Boris")
    first: Chat = await reviewer_factory("en")
    second: Chat = await reviewer_factory("en")
    third: Chat = await reviewer_factory("en")

    one = await first.send("/review").expect("review-application")
    two = await second.send("/review").expect("review-application")
    assert one.last.args["name"] == "Anna"  # oldest first
    assert two.last.args["name"] == "Boris"
    await third.send("/review").expect("review-queue-empty")
    again = await first.send("/review").expect("review-application")  # resumes, keeps it
    assert again.last.args["name"] == "Anna"
    assert (await application_of(database, anna)).claimed_by == f"console:{first.user_id}"
    assert (await application_of(database, boris)).claimed_by == f"console:{second.user_id}"


async def test_concurrent_reviewers_on_two_processes_never_share_an_application(
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    make_engine: Callable[[], Engine],
) -> None:
    for name in ("Anna", "Boris", "Chloé"):
        await applicant(chat_factory, "en", name)
    reviewers: list[Chat] = [await reviewer_factory("en", on=make_engine()) for _ in range(4)]
    results = await asyncio.gather(*(r.send("/review") for r in reviewers))
    names = sorted(str(r.last.args["name"]) for r in results if r.ids == ["review-application"])
    assert names == ["Anna", "Boris", "Chloé"]
    assert sorted(r.ids[0] for r in results).count("review-queue-empty") == 1


async def test_an_abandoned_claim_expires_and_the_first_reviewer_can_no_longer_decide(
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
    clock: Clock,
) -> None:
    anna = await applicant(chat_factory, "en", "Anna")
    first: Chat = await reviewer_factory("en")
    second: Chat = await reviewer_factory("ru")
    await first.send("/review").expect("review-application")
    clock.advance(minutes=14)
    await second.send("/review").expect("review-queue-empty")
    clock.advance(minutes=2)  # 16 minutes: the claim has expired
    await second.send("/review").expect("review-application")
    await first.press("approve").expect("review-not-held")
    row = await application_of(database, anna)
    assert (row.status, row.claimed_by) == ("pending", f"console:{second.user_id}")
    await second.press("approve").expect("review-approve-confirm")
    await second.press("confirm").expect("review-approved-done", "review-queue-empty")


async def test_an_expired_claim_nobody_took_can_still_be_decided_by_its_holder(
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
    clock: Clock,
) -> None:
    anna = await applicant(chat_factory, "en", "Anna")
    reviewer: Chat = await reviewer_factory("en")
    await reviewer.send("/review").expect("review-application")
    clock.advance(hours=1)
    await reviewer.press("approve").expect("review-approve-confirm")
    await reviewer.press("confirm").expect("review-approved-done", "review-queue-empty")
    assert (await application_of(database, anna)).status == "approved"


async def test_stale_buttons_of_another_application_or_a_decided_one_are_refused(
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
) -> None:
    anna = await applicant(chat_factory, "en", "Anna")
    boris = await applicant(chat_factory, "en", "Boris")
    reviewer: Chat = await reviewer_factory("en")
    await reviewer.send("/review").expect("review-application")
    approve_anna = reviewer.payload_for("approve")
    shown = await reviewer.press("skip").expect("review-application")
    assert shown.last.args["name"] == "Boris"
    await reviewer.press_payload(approve_anna).expect("button-stale", "review-application")
    await reviewer.press("approve").expect("review-approve-confirm")
    confirm = reviewer.payload_for("confirm")
    await reviewer.press_payload(confirm).expect("review-approved-done", "review-application")
    await reviewer.press_payload(confirm).expect("button-stale", "review-application")
    assert (await application_of(database, anna)).status == "pending"
    assert (await application_of(database, boris)).status == "approved"


async def test_a_reviewer_whose_role_was_revoked_is_refused_at_the_next_press(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
) -> None:
    anna = await applicant(chat_factory, "en", "Anna")
    reviewer: Chat = await reviewer_factory("en")
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("approve").expect("review-approve-confirm")
    await owner(engine).send(f"/revoke console:{reviewer.user_id} reviewer").expect("staff-revoked")
    await reviewer.press("confirm").expect("button-stale")
    await reviewer.send("/review").expect("command-unknown")
    assert (await application_of(database, anna)).status == "pending"
    actor = f"console:{reviewer.user_id}"
    assert (actor, "denied", "review.approve") in await audit_actions(database, actor)


async def test_stopping_puts_the_application_back_and_nobody_reviews_their_own(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
) -> None:
    anna = await applicant(chat_factory, "en", "Anna")
    reviewer: Chat = await reviewer_factory("en")
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("stop").expect("review-released")
    assert (await application_of(database, anna)).claimed_by is None
    # The owner applied too: they are offered Anna's application, never their own.
    boss = owner(engine)
    await register(boss, "en", name="Owner Person")
    shown = await boss.send("/review").expect("review-application")
    assert shown.last.args["name"] == "Anna"
    await boss.press("skip").expect("review-queue-empty")


# --- after a rejection ------------------------------------------------------------------------


async def test_a_rejected_applicant_may_apply_again_after_the_cooldown(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    database: Database,
    clock: Clock,
    translator: Translator,
) -> None:
    anna = await applicant(chat_factory, "ru", "Анна")
    reviewer: Chat = await reviewer_factory("en")
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("ask").expect("review-ask-question")
    await reviewer.send("How many posts a week?").expect("review-asked-done", "review-queue-empty")
    await anna.send("Три").expect("review-answer-received")
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("reject").expect("review-reject-reason")
    await reviewer.press("region").expect("review-rejected-done", "review-queue-empty")

    clock.advance(days=29)
    wait = await anna.send("/start").expect("review-reapply-wait")
    assert normalise(wait.last.text) == text(
        translator,
        "ru",
        "review-reapply-wait",
        date=date(2026, 12, 25),
        support="@star_support",
    )
    clock.advance(days=1)
    await anna.send("/start").expect("review-reapply-open", "onboarding-language")
    await anna.press("ru").expect("onboarding-consent")
    await anna.press("accept").expect("onboarding-name")
    await anna.send("Анна Новак").expect("onboarding-country")
    await anna.press("PL").expect("onboarding-platform")
    await anna.press("tiktok").expect("onboarding-handle")
    await anna.send("@anna.tiktok").expect("onboarding-audience")
    await anna.send("40k").expect("onboarding-niche")
    await anna.press("beauty").expect("onboarding-more")
    await anna.press("done").expect("onboarding-summary")
    await anna.press("submit").expect("onboarding-submitted")

    row = await application_of(database, anna)
    assert (row.status, row.display_name, row.review_reason, row.reviewed_at) == (
        "pending",
        "Анна Новак",
        None,
        None,
    )
    shown = await reviewer.send("/review").expect("review-application")
    details = normalise(shown.last.text)
    assert "@anna.tiktok" in details and "@anna.nowak" not in details
    assert "Три" not in details  # the earlier round's questions stay with the earlier round
    async with database.read() as session:
        assert await Repositories(session).influencers.count_by_status() == {"pending": 1}


async def test_no_cooldown_lets_a_rejected_applicant_apply_at_once(
    engine: Engine,
    chat_factory: Callable[..., Chat],
    reviewer_factory: Callable[..., Awaitable[Chat]],
    settings: Settings,
) -> None:
    settings.reapply_cooldown_days = 0
    anna = await applicant(chat_factory, "en", "Anna")
    reviewer: Chat = await reviewer_factory("en")
    await reviewer.send("/review").expect("review-application")
    await reviewer.press("reject").expect("review-reject-reason")
    await reviewer.press("incomplete").expect("review-rejected-done", "review-queue-empty")
    await anna.send("/start").expect("review-reapply-open", "onboarding-language")

"""Review of applications by staff (/review), and the applicant's side of it.

A reviewer gets the oldest waiting application, held for them alone for a while
(``BOT_REVIEW_CLAIM_MINUTES``), and approves it, rejects it with a reason, asks the applicant a
question, skips it or stops. Every step re-checks the reviewer's role and that they still hold
that very application: a button is only a request. Each decision tells the applicant (in their
language, through the notification outbox) and queues what the platforms must do (the Discord
role, the Telegram group invite) in the same transaction; nothing calls a platform in a turn.

The applicant answers a question by writing their next message outside any conversation (the
question says so, and /status repeats it); the application then returns to the queue.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

from bot.core.auth import actor_id, require_role
from bot.core.flow import Flow, Reply, Router, StepFn, Turn, joined, msg
from bot.core.flow import country as country_ref
from bot.core.inputs import InputError, Text
from bot.core.message_args import MessageArg, to_json
from bot.settings import Settings
from storage.influencers import InfluencerRecord
from storage.platform_actions import DISCORD_ROLE, TELEGRAM_INVITE
from storage.repositories import Repositories
from storage.review import ClaimedApplication

review = Flow("review")

ROLE = "reviewer"
REASONS = ("audience", "content", "incomplete", "region")
QUESTION = Text(min=5, max=1000)
NOTE = Text(min=3, max=500)
ANSWER = Text(min=1, max=2000)


def reviewer(turn: Turn) -> str:
    return actor_id(turn.identity.channel, turn.identity.external_id)


def hold(settings: Settings) -> timedelta:
    return timedelta(minutes=settings.review_claim_minutes)


def subject(influencer_id: int) -> str:
    return f"application:{influencer_id}"


# --- showing an application ------------------------------------------------------------------


def ask_decision(turn: Turn, claimed: ClaimedApplication, waiting: int) -> Reply:
    application = claimed.application
    turn.data["application"] = application.id
    none = msg("review-application-none")
    channels = [
        msg(
            "review-application-channel",
            platform=msg(f"platform-{c.platform}"),
            handle=c.handle,
            audience=c.audience,
            url=c.url,
        )
        for c in application.channels
    ]
    answers = [
        msg("review-application-answer", question=a.question, answer=a.answer or none)
        for a in claimed.answers
    ]
    return turn.ask(
        "review-application",
        next=decide,
        choices=["approve", "reject", "ask", "skip", "stop"],
        number=str(application.id),
        submitted=application.submitted_at.date(),
        waiting=waiting,
        name=application.display_name,
        country=country_ref(application.country),
        niche=msg(f"niche-{application.niche}"),
        channels=joined(channels, "\n"),
        language=msg(f"language-name-{claimed.locale}") if claimed.locale else none,
        account=claimed.account or none,
        referral=application.referral_code or none,
        answers=joined(answers, "\n") if answers else none,
    )


async def show_next(turn: Turn, *, skip: tuple[int, ...] = ()) -> Reply:
    """Claim the next application (or resume the one held) and show it."""
    services, me = turn.services, reviewer(turn)
    claimed = await services.review.claim_next(
        me, turn.now, hold(turn.settings), exclude=skip, exclude_user=turn.user.id
    )
    if claimed is None:
        turn.data.pop("application", None)
        return turn.say("review-queue-empty").end()
    if not claimed.resumed:
        await services.audit.record(
            me,
            "review.claim",
            subject(claimed.application.id),
            {"until": claimed.claim_expires_at.isoformat()},
            turn.now,
        )
    return ask_decision(turn, claimed, await services.review.waiting(turn.now))


async def held(turn: Turn, action: str) -> ClaimedApplication | None:
    """The application this conversation is about, if this reviewer may still act on it; the
    role is checked first (it may have been revoked since the buttons were sent)."""
    if not await require_role(turn, ROLE, action):
        turn.end()  # refused, the review ends (as the broadcast wizard does)
        return None
    influencer_id = turn.data.get("application")
    if not isinstance(influencer_id, int):
        turn.say("review-not-held").end()
        return None
    services, me = turn.services, reviewer(turn)
    if not await services.review.extend(me, influencer_id, turn.now, hold(turn.settings)):
        turn.data.pop("application", None)
        turn.say("review-not-held").end()
        return None
    return await services.review.claimed(me, influencer_id)


ClaimedStep = Callable[[Turn, ClaimedApplication], Awaitable[Reply]]


def holding(action: str | Callable[[Turn], str]) -> Callable[[ClaimedStep], StepFn]:
    """A review step that acts on the claimed application, registered with the one guard they
    share: ``held`` (role and claim, audited as ``action``) runs first, and the step gets the
    application only if this reviewer may still act on it; a refusal ends the review."""

    def register(step: ClaimedStep) -> StepFn:
        async def guarded(turn: Turn) -> Reply:
            claimed = await held(turn, action(turn) if callable(action) else action)
            if claimed is None:
                return turn.reply
            return await step(turn, claimed)

        guarded.__name__ = step.__name__
        guarded.__doc__ = step.__doc__
        return review.step(guarded)

    return register


# --- the reviewer's conversation -------------------------------------------------------------


async def start_review(turn: Turn) -> Reply:
    """/review"""
    if not await require_role(turn, ROLE, "review.claim"):
        return turn.reply
    return await turn.start(review)


@review.step(start=True)
async def first(turn: Turn) -> Reply:
    return await show_next(turn)


@holding(lambda turn: f"review.{turn.choice}")
async def decide(turn: Turn, claimed: ClaimedApplication) -> Reply:
    name = claimed.application.display_name
    if turn.choice == "approve":
        return turn.ask(
            "review-approve-confirm", next=confirm_approval, choices=["confirm", "back"], name=name
        )
    if turn.choice == "reject":
        return turn.ask(
            "review-reject-reason",
            next=reject_reason,
            choices=[*REASONS, "other", "back"],
            name=name,
        )
    if turn.choice == "ask":
        return turn.ask("review-ask-question", next=question, input=QUESTION, name=name)
    services, me = turn.services, reviewer(turn)
    await services.review.release(me, claimed.application.id)
    action = "review.skip" if turn.choice == "skip" else "review.release"
    await services.audit.record(me, action, subject(claimed.application.id), {}, turn.now)
    if turn.choice == "skip":
        return await show_next(turn, skip=(claimed.application.id,))
    turn.data.pop("application", None)
    return turn.say("review-released").end()


async def back_to(turn: Turn, claimed: ClaimedApplication) -> Reply:
    return ask_decision(turn, claimed, await turn.services.review.waiting(turn.now))


@holding("review.approve")
async def confirm_approval(turn: Turn, claimed: ClaimedApplication) -> Reply:
    if turn.choice == "back":
        return await back_to(turn, claimed)
    if not await approve(turn.services, turn.settings, reviewer(turn), claimed, turn.now):
        return turn.say("review-not-held").end()
    turn.say("review-approved-done", name=claimed.application.display_name)
    return await show_next(turn)


@holding("review.reject")
async def reject_reason(turn: Turn, claimed: ClaimedApplication) -> Reply:
    if turn.choice == "back":
        return await back_to(turn, claimed)
    if turn.choice == "other":
        return turn.ask(
            "review-reject-note",
            next=reject_note,
            input=NOTE,
            name=claimed.application.display_name,
        )
    return await rejected(turn, claimed, str(turn.choice), None)


@holding("review.reject")
async def reject_note(turn: Turn, claimed: ClaimedApplication) -> Reply:
    return await rejected(turn, claimed, "other", str(turn.value))


async def rejected(turn: Turn, claimed: ClaimedApplication, reason: str, note: str | None) -> Reply:
    if not await reject(
        turn.services, turn.settings, reviewer(turn), claimed, reason, note, turn.now
    ):
        return turn.say("review-not-held").end()
    turn.say(
        "review-rejected-done",
        name=claimed.application.display_name,
        reason=note if note is not None else msg(f"review-reason-{reason}"),
    )
    return await show_next(turn)


@holding("review.ask")
async def question(turn: Turn, claimed: ClaimedApplication) -> Reply:
    text = str(turn.value)
    if not await ask(turn.services, turn.settings, reviewer(turn), claimed, text, turn.now):
        return turn.say("review-not-held").end()
    turn.say("review-asked-done", name=claimed.application.display_name)
    return await show_next(turn)


# --- decisions: each in the caller's transaction, with what it implies ------------------------


async def approve(
    services: Repositories,
    settings: Settings,
    me: str,
    claimed: ClaimedApplication,
    now: datetime,
) -> bool:
    """Approve, tell the applicant, and queue the Discord role in every server that gives one
    (where the applicant has a Discord account) and the Telegram group invite, if configured."""
    application = claimed.application
    if not await services.review.decide(me, application.id, "approved", now):
        return False
    user_id = application.user_id
    await services.notifications.queue(
        user_id, "review-notify-approved", {"programme": settings.programme_name}, now
    )
    queued: list[str] = []
    discord_ids = [
        external_id
        for channel, external_id in await services.review.accounts(user_id)
        if channel == "discord"
    ]
    for guild_id, role_id in await services.communities.approved_roles("discord"):
        for member_id in discord_ids:
            args = {"guild_id": guild_id, "role_id": role_id, "member_id": member_id}
            await services.platform_actions.queue("discord", DISCORD_ROLE, user_id, args, now)
            queued.append(f"{DISCORD_ROLE}:{guild_id}")
    if settings.telegram_influencer_chat_id:
        args = {"chat_id": settings.telegram_influencer_chat_id}
        await services.platform_actions.queue("telegram", TELEGRAM_INVITE, user_id, args, now)
        queued.append(TELEGRAM_INVITE)
    await services.audit.record(
        me,
        "review.approve",
        subject(application.id),
        {"applicant": claimed.account, "queued": queued},
        now,
    )
    return True


def reapply_from(settings: Settings, influencer: InfluencerRecord) -> datetime:
    """When a rejected applicant may apply again."""
    decided = influencer.reviewed_at or influencer.submitted_at
    return decided + timedelta(days=settings.reapply_cooldown_days)


async def reject(
    services: Repositories,
    settings: Settings,
    me: str,
    claimed: ClaimedApplication,
    reason: str,
    note: str | None,
    now: datetime,
) -> bool:
    """Reject with a reason template (or the reviewer's own words for "other") and tell the
    applicant, in their language, the reason and when they may apply again."""
    if reason not in (*REASONS, "other") or (reason == "other") != (note is not None):
        raise ValueError("a rejection has a reason template, or 'other' with a note")
    application = claimed.application
    if not await services.review.decide(
        me, application.id, "rejected", now, reason=reason, note=note
    ):
        return False
    again = now + timedelta(days=settings.reapply_cooldown_days)
    args: dict[str, MessageArg] = {
        "programme": settings.programme_name,
        "reason": note if note is not None else msg(f"review-reason-{reason}"),
        "reapply": again.date(),
    }
    await services.notifications.queue(
        application.user_id, "review-notify-rejected", to_json(args), now
    )
    await services.audit.record(
        me,
        "review.reject",
        subject(application.id),
        {"applicant": claimed.account, "reason": reason, "note": note},
        now,
    )
    return True


async def ask(
    services: Repositories,
    settings: Settings,
    me: str,
    claimed: ClaimedApplication,
    text: str,
    now: datetime,
) -> bool:
    """Send the applicant the reviewer's question; the application waits for the answer."""
    application = claimed.application
    if not await services.review.ask(me, application.id, text, now):
        return False
    await services.notifications.queue(
        application.user_id,
        "review-notify-question",
        {"programme": settings.programme_name, "question": text},
        now,
    )
    await services.audit.record(
        me,
        "review.ask",
        subject(application.id),
        {"applicant": claimed.account, "question": text},
        now,
    )
    return True


# --- the applicant's side --------------------------------------------------------------------


async def answer_intent(turn: Turn) -> Reply | None:
    """Free text outside any conversation, from an applicant with an open question: the
    answer. Anyone else's text goes on to the other intents."""
    open_question = await turn.services.review.open_question(turn.user.id)
    if open_question is None:
        return None
    try:
        text = ANSWER.parse(turn.incoming.text or "", turn.locale)
    except InputError as error:
        return turn.say(error.message_id, **error.args_)
    await turn.services.review.answer(open_question.id, str(text), turn.now)
    return turn.say("review-answer-received")


async def remind_open_question(turn: Turn) -> None:
    """After the status of a pending application: the question waiting for an answer."""
    open_question = await turn.services.review.open_question(turn.user.id)
    if open_question is not None:
        turn.say("review-answer-prompt", question=open_question.question)


def register(router: Router) -> None:
    router.add_flow(review)
    router.command("review", menu=False)(start_review)
    # First of the intents: an applicant's answer may read like anything, a question about
    # earnings included ("last month"), and is theirs to give before any other reading of it.
    router.intents.insert(0, answer_intent)

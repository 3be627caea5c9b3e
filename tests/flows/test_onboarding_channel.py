"""Onboarding's channel sub-flow seen from the commands around it: /start and /status know
the registration is open while a channel is being asked, a campaign link followed there still
counts, and a restart there resumes it; a session saved by the version before the sub-flow,
waiting on one of its channel questions, goes on where it was."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.core.engine import Engine
from bot.core.flow import Reply
from bot.core.inputs import PLATFORMS, ChoiceOption, Handle
from storage.db import Database
from storage.repositories import Repositories
from storage.sessions import SessionRecord
from tests.flows.test_onboarding import influencer_of
from tests.flows.test_onboarding_details import channels_of
from tests.support import Chat, Clock


async def test_a_campaign_link_and_a_restart_in_the_channel_subflow(
    make_engine: Callable[[], Engine], database: Database
) -> None:
    first = Chat(make_engine(), user_id="78", locale="pl")
    await first.send("/start").expect("onboarding-language")
    await first.press("pl").expect("onboarding-consent")
    await first.press("accept").expect("onboarding-name")
    await first.send("Ola").expect("onboarding-country")
    await first.press("PL").expect("onboarding-platform")
    await first.send("/start spring_7").expect("onboarding-resume", then="onboarding-platform")
    await first.press("instagram").expect("onboarding-handle")

    restarted = Chat(make_engine(), user_id="78", locale="pl")
    await restarted.send("/status").expect("status-in-progress", then="onboarding-handle")
    await restarted.send("@ola").expect("onboarding-audience")
    await restarted.send("900").expect("onboarding-niche")
    await restarted.press("beauty").expect("onboarding-more")
    await restarted.press("add").expect("onboarding-extra-platform")
    await restarted.send("/start other").expect(
        "onboarding-resume", then="onboarding-extra-platform"
    )
    await restarted.press("tiktok").expect("onboarding-handle")
    await restarted.send("@ola").expect("onboarding-audience")
    await restarted.send("50").expect("onboarding-more")
    await restarted.press("done").expect("onboarding-summary")
    await restarted.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, restarted)
    assert influencer is not None
    assert influencer.referral_code == "spring_7"


async def save_earlier_session(
    database: Database, chat: Chat, clock: Clock, reply: Reply, data: dict[str, Any]
) -> None:
    """A session as the version before the channel sub-flow saved it: everything in the
    onboarding flow, the question on one of its own channel steps."""
    assert reply.question is not None
    reply.question.serial = reply.question.prompt.serial = 1
    record = SessionRecord(
        chat.channel,
        chat.user_id,
        flow="onboarding",
        question=reply.question.to_dict(),
        data=data,
        expires_at=clock.now.replace(year=clock.now.year + 1),
    )
    async with database.transaction() as session:
        await Repositories(session).sessions.save(record, clock.now)


EARLIER = {
    "referral": None,
    "consent_at": "2026-11-25T11:00:00+00:00",
    "consent_version": "2026-11",
    "name": "Anna",
    "country": "PL",
}
MAIN = {
    "platform": "instagram",
    "handle": "@anna.nowak",
    "url": "https://www.instagram.com/anna.nowak/",
    "audience": 12500,
}


async def test_a_session_saved_before_the_subflow_goes_on_at_the_handle(
    engine: Engine, database: Database, clock: Clock
) -> None:
    chat = Chat(engine, user_id="79")
    question = Reply("onboarding").ask(
        "onboarding-handle",
        next="handle",
        input=Handle(platform="instagram"),
        platform="instagram",
    )
    data = {**EARLIER, "draft_channel": {"platform": "instagram"}}
    await save_earlier_session(database, chat, clock, question, data)
    await chat.send("12500").expect("onboarding-handle-number")
    await chat.press("no").expect("onboarding-handle")
    await chat.send("@anna.nowak").expect("onboarding-audience")
    await chat.send("12500").expect("onboarding-niche")
    await chat.press("beauty").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    assert await channels_of(database, chat) == [("instagram", "@anna.nowak")]


async def test_a_session_saved_before_the_subflow_goes_on_at_another_channel(
    engine: Engine, database: Database, clock: Clock
) -> None:
    chat = Chat(engine, user_id="80")
    question = Reply("onboarding").ask(
        "onboarding-extra-platform",
        next="extra_platform",
        choices=[ChoiceOption(p, f"platform-{p}") for p in PLATFORMS],
    )
    data = {**EARLIER, "niche": "beauty", "channels": [MAIN]}
    await save_earlier_session(database, chat, clock, question, data)
    shown = await engine.open_question(chat.channel, chat.user_id, chat.user_id, "en")
    assert shown is not None and shown.message_id == "onboarding-extra-platform"
    payload = next(b.payload for b in shown.all_buttons if b.choice == "instagram")
    await chat.press_payload(payload).expect("onboarding-handle")
    await chat.send("@ANNA.NOWAK").expect("onboarding-channel-duplicate", then="onboarding-handle")
    await chat.send("@anna.cooks").expect("onboarding-audience")
    await chat.send("800").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    assert await channels_of(database, chat) == [
        ("instagram", "@anna.nowak"),
        ("instagram", "@anna.cooks"),
    ]

"""Onboarding's channel sub-flow seen from the commands around it: /start and /status know
the registration is open while a channel is being asked, a campaign link followed there still
counts, and a restart there resumes it."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.engine import Engine
from storage.db import Database
from tests.flows.test_onboarding import influencer_of
from tests.support import Chat


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

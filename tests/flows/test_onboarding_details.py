"""Onboarding details (issue 11 items 18 and 19), end to end through the engine: names need a
letter, a bare number is confirmed before it is a handle, a channel cannot be given twice, one
other channel is changed or removed at a time, and /cancel says the answers are gone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.core.i18n import Translator
from storage.db import Database
from storage.models import Identity, Influencer, InfluencerChannel
from tests.support import LOCALES, Chat

ChatFactory = Callable[..., Chat]


async def channels_of(database: Database, chat: Chat) -> list[tuple[str, str]]:
    async with database.read() as session:
        user_id = await session.scalar(
            select(Identity.user_id).where(
                Identity.channel == chat.channel, Identity.external_id == chat.user_id
            )
        )
        rows = await session.execute(
            select(InfluencerChannel.platform, InfluencerChannel.handle)
            .join(Influencer, Influencer.id == InfluencerChannel.influencer_id)
            .where(Influencer.user_id == user_id)
            .order_by(InfluencerChannel.position)
        )
        return [(r[0], r[1]) for r in rows]


async def to_handle(chat: Chat, locale: str, name: str = "Anna") -> None:
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send(name).expect("onboarding-country")
    await chat.press("PL").expect("onboarding-platform")
    await chat.press("instagram").expect("onboarding-handle")


async def add_channel(chat: Chat, platform: str, handle: str, audience: str) -> None:
    await chat.press("add").expect("onboarding-extra-platform")
    await chat.press(platform).expect("onboarding-handle")
    await chat.send(handle).expect("onboarding-audience")
    await chat.send(audience).expect("onboarding-more")


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_name_without_a_letter_is_refused(
    chat_factory: ChatFactory, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    for typed in ("😀😀😀", "!!! ???", "12345", "★ ★"):
        refused = await chat.send(typed).expect(
            "onboarding-name-no-letters", then="onboarding-name"
        )
        assert refused[0].text == translator.render(locale, "onboarding-name-no-letters")
    await chat.send("Анна ✨").expect("onboarding-country")


@pytest.mark.parametrize("locale", LOCALES)
async def test_a_bare_number_is_confirmed_before_it_becomes_a_handle(
    chat_factory: ChatFactory, database: Database, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    await to_handle(chat, locale)
    asked = await chat.send("12500").expect("onboarding-handle-number")
    assert asked.last.text == translator.render(
        locale, "onboarding-handle-number", {"handle": "@12500"}
    )
    await chat.press("no").expect("onboarding-handle")
    await chat.send("@anna.nowak").expect("onboarding-audience")  # with @: no question
    await chat.send("12500").expect("onboarding-niche")
    await chat.press("beauty").expect("onboarding-more")
    await chat.press("add").expect("onboarding-extra-platform")
    await chat.press("tiktok").expect("onboarding-handle")
    await chat.send("777").expect("onboarding-handle-number")
    await chat.press("yes").expect("onboarding-audience")
    await chat.send("900").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    assert await channels_of(database, chat) == [("instagram", "@anna.nowak"), ("tiktok", "@777")]


@pytest.mark.parametrize("locale", LOCALES)
async def test_the_same_channel_twice_is_refused(
    chat_factory: ChatFactory, database: Database, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    await to_handle(chat, locale)
    await chat.send("@anna.nowak").expect("onboarding-audience")
    await chat.send("12500").expect("onboarding-niche")
    await chat.press("beauty").expect("onboarding-more")
    await chat.press("add").expect("onboarding-extra-platform")
    await chat.press("instagram").expect("onboarding-handle")
    # The same profile typed another way: a link, another case.
    for typed in ("https://www.instagram.com/Anna.Nowak/", "@ANNA.NOWAK"):
        refused = await chat.send(typed).expect(
            "onboarding-channel-duplicate", then="onboarding-handle"
        )
        assert refused[0].text == translator.render(
            locale, "onboarding-channel-duplicate", {"handle": "@anna.nowak"}
        )
    await chat.send("@anna.cooks").expect("onboarding-audience")
    await chat.send("800").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    assert await channels_of(database, chat) == [
        ("instagram", "@anna.nowak"),
        ("instagram", "@anna.cooks"),
    ]


@pytest.mark.parametrize("locale", LOCALES)
async def test_one_other_channel_is_changed_or_removed_not_all(
    chat_factory: ChatFactory, database: Database, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    await to_handle(chat, locale)
    await chat.send("@anna.nowak").expect("onboarding-audience")
    await chat.send("12500").expect("onboarding-niche")
    await chat.press("beauty").expect("onboarding-more")
    await add_channel(chat, "youtube", "@AnnaCooks", "5000")
    await add_channel(chat, "tiktok", "@anna.dance", "7000")
    await add_channel(chat, "vk", "vk.com/annanowak", "300")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("edit").expect("onboarding-edit")
    listed = await chat.press("extras").expect("onboarding-extras")
    assert [b.choice for b in listed.last.all_buttons] == [
        "c1", "r1", "c2", "r2", "c3", "r3", "add", "back",
    ]  # fmt: skip
    labels = [b.label for b in listed.last.all_buttons]
    assert "@anna.dance" in labels[3]
    assert labels[3] == translator.render(
        locale,
        "onboarding-extras-remove",
        {"platform": translator.render(locale, "platform-tiktok"), "handle": "@anna.dance"},
    )
    # Remove the TikTok channel: only that one goes.
    removed = await chat.press("r2").expect("onboarding-extras-removed", "onboarding-extras")
    assert removed[0].text == translator.render(
        locale, "onboarding-extras-removed", {"handle": "@anna.dance"}
    )
    # Change the VK channel (now the second other channel) into a Twitch one.
    await chat.press("c2").expect("onboarding-extra-platform")
    await chat.press("twitch").expect("onboarding-handle")
    await chat.send("anna_plays").expect("onboarding-audience")
    summary = await chat.send("900").expect("onboarding-summary")
    assert "@annacooks" in summary.last.text and "anna_plays" in summary.last.text
    assert "anna.dance" not in summary.last.text
    await chat.press("submit").expect("onboarding-submitted")
    assert await channels_of(database, chat) == [
        ("instagram", "@anna.nowak"),
        ("youtube", "@annacooks"),
        ("twitch", "anna_plays"),
    ]


@pytest.mark.parametrize("locale", LOCALES)
async def test_cancel_says_the_answers_are_gone(
    chat_factory: ChatFactory, database: Database, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    await to_handle(chat, locale)
    said = await chat.send("/cancel").expect("cancelled-onboarding")
    assert said.last.text == translator.render(locale, "cancelled-onboarding")
    # What it says is what happens: /start begins again from the first question.
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    assert await channels_of(database, chat) == []

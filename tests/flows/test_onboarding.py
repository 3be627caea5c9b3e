"""Registration as an influencer, end to end through the engine, in every language."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.core.message_args import CountryName, Msg
from storage.db import Database
from storage.models import Influencer, InfluencerChannel
from tests.support import LOCALES, Chat, Clock, normalise, register

ChatFactory = Callable[..., Chat]


async def influencer_of(database: Database, chat: Chat) -> Influencer | None:
    async with database.read() as session:
        from storage.models import Identity

        identity = await session.scalar(
            select(Identity).where(
                Identity.channel == chat.channel, Identity.external_id == chat.user_id
            )
        )
        if identity is None:
            return None
        return await session.scalar(
            select(Influencer).where(Influencer.user_id == identity.user_id)
        )


async def count_influencers(database: Database) -> int:
    async with database.read() as session:
        return int(await session.scalar(select(func.count()).select_from(Influencer)) or 0)


@pytest.mark.parametrize("locale", LOCALES)
async def test_full_registration_in_each_language(
    chat_factory: ChatFactory, database: Database, translator: Translator, locale: str
) -> None:
    chat = chat_factory(locale=locale)
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    assert chat.last.last.locale == locale
    await chat.press("accept").expect("onboarding-name")
    await chat.send("x").expect("input-text-too-short", then="onboarding-name")
    await chat.send("  Anna   Nowak ").expect("onboarding-country")
    await chat.press("other").expect("onboarding-country-code")
    await chat.send("Narnia").expect("input-country-invalid", then="onboarding-country-code")
    await chat.send("pt").expect("onboarding-platform")
    await chat.press("youtube").expect("onboarding-handle")
    await chat.send("not a handle!").expect("input-handle-invalid", then="onboarding-handle")
    await chat.send("https://www.youtube.com/@AnnaCooks").expect("onboarding-audience")
    await chat.send("lots").expect("input-number-invalid", then="onboarding-audience")
    await chat.send("0").expect("input-number-too-small", then="onboarding-audience")
    await chat.send("12.5k").expect("onboarding-niche")
    await chat.send("a niche I made up").expect("input-choose-button", then="onboarding-niche")
    await chat.press("food").expect("onboarding-more")
    await chat.press("add").expect("onboarding-extra-platform")
    await chat.press("telegram").expect("onboarding-handle")
    await chat.send("t.me/anna_cooks").expect("onboarding-audience")
    await chat.send("2100").expect("onboarding-more")
    summary = await chat.press("done").expect("onboarding-summary")
    assert summary.last.args["audience"] == 12_500
    assert summary.last.args["handle"] == "@annacooks"
    rendered = normalise(summary.last.text)
    assert "Anna Nowak" in rendered
    assert normalise(translator.render(locale, "platform-telegram")) in rendered
    assert await count_influencers(database) == 0, "nothing is stored before submitting"

    done = await chat.press("submit").expect("onboarding-submitted")
    assert done.last.text == translator.render(locale, "onboarding-submitted", done.last.args)

    influencer = await influencer_of(database, chat)
    assert influencer is not None
    assert influencer.status == "pending"
    assert influencer.display_name == "Anna Nowak"
    assert influencer.country == "PT"
    assert influencer.niche == "food"
    assert influencer.consent_version
    async with database.read() as session:
        channels = (
            await session.scalars(
                select(InfluencerChannel)
                .where(InfluencerChannel.influencer_id == influencer.id)
                .order_by(InfluencerChannel.position)
            )
        ).all()
    assert [(c.platform, c.handle, c.audience) for c in channels] == [
        ("youtube", "@annacooks", 12_500),
        ("telegram", "@anna_cooks", 2_100),
    ]


async def test_registration_by_typed_labels(chat_factory: ChatFactory, database: Database) -> None:
    """Typing a button's label (a Telegram user without the keyboard) works like pressing it."""
    chat = chat_factory(locale="fr")
    await chat.send("/start").expect("onboarding-language")
    await chat.send("Français").expect("onboarding-consent")
    label = chat.buttons()[0].label
    await chat.send(label.upper()).expect("onboarding-name")
    await chat.send("Camille").expect("onboarding-country")
    await chat.send("Belgique").expect("onboarding-platform")
    await chat.send("TikTok").expect("onboarding-handle")
    await chat.send("@camille.b").expect("onboarding-audience")
    await chat.send("48 000").expect("onboarding-niche")
    assert (await influencer_of(database, chat)) is None


async def test_start_again_shows_status_not_a_new_application(
    chat_factory: ChatFactory, database: Database
) -> None:
    chat = chat_factory(locale="ru")
    await register(chat, "ru")
    replies = await chat.send("/start").expect("status-pending")
    assert "submitted" in replies.last.args
    await chat.send("/status").expect("status-pending")
    assert await count_influencers(database) == 1


async def test_interrupted_registration_resumes_after_restart(
    make_engine: Callable[[], Engine], database: Database
) -> None:
    first = Chat(make_engine(), user_id="77", locale="es")
    await first.send("/start").expect("onboarding-language")
    await first.press("es").expect("onboarding-consent")
    await first.press("accept").expect("onboarding-name")
    await first.send("Lucía").expect("onboarding-country")

    restarted = Chat(make_engine(), user_id="77", locale="es")
    await restarted.send("/start").expect("onboarding-resume", then="onboarding-country")
    await restarted.press("ES").expect("onboarding-platform")
    await restarted.send("/status").expect("status-in-progress", then="onboarding-platform")
    await restarted.press("instagram").expect("onboarding-handle")
    await restarted.send("instagram.com/lucia.viaja").expect("onboarding-audience")
    await restarted.send("3000").expect("onboarding-niche")
    await restarted.press("travel").expect("onboarding-more")
    await restarted.press("done").expect("onboarding-summary")
    await restarted.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, restarted)
    assert influencer is not None
    assert influencer.display_name == "Lucía"
    assert influencer.country == "ES"


async def test_decline_consent_stores_nothing(
    chat_factory: ChatFactory, database: Database
) -> None:
    chat = chat_factory(locale="pl")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("pl").expect("onboarding-consent")
    await chat.press("decline").expect("onboarding-declined")
    await chat.send("hello").expect("not-understood")
    assert await count_influencers(database) == 0


async def test_edit_a_field_from_the_summary(chat_factory: ChatFactory, database: Database) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Anna").expect("onboarding-country")
    await chat.press("FR").expect("onboarding-platform")
    await chat.press("twitch").expect("onboarding-handle")
    await chat.send("anna_plays").expect("onboarding-audience")
    await chat.send("900").expect("onboarding-niche")
    await chat.press("gaming").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("edit").expect("onboarding-edit")
    await chat.press("name").expect("onboarding-name")
    summary = await chat.send("Anna Plays").expect("onboarding-summary")
    assert summary.last.args["name"] == "Anna Plays"
    await chat.press("edit").expect("onboarding-edit")
    await chat.press("channel").expect("onboarding-platform")
    await chat.press("tiktok").expect("onboarding-handle")
    await chat.send("@annaplays").expect("onboarding-audience")
    summary = await chat.send("1,500").expect("onboarding-summary")
    assert summary.last.args["handle"] == "@annaplays"
    assert summary.last.args["audience"] == 1_500
    await chat.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, chat)
    assert influencer is not None
    assert influencer.display_name == "Anna Plays"


async def test_referral_code_from_deep_link_is_kept(
    chat_factory: ChatFactory, database: Database
) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start spring_promo-7").expect("onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Zoe").expect("onboarding-country")
    await chat.press("IT").expect("onboarding-platform")
    await chat.press("vk").expect("onboarding-handle")
    await chat.send("vk.com/zoe_style").expect("onboarding-audience")
    await chat.send("5000").expect("onboarding-niche")
    await chat.press("fashion").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, chat)
    assert influencer is not None
    assert influencer.referral_code == "spring_promo-7"


@pytest.mark.parametrize("code", ["bad code!", "x" * 65, "кириллица"])
async def test_invalid_referral_code_is_ignored_silently(
    chat_factory: ChatFactory, database: Database, code: str
) -> None:
    chat = chat_factory(locale="en")
    await chat.send(f"/start {code}").expect("onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Zoe").expect("onboarding-country")
    await chat.press("IT").expect("onboarding-platform")
    await chat.press("other").expect("onboarding-handle")
    await chat.send("https://zoe.example.com").expect("onboarding-audience")
    await chat.send("5000").expect("onboarding-niche")
    await chat.press("other").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, chat)
    assert influencer is not None
    assert influencer.referral_code is None


async def test_cancel_and_help_everywhere(chat_factory: ChatFactory, database: Database) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/cancel").expect("nothing-to-cancel")
    await chat.send("/start").expect("onboarding-language")
    await chat.send("/help").expect("help", then="onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("/cancel").expect("cancelled-onboarding")
    await chat.send("Anna").expect("not-understood")
    await chat.send("/start").expect("onboarding-language")
    assert await count_influencers(database) == 0


async def test_unknown_command_keeps_the_question(chat_factory: ChatFactory) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start").expect("onboarding-language")
    replies = await chat.send("/frobnicate").expect("command-unknown", then="onboarding-language")
    assert replies[0].args == {"command": "frobnicate"}


async def test_stale_button_is_refused_politely(chat_factory: ChatFactory) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start").expect("onboarding-language")
    old_payload = chat.payload_for("en")
    await chat.press("en").expect("onboarding-consent")
    await chat.press_payload(old_payload).expect("button-stale", then="onboarding-consent")
    await chat.press_payload("v0|onboarding|consent|accept").expect(
        "button-stale", then="onboarding-consent"
    )
    forged = chat.payload_for("accept").replace("accept", "approve")
    await chat.press_payload(forged).expect("button-stale", then="onboarding-consent")
    await chat.press("accept").expect("onboarding-name")


async def test_language_command_switches_mid_flow(chat_factory: ChatFactory) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.send("/language").expect("language-choose")
    replies = await chat.press("ru").expect("language-set", then="onboarding-consent")
    assert {o.locale for o in replies} == {"ru"}
    await chat.press("accept").expect("onboarding-name")


async def test_conversation_expires(chat_factory: ChatFactory, clock: Clock) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    clock.advance(days=8)
    await chat.press("accept").expect("session-expired", "button-stale")
    await chat.send("/start").expect("onboarding-language")


async def test_locale_comes_from_platform_hint_then_default(chat_factory: ChatFactory) -> None:
    polish = chat_factory(locale="pl-PL")
    replies = await polish.send("/start").expect("onboarding-language")
    assert replies.last.locale == "pl"
    unknown = chat_factory(locale="pt-BR")
    replies = await unknown.send("/start").expect("onboarding-language")
    assert replies.last.locale == "en"


async def to_summary(chat: Chat, locale: str = "en") -> None:
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Anna").expect("onboarding-country")
    await chat.press("FR").expect("onboarding-platform")
    await chat.press("twitch").expect("onboarding-handle")
    await chat.send("anna_plays").expect("onboarding-audience")
    await chat.send("900").expect("onboarding-niche")
    await chat.press("food").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")


async def test_button_of_an_earlier_asking_of_the_same_question_is_stale(
    chat_factory: ChatFactory, database: Database
) -> None:
    chat = chat_factory(locale="en")
    await to_summary(chat)
    first_submit = chat.payload_for("submit")
    await chat.press("edit").expect("onboarding-edit")
    await chat.press("name").expect("onboarding-name")
    await chat.send("Anna Plays").expect("onboarding-summary")
    await chat.press_payload(first_submit).expect("button-stale", then="onboarding-summary")
    assert await count_influencers(database) == 0
    await chat.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, chat)
    assert influencer is not None
    assert influencer.display_name == "Anna Plays"


async def test_language_change_rerenders_the_open_question(
    chat_factory: ChatFactory, translator: Translator
) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Anna").expect("onboarding-country")
    await chat.send("/language").expect("language-choose")
    replies = await chat.press("fr").expect("language-set", then="onboarding-country")
    labels = [b.label for b in replies.last.all_buttons]
    assert labels[:2] == ["Russie", "France"]
    assert labels[-1] == translator.render("fr", "onboarding-country.other")
    await chat.press("FR").expect("onboarding-platform")
    await chat.press("twitch").expect("onboarding-handle")
    await chat.send("anna_plays").expect("onboarding-audience")
    await chat.send("900").expect("onboarding-niche")
    await chat.press("food").expect("onboarding-more")
    await chat.press("add").expect("onboarding-extra-platform")
    await chat.press("telegram").expect("onboarding-handle")
    await chat.send("@anna_cooks").expect("onboarding-audience")
    await chat.send("50").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.send("/language").expect("language-choose")
    summary = (await chat.press("pl").expect("language-set", then="onboarding-summary")).last
    text = normalise(summary.text)
    for part in ("Francja", translator.render("pl", "niche-food")):
        assert normalise(part) in text
    assert normalise(translator.render("pl", "platform-telegram")) in text
    assert "France" not in text


async def test_campaign_link_followed_mid_registration_still_counts(
    chat_factory: ChatFactory, database: Database
) -> None:
    chat = chat_factory(locale="en")
    await chat.send("/start").expect("onboarding-language")
    await chat.send("/start summer_2026").expect("onboarding-resume", then="onboarding-language")
    await chat.press("en").expect("onboarding-consent")
    await chat.send("/start other_code").expect("onboarding-resume", then="onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Zoe").expect("onboarding-country")
    await chat.press("IT").expect("onboarding-platform")
    await chat.press("vk").expect("onboarding-handle")
    await chat.send("vk.com/zoe_style").expect("onboarding-audience")
    await chat.send("5000").expect("onboarding-niche")
    await chat.press("fashion").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, chat)
    assert influencer is not None
    assert influencer.referral_code == "summer_2026"


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("x" * 65, "input-text-too-long"),
        ("   ", "input-text-empty"),
    ],
)
async def test_every_kind_of_bad_name_is_answered_and_nothing_stored(
    chat_factory: ChatFactory, database: Database, typed: str, error: str
) -> None:
    chat = chat_factory(locale="es")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("es").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send(typed).expect(error, then="onboarding-name")
    assert await count_influencers(database) == 0


@pytest.mark.parametrize(
    ("platform", "typed", "error"),
    [
        ("other", "not a link at all", "input-url-invalid"),
        ("instagram", "instagram.com/p/Cx1abc", "input-handle-invalid"),
    ],
)
async def test_bad_profiles_are_answered(
    chat_factory: ChatFactory, platform: str, typed: str, error: str
) -> None:
    chat = chat_factory(locale="ru")
    await chat.send("/start").expect("onboarding-language")
    await chat.press("ru").expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Анна").expect("onboarding-country")
    await chat.press("RU").expect("onboarding-platform")
    await chat.press(platform).expect("onboarding-handle")
    await chat.send(typed).expect(error, then="onboarding-handle")
    await chat.send("https://anna.example.com" if platform == "other" else "@anna").expect(
        "onboarding-audience"
    )
    await chat.send("3000000000").expect("input-number-too-large", then="onboarding-audience")
    await chat.send("²").expect("input-number-invalid", then="onboarding-audience")


async def test_every_field_can_be_edited_from_the_summary(
    chat_factory: ChatFactory, database: Database
) -> None:
    chat = chat_factory(locale="en")
    await to_summary(chat)
    await chat.press("edit").expect("onboarding-edit")
    await chat.press("country").expect("onboarding-country")
    summary = await chat.send("Portugal").expect("onboarding-summary")
    assert summary.last.args["country"] == CountryName("PT")
    await chat.press("edit").expect("onboarding-edit")
    await chat.press("niche").expect("onboarding-niche")
    summary = await chat.press("gaming").expect("onboarding-summary")
    assert summary.last.args["niche"] == Msg("niche-gaming")
    await chat.press("edit").expect("onboarding-edit")
    await chat.press("extras").expect("onboarding-extras-none")
    await chat.press("add").expect("onboarding-extra-platform")
    await chat.press("youtube").expect("onboarding-handle")
    await chat.send("@annagames").expect("onboarding-audience")
    await chat.send("10k").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("edit").expect("onboarding-edit")
    await chat.press("back").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")
    influencer = await influencer_of(database, chat)
    assert influencer is not None
    assert (influencer.country, influencer.niche) == ("PT", "gaming")
    async with database.read() as session:
        platforms = (
            await session.scalars(
                select(InfluencerChannel.platform)
                .where(InfluencerChannel.influencer_id == influencer.id)
                .order_by(InfluencerChannel.position)
            )
        ).all()
    assert platforms == ["twitch", "youtube"]


@pytest.mark.parametrize(
    ("locale", "unclear", "typed", "audience"),
    [
        ("en", "1,5", "1,500k", 1_500_000),
        ("ru", "1.500k", "1,5 млн", 1_500_000),
        ("fr", "1.500k", "12\u202f500", 12_500),
        ("es", "1.5", "1.500", 1_500),
        ("pl", "1.500k", "12,5 tys.", 12_500),
    ],
)
async def test_audience_is_read_as_the_language_writes_numbers(
    chat_factory: ChatFactory,
    database: Database,
    translator: Translator,
    locale: str,
    unclear: str,
    typed: str,
    audience: int,
) -> None:
    """An ambiguous number is asked again in the user's language; a grouped one is read with
    that language's separators."""
    chat = chat_factory(locale=locale)
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send("Anna Nowak").expect("onboarding-country")
    await chat.press("PL").expect("onboarding-platform")
    await chat.press("instagram").expect("onboarding-handle")
    await chat.send("@anna.nowak").expect("onboarding-audience")
    refused = await chat.send(unclear).expect("input-number-invalid", then="onboarding-audience")
    assert refused[0].text == translator.render(locale, "input-number-invalid")
    await chat.send(typed).expect("onboarding-niche")
    await chat.press("beauty").expect("onboarding-more")
    summary = await chat.press("done").expect("onboarding-summary")
    assert summary.last.args["audience"] == audience
    assert await count_influencers(database) == 0

"""A new version of the terms is consented to before the next action that uses the data."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import select

from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import Consent, Influencer
from tests.payouts import approved_chat
from tests.support import Chat, normalise


async def consents(database: Database) -> list[tuple[str, str]]:
    async with database.read() as session:
        rows = await session.execute(select(Consent.version, Consent.channel).order_by(Consent.id))
        return [(version, channel) for version, channel in rows.all()]


@pytest.mark.parametrize("locale", ["en", "ru"])
async def test_a_new_terms_version_is_asked_for_before_the_next_command(
    chat_factory: Callable[..., Chat],
    database: Database,
    settings: Settings,
    translator: Translator,
    locale: str,
) -> None:
    chat = chat_factory(locale=locale)
    me = await approved_chat(chat, database, locale)
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-missing")

    settings.terms_version = "2027-01"
    replies = await chat.send("/payout").expect("privacy-consent-renew")
    assert normalise(replies.last.text) == normalise(
        translator.render(
            locale,
            "privacy-consent-renew",
            {
                "terms_url": settings.terms_url,
                "privacy_url": settings.privacy_url,
                "version": "2027-01",
            },
        )
    )
    # Declining changes nothing and does not run the command; the next one asks again.
    await chat.press("decline").expect("privacy-consent-declined")
    assert await consents(database) == []
    await chat.send("/earnings").expect("privacy-consent-renew")
    # Accepting records the version and goes on with what was asked.
    await chat.press("accept").expect("privacy-consent-thanks", "earnings-no-sales")
    assert await consents(database) == [("2027-01", "console")]
    async with database.read() as session:
        influencer = await session.get(Influencer, me.influencer_id)
    assert influencer is not None and influencer.consent_version == "2027-01"
    await chat.send("/payout").expect("payout-nothing-available", "payout-method-missing")
    # Commands that do not use the programme's data never ask.
    settings.terms_version = "2027-02"
    await chat.send("/privacy").expect("privacy-notice")
    await chat.send("/status").expect("status-approved")


async def test_applicants_consent_in_onboarding_not_here(
    chat_factory: Callable[..., Chat], settings: Settings
) -> None:
    settings.terms_version = "2027-01"
    chat = chat_factory()
    await chat.send("/payout").expect("payout-not-registered")

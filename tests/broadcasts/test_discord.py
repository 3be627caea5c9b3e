"""Discord: a broadcast is an announcement in each server's channel for the language (the
channel for every language when a server has none for it), never a mass of direct messages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from pydantic import SecretStr

from bot.broadcast.content import Content
from bot.broadcast.segment import Segment
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories
from tests.broadcasts import (
    NOW,
    counts,
    create_broadcast,
    make_person,
    running_worker,
    wait_until_finished,
)
from tests.fakes.discord_api import FakeDiscord
from tests.support import Clock, normalise

TEXTS = {"en": "The Winter Sale starts Monday!", "fr": "Les soldes d’hiver commencent lundi !"}


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as server:
        yield server


def discord_settings(settings: Settings, fake: FakeDiscord) -> Settings:
    return settings.model_copy(
        update={
            "discord_token": SecretStr(fake.token),
            "discord_api_base_url": fake.rest_base,
        }
    )


async def announce_in(
    database: Database, server_id: int, channel_id: int, locale: str | None
) -> None:
    """What ``/setup announcements #channel [language]`` stores."""
    async with database.transaction() as session:
        await Repositories(session).communities.set_announcement_channel(
            "discord", str(server_id), locale, str(channel_id), "admin", NOW
        )


def contents(fake: FakeDiscord, channel_id: int) -> list[str]:
    return [m["content"] for m in fake.messages(channel_id)]


async def test_announcements_land_in_each_servers_channel_for_the_language(
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Clock,
    fake: FakeDiscord,
) -> None:
    french = fake.add_guild("Créateurs", preferred_locale="fr")
    annonces = fake.add_channel(french["id"], "annonces")
    news = fake.add_channel(french["id"], "news")
    chat = fake.add_channel(french["id"], "discussion")
    mixed = fake.add_guild("Creators")
    general = fake.add_channel(mixed["id"], "general")
    russian = fake.add_guild("Креаторы", preferred_locale="ru")
    novosti = fake.add_channel(russian["id"], "novosti")
    await announce_in(database, french["id"], annonces["id"], "fr")
    await announce_in(database, french["id"], news["id"], "en")
    await announce_in(database, mixed["id"], general["id"], None)  # every language
    await announce_in(database, russian["id"], novosti["id"], "ru")
    # A Discord member of the programme: reached through the servers, not by DM.
    member = await make_person(database, 770001, channel="discord")
    fake.rate_limit_next("POST /channels", retry_after=0.3)  # Discord asks to slow down once

    content = Content(TEXTS, button="join", url="https://example.com/join")
    broadcast_id = await create_broadcast(database, content)
    async with running_worker(database, translator, discord_settings(settings, fake), clock):
        record = await wait_until_finished(database, broadcast_id)

    assert record.state == "done"
    assert contents(fake, annonces["id"]) == [TEXTS["fr"]]
    assert contents(fake, news["id"]) == [TEXTS["en"]]
    assert sorted(contents(fake, general["id"])) == sorted(TEXTS.values())
    assert contents(fake, chat["id"]) == []
    assert contents(fake, novosti["id"]) == []  # no Russian text in this broadcast
    assert fake.dm_channel_id(member.chat_id) is None
    (post,) = fake.messages(annonces["id"])
    (button,) = post["components"][0]["components"]
    assert (button["label"], button["url"]) == (
        translator.render("fr", "broadcast-button-join"),
        "https://example.com/join",
    )
    assert len(fake.rate_limit_hits) == 1
    assert await counts(database, broadcast_id) == {"sent": 4}


async def test_a_segment_of_people_is_not_announced_to_whole_servers(
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Clock,
    fake: FakeDiscord,
) -> None:
    guild = fake.add_guild("Créateurs", preferred_locale="fr")
    annonces = fake.add_channel(guild["id"], "annonces")
    await announce_in(database, guild["id"], annonces["id"], None)
    broadcast_id = await create_broadcast(
        database, Content(TEXTS), Segment(countries=("FR",), statuses=("approved",))
    )
    async with running_worker(database, translator, discord_settings(settings, fake), clock):
        record = await wait_until_finished(database, broadcast_id)
    assert record.state == "done"
    assert contents(fake, annonces["id"]) == []
    assert await counts(database, broadcast_id) == {}


async def test_a_discord_broadcaster_follows_it_in_direct_messages(
    database: Database,
    translator: Translator,
    settings: Settings,
    clock: Clock,
    fake: FakeDiscord,
) -> None:
    guild = fake.add_guild("Créateurs", preferred_locale="fr")
    annonces = fake.add_channel(guild["id"], "annonces")
    await announce_in(database, guild["id"], annonces["id"], "fr")
    broadcaster = 880001
    fake.add_member(guild["id"], broadcaster, "marie", locale="fr")
    broadcast_id = await create_broadcast(
        database, Content(TEXTS), progress=("discord", str(broadcaster), "fr")
    )
    async with running_worker(database, translator, discord_settings(settings, fake), clock):
        await wait_until_finished(database, broadcast_id)
        await fake.wait_for(lambda: len(fake.dm_messages(broadcaster)) == 2, what="the report")
    progress, report = fake.dm_messages(broadcaster)
    assert normalise(report["content"]).startswith(f"La diffusion n° {broadcast_id} est terminée")
    assert progress["content"] == report["content"]  # the progress message, edited at the end
    assert contents(fake, annonces["id"]) == [TEXTS["fr"]]

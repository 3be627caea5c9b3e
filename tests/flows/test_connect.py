"""/connect: one person links a Telegram and a Discord account with a one-time code, through
the engine, as two chats on two channels would."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select

from bot.core.i18n import Translator
from storage.account_links import ALPHABET
from storage.db import Database
from storage.models import AccountLinkCode, Identity, Influencer, PlatformAction, User
from storage.platform_actions import DISCORD_ROLE
from storage.repositories import Repositories
from tests.support import LOCALES, Chat, Clock, normalise, register, set_status

ChatFactory = Callable[..., Chat]


async def user_of(database: Database, chat: Chat) -> int | None:
    async with database.read() as session:
        return await session.scalar(
            select(Identity.user_id).where(
                Identity.channel == chat.channel, Identity.external_id == chat.user_id
            )
        )


async def count(database: Database, model: type) -> int:
    async with database.read() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def issue(chat: Chat) -> str:
    replies = await chat.send("/connect").expect("connect-code")
    code = str(replies.last.args["code"])
    assert code in replies.last.text
    return code


async def test_discord_linked_to_telegram_sees_the_same_application(
    chat_factory: ChatFactory, database: Database
) -> None:
    telegram = chat_factory(channel="telegram")
    await register(telegram, "en")
    code = await issue(telegram)
    plain = code.replace("-", "")
    assert len(plain) == 8 and set(plain) <= set(ALPHABET)
    assert not set(plain) & set("0O1lI")

    discord = chat_factory(channel="discord")
    await discord.send("/status").expect("status-none")
    lonely = await user_of(database, discord)
    # Typed the way people type codes: lower case, a space instead of the dash.
    linked = await discord.send(f"/connect {code[:4].lower()} {code[5:]}").expect("connect-linked")
    assert linked.last.args["channel"] == "telegram"
    await discord.send("/status").expect("status-pending")

    assert await user_of(database, discord) == await user_of(database, telegram)
    async with database.read() as session:
        assert await session.get(User, lonely) is None, "the empty user is gone"
        stored = (await session.scalars(select(AccountLinkCode))).one()
    assert stored.code_hash != plain and plain not in stored.code_hash
    assert stored.used_at is not None
    assert await count(database, User) == 1
    assert await count(database, Influencer) == 1


async def test_a_code_works_once(chat_factory: ChatFactory, database: Database) -> None:
    telegram = chat_factory(channel="telegram")
    code = await issue(telegram)
    await chat_factory(channel="discord").send(f"/connect {code}").expect("connect-linked")
    second = chat_factory(channel="discord")
    await second.send(f"/connect {code}").expect("connect-code-used")
    assert await user_of(database, second) != await user_of(database, telegram)


async def test_a_code_expires_after_ten_minutes(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    telegram = chat_factory(channel="telegram")
    code = await issue(telegram)
    clock.advance(minutes=10)
    discord = chat_factory(channel="discord")
    await discord.send(f"/connect {code}").expect("connect-code-expired")
    assert await user_of(database, discord) != await user_of(database, telegram)


async def test_a_new_code_replaces_the_previous_one(chat_factory: ChatFactory) -> None:
    telegram = chat_factory(channel="telegram")
    old = await issue(telegram)
    new = await issue(telegram)
    discord = chat_factory(channel="discord")
    await discord.send(f"/connect {old}").expect("connect-code-wrong")
    await discord.send(f"/connect {new}").expect("connect-linked")


async def test_wrong_codes_change_nothing(chat_factory: ChatFactory, database: Database) -> None:
    telegram = chat_factory(channel="telegram")
    code = await issue(telegram)
    discord = chat_factory(channel="discord")
    wrong = "AAAA-AAAA" if code != "AAAA-AAAA" else "BBBB-BBBB"
    await discord.send(f"/connect {wrong}").expect("connect-code-wrong")
    await discord.send("/connect not a code at all").expect("connect-code-wrong")
    assert await user_of(database, discord) != await user_of(database, telegram)
    await discord.send(f"/connect {code}").expect("connect-linked")


async def test_the_same_channel_and_the_issuers_own_account_are_refused(
    chat_factory: ChatFactory, database: Database
) -> None:
    telegram = chat_factory(channel="telegram")
    code = await issue(telegram)
    await telegram.send(f"/connect {code}").expect("connect-own-code")
    other_telegram = chat_factory(channel="telegram")
    await other_telegram.send(f"/connect {code}").expect("connect-same-channel")
    assert await user_of(database, other_telegram) != await user_of(database, telegram)
    # Neither refusal used the code up.
    await chat_factory(channel="discord").send(f"/connect {code}").expect("connect-linked")


async def test_one_account_per_platform_and_linking_twice(chat_factory: ChatFactory) -> None:
    telegram = chat_factory(channel="telegram")
    discord = chat_factory(channel="discord")
    await discord.send(f"/connect {await issue(telegram)}").expect("connect-linked")
    code = await issue(telegram)
    await discord.send(f"/connect {code}").expect("connect-already-linked")
    taken = await chat_factory(channel="discord").send(f"/connect {code}")
    assert taken.ids == ["connect-channel-taken"]
    assert taken.last.args["channel"] == "discord"


async def test_guessing_codes_is_stopped_for_an_hour(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    telegram = chat_factory(channel="telegram")
    discord = chat_factory(channel="discord")
    for guess in ("AAAA-AAAA", "BBBB-BBBB", "CCCC-CCCC", "DDDD-DDDD"):
        await discord.send(f"/connect {guess}").expect("connect-code-wrong")
        clock.advance(minutes=1)
    await discord.send("/connect EEEE-EEEE").expect("connect-code-wrong")
    code = await issue(telegram)
    refused = await discord.send(f"/connect {code}").expect("connect-too-many")
    assert refused.last.args["minutes"] == 56  # an hour after the first wrong code
    assert await user_of(database, discord) != await user_of(database, telegram)

    clock.advance(minutes=56)
    code = await issue(telegram)
    await discord.send(f"/connect {code}").expect("connect-linked")


async def test_an_account_with_its_own_application_is_refused_and_nothing_changes(
    chat_factory: ChatFactory, database: Database
) -> None:
    telegram = chat_factory(channel="telegram")
    await register(telegram, "en", name="Anna Nowak")
    discord = chat_factory(channel="discord")
    await register(discord, "en", name="Anna Discord")
    code = await issue(telegram)
    refused = await discord.send(f"/connect {code}").expect("connect-has-application")
    assert "merging two applications is not possible" in refused.last.text
    assert await user_of(database, discord) != await user_of(database, telegram)
    assert await count(database, User) == 2
    assert await count(database, Influencer) == 2
    async with database.read() as session:
        assert (await session.scalars(select(AccountLinkCode))).one().used_at is None


async def test_an_empty_user_is_merged_and_keeps_its_language(
    chat_factory: ChatFactory, database: Database
) -> None:
    telegram = chat_factory(locale=None, channel="telegram")
    code = await issue(telegram)
    discord = chat_factory(locale="en", channel="discord")
    await discord.send("/language").expect("language-choose")
    await discord.press("pl").expect("language-set")
    lonely = await user_of(database, discord)

    linked = await discord.send(f"/connect {code}").expect("connect-linked")
    assert linked.last.locale == "pl"
    issuer = await user_of(database, telegram)
    async with database.read() as session:
        assert await session.get(User, lonely) is None
        user = await session.get(User, issuer)
        assert user is not None and user.locale == "pl"
    # The conversation goes on for the merged user (its session was moved too).
    await discord.send("/status").expect("status-none")
    assert (await telegram.send("/help")).last.locale == "pl"


async def test_discord_linked_after_approval_gets_the_role(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    async with database.transaction() as session:
        await Repositories(session).communities.set_approved_role(
            "discord", "9001", "777", "discord:1", clock.now
        )
    telegram = chat_factory(channel="telegram")
    await register(telegram, "en")
    await set_status(database, telegram, "approved")
    discord = chat_factory(channel="discord")
    await discord.send(f"/connect {await issue(telegram)}").expect("connect-linked")

    async with database.read() as session:
        (action,) = (await session.scalars(select(PlatformAction))).all()
    assert action.user_id == await user_of(database, telegram)
    assert (action.channel, action.kind) == ("discord", DISCORD_ROLE)
    assert action.args == {"guild_id": "9001", "role_id": "777", "member_id": discord.user_id}


async def test_no_role_before_approval_nor_for_a_telegram_account(
    chat_factory: ChatFactory, database: Database, clock: Clock
) -> None:
    async with database.transaction() as session:
        await Repositories(session).communities.set_approved_role(
            "discord", "9001", "777", "discord:1", clock.now
        )
    pending = chat_factory(channel="telegram")
    await register(pending, "en")
    await (
        chat_factory(channel="discord")
        .send(f"/connect {await issue(pending)}")
        .expect("connect-linked")
    )
    approved = chat_factory(channel="discord")
    await register(approved, "en")
    await set_status(database, approved, "approved")
    await (
        chat_factory(channel="telegram")
        .send(f"/connect {await issue(approved)}")
        .expect("connect-linked")
    )
    assert await count(database, PlatformAction) == 0


@pytest.mark.parametrize("locale", LOCALES)
async def test_wording_in_every_language(
    chat_factory: ChatFactory, translator: Translator, locale: str
) -> None:
    telegram = chat_factory(locale=locale, channel="telegram")
    issued = await telegram.send("/connect").expect("connect-code")
    code = str(issued.last.args["code"])
    assert issued.last.text == translator.render(locale, "connect-code", issued.last.args)
    assert code in issued.last.text and f"/connect {code}" in issued.last.text
    assert issued.last.args["minutes"] == 10
    assert "10" in issued.last.text

    discord = chat_factory(locale=locale, channel="discord")
    linked = await discord.send(f"/connect {code}").expect("connect-linked")
    assert linked.last.text == translator.render(locale, "connect-linked", {"channel": "telegram"})
    assert "Telegram" in linked.last.text
    assert "/status" in linked.last.text

    help_text = normalise((await discord.send("/help")).last.text)
    assert "/connect" in help_text

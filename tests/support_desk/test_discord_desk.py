"""The Discord staff desk end to end: discord.py against the fake Discord. A server's admin
sets the desk with /setup support; an influencer's ticket gets a private thread there with
their card and message; a member of staff answers with /reply in the thread and the answer
reaches the influencer's DMs in their language; without the support role it is refused."""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import select

from bot.channels.discord import DiscordChannel
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.services.platform_actions import ActionRunner
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry, PlatformAction, SupportDesk, Ticket
from tests.channels.test_discord import (  # noqa: F401 (fixtures)
    ADMIN,
    CAMILLE,
    MEMBER,
    STEP,
    DiscordUser,
    Server,
    bot,
    contents,
    rendered,
    server,
)
from tests.fakes.discord_api import Permissions
from tests.staff import grant
from tests.support import Clock, normalise


async def act(bot: DiscordChannel, database: Database, clock: Clock) -> None:  # noqa: F811
    runner = ActionRunner(database, {"discord": bot}, clock)
    while await runner.run_once():
        pass


async def deliver(bot: DiscordChannel, engine: Engine) -> None:  # noqa: F811
    """What the runtime's notification loop does every 2 s."""
    for notification_id, outgoing in await engine.pending_notifications(["discord"]):
        assert outgoing is not None
        await engine.finish_notification(notification_id, await bot.deliver([outgoing]))


async def staff_reply(server: Server, user_id: int, thread_id: int, text: str) -> Any:  # noqa: F811
    record = await server.fake.send_slash_command(
        server.guild_id, user_id, "reply", {"text": text}, locale="pl", channel_id=thread_id
    )
    await server.fake.wait_response(record, STEP)
    return record


async def test_round_trip_through_a_private_thread(
    server: Server,  # noqa: F811
    bot: DiscordChannel,  # noqa: F811
    engine: Engine,
    database: Database,
    settings: Settings,
    clock: Clock,
    translator: Translator,
) -> None:
    fake = server.fake
    fake.set_bot_permissions(
        server.guild_id,
        Permissions.DEFAULT_BOT
        | Permissions.CREATE_PRIVATE_THREADS
        | Permissions.SEND_MESSAGES_IN_THREADS,
    )
    desk = fake.add_channel(server.guild_id, "support-desk")
    admin = DiscordUser(server, ADMIN, "pl")
    done = await admin.command("setup support", {"channel": desk["id"]})
    assert contents(done) == [
        rendered(translator, "pl", "setup-support-done", channel="#support-desk")
    ]
    async with database.read() as session:
        assert (await session.scalar(select(SupportDesk.target_id))) == str(desk["id"])

    camille = DiscordUser(server, CAMILLE, "fr")
    opened = await camille.command("support", {"question": "Ma vente du 3 n'apparaît pas"})
    assert contents(opened) == [rendered(translator, "fr", "support-opened", number=1)]
    await act(bot, database, clock)
    (thread,) = fake.threads(desk["id"])
    assert thread["type"] == 12 and thread["name"].startswith("#1 · fr")
    card, question = contents(fake.messages(int(thread["id"])))
    assert "Ticket #1" in card and f"discord:{CAMILLE}" in card
    assert question == rendered(
        translator, "en", "support-desk-user-text", text="Ma vente du 3 n'apparaît pas"
    )

    # The server's admin without the support role cannot answer; nothing reaches Camille.
    refused = await staff_reply(server, ADMIN, int(thread["id"]), "Bonjour")
    assert refused.ephemeral and normalise(refused.content or "") == rendered(
        translator, "pl", "support-desk-denied"
    )
    await deliver(bot, engine)
    assert fake.dm_messages(CAMILLE) == []

    await grant(database, settings, clock, f"discord:{MEMBER}", "support")
    fake.add_thread_member(int(thread["id"]), MEMBER)
    sent = await staff_reply(
        server, MEMBER, int(thread["id"]), "Elle est en attente de confirmation."
    )
    assert not sent.ephemeral
    assert rendered(translator, "pl", "support-reply-sent", number=1) in normalise(
        sent.content or ""
    )
    await deliver(bot, engine)
    assert contents(fake.dm_messages(CAMILLE)) == [
        rendered(
            translator, "fr", "support-reply", number=1, text="Elle est en attente de confirmation."
        )
    ]
    async with database.read() as session:
        ticket = await session.scalar(select(Ticket))
        assert ticket is not None and ticket.state == "waiting"
        assert ticket.discord_thread_id == str(thread["id"])
        actions = [
            (a.actor, a.action)
            for a in await session.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]
    assert (f"discord:{ADMIN}", "denied") in actions
    assert (f"discord:{MEMBER}", "ticket.reply") in actions
    await asyncio.sleep(0)


async def test_without_the_right_to_make_private_threads_the_ticket_waits(
    server: Server,  # noqa: F811
    bot: DiscordChannel,  # noqa: F811
    database: Database,
    clock: Clock,
) -> None:
    """Discord answers 403 Missing Permissions; the action is kept for a retry (the log says
    why) and the ticket is still served in chat and from the command line."""
    fake = server.fake
    desk = fake.add_channel(server.guild_id, "support-desk")
    await DiscordUser(server, ADMIN, "pl").command("setup support", {"channel": desk["id"]})
    await DiscordUser(server, CAMILLE, "fr").command("support", {"question": "Bonjour"})
    await act(bot, database, clock)
    assert fake.threads(desk["id"]) == []
    async with database.read() as session:
        outcome = await session.scalar(select(PlatformAction.outcome))
        done = await session.scalar(select(PlatformAction.done_at))
    assert outcome == "refused: 50013" and done is None

"""Helpers for the staff tests: the owner's console chat, applicants, notifications."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.events import Outgoing
from bot.core.i18n import Translator
from bot.services.roles import change_role
from bot.settings import Settings
from storage.db import Database
from storage.models import AuditEntry, Identity, Influencer
from storage.repositories import Repositories
from tests.support import Chat, Clock, normalise, register

OWNER_ID = "1"  # BOT_OWNER_IDS=console:1 in these tests


def owner(engine: Engine, locale: str = "en") -> Chat:
    return Chat(engine, user_id=OWNER_ID, locale=locale)


async def grant(
    database: Database, settings: Settings, clock: Clock, account: str, role: str
) -> None:
    """What ``python -m bot grant-role`` does (tested through the CLI elsewhere)."""
    channel, _, external_id = account.partition(":")
    async with database.transaction() as session:
        await change_role(
            Repositories(session),
            settings,
            actor="cli:test",
            channel=channel,
            external_id=external_id,
            role=role,
            grant=True,
            now=clock(),
        )


async def applicant(make_chat: Callable[..., Chat], locale: str, name: str, **kwargs: Any) -> Chat:
    chat = make_chat(locale=locale, **kwargs)
    await register(chat, locale, name=name)
    return chat


async def notifications(engine: Engine, chat: Chat) -> list[Outgoing]:
    """What the runtime would deliver to ``chat`` now (rendered in the user's language), marked
    delivered so the next call shows only newer ones."""
    found = []
    for notification_id, outgoing in await engine.pending_notifications([chat.channel]):
        if outgoing is not None and outgoing.chat_id == chat.user_id:
            found.append(outgoing)
            await engine.finish_notification(notification_id, True)
    return found


def text(translator: Translator, locale: str, message_id: str, **args: Any) -> str:
    return normalise(translator.render(locale, message_id, args))


async def application_of(database: Database, chat: Chat) -> Influencer:
    async with database.read() as session:
        row = await session.scalar(
            select(Influencer)
            .join(Identity, Identity.user_id == Influencer.user_id)
            .where(Identity.channel == chat.channel, Identity.external_id == chat.user_id)
        )
    assert row is not None
    return row


async def audit_actions(database: Database, actor: str | None = None) -> list[tuple[str, ...]]:
    """(actor, action, subject) of every audit entry, oldest first."""
    async with database.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if actor is not None:
            query = query.where(AuditEntry.actor == actor)
        rows = await session.scalars(query)
        return [(r.actor, r.action, r.subject or "") for r in rows]

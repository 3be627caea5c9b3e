"""The support desk's rules, shared by chat (handlers/support.py), the staff places (a Telegram
forum topic, a Discord private thread) and the command line (``python -m bot ticket``).

Everything here runs inside the caller's transaction and only writes: what must reach a
platform (the influencer, the staff topic) is queued (notifications, platform actions) and
performed after the commit, so no network call ever runs inside a turn.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.core.auth import actor_id, has_role, is_staff
from bot.core.flow import msg
from bot.core.message_args import Msg, to_json
from bot.services.faq import answer_args, prepared_topic

if TYPE_CHECKING:
    from bot.settings import Settings
    from storage.repositories import Repositories
    from storage.tickets import TicketMessageRecord, TicketRecord

# Platform actions of the staff desks (performed by bot/channels/*_support.py).
FORWARD = "support.forward"  # an influencer's message (the first one opens the topic)
NOTE = "support.note"  # a line for staff in the topic: closed, rated, reopened...
DESKS = ("telegram", "discord")
RATINGS = (1, 2, 3, 4, 5)
# The median first response is measured over tickets opened in this span.
RESPONSE_SPAN = timedelta(days=30)
# A closed ticket's notice carries these buttons (rendered by bot/core/notice.py).
RATE_SCOPE = ("support", "rate")


@dataclass(frozen=True, slots=True)
class StaffReply:
    """What came of a member of staff answering: the ticket and the stored message, or why
    not (``denied``: no support role; ``missing``: no such ticket; ``closed``)."""

    outcome: str
    ticket: TicketRecord | None = None
    message: TicketMessageRecord | None = None


def user_actor(channel: str, external_id: str) -> str:
    return actor_id(channel, external_id)


async def _queue_desks(
    services: Repositories,
    settings: Settings,
    ticket: TicketRecord,
    kind: str,
    args: dict[str, Any],
    now: datetime,
) -> None:
    """Queue one action per staff desk in use (Telegram forum, Discord servers)."""
    payload = {"ticket_id": ticket.id, **args}
    if settings.telegram_support_chat_id:
        await services.platform_actions.queue("telegram", kind, ticket.user_id, payload, now)
    if await services.support_desks.any("discord"):
        await services.platform_actions.queue("discord", kind, ticket.user_id, payload, now)


async def open_ticket(
    services: Repositories,
    settings: Settings,
    *,
    user_id: int,
    channel: str,
    external_id: str,
    chat_id: str,
    locale: str,
    text: str,
    now: datetime,
    media: str | None = None,
    source: str | None = None,
) -> TicketRecord:
    """A new ticket with the influencer's first message, in the audit log and on the desks."""
    ticket = await services.tickets.open(user_id, channel, chat_id, locale, text or "-", now)
    message = await services.tickets.add_message(
        ticket.id, "in", user_actor(channel, external_id), text, now, media=media, source=source
    )
    await services.audit.record(
        user_actor(channel, external_id),
        "ticket.open",
        f"ticket:{ticket.id}",
        {"locale": locale},
        now,
    )
    await _queue_desks(services, settings, ticket, FORWARD, {"message_id": message.id}, now)
    return ticket


async def add_user_message(
    services: Repositories,
    settings: Settings,
    ticket: TicketRecord,
    *,
    channel: str,
    external_id: str,
    chat_id: str,
    text: str | None,
    now: datetime,
    media: str | None = None,
    source: str | None = None,
) -> TicketMessageRecord:
    """A later message of the influencer: copied to the desks; the ticket waits for staff again."""
    message = await services.tickets.add_message(
        ticket.id, "in", user_actor(channel, external_id), text, now, media=media, source=source
    )
    await services.tickets.set_state(ticket.id, "open", now)
    await services.tickets.set_reply_to(ticket.id, channel, chat_id)
    if ticket.state == "closed":
        await services.audit.record(
            user_actor(channel, external_id), "ticket.reopen", f"ticket:{ticket.id}", {}, now
        )
        await _queue_desks(services, settings, ticket, NOTE, {"note": "support-desk-reopened"}, now)
    await _queue_desks(services, settings, ticket, FORWARD, {"message_id": message.id}, now)
    return message


async def staff_reply(
    services: Repositories,
    settings: Settings,
    *,
    channel: str,
    external_id: str,
    ticket_id: int,
    text: str | None,
    now: datetime,
    media: str | None = None,
    source: str | None = None,
    notify: bool = True,
    via: str = "chat",
    trusted: bool = False,
) -> StaffReply:
    """A member of staff answers ticket ``ticket_id``. Deny by default: the support role is
    checked here, at the moment of answering, whichever place the answer came from.

    ``notify``: queue the answer to the influencer as a notification (their language, their
    channel); a desk on the influencer's own platform copies it itself (with its photo).
    ``trusted``: the command line, whose user holds the database (``channel`` is ``cli``).
    """
    actor = external_id if trusted else actor_id(channel, external_id)
    if not trusted and not await has_role(services, settings, channel, external_id, "support"):
        await services.audit.record(
            actor, "denied", "ticket.reply", {"role": "support", "via": via}, now
        )
        return StaffReply("denied")
    ticket = await services.tickets.get(ticket_id)
    if ticket is None:
        return StaffReply("missing")
    if ticket.state == "closed":
        return StaffReply("closed", ticket)
    message = await services.tickets.add_message(
        ticket.id, "out", actor, text, now, media=media, source=source
    )
    await services.tickets.answered(ticket.id, now)
    first = ticket.first_response_at is None
    await services.audit.record(
        actor, "ticket.reply", f"ticket:{ticket.id}", {"via": via, "first": first}, now
    )
    if notify:
        await services.notifications.queue(
            ticket.user_id,
            "support-reply",
            to_json({"number": ticket.id, "text": answer_text(settings, ticket.locale, text)}),
            now,
        )
    refreshed = await services.tickets.get(ticket.id)
    return StaffReply("sent", refreshed, message)


async def close(
    services: Repositories,
    settings: Settings,
    ticket: TicketRecord,
    *,
    actor: str,
    by_staff: bool,
    now: datetime,
) -> None:
    """Close a ticket (staff or the influencer); the influencer is asked for a 1-5 rating."""
    await services.tickets.set_state(ticket.id, "closed", now, closed_by=actor)
    await services.audit.record(
        actor, "ticket.close", f"ticket:{ticket.id}", {"by": "staff" if by_staff else "user"}, now
    )
    if by_staff:
        await services.notifications.queue(
            ticket.user_id,
            "support-closed",
            {
                "number": ticket.id,
                "_offer": rating_offer(ticket.id),
            },
            now,
        )
    else:
        await _queue_desks(
            services, settings, ticket, NOTE, {"note": "support-desk-closed-by-user"}, now
        )


def answer_text(settings: Settings, locale: str, text: str | None) -> str | Msg:
    """What the influencer reads of a staff answer: the text as written, or a prepared answer
    (``faq:payouts``) in their own language, rendered when it is delivered."""
    topic = prepared_topic(text)
    if topic is None:
        return text or ""
    return msg(f"faq-answer-{topic}", **answer_args(settings, locale))


def rating_offer(ticket_id: int) -> dict[str, Any]:
    """The 1-5 buttons (and Reopen) under a closed ticket's notice."""
    choices = [[f"{ticket_id}.{r}", "support-rate-choice", {"stars": r}] for r in RATINGS]
    choices.append([f"{ticket_id}.reopen", "support-reopen-choice", {}])
    return {"scope": list(RATE_SCOPE), "choices": choices}


async def rate(
    services: Repositories,
    settings: Settings,
    ticket: TicketRecord,
    rating: int,
    *,
    actor: str,
    now: datetime,
) -> bool:
    """The influencer's rating of a closed ticket, once; staff see it in the topic."""
    if rating not in RATINGS or not await services.tickets.rate(ticket.id, rating, now):
        return False
    await services.audit.record(
        actor, "ticket.rate", f"ticket:{ticket.id}", {"rating": rating}, now
    )
    await _queue_desks(
        services, settings, ticket, NOTE, {"note": "support-desk-rated", "rating": rating}, now
    )
    return True


async def median_first_response(services: Repositories, now: datetime) -> timedelta | None:
    """The median time tickets of the last 30 days waited for their first answer."""
    times = await services.tickets.first_response_times(now - RESPONSE_SPAN)
    if not times:
        return None
    return timedelta(seconds=statistics.median(t.total_seconds() for t in times))


async def may_support(
    services: Repositories, settings: Settings, channel: str, external_id: str
) -> bool:
    """Whether this account may answer tickets now (support, admin or owner)."""
    return await has_role(services, settings, channel, external_id, "support")


__all__ = [
    "DESKS",
    "FORWARD",
    "NOTE",
    "StaffReply",
    "add_user_message",
    "close",
    "is_staff",
    "median_first_response",
    "open_ticket",
    "rate",
    "staff_reply",
]

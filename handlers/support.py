"""Support: an influencer asks a person (``/support``), staff answer in chat (``/tickets``,
``/reply``, ``/close``), in a staff place (Telegram forum topic, Discord private thread) or from
the command line. The rules live in bot/services/support.py; this module holds the dialogue.

While a ticket is open, whatever the influencer types goes to it (and to the staff desk), so a
conversation with a person is never interrupted by the bot's own answers.
"""

from __future__ import annotations

from bot.core.auth import actor_id, is_staff, require_role
from bot.core.flow import Flow, Reply, Router, Turn, joined, msg
from bot.core.inputs import ChoiceOption, Text
from bot.core.message_args import Msg
from bot.services import support as desk
from storage.tickets import TicketRecord

support = Flow("support")
OFFER_SCOPE = ("support", "offer")
DRAFT = "support_draft"  # session data: the text nothing understood, for "Ask a person"
MESSAGE_MAX = 2000
LIST_LIMIT = 20


def _actor(turn: Turn) -> str:
    return actor_id(turn.identity.channel, turn.identity.external_id)


async def open_command(turn: Turn) -> Reply:
    """/support [question]: a ticket with the question, or first ask for it."""
    active = await turn.services.tickets.active_for_user(turn.user.id)
    if active:
        return turn.say("support-already-open", number=active[0].id).again()
    text = turn.incoming.args.strip()
    if text:
        return await _open(turn, text[:MESSAGE_MAX])
    return await turn.start(support)


@support.step(start=True)
async def ask(turn: Turn) -> Reply:
    return turn.ask(
        "support-ask",
        input=Text(min=2, max=MESSAGE_MAX),
        choices=["salecheck"],
        next=describe,
    )


@support.step
async def describe(turn: Turn) -> Reply:
    if turn.choice == "salecheck":  # "why wasn't my sale tracked?" first (handlers/sale_check)
        from handlers.sale_check import salecheck

        return await turn.start(salecheck)
    await _open(turn, str(turn.value))
    return turn.reply.end()


async def _open(turn: Turn, text: str) -> Reply:
    ticket = await desk.open_ticket(
        turn.services,
        turn.settings,
        user_id=turn.user.id,
        channel=turn.identity.channel,
        external_id=turn.identity.external_id,
        chat_id=turn.incoming.chat_id,
        locale=turn.locale,
        text=text,
        now=turn.now,
        media=turn.incoming.media,
        source=_source(turn),
    )
    return turn.say("support-opened", number=ticket.id)


def _source(turn: Turn) -> str | None:
    """The platform message, for a desk that can copy it with its photo or document."""
    ref = turn.incoming.message_ref
    if not ref:
        return None
    return f"{turn.identity.channel}:{turn.incoming.chat_id}:{ref}"


async def ticket_intent(turn: Turn) -> Reply | None:
    """Typed text while a ticket is open goes to it (and to the staff desk)."""
    text = turn.incoming.text
    if text is None:
        return None
    active = await turn.services.tickets.active_for_user(turn.user.id)
    if not active:
        return None
    ticket = active[0]
    await desk.add_user_message(
        turn.services,
        turn.settings,
        ticket,
        channel=turn.identity.channel,
        external_id=turn.identity.external_id,
        chat_id=turn.incoming.chat_id,
        text=text[:MESSAGE_MAX],
        now=turn.now,
        media=turn.incoming.media,
        source=_source(turn),
    )
    return turn.say("support-added", number=ticket.id)


async def unmatched(turn: Turn) -> Reply | None:
    """Typed text that nothing else understood: the usual answer, with "Ask a person" under
    it; pressing it opens a ticket with that text (the last of the intents)."""
    text = (turn.incoming.text or "").strip()
    if len(text) < 2:
        return None
    turn.data[DRAFT] = text[:MESSAGE_MAX]
    return turn.reply.offer(
        "not-understood",
        scope=OFFER_SCOPE,
        choices=[ChoiceOption("ask", "faq-offer-person.ask")],
    )


async def offer_action(turn: Turn) -> Reply:
    """ "Ask a person" under a message the bot did not understand."""
    draft = turn.data.pop(DRAFT, None)
    active = await turn.services.tickets.active_for_user(turn.user.id)
    if active:
        return turn.say("support-already-open", number=active[0].id).again()
    if isinstance(draft, str) and draft:
        return (await _open(turn, draft)).again()
    return await turn.start(support)


async def rate_action(turn: Turn) -> Reply:
    """The buttons under a closed ticket: 1-5 stars, or reopen it."""
    number, _, choice = (turn.choice or "").partition(".")
    ticket = await turn.services.tickets.get(int(number)) if number.isdigit() else None
    if ticket is None or ticket.user_id != turn.user.id:
        return turn.say("button-stale").again()
    if choice == "reopen":
        if ticket.state != "closed":
            return turn.say("support-already-open", number=ticket.id).again()
        await desk.add_user_message(
            turn.services,
            turn.settings,
            ticket,
            channel=turn.identity.channel,
            external_id=turn.identity.external_id,
            chat_id=turn.incoming.chat_id,
            text=None,
            now=turn.now,
        )
        return turn.say("support-reopened", number=ticket.id).again()
    if not choice.isdigit() or not await desk.rate(
        turn.services, turn.settings, ticket, int(choice), actor=_actor(turn), now=turn.now
    ):
        return turn.say("support-rate-once").again()
    return turn.say("support-rated", stars=int(choice)).again()


# --- staff ---------------------------------------------------------------------------------


async def tickets_command(turn: Turn) -> Reply:
    """/tickets: the open queue, oldest first; /tickets N shows one with its messages."""
    if not await require_role(turn, "support", "ticket.list"):
        return turn.reply
    args = turn.incoming.args.strip()
    if args.lstrip("#").isdigit():
        return await _show(turn, int(args.lstrip("#")))
    tickets = await turn.services.tickets.listing(limit=LIST_LIMIT)
    if not tickets:
        return turn.say("support-list-empty").again()
    items = [_line(ticket) for ticket in tickets]
    return turn.say("support-list", count=len(tickets), tickets=joined(items, "\n")).again()


def _line(ticket: TicketRecord) -> Msg:
    return msg(
        "support-list-item",
        number=ticket.id,
        state=msg("support-state", state=ticket.state),
        locale=ticket.locale,
        channel=ticket.channel,
        subject=ticket.subject[:80],
    )


async def _show(turn: Turn, number: int) -> Reply:
    ticket = await turn.services.tickets.get(number)
    if ticket is None:
        return turn.say("support-no-ticket", number=number).again()
    lines = [
        msg(
            "support-show-message",
            who=msg("support-author", direction=message.direction, author=message.author),
            text=message.text or msg("support-media", media=message.media or "none"),
        )
        for message in await turn.services.tickets.messages(ticket.id)
    ]
    return turn.say("support-show", ticket=_line(ticket), messages=joined(lines, "\n")).again()


async def reply_command(turn: Turn) -> Reply:
    """/reply N text: the answer reaches the influencer on their platform."""
    number, _, text = turn.incoming.args.strip().partition(" ")
    number = number.lstrip("#")
    if not await require_role(turn, "support", "ticket.reply"):
        return turn.reply
    if not number.isdigit() or not text.strip():
        return turn.say("support-reply-usage").again()
    result = await desk.staff_reply(
        turn.services,
        turn.settings,
        channel=turn.identity.channel,
        external_id=turn.identity.external_id,
        ticket_id=int(number),
        text=text.strip(),
        now=turn.now,
    )
    return turn.say(_outcome(result.outcome), number=int(number)).again()


def _outcome(outcome: str) -> str:
    return {
        "sent": "support-reply-sent",
        "missing": "support-no-ticket",
        "closed": "support-ticket-closed",
    }.get(outcome, "support-no-ticket")


async def close_command(turn: Turn) -> Reply:
    """/close N (staff) or /close (the influencer's own open ticket)."""
    args = turn.incoming.args.strip().lstrip("#")
    services = turn.services
    staff = await is_staff(
        services, turn.settings, turn.identity.channel, turn.identity.external_id
    )
    if args and staff:
        if not await require_role(turn, "support", "ticket.close"):
            return turn.reply
        ticket = await services.tickets.get(int(args)) if args.isdigit() else None
        if ticket is None:
            return turn.say("support-no-ticket", number=args).again()
        if ticket.state == "closed":
            return turn.say("support-ticket-closed", number=ticket.id).again()
        await desk.close(
            services, turn.settings, ticket, actor=_actor(turn), by_staff=True, now=turn.now
        )
        return turn.say("support-closed-staff", number=ticket.id).again()
    active = await services.tickets.active_for_user(turn.user.id)
    if not active:
        return turn.say("support-none-open").again()
    ticket = active[0]
    await desk.close(
        services, turn.settings, ticket, actor=_actor(turn), by_staff=False, now=turn.now
    )
    return turn.reply.offer(
        "support-closed-self",
        scope=desk.RATE_SCOPE,
        choices=_rating_choices(ticket.id),
        number=ticket.id,
    )


def _rating_choices(ticket_id: int) -> list[ChoiceOption]:
    return [
        ChoiceOption(key, label, dict(args))
        for key, label, args in desk.rating_offer(ticket_id)["choices"]
        if not key.endswith(".reopen")
    ]


def register(router: Router) -> None:
    router.command("support")(open_command)
    router.add_flow(support)
    router.action(*desk.RATE_SCOPE)(rate_action)
    router.action(*OFFER_SCOPE)(offer_action)
    router.command("tickets", menu=False)(tickets_command)
    router.command("reply", menu=False)(reply_command)
    router.command("close", menu=False)(close_command)
    # Before every other intent but an applicant's answer (handlers/review.py inserts that
    # first after this): a conversation with a person is not interrupted by the bot.
    router.intents.insert(0, ticket_intent)

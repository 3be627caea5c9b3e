"""``/block <account> [reason]`` and ``/unblock <account>``: support staff stop someone who
abuses the bot. A blocked user's messages are dropped (they are told once, by bot/core/gate.py),
their open tickets are closed, and broadcasts skip them. Everything is in the audit log."""

from __future__ import annotations

from bot.core.auth import actor_id, parse_account, require_role
from bot.core.flow import Reply, Router, Turn

REASON_LENGTH = 500


async def _target(turn: Turn, account: str) -> tuple[str, int] | Reply:
    """The account's name and its user, or the answer saying why not."""
    try:
        channel, external_id = parse_account(account, turn.identity.channel)
    except ValueError:
        return turn.say("staff-bad-account", account=account).again()
    identity = await turn.services.users.identity(channel, external_id)
    if identity is None:
        return turn.say("abuse-unknown-account", account=actor_id(channel, external_id)).again()
    return actor_id(channel, external_id), identity.user_id


async def block(turn: Turn) -> Reply:
    if not await require_role(turn, "support", "user.block"):
        return turn.reply
    account, _, why = turn.incoming.args.strip().partition(" ")
    if not account:
        return turn.say("abuse-block-usage").again()
    found = await _target(turn, account)
    if isinstance(found, Reply):
        return found
    name, user_id = found
    if user_id == turn.user.id:
        return turn.say("abuse-not-yourself").again()
    services, actor = turn.services, actor_id(turn.identity.channel, turn.identity.external_id)
    reason = why.strip()[:REASON_LENGTH] or None
    if not await services.abuse.block(user_id, reason, actor, turn.now):
        return turn.say("abuse-already-blocked", account=name).again()
    closed = []
    for ticket in await services.tickets.active_for_user(user_id):
        await services.tickets.set_state(ticket.id, "closed", turn.now, closed_by=actor)
        await services.audit.record(
            actor,
            "ticket.close",
            f"ticket:{ticket.id}",
            {"by": "staff", "why": "blocked"},
            turn.now,
        )
        closed.append(ticket.id)
    await services.audit.record(
        actor, "user.block", name, {"reason": reason or "", "tickets_closed": closed}, turn.now
    )
    return turn.say("abuse-blocked-done", account=name, tickets=len(closed)).again()


async def unblock(turn: Turn) -> Reply:
    if not await require_role(turn, "support", "user.unblock"):
        return turn.reply
    account = turn.incoming.args.strip()
    if not account:
        return turn.say("abuse-unblock-usage").again()
    found = await _target(turn, account)
    if isinstance(found, Reply):
        return found
    name, user_id = found
    if not await turn.services.abuse.unblock(user_id):
        return turn.say("abuse-not-blocked", account=name).again()
    actor = actor_id(turn.identity.channel, turn.identity.external_id)
    await turn.services.audit.record(actor, "user.unblock", name, {}, turn.now)
    return turn.say("abuse-unblocked-done", account=name).again()


def register(router: Router) -> None:
    router.command("block", menu=False)(block)
    router.command("unblock", menu=False)(unblock)

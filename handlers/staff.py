"""Staff roles in chat: /grant and /revoke (owners), /staff (any member of staff).

None of these is in a platform's command menu, and to anyone without a staff role they answer
exactly like a command that does not exist (see bot/core/auth.py). On Discord they are typed in
a direct message with the bot. The command line has the same: ``python -m bot grant-role``.
"""

from __future__ import annotations

from bot.core.auth import (
    ROLES,
    actor_id,
    has_role,
    is_owner,
    parse_account,
    require_owner,
    require_staff,
)
from bot.core.flow import Reply, Router, Turn, joined, msg
from bot.services.roles import change_role


async def _grant_or_revoke(turn: Turn, *, grant: bool) -> Reply:
    action = "role.grant" if grant else "role.revoke"
    if not await require_owner(turn, action):
        return turn.reply
    parts = turn.incoming.args.split()
    if len(parts) != 2:
        return turn.say("staff-grant-usage" if grant else "staff-revoke-usage").again()
    account, role = parts[0], parts[1].lower()
    try:
        channel, external_id = parse_account(account, turn.identity.channel)
    except ValueError:
        return turn.say("staff-bad-account", account=account).again()
    if role not in ROLES:
        return turn.say("staff-bad-role", role=parts[1]).again()
    changed = await change_role(
        turn.services,
        turn.settings,
        actor=actor_id(turn.identity.channel, turn.identity.external_id),
        channel=channel,
        external_id=external_id,
        role=role,
        grant=grant,
        now=turn.now,
    )
    if grant:
        message = "staff-granted" if changed else "staff-grant-exists"
    else:
        message = "staff-revoked" if changed else "staff-revoke-missing"
    return turn.say(
        message, account=actor_id(channel, external_id), role=msg("staff-role", role=role)
    ).again()


async def grant(turn: Turn) -> Reply:
    """/grant <account> <role>"""
    return await _grant_or_revoke(turn, grant=True)


async def revoke(turn: Turn) -> Reply:
    """/revoke <account> <role>"""
    return await _grant_or_revoke(turn, grant=False)


async def overview(turn: Turn) -> Reply:
    """/staff: one's own roles and the staff commands; owners and admins also see every grant."""
    if not await require_staff(turn, "staff.list"):
        return turn.reply
    channel, external_id = turn.identity.channel, turn.identity.external_id
    staff = turn.services.staff
    own = await staff.roles_of(channel, external_id)
    owner = is_owner(turn.settings, channel, external_id)
    labels = [msg("staff-role", role=role) for role in (["owner"] if owner else []) + own]
    turn.say("staff-overview", roles=joined(labels, ", "))
    if await has_role(turn.services, turn.settings, channel, external_id, "support"):
        await support_summary(turn)
    if owner or "admin" in own:
        grants = [
            msg(
                "staff-list-item",
                account=actor_id(g.channel, g.external_id),
                role=msg("staff-role", role=g.role),
                date=g.granted_at.date(),
                by=g.granted_by,
            )
            for g in await staff.all()
        ]
        turn.say(
            "staff-list",
            owners=", ".join(turn.settings.owner_ids) or msg("staff-list-none"),
            grants=joined(grants, "\n") if grants else msg("staff-list-none"),
        )
    return turn.reply.again()


async def support_summary(turn: Turn) -> None:
    """Open tickets and the median first response, for those who answer them."""
    from bot.services.support import median_first_response

    services = turn.services
    median = await median_first_response(services, turn.now)
    turn.say(
        "staff-support-summary",
        open=await services.tickets.count(),
        median=msg("staff-support-no-median")
        if median is None
        else msg("staff-support-minutes", minutes=max(1, round(median.total_seconds() / 60))),
    )


def register(router: Router) -> None:
    router.command("grant", menu=False)(grant)
    router.command("revoke", menu=False)(revoke)
    router.command("staff", menu=False)(overview)

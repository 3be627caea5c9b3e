"""Set-up of a community server by its admins or the programme's owners and admins: where
announcements go (per language), which role approved influencers get, and where staff answer
support tickets (one private thread per ticket). Every change is in
the audit log."""

from __future__ import annotations

from bot.core.auth import actor_id, has_role
from bot.core.flow import Reply, Router, Turn
from bot.core.i18n import SUPPORTED_LOCALES


async def audit(turn: Turn, staff: bool) -> None:
    """A change of a server's set-up, in the audit log: who, which server, what."""
    incoming = turn.incoming
    details = {k: v for k, v in incoming.options.items() if k != "subcommand"}
    await turn.services.audit.record(
        actor_id(incoming.channel, incoming.user_id),
        f"setup.{incoming.options.get('subcommand')}",
        actor_id(incoming.channel, incoming.server_id or ""),
        {**details, "as": "staff" if staff else "server admin"},
        turn.now,
    )


async def setup(turn: Turn) -> Reply:
    incoming = turn.incoming
    if incoming.server_id is None:
        return turn.say("setup-needs-server")
    staff = await has_role(
        turn.services, turn.settings, incoming.channel, incoming.user_id, "admin"
    )
    if not (incoming.server_admin or staff):
        return turn.say("setup-forbidden")
    options = incoming.options
    communities = turn.services.communities
    what = options.get("subcommand")
    if what == "announcements" and options.get("channel_id"):
        language = options.get("language") or None
        if language is not None and language not in SUPPORTED_LOCALES:
            return turn.say("setup-bad-language")
        await communities.set_announcement_channel(
            incoming.channel,
            incoming.server_id,
            language,
            options["channel_id"],
            incoming.user_id,
            turn.now,
        )
        await audit(turn, staff)
        return turn.say(
            "setup-announcements-done",
            channel=options.get("channel_name") or options["channel_id"],
            language=turn.t(f"language-name-{language}")
            if language
            else turn.t("setup-all-languages"),
        )
    if what == "role" and options.get("role_id"):
        await communities.set_approved_role(
            incoming.channel, incoming.server_id, options["role_id"], incoming.user_id, turn.now
        )
        await audit(turn, staff)
        return turn.say("setup-role-done", role=options.get("role_name") or options["role_id"])
    if what == "support" and options.get("channel_id"):
        await turn.services.support_desks.set(
            incoming.channel,
            incoming.server_id,
            options["channel_id"],
            actor_id(incoming.channel, incoming.user_id),
            turn.now,
        )
        await audit(turn, staff)
        return turn.say(
            "setup-support-done", channel=options.get("channel_name") or options["channel_id"]
        )
    return turn.say("setup-usage")


def register(router: Router) -> None:
    router.command("setup", menu=False)(setup)

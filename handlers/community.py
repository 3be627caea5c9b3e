"""Set-up of a community server by its admins or the programme's owners: where announcements
go (per language) and which role approved influencers get."""

from __future__ import annotations

from bot.core.auth import is_owner
from bot.core.flow import Reply, Router, Turn
from bot.core.i18n import SUPPORTED_LOCALES


async def setup(turn: Turn) -> Reply:
    incoming = turn.incoming
    if incoming.server_id is None:
        return turn.say("setup-needs-server")
    if not (incoming.server_admin or is_owner(turn.settings, incoming.channel, incoming.user_id)):
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
        return turn.say("setup-role-done", role=options.get("role_name") or options["role_id"])
    return turn.say("setup-usage")


def register(router: Router) -> None:
    router.command("setup", menu=False)(setup)

"""/help and /cancel: available in every state of every conversation."""

from __future__ import annotations

from bot.core.flow import Reply, Router, Turn


async def show_help(turn: Turn) -> Reply:
    """Help, then the open question again so the user knows where they are."""
    return turn.say(
        "help",
        programme=turn.settings.programme_name,
        support=turn.settings.support_contact,
    ).again()


async def cancel(turn: Turn) -> Reply:
    """Stop the open conversation; its answers so far are forgotten, and the reply says so."""
    if turn.flow is None:
        return turn.say("nothing-to-cancel")
    if turn.root_flow == "onboarding":  # also in its channel sub-flow: all of it ends
        return turn.say("cancelled-onboarding").end()
    return turn.say("cancelled").end()


def register(router: Router) -> None:
    router.command("help")(show_help)
    router.command("cancel")(cancel)

"""/language: pick the language; the open question is asked again in it."""

from __future__ import annotations

from bot.core.flow import Reply, Router, Turn
from bot.core.i18n import SUPPORTED_LOCALES
from bot.core.inputs import ChoiceOption

SCOPE = ("language", "set")


def language_choices() -> list[ChoiceOption]:
    return [ChoiceOption(code, f"language-name-{code}") for code in SUPPORTED_LOCALES]


async def choose_language(turn: Turn) -> Reply:
    return turn.reply.offer("language-choose", scope=SCOPE, choices=language_choices())


async def set_language(turn: Turn) -> Reply:
    """A button of /language: the choice comes from the client, so check it."""
    if turn.choice not in SUPPORTED_LOCALES:
        return turn.say("button-stale")
    await turn.services.users.set_locale(turn.user.id, turn.choice)
    turn.locale = turn.choice
    return turn.say("language-set").again()


def register(router: Router) -> None:
    router.command("language")(choose_language)
    router.action(*SCOPE)(set_language)

"""A queued notification as a message to render: its stored arguments, and buttons when it
carries an ``_offer`` (a closed ticket's rating buttons, say), routed to a global action."""

from __future__ import annotations

from typing import Any

from bot.core.flow import Message
from bot.core.inputs import ChoiceOption
from bot.core.message_args import from_json

OFFER = "_offer"


def notice_message(message_id: str, args: dict[str, Any]) -> Message:
    """Stored (JSON) arguments, decoded; ``args[_offer]`` = {"scope": [flow, step], "choices":
    [[key, label id, label args]]}."""
    rest = from_json({key: value for key, value in args.items() if key != OFFER})
    offer = args.get(OFFER)
    if not isinstance(offer, dict):
        return Message(message_id, rest)
    flow, step = offer["scope"]
    choices = [
        ChoiceOption(str(key), str(label), from_json(extra))
        for key, label, extra in offer["choices"]
    ]
    return Message(message_id, rest, choices, scope=(str(flow), str(step)))

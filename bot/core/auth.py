"""Who may do what. Deny by default: a staff step asks here, whatever the client sent."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.settings import Settings


def is_owner(settings: Settings, channel: str, user_id: str) -> bool:
    """An owner of the programme, named in ``BOT_OWNER_IDS`` as ``channel:id``."""
    return f"{channel}:{user_id}" in settings.owner_ids

"""Before a turn is routed: a user staff blocked is told once and then ignored; a user over
the rate limit (``BOT_RATE_LIMIT_MESSAGES`` per ``BOT_RATE_LIMIT_WINDOW_SECONDS``) is told to
slow down once, then ignored until the window ends (a blocked user's messages count too, as
the block is read by the counting statement; unblocking starts a fresh window). Staff are not
limited. A blocked user still has their privacy rights (GDPR arts. 15 and 17): /privacy,
/export and /delete, with its confirmation, pass the block (not the rate limit).

Kept apart from the engine so the checks stay in one small place; the engine asks here first.
"""

from __future__ import annotations

import math
from datetime import timedelta
from typing import TYPE_CHECKING

from bot.core.auth import is_staff

if TYPE_CHECKING:
    from bot.core.flow import Turn

PRIVACY_COMMANDS = frozenset({"privacy", "export", "delete"})
PRIVACY_FLOWS = frozenset({"erasure"})  # handlers/privacy.py: the confirmation of /delete


async def admitted(turn: Turn) -> bool:
    """Whether the turn goes on; when not, the turn holds the one notice to send (or none)."""
    services, settings = turn.services, turn.settings
    user_id = turn.user.id
    limit = settings.rate_limit_messages
    window = timedelta(seconds=settings.rate_limit_window_seconds)
    # With a rate limit, one statement counts the message and says whether the user is blocked.
    count = await services.abuse.count(user_id, turn.now, window) if limit > 0 else None
    if count is not None:
        block_noticed = count.block_noticed
    else:
        block = await services.abuse.blocked(user_id)
        block_noticed = None if block is None else block.noticed
    rights = turn.incoming.command in PRIVACY_COMMANDS or turn.reply.flow in PRIVACY_FLOWS
    if block_noticed is not None and not rights:
        if not block_noticed:
            await services.abuse.mark_noticed(user_id)
            turn.say("abuse-blocked", contact=settings.support_contact)
        return False
    if count is None or count.count <= limit:
        return True
    channel, external_id = turn.identity.channel, turn.identity.external_id
    if await is_staff(services, settings, channel, external_id):
        return True
    if not count.warned:
        await services.abuse.warned(user_id)
        seconds = max(1, math.ceil((count.ends_at - turn.now).total_seconds()))
        turn.say("abuse-slow-down", seconds=seconds)
    return False

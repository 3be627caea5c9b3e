"""Notifications that gather: a digest collects changes into one held message per user, so
someone whose sales change often hears of them in one message an hour at most rather than one
per change. The outbox itself (and its delivery) is ``storage.notifications``."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from storage.repositories import Repositories

# A digest is held this long after its first change, so a batch of changes (a shop's nightly
# confirmations, a CSV import) makes one message; and is sent at most once per SPACING.
GATHER = timedelta(minutes=5)
SPACING = timedelta(hours=1)
# A digest this close to being due may be in the hands of the sender: never append to it then.
IN_FLIGHT = timedelta(minutes=1)
MAX_ITEMS = 20  # past that, "and N more changes" (a message must stay readable and short)


async def gather(
    repos: Repositories,
    user_id: int,
    message_id: str,
    items: Sequence[dict[str, Any]],
    now: datetime,
    *,
    trailer: dict[str, Any] | None = None,
    trailer_id: str | None = None,
    more_id: str | None = None,
) -> None:
    """Add ``items`` (``{"$msg": ...}`` lines) to the user's held ``message_id`` digest, or
    open one, due after GATHER and at least SPACING after the previous digest was sent.
    ``trailer`` (a closing line, such as what is owed now) replaces any line of
    ``trailer_id``; past MAX_ITEMS lines a ``more_id`` line counts the rest."""
    notifications = repos.notifications
    held = await notifications.held_digest(user_id, message_id, now + IN_FLIGHT)
    special = {trailer_id, more_id} - {None}
    if held is not None:
        lines = [i for i in held.args["changes"]["$list"] if i.get("$msg") not in special]
        more = int(held.args.get("more", 0))
    else:
        lines, more = [], 0
    for item in items:
        if len(lines) < MAX_ITEMS:
            lines.append(item)
        else:
            more += 1
    shown = list(lines)
    if more and more_id:
        shown.append({"$msg": more_id, "args": {"count": more}})
    if trailer:
        shown.append(trailer)
    args = {"changes": {"$list": shown, "separator": "\n"}, "more": more}
    if held is not None:
        await notifications.replace_args(held.id, args)
        return
    previous = await notifications.last_digest(user_id, message_id)
    due = now + GATHER
    if previous is not None and previous + SPACING > due:
        due = previous + SPACING
    await notifications.hold(user_id, message_id, args, now, due)

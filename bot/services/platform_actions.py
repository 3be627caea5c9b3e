"""Performs queued platform actions (storage/platform_actions.py) through the channels that run
in this process: the Discord role of an approved influencer, the Telegram group invite.

Each action is taken (leased) in one short transaction, performed with no transaction open,
and its outcome recorded in another, together with what follows from it (the invite link is
queued as a notification to the influencer, in their language, by the notification outbox).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Protocol

from storage.db import Database
from storage.platform_actions import ActionRecord
from storage.repositories import Repositories

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class ActionResult:
    """What came of one attempt. ``retry``: a transient failure, worth another attempt later.
    ``notify``: a message id and arguments to send the action's user once it succeeded."""

    outcome: str
    retry: bool = False
    notify: tuple[str, dict[str, Any]] | None = None

    @classmethod
    def done(cls, outcome: str, notify: tuple[str, dict[str, Any]] | None = None) -> ActionResult:
        return cls(outcome, notify=notify)

    @classmethod
    def failed(cls, outcome: str, *, retry: bool) -> ActionResult:
        return cls(outcome, retry=retry)


class Performer(Protocol):
    """A channel that can perform its platform's actions."""

    def can_act(self) -> bool:
        """Connected and logged in: an attempt now would not fail for want of a session."""
        ...

    async def perform_action(self, action: ActionRecord) -> ActionResult: ...


class ActionRunner:
    """One pass over the due actions of the channels this process runs."""

    def __init__(
        self,
        database: Database,
        performers: Mapping[str, Performer],
        clock: Callable[[], datetime],
        *,
        lease: timedelta = LEASE,
    ) -> None:
        self.database = database
        self.performers = dict(performers)
        self.clock = clock
        self.lease = lease

    async def run_once(self) -> int:
        """Perform what is due; how many actions were attempted."""
        ready = [name for name, performer in self.performers.items() if performer.can_act()]
        if not ready:
            return 0
        async with self.database.transaction() as session:
            actions = await Repositories(session).platform_actions.take(
                ready, self.clock(), self.lease
            )
        for action in actions:
            try:
                result = await self.performers[action.channel].perform_action(action)
            except Exception as error:  # a bug or an unexpected error: retried, bounded
                log.exception("platform action %s (%s) failed", action.id, action.kind)
                result = ActionResult.failed(f"error: {type(error).__name__}", retry=True)
            await self._record(action, result)
        return len(actions)

    async def _record(self, action: ActionRecord, result: ActionResult) -> None:
        now = self.clock()
        async with self.database.transaction() as session:
            services = Repositories(session)
            finished = await services.platform_actions.finish(
                action.id, result.outcome, now, retry=result.retry
            )
            if result.notify is not None and not result.retry:
                message_id, args = result.notify
                await services.notifications.queue(action.user_id, message_id, args, now)
        if result.retry and finished:
            log.warning(
                "platform action %s (%s) given up after %d attempts: %s",
                action.id,
                action.kind,
                action.attempts,
                result.outcome,
            )

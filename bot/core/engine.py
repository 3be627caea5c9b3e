"""The turn loop: ``await engine.handle(incoming) -> list[Outgoing]``.

dedupe -> lock -> load session -> route -> step -> save, all in one database transaction, so a
crash mid-turn leaves nothing half-done (and the update unclaimed, to be processed again). No
network I/O happens here: the channel sends what this returns after the commit.
"""

from __future__ import annotations

import asyncio
import json
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import partial
from typing import TYPE_CHECKING, Any

from babel import Locale
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError

from bot.core.events import Button, Incoming, Outgoing
from bot.core.flow import Message, Question, Reply, Router, Turn
from bot.core.formatting import format_day, format_money
from bot.core.gate import admitted
from bot.core.group_commit import GroupCommit
from bot.core.i18n import Translator, negotiate
from bot.core.inputs import ChoiceOption, InputError
from bot.core.locks import KeyedLocks
from bot.core.message_args import CountryName, Joined, MessageArg, MessageArgs, Msg
from bot.core.money import Money
from bot.core.notice import notice_message
from bot.core.outbox import decode as decode_replies
from bot.core.outbox import encode as encode_replies
from bot.core.payload import Payload, PayloadError
from bot.core.stack import join as join_stack
from bot.core.stack import split as split_stack
from storage.inbox import StoredUpdate
from storage.repositories import Repositories
from storage.sessions import SessionRecord, StaleSession

if TYPE_CHECKING:
    from bot.settings import Settings
    from storage.db import Database

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MAX_ATTEMPTS = 6
# Between attempts after a concurrent change, a random pause up to this times the attempt
# number: two processes that keep colliding on one conversation fall out of step.
RETRY_PAUSE_S = 0.01
FOREIGN_PRESS = "press.foreign"
# How long the process that made a turn has to deliver its replies before another takes over.
REPLY_LEASE = timedelta(seconds=60)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Engine:
    """Runs every conversation of every channel; holds no conversation state in memory."""

    def __init__(
        self,
        *,
        database: Database,
        translator: Translator,
        router: Router,
        settings: Settings,
        clock: Clock = utc_now,
    ) -> None:
        self.database = database
        self.translator = translator
        self.router = router
        self.settings = settings
        self.clock = clock
        self._locks = KeyedLocks()
        self._delivered: GroupCommit[int, None] = GroupCommit(self._strike_delivered)
        self._stored: GroupCommit[tuple[str, str, dict[str, Any]], bool] = GroupCommit(
            self._store_inbound
        )

    async def handle(self, incoming: Incoming) -> list[Outgoing]:
        """Process one user event exactly once and return the messages to send.

        A bug in a step is answered with a localised apology (the update counts as handled);
        a database that cannot be reached raises ``EngineUnavailable`` so the channel keeps
        the update and tries again later, as nothing of the turn was stored.
        """
        return await self._handle(incoming, self._attempt(incoming))

    async def handle_durably(self, incoming: Incoming) -> Delivery:
        """``handle``, with the replies also written to the reply outbox in the turn's
        transaction: the channel sends them, then calls ``replies_delivered``; if the process
        dies first, they are sent at the next start (``unsent_replies``)."""
        attempt = self._attempt(incoming)
        attempt.durable = True
        replies = await self._handle(incoming, attempt)
        return Delivery(attempt.outbox_id, replies)

    def _attempt(self, incoming: Incoming) -> _Attempt:
        return _Attempt(negotiate(incoming.locale_hint) or self.settings.default_locale)

    async def _handle(self, incoming: Incoming, attempt: _Attempt) -> list[Outgoing]:
        async with self._locks.hold((incoming.channel, incoming.chat_id)):
            for number in range(1, MAX_ATTEMPTS + 1):
                try:
                    return await self._turn(incoming, attempt)
                except (StaleSession, IntegrityError) as error:
                    # Another process changed this conversation meanwhile; redo from fresh state.
                    if number < MAX_ATTEMPTS:
                        log.info("turn retried after concurrent change: %s", type(error).__name__)
                        await asyncio.sleep(random.uniform(0, RETRY_PAUSE_S * number))
                        continue
                    log.exception("turn gave up after %d attempts", number)
                except DBAPIError as error:
                    if _bad_value(error):
                        # A value the database refuses (too long, out of range) is this
                        # update's fault, not an outage: retrying would block the chat for ever.
                        log.warning(
                            "turn on %s chat %s refused by the database (bad value)",
                            incoming.channel,
                            incoming.chat_id,
                        )
                        return [
                            self._render_one(incoming, attempt.locale, Message("error-internal"))
                        ]
                    log.warning("database unavailable: %s", type(error.orig).__name__)
                    raise EngineUnavailable(
                        [self._render_one(incoming, attempt.locale, Message("error-internal"))]
                    ) from error
                except Exception:
                    log.exception(
                        "turn failed on %s chat %s (update %s)",
                        incoming.channel,
                        incoming.chat_id,
                        incoming.update_id,
                    )
                return [self._render_one(incoming, attempt.locale, Message("error-internal"))]
        raise AssertionError("unreachable")

    async def pending_notifications(
        self, channels: Sequence[str], limit: int = 100
    ) -> list[tuple[int, Outgoing | None]]:
        """Queued notifications deliverable through ``channels``, rendered in each user's
        language, with where to send them (None when the user has no reachable identity)."""
        async with self.database.read() as session:
            pending = await Repositories(session).notifications.pending(
                channels, limit, now=self.clock()
            )
        rendered: list[tuple[int, Outgoing | None]] = []
        for item in pending:
            if item.channel is None or item.chat_id is None:
                rendered.append((item.id, None))
                continue
            locale = item.locale or negotiate(item.locale_hint) or self.settings.default_locale
            target = Incoming(channel=item.channel, chat_id=item.chat_id, user_id=item.chat_id)
            message = notice_message(item.message_id, item.args)
            rendered.append((item.id, self._render_one(target, locale, message)))
        return rendered

    async def replies_delivered(self, outbox_id: int) -> None:
        """Strike delivered replies from the outbox; those confirmed together share one
        transaction (bot/core/group_commit.py)."""
        await self._delivered.add(outbox_id)

    async def close(self) -> None:
        """Finish the writes still batched (at shutdown, before the database closes)."""
        await self._delivered.close()
        await self._stored.close()

    async def _strike_delivered(self, outbox_ids: Sequence[int]) -> list[None]:
        async with self.database.transaction() as session:
            await Repositories(session).replies.delivered(outbox_ids)
        return [None] * len(outbox_ids)

    async def replies_failed(self, outbox_id: int) -> None:
        """Not delivered for a reason that may pass: kept, resent once its lease ends."""
        async with self.database.transaction() as session:
            await Repositories(session).replies.failed(outbox_id)

    async def unsent_replies(
        self, channel: str, *, created_before: datetime | None = None
    ) -> list[tuple[int, list[Outgoing]]]:
        """Replies of ``channel`` that their sender never confirmed (it died, or delivery
        failed): those past their lease, and at start-up every one made before it."""
        now = self.clock()
        async with self.database.transaction() as session:
            rows = await Repositories(session).replies.claim(
                channel, now, now + REPLY_LEASE, created_before=created_before
            )
        return [(row.id, decode_replies(row.replies)) for row in rows]

    async def finish_notification(self, notification_id: int, sent: bool) -> None:
        async with self.database.transaction() as session:
            await Repositories(session).notifications.finish(notification_id, sent, self.clock())

    async def prune(self, older_than: datetime) -> None:
        """Forget processed update ids and stored raw updates past any redelivery window."""
        async with self.database.transaction() as session:
            services = Repositories(session)
            await services.updates.prune(older_than)
            await services.inbox.prune(older_than)
            await services.account_links.prune(older_than)
            await services.replies.prune(older_than)

    async def set_reachable(self, channel: str, external_id: str, reachable: bool) -> None:
        """The platform refused delivery (a blocked bot), or the user came back."""
        async with self.database.transaction() as session:
            users = Repositories(session).users
            if reachable:
                await users.mark_reachable(channel, external_id)
            else:
                await users.mark_unreachable(channel, external_id, self.clock())

    async def open_question(
        self, channel: str, chat_id: str, user_id: str, locale_hint: str | None = None
    ) -> Outgoing | None:
        """The question a conversation waits on, rendered again with its buttons (a console
        restarted mid-flow shows it again); None when nothing is open or it has expired."""
        async with self.database.read() as session:
            services = Repositories(session)
            state = await services.sessions.load(channel, chat_id)
            if not state.flow or not state.question:
                return None
            if state.expires_at is not None and state.expires_at <= self.clock():
                return None
            identity = await services.users.identity(channel, user_id)
            user = await services.users.get(identity.user_id) if identity else None
        locale = (
            (user.locale if user else None)
            or negotiate(locale_hint or (identity.locale_hint if identity else None))
            or self.settings.default_locale
        )
        prompt = Question.from_dict(state.question).prompt
        target = Incoming(channel=channel, chat_id=chat_id, user_id=user_id)
        return self._render_one(target, locale, prompt)

    async def refuse_foreign_press(self, incoming: Incoming) -> None:
        """A button pressed by someone other than the chat's own user (a forged callback):
        nothing changes; the attempt is audited."""
        log.warning(
            "press on %s chat %s by another user refused", incoming.channel, incoming.chat_id
        )
        async with self.database.transaction() as session:
            await Repositories(session).audit.record(
                f"{incoming.channel}:{incoming.user_id}",
                FOREIGN_PRESS,
                f"{incoming.channel}:{incoming.chat_id}",
                {"update": incoming.update_id},
                self.clock(),
            )

    async def store_inbound(self, channel: str, update_id: str, payload: dict[str, Any]) -> bool:
        """Keep a raw update before acknowledging it to the platform; False when this id was
        already received. Updates stored at the same time share one transaction."""
        return await self._stored.add((channel, update_id, payload))

    async def _store_inbound(self, items: Sequence[tuple[str, str, dict[str, Any]]]) -> list[bool]:
        async with self.database.transaction() as session:
            return await Repositories(session).inbox.store_many(items, self.clock())

    async def pending_inbound(self, channel: str, limit: int = 100) -> list[StoredUpdate]:
        async with self.database.read() as session:
            return await Repositories(session).inbox.pending(channel, limit)

    @asynccontextmanager
    async def inbound_batch(self, channel: str, limit: int = 100) -> AsyncIterator[InboundBatch]:
        """Unprocessed webhook updates, oldest first, and a way to take their chats for this
        process while the block runs. Several processes behind one webhook URL share the inbox
        (PostgreSQL): a chat is taken with an advisory lock (storage/inbox.py) and its updates
        are read again once taken, so what the chat's previous holder finished (marked before
        its lock went) is not seen again: no update is worked on twice, each chat in order."""
        done = partial(self.mark_inbound_processed, channel)
        if self.database.is_sqlite:
            # No lock to hold: a short read, not a transaction kept open (WAL growth).
            pending = await self.pending_inbound(channel, limit)

            async def take_all(chats: Sequence[str]) -> tuple[set[str], list[StoredUpdate]]:
                return set(chats), pending

            yield InboundBatch(pending, take_all, done)
            return
        async with self.database.transaction() as session:
            inbox = Repositories(session).inbox
            pending = await inbox.pending(channel, limit)

            async def take(chats: Sequence[str]) -> tuple[set[str], list[StoredUpdate]]:
                held = await inbox.hold_chats(channel, chats)
                # A statement after the locks sees what earlier holders committed.
                return held, (await inbox.pending(channel, limit) if held else [])

            yield InboundBatch(pending, take, done)

    async def mark_inbound_processed(self, channel: str, update_ids: Sequence[str]) -> None:
        if not update_ids:
            return
        async with self.database.transaction() as session:
            await Repositories(session).inbox.mark_processed(channel, update_ids, self.clock())

    async def _turn(self, incoming: Incoming, attempt: _Attempt) -> list[Outgoing]:
        now = self.clock()
        attempt.outbox_id = None
        async with self.database.transaction() as session:
            services = Repositories(session)
            if incoming.update_id is not None and not await services.updates.claim(
                incoming.channel, incoming.update_id, now
            ):
                log.info("duplicate update %s on %s dropped", incoming.update_id, incoming.channel)
                return []
            user, identity, state = await services.turn_start.open(
                incoming.channel, incoming.user_id, incoming.chat_id, incoming.locale_hint, now
            )
            locale = (
                user.locale
                or negotiate(incoming.locale_hint or identity.locale_hint)
                or self.settings.default_locale
            )
            attempt.locale = locale
            parents, data = split_stack(state.data)
            turn = Turn(
                incoming=incoming,
                user=user,
                identity=identity,
                locale=locale,
                data=data,
                services=services,
                settings=self.settings,
                now=now,
                flow=state.flow,
                render=self._render_text,
                parents=parents,
                flows=self.router.flows,
            )
            before = _fingerprint(state)
            if await admitted(turn):  # blocked users and rate limits (bot/core/gate.py)
                await self._route(turn, state)
            # The flow talked to and those waiting for it, as the turn left them (stack.py).
            state.data = join_stack(turn.parents, turn.flow, turn.data)
            state.user_id = turn.user.id  # /connect may have moved this identity to another user
            ttl = timedelta(hours=self.settings.session_ttl_hours)
            state.expires_at = now + ttl if state.flow else None
            # A conversation in a flow is saved on every turn (its expiry moves on); one outside
            # any flow only when something changed, so "/help" or a question costs no write.
            # After an erasure nothing is saved: the session was deleted with the person.
            if turn.erased:
                pass
            elif state.flow is not None or _fingerprint(state) != before:
                await services.sessions.save(state, now)
            replies = self._render(turn, state)
            if attempt.durable and replies:
                attempt.outbox_id = await services.replies.add(
                    incoming.channel,
                    incoming.chat_id,
                    encode_replies(replies),
                    now,
                    now + REPLY_LEASE,
                )
            return replies

    async def _route(self, turn: Turn, state: SessionRecord) -> None:
        incoming = turn.incoming
        if state.flow and state.expires_at and state.expires_at <= turn.now:
            self._close(state, turn)
            turn.reply.flow = None
            turn.say("session-expired")
        question = Question.from_dict(state.question) if state.question else None
        if question is not None and question.flow not in self.router.flows:
            self._close(state, turn)
            question = None
        answered = False
        if incoming.command is not None:
            command = self.router.commands.get(incoming.command)
            if command is None:
                turn.say("command-unknown", command=incoming.command).again()
            else:
                await command.handler(turn)
        elif incoming.action is not None:
            answered = await self._press(turn, question, incoming.action)
        elif incoming.text is not None:
            answered = await self._type(turn, question, incoming.text)
        self._apply(turn, state, answered=answered)

    async def _press(self, turn: Turn, question: Question | None, action: str) -> bool:
        """A button press; True when it answered the open question."""
        try:
            payload = Payload.decode(action)
        except PayloadError:
            turn.say("button-stale").again()
            return False
        handler = self.router.actions.get((payload.flow, payload.step))
        if handler is not None:
            turn.choice = turn.value = payload.choice
            await handler(turn)
            return False
        if (
            question is None
            or (question.flow, question.step) != (payload.flow, payload.step)
            or payload.serial != _serial(question.serial)
            or payload.choice not in question.choice_keys()
        ):
            turn.say("button-stale").again()
            return False
        turn.choice = turn.value = payload.choice
        await self._answer(turn, question)
        return True

    async def _type(self, turn: Turn, question: Question | None, text: str) -> bool:
        """Typed text: the answer to the open question, a free-text intent, or not understood."""
        if question is None:
            for intent in self.router.intents:
                if await intent(turn) is not None:
                    return False
            turn.say("not-understood")
            return False
        if question.prompt.choices:
            key = self._match_choice(turn.locale, question, text)
            if key is not None:
                turn.choice = turn.value = key
                await self._answer(turn, question)
                return True
        try:
            turn.value = question.input.parse(text, turn.locale)
        except InputError as error:
            turn.say(error.message_id, **error.args_).again()
            return False
        await self._answer(turn, question)
        return True

    def _match_choice(self, locale: str, question: Question, text: str) -> str | None:
        wanted = text.strip().casefold()
        for choice in question.prompt.choices:
            label = self._label(locale, choice)
            if wanted in (label.casefold(), choice.key.casefold()):
                return choice.key
        return None

    async def _answer(self, turn: Turn, question: Question) -> None:
        turn.reply.flow = question.flow
        step = self.router.flows[question.flow].steps.get(question.step)
        if step is None:
            turn.say("button-stale")
            turn.reply.end()
            return
        await step(turn)

    @staticmethod
    def _close(state: SessionRecord, turn: Turn) -> None:
        """Close the conversation: its flow and every flow waiting for a sub-flow's result."""
        state.flow = None
        state.question = None
        turn.data.clear()
        turn.parents.clear()

    def _apply(self, turn: Turn, state: SessionRecord, *, answered: bool) -> None:
        """Move the session on: a new question opens (or keeps) a flow, an end closes it."""
        reply: Reply = turn.reply
        if reply.question is not None and reply.question.flow != reply.flow:
            # A question of another flow than the one talked to (a command that asks without
            # start()) leaves any sub-flow stack behind, as start() does.
            turn.parents.clear()
        if reply.question is not None:
            # The question's serial is the session version this turn saves, so every asking
            # of a question has its own, and a button from an earlier one is recognised.
            serial = (state.version or 0) + 1
            reply.question.serial = reply.question.prompt.serial = serial
            state.flow = reply.question.flow
            state.question = reply.question.to_dict()
            reply.reprompt = False
        elif reply.ended or (answered and not reply.reprompt):
            # An answered question closes the flow unless the step turned the answer down
            # with ``again()``: then the same question stays open and is asked again.
            self._close(state, turn)
            reply.reprompt = False
        if reply.reprompt and state.question is not None:
            reply.messages.append(Question.from_dict(state.question).prompt)

    def _render(self, turn: Turn, state: SessionRecord) -> list[Outgoing]:
        return [self._render_one(turn.incoming, turn.locale, m) for m in turn.reply.messages]

    def _render_text(self, locale: str, message_id: str, args: MessageArgs) -> str:
        resolved = {key: self._resolve(locale, value) for key, value in args.items()}
        return self.translator.render(locale, message_id, resolved)

    def _resolve(self, locale: str, value: MessageArg) -> str | int | Decimal | Money | date:
        """Typed arguments become what Fluent formats in ``locale`` (docs/architecture.md)."""
        if isinstance(value, Msg):
            return self._render_text(locale, value.message_id, value.args)
        if isinstance(value, CountryName):
            return country_name(locale, value.code)
        if isinstance(value, Joined):
            parts = [self._resolve(locale, item) for item in value.items]
            return value.separator.join(_shown(part, locale) for part in parts)
        return value

    def _label(self, locale: str, choice: ChoiceOption) -> str:
        if isinstance(choice.label, CountryName):
            return country_name(locale, choice.label.code)
        if choice.literal:
            return choice.label
        return self._render_text(locale, choice.label, choice.args)

    def _render_one(self, incoming: Incoming, locale: str, message: Message) -> Outgoing:
        buttons: list[tuple[Button, ...]] = []
        if message.choices and message.scope is not None:
            flow, step = message.scope
            serial = _serial(message.serial)
            rendered = [
                Button(
                    label=self._label(locale, c),
                    payload=Payload(flow, step, c.key, serial).encode(),
                    choice=c.key,
                )
                for c in message.choices
            ]
            buttons.extend(layout(rendered))
        for link in message.links:
            label = self._render_text(link.locale or locale, link.label, {})
            buttons.append((Button(label, url=link.url),))
        question_input = None
        if message.scope is not None and not message.choices:
            question_input = "text"
        return Outgoing(
            channel=incoming.channel,
            chat_id=incoming.chat_id,
            text=self._render_text(locale, message.message_id, message.args),
            message_id=message.message_id,
            args=dict(message.args),
            buttons=tuple(buttons),
            locale=locale,
            input_kind=question_input,
            attachment=message.attachment,
        )


class EngineUnavailable(Exception):
    """The database could not be used; nothing of the turn was stored, so it can be retried.

    ``replies`` hold a localised apology for channels that cannot retry (a Discord interaction).
    """

    def __init__(self, replies: list[Outgoing]) -> None:
        super().__init__("the engine's database is unavailable")
        self.replies = replies


@dataclass
class _Attempt:
    """What a failed turn still knows: the language to apologise in; and for a durable turn,
    the reply outbox row its replies were written to."""

    locale: str
    durable: bool = False
    outbox_id: int | None = None


@dataclass(frozen=True, slots=True)
class InboundBatch:
    """Stored webhook updates. ``take(chats)``: the chats this process may process until the
    batch ends, and the unprocessed updates read again after taking them; ``done(ids)`` marks
    updates processed (committed at once, before the chats are let go)."""

    updates: list[StoredUpdate]
    take: Callable[[Sequence[str]], Awaitable[tuple[set[str], list[StoredUpdate]]]]
    done: Callable[[Sequence[str]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class Delivery:
    """A durable turn's replies and their outbox row (None: nothing to confirm)."""

    outbox_id: int | None
    replies: list[Outgoing]


def _bad_value(error: DBAPIError) -> bool:
    """The database refused a value (SQLSTATE class 22, "data exception"), as opposed to
    being unreachable; asyncpg's errors reach SQLAlchemy as a generic DBAPIError."""
    if isinstance(error, DataError):
        return True
    state = getattr(error.orig, "sqlstate", None) or getattr(error.orig, "pgcode", None)
    return isinstance(state, str) and state.startswith("22")


def _serial(number: int) -> str:
    """A question's serial, short (base 36) for the 64-byte payload; empty for none."""
    if number <= 0:
        return ""
    digits = ""
    while number:
        number, rest = divmod(number, 36)
        digits = "0123456789abcdefghijklmnopqrstuvwxyz"[rest] + digits
    return digits


def _shown(part: str | int | Decimal | Money | date, locale: str) -> str:
    """One resolved item of a ``Joined`` argument as text."""
    if isinstance(part, Money):
        return format_money(part, locale)
    if isinstance(part, date):
        return format_day(part, locale)
    return str(part)


def country_name(locale: str, code: str) -> str:
    """A country's name in ``locale`` from CLDR, or its code when CLDR has none."""
    return str(Locale.parse(locale).territories.get(code, code))


def _fingerprint(state: SessionRecord) -> str:
    return json.dumps([state.flow, state.question, state.data], sort_keys=True, default=str)


def layout(buttons: list[Button]) -> list[tuple[Button, ...]]:
    """Short labels share a row (two, or three when tiny); long ones get a row each."""
    longest = max((len(b.label) for b in buttons), default=0)
    per_row = 3 if longest <= 8 else 2 if longest <= 18 else 1
    return [tuple(buttons[i : i + per_row]) for i in range(0, len(buttons), per_row)]

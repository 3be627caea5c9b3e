"""Test helpers: a scripted chat against the real engine, a settable clock, database setup."""

from __future__ import annotations

import itertools
import re
from collections.abc import Awaitable, Generator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from bot.core.engine import Engine
from bot.core.events import Button, Incoming, Outgoing
from storage.db import Database
from storage.models import Identity, Influencer

LOCALES = ("en", "ru", "fr", "es", "pl")
_update_ids = itertools.count(1)


def normalise(text: str) -> str:
    """Babel puts U+00A0 / U+202F in fr, ru and pl numbers; compare with plain spaces."""
    return re.sub(r"[\u00a0\u202f]", " ", text)


@dataclass
class Clock:
    """A clock the test moves by hand."""

    now: datetime = field(default_factory=lambda: datetime(2026, 11, 25, 12, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Replies(list[Outgoing]):
    """What the bot answered to one message."""

    @property
    def ids(self) -> list[str]:
        return [o.message_id for o in self]

    @property
    def last(self) -> Outgoing:
        assert self, "the bot did not answer"
        return self[-1]

    def text(self) -> str:
        return "\n\n".join(normalise(o.text) for o in self)


class Exchange:
    """``await chat.send(x)`` gives the replies; ``await chat.send(x).expect(ids)`` checks them."""

    def __init__(self, coro: Awaitable[Replies]) -> None:
        self._coro = coro

    def __await__(self) -> Generator[Any, None, Replies]:
        return self._coro.__await__()

    async def expect(self, *message_ids: str, then: str | None = None) -> Replies:
        replies = await self._coro
        wanted = [*message_ids, *([then] if then else [])]
        assert replies.ids == wanted, f"expected {wanted}, got {replies.ids}:\n{replies.text()}"
        return replies


class Chat:
    """One user talking to the engine, as a channel adapter would."""

    def __init__(
        self,
        engine: Engine,
        *,
        user_id: str = "1001",
        locale: str | None = "en",
        channel: str = "console",
    ) -> None:
        self.engine = engine
        self.user_id = user_id
        self.locale = locale
        self.channel = channel
        self.history: list[Replies] = []

    @property
    def last(self) -> Replies:
        return self.history[-1]

    def buttons(self) -> Sequence[Button]:
        for replies in reversed(self.history):
            for outgoing in reversed(replies):
                if outgoing.buttons:
                    return outgoing.all_buttons
        return ()

    async def _run(self, incoming: Incoming) -> Replies:
        replies = Replies(await self.engine.handle(incoming))
        self.history.append(replies)
        return replies

    def incoming(self, text: str, *, update_id: str | None = None) -> Incoming:
        return Incoming.from_text(
            self.channel,
            self.user_id,
            self.user_id,
            text,
            locale_hint=self.locale,
            update_id=update_id,
        )

    def send(self, text: str, *, update_id: str | None = None) -> Exchange:
        return Exchange(self._run(self.incoming(text, update_id=update_id)))

    def press(self, choice: str) -> Exchange:
        """Press the button for ``choice`` (its key) on the latest message that had buttons."""
        payload = self.payload_for(choice)
        return self.press_payload(payload)

    def payload_for(self, choice: str) -> str:
        for button in self.buttons():
            if button.choice == choice:
                return button.payload
        labels = [b.choice for b in self.buttons()]
        raise AssertionError(f"no button {choice!r}; buttons are {labels}")

    def press_payload(self, payload: str) -> Exchange:
        incoming = Incoming(
            self.channel, self.user_id, self.user_id, action=payload, locale_hint=self.locale
        )
        return Exchange(self._run(incoming))


async def register(chat: Chat, locale: str, *, name: str = "Anna Nowak") -> None:
    """The shortest complete registration, pressing buttons and typing answers."""
    await chat.send("/start").expect("onboarding-language")
    await chat.press(locale).expect("onboarding-consent")
    await chat.press("accept").expect("onboarding-name")
    await chat.send(name).expect("onboarding-country")
    await chat.press("PL").expect("onboarding-platform")
    await chat.press("instagram").expect("onboarding-handle")
    await chat.send("@anna.nowak").expect("onboarding-audience")
    await chat.send("12 500").expect("onboarding-niche")
    await chat.press("beauty").expect("onboarding-more")
    await chat.press("done").expect("onboarding-summary")
    await chat.press("submit").expect("onboarding-submitted")


def next_update_id() -> str:
    return str(next(_update_ids))


async def set_status(
    database: Database, chat: Chat, status: str, country: str | None = None
) -> int:
    """What review would do to a chat's application (issue 7 brings the real one)."""
    async with database.transaction() as session:
        identity = await session.scalar(
            select(Identity).where(
                Identity.channel == chat.channel, Identity.external_id == chat.user_id
            )
        )
        assert identity is not None
        influencer = await session.scalar(
            select(Influencer).where(Influencer.user_id == identity.user_id)
        )
        assert influencer is not None
        values: dict[str, object] = {"status": status}
        if country:
            values["country"] = country
        await session.execute(
            update(Influencer).where(Influencer.id == influencer.id).values(**values)
        )
        return influencer.id

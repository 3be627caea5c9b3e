"""The real python-telegram-bot Application against the fake Bot API, over HTTP on 127.0.0.1."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sys
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.app import App
from bot.channels.textsplit import split_text
from bot.core.engine import Engine
from bot.core.events import Button, Outgoing
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import Database
from storage.models import ConversationSession, Identity, Influencer
from tests.fakes.telegram_api import FakeTelegram, SentMessage
from tests.support import normalise

ROOT = Path(__file__).resolve().parents[2]
WEBHOOK_SECRET = "s3cr3t-webhook-token_value"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram() as server:
        yield server


def telegram_settings(settings: Settings, fake: FakeTelegram, **extra: Any) -> Settings:
    return settings.model_copy(
        update={
            "telegram_token": SecretStr(fake.token),
            "telegram_api_base_url": fake.base_url,
            "telegram_poll_timeout": 1,
            **extra,
        }
    )


@pytest.fixture
def start_runtime(
    settings: Settings,
    fake: FakeTelegram,
    database: Database,
    translator: Translator,
    make_engine: Callable[[], Engine],
) -> Callable[..., Any]:
    """Start the bot as ``python -m bot run`` would, on the test's database and clock."""
    runtimes: list[Runtime] = []

    async def start(**extra: Any) -> Runtime:
        configured = telegram_settings(settings, fake, **extra)
        engine = make_engine()
        engine.settings = configured
        runtime = Runtime(configured, App(configured, database, translator, engine))
        await runtime.start()
        runtimes.append(runtime)
        return runtime

    return start


@pytest.fixture
async def polling(start_runtime: Callable[..., Any]) -> AsyncIterator[Runtime]:
    runtime: Runtime = await start_runtime()
    try:
        yield runtime
    finally:
        await runtime.stop()


class TelegramUser:
    """A person in a private chat with the bot, through the fake's client side."""

    def __init__(self, fake: FakeTelegram, user_id: int, language_code: str | None) -> None:
        self.fake = fake
        self.user_id = user_id
        self.language_code = language_code
        self.seen = 0

    async def _replies(self) -> list[SentMessage]:
        await self.fake.wait_confirmed()  # polling confirms only after processing
        sent = self.fake.sent(self.user_id)
        new, self.seen = sent[self.seen :], len(sent)
        return new

    async def send(self, text: str) -> list[SentMessage]:
        self.fake.push_message(self.user_id, text, language_code=self.language_code)
        return await self._replies()

    async def press(self, label: str) -> list[SentMessage]:
        self.fake.press_button(self.user_id, label, language_code=self.language_code)
        return await self._replies()


def texts(messages: list[SentMessage]) -> list[str]:
    return [normalise(m.raw_text or m.text or "") for m in messages]


def rendered(translator: Translator, locale: str, message_id: str, **args: Any) -> str:
    return normalise(translator.render(locale, message_id, args))


async def stored_influencer(database: Database, user_id: int) -> Influencer | None:
    async with database.read() as session:
        identity = await session.scalar(
            select(Identity).where(
                Identity.channel == "telegram", Identity.external_id == str(user_id)
            )
        )
        if identity is None:
            return None
        return await session.scalar(
            select(Influencer).where(Influencer.user_id == identity.user_id)
        )


async def register_in(
    user: TelegramUser, translator: Translator, locale: str, language_label: str
) -> None:
    """A full onboarding by inline buttons and typed answers, checking each question."""

    def t(message_id: str, **args: Any) -> str:
        return rendered(translator, locale, message_id, **args)

    first = await user.send("/start")
    assert texts(first) == [t("onboarding-language", programme="Star Partners")]
    assert first[0].button_texts[:5] == ["English", "Русский", "Français", "Español", "Polski"]
    consent = await user.press(language_label)
    assert texts(consent)[0].startswith(
        t("onboarding-consent", terms_url="x", privacy_url="y", version="z").split("\n")[0]
    )
    asked_name = await user.press(translator.render(locale, "onboarding-consent.accept"))
    assert texts(asked_name) == [t("onboarding-name")]
    too_short = await user.send("A")
    assert texts(too_short) == [t("input-text-too-short", min=2), t("onboarding-name")]
    assert texts(await user.send("Anna <b>Nowak</b>")) == [t("onboarding-country")]
    assert texts(await user.send("Polska" if locale == "pl" else "Польша")) == [
        t("onboarding-platform")
    ]
    await user.press("Instagram")
    assert texts(await user.send("instagram.com/anna.nowak")) == [
        t("onboarding-audience", handle="@anna.nowak")
    ]
    assert texts(await user.send("21")) == [t("onboarding-niche")]
    await user.press(translator.render(locale, "niche-beauty"))
    await user.press(translator.render(locale, "onboarding-more.done"))
    summary = await user.send("/status")
    assert texts(summary)[0] == t("status-in-progress")
    done = await user.press(translator.render(locale, "onboarding-summary.submit"))
    assert texts(done) == [t("onboarding-submitted", name="Anna <b>Nowak</b>", days=3)]


@pytest.mark.parametrize(("locale", "label"), [("ru", "Русский"), ("pl", "Polski")])
async def test_full_onboarding_over_polling(
    polling: Runtime,
    fake: FakeTelegram,
    translator: Translator,
    database: Database,
    locale: str,
    label: str,
) -> None:
    user = TelegramUser(fake, 5001, locale)
    await register_in(user, translator, locale, label)
    influencer = await stored_influencer(database, 5001)
    assert influencer is not None
    assert influencer.status == "pending"
    assert influencer.display_name == "Anna <b>Nowak</b>"  # stored as typed, never as markup
    assert influencer.registered_channel == "telegram"
    # Every reply went out as plain text: no parse mode anywhere.
    assert all(call.get("parse_mode") is None for call in fake.calls_of("sendMessage"))
    # A pressed keyboard is closed and shows what was chosen.
    chosen = [m for m in fake.sent(5001) if m.history]
    assert chosen
    assert all(m.inline_keyboard is None for m in chosen)


async def test_command_menu_is_published_per_language(
    polling: Runtime, fake: FakeTelegram, translator: Translator
) -> None:
    await fake.wait_call("setMyCommands", 5)
    by_language = {
        call.get("language_code"): call["commands"] for call in fake.calls_of("setMyCommands")
    }
    assert set(by_language) == {None, "ru", "fr", "es", "pl"}
    for code, locale in [(None, "en"), ("ru", "ru"), ("fr", "fr"), ("es", "es"), ("pl", "pl")]:
        commands = {c["command"]: c["description"] for c in by_language[code]}
        assert commands["start"] == translator.render(locale, "command-start")
        assert set(commands) >= {"start", "status", "language", "help", "cancel"}


async def test_redelivered_update_changes_nothing(
    polling: Runtime, fake: FakeTelegram, database: Database
) -> None:
    user = TelegramUser(fake, 5002, "en")
    update = fake.push_message(5002, "/start", language_code="en")
    await user._replies()
    async with database.read() as session:
        before = await session.get(ConversationSession, ("telegram", "5002"))
    assert before is not None
    fake.redeliver(update)
    assert await user._replies() == []
    async with database.read() as session:
        after = await session.get(ConversationSession, ("telegram", "5002"))
    assert after is not None
    assert after.version == before.version


async def test_stale_button_is_refused(
    polling: Runtime, fake: FakeTelegram, translator: Translator
) -> None:
    user = TelegramUser(fake, 5003, "en")
    (language_question,) = await user.send("/start")
    old_data = language_question.callback_data("English")
    await user.press("English")
    fake.push_callback(5003, language_question.message_id, old_data, check_button=False)
    replies = texts(await user._replies())
    assert replies[0] == rendered(translator, "en", "button-stale")
    # The keyboard was closed by the first press, which alone is shown as the choice.
    pressed = fake.message(5003, language_question.message_id)
    assert pressed.inline_keyboard is None
    assert (pressed.raw_text or "").count("✅") == 1
    assert replies[1].startswith(
        rendered(
            translator, "en", "onboarding-consent", terms_url="x", privacy_url="y", version="z"
        ).split("\n")[0]
    )


async def test_deep_link_code_reaches_onboarding(
    polling: Runtime, fake: FakeTelegram, database: Database
) -> None:
    user = TelegramUser(fake, 5004, "fr")
    await user.send("/start camp_2026-FR")
    async with database.read() as session:
        row = await session.get(ConversationSession, ("telegram", "5004"))
    assert row is not None
    assert row.data["referral"] == "camp_2026-FR"
    user2 = TelegramUser(fake, 5005, "fr")
    replies = await user2.send("/start <script>")
    assert len(replies) == 1  # the language question, no error
    async with database.read() as session:
        row = await session.get(ConversationSession, ("telegram", "5005"))
    assert row is not None
    assert row.data["referral"] is None


async def identity_reachable(database: Database, user_id: int) -> bool | None:
    async with database.read() as session:
        identity = await session.scalar(
            select(Identity).where(
                Identity.channel == "telegram", Identity.external_id == str(user_id)
            )
        )
        return None if identity is None else identity.reachable


async def test_blocked_user_is_marked_and_unmarked_when_they_write(
    polling: Runtime, fake: FakeTelegram, database: Database
) -> None:
    user = TelegramUser(fake, 5006, "es")
    await user.send("/start")
    fake.block(5006, notify=False)
    notice = Outgoing(channel="telegram", chat_id="5006", text="Hola", message_id="help")
    await polling.telegram.deliver([notice])
    assert await identity_reachable(database, 5006) is False
    await user.send("/help")  # writing again means the user restarted the bot
    assert await identity_reachable(database, 5006) is True


async def test_block_notification_marks_the_user(
    polling: Runtime, fake: FakeTelegram, database: Database
) -> None:
    user = TelegramUser(fake, 5007, "en")
    await user.send("/start")
    fake.block(5007)  # Telegram sends a my_chat_member update

    async def unreachable() -> bool:
        return await identity_reachable(database, 5007) is False

    await fake.wait_for(unreachable, what="identity marked unreachable")


async def test_rate_limit_is_waited_out(
    polling: Runtime, fake: FakeTelegram, translator: Translator
) -> None:
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 1", retry_after=1)
    user = TelegramUser(fake, 5008, "en")
    replies = await user.send("/help")
    assert texts(replies)[0].startswith(
        normalise(
            translator.render(
                "en", "help", {"programme": "Star Partners", "support": "@star_support"}
            )
        )[:20]
    )


async def test_long_text_is_split_on_line_boundaries(polling: Runtime, fake: FakeTelegram) -> None:
    TelegramUser(fake, 5009, "en")
    fake.push_message(5009, "/help", language_code="en")
    await fake.wait_confirmed()
    lines = [f"line {i:04d} " + "x" * 40 for i in range(150)]
    text = "\n".join(lines)
    assert len(text) > 4096
    long_reply = Outgoing(
        channel="telegram",
        chat_id="5009",
        text=text,
        message_id="help",
        buttons=((Button("OK", payload="v1|language|set|en", choice="en"),),),
    )
    before = len(fake.sent(5009))
    await polling.telegram.deliver([long_reply])
    parts = fake.sent(5009)[before:]
    assert len(parts) == 2
    assert all(len(p.raw_text or "") <= 4096 for p in parts)
    assert "".join(p.raw_text or "" for p in parts) == text
    assert (parts[0].raw_text or "").endswith("\n")
    assert parts[0].inline_keyboard is None
    assert parts[1].button_texts == ["OK"]


def test_split_text_keeps_everything() -> None:
    assert split_text("", 10) == [""]
    assert split_text("abc", 10) == ["abc"]
    assert split_text("aaaa bbbb cccc", 10) == ["aaaa bbbb ", "cccc"]
    assert split_text("x" * 25, 10) == ["x" * 10, "x" * 10, "x" * 5]
    assert split_text("ab\ncd\nef", 6) == ["ab\ncd\n", "ef"]


async def test_webhook_onboarding_and_secret(
    start_runtime: Callable[..., Any],
    fake: FakeTelegram,
    translator: Translator,
    database: Database,
) -> None:
    port = free_port()
    runtime: Runtime = await start_runtime(
        telegram_webhook_url=f"http://127.0.0.1:{port}/telegram",
        telegram_webhook_secret=SecretStr(WEBHOOK_SECRET),
        web_port=port,
    )
    try:
        assert fake.webhook is not None
        assert fake.webhook.secret_token == WEBHOOK_SECRET
        update = fake.make_message_update(6001, "/start", language_code="ru")
        assert await fake.deliver_webhook(update, secret=None) == 403
        assert await fake.deliver_webhook(update, secret="wrong") == 403
        assert await runtime.app.engine.pending_inbound("telegram") == []

        async def send(update: dict[str, Any], count: int) -> list[SentMessage]:
            before = len(fake.sent(6001))
            assert await fake.deliver_webhook(update) == 200
            await fake.wait_sent(6001, before + count)
            return fake.sent(6001)[before:]

        (question,) = await send(update, 1)
        assert normalise(question.raw_text or "") == rendered(
            translator, "ru", "onboarding-language", programme="Star Partners"
        )
        # Telegram redelivers the same update: nothing happens twice.
        assert await fake.deliver_webhook(update) == 200
        press = fake.make_callback_update(
            6001, question.message_id, question.callback_data("Русский"), language_code="ru"
        )
        (consent,) = await send(press, 1)
        accept = fake.make_callback_update(
            6001,
            consent.message_id,
            consent.callback_data(translator.render("ru", "onboarding-consent.accept")),
            language_code="ru",
        )
        await send(accept, 1)
        await send(fake.make_message_update(6001, "Анна", language_code="ru"), 1)
        await send(fake.make_message_update(6001, "PL", language_code="ru"), 1)
        last = fake.sent(6001)[-1]
        await send(
            fake.make_callback_update(
                6001, last.message_id, last.callback_data("TikTok"), language_code="ru"
            ),
            1,
        )
        await send(fake.make_message_update(6001, "@anna_tt", language_code="ru"), 1)
        await send(fake.make_message_update(6001, "25", language_code="ru"), 1)
        last = fake.sent(6001)[-1]
        await send(
            fake.make_callback_update(
                6001,
                last.message_id,
                last.callback_data(translator.render("ru", "niche-food")),
                language_code="ru",
            ),
            1,
        )
        last = fake.sent(6001)[-1]
        (summary,) = await send(
            fake.make_callback_update(
                6001,
                last.message_id,
                last.callback_data(translator.render("ru", "onboarding-more.done")),
                language_code="ru",
            ),
            1,
        )
        assert "25 подписчиков" in normalise(summary.raw_text or "")
        await send(
            fake.make_callback_update(
                6001,
                summary.message_id,
                summary.callback_data(translator.render("ru", "onboarding-summary.submit")),
                language_code="ru",
            ),
            1,
        )
        assert (
            len(
                [
                    m
                    for m in fake.sent(6001)
                    if (m.raw_text or "").startswith(
                        translator.render(
                            "ru", "onboarding-language", {"programme": "Star Partners"}
                        )[:20]
                    )
                ]
            )
            == 1
        )
        influencer = await stored_influencer(database, 6001)
        assert influencer is not None
        assert influencer.status == "pending"
    finally:
        await runtime.stop()


async def test_update_stored_before_a_crash_is_processed_once_after_restart(
    start_runtime: Callable[..., Any], fake: FakeTelegram, translator: Translator
) -> None:
    port = free_port()
    webhook = {
        "telegram_webhook_url": f"http://127.0.0.1:{port}/telegram",
        "telegram_webhook_secret": SecretStr(WEBHOOK_SECRET),
        "web_port": port,
    }
    first: Runtime = await start_runtime(**webhook)
    for task in first._tasks:  # the process dies right after answering 200
        task.cancel()
    update = fake.make_message_update(6002, "/start", language_code="es")
    assert await fake.deliver_webhook(update) == 200
    assert len(await first.app.engine.pending_inbound("telegram")) == 1
    assert fake.sent(6002) == []
    await first.stop()

    second: Runtime = await start_runtime(**webhook)
    try:
        await fake.wait_sent(6002, 1)
        assert await fake.deliver_webhook(update) == 200  # and Telegram retries it too

        async def drained() -> bool:
            return await second.app.engine.pending_inbound("telegram") == []

        await fake.wait_for(drained, what="inbox drained")
        assert texts(fake.sent(6002)) == [
            rendered(translator, "es", "onboarding-language", programme="Star Partners")
        ]
    finally:
        await second.stop()


async def test_token_never_reaches_the_log(fake: FakeTelegram, tmp_path: Path) -> None:
    """``python -m bot run`` at DEBUG against the fake: no log line carries the token."""
    db = tmp_path / "bot.db"
    env = {
        **os.environ,
        "BOT_DATABASE_URL": f"sqlite+aiosqlite:///{db}",
        "BOT_TELEGRAM_TOKEN": fake.token,
        "BOT_TELEGRAM_API_BASE_URL": fake.base_url,
        "BOT_TELEGRAM_POLL_TIMEOUT": "1",
        "BOT_LOG_LEVEL": "DEBUG",
    }
    migrate = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "migrate", cwd=ROOT, env=env
    )
    assert await asyncio.wait_for(migrate.wait(), 60) == 0
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "run",
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        fake.push_message(7001, "/start", language_code="en")
        await fake.wait_sent(7001, 1, timeout=30)
        fake.push_message(7001, "1", language_code="en")  # English
        await fake.wait_sent(7001, 2, timeout=30)
        fake.push_message(7001, "1", language_code="en")  # accept the terms
        await fake.wait_sent(7001, 3, timeout=30)
        fake.fail_next("sendMessage", 400, "Bad Request: chat not found")
        fake.push_message(7001, "Quokka Zanzibarska", language_code="en")
        await fake.wait_confirmed(timeout=15)
    finally:
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), 30)
    log = (out + err).decode()
    assert "getUpdates" in log or "telegram" in log.lower()
    assert fake.token not in log
    assert fake.token.split(":")[1] not in log
    # The refused reply is logged by its message id; what the user typed is never logged.
    assert re.search(r"refused message [a-z-]+ for chat 7001", log)
    assert "Quokka" not in log


async def test_update_waits_while_the_database_is_unavailable(
    polling: Runtime, fake: FakeTelegram, database: Database, translator: Translator
) -> None:
    """Nothing of a failed turn is stored and the offset does not move past it: when the
    database is back, the update is processed, once."""
    from sqlalchemy import text

    user = TelegramUser(fake, 5010, "pl")
    await user.send("/start")
    async with database.transaction() as session:
        await session.execute(
            text("ALTER TABLE processed_updates RENAME TO processed_updates_away")
        )
    fake.push_message(5010, "/help", language_code="pl")
    await fake.wait_call("getUpdates", len(fake.calls_of("getUpdates")) + 2, timeout=10)
    assert len(fake.pending_updates) == 1, "the update was not confirmed"
    assert len(fake.sent(5010)) == 1
    async with database.transaction() as session:
        await session.execute(
            text("ALTER TABLE processed_updates_away RENAME TO processed_updates")
        )
    replies = await user._replies()
    assert texts(replies)[0].startswith(
        rendered(translator, "pl", "help", programme="Star Partners", support="@star_support")[:20]
    )


async def test_new_sale_is_notified_in_the_influencers_language(
    polling: Runtime, fake: FakeTelegram, database: Database, translator: Translator
) -> None:
    """A postback's sale reaches the influencer through the notification outbox."""
    from datetime import date
    from decimal import Decimal

    from sqlalchemy import update

    from bot.core.money import Money
    from bot.services.commission import apply_event
    from tests.money import make_campaign, make_link

    user = TelegramUser(fake, 5011, "pl")
    await register_in(user, translator, "pl", "Polski")
    influencer = await stored_influencer(database, 5011)
    assert influencer is not None
    async with database.transaction() as session:
        await session.execute(
            update(Influencer).where(Influencer.id == influencer.id).values(status="approved")
        )
    campaign = await make_campaign(database)
    await make_link(database, influencer.id, campaign.id, "Sale2345")
    await apply_event(
        database,
        {
            "event_id": "sale-1",
            "link_code": "Sale2345",
            "order_id": "A-1",
            "amount": 4000,
            "currency": "EUR",
            "status": "pending",
            "ordered_at": "2026-11-25T12:00:00+00:00",
        },
        polling.app.engine.clock,
    )
    before = len(fake.sent(5011))
    (notice,) = (await fake.wait_sent(5011, before + 1, timeout=10))[before:]
    expected = translator.render(
        "pl",
        "sale-new",
        {"amount": Money(int(Decimal(4000) * 800 / 10000), "EUR"), "until": date(2026, 12, 9)},
    )
    assert normalise(notice.raw_text or "") == normalise(expected)

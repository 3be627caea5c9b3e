"""The Telegram fake, driven by the real python-telegram-bot over HTTP (nothing mocked).

Why: the bot's tests trust the fake; these tests check it answers the way PTB expects from
api.telegram.org (results PTB can de-json, errors PTB maps to the right exception).
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import struct
import warnings
import zlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import ClientSession, web
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from tests.fakes.telegram_api import NOT_MODIFIED, FakeTelegram

TOKEN = "123456:TEST-TOKEN"
USER = 42


def png(width: int = 2, height: int = 1) -> bytes:
    """A valid PNG, so the fake's image check sees a real picture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def retry_seconds(error: RetryAfter) -> float:
    """PTB 22 returns an int (with a deprecation warning) or a timedelta (PTB_TIMEDELTA)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        value: Any = error.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN) as server:
        yield server


@pytest.fixture
async def bot(fake: FakeTelegram) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=fake.base_url, base_file_url=fake.base_file_url) as client:
        yield client


async def run_app(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    await app.initialize()
    await app.start()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)


async def stop_app(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


@pytest.mark.asyncio
async def test_get_me_and_send_message_with_inline_keyboard(fake: FakeTelegram, bot: Bot) -> None:
    assert bot.username == "influencer_test_bot"
    assert bot.id == 123456
    fake.push_message(USER, "hi")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Join", callback_data="join:1")]])

    message = await bot.send_message(USER, "Hello Ann\n", reply_markup=keyboard)

    assert message.text == "Hello Ann"  # trimmed, as Telegram stores it
    assert message.reply_markup == keyboard
    assert message.from_user is not None
    assert message.from_user.is_bot
    sent = fake.last_sent(USER)
    assert (sent.message_id, sent.raw_text, sent.parse_mode) == (
        message.message_id,
        "Hello Ann\n",
        None,
    )
    assert sent.callback_data("Join") == "join:1"
    params = fake.calls_of("sendMessage")[0]
    assert params["chat_id"] == USER
    assert isinstance(params["reply_markup"], dict)


@pytest.mark.asyncio
async def test_form_strings_that_look_like_json_stay_strings(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)
    message = await bot.send_message(USER, "42")
    assert message.text == "42"
    assert fake.last_sent(USER).text == "42"


@pytest.mark.asyncio
async def test_text_limits_are_counted_in_code_points(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)
    await bot.send_message(USER, "x" * 4096)
    await bot.send_message(USER, "😀" * 4096)  # code points, not UTF-16 units

    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(USER, "")
    with pytest.raises(BadRequest, match="Text must be non-empty"):
        await bot.send_message(USER, " \n ")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999, "nobody wrote to the bot from here")
    assert len(fake.sent(USER)) == 2
    assert [e.description for e in fake.errors][-1] == "Bad Request: chat not found"


@pytest.mark.asyncio
async def test_callback_data_is_limited_to_64_bytes(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)

    def keyboard(data: str) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton("b", callback_data=data)]])

    await bot.send_message(USER, "ok", reply_markup=keyboard("é" * 32))  # 64 bytes
    with pytest.raises(BadRequest, match=r"(?i)button_data_invalid"):
        await bot.send_message(USER, "too long", reply_markup=keyboard("é" * 33))  # 66 bytes
    with pytest.raises(BadRequest, match=r"(?i)text buttons are unallowed"):
        await bot.send_message(USER, "empty", reply_markup=keyboard(""))


@pytest.mark.asyncio
async def test_parse_modes_are_refused_the_bot_sends_plain_text(
    fake: FakeTelegram, bot: Bot
) -> None:
    fake.add_chat(USER)
    with pytest.raises(BadRequest, match="no parse_mode"):
        await bot.send_message(USER, "a <b>b</b>", parse_mode=ParseMode.HTML)
    assert fake.sent(USER) == []


@pytest.mark.asyncio
async def test_blocked_chat_is_forbidden(fake: FakeTelegram, bot: Bot) -> None:
    fake.push_message(USER, "hi")
    fake.block(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "are you there?")
    fake.unblock(USER)
    await bot.send_message(USER, "welcome back")
    kinds = [next(k for k in u if k != "update_id") for u in fake.pending_updates]
    assert kinds == ["message", "my_chat_member", "my_chat_member"]


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_injected_429_raises_retry_after(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 7", retry_after=7)

    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(USER, "first")

    assert retry_seconds(caught.value) == 7
    await bot.send_message(USER, "second")  # only the next call failed
    assert [m.text for m in fake.sent(USER)] == ["second"]


@pytest.mark.asyncio
@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_strict_limits_answer_429_per_chat() -> None:
    async with (
        FakeTelegram(TOKEN, strict_limits=True, per_chat_rate=1.0) as fake,
        Bot(TOKEN, base_url=fake.base_url) as bot,
    ):
        fake.add_chat(1)
        fake.add_chat(2)
        await bot.send_message(1, "one")
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(1, "two, too soon")
        assert retry_seconds(caught.value) >= 1
        await bot.send_message(2, "another chat is fine")
        fake.set_rate(global_rate=30, per_chat_rate=100)
        await bot.send_message(1, "after raising the limit")


@pytest.mark.asyncio
async def test_edit_message_and_not_modified(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Next", callback_data="next")]])
    message = await bot.send_message(USER, "step 1", reply_markup=keyboard)

    edited = await bot.edit_message_text("step 2", USER, message.message_id, reply_markup=keyboard)
    assert isinstance(edited, type(message))
    assert edited.text == "step 2"
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("step 2", USER, message.message_id, reply_markup=keyboard)
    await bot.edit_message_text("step 3", USER, message.message_id)  # drops the keyboard
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_reply_markup(USER, message.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("nope", USER, 9999)

    stored = fake.message(USER, message.message_id)
    assert stored.text == "step 3"
    assert stored.buttons == []
    assert [v.text for v in stored.history] == ["step 1", "step 2"]
    assert next(e.description for e in fake.errors) == f"Bad Request: {NOT_MODIFIED}"


@pytest.mark.asyncio
async def test_commands_per_language_and_scope(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)
    await bot.set_my_commands([BotCommand("start", "Start")])
    await bot.set_my_commands([BotCommand("start", "Начать")], language_code="ru")
    await bot.set_my_commands(
        [BotCommand("admin", "Admin")], scope=BotCommandScopeChat(USER), language_code="ru"
    )

    assert fake.commands_for("ru")[0]["description"] == "Начать"
    assert fake.commands_for() == [{"command": "start", "description": "Start"}]
    assert fake.commands_for("ru", {"type": "chat", "chat_id": USER})[0]["command"] == "admin"
    assert len(fake.commands) == 3
    with pytest.raises(BadRequest, match=r"(?i)bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad Command", "x")])


@pytest.mark.asyncio
async def test_photo_and_document_uploads(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)
    picture = png(3, 2)

    photo = await bot.send_photo(USER, picture, caption="Your card\n")
    document = await bot.send_document(USER, b"a,b\n1,2\n", filename="report.csv")

    assert photo.caption == "Your card"
    assert photo.photo[-1].width == 3
    assert document.document is not None
    assert document.document.file_name == "report.csv"
    sent_photo, sent_document = fake.sent(USER)
    assert (sent_photo.kind, sent_photo.file_bytes, sent_photo.caption) == (
        "photo",
        picture,
        "Your card",
    )
    assert (sent_document.kind, sent_document.filename) == ("document", "report.csv")
    assert sent_document.file_bytes == b"a,b\n1,2\n"
    again = await bot.send_photo(USER, photo.photo[-1].file_id)  # resend by file_id
    assert again.photo[-1].file_id == photo.photo[-1].file_id
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await bot.send_photo(USER, b"not a picture")


@pytest.mark.asyncio
async def test_get_updates_offset_limit_and_long_poll(fake: FakeTelegram, bot: Bot) -> None:
    first = fake.push_message(USER, "/start@influencer_test_bot ref_7")
    fake.push_message(USER, "two")
    assert first["message"]["entities"] == [
        {"type": "bot_command", "offset": 0, "length": len("/start@influencer_test_bot")}
    ]

    batch = await bot.get_updates(limit=1)
    assert [u.update_id for u in batch] == [first["update_id"]]
    batch = await bot.get_updates(offset=first["update_id"] + 1)
    assert [u.message.text for u in batch if u.message] == ["two"]
    assert len(fake.pending_updates) == 1  # only confirmed updates are dropped

    poll = asyncio.create_task(bot.get_updates(offset=batch[-1].update_id + 1, timeout=5))
    await fake.wait_call("getUpdates", 3)
    assert not poll.done()
    pushed = fake.push_message(USER, "while you wait")
    held = await asyncio.wait_for(poll, 2)
    assert [u.update_id for u in held] == [pushed["update_id"]]

    fake.redeliver(first)  # same update_id again, below the offset: handed out once more
    again = await bot.get_updates(offset=pushed["update_id"] + 1)
    assert [u.update_id for u in again] == [first["update_id"]]
    assert await bot.get_updates(offset=first["update_id"] + 1, timeout=0) == ()


@pytest.mark.asyncio
async def test_stop_releases_a_held_long_poll() -> None:
    fake = FakeTelegram(TOKEN)
    await fake.start()
    try:
        async with Bot(TOKEN, base_url=fake.base_url) as bot:
            poll = asyncio.create_task(bot.get_updates(timeout=30))
            await fake.wait_call("getUpdates")
            await fake.stop()
            assert await asyncio.wait_for(poll, 3) == ()
    finally:
        await fake.stop()


@pytest.mark.asyncio
async def test_wrong_token_unknown_method_and_case_insensitive_names(fake: FakeTelegram) -> None:
    async with ClientSession() as http:
        async with http.post(f"{fake.root}/bot1:WRONG/getMe") as response:
            assert response.status == 401
            assert await response.json() == {
                "ok": False,
                "error_code": 401,
                "description": "Unauthorized",
            }
        async with http.post(f"{fake.base_url}{TOKEN}/noSuchMethod") as response:
            assert response.status == 404
            assert (await response.json())["description"] == "Not Found"
        async with http.get(f"{fake.base_url}{TOKEN}/GETME") as response:
            body = await response.json()
            assert body["ok"] is True
            assert body["result"]["username"] == "influencer_test_bot"
        fake.add_chat(USER)
        payload = {"chat_id": USER, "text": "json body"}
        async with http.post(f"{fake.base_url}{TOKEN}/sendmessage", json=payload) as response:
            assert (await response.json())["result"]["text"] == "json body"
    assert fake.unknown_methods == ["noSuchMethod"]


@pytest.mark.asyncio
async def test_application_polling_echo_and_callback(fake: FakeTelegram) -> None:
    seen: list[int] = []

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        assert update.effective_user is not None
        seen.append(update.update_id)
        language = update.effective_user.language_code
        await update.effective_message.reply_text(f"welcome ({language}) {context.args}")

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        assert update.message.text is not None
        seen.append(update.update_id)
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Again", callback_data="again")]])
        await update.message.reply_text(f"echo: {update.message.text}", reply_markup=keyboard)

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("done")
        await query.edit_message_text(f"pressed {query.data}")

    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(fake.base_url)
        .base_file_url(fake.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(CallbackQueryHandler(pressed))
    await run_app(app)
    try:
        fake.push_message(USER, "/start ref_1", language_code="ru")
        hello = fake.push_message(USER, "hello")
        replies = await fake.wait_sent(USER, 2)
        assert [m.text for m in replies] == ["welcome (ru) ['ref_1']", "echo: hello"]

        update = fake.press_button(USER, "Again")
        await fake.wait_for(
            lambda: fake.message(USER, replies[1].message_id).text == "pressed again"
        )
        [answer] = fake.callback_answers
        assert (answer.callback_query_id, answer.text) == (update["callback_query"]["id"], "done")
        assert fake.message(USER, replies[1].message_id).buttons == []

        fake.redeliver(hello)
        await fake.wait_sent(USER, 3)
        assert seen.count(hello["update_id"]) == 2  # PTB does not deduplicate: the bot must
        await fake.wait_confirmed()
    finally:
        await stop_app(app)


@pytest.mark.asyncio
async def test_webhook_delivery_and_conflict_with_polling(fake: FakeTelegram, bot: Bot) -> None:
    received: list[tuple[str | None, dict[str, Any]]] = []

    async def receive(request: web.Request) -> web.Response:
        secret = request.headers.get("X-Telegram-Bot-Api-Secret-Token")
        received.append((secret, await request.json()))
        return web.Response(status=200 if secret == "s3cret_token" else 403)

    receiver = web.Application()
    receiver.router.add_post("/hook", receive)
    runner = web.AppRunner(receiver)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    try:
        port = runner.addresses[0][1]
        url = f"http://127.0.0.1:{port}/hook"
        assert await bot.set_webhook(url, secret_token="s3cret_token")
        assert fake.webhook is not None
        assert fake.webhook.url == url

        update = fake.make_message_update(USER, "via webhook")
        assert await fake.deliver_webhook(update) == 200
        assert await fake.deliver_webhook(update, secret="wrong") == 403
        assert await fake.deliver_webhook(update, secret=None) == 403
        assert [secret for secret, _ in received] == ["s3cret_token", "wrong", None]
        assert received[0][1] == update

        with pytest.raises(Conflict, match="webhook is active"):
            await bot.get_updates()
        with pytest.raises(BadRequest, match=r"(?i)secret token contains unallowed characters"):
            await bot.set_webhook(url, secret_token="not/allowed")
        with pytest.raises(BadRequest, match=r"(?i)an https url must be provided"):
            await bot.set_webhook("http://example.com/hook")

        fake.push_message(USER, "queued while the bot was down")
        assert await fake.deliver_pending() == [200]
        assert received[-1][1]["message"]["text"] == "queued while the bot was down"
        assert fake.pending_updates == []

        assert await bot.delete_webhook()
        assert await bot.get_updates(timeout=0) == ()
    finally:
        await runner.cleanup()


@pytest.mark.asyncio
async def test_answer_callback_twice_and_invite_links(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(-1001234567890, title="Creators")
    fake.push_message(USER, "hi")
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Go", callback_data="go")]])
    message = await bot.send_message(USER, "press", reply_markup=keyboard)
    query = fake.push_callback(USER, message.message_id, "go")["callback_query"]

    assert await bot.answer_callback_query(query["id"], text="ok")
    with pytest.raises(BadRequest, match="Query is too old"):
        await bot.answer_callback_query(query["id"])
    with pytest.raises(LookupError):
        fake.push_callback(USER, message.message_id, "not-a-button")

    with pytest.raises(BadRequest, match="Not enough rights to manage chat invite links"):
        await bot.create_chat_invite_link(-1001234567890, member_limit=1)
    fake.make_bot_inviter(-1001234567890)
    link = await bot.create_chat_invite_link(
        -1001234567890, name="ann", member_limit=1, creates_join_request=False
    )
    assert link.invite_link.startswith("https://t.me/+")
    assert link.member_limit == 1
    assert fake.invite_links[0]["chat_id"] == -1001234567890
    with pytest.raises(BadRequest, match="Can't invite members to a private chat"):
        await bot.create_chat_invite_link(USER)


@pytest.mark.asyncio
async def test_wait_sent_timeout_explains_what_happened(fake: FakeTelegram, bot: Bot) -> None:
    fake.add_chat(USER)
    await bot.send_message(USER, "only one")
    with pytest.raises(AssertionError) as caught:
        await fake.wait_sent(USER, 2, timeout=0.1)
    assert "'only one'" in str(caught.value)


@pytest.mark.asyncio
async def test_group_chats_replies_and_other_messages(fake: FakeTelegram, bot: Bot) -> None:
    group = -1009876543210
    asked = fake.push_message(USER, "/join@influencer_test_bot", chat_id=group)
    assert asked["message"]["chat"]["type"] == "supergroup"

    reply = await bot.send_message(
        group, "joined", reply_to_message_id=asked["message"]["message_id"]
    )
    assert reply.reply_to_message is not None
    assert reply.reply_to_message.message_id == asked["message"]["message_id"]
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await bot.send_message(group, "x", reply_to_message_id=999)
    contact = {"phone_number": "+100", "first_name": "Ann", "user_id": USER}
    shared = fake.push_message(USER, None, extra={"contact": contact})
    assert "text" not in shared["message"]

    with pytest.raises(AssertionError, match="waiting for"):
        await fake.wait_for(lambda: fake.message(group, 99).text == "never", timeout=0.05)
    with pytest.raises(RuntimeError, match="no webhook"):
        await fake.deliver_webhook(shared)


FORUM = -1009876543210


async def test_forum_topics_copies_and_admin_rights(fake: FakeTelegram, bot: Bot) -> None:
    """createForumTopic, message_thread_id, copyMessage, getChat and getChatMember answer as
    the Bot API does, with its errors for a chat that is no forum and for missing rights."""
    fake.add_chat(-1001111111111, type="supergroup", title="No topics")
    with pytest.raises(BadRequest, match=r"(?i)the chat is not a forum"):
        await bot.create_forum_topic(-1001111111111, "#1")
    fake.add_forum(FORUM)
    assert (await bot.get_chat(FORUM)).is_forum
    member = await bot.get_chat_member(FORUM, bot.id)
    assert member.status == "member"
    with pytest.raises(BadRequest, match=r"(?i)not enough rights to create a topic"):
        await bot.create_forum_topic(FORUM, "#1")
    fake.make_bot_admin(FORUM, can_pin_messages=False)
    member = await bot.get_chat_member(FORUM, bot.id)
    assert member.status == "administrator" and member.can_manage_topics  # type: ignore[attr-defined]
    topic = await bot.create_forum_topic(FORUM, "#1 · pl · Poland")
    assert fake.topics[FORUM][topic.message_thread_id]["name"] == "#1 · pl · Poland"
    sent = await bot.send_message(FORUM, "card", message_thread_id=topic.message_thread_id)
    assert sent.message_thread_id == topic.message_thread_id and sent.is_topic_message
    with pytest.raises(BadRequest, match=r"(?i)message thread not found"):
        await bot.send_message(FORUM, "lost", message_thread_id=topic.message_thread_id + 100)

    photo = fake.push_message(USER, None, extra={"caption": "receipt", **fake.upload_photo(png())})
    copied = await bot.copy_message(
        FORUM, USER, photo["message"]["message_id"], message_thread_id=topic.message_thread_id
    )
    (card, copy) = fake.topic_messages(FORUM, topic.message_thread_id)
    assert copy.message_id == copied.message_id and (copy.kind, copy.caption) == (
        "photo",
        "receipt",
    )
    with pytest.raises(BadRequest, match=r"(?i)message to copy not found"):
        await bot.copy_message(FORUM, USER, 9999)
    with pytest.raises(BadRequest, match=r"(?i)message can't be copied"):
        await bot.copy_message(USER, FORUM, topic.message_thread_id)  # the topic's service message
    fake.block(USER)
    with pytest.raises(Forbidden):
        await bot.copy_message(USER, FORUM, card.message_id)

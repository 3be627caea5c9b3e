"""The aiohttp transport under python-telegram-bot, against the fake Bot API over HTTP.

Why: every reply goes through ``AiohttpRequest`` instead of PTB's httpx transport; the Bot API
must store the same messages (sent as JSON or multipart instead of a form), and PTB must raise
the same errors from its answers (429 with retry_after, 403 for a blocked bot, a timeout, a
refused connection); a proxy from the environment must still be used.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from bot.channels.telegram_request import AiohttpRequest
from tests.fakes.telegram_api import FakeTelegram
from tests.fakes.test_fake_telegram import png

TOKEN = "123456:TEST-TOKEN"
USER = 42


@pytest.fixture
async def fake() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(TOKEN) as server:
        server.add_chat(USER)
        yield server


def bot_on(fake: FakeTelegram, request: BaseRequest) -> Bot:
    return Bot(TOKEN, base_url=fake.base_url, base_file_url=fake.base_file_url, request=request)


async def send_the_same_calls(bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Join", callback_data="join:1")]])
    await bot.send_message(USER, "Привет, Анна\n", reply_markup=keyboard)
    await bot.send_photo(USER, png(3, 2), caption="Ваша карточка", filename="card.png")


def wire(fake: FakeTelegram) -> list[tuple[str, Any, Any, Any]]:
    return [
        (m.kind, m.raw_text or m.raw_caption, m.reply_markup, m.file_bytes) for m in fake.sent(USER)
    ]


@pytest.mark.asyncio
async def test_the_bot_api_sees_what_httpx_would_send(fake: FakeTelegram) -> None:
    async with bot_on(fake, HTTPXRequest()) as bot:
        await send_the_same_calls(bot)
    through_httpx = wire(fake)
    async with bot_on(fake, AiohttpRequest()) as bot:
        await send_the_same_calls(bot)
    through_aiohttp = wire(fake)[len(through_httpx) :]
    assert through_aiohttp == through_httpx
    assert through_httpx[1][3] == png(3, 2)  # the upload arrived as multipart, byte for byte
    assert fake.calls_of("sendPhoto")[-1]["caption"] == "Ваша карточка"


@pytest.mark.asyncio
async def test_platform_errors_become_ptb_errors(fake: FakeTelegram) -> None:
    fake.fail_next("sendMessage", 429, "Too Many Requests: retry after 3", retry_after=3)
    fake.fail_next("sendMessage", 403, "Forbidden: bot was blocked by the user")
    async with bot_on(fake, AiohttpRequest()) as bot:
        with pytest.raises(RetryAfter):
            await bot.send_message(USER, "hi")
        with pytest.raises(Forbidden):
            await bot.send_message(USER, "hi")
        with pytest.raises(BadRequest):
            await bot.send_message(USER, "")  # "message text is empty"
        assert (await bot.send_message(USER, "again")).text == "again"  # the session lives on


@pytest.mark.asyncio
async def test_an_answer_that_never_comes_is_a_timeout(fake: FakeTelegram) -> None:
    fake.hold("sendMessage")
    async with bot_on(fake, AiohttpRequest(read_timeout=0.2)) as bot:
        with pytest.raises(TimedOut):
            await bot.send_message(USER, "hi")
        fake.release()


@pytest.mark.asyncio
async def test_a_refused_connection_is_a_network_error() -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    request = AiohttpRequest(connect_timeout=1.0)
    bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=request)
    try:
        with pytest.raises(NetworkError):
            await bot.initialize()  # its getMe finds nobody listening
    finally:
        await request.shutdown()


@pytest.mark.asyncio
async def test_timeouts_follow_ptb_arguments() -> None:
    request = AiohttpRequest(read_timeout=2.0, write_timeout=3.0, connect_timeout=4.0)
    short = request._timeout(1.0, 3.0, 4.0, 1.0)
    assert (short.sock_read, short.sock_connect, short.connect, short.total) == (1.0, 4.0, 5.0, 9.0)
    endless = request._timeout(None, 3.0, 4.0, 1.0)  # a read without limit: no overall limit
    assert (endless.sock_read, endless.total) == (None, None)
    assert request._timeout(1.0, 3.0, 4.0, 1.0) is short  # reused, not rebuilt


@pytest.mark.asyncio
async def test_the_environment_proxy_is_used(
    fake: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bot behind a proxy (HTTP_PROXY, as httpx reads it) reaches the API through it; here
    the fake is the proxy, and the API's host does not even resolve."""
    monkeypatch.setenv("HTTP_PROXY", fake.root)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    async with Bot(
        TOKEN, base_url="http://api.telegram.invalid/bot", request=AiohttpRequest()
    ) as bot:
        assert (await bot.send_message(USER, "через прокси")).text == "через прокси"
        assert (await bot.send_message(USER, "again")).text == "again"

"""Several ``python -m bot run`` processes behind one webhook URL (a round-robin balancer) on
PostgreSQL: every update is answered exactly once, even when Telegram delivers an update again
and the balancer hands the copy to the other process."""

from __future__ import annotations

import asyncio
import signal

import pytest
from aiohttp import ClientError, ClientSession

from tests.channels.test_telegram import WEBHOOK_SECRET, free_port
from tests.channels.test_telegram_crash import start_bot
from tests.fakes.balancer import Balancer
from tests.fakes.telegram_api import FakeTelegram

USERS = range(7400, 7430)


async def listening(session: ClientSession, port: int) -> bool:
    try:
        async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
            return response.status == 200
    except ClientError:
        return False


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_two_processes_behind_one_webhook_answer_each_update_once(
    fake: FakeTelegram, database_url: str
) -> None:
    ports = [free_port(), free_port()]
    async with Balancer(ports) as balancer, ClientSession() as session:
        processes = [
            await start_bot(
                fake,
                database_url,
                BOT_WEB_PORT=str(port),
                BOT_TELEGRAM_WEBHOOK_URL=f"{balancer.url}/telegram",
                BOT_TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
            )
            for port in ports
        ]
        try:
            for port in ports:

                async def up(port: int = port) -> bool:
                    return await listening(session, port)

                await fake.wait_for(up, 60, what=f"the process on port {port} listening")
            await fake.wait_for(lambda: fake.webhook is not None, 30, what="setWebhook")
            updates = [fake.make_message_update(user, "/start") for user in USERS]
            # Delivered concurrently, each twice: round robin sends the copy to the other
            # process (Telegram redelivers an update whose answer it did not get).
            statuses = await asyncio.gather(
                *(fake.deliver_webhook(update) for update in updates + updates)
            )
            assert statuses == [200] * (2 * len(updates))
            assert set(balancer.forwarded) == set(ports)
            for user in USERS:
                await fake.wait_sent(user, 1, timeout=30)
        finally:
            for process in processes:
                if process.returncode is None:
                    process.send_signal(signal.SIGTERM)
            for process in processes:
                await asyncio.wait_for(process.wait(), 30)
    # Both stopped gracefully (all they held is done): still one answer each.
    assert {user: len(fake.sent(user)) for user in USERS} == {user: 1 for user in USERS}
    assert [process.returncode for process in processes] == [0, 0]

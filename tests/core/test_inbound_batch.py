"""The webhook inbox as processes share it (Engine.inbound_batch).

Why: each chat must run in one process at a time and in order, even when a process reads a
chat's updates while another has the chat; and what a process finished stays finished when a
later update of its batch fails."""

from __future__ import annotations

import pytest

from bot.core.engine import Engine
from storage.db import Database
from storage.repositories import Repositories


class Failed(Exception):
    pass


@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_a_chat_taken_after_another_process_keeps_its_order(
    engine: Engine, database: Database
) -> None:
    # Chats: x (updates 1 and 3), y (update 2); the payloads are opaque here.
    await engine.store_inbound("telegram", "1", {"update_id": 1})
    await engine.store_inbound("telegram", "2", {"update_id": 2})
    async with database.transaction() as process_a:  # it has chat x, busy with older work
        assert await Repositories(process_a).inbox.hold_chats("telegram", ["x"]) == {"x"}
        async with engine.inbound_batch("telegram") as batch:  # process B
            assert [u.update_id for u in batch.updates] == ["1", "2"]
            held, _ = await batch.take(["x", "y"])
            assert held == {"y"}
            await batch.done(["2"])  # B does y's update; x's is A's to do
            await engine.store_inbound("telegram", "3", {"update_id": 3})
    async with engine.inbound_batch("telegram") as batch:  # A, or any process, next
        held, fresh = await batch.take(["x"])
        assert held == {"x"}
        assert [u.update_id for u in fresh] == ["1", "3"]  # the older one first


async def test_updates_done_stay_done_when_a_later_one_fails(engine: Engine) -> None:
    for update_id in ("1", "2"):
        await engine.store_inbound("telegram", update_id, {"update_id": int(update_id)})

    async def drain_failing_at_the_second() -> None:
        async with engine.inbound_batch("telegram") as batch:
            await batch.take(["x"])
            await batch.done(["1"])
            raise Failed  # update 2 could not be processed

    with pytest.raises(Failed):
        await drain_failing_at_the_second()
    assert [u.update_id for u in await engine.pending_inbound("telegram")] == ["2"]

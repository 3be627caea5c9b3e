"""Sub-flows (bot/core/stack.py), as transcripts through the real engine and storage: a flow
begins another and gets its result back, /cancel closes every flow, a restart mid sub-flow
resumes it, and beginning beyond the depth bound is refused with nothing changed."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from bot.core.engine import Engine
from bot.core.flow import Flow, Reply, Router, Turn
from bot.core.i18n import Translator
from bot.core.inputs import Integer, Text
from bot.core.stack import MAX_DEPTH, STACK_KEY
from bot.settings import Settings
from handlers import build_router
from storage.db import Database
from tests.core.test_engine import session_row
from tests.support import Chat, Clock

EngineFactory = Callable[[], Engine]


def with_probe_flows() -> Router:
    """The product's router plus two probe flows: ``outer`` asks a name, then begins
    ``inner`` (an audience size for a handle, refused when 13) as many times as asked."""
    router = build_router()
    outer = router.add_flow(Flow("outer"))
    inner = router.add_flow(Flow("inner"))

    @router.command("outer")
    async def start_outer(turn: Turn) -> Reply:
        return await turn.start(outer)

    @outer.step(start=True)
    async def ask_name(turn: Turn) -> Reply:
        return turn.ask("onboarding-name", next=named, input=Text())

    @outer.step
    async def named(turn: Turn) -> Reply:
        turn.data["name"] = turn.value
        return await turn.begin(inner, then=counted, handle=f"@{turn.value}")

    @outer.step
    async def counted(turn: Turn) -> Reply:
        turn.data.setdefault("sizes", []).append(turn.value)
        summary = f"{turn.data['name']}:{'+'.join(map(str, turn.data['sizes']))}"
        return turn.ask(
            "onboarding-handle-number", next=more, choices=["yes", "no"], handle=summary
        )

    @outer.step
    async def more(turn: Turn) -> Reply:
        if turn.choice == "yes":
            return await turn.begin(inner, then=counted, handle="@another")
        return turn.say("language-set").end()

    @inner.step(start=True)
    async def ask_size(turn: Turn) -> Reply:
        return turn.ask(
            "onboarding-audience", next=sized, input=Integer(), handle=turn.data["handle"]
        )

    @inner.step
    async def sized(turn: Turn) -> Reply:
        if turn.value == 13:
            return turn.say("not-understood").again()
        return await turn.finish(turn.value)

    return router


def probe_engine(
    database: Database, translator: Translator, settings: Settings, clock: Clock
) -> Engine:
    """A fresh engine (a restarted process) over the database, with the probe flows."""
    return Engine(
        database=database,
        translator=translator,
        router=with_probe_flows(),
        settings=settings,
        clock=clock,
    )


@pytest.fixture
def probe(database: Database, translator: Translator, settings: Settings, clock: Clock) -> Engine:
    return probe_engine(database, translator, settings, clock)


async def test_a_subflow_returns_its_result_to_the_step_that_began_it(
    probe: Engine, database: Database
) -> None:
    chat = Chat(probe, user_id="31")
    await chat.send("/outer").expect("onboarding-name")
    row = await session_row(database, chat)
    assert row is not None and STACK_KEY not in row.data, "one flow is saved as before"
    asked = await chat.send("Anna").expect("onboarding-audience")
    assert asked.last.args == {"handle": "@Anna"}
    row = await session_row(database, chat)
    assert row is not None and row.flow == "inner"
    # The flow the user started keeps its data at the top; the sub-flow its own, apart.
    assert row.data["name"] == "Anna"
    assert row.data[STACK_KEY] == [
        {"flow": "inner", "return": ["outer", "counted"], "data": {"handle": "@Anna"}}
    ]
    await chat.send("13").expect("not-understood", then="onboarding-audience")
    returned = await chat.send("500").expect("onboarding-handle-number")
    assert returned.last.args == {"handle": "Anna:500"}
    # The same sub-flow begun again, from another step, returns to the same continuation.
    await chat.press("yes").expect("onboarding-audience")
    returned = await chat.send("70").expect("onboarding-handle-number")
    assert returned.last.args == {"handle": "Anna:500+70"}
    row = await session_row(database, chat)
    assert row is not None and row.flow == "outer" and STACK_KEY not in row.data
    await chat.press("no").expect("language-set")
    row = await session_row(database, chat)
    assert row is not None and (row.flow, row.question, row.data) == (None, None, {})


async def test_cancel_in_a_subflow_closes_every_flow(probe: Engine, database: Database) -> None:
    chat = Chat(probe, user_id="32")
    await chat.send("/outer").expect("onboarding-name")
    await chat.send("Anna").expect("onboarding-audience")
    await chat.send("/cancel").expect("cancelled")
    row = await session_row(database, chat)
    assert row is not None and (row.flow, row.question, row.data) == (None, None, {})
    await chat.send("500").expect("not-understood")
    await chat.send("/cancel").expect("nothing-to-cancel")


async def test_a_restart_mid_subflow_resumes_it(
    database: Database, translator: Translator, settings: Settings, clock: Clock
) -> None:
    first = Chat(probe_engine(database, translator, settings, clock), user_id="33")
    await first.send("/outer").expect("onboarding-name")
    await first.send("Lucía").expect("onboarding-audience")

    restarted = Chat(probe_engine(database, translator, settings, clock), user_id="33")
    await restarted.send("/help").expect("help", then="onboarding-audience")
    returned = await restarted.send("3000").expect("onboarding-handle-number")
    assert returned.last.args == {"handle": "Lucía:3000"}
    await restarted.press("no").expect("language-set")


async def test_beginning_beyond_the_depth_bound_is_refused_and_changes_nothing(
    database: Database, translator: Translator, settings: Settings, clock: Clock
) -> None:
    """``deep`` begins itself at every answer; "up" finishes, and each level hands the
    result on to the one that began it, until the outermost says how deep it went."""
    router = build_router()
    deep = router.add_flow(Flow("deep"))

    @router.command("deep")
    async def start_deep(turn: Turn) -> Reply:
        return await turn.start(deep, level=1)

    @deep.step(start=True)
    async def ask(turn: Turn) -> Reply:
        return turn.ask("onboarding-name", next=answered, input=Text())

    @deep.step
    async def answered(turn: Turn) -> Reply:
        if turn.value == "up":
            return await turn.finish(turn.data["level"])
        return await turn.begin(deep, then=returned, level=turn.data["level"] + 1)

    @deep.step
    async def returned(turn: Turn) -> Reply:
        if turn.parents:
            return await turn.finish(turn.value)
        return turn.say("onboarding-extras-removed", handle=f"level {turn.value}").end()

    engine = Engine(
        database=database, translator=translator, router=router, settings=settings, clock=clock
    )
    chat = Chat(engine, user_id="34")
    await chat.send("/deep").expect("onboarding-name")
    for _ in range(MAX_DEPTH - 1):
        await chat.send("down").expect("onboarding-name")
    before = await session_row(database, chat)
    assert before is not None and len(before.data[STACK_KEY]) == MAX_DEPTH - 1
    await chat.send("down").expect("error-internal")
    after = await session_row(database, chat)
    assert after is not None
    assert (after.version, after.data) == (before.version, before.data)
    # The deepest level still answers; its result goes back through every level.
    said = await chat.send("up").expect("onboarding-extras-removed")
    assert said.last.args == {"handle": f"level {MAX_DEPTH}"}
    row = await session_row(database, chat)
    assert row is not None and (row.flow, row.data) == (None, {})

"""A seeded set of malformed Telegram updates: wrong types, missing fields, huge values.

Each starts from a well-formed message or callback update built by the fake and breaks one or
two things in it. Every update carries ``MARK`` in a user-controlled field, so a test can check
that nothing of the payloads reached the log.
"""

from __future__ import annotations

import copy
import random
from collections.abc import Callable
from typing import Any

from tests.fakes.telegram_api import FakeTelegram

MARK = "FUZZMARK"
JSONDict = dict[str, Any]

WRONG_VALUES: list[Any] = [
    [],
    {},
    None,
    True,
    -1,
    0,
    1.5,
    "",
    f"{MARK}-string",
    2**70,
    -(2**70),
    10**30,
    [f"{MARK}-in-a-list"],
    {"id": f"{MARK}-id"},
    MARK * 5000,
]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every key path inside an update, update_id excepted (Telegram always sets it)."""
    found: list[tuple[Any, ...]] = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if prefix == () and key == "update_id":
                continue
            found.append((*prefix, key))
            found.extend(_paths(inner, (*prefix, key)))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found.append((*prefix, index))
            found.extend(_paths(inner, (*prefix, index)))
    return found


def _parent(update: JSONDict, path: tuple[Any, ...]) -> Any:
    node: Any = update
    for key in path[:-1]:
        node = node[key]
    return node


def _break(update: JSONDict, rng: random.Random) -> None:
    paths = _paths(update)
    if not paths:
        return
    path = rng.choice(paths)
    parent = _parent(update, path)
    key = path[-1]
    if isinstance(parent, dict) and rng.random() < 0.3:
        del parent[key]  # a missing field
    else:
        parent[key] = copy.deepcopy(rng.choice(WRONG_VALUES))


def malformed_updates(
    fake: FakeTelegram, count: int, *, seed: int, first_user: int = 880_000
) -> list[JSONDict]:
    """``count`` broken updates from users other than the test's normal user."""
    rng = random.Random(seed)
    makers: list[Callable[[int], JSONDict]] = [
        lambda user: fake.make_message_update(user, f"/start {MARK}", first_name=MARK),
        lambda user: fake.make_message_update(user, f"hello {MARK}", last_name=MARK),
        lambda user: _callback(fake, user),
    ]
    updates: list[JSONDict] = []
    for number in range(count):
        user = first_user + number
        update = rng.choice(makers)(user)
        for _ in range(rng.choice((1, 1, 2))):
            _break(update, rng)
        updates.append(update)
    return updates


def _callback(fake: FakeTelegram, user: int) -> JSONDict:
    """A press on a bot message in the user's chat, as a client would send it."""
    person = {"id": user, "is_bot": False, "first_name": MARK, "language_code": "en"}
    message = {
        "message_id": 1,
        "date": 1_764_000_000,
        "chat": {"id": user, "type": "private", "first_name": MARK},
        "from": fake.bot_user,
        "text": "question",
        "reply_markup": {"inline_keyboard": [[{"text": "A", "callback_data": "v1|x|y|a"}]]},
    }
    query = {
        "id": str(10**17 + user),
        "from": person,
        "message": message,
        "chat_instance": str(user),
        "data": f"v1|x|y|{MARK}",
    }
    return {"update_id": fake.next_update_id(), "callback_query": query}

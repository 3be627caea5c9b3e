"""The stack of flows a conversation is in, as it is kept in the session's JSON data.

A step may begin a sub-flow (``Turn.begin``) and get its result back when it finishes
(``Turn.finish``), as Bot Framework's begin_dialog / end_dialog do. The session's ``data`` stays
the data of the flow the user started (the outermost), exactly as before sub-flows existed; each
sub-flow begun is one entry of a list under one reserved key of it, like a call record: its flow,
where its result returns to (the caller's flow and step) and its own data. So a session saved by
an earlier version (no such key) is a one-frame stack, and a one-frame stack is saved as an
earlier version saved it. The session's ``flow`` and ``question`` are those of the innermost.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STACK_KEY = "$stack"
# Frames in all, the flow being talked to included: begin() beyond it is a programming error.
MAX_DEPTH = 4


class FlowDepthError(RuntimeError):
    """A sub-flow began beyond ``MAX_DEPTH`` (a loop of flows beginning each other)."""


@dataclass(slots=True)
class Frame:
    """A flow waiting for its sub-flow's result: the result goes to its step ``then``, and
    ``data`` is its scratch data, as it was when the sub-flow began."""

    flow: str
    then: str
    data: dict[str, Any]


def split(data: dict[str, Any]) -> tuple[list[Frame], dict[str, Any]]:
    """The waiting frames (outermost first) and the data of the flow being talked to."""
    current = dict(data)
    entries = current.pop(STACK_KEY, None)
    parents: list[Frame] = []
    if not isinstance(entries, list):
        return parents, current
    for entry in entries:
        caller, then = entry["return"]
        parents.append(Frame(str(caller), str(then), current))
        current = dict(entry.get("data") or {})
    return parents, current


def join(parents: list[Frame], flow: str | None, data: dict[str, Any]) -> dict[str, Any]:
    """The session data to save for ``flow`` (with ``data``) and the frames waiting for it."""
    if not parents:
        return data
    callees = [(frame.flow, frame.data) for frame in parents[1:]] + [(flow, data)]
    entries = [
        {"flow": callee, "return": [frame.flow, frame.then], "data": callee_data}
        for frame, (callee, callee_data) in zip(parents, callees, strict=True)
    ]
    return {**parents[0].data, STACK_KEY: entries}

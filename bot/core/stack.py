"""The stack of flows a conversation is in, as it is kept in the session's JSON data.

A step may begin a sub-flow (``Turn.begin``) and get its result back when it finishes
(``Turn.finish``), as Bot Framework's begin_dialog / end_dialog do. The flow being talked to is
the session's ``flow`` and its scratch data the session's ``data``, exactly as before sub-flows
existed; the flows waiting for a sub-flow's result are kept under one reserved key of that data.
So a session saved by an earlier version (no such key) is a one-frame stack, and a session with
one frame is saved as an earlier version saved it.
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

    def to_dict(self) -> dict[str, Any]:
        return {"flow": self.flow, "then": self.then, "data": self.data}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Frame:
        return cls(str(raw["flow"]), str(raw["then"]), dict(raw.get("data") or {}))


def split(data: dict[str, Any]) -> tuple[list[Frame], dict[str, Any]]:
    """The waiting frames (outermost first) and the data of the flow being talked to."""
    current = dict(data)
    raw = current.pop(STACK_KEY, None)
    parents = [Frame.from_dict(f) for f in raw] if isinstance(raw, list) else []
    return parents, current


def join(parents: list[Frame], data: dict[str, Any]) -> dict[str, Any]:
    """The session data to save; without waiting frames, the flow's data alone."""
    if not parents:
        return data
    return {**data, STACK_KEY: [frame.to_dict() for frame in parents]}

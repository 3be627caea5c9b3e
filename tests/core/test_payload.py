"""Button payloads: compact, versioned, at most 64 bytes, parsed defensively."""

from __future__ import annotations

import pytest

from bot.core.payload import MAX_BYTES, Payload, PayloadError


def test_round_trip() -> None:
    payload = Payload("onboarding", "consent", "accept")
    assert payload.encode() == "v1|onboarding|consent|accept"
    assert Payload.decode(payload.encode()) == payload


def test_refuses_to_build_more_than_64_bytes() -> None:
    with pytest.raises(PayloadError):
        Payload("f" * 30, "s" * 30, "c" * 10).encode()


@pytest.mark.parametrize(
    "data",
    [
        "",
        "v1|a|b",
        "v2|onboarding|consent|accept",
        "v1|onboarding|consent|accept|extra",
        "v1|onboarding|consent|при",
        "v1|onb oarding|consent|accept",
        "v1|" + "x" * MAX_BYTES,
    ],
)
def test_rejects_foreign_or_stale_payloads(data: str) -> None:
    with pytest.raises(PayloadError):
        Payload.decode(data)


def test_every_payload_the_bot_builds_fits() -> None:
    from handlers import build_router

    router = build_router()
    for flow in router.flows.values():
        for step in flow.steps:
            assert len(Payload(flow.name, step, "x" * 8).encode().encode()) <= MAX_BYTES

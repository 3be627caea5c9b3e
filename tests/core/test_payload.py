"""Button payloads: compact, versioned, at most 64 bytes, parsed defensively."""

from __future__ import annotations

import pytest

from bot.core.payload import MAX_BYTES, Payload, PayloadError


def test_round_trip() -> None:
    payload = Payload("onboarding", "consent", "accept")
    assert payload.encode() == "v1|onboarding|consent|accept"
    assert Payload.decode(payload.encode()) == payload
    numbered = Payload("onboarding", "consent", "accept", "1z")
    assert numbered.encode() == "v1|onboarding|consent|accept|1z"
    assert Payload.decode(numbered.encode()) == numbered


def test_refuses_to_build_more_than_64_bytes() -> None:
    with pytest.raises(PayloadError):
        Payload("f" * 30, "s" * 30, "c" * 10).encode()


@pytest.mark.parametrize(
    "data",
    [
        "",
        "v1|a|b",
        "v2|onboarding|consent|accept",
        "v1|onboarding|consent|accept|1z|extra",
        "v1|onboarding|consent|accept|",
        "v1|onboarding|consent|при",
        "v1|onb oarding|consent|accept",
        "v1|" + "x" * MAX_BYTES,
    ],
)
def test_rejects_foreign_or_stale_payloads(data: str) -> None:
    with pytest.raises(PayloadError):
        Payload.decode(data)


def test_every_payload_the_bot_builds_fits() -> None:
    """Every step and action with every choice key the handlers offer, and a large serial."""
    from bot.core.i18n import SUPPORTED_LOCALES
    from bot.core.inputs import PLATFORMS
    from handlers import build_router
    from handlers.onboarding import COUNTRIES, NICHES

    keys = {*SUPPORTED_LOCALES, *PLATFORMS, *COUNTRIES, *NICHES, "accept", "decline", "add"}
    keys |= {"done", "submit", "edit", "name", "country", "channel", "extras", "back", "other"}
    keys |= {"yes", "no", "clear", "c4", "r4", "c99999", "n" + "Z" * 16}  # links: n + a code
    router = build_router()
    scopes = [(flow.name, step) for flow in router.flows.values() for step in flow.steps]
    scopes += list(router.actions)
    for flow, step in scopes:
        for key in keys:
            data = Payload(flow, step, key, "zzzzzz").encode()  # 36**6: two billion turns
            assert len(data.encode()) <= MAX_BYTES

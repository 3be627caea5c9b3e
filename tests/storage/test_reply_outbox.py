"""The reply outbox: a row per turn, taken over only after its lease, once, and forgotten
once delivered, given up or too old."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.core.events import Attachment, Button, Outgoing
from bot.core.outbox import decode, encode
from storage.db import Database
from storage.repositories import Repositories

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
LEASE = timedelta(seconds=60)


def reply(text: str) -> Outgoing:
    return Outgoing(
        channel="telegram",
        chat_id="5",
        text=text,
        message_id="onboarding-name",
        buttons=(
            (Button("Yes", "v1|f|s|yes|3", choice="yes"), Button("Site", url="https://x.example")),
        ),
        attachment=Attachment("qr.png", b"\x89PNG\x00\xff", kind="photo"),
        locale="pl",
        input_kind="text",
    )


def test_replies_survive_the_round_trip() -> None:
    original = [reply("Jak mamy się do Pana/Pani zwracać?"), reply("second")]
    again = decode(encode(original))
    assert [(r.text, r.buttons, r.attachment, r.locale, r.input_kind) for r in again] == [
        (r.text, r.buttons, r.attachment, r.locale, r.input_kind) for r in original
    ]


async def test_rows_are_taken_over_after_their_lease_once(database: Database) -> None:
    async with database.transaction() as session:
        outbox = Repositories(session).replies
        first = await outbox.add("telegram", "5", encode([reply("a")]), NOW, NOW + LEASE)
        second = await outbox.add("telegram", "6", encode([reply("b")]), NOW, NOW + LEASE)
        await outbox.add("discord", "7", encode([reply("c")]), NOW, NOW + LEASE)
    async with database.transaction() as session:
        outbox = Repositories(session).replies
        assert await outbox.claim("telegram", NOW, NOW + LEASE) == []  # their senders live
        # At start-up, rows made before the process are taken at once.
        taken = await outbox.claim("telegram", NOW, NOW + LEASE, created_before=NOW + LEASE)
        assert [row.id for row in taken] == [first, second]
        assert await outbox.claim("telegram", NOW, NOW + 2 * LEASE) == []  # taken: not again
        await outbox.delivered([first])
        for _ in range(5):
            await outbox.failed(second)  # given up after five attempts
        assert await outbox.claim("telegram", NOW + 3 * LEASE, NOW + 4 * LEASE) == []
        await outbox.prune(NOW + timedelta(days=3))
        assert await outbox.claim("discord", NOW + 3 * LEASE, NOW + 4 * LEASE) == []

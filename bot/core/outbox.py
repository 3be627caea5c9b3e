"""Replies as JSON for the reply outbox, and back: what a channel needs to send them again."""

from __future__ import annotations

import base64
from typing import Any

from bot.core.events import Attachment, Button, Outgoing


def encode(replies: list[Outgoing]) -> list[dict[str, Any]]:
    """The sendable part of each reply (not its arguments, which may not be JSON)."""
    return [_encode_one(reply) for reply in replies]


def decode(rows: list[dict[str, Any]]) -> list[Outgoing]:
    return [_decode_one(row) for row in rows]


def _encode_one(reply: Outgoing) -> dict[str, Any]:
    row: dict[str, Any] = {
        "channel": reply.channel,
        "chat_id": reply.chat_id,
        "text": reply.text,
        "message_id": reply.message_id,
        "locale": reply.locale,
        "input_kind": reply.input_kind,
        "private": reply.private,
        "buttons": [
            [[b.label, b.payload, b.url, b.choice] for b in button_row]
            for button_row in reply.buttons
        ],
    }
    if reply.attachment is not None:
        row["attachment"] = {
            "filename": reply.attachment.filename,
            "kind": reply.attachment.kind,
            "content": base64.b64encode(reply.attachment.content).decode("ascii"),
        }
    return row


def _decode_one(row: dict[str, Any]) -> Outgoing:
    attachment = row.get("attachment")
    return Outgoing(
        channel=str(row["channel"]),
        chat_id=str(row["chat_id"]),
        text=str(row["text"]),
        message_id=str(row["message_id"]),
        locale=str(row.get("locale") or "en"),
        input_kind=row.get("input_kind"),
        private=bool(row.get("private", True)),
        buttons=tuple(
            tuple(Button(label, payload, url, choice) for label, payload, url, choice in r)
            for r in row.get("buttons") or ()
        ),
        attachment=Attachment(
            filename=str(attachment["filename"]),
            content=base64.b64decode(attachment["content"]),
            kind=str(attachment.get("kind") or "document"),
        )
        if attachment
        else None,
    )

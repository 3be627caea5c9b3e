"""Compact, versioned button payloads: ``v1|flow|step|choice|serial``.

Telegram's callback_data is at most 64 *bytes* (a Cyrillic letter is two), and it is written by
the client, so a payload is parsed defensively and checked against the session before it is
acted on. ``serial`` names the very question the button belongs to, so a button from an
earlier asking of the same step is stale too; global actions (pick a language) carry none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

VERSION = "v1"
MAX_BYTES = 64
_PART = re.compile(r"^[A-Za-z0-9_.:+-]{1,40}$")


class PayloadError(ValueError):
    """The payload cannot be built (a programming error) or parsed (stale or forged input)."""


@dataclass(frozen=True, slots=True)
class Payload:
    """A decoded button press."""

    flow: str
    step: str
    choice: str
    serial: str = ""

    def encode(self) -> str:
        """Serialise, refusing anything a platform would reject."""
        for part in (self.flow, self.step, self.choice):
            if not _PART.match(part):
                raise PayloadError(f"payload part {part!r} has characters outside [A-Za-z0-9_.:+-]")
        if self.serial and not _PART.match(self.serial):
            raise PayloadError(f"bad serial {self.serial!r}")
        data = f"{VERSION}|{self.flow}|{self.step}|{self.choice}"
        if self.serial:
            data += f"|{self.serial}"
        if len(data.encode("utf-8")) > MAX_BYTES:
            raise PayloadError(f"payload {data!r} is longer than {MAX_BYTES} bytes")
        return data

    @classmethod
    def decode(cls, data: str) -> Payload:
        """Parse a payload from a client; raise ``PayloadError`` when it is not ours or stale."""
        if len(data.encode("utf-8")) > MAX_BYTES:
            raise PayloadError("payload too long")
        parts = data.split("|")
        if len(parts) not in (4, 5) or parts[0] != VERSION:
            raise PayloadError("unknown payload version")
        if not all(_PART.match(part) for part in parts[1:]):
            raise PayloadError("malformed payload")
        return cls(*parts[1:])

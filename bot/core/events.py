"""What channels hand to the engine (``Incoming``) and what the engine hands back (``Outgoing``).

Both are plain, immutable values so an adapter can be tested without a database and a test can
assert on the message id and its arguments as well as on the rendered text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bot.core.message_args import MessageArgs

_COMMAND = re.compile(r"^/([A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]+)?(?:\s+(.*))?$", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing a user did: typed text, a command, or pressed a button (``action``)."""

    channel: str
    chat_id: str
    user_id: str
    text: str | None = None
    command: str | None = None
    args: str = ""
    action: str | None = None
    locale_hint: str | None = None
    update_id: str | None = None
    display_name: str | None = None
    # Structured options of a platform command (Discord slash command options), by name.
    options: Mapping[str, str] = field(default_factory=dict)
    # Where a community command was used, and whether the platform says the user manages it.
    server_id: str | None = None
    server_admin: bool = False
    # The platform's id of the message (a support desk copies it, photo and all), and what
    # it carries besides text ("photo", "document").
    message_ref: str | None = None
    media: str | None = None

    @classmethod
    def from_text(
        cls,
        channel: str,
        chat_id: str,
        user_id: str,
        text: str,
        *,
        locale_hint: str | None = None,
        update_id: str | None = None,
        display_name: str | None = None,
    ) -> Incoming:
        """Split ``/command args`` (also ``/command@botname``) from plain text."""
        match = _COMMAND.match(text.strip())
        if match:
            return cls(
                channel=channel,
                chat_id=chat_id,
                user_id=user_id,
                command=match.group(1).lower(),
                args=(match.group(2) or "").strip(),
                locale_hint=locale_hint,
                update_id=update_id,
                display_name=display_name,
            )
        return cls(
            channel=channel,
            chat_id=chat_id,
            user_id=user_id,
            text=text,
            locale_hint=locale_hint,
            update_id=update_id,
            display_name=display_name,
        )


@dataclass(frozen=True, slots=True)
class Button:
    """A button: ``payload`` comes back as ``Incoming.action``; a ``url`` button opens a link."""

    label: str
    payload: str = ""
    url: str | None = None
    choice: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file to send beside the text (a QR code, an export)."""

    filename: str
    content: bytes
    kind: str = "document"  # "photo" or "document"


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One message to deliver: rendered text plus the message id and arguments it came from."""

    channel: str
    chat_id: str
    text: str
    message_id: str
    args: MessageArgs = field(default_factory=dict)
    buttons: tuple[tuple[Button, ...], ...] = ()
    locale: str = "en"
    input_kind: str | None = None
    private: bool = True
    attachment: Attachment | None = None

    @property
    def all_buttons(self) -> tuple[Button, ...]:
        """The buttons, row after row."""
        return tuple(button for row in self.buttons for button in row)

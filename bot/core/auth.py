"""Who may do what. Deny by default: a staff step asks here, whatever the client sent.

Owners are named in ``BOT_OWNER_IDS`` (``telegram:123``, ``discord:456``, ``console:1``) and hold
every role; only they grant and revoke roles. The roles an owner grants:

- ``admin``: every other staff role (reviewer, support, broadcaster) — a senior member of staff
  who does all the staff work, but cannot grant or revoke roles (that stays with the owners);
- ``reviewer``: reviews applications (``/review``);
- ``support``: helps influencers (the support tools of the programme);
- ``broadcaster``: sends announcements.

A role belongs to a channel account (``telegram:123``), checked on every staff command and every
staff button press at the moment it happens, so a revoked role stops working at the next press.

Refusals: someone with no staff role at all gets exactly what a command or button that does not
exist gets (``command-unknown``, ``button-stale``, ``not-understood``), so the staff commands do
not reveal themselves; a member of staff without the needed role is told which role it takes.
Every refusal is written to the audit log (``denied``), since a forged button is worth knowing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.core.flow import msg

if TYPE_CHECKING:
    from bot.core.flow import Turn
    from bot.settings import Settings
    from storage.repositories import Repositories

ROLES = ("admin", "reviewer", "support", "broadcaster")
CHANNELS = ("telegram", "discord", "console")
_PLATFORM_ID = re.compile(r"[1-9][0-9]{0,19}")
_CONSOLE_ID = re.compile(r"[A-Za-z0-9_.-]{1,64}")
# What holding a role lets one do besides itself.
IMPLIED: dict[str, tuple[str, ...]] = {"admin": ("reviewer", "support", "broadcaster")}


def actor_id(channel: str, external_id: str) -> str:
    """How a person is named in roles, settings and the audit log: ``telegram:123``."""
    return f"{channel}:{external_id}"


def parse_account(value: str, default_channel: str | None = None) -> tuple[str, str]:
    """``telegram:123`` -> ("telegram", "123"); a bare id is on ``default_channel``.

    Telegram and Discord ids are numbers; a console user is any short name (``--user``).
    Raises ValueError for anything else, so a typo never grants a role to nobody.
    """
    channel, sep, external_id = value.strip().rpartition(":")
    if not sep:
        channel = default_channel or ""
    channel = channel.lower()
    if channel not in CHANNELS:
        raise ValueError(f"{value!r}: the channel must be one of {', '.join(CHANNELS)}")
    pattern = _CONSOLE_ID if channel == "console" else _PLATFORM_ID
    if not pattern.fullmatch(external_id):
        raise ValueError(f"{value!r}: not an account id of {channel}")
    return channel, external_id


def is_owner(settings: Settings, channel: str, user_id: str) -> bool:
    """An owner of the programme, named in ``BOT_OWNER_IDS`` as ``channel:id``."""
    return actor_id(channel, user_id) in settings.owner_ids


def roles_granting(role: str) -> tuple[str, ...]:
    """The roles that carry ``role``: itself and those implying it (admin for reviewer...)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    return (role, *(holder for holder, implied in IMPLIED.items() if role in implied))


async def has_role(
    services: Repositories, settings: Settings, channel: str, external_id: str, role: str
) -> bool:
    """Whether this account may act as ``role`` now (owners may act as anyone)."""
    wanted = roles_granting(role)
    if is_owner(settings, channel, external_id):
        return True
    return await services.staff.holds_any(channel, external_id, wanted)


async def is_staff(
    services: Repositories, settings: Settings, channel: str, external_id: str
) -> bool:
    """Any staff role at all: staff-only commands are hidden from everyone else."""
    if is_owner(settings, channel, external_id):
        return True
    return await services.staff.holds_any(channel, external_id, ROLES)


async def require_role(turn: Turn, role: str, action: str) -> bool:
    """Whether the turn's account may do ``action`` as ``role``; if not, answer the refusal
    (see the module's docstring), write it to the audit log and return False.

    Call it first in every staff command, staff button handler and staff flow step::

        if not await require_role(turn, "reviewer", "review.approve"):
            return turn.reply
    """
    channel, external_id = turn.identity.channel, turn.identity.external_id
    if await has_role(turn.services, turn.settings, channel, external_id, role):
        return True
    await _refuse(turn, action, role)
    return False


async def require_owner(turn: Turn, action: str) -> bool:
    """Like ``require_role`` for what only owners may do (grant and revoke roles)."""
    if is_owner(turn.settings, turn.identity.channel, turn.identity.external_id):
        return True
    await _refuse(turn, action, "owner")
    return False


async def require_staff(turn: Turn, action: str) -> bool:
    """Like ``require_role`` for what any member of staff may do (see their own roles)."""
    if await is_staff(
        turn.services, turn.settings, turn.identity.channel, turn.identity.external_id
    ):
        return True
    await _refuse(turn, action, "owner")
    return False


async def _refuse(turn: Turn, action: str, role: str) -> None:
    channel, external_id = turn.identity.channel, turn.identity.external_id
    services, settings = turn.services, turn.settings
    incoming = turn.incoming
    via = "command" if incoming.command else "button" if incoming.action else "text"
    await services.audit.record(
        actor_id(channel, external_id),
        "denied",
        action,
        {"role": role, "via": via},
        turn.now,
    )
    if await is_staff(services, settings, channel, external_id):
        turn.say("staff-role-missing", role=msg("staff-role", role=role)).again()
    elif incoming.command:
        turn.say("command-unknown", command=incoming.command).again()
    elif incoming.action:
        turn.say("button-stale").again()
    else:
        turn.say("not-understood")

"""Staff roles: granting and revoking, the same from chat (/grant, /revoke), the console and
``python -m bot grant-role|revoke-role``."""

from __future__ import annotations

from datetime import datetime

from bot.core.auth import ROLES, actor_id
from bot.core.flow import msg
from bot.core.message_args import to_json
from bot.settings import Settings
from storage.repositories import Repositories


async def change_role(
    services: Repositories,
    settings: Settings,
    *,
    actor: str,
    channel: str,
    external_id: str,
    role: str,
    grant: bool,
    now: datetime,
) -> bool:
    """Grant or revoke, audit it and tell the person (if they use the bot); the one place the
    chat commands, the console and the command line go through. True when something changed."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    staff = services.staff
    if grant:
        changed = await staff.grant(channel, external_id, role, actor, now)
    else:
        changed = await staff.revoke(channel, external_id, role)
    subject = actor_id(channel, external_id)
    action = "role.grant" if grant else "role.revoke"
    await services.audit.record(actor, action, subject, {"role": role, "changed": changed}, now)
    if changed:
        identity = await services.users.identity(channel, external_id)
        if identity is not None:
            await services.notifications.queue(
                identity.user_id,
                "staff-notify-granted" if grant else "staff-notify-revoked",
                to_json(
                    {"role": msg("staff-role", role=role), "programme": settings.programme_name}
                ),
                now,
            )
    return changed

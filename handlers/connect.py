"""/connect: one person, two platforms. A one-time code issued on one channel, entered on the
other, links both accounts to the same user: one application, one copy of each broadcast.

Merging two applications is out of scope: an account whose user already applied is refused.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import timedelta

from bot.core.flow import Reply, Router, Turn
from storage.account_links import CODE_TTL, LinkCode, display_code, normalise_code
from storage.platform_actions import DISCORD_ROLE

# Guessing codes: this many wrong ones per identity in a sliding hour, then wait.
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(hours=1)


async def connect(turn: Turn) -> Reply:
    """/connect issues a code; /connect CODE links this account to whoever issued it."""
    text = turn.incoming.args.strip()
    if not text:
        return await issue(turn)
    return await redeem(turn, text)


async def issue(turn: Turn) -> Reply:
    code = await turn.services.account_links.issue(turn.user.id, turn.identity.id, turn.now)
    return turn.say(
        "connect-code",
        code=display_code(code),
        minutes=int(CODE_TTL.total_seconds() // 60),
    ).again()


async def redeem(turn: Turn, text: str) -> Reply:
    links = turn.services.account_links
    identity = turn.identity
    since = turn.now - FAILURE_WINDOW
    if await links.failures_since(identity.id, since) >= MAX_FAILURES:
        oldest = await links.oldest_failure_since(identity.id, since) or turn.now
        wait = (oldest + FAILURE_WINDOW - turn.now).total_seconds()
        return turn.say("connect-too-many", minutes=max(1, math.ceil(wait / 60))).again()
    code = normalise_code(text)
    found = await links.find(code) if code else None
    if found is None:
        return await _failed(turn, "connect-code-wrong")
    if found.identity_id == identity.id:
        return turn.say("connect-own-code").again()
    if found.used_at is not None:
        return await _failed(turn, "connect-code-used")
    if found.expires_at <= turn.now:
        return await _failed(turn, "connect-code-expired")
    refusal = await _refusal(turn, found)
    if refusal is not None:
        return turn.say(refusal, channel=identity.channel).again()
    if not await links.use(found.id, identity.id, turn.now):  # another account was faster
        return await _failed(turn, "connect-code-used")
    await links.move_identity(identity.id, turn.user.id, found.user_id)
    issuer = await turn.services.users.get(found.user_id)
    if issuer is None:  # the code's user: deleting its row deletes the code, so never here
        raise LookupError(f"user {found.user_id} of link code {found.id} is gone")
    turn.user = issuer
    turn.identity = replace(identity, user_id=issuer.id)
    await _approved_role(turn)
    return turn.say("connect-linked", channel=found.channel).again()


async def _failed(turn: Turn, message_id: str) -> Reply:
    """A code that does not work counts towards the limit on guessing."""
    await turn.services.account_links.record_failure(turn.identity.id, turn.now)
    return turn.say(message_id).again()


async def _refusal(turn: Turn, found: LinkCode) -> str | None:
    """Why this account may not join the code's user, if it may not."""
    links = turn.services.account_links
    if found.user_id == turn.user.id:
        return "connect-already-linked"
    if found.channel == turn.identity.channel:
        return "connect-same-channel"
    if turn.identity.channel in await links.channels(found.user_id):
        return "connect-channel-taken"
    if await links.has_application(turn.user.id):
        return "connect-has-application"
    return None


async def _approved_role(turn: Turn) -> None:
    """A Discord account linked after approval gets the role approval gives (handlers/review)."""
    if turn.identity.channel != "discord":
        return
    services = turn.services
    influencer = await services.influencers.by_user(turn.user.id)
    if influencer is None or influencer.status != "approved":
        return
    for guild_id, role_id in await services.communities.approved_roles("discord"):
        args = {"guild_id": guild_id, "role_id": role_id, "member_id": turn.identity.external_id}
        await services.platform_actions.queue("discord", DISCORD_ROLE, turn.user.id, args, turn.now)


def register(router: Router) -> None:
    router.command("connect")(connect)

"""The person's privacy rights from the chat: /privacy, /export, /delete, and renewed consent.

- /privacy: what is stored, why, for how long and whom to ask; the same sections an export has.
- /export: everything stored about them as a JSON document sent in the chat (art. 15 and 20).
- /delete: after a confirmation, their data is erased (art. 17); the accounting stays under a
  pseudonym (``storage.privacy``) and a later message starts as a new person.
- Consent is versioned: when ``BOT_TERMS_VERSION`` changes, an influencer is asked to consent
  again before the next command that uses their data (``guard`` wraps those commands).
"""

from __future__ import annotations

import dataclasses
import json

from bot.core.events import Attachment
from bot.core.flow import Flow, Reply, Router, StepFn, Turn, joined, msg
from bot.services.payouts import mask
from storage.privacy import ERASED, SECTIONS

erasure = Flow("erasure")
consent = Flow("consent")
# Commands that use an influencer's data: each asks for renewed consent first when the terms
# changed since the influencer consented.
NEEDS_CONSENT = ("payout", "earnings", "link", "links", "invite")
EXPORT_FILENAME = "my-data.json"


async def privacy_notice(turn: Turn) -> Reply:
    settings = turn.settings
    sections = [msg(f"privacy-data-{key}") for key in SECTIONS]
    return turn.say(
        "privacy-notice",
        programme=settings.programme_name,
        data=joined(sections, "\n"),
        updates_hours=settings.retain_updates_hours,
        audit_days=settings.retain_audit_details_days,
        support_days=settings.retain_support_days,
        support=settings.support_contact,
        privacy_url=settings.privacy_url,
        version=settings.terms_version,
    ).again()


async def export(turn: Turn) -> Reply:
    """The person's data as a JSON file in the chat (nothing of anybody else)."""
    data = await turn.services.privacy.export(turn.user.id, turn.now, mask)
    data["format"] = "influencer-bot personal data export, version 1"
    content = json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False).encode("utf-8")
    return turn.reply.say(
        "privacy-export-ready",
        attachment=Attachment(EXPORT_FILENAME, content, kind="document"),
    ).again()


async def delete_command(turn: Turn) -> Reply:
    return await turn.start(erasure)


@erasure.step(start=True)
async def ask_delete(turn: Turn) -> Reply:
    return turn.ask("privacy-delete-confirm", next=delete_answered, choices=["delete", "keep"])


@erasure.step
async def delete_answered(turn: Turn) -> Reply:
    if turn.choice != "delete":
        return turn.say("privacy-delete-kept").end()
    await turn.services.privacy.erase(turn.user.id, turn.now, mask)
    turn.erased = True
    return turn.say("privacy-deleted").end()


# --- consent versions --------------------------------------------------------------------


async def needs_consent(turn: Turn) -> bool:
    """An influencer whose consent is for an earlier version of the terms."""
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None or influencer.status == ERASED:
        return False  # an applicant consents in onboarding
    return influencer.consent_version != turn.settings.terms_version


def ask_consent(turn: Turn) -> Reply:
    return turn.ask(
        "privacy-consent-renew",
        next=consent_answered,
        choices=["accept", "decline"],
        terms_url=turn.settings.terms_url,
        privacy_url=turn.settings.privacy_url,
        version=turn.settings.terms_version,
    )


_ORIGINAL: dict[str, StepFn] = {}


@consent.step(start=True)
async def consent_asked(turn: Turn) -> Reply:
    return ask_consent(turn)


@consent.step
async def consent_answered(turn: Turn) -> Reply:
    then = str(turn.data.get("then") or "")
    args = str(turn.data.get("args") or "")
    if turn.choice != "accept":
        return turn.say("privacy-consent-declined", support=turn.settings.support_contact).end()
    await turn.services.privacy.record_consent(
        turn.user.id, turn.settings.terms_version, turn.incoming.channel, turn.now
    )
    turn.say("privacy-consent-thanks")
    handler = _ORIGINAL.get(then)
    if handler is None:
        return turn.end()
    # Go on with what they asked for, as if they had just sent the command.
    turn.incoming = dataclasses.replace(
        turn.incoming, command=then, args=args, action=None, text=None
    )
    turn.reply.flow = None
    turn.data.clear()
    reply = await handler(turn)
    reply.reprompt = False
    if reply.question is None:
        reply.end()
    return reply


def _gated(name: str, handler: StepFn) -> StepFn:
    async def gated(turn: Turn) -> Reply:
        if await needs_consent(turn):
            return await turn.start(consent, then=name, args=turn.incoming.args)
        return await handler(turn)

    gated.__name__ = f"{name}_after_consent"
    return gated


def guard(router: Router) -> None:
    """Wrap the commands that use an influencer's data with the consent-version check: the
    one place it is made. Called once every command is registered."""
    for name in NEEDS_CONSENT:
        command = router.commands.get(name)
        if command is None or (name in _ORIGINAL and command.handler is not _ORIGINAL[name]):
            continue
        _ORIGINAL[name] = command.handler
        command.handler = _gated(name, command.handler)


def register(router: Router) -> None:
    router.add_flow(erasure)
    router.add_flow(consent)
    router.command("privacy")(privacy_notice)
    router.command("export")(export)
    router.command("delete")(delete_command)

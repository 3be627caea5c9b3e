"""/payout: an approved influencer asks to be paid their confirmed money.

The whole available confirmed balance of each currency is requested, after a confirmation
button, to the payout method on record (asked for when there is none: the holder's name and
IBAN, or a PayPal e-mail). Every refusal says why: below the minimum, nothing confirmed yet,
everything already requested, or the balance changed since the question (then the new amount
is offered). Staff pay or reject requests elsewhere (``python -m bot payout``); the influencer
hears about it through a notification.
"""

from __future__ import annotations

from typing import Any

from bot.core.flow import Flow, Reply, Router, Turn, joined, msg
from bot.core.inputs import ChoiceOption
from bot.services.payout_methods import Holder, Iban, PaypalEmail
from storage.influencers import InfluencerRecord
from storage.payouts import PayoutMethodRecord, PayoutRefused, Payouts

payout = Flow("payout")
# The button under a refusal that opens the payout-details conversation; not a flow step, so
# it works whenever it is pressed (and checks everything again).
METHOD_SCOPE = ("payoutmethod", "change")


def _money(minor: int, currency: str) -> dict[str, Any]:
    return {"$money": [minor, currency]}


async def _approved(turn: Turn) -> InfluencerRecord | None:
    """The influencer if approved; otherwise says why not (and closes any payout flow)."""
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:
        turn.say("payout-not-registered").end()
        return None
    if influencer.status != "approved":
        turn.say("payout-not-approved", support=turn.settings.support_contact).end()
        return None
    return influencer


def _show_method(turn: Turn, method: PayoutMethodRecord | None) -> None:
    """The method on record (masked) with a button to change it, or a button to add one."""
    if method is None:
        choice = ChoiceOption("change", "payout-method-missing.add")
        turn.reply.offer("payout-method-missing", scope=METHOD_SCOPE, choices=[choice])
    else:
        choice = ChoiceOption("change", "payout-method-current.change")
        turn.reply.offer(
            "payout-method-current", scope=METHOD_SCOPE, choices=[choice], method=method.masked
        )


async def payout_command(turn: Turn) -> Reply:
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    return await turn.start(payout, influencer=influencer.id)


async def change_method(turn: Turn) -> Reply:
    """The button under a refusal: record new payout details, nothing else."""
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    return await turn.start(payout, influencer=influencer.id, method_only=True)


@payout.step(start=True)
async def begin(turn: Turn) -> Reply:
    if turn.data.get("method_only"):
        return ask_kind(turn)
    return await offer(turn)


async def offer(turn: Turn) -> Reply:
    """What can be requested now: ask to confirm it, or say why nothing can be."""
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    payouts = Payouts(turn.services.session)
    method = await payouts.method(influencer.id)
    minimum = turn.settings.min_payout
    currencies = await payouts.availability(influencer.id)
    eligible = {c.currency: c.available_minor for c in currencies if c.available_minor >= minimum}
    if not eligible:
        below = [c for c in currencies if 0 < c.available_minor < minimum]
        for c in below:
            turn.say(
                "payout-below-minimum",
                available=_money(c.available_minor, c.currency),
                minimum=_money(minimum, c.currency),
            )
        if not below:
            open_requests = await payouts.requests(influencer.id, status="requested")
            pending = [c for c in currencies if c.pending_minor > 0]
            if open_requests:
                lines = [
                    msg("payout-request-line", id=r.id, amount=_money(r.amount_minor, r.currency))
                    for r in open_requests
                ]
                turn.say("payout-already-requested", requests=joined(lines, ", "))
            elif pending:
                amounts = [_money(c.pending_minor, c.currency) for c in pending]
                turn.say("payout-nothing-confirmed", pending=joined(amounts, ", "))
            else:
                turn.say("payout-nothing-available")
        _show_method(turn, method)
        return turn.end()
    if method is None:
        turn.say("payout-method-needed")
        turn.data["then_request"] = True
        return ask_kind(turn)
    turn.data["amounts"] = eligible
    return turn.ask(
        "payout-confirm",
        next=confirmed,
        choices=["confirm", "change", "cancel"],
        amounts=joined([_money(minor, cur) for cur, minor in sorted(eligible.items())], ", "),
        method=method.masked,
    )


@payout.step
async def confirmed(turn: Turn) -> Reply:
    if turn.choice == "cancel":
        return turn.say("payout-cancelled").end()
    if turn.choice == "change":
        turn.data["then_request"] = True
        return ask_kind(turn)
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    payouts = Payouts(turn.services.session)
    amounts: dict[str, int] = turn.data.get("amounts") or {}
    if not amounts:
        return await offer(turn)
    changed = False
    for currency, amount in sorted(amounts.items()):
        try:
            request = await payouts.request(
                influencer.id, currency, int(amount), turn.settings.min_payout, turn.now
            )
        except PayoutRefused as refused:
            # The balance moved since the question (a reversal, a request from another chat).
            if refused.reason == "no_method":
                turn.say("payout-method-needed")
                turn.data["then_request"] = True
                return ask_kind(turn)
            available = int(refused.details.get("available", 0))
            turn.say("payout-above-balance", available=_money(available, currency))
            changed = True
            continue
        turn.say(
            "payout-requested",
            id=request.id,
            amount=_money(request.amount_minor, request.currency),
            method=request.masked_method,
        )
    if changed:
        return await offer(turn)  # what can be requested now, if anything
    return turn.end()


def ask_kind(turn: Turn) -> Reply:
    return turn.ask("payout-method-kind", next=kind_chosen, choices=["iban", "paypal"])


@payout.step
async def kind_chosen(turn: Turn) -> Reply:
    if turn.choice == "paypal":
        return turn.ask("payout-paypal", next=paypal_given, input=PaypalEmail())
    # The name first: if the conversation is abandoned, no account number waits in it.
    return turn.ask("payout-holder", next=holder_given, input=Holder())


@payout.step
async def holder_given(turn: Turn) -> Reply:
    turn.data["holder"] = str(turn.value)
    return turn.ask("payout-iban", next=iban_given, input=Iban())


@payout.step
async def iban_given(turn: Turn) -> Reply:
    holder = turn.data.pop("holder", None)
    if not holder:  # never store an IBAN without the name a transfer needs
        return turn.ask("payout-holder", next=holder_given, input=Holder())
    return await _save(turn, "iban", str(turn.value), str(holder))


@payout.step
async def paypal_given(turn: Turn) -> Reply:
    return await _save(turn, "paypal", str(turn.value), None)


async def _save(turn: Turn, kind: str, account: str, holder: str | None) -> Reply:
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    method = await Payouts(turn.services.session).set_method(
        influencer.id, kind, account, holder, turn.now
    )
    turn.say("payout-method-saved", method=method.masked)
    if turn.data.get("then_request"):
        return await offer(turn)
    return turn.end()


def register(router: Router) -> None:
    router.add_flow(payout)
    router.command("payout")(payout_command)
    router.action(*METHOD_SCOPE)(change_method)

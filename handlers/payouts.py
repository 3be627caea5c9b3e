"""/payout: an approved influencer asks to be paid their confirmed money.

The whole available confirmed balance of each currency is requested, after a confirmation
button, to the payout method on record (asked for when there is none, among the methods of the
influencer's country: ``bot.services.payout_methods``). Every refusal says why: money owed
after a refund, below the currency's minimum, nothing confirmed yet, everything already
requested, or the balance changed since the question (then the new amount is offered). New
details while a request is open are confirmed first, as the request follows them. Staff pay or
reject requests elsewhere (``python -m bot payout``); the influencer hears about it through a
notification.
"""

from __future__ import annotations

from typing import Any

from bot.core.flow import Flow, Reply, Router, Turn, joined, msg
from bot.core.inputs import ChoiceOption
from bot.core.message_args import Money, Msg
from bot.services import payouts as rules
from bot.services.payout_methods import METHODS
from bot.services.payouts import PayoutRefused
from storage.influencers import InfluencerRecord
from storage.payouts import REQUESTED, PayoutMethodRecord, PayoutRequestRecord

payout = Flow("payout")
# The button under a refusal that opens the payout-details conversation; not a flow step, so
# it works whenever it is pressed (and checks everything again).
METHOD_SCOPE = ("payoutmethod", "change")


def _money(minor: int, currency: str) -> Money:
    return Money(minor, currency)


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
            "payout-method-current",
            scope=METHOD_SCOPE,
            choices=[choice],
            method=rules.method_shown(method),
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
        return await ask_kind(turn)
    return await offer(turn)


async def offer(turn: Turn) -> Reply:
    """What can be requested now: ask to confirm it, or say why nothing can be."""
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    payouts = turn.services.payouts
    method = await payouts.method(influencer.id)
    currencies = await payouts.availability(influencer.id)
    owed = [c for c in currencies if c.owed_minor > 0]
    if owed:
        # A sale refunded after it was paid out: later sales settle it before any payout.
        amounts = [_money(c.owed_minor, c.currency) for c in owed]
        turn.say("payout-owed", owed=joined(amounts, ", "))
        return turn.end()
    minimum = turn.settings.minimum_payout
    eligible = {
        c.currency: c.available_minor
        for c in currencies
        if c.available_minor >= minimum(c.currency)
    }
    if not eligible:
        below = [c for c in currencies if 0 < c.available_minor < minimum(c.currency)]
        for c in below:
            turn.say(
                "payout-below-minimum",
                available=_money(c.available_minor, c.currency),
                minimum=_money(minimum(c.currency), c.currency),
            )
        if not below:
            open_requests = await payouts.requests(influencer.id, status="requested")
            pending = [c for c in currencies if c.pending_minor > 0]
            if open_requests:
                lines = _request_lines(open_requests)
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
        return await ask_kind(turn)
    turn.data["amounts"] = eligible
    return turn.ask(
        "payout-confirm",
        next=confirmed,
        choices=["confirm", "change", "cancel"],
        amounts=joined([_money(minor, cur) for cur, minor in sorted(eligible.items())], ", "),
        method=rules.method_shown(method),
    )


@payout.step
async def confirmed(turn: Turn) -> Reply:
    if turn.choice == "cancel":
        return turn.say("payout-cancelled").end()
    if turn.choice == "change":
        turn.data["then_request"] = True
        return await ask_kind(turn)
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    amounts: dict[str, int] = turn.data.get("amounts") or {}
    if not amounts:
        return await offer(turn)
    changed = False
    for currency, amount in sorted(amounts.items()):
        try:
            request = await rules.request(
                turn.services,
                influencer.id,
                currency,
                int(amount),
                turn.settings.minimum_payout(currency),
                turn.now,
            )
        except PayoutRefused as refused:
            # The balance moved since the question (a reversal, a request from another chat).
            if refused.reason == "no_method":
                turn.say("payout-method-needed")
                turn.data["then_request"] = True
                return await ask_kind(turn)
            if refused.reason == "owed":
                return await offer(turn)
            available = int(refused.details.get("available", 0))
            turn.say("payout-above-balance", available=_money(available, currency))
            changed = True
            continue
        turn.say(
            "payout-requested",
            id=request.id,
            amount=_money(request.amount_minor, request.currency),
            method=rules.request_shown(request),
        )
    if changed:
        return await offer(turn)  # what can be requested now, if anything
    return turn.end()


async def ask_kind(turn: Turn) -> Reply:
    """The payout methods of the influencer's country (``BOT_PAYOUT_METHODS``)."""
    influencer = await turn.services.influencers.by_user(turn.user.id)
    kinds = turn.settings.payout_methods_for(influencer.country if influencer else None)
    if not kinds:
        return turn.say("payout-no-method-here", support=turn.settings.support_contact).end()
    return turn.ask(
        "payout-method-kind",
        next=kind_chosen,
        choices=[ChoiceOption(kind, f"payout-method-kind.{kind}") for kind in kinds],
    )


def ask_detail(turn: Turn) -> Reply:
    """The next question of the chosen method, or nothing left to ask."""
    chosen = turn.data["method"]
    question = METHODS[chosen["kind"]].questions[len(chosen["answers"])]
    if question.choices:
        return turn.ask(
            question.message_id,
            next=detail,
            choices=[ChoiceOption(c, f"{question.message_id}.{c}") for c in question.choices],
        )
    return turn.ask(question.message_id, next=detail, input=question.input)


@payout.step
async def kind_chosen(turn: Turn) -> Reply:
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    if turn.choice not in turn.settings.payout_methods_for(influencer.country):
        return await ask_kind(turn)  # a method this market no longer offers
    turn.data["method"] = {"kind": turn.choice, "answers": {}}
    open_requests = await turn.services.payouts.requests(influencer.id, status=REQUESTED)
    if open_requests:
        # Money already requested would follow the new details: the influencer says so first
        # (before typing them, so no account number waits in an abandoned conversation).
        return turn.ask(
            "payout-change-confirm",
            next=change_confirmed,
            choices=["confirm", "keep"],
            requests=joined(_request_lines(open_requests), ", "),
        )
    return ask_detail(turn)


@payout.step
async def change_confirmed(turn: Turn) -> Reply:
    if turn.choice != "confirm" or not turn.data.get("method"):
        turn.data.pop("method", None)
        return turn.say("payout-change-kept").end()
    return ask_detail(turn)


@payout.step
async def detail(turn: Turn) -> Reply:
    """One answer of the chosen method; the last one (the account) completes it."""
    chosen = turn.data.get("method")
    if not chosen or chosen.get("kind") not in METHODS:
        return await ask_kind(turn)
    questions = METHODS[chosen["kind"]].questions
    answers: dict[str, Any] = chosen["answers"]
    answers[questions[len(answers)].field] = turn.value
    if len(answers) < len(questions):
        return ask_detail(turn)
    account = answers["account"]
    provider = answers.get("provider")
    if chosen["kind"] == "card":
        account, provider = account  # the number and its card system
    method = PayoutMethodRecord(
        chosen["kind"], str(account), answers.get("holder"), turn.now, provider
    )
    return await _save(turn, method)


async def _save(turn: Turn, method: PayoutMethodRecord) -> Reply:
    influencer = await _approved(turn)
    if influencer is None:
        return turn.reply
    saved = await rules.set_method(
        turn.services,
        influencer.id,
        method.kind,
        method.account,
        method.holder,
        turn.now,
        provider=method.provider,
        actor=f"user:{turn.user.id}",
    )
    turn.data.pop("method", None)  # no account number stays in the conversation
    turn.say("payout-method-saved", method=rules.method_shown(saved))
    if turn.data.get("then_request"):
        return await offer(turn)
    return turn.end()


def _request_lines(requests: list[PayoutRequestRecord]) -> list[Msg]:
    return [
        msg("payout-request-line", id=r.id, amount=_money(r.amount_minor, r.currency))
        for r in requests
    ]


def register(router: Router) -> None:
    router.add_flow(payout)
    router.command("payout")(payout_command)
    router.action(*METHOD_SCOPE)(change_method)

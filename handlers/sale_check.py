""" "Why wasn't my sale tracked?": a guided check offered by /support and by the FAQ's answer on
tracking. It asks the day of the order, looks at the influencer's links, clicks and orders
(bot/services/sale_check.py), explains what it sees, then offers a person."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot.core.flow import Flow, Reply, Router, Turn
from bot.core.inputs import ChoiceOption, Text
from bot.services import periods
from bot.services.questions import parse
from bot.services.sale_check import findings

salecheck = Flow("salecheck")
DAY_KINDS = (periods.TODAY, periods.YESTERDAY, periods.DAY)
PERSON_SCOPE = ("faq", "person")


@salecheck.step(start=True)
async def ask_day(turn: Turn) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None or influencer.status != "approved":
        return turn.say("salecheck-not-influencer").end()
    return turn.ask("salecheck-day", input=Text(min=1, max=60), next=check)


@salecheck.step
async def check(turn: Turn) -> Reply:
    zone = ZoneInfo(turn.settings.timezone)
    today = periods.local_today(turn.now, zone)
    asked = parse(str(turn.value), turn.locale, today)
    period = asked.period if asked is not None else None
    if period is None or period.kind not in DAY_KINDS or period.start is None:
        return turn.say("salecheck-day-unclear").again()
    if period.start > today:
        return turn.say("salecheck-day-future").again()
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:  # the first step checked it, and erasure keeps the row
        raise LookupError(f"user {turn.user.id} has no influencer row any more")
    start = periods.local_midnight(period.start, zone)
    end = periods.local_midnight(period.end, zone)
    facts = await turn.services.sale_check.facts(influencer.id, start, end)
    for message_id, args in findings(facts, period.start, start, end):
        turn.say(message_id, **args)
    turn.reply.offer(
        "salecheck-offer-person",
        scope=PERSON_SCOPE,
        choices=[ChoiceOption("ask", "faq-offer-person.ask")],
    )
    return turn.end()


def register(router: Router) -> None:
    router.add_flow(salecheck)

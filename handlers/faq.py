"""Answers to common questions: ``/faq`` with a button per topic, and the same answers to a
question typed in the user's own words (bot/services/faq.py). Each answer asks whether it
helped; "no" offers a person (a support ticket, handlers/support.py).

Registered after the earnings intent, so "how much did I earn?" still gets the figures, and
after an open ticket, so a conversation with a person is not interrupted.
"""

from __future__ import annotations

from bot.core.flow import Reply, Router, Turn
from bot.core.inputs import ChoiceOption
from bot.services.faq import TOPICS, answer_args, topic_of
from handlers import support
from handlers.sale_check import salecheck

TOPIC_SCOPE = ("faq", "topic")
HELPFUL_SCOPE = ("faq", "helpful")
PERSON_SCOPE = ("faq", "person")


async def menu(turn: Turn) -> Reply:
    """/faq: the topics as buttons."""
    choices = [ChoiceOption(topic, "faq-topic", {"topic": topic}) for topic in TOPICS]
    return turn.reply.offer("faq-menu", scope=TOPIC_SCOPE, choices=choices).again()


def answer(turn: Turn, topic: str) -> Reply:
    """The topic's answer, then "did this help?"."""
    turn.say(f"faq-answer-{topic}", **answer_args(turn.settings, turn.locale))
    choices = [
        ChoiceOption(f"{topic}.yes", "faq-helpful.yes"),
        ChoiceOption(f"{topic}.no", "faq-helpful.no"),
    ]
    if topic == "attribution":  # the guided check of one day's sale (handlers/sale_check.py)
        choices.append(ChoiceOption(f"{topic}.check", "faq-helpful.check"))
    return turn.reply.offer("faq-helpful", scope=HELPFUL_SCOPE, choices=choices).again()


async def topic_action(turn: Turn) -> Reply:
    if turn.choice not in TOPICS:
        return turn.say("button-stale").again()
    return answer(turn, turn.choice)


async def helpful_action(turn: Turn) -> Reply:
    topic, _, verdict = (turn.choice or "").partition(".")
    if topic not in TOPICS or verdict not in ("yes", "no", "check"):
        return turn.say("button-stale").again()
    if verdict == "check":
        return await turn.start(salecheck)
    if verdict == "yes":
        return turn.say("faq-glad").again()
    return turn.reply.offer(
        "faq-offer-person",
        scope=PERSON_SCOPE,
        choices=[ChoiceOption("ask", "faq-offer-person.ask")],
    ).again()


async def person_action(turn: Turn) -> Reply:
    """ "Ask a person": the support conversation, as ``/support`` starts it."""
    active = await turn.services.tickets.active_for_user(turn.user.id)
    if active:
        return turn.say("support-already-open", number=active[0].id).again()
    return await turn.start(support.support)


async def question(turn: Turn) -> Reply | None:
    """A typed question about one of the topics gets its answer."""
    text = turn.incoming.text
    if not text:
        return None
    topic = topic_of(text, turn.locale)
    if topic is None:
        return None
    return answer(turn, topic)


def register(router: Router) -> None:
    router.command("faq")(menu)
    router.action(*TOPIC_SCOPE)(topic_action)
    router.action(*HELPFUL_SCOPE)(helpful_action)
    router.action(*PERSON_SCOPE)(person_action)
    router.intent(question)

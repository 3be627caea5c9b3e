"""/broadcast: a broadcaster writes a message to many, step by step.

1. the text, language by language (one text is enough: other languages may then fall back to
   it), kept with its line breaks and sent as plain text;
2. an optional link button (its label in each reader's language);
3. the segment: language, country, social platform, status, tier, messaging channel,
   registered since, active since;
4. the number of recipients and a preview of every text; then send now, at a time, or not.

``/broadcast status`` shows the broadcasts under way, ``/broadcast cancel`` stops one. Every
step and every button checks the broadcaster role again (a revoked role stops the wizard at the
next press, a forged button changes nothing), and creating or cancelling is audited.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from functools import wraps
from typing import Any

from bot.broadcast import service
from bot.broadcast.content import BUTTON_KINDS, BroadcastText, Content, button_label
from bot.broadcast.inputs import Since, When
from bot.broadcast.segment import STATUSES, Segment
from bot.core.auth import actor_id, require_role
from bot.core.engine import country_name
from bot.core.flow import Flow, LinkButton, Reply, Router, Turn, joined, msg
from bot.core.i18n import SUPPORTED_LOCALES
from bot.core.inputs import PLATFORMS, ChoiceOption, Country, Url
from bot.core.message_args import CountryName, Joined, MessageArg, Msg
from storage.broadcasts import BroadcastRecord

ROLE = "broadcaster"
COUNTRIES = ("RU", "FR", "ES", "PL", "DE", "IT", "UA")
DIMENSIONS = (
    "languages",
    "countries",
    "platforms",
    "statuses",
    "tiers",
    "channels",
    "registered_since",
    "active_since",
)
CHOSEN = "✅"

broadcast = Flow("broadcast")

Step = Callable[[Turn], Awaitable[Reply]]


def guarded(step: Step) -> Step:
    """The broadcaster role, checked at every step and every press; refused, the wizard ends."""

    @wraps(step)
    async def checked(turn: Turn) -> Reply:
        if not await require_role(turn, ROLE, f"broadcast.{step.__name__}"):
            return turn.reply.end()
        return await step(turn)

    return checked


def actor(turn: Turn) -> str:
    return actor_id(turn.identity.channel, turn.identity.external_id)


def language_name(code: str) -> Msg:
    return msg(f"language-name-{code}")


# --- /broadcast ------------------------------------------------------------------------------


async def broadcast_command(turn: Turn) -> Reply:
    if not await require_role(turn, ROLE, "broadcast"):
        return turn.reply
    word = turn.incoming.args.strip().lower()
    if word == "cancel":
        return await ask_cancel(turn)
    if word == "status":
        return await show_status(turn)
    if word:
        return turn.say("broadcast-usage")
    if not service.platforms(turn.settings):
        return turn.say("broadcast-no-platform")
    return await turn.start(broadcast, texts={}, order=[], fallbacks=[], segment={})


# --- 1. texts --------------------------------------------------------------------------------


def ask_language(turn: Turn) -> Reply:
    texts: dict[str, str] = turn.data["texts"]
    choices = [
        ChoiceOption(code, f"language-name-{code}")
        for code in SUPPORTED_LOCALES
        if code not in texts
    ]
    if texts:
        return turn.ask(
            "broadcast-language-more",
            next=language_chosen,
            choices=[*choices, ChoiceOption("done", "broadcast-language-more.done")],
            written=joined([language_name(code) for code in turn.data["order"]], ", "),
        )
    return turn.ask("broadcast-language", next=language_chosen, choices=choices)


@broadcast.step(start=True)
@guarded
async def begin(turn: Turn) -> Reply:
    return ask_language(turn)


@broadcast.step
@guarded
async def language_chosen(turn: Turn) -> Reply:
    if turn.choice == "done":
        return ask_fallbacks(turn)
    if turn.choice not in SUPPORTED_LOCALES or turn.choice in turn.data["texts"]:
        turn.say("button-stale")
        return ask_language(turn)
    turn.data["writing"] = turn.choice
    return turn.ask(
        "broadcast-text",
        next=text_written,
        input=BroadcastText(),
        language=language_name(turn.choice),
    )


@broadcast.step
@guarded
async def text_written(turn: Turn) -> Reply:
    locale = turn.data.pop("writing")
    turn.data["texts"][locale] = str(turn.value)
    turn.data["order"].append(locale)
    if len(turn.data["texts"]) == len(SUPPORTED_LOCALES):
        return ask_button(turn)
    return ask_language(turn)


def ask_fallbacks(turn: Turn) -> Reply:
    """Languages without a text of their own may get the first text written."""
    missing = [code for code in SUPPORTED_LOCALES if code not in turn.data["texts"]]
    if not missing:
        return ask_button(turn)
    chosen: list[str] = turn.data["fallbacks"]
    choices = [
        ChoiceOption(
            code, toggle_label(turn.t(f"language-name-{code}"), code in chosen), literal=True
        )
        for code in missing
    ]
    return turn.ask(
        "broadcast-fallbacks",
        next=fallback_chosen,
        choices=[*choices, ChoiceOption("continue", "broadcast-fallbacks.continue")],
        language=language_name(turn.data["order"][0]),
    )


@broadcast.step
@guarded
async def fallback_chosen(turn: Turn) -> Reply:
    if turn.choice == "continue":
        return ask_button(turn)
    chosen: list[str] = turn.data["fallbacks"]
    code = str(turn.choice)
    if code not in SUPPORTED_LOCALES or code in turn.data["texts"]:
        turn.say("button-stale")
        return ask_fallbacks(turn)
    if code in chosen:
        chosen.remove(code)
    else:
        chosen.append(code)
    return ask_fallbacks(turn)


def toggle_label(name: str, on: bool) -> str:
    return f"{CHOSEN} {name}" if on else name


# --- 2. the button ---------------------------------------------------------------------------


def ask_button(turn: Turn) -> Reply:
    choices = [ChoiceOption(kind, button_label(kind)) for kind in BUTTON_KINDS]
    return turn.ask(
        "broadcast-button",
        next=button_chosen,
        choices=[*choices, ChoiceOption("none", "broadcast-button.none")],
    )


@broadcast.step
@guarded
async def button_chosen(turn: Turn) -> Reply:
    if turn.choice == "none":
        turn.data["button"] = turn.data["url"] = None
        return ask_segment(turn)
    if turn.choice not in BUTTON_KINDS:
        turn.say("button-stale")
        return ask_button(turn)
    turn.data["button"] = turn.choice
    return turn.ask("broadcast-url", next=url_given, input=Url())


@broadcast.step
@guarded
async def url_given(turn: Turn) -> Reply:
    turn.data["url"] = str(turn.value)
    return ask_segment(turn)


# --- 3. the segment --------------------------------------------------------------------------


def content_of(turn: Turn) -> Content:
    data = turn.data
    first = data["order"][0]
    return Content(
        texts=dict(data["texts"]),
        fallbacks={code: first for code in data["fallbacks"]},
        button=data.get("button"),
        url=data.get("url"),
    )


def segment_of(turn: Turn) -> Segment:
    return Segment.from_dict(turn.data["segment"])


def _any_or(items: Sequence[MessageArg]) -> Joined | Msg:
    """Localised names (or the programme's own words, like tiers), or "anyone"."""
    return joined(items, ", ") if items else msg("broadcast-segment-any")


def _since(value: datetime | None) -> Msg:
    if value is None:
        return msg("broadcast-segment-any")
    return msg("broadcast-segment-since", date=value.date())


def ask_segment(turn: Turn) -> Reply:
    segment = segment_of(turn)
    return turn.ask(
        "broadcast-segment",
        next=segment_menu,
        choices=[*DIMENSIONS, "count"],
        languages=_any_or([language_name(code) for code in segment.languages]),
        countries=_any_or([CountryName(code) for code in segment.countries]),
        platforms=_any_or([msg(f"platform-{p}") for p in segment.platforms]),
        statuses=_any_or([msg(f"broadcast-applicant-{s}") for s in segment.statuses]),
        tiers=_any_or(list(segment.tiers)),
        channels=_any_or([channel.capitalize() for channel in segment.channels]),
        registered=_since(segment.registered_since),
        active=_since(segment.active_since),
    )


async def options(turn: Turn, dimension: str) -> list[tuple[str, str]]:
    """(key, label) of what a dimension can be narrowed to, labels in the reader's language."""
    if dimension == "languages":
        return [(c, turn.t(f"language-name-{c}")) for c in content_of(turn).languages]
    if dimension == "countries":
        chosen = segment_of(turn).countries
        codes = [*COUNTRIES, *(c for c in chosen if c not in COUNTRIES)]
        return [(c, country_name(turn.locale, c)) for c in codes]
    if dimension == "platforms":
        return [(p, turn.t(f"platform-{p}")) for p in PLATFORMS]
    if dimension == "statuses":
        return [(s, turn.t(f"broadcast-applicant-{s}")) for s in STATUSES]
    if dimension == "tiers":
        tiers = await turn.services.broadcasts.known_tiers()
        found = sorted({"standard", *tiers, *segment_of(turn).tiers})
        return [(t, t) for t in found]
    return [(c, c.capitalize()) for c in service.platforms(turn.settings)]


async def ask_dimension(turn: Turn, dimension: str) -> Reply:
    if dimension in ("registered_since", "active_since"):
        return turn.ask(
            f"broadcast-{dimension.replace('_', '-')}",
            next=date_given,
            input=Since(),
            choices=[ChoiceOption("any", "broadcast-segment-any")],
        )
    chosen = getattr(segment_of(turn), dimension)
    choices = [
        ChoiceOption(key, toggle_label(label, key in chosen), literal=True)
        for key, label in await options(turn, dimension)
    ]
    choices.append(ChoiceOption("back", "broadcast-choose.back"))
    return turn.ask(
        "broadcast-choose",
        next=toggled,
        choices=choices,
        input=Country() if dimension == "countries" else None,
        what=msg(f"broadcast-segment-{dimension.replace('_', '-')}"),
    )


@broadcast.step
@guarded
async def segment_menu(turn: Turn) -> Reply:
    if turn.choice == "count":
        return await show_audience(turn)
    if turn.choice not in DIMENSIONS:
        turn.say("button-stale")
        return ask_segment(turn)
    turn.data["dimension"] = turn.choice
    return await ask_dimension(turn, str(turn.choice))


@broadcast.step
@guarded
async def toggled(turn: Turn) -> Reply:
    dimension: str = turn.data["dimension"]
    if turn.choice == "back":
        return ask_segment(turn)
    key = str(turn.value)  # a button's key, or a typed country's code
    allowed = {k for k, _ in await options(turn, dimension)}
    if dimension == "countries":
        allowed.add(key)  # any country Country() accepted
    if key not in allowed:
        turn.say("button-stale")
        return await ask_dimension(turn, dimension)
    values: list[str] = list(turn.data["segment"].get(dimension, []))
    if key in values:
        values.remove(key)
    else:
        values.append(key)
    if values:
        turn.data["segment"][dimension] = values
    else:
        turn.data["segment"].pop(dimension, None)
    return await ask_dimension(turn, dimension)


@broadcast.step
@guarded
async def date_given(turn: Turn) -> Reply:
    dimension: str = turn.data["dimension"]
    if turn.choice == "any":
        turn.data["segment"].pop(dimension, None)
        return ask_segment(turn)
    value: dict[str, Any] = turn.value
    if "days" in value:
        day = (turn.now - timedelta(days=int(value["days"]))).date()
    else:
        day = date.fromisoformat(str(value["date"]))
    if day > turn.now.date():
        turn.say("broadcast-since-future")
        return await ask_dimension(turn, dimension)
    turn.data["segment"][dimension] = datetime.combine(day, time(), UTC).isoformat()
    return ask_segment(turn)


# --- 4. count, preview, confirm --------------------------------------------------------------


async def show_audience(turn: Turn) -> Reply:
    content, segment = content_of(turn), segment_of(turn)
    counted = await service.audience(turn.services, turn.settings, content, segment)
    if counted.empty:
        turn.say("broadcast-nobody")
        return ask_segment(turn)
    turn.say(
        "broadcast-audience",
        people=counted.people,
        blocked=counted.blocked,
        channels=counted.channels,
    )
    for locale in turn.data["order"]:
        others = [code for code, source in content.fallbacks.items() if source == locale]
        reached = segment.languages_of([locale, *others])
        if not reached:
            continue  # the segment leaves this text's readers out
        # The button as this text's readers will get it: labelled in their language.
        links = []
        label = ""
        if content.button is not None and content.url is not None:
            links.append(LinkButton(button_label(content.button), content.url, locale=locale))
            label = turn.render_in(locale, button_label(content.button))
        turn.reply.say(
            "broadcast-preview",
            links=links,
            languages=joined([language_name(code) for code in reached], ", "),
            text=content.texts[locale],
            button=label,
        )
    return ask_confirm(turn)


def ask_confirm(turn: Turn) -> Reply:
    return turn.ask(
        "broadcast-confirm", next=confirmed, choices=["now", "schedule", "edit", "drop"]
    )


def ask_when(turn: Turn) -> Reply:
    return turn.ask("broadcast-when", next=when_given, input=When())


@broadcast.step
@guarded
async def confirmed(turn: Turn) -> Reply:
    if turn.choice == "edit":
        return ask_segment(turn)
    if turn.choice == "drop":
        return turn.say("broadcast-dropped").end()
    if turn.choice == "schedule":
        return ask_when(turn)
    if turn.choice != "now":
        turn.say("button-stale")
        return ask_confirm(turn)
    return await create(turn, None)


@broadcast.step
@guarded
async def when_given(turn: Turn) -> Reply:
    moment = datetime.fromisoformat(str(turn.value))
    if moment <= turn.now:
        turn.say("broadcast-when-past")
        return ask_when(turn)
    return await create(turn, moment)


async def create(turn: Turn, scheduled_at: datetime | None) -> Reply:
    """Counted again at the moment of creation: the audit entry records the true figure."""
    content, segment = content_of(turn), segment_of(turn)
    counted = await service.audience(turn.services, turn.settings, content, segment)
    if counted.empty:
        turn.say("broadcast-nobody")
        return ask_segment(turn)
    channel = turn.incoming.channel
    progress = (
        (channel, turn.incoming.chat_id, turn.locale)
        if channel in service.platforms(turn.settings)
        else None
    )
    broadcast_id = await service.create(
        turn.services,
        turn.settings,
        content=content,
        segment=segment,
        actor=actor(turn),
        now=turn.now,
        scheduled_at=scheduled_at,
        progress=progress,
        counted=counted,
    )
    if scheduled_at is not None:
        turn.say("broadcast-scheduled", id=broadcast_id, when=scheduled_at)
    else:
        turn.say("broadcast-started", id=broadcast_id, followed="yes" if progress else "no")
    return turn.end()


# --- /broadcast status and /broadcast cancel -------------------------------------------------


async def describe(turn: Turn, record: BroadcastRecord) -> dict[str, Any]:
    figures = await turn.services.broadcasts.counts(record.id)
    remaining = figures.get("queued", 0) + figures.get("sending", 0)
    return {
        "id": record.id,
        "state": record.state,
        "sent": figures.get("sent", 0),
        "remaining": remaining,
        "when": record.scheduled_at or record.created_at,
    }


async def show_status(turn: Turn) -> Reply:
    records = await service.active(turn.services)
    if not records:
        return turn.say("broadcast-status-none")
    for record in records:
        turn.say("broadcast-status-line", **await describe(turn, record))
    return turn.reply


async def ask_cancel(turn: Turn) -> Reply:
    records = await service.active(turn.services)
    if not records:
        return turn.say("broadcast-cancel-none")
    turn.data.clear()
    turn.reply.flow = broadcast.name
    for record in records:
        turn.say("broadcast-status-line", **await describe(turn, record))
    choices = [
        ChoiceOption(str(record.id), "broadcast-cancel.one", {"id": record.id})
        for record in records
    ]
    return turn.ask(
        "broadcast-cancel",
        next=cancel_chosen,
        choices=[*choices, ChoiceOption("keep", "broadcast-cancel.keep")],
    )


@broadcast.step
@guarded
async def cancel_chosen(turn: Turn) -> Reply:
    if turn.choice == "keep":
        return turn.say("broadcast-cancel-kept").end()
    if not str(turn.choice).isdigit():
        return turn.say("button-stale").end()
    broadcast_id = int(str(turn.choice))
    record = await service.cancel(turn.services, broadcast_id, actor=actor(turn), now=turn.now)
    if record is None:
        return turn.say("broadcast-cancel-too-late", id=broadcast_id).end()
    was_running = record.started_at is not None
    return turn.say(
        "broadcast-cancelled", id=broadcast_id, running="yes" if was_running else "no"
    ).end()


def register(router: Router) -> None:
    router.add_flow(broadcast)
    router.command("broadcast", menu=False)(broadcast_command)

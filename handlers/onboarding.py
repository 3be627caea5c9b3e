"""Registration as an influencer: /start, the application conversation, and /status.

Answers are kept in the session's data until the summary is submitted, so nothing half-valid
is ever stored as an application, and an interrupted registration resumes where it stopped.
Each step below receives one answer (named after it) and asks the next question. A social
channel (platform, handle or link, audience) is asked by one sub-flow, ``channel``, begun for the
main channel and again for each other one; its result comes back to ``main_channel`` or
``other_channel``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.core.flow import Flow, Reply, Router, StepFn, Turn, joined, msg
from bot.core.flow import country as country_ref
from bot.core.i18n import SUPPORTED_LOCALES
from bot.core.inputs import PLATFORMS, ChoiceOption, Country, Handle, Integer, Text
from bot.core.message_args import CountryName
from handlers.review import reapply_from, remind_open_question
from storage.influencers import Application, ChannelRecord, InfluencerRecord

onboarding = Flow("onboarding")
channel_form = Flow("channel")

REFERRAL_CODE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
COUNTRIES = ("RU", "FR", "ES", "PL", "DE", "IT", "UA")
NICHES = (
    "fashion",
    "beauty",
    "tech",
    "home",
    "sport",
    "kids",
    "food",
    "travel",
    "gaming",
    "other",
)
MAX_CHANNELS = 5
NAME = Text(min=2, max=64)
AUDIENCE = Integer(min=1, max=2_000_000_000)
REVIEW_DAYS = 3


# --- questions -------------------------------------------------------------------------------


def ask_language(turn: Turn) -> Reply:
    return turn.ask(
        "onboarding-language",
        next=language,
        choices=[ChoiceOption(code, f"language-name-{code}") for code in SUPPORTED_LOCALES],
        programme=turn.settings.programme_name,
    )


def ask_consent(turn: Turn) -> Reply:
    return turn.ask(
        "onboarding-consent",
        next=consent,
        choices=["accept", "decline"],
        terms_url=turn.settings.terms_url,
        privacy_url=turn.settings.privacy_url,
        version=turn.settings.terms_version,
    )


def ask_name(turn: Turn) -> Reply:
    return turn.ask("onboarding-name", next=name, input=NAME)


def ask_country(turn: Turn) -> Reply:
    choices = [ChoiceOption(code, CountryName(code)) for code in COUNTRIES]
    choices.append(ChoiceOption("other", "onboarding-country.other"))
    return turn.ask("onboarding-country", next=country, input=Country(), choices=choices)


async def ask_channel(turn: Turn, *, main: bool, at: StepFn | None = None, **draft: Any) -> Reply:
    """Begin the channel sub-flow: for the main channel, or for another one (added, or
    replacing the one at ``replace``). The channels it must not repeat go with it; ``at`` and
    ``draft`` resume it mid-way (``_earlier_step``)."""
    skip = 0 if main else turn.data.get("replace")
    taken = [
        [c["platform"], c["url"]] for i, c in enumerate(turn.data.get("channels", [])) if i != skip
    ]
    return await turn.begin(
        channel_form,
        then=main_channel if main else other_channel,
        at=at,
        prompt="onboarding-platform" if main else "onboarding-extra-platform",
        taken=taken,
        **draft,
    )


def ask_niche(turn: Turn) -> Reply:
    return turn.ask(
        "onboarding-niche",
        next=niche,
        choices=[ChoiceOption(n, f"niche-{n}") for n in NICHES],
    )


def ask_more(turn: Turn) -> Reply:
    if len(turn.data.get("channels", [])) >= MAX_CHANNELS:
        return ask_summary(turn)
    return turn.ask("onboarding-more", next=more, choices=["add", "done"], max=MAX_CHANNELS)


def ask_summary(turn: Turn) -> Reply:
    turn.data.pop("editing", None)
    channels = turn.data["channels"]
    main = channels[0]
    # Localised parts are references, rendered when shown: after /language they follow.
    extras = [
        msg(
            "onboarding-summary-channel",
            platform=msg(f"platform-{c['platform']}"),
            handle=c["handle"],
            audience=c["audience"],
        )
        for c in channels[1:]
    ]
    return turn.ask(
        "onboarding-summary",
        next=summary,
        choices=["submit", "edit"],
        name=turn.data["name"],
        country=country_ref(turn.data["country"]),
        platform=msg(f"platform-{main['platform']}"),
        handle=main["handle"],
        audience=main["audience"],
        niche=msg(f"niche-{turn.data['niche']}"),
        extra=joined(extras) if extras else msg("onboarding-summary-no-extra"),
    )


def then(turn: Turn, ask_next: Callable[[Turn], Reply]) -> Reply:
    """After an answer: back to the summary when a field was being edited, else onwards."""
    return ask_summary(turn) if turn.data.get("editing") else ask_next(turn)


# --- steps: each receives the answer it is named after ---------------------------------------


@onboarding.step(start=True)
async def begin(turn: Turn) -> Reply:
    return ask_language(turn)


@onboarding.step
async def language(turn: Turn) -> Reply:
    locale = turn.choice
    if locale not in SUPPORTED_LOCALES:  # offered by an older release that had more languages
        return ask_language(turn)
    await turn.services.users.set_locale(turn.user.id, locale)
    turn.locale = locale
    return ask_consent(turn)


@onboarding.step
async def consent(turn: Turn) -> Reply:
    if turn.choice == "decline":
        return turn.say("onboarding-declined").end()
    turn.data["consent_at"] = turn.now.isoformat()
    turn.data["consent_version"] = turn.settings.terms_version
    return ask_name(turn)


@onboarding.step
async def name(turn: Turn) -> Reply:
    if not any(ch.isalpha() for ch in str(turn.value)):  # only emoji, digits or symbols
        return turn.say("onboarding-name-no-letters").again()
    turn.data["name"] = turn.value
    return then(turn, ask_country)


@onboarding.step
async def country(turn: Turn) -> Reply:
    if turn.value == "other":
        return turn.ask("onboarding-country-code", next=country, input=Country())
    turn.data["country"] = turn.value
    if turn.data.get("editing"):
        return ask_summary(turn)
    return await ask_channel(turn, main=True)


@onboarding.step
async def main_channel(turn: Turn) -> Reply:
    """The main channel, from the channel sub-flow."""
    channels = turn.data.setdefault("channels", [])
    if channels:
        channels[0] = turn.value
    else:
        channels.append(turn.value)
    return then(turn, ask_niche)


@onboarding.step
async def niche(turn: Turn) -> Reply:
    turn.data["niche"] = turn.value
    return then(turn, ask_more)


@onboarding.step
async def more(turn: Turn) -> Reply:
    if turn.choice == "add":
        return await ask_channel(turn, main=False)
    return ask_summary(turn)


@onboarding.step
async def other_channel(turn: Turn) -> Reply:
    """Another channel, from the channel sub-flow: added, or replacing one of the list."""
    replace = turn.data.pop("replace", None)
    if replace is not None:
        turn.data["channels"][replace] = turn.value
        return ask_summary(turn)
    turn.data["channels"].append(turn.value)
    return ask_more(turn)


def ask_extras(turn: Turn) -> Reply:
    """The other channels, each with its own change and remove buttons."""
    channels = turn.data["channels"]
    choices: list[ChoiceOption] = []
    for i, c in enumerate(channels[1:], start=1):
        label_args = {"platform": msg(f"platform-{c['platform']}"), "handle": c["handle"]}
        choices.append(ChoiceOption(f"c{i}", "onboarding-extras-change", label_args))
        choices.append(ChoiceOption(f"r{i}", "onboarding-extras-remove", label_args))
    if len(channels) < MAX_CHANNELS:
        choices.append(ChoiceOption("add", "onboarding-extras.add"))
    choices.append(ChoiceOption("back", "onboarding-extras.back"))
    return turn.ask(
        "onboarding-extras" if len(channels) > 1 else "onboarding-extras-none",
        next=extras,
        choices=choices,
    )


@onboarding.step
async def extras(turn: Turn) -> Reply:
    """Change or remove one of the other channels, add one, or go back to the summary."""
    choice = turn.choice or "back"
    channels = turn.data["channels"]
    index = int(choice[1:]) if choice[:1] in ("c", "r") and choice[1:].isdigit() else None
    if index is not None and not 1 <= index < len(channels):
        return turn.say("button-stale").again()
    if choice.startswith("r") and index is not None:
        removed = channels.pop(index)
        turn.say("onboarding-extras-removed", handle=removed["handle"])
        return ask_extras(turn)
    if choice.startswith("c") and index is not None:
        turn.data["replace"] = index
        return await ask_channel(turn, main=False)
    if choice == "add":
        turn.data["editing"] = False
        return await ask_channel(turn, main=False)
    return ask_summary(turn)


@onboarding.step
async def summary(turn: Turn) -> Reply:
    if turn.choice == "edit":
        return turn.ask(
            "onboarding-edit",
            next=edit,
            choices=["name", "country", "channel", "niche", "extras", "back"],
        )
    return await submit(turn)


@onboarding.step
async def edit(turn: Turn) -> Reply:
    turn.data["editing"] = True
    if turn.choice == "name":
        return ask_name(turn)
    if turn.choice == "country":
        return ask_country(turn)
    if turn.choice == "channel":
        return await ask_channel(turn, main=True)
    if turn.choice == "niche":
        return ask_niche(turn)
    if turn.choice == "extras":
        return ask_extras(turn)
    return ask_summary(turn)


# --- the channel sub-flow: its data holds the question to open with (``prompt``) and the
# [platform, url] of the channels it must not repeat (``taken``); its result is the channel --


def ask_handle(turn: Turn, platform_key: str) -> Reply:
    return turn.ask(
        "onboarding-handle",
        next=handle,
        input=Handle(platform=platform_key),
        platform=platform_key,
    )


def ask_audience(turn: Turn, handle_text: str) -> Reply:
    return turn.ask("onboarding-audience", next=audience, input=AUDIENCE, handle=handle_text)


@channel_form.step(start=True)
async def new_channel(turn: Turn) -> Reply:
    return turn.ask(
        turn.data["prompt"],
        next=platform,
        choices=[ChoiceOption(p, f"platform-{p}") for p in PLATFORMS],
    )


@channel_form.step
async def platform(turn: Turn) -> Reply:
    turn.data["draft"] = {"platform": turn.value}
    return ask_handle(turn, turn.value)


def _bare_number(turn: Turn) -> bool:
    """Typed as digits alone (no @, no link): more likely an audience size than a handle."""
    return (turn.incoming.text or "").strip().isdigit()


@channel_form.step
async def handle(turn: Turn) -> Reply:
    found: dict[str, str] = turn.value
    if [turn.data["draft"]["platform"], found["url"]] in turn.data["taken"]:
        return turn.say("onboarding-channel-duplicate", handle=found["handle"]).again()
    if _bare_number(turn):
        turn.data["number_handle"] = found
        return turn.ask(
            "onboarding-handle-number", next=number, choices=["yes", "no"], handle=found["handle"]
        )
    turn.data["draft"].update(found)
    return ask_audience(turn, found["handle"])


@channel_form.step
async def number(turn: Turn) -> Reply:
    """Yes, that number is the handle; or no, ask for it again."""
    found = turn.data.pop("number_handle")
    if turn.choice != "yes":
        return ask_handle(turn, turn.data["draft"]["platform"])
    turn.data["draft"].update(found)
    return ask_audience(turn, found["handle"])


@channel_form.step
async def audience(turn: Turn) -> Reply:
    return await turn.finish({**turn.data["draft"], "audience": turn.value})


# A session saved before the channel sub-flow may wait on one of the steps that asked a channel
# in onboarding itself (``handle``, or ``extra_handle`` for another channel...): its answer goes
# on in the sub-flow, with what was already answered of that channel. Sessions expire after
# BOT_SESSION_TTL_HOURS, so these names may go once that much time has passed since the release.
_EARLIER_STEPS = {"platform": platform, "handle": handle, "number": number, "audience": audience}


def _earlier_step(name: str, step: StepFn, *, main: bool) -> StepFn:
    async def resume(turn: Turn) -> Reply:
        draft = {"draft": turn.data.pop("draft_channel", {})}
        if "number_handle" in turn.data:
            draft["number_handle"] = turn.data.pop("number_handle")
        return await ask_channel(turn, main=main, at=step, **draft)

    resume.__name__ = name
    return onboarding.step(resume)


for _name, _step in _EARLIER_STEPS.items():
    _earlier_step(_name, _step, main=True)
    _earlier_step(f"extra_{_name}", _step, main=False)


# --- submitting ------------------------------------------------------------------------------


async def submit(turn: Turn) -> Reply:
    existing = await turn.services.influencers.by_user(turn.user.id)
    if existing is not None and not may_reapply(turn, existing):
        return show_status(turn, existing).end()
    data = turn.data
    application = Application(
        user_id=turn.user.id,
        display_name=data["name"],
        country=data["country"],
        niche=data["niche"],
        consent_version=data["consent_version"],
        consent_at=datetime.fromisoformat(data["consent_at"]),
        referral_code=data.get("referral"),
        registered_channel=turn.incoming.channel,
        channels=[
            ChannelRecord(c["platform"], c["handle"], c["url"], c["audience"])
            for c in data["channels"]
        ],
    )
    if existing is not None:
        await turn.services.influencers.resubmit(application, turn.now)
    else:
        await turn.services.influencers.submit(application, turn.now)
    return turn.say("onboarding-submitted", name=data["name"], days=REVIEW_DAYS).end()


# --- commands --------------------------------------------------------------------------------


def show_status(turn: Turn, influencer: InfluencerRecord) -> Reply:
    return turn.say(
        f"status-{influencer.status}",
        submitted=influencer.submitted_at.date(),
        programme=turn.settings.programme_name,
        support=turn.settings.support_contact,
    )


def may_reapply(turn: Turn, influencer: InfluencerRecord) -> bool:
    """A rejected applicant may apply again once the cooldown has passed."""
    return influencer.status == "rejected" and turn.now >= reapply_from(turn.settings, influencer)


async def start(turn: Turn) -> Reply:
    """/start [code]: begin, resume, or show where the application stands."""
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is not None and not may_reapply(turn, influencer):
        if influencer.status == "rejected":
            return turn.say(
                "review-reapply-wait",
                date=reapply_from(turn.settings, influencer).date(),
                support=turn.settings.support_contact,
            )
        show_status(turn, influencer)
        await remind_open_question(turn)
        return turn.reply
    code = turn.incoming.args.strip()
    referral = code if REFERRAL_CODE.fullmatch(code) else None
    registration = turn.frame_data(onboarding)  # also while its channel sub-flow runs
    if registration is not None:
        # A campaign link followed mid-registration still counts, unless one already does.
        if referral and not registration.get("referral"):
            registration["referral"] = referral
        return turn.say("onboarding-resume").again()
    if influencer is not None:
        turn.say("review-reapply-open")
    reply = await turn.start(onboarding)
    turn.data["referral"] = referral
    return reply


async def status(turn: Turn) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    registering = turn.frame_data(onboarding) is not None
    if influencer is not None and not (may_reapply(turn, influencer) and registering):
        show_status(turn, influencer)
        await remind_open_question(turn)
        return turn.reply.again()
    if registering:
        return turn.say("status-in-progress").again()
    return turn.say("status-none", programme=turn.settings.programme_name)


def register(router: Router) -> None:
    router.add_flow(onboarding)
    router.add_flow(channel_form)
    router.command("start")(start)
    router.command("status")(status)

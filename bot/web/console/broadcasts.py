"""Broadcasts: create (the wizard's choices, with the recipient count and a preview per
language before sending), follow live, cancel, and read the report.

Creating and cancelling call ``bot.broadcast.service`` as the /broadcast wizard and the
command line do (its ``create`` and ``cancel`` write the audit entries). Progress refreshes
itself every few seconds with a meta refresh: no JavaScript needed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from aiohttp import web

from bot.broadcast import service
from bot.broadcast.content import BUTTON_KINDS, BroadcastText, Content, button_label
from bot.broadcast.progress import Figures
from bot.broadcast.segment import CHANNELS, STATUSES, Segment
from bot.core.i18n import SUPPORTED_LOCALES
from bot.core.inputs import InputError, Url
from bot.core.moments import utc_moment
from bot.web.console.access import (
    Staff,
    config_of,
    form_of,
    guarded,
    notice,
    path_id,
    redirect,
    render,
)
from storage.broadcasts import ACTIVE
from storage.repositories import Repositories

ROLE = "broadcaster"
HOME = "/console/broadcasts"
REFRESH_S = 3


class FormError(Exception):
    def __init__(self, message_id: str, **args: Any) -> None:
        super().__init__(message_id)
        self.message_id = message_id
        self.args_ = args


def _list(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.replace(",", " ").split() if part.strip())


def _moment(value: str) -> datetime | None:
    value = value.strip()
    if not value:
        return None
    try:
        return utc_moment(value)
    except ValueError:
        raise FormError("broadcast-when-invalid") from None


def parse(form: dict[str, Any], locale: str) -> tuple[Content, Segment, datetime | None]:
    """Content, segment and time from the form, with the wizard's own validation."""
    texts: dict[str, str] = {}
    try:
        for code in SUPPORTED_LOCALES:
            raw = str(form.get(f"text_{code}", ""))
            if raw.strip():
                texts[code] = BroadcastText().parse(raw, locale)
        url = None
        button = str(form.get("button", "")) or None
        if button is not None:
            if button not in BUTTON_KINDS:
                raise FormError("console-broadcast-invalid")
            url = Url().parse(str(form.get("url", "")), locale)
    except InputError as error:
        raise FormError(error.message_id, **error.args_) from None
    if not texts:
        raise FormError("console-broadcast-no-text")
    fallbacks = {
        code: str(form.get(f"fallback_{code}"))
        for code in SUPPORTED_LOCALES
        if code not in texts and str(form.get(f"fallback_{code}", "")) in texts
    }
    try:
        content = Content(texts=texts, fallbacks=fallbacks, button=button, url=url)
    except ValueError:
        raise FormError("console-broadcast-invalid") from None
    languages = tuple(v for v in form.get("languages", ()) if v in SUPPORTED_LOCALES)
    statuses = tuple(v for v in form.get("statuses", ()) if v in STATUSES)
    channels = tuple(v for v in form.get("channels", ()) if v in CHANNELS)
    segment = Segment(
        languages=languages,
        countries=tuple(c.upper() for c in _list(str(form.get("countries", "")))),
        platforms=tuple(p.lower() for p in _list(str(form.get("platforms", "")))),
        statuses=statuses,
        tiers=_list(str(form.get("tiers", ""))),
        channels=channels,
        registered_since=_moment(str(form.get("registered_since", ""))),
        active_since=_moment(str(form.get("active_since", ""))),
    )
    return content, segment, _moment(str(form.get("at", "")))


def _values(form: Any) -> dict[str, Any]:
    """The form as the template refills it (lists for the checkboxes)."""
    values: dict[str, Any] = {key: str(form.get(key, "")) for key in form}
    for key in ("languages", "statuses", "channels"):
        values[key] = [str(v) for v in form.getall(key, [])]
    return values


async def _page(request: web.Request, staff: Staff, **context: Any) -> web.Response:
    config = config_of(request)
    async with config.database.read() as db:
        services = Repositories(db)
        recent = [
            (record, Figures.of(await services.broadcasts.counts(record.id)))
            for record in await services.broadcasts.recent(20)
        ]
    page: dict[str, Any] = {
        "recent": recent,
        "locales": SUPPORTED_LOCALES,
        "statuses": STATUSES,
        "channels": CHANNELS,
        "buttons": BUTTON_KINDS,
        "values": {"languages": [], "statuses": [], "channels": []},
        "audience": None,
        "previews": [],
        "error": None,
        "platforms_ready": bool(service.platforms(config.settings)),
    }
    page.update(context)
    return await render(request, staff, "broadcasts.html", page)


@guarded(ROLE, "broadcast.list")
async def listing(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _page(request, staff)


@guarded(ROLE, "broadcast.create")
async def create(request: web.Request, staff: Staff) -> web.StreamResponse:
    """``step=count``: the recipients and a preview per language; ``step=send``: create it."""
    config = config_of(request)
    form = await form_of(request)
    values = _values(form)
    mapping = {**values}
    try:
        content, segment, at = parse(mapping, staff.locale)
    except FormError as error:
        return await _page(
            request, staff, values=values, error={"message": error.message_id, "args": error.args_}
        )
    now = config.clock()
    if at is not None and at <= now:
        return await _page(
            request, staff, values=values, error={"message": "broadcast-when-past", "args": {}}
        )
    if not service.platforms(config.settings):
        return await _page(
            request, staff, values=values, error={"message": "broadcast-no-platform", "args": {}}
        )
    async with config.database.transaction() as db:
        services = Repositories(db)
        counted = await service.audience(services, config.settings, content, segment)
        if counted.empty:
            problem: dict[str, Any] | None = {"message": "broadcast-nobody", "args": {}}
            broadcast_id = None
        elif form.get("step") == "send":
            problem = None
            broadcast_id = await service.create(
                services,
                config.settings,
                content=content,
                segment=segment,
                actor=staff.actor,
                now=now,
                scheduled_at=at,
                counted=counted,
            )
        else:
            problem = None
            broadcast_id = None
    if broadcast_id is not None:
        await notice(request, "console-broadcast-created", id=broadcast_id)
        raise redirect(f"{HOME}/{broadcast_id}")
    previews = []
    for code in content.texts:
        others = [c for c, source in content.fallbacks.items() if source == code]
        reached = segment.languages_of([code, *others])
        if reached:
            names = [config.translator.render(staff.locale, f"language-name-{c}") for c in reached]
            previews.append((", ".join(names), content.texts[code]))
    return await _page(
        request,
        staff,
        values=values,
        error=problem,
        audience=None if counted.empty else counted,
        previews=previews,
        button=button_label(content.button) if content.button else None,
    )


@guarded(ROLE, "broadcast.status")
async def show(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    broadcast_id = path_id(request)
    async with config.database.read() as db:
        services = Repositories(db)
        record = await services.broadcasts.get(broadcast_id)
        figures = Figures.of(await services.broadcasts.counts(broadcast_id)) if record else None
    if record is None or figures is None:
        raise web.HTTPNotFound()
    active = record.state in ACTIVE
    return await render(
        request,
        staff,
        "broadcast.html",
        {
            "record": record,
            "figures": figures,
            "active": active,
            "refresh": REFRESH_S if active else None,
            "content": Content.from_dict(record.content),
        },
    )


@guarded(ROLE, "broadcast.cancel")
async def cancel(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    broadcast_id = path_id(request)
    async with config.database.transaction() as db:
        cancelled = await service.cancel(
            Repositories(db), broadcast_id, actor=staff.actor, now=config.clock()
        )
    message = "console-broadcast-cancelled" if cancelled else "broadcast-cancel-too-late"
    await notice(request, message, id=broadcast_id)
    raise redirect(f"{HOME}/{broadcast_id}")


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/broadcasts", listing)
    router.add_post("/broadcasts", create)
    router.add_get("/broadcasts/{id}", show)
    router.add_post("/broadcasts/{id}/cancel", cancel)

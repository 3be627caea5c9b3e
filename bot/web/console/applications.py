"""Applications: the review queue with filters, and claim / approve / reject / ask / release.

Each decision calls handlers/review.py's own functions (``approve``, ``reject``, ``ask``) on an
application the reviewer holds, as /review does, so chat and console leave the same rows, the
same notifications to the applicant and the same audit entries.
"""

from __future__ import annotations

from aiohttp import web

from bot.core.inputs import InputError
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
from handlers import review
from storage.console_overview import application_queue
from storage.repositories import Repositories
from storage.review import ClaimedApplication

ROLE = review.ROLE
DONE = {
    "approve": "console-application-approved",
    "reject": "console-application-rejected",
    "ask": "console-application-asked",
    "release": "console-application-released",
}
PLATFORMS = ("instagram", "tiktok", "youtube", "vk", "telegram", "twitch", "other")


def _where(influencer_id: int) -> str:
    return f"/console/applications/{influencer_id}"


@guarded(ROLE, "review.list")
async def queue(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    query = request.query
    country = query.get("country", "").strip().upper()[:2] or None
    platform = query.get("platform", "") if query.get("platform") in PLATFORMS else None
    minimum = query.get("min_audience", "").strip()
    min_audience = int(minimum) if minimum.isdigit() else None
    by_audience = query.get("sort") == "audience"
    async with config.database.read() as db:
        rows = await application_queue(
            db,
            country=country,
            platform=platform,
            min_audience=min_audience,
            by_audience=by_audience,
        )
        waiting = await Repositories(db).review.waiting(config.clock())
    return await render(
        request,
        staff,
        "applications.html",
        {
            "rows": rows,
            "waiting": waiting,
            "platforms": PLATFORMS,
            "filters": {
                "country": country or "",
                "platform": platform or "",
                "min_audience": min_audience or "",
                "sort": "audience" if by_audience else "oldest",
            },
            "now": config.clock(),
        },
    )


@guarded(ROLE, "review.claim")
async def claim(request: web.Request, staff: Staff) -> web.StreamResponse:
    """Take this application, as /review takes the oldest: held for this reviewer alone."""
    config = config_of(request)
    influencer_id = path_id(request)
    now = config.clock()
    async with config.database.transaction() as db:
        services = Repositories(db)
        identity = await services.users.identity(staff.account.channel, staff.account.external_id)
        claimed = await services.review.claim(
            staff.actor,
            influencer_id,
            now,
            review.hold(config.settings),
            exclude_user=identity.user_id if identity else None,
        )
        if claimed is not None and not claimed.resumed:
            await services.audit.record(
                staff.actor,
                "review.claim",
                review.subject(influencer_id),
                {"until": claimed.claim_expires_at.isoformat()},
                now,
            )
    if claimed is None:
        await notice(request, "console-application-taken")
        raise redirect("/console/applications")
    raise redirect(_where(influencer_id))


async def _held(
    services: Repositories, staff: Staff, influencer_id: int, request: web.Request
) -> ClaimedApplication | None:
    """The application if this reviewer still holds it (the hold is extended), as /review's
    every step checks."""
    config = config_of(request)
    hold = review.hold(config.settings)
    if not await services.review.extend(staff.actor, influencer_id, config.clock(), hold):
        return None
    return await services.review.claimed(staff.actor, influencer_id)


@guarded(ROLE, "review.view")
async def show(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    influencer_id = path_id(request)
    async with config.database.read() as db:
        services = Repositories(db)
        claimed = await services.review.claimed(staff.actor, influencer_id)
        record = claimed.application if claimed else await services.influencers.by_id(influencer_id)
    if record is None:
        raise web.HTTPNotFound()
    return await render(
        request,
        staff,
        "application.html",
        {
            "application": record,
            "claimed": claimed,
            "reasons": review.REASONS,
            "error": request.query.get("error"),
        },
    )


async def _decide(request: web.Request, staff: Staff, decision: str) -> web.StreamResponse:
    config = config_of(request)
    influencer_id = path_id(request)
    form = await form_of(request)
    now = config.clock()
    settings = config.settings
    try:
        async with config.database.transaction() as db:
            services = Repositories(db)
            claimed = await _held(services, staff, influencer_id, request)
            if claimed is None:
                done = False
            elif decision == "approve":
                done = await review.approve(services, settings, staff.actor, claimed, now)
            elif decision == "reject":
                reason = str(form.get("reason", ""))
                note = None
                if reason == "other":
                    note = str(review.NOTE.parse(str(form.get("note", "")), staff.locale))
                elif reason not in review.REASONS:
                    raise InputError("console-reason-missing")
                done = await review.reject(
                    services, settings, staff.actor, claimed, reason, note, now
                )
            elif decision == "ask":
                text = str(review.QUESTION.parse(str(form.get("question", "")), staff.locale))
                done = await review.ask(services, settings, staff.actor, claimed, text, now)
            else:
                await services.review.release(staff.actor, influencer_id)
                await services.audit.record(
                    staff.actor, "review.release", review.subject(influencer_id), {}, now
                )
                done = True
    except InputError as error:
        await notice(request, error.message_id, **error.args_)
        raise redirect(_where(influencer_id)) from None
    if not done:
        await notice(request, "console-application-not-held")
        raise redirect("/console/applications")
    name = claimed.application.display_name if claimed else ""
    await notice(request, DONE[decision], name=name)
    raise redirect("/console/applications")


@guarded(ROLE, "review.approve")
async def approve(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _decide(request, staff, "approve")


@guarded(ROLE, "review.reject")
async def reject(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _decide(request, staff, "reject")


@guarded(ROLE, "review.ask")
async def ask(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _decide(request, staff, "ask")


@guarded(ROLE, "review.release")
async def release(request: web.Request, staff: Staff) -> web.StreamResponse:
    return await _decide(request, staff, "release")


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/applications", queue)
    router.add_get("/applications/{id}", show)
    router.add_post("/applications/{id}/claim", claim)
    router.add_post("/applications/{id}/approve", approve)
    router.add_post("/applications/{id}/reject", reject)
    router.add_post("/applications/{id}/ask", ask)
    router.add_post("/applications/{id}/release", release)

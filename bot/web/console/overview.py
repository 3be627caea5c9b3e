"""``GET /console/``: what waits for staff (applications, open support tickets, payouts) and
the last 30 days at a glance."""

from __future__ import annotations

from collections import defaultdict

from aiohttp import web

from bot.broadcast import service as broadcasts
from bot.broadcast.progress import Figures
from bot.core.formatting import format_money, format_number
from bot.core.money import Money
from bot.web.console.access import STAFF, Staff, config_of, guarded, render
from bot.web.console.charts import bar_chart, days
from storage.console_overview import ConsoleOverview
from storage.daily_figures import DailyFigures
from storage.repositories import Repositories

PERIOD_DAYS = 30


@guarded(STAFF, "console.overview")
async def overview(request: web.Request, staff: Staff) -> web.StreamResponse:
    config = config_of(request)
    now = config.clock()
    today = now.date()
    period = days(today, PERIOD_DAYS)
    since = period[0]
    async with config.database.read() as db:
        services = Repositories(db)
        figures = ConsoleOverview(db)
        waiting = await services.review.waiting(now)
        by_status = await services.influencers.count_by_status()
        by_tier = await figures.tiers()
        daily = DailyFigures(db)
        clicks = await daily.clicks_per_day(since)
        orders, commission = await daily.orders_per_day(since)
        payouts = await figures.payouts_waiting()
        tickets = await services.tickets.count()
        active = [
            (record, Figures.of(await services.broadcasts.counts(record.id)))
            for record in await broadcasts.active(services)
        ]
    locale = staff.locale
    t = config.translator
    labels = [d.isoformat()[5:] for d in period]
    keys = [d.isoformat() for d in period]
    click_map = {f.day: f.value for f in clicks}
    order_map = {f.day: f.value for f in orders}
    per_currency: dict[str, dict[str, int]] = defaultdict(dict)
    for f in commission:
        per_currency[f.currency or ""][f.day] = f.value
    currencies: list[str | None] = [*sorted(per_currency)] or [None]
    charts = [
        bar_chart(
            t.render(locale, "console-chart-clicks"),
            labels,
            [(t.render(locale, "console-chart-clicks"), [click_map.get(k, 0) for k in keys])],
            lambda v: format_number(int(v), locale),
        ),
        bar_chart(
            t.render(locale, "console-chart-orders"),
            labels,
            [(t.render(locale, "console-chart-orders"), [order_map.get(k, 0) for k in keys])],
            lambda v: format_number(int(v), locale),
        ),
    ]
    for currency in currencies:
        values = per_currency.get(currency or "", {})
        code = currency or "EUR"
        charts.append(
            bar_chart(
                t.render(locale, "console-chart-commission", {"currency": code}),
                labels,
                [(code, [values.get(k, 0) for k in keys])],
                lambda v, code=code: format_money(Money(int(v), code), locale),  # type: ignore[misc]
            )
        )
    return await render(
        request,
        staff,
        "overview.html",
        {
            "waiting": waiting,
            "by_status": sorted(by_status.items()),
            "by_tier": sorted(by_tier.items()),
            "payouts": payouts,
            "tickets": tickets,
            "active": active,
            "charts": charts,
        },
    )


def routes(router: web.UrlDispatcher) -> None:
    router.add_get("/", overview)

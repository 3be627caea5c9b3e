"""/earnings and questions about earnings in the user's own words.

/earnings shows a period (this month unless asked otherwise) in detail: commission per
currency and status, orders, clicks and conversion rate, top links and the latest orders; then
today, the last 7 days, this month, last month and all time at a glance, the balance (pending
with the date it can be confirmed, confirmed, paid) and the tier. Buttons switch the period and
open the figures of each link. Typed questions ("how much did I earn in October?", "what is
pending?", "when do I get paid?") are understood by ``bot.services.questions`` and answered from
the same data.

Days are the programme's days: ``BOT_TIMEZONE`` (Europe/Paris by default) says where "today"
begins. Money is shown per currency and never added across currencies. Every figure is read for
the user the engine says is talking; a button only names a period or a link, and a link that
is not theirs is refused.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from zoneinfo import ZoneInfo

from babel.dates import format_interval, format_skeleton
from babel.lists import format_list

from bot.core.flow import Reply, Router, Turn
from bot.core.formatting import format_day, format_money
from bot.core.i18n import SUPPORTED_LOCALES
from bot.core.inputs import ChoiceOption
from bot.core.money import Money
from bot.services import periods
from bot.services.earnings import shown_status
from bot.services.periods import Period, PeriodError
from bot.services.questions import (
    BALANCE,
    CANCELLED,
    CLICKS,
    EARNINGS,
    FUTURE,
    PAYOUT,
    PENDING,
    UNCLEAR,
    Question,
    named_in,
    topics,
    understand,
)
from bot.services.tiers import TierLadder, progress, tier_name
from storage.earnings import (
    Account,
    Amount,
    BalanceFigures,
    Earnings,
    Figures,
    LinkFigures,
    LinkInfo,
    Window,
)

SCOPE = ("earnings", "view")
# The periods of the buttons and of the glance: (label, period code).
STANDARD = (("today", "td"), ("week", "d7"), ("month", "tm"), ("last-month", "lm"), ("all", "al"))
OVERVIEW = "tm"
TOP_LINKS = 3
LAST_ORDERS = 5
LINKS_SHOWN = 8
PENDING_DATES = 6
LONGEST_QUESTION = 300  # characters; longer text is not a question about earnings


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _today(turn: Turn) -> date:
    return periods.local_today(turn.now, _zone(turn.settings.timezone))


def _window(turn: Turn, period: Period) -> Window:
    start, end = period.bounds(_zone(turn.settings.timezone))
    return Window(period.code(), start, end)


def _local_day(turn: Turn, moment: datetime) -> date:
    return moment.astimezone(_zone(turn.settings.timezone)).date()


# --- words -----------------------------------------------------------------------------------


def _range(period: Period, locale: str) -> str:
    """The days of a period as CLDR writes them in ``locale`` ("1–25 нояб. 2026 г.")."""
    if period.start is None:
        return ""
    if period.kind in (periods.TODAY, periods.YESTERDAY, periods.DAY, periods.SINCE):
        return format_day(period.start, locale)
    if period.kind == periods.MONTH:
        return str(format_skeleton("yMMMM", period.start, locale=locale))
    if period.kind == periods.YEAR:
        return str(format_skeleton("y", period.start, locale=locale))
    return str(format_interval(period.start, period.last_day, "yMMMd", locale=locale))


def _period_name(turn: Turn, period: Period) -> str:
    return turn.t(
        "earnings-period", kind=period.kind, range=_range(period, turn.locale), days=period.days
    )


def _money_list(turn: Turn, amounts: Sequence[Money]) -> str:
    """Amounts in several currencies, listed as CLDR lists words (never added together):
    "€1.60 and 120,00 zł", "1,60 €, 2,00 $ и 120,00 zł"."""
    return str(format_list([format_money(m, turn.locale) for m in amounts], locale=turn.locale))


def _rate(orders: int, clicks: int) -> Decimal:
    return Decimal(orders) / Decimal(clicks)


def _stats(turn: Turn, figures: Figures | LinkFigures) -> list[str]:
    if figures.clicks:
        lines = [
            turn.t(
                "earnings-stats",
                orders=figures.orders,
                clicks=figures.clicks,
                rate=_rate(figures.orders, figures.clicks),
            )
        ]
    else:
        lines = [turn.t("earnings-stats-no-clicks", orders=figures.orders)]
    if figures.cancelled:
        lines.append(turn.t("earnings-cancelled", count=figures.cancelled))
    return lines


def _amounts(turn: Turn, amounts: Sequence[Amount]) -> str:
    if not amounts:
        return turn.t("earnings-amount-none")
    return "\n".join(
        turn.t(
            "earnings-amount",
            total=Money(a.total_minor, a.currency),
            pending=Money(a.pending_minor, a.currency),
            confirmed=Money(a.confirmed_minor, a.currency),
        )
        for a in amounts
    )


def _earned_all_time(turn: Turn, balances: Sequence[BalanceFigures]) -> str:
    if not balances:
        return turn.t("earnings-amount-none")
    return "\n".join(
        turn.t(
            "earnings-amount-all",
            total=Money(b.earned_minor, b.currency),
            pending=Money(b.pending_minor, b.currency),
            confirmed=Money(b.confirmed_minor, b.currency),
            paid=Money(b.paid_minor, b.currency),
        )
        for b in balances
    )


def _balance(turn: Turn, balances: Sequence[BalanceFigures]) -> str | None:
    if not balances:
        return None
    today = _today(turn)
    lines: list[str] = []
    for b in balances:
        pending = Money(b.pending_minor, b.currency)
        if b.pending_minor and b.next_confirmation is not None:
            day = _local_day(turn, b.next_confirmation)
            if day > today:
                lines.append(turn.t("earnings-balance-pending-next", amount=pending, date=day))
            else:
                lines.append(turn.t("earnings-balance-pending-late", amount=pending))
        else:
            lines.append(turn.t("earnings-balance-pending", amount=pending))
        confirmed = Money(b.confirmed_minor, b.currency)
        if b.owed_minor:
            lines.append(turn.t("earnings-balance-owed", amount=Money(b.owed_minor, b.currency)))
        elif b.requested_minor:
            requested = Money(b.requested_minor, b.currency)
            lines.append(
                turn.t(
                    "earnings-balance-confirmed-requested", amount=confirmed, requested=requested
                )
            )
        else:
            lines.append(turn.t("earnings-balance-confirmed", amount=confirmed))
        lines.append(turn.t("earnings-balance-paid", amount=Money(b.paid_minor, b.currency)))
    return turn.t("earnings-balance", lines="\n".join(lines))


def _glance(turn: Turn, figures: dict[str, Figures], balances: Sequence[BalanceFigures]) -> str:
    amounts: dict[str, str] = {}
    for label, code in STANDARD:
        if code == "al":  # all time is the balance rollup: every bucket, bonuses included
            money = [Money(b.earned_minor, b.currency) for b in balances if b.earned_minor]
        else:
            money = [Money(a.total_minor, a.currency) for a in figures[code].amounts]
        amounts[label] = _money_list(turn, money) if money else turn.t("earnings-glance-none")
    return turn.t(
        "earnings-glance",
        today=amounts["today"],
        week=amounts["week"],
        month=amounts["month"],
        lastMonth=amounts["last-month"],
        all=amounts["all"],
    )


def _ranked(links: Sequence[LinkFigures]) -> list[LinkFigures]:
    """Most orders first, then most commission (compared within a currency), then clicks."""
    return sorted(
        links,
        key=lambda f: (
            -f.orders,
            -max((a.total_minor for a in f.amounts), default=0),
            -f.clicks,
            f.link_id,
        ),
    )


def _link_money(turn: Turn, figures: LinkFigures) -> str:
    money = [Money(a.total_minor, a.currency) for a in figures.amounts]
    return _money_list(turn, money) if money else turn.t("earnings-link-nothing")


async def _tier(turn: Turn, influencer_id: int) -> str:
    ladder = TierLadder.from_settings(turn.settings)
    standing = await progress(turn.services, influencer_id, ladder)
    if standing.is_top:
        return turn.t(
            "tier-progress-top", tier=tier_name(standing.tier), contact=ladder.manager_contact
        )
    if standing.next_tier is None:  # a tier staff gave by hand, off the ladder
        return turn.t("earnings-tier", tier=tier_name(standing.tier))
    return turn.t(
        "tier-progress",
        tier=tier_name(standing.tier),
        sales=standing.confirmed_sales,
        remaining=standing.remaining,
        next=tier_name(standing.next_tier),
    )


def _period_buttons(prefix: str) -> list[ChoiceOption]:
    return [ChoiceOption(f"{prefix}{code}", f"earnings-button.{label}") for label, code in STANDARD]


# --- who may see earnings --------------------------------------------------------------------


async def _account(turn: Turn) -> Account | None:
    """The influencer asking, if they may see earnings; otherwise says why not."""
    account = await turn.services.earnings.account(turn.user.id)
    if account is None:
        turn.say("earnings-not-registered")
        return None
    if account.status in ("pending", "rejected"):
        turn.say(f"earnings-not-approved-{account.status}")
        return None
    return account  # approved, or suspended: their money is still theirs to see


async def _nothing_yet(turn: Turn, account: Account, queries: Earnings) -> bool:
    """Says so when there is nothing to report yet (no links, or no sale ever)."""
    if await queries.has_orders(account.influencer_id):
        return False
    if not await queries.has_links(account.influencer_id):
        turn.say("earnings-no-links")
        return True
    month = periods.relative(periods.THIS_MONTH, _today(turn))
    figures = await queries.figures(account.influencer_id, [_window(turn, month)])
    turn.say("earnings-no-sales", clicks=figures[month.code()].clicks)
    return True


# --- views -----------------------------------------------------------------------------------


async def report(turn: Turn, account: Account, period: Period) -> Reply:
    """A period in detail, the standard periods at a glance, balance, tier, top links, orders."""
    queries = turn.services.earnings
    balances = await queries.balances(account.influencer_id)
    if not balances and await _nothing_yet(turn, account, queries):
        return turn.reply
    today = _today(turn)
    wanted = {period.code(): period}
    for _, code in STANDARD:
        if code != "al":  # all time comes from the balance
            wanted.setdefault(code, periods.from_code(code, today))
    windows = [_window(turn, p) for p in wanted.values()]
    figures = await queries.figures(account.influencer_id, windows)
    selected = figures[period.code()]

    sections: list[str] = []
    if period.kind == periods.ALL:
        sections.append(_earned_all_time(turn, balances))
    else:
        sections.append(_amounts(turn, selected.amounts))
    sections.append("\n".join(_stats(turn, selected)))
    sections.append(_glance(turn, figures, balances))
    if period.kind != periods.ALL:
        balance = _balance(turn, balances)
        if balance:
            sections.append(balance)
    sections.append(await _tier(turn, account.influencer_id))
    top = [f for f in _ranked(selected.links) if f.orders or f.clicks][:TOP_LINKS]
    if top:
        info = await queries.links(account.influencer_id, [f.link_id for f in top])
        lines = [
            turn.t(
                "earnings-top-line",
                position=position,
                code=info[f.link_id].code,
                campaign=info[f.link_id].campaign,
                amounts=_link_money(turn, f),
                orders=f.orders,
                clicks=f.clicks,
            )
            for position, f in enumerate(top, 1)
            if f.link_id in info
        ]
        sections.append(turn.t("earnings-top", lines="\n".join(lines)))
    orders = await _orders(turn, queries, account, windows[0])
    if orders:
        sections.append(orders)
    choices = [
        *_period_buttons("p."),
        ChoiceOption(f"l.{period.code()}", "earnings-button.links"),
    ]
    return turn.reply.offer(
        "earnings-report",
        scope=SCOPE,
        choices=choices,
        period=_period_name(turn, period),
        sections="\n\n".join(sections),
    )


async def _orders(
    turn: Turn, queries: Earnings, account: Account, window: Window, link_id: int | None = None
) -> str | None:
    found = await queries.last_orders(
        account.influencer_id, window, limit=LAST_ORDERS, link_id=link_id
    )
    if not found:
        return None
    lines = [
        turn.t(
            "earnings-order",
            date=_local_day(turn, o.ordered_at),
            code=o.code,
            amount=Money(o.amount_minor, o.currency),
            commission=Money(o.commission_minor, o.currency),
            status=shown_status(o),
            refunded=Money(o.refunded_minor, o.currency),
            until=_local_day(turn, o.locks_until),
        )
        for o in found
    ]
    return turn.t("earnings-orders", lines="\n".join(lines))


async def links_view(turn: Turn, account: Account, period: Period) -> Reply:
    """Every link with clicks or orders in the period, and a button for each one's detail."""
    queries = turn.services.earnings
    figures = (await queries.figures(account.influencer_id, [_window(turn, period)]))[period.code()]
    ranked = [f for f in _ranked(figures.links) if f.orders or f.clicks or f.cancelled]
    shown = ranked[:LINKS_SHOWN]
    info = await queries.links(account.influencer_id, [f.link_id for f in shown])
    shown = [f for f in shown if f.link_id in info]
    lines = [
        turn.t(
            "earnings-links-line",
            position=position,
            code=info[f.link_id].code,
            campaign=info[f.link_id].campaign,
            clicks=f.clicks,
            orders=f.orders,
            amounts=_link_money(turn, f),
        )
        for position, f in enumerate(shown, 1)
    ]
    if len(ranked) > len(shown):
        lines.append(turn.t("earnings-links-more", count=len(ranked) - len(shown)))
    choices = [
        ChoiceOption(f"k{f.link_id}.{period.code()}", info[f.link_id].code, literal=True)
        for f in shown
    ]
    choices.append(ChoiceOption(f"p.{period.code()}", "earnings-button.back"))
    return turn.reply.offer(
        "earnings-links",
        scope=SCOPE,
        choices=choices,
        period=_period_name(turn, period),
        lines="\n".join(lines) if lines else turn.t("earnings-links-none"),
    )


async def link_view(turn: Turn, account: Account, link_id: int, period: Period) -> Reply:
    """One link's figures in the period, and its latest orders."""
    queries = turn.services.earnings
    info = await queries.link(account.influencer_id, link_id)
    if info is None:  # not theirs, or gone
        return turn.say("button-stale")
    window = _window(turn, period)
    figures = (await queries.figures(account.influencer_id, [window], link_id=link_id))[window.name]
    sections = [_amounts(turn, figures.amounts), "\n".join(_stats(turn, figures))]
    orders = await _orders(turn, queries, account, window, link_id)
    if orders:
        sections.append(orders)
    choices = [
        *_period_buttons(f"k{link_id}."),
        ChoiceOption(f"l.{period.code()}", "earnings-button.links"),
    ]
    return turn.reply.offer(
        "earnings-link",
        scope=SCOPE,
        choices=choices,
        code=info.code,
        campaign=info.campaign,
        url=f"{turn.settings.public_base_url.rstrip('/')}/l/{info.code}",
        period=_period_name(turn, period),
        sections="\n\n".join(sections),
    )


async def pending_view(turn: Turn, account: Account) -> Reply:
    """Pending commission by the local day it can be confirmed, per currency."""
    orders = await turn.services.earnings.pending(account.influencer_id)
    if not orders:
        return turn.say("earnings-pending-none")
    today = _today(turn)
    by_currency: dict[str, dict[date, list[int]]] = defaultdict(dict)
    for order in orders:
        day = max(_local_day(turn, order.locks_until), today)  # past dates: waiting for the shop
        entry = by_currency[order.currency].setdefault(day, [0, 0])
        entry[0] += order.commission_minor
        entry[1] += 1
    lines: list[str] = []
    for currency in sorted(by_currency):
        days = sorted(by_currency[currency].items())
        later = days[PENDING_DATES:]
        for day, (minor, count) in days[:PENDING_DATES]:
            amount = Money(minor, currency)
            if day <= today:
                lines.append(turn.t("earnings-pending-late-line", amount=amount, orders=count))
            else:
                lines.append(turn.t("earnings-pending-line", date=day, amount=amount, orders=count))
        if later:
            lines.append(
                turn.t(
                    "earnings-pending-later",
                    amount=Money(sum(m for _, (m, _) in later), currency),
                    orders=sum(c for _, (_, c) in later),
                )
            )
    return turn.say("earnings-pending", lines="\n".join(lines))


async def balance_view(turn: Turn, account: Account) -> Reply:
    """The balance alone ("what's my balance?"): pending, confirmed and paid, per currency."""
    balances = await turn.services.earnings.balances(account.influencer_id)
    balance = _balance(turn, balances)
    if balance is None:
        return turn.say("earnings-balance-none")
    return turn.say("earnings-balance-only", balance=balance)


async def clicks_view(turn: Turn, account: Account, period: Period) -> Reply:
    """Clicks in a period, with the orders they brought ("how many clicks today?")."""
    queries = turn.services.earnings
    figures = (await queries.figures(account.influencer_id, [_window(turn, period)]))[period.code()]
    return turn.reply.offer(
        "earnings-clicks",
        scope=SCOPE,
        choices=[
            *_period_buttons("p."),
            ChoiceOption(f"l.{period.code()}", "earnings-button.links"),
        ],
        period=_period_name(turn, period),
        stats="\n".join(_stats(turn, figures)),
    )


async def cancelled_view(turn: Turn, account: Account) -> Reply:
    """The latest cancelled or refunded orders and why, as the shop said when it did."""
    found = await turn.services.earnings.cancelled(account.influencer_id)
    if not found:
        return turn.say("earnings-cancelled-none")
    lines = [
        turn.t(
            "earnings-cancelled-line",
            date=_local_day(turn, order.ordered_at),
            code=order.code,
            amount=Money(order.amount_minor, order.currency),
            status="reversed" if order.status == "reversed" else "refunded",
            refunded=Money(order.refunded_minor, order.currency),
            reason=order.reason or turn.t("earnings-cancelled-no-reason"),
        )
        for order in found
    ]
    return turn.say("earnings-cancelled-orders", lines="\n".join(lines))


async def campaign_view(
    turn: Turn, account: Account, campaign: str, links: Sequence[LinkInfo], period: Period
) -> Reply:
    """One campaign's figures in a period, its links together ("how much from Winter Sale?")."""
    queries = turn.services.earnings
    window = _window(turn, period)
    figures = (await queries.figures(account.influencer_id, [window]))[window.name]
    ids = {link.id for link in links}
    mine = [f for f in figures.links if f.link_id in ids]
    money: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for link in mine:
        for amount in link.amounts:
            money[amount.currency][0] += amount.pending_minor
            money[amount.currency][1] += amount.confirmed_minor
    total = Figures(
        orders=sum(f.orders for f in mine),
        cancelled=sum(f.cancelled for f in mine),
        clicks=sum(f.clicks for f in mine),
        amounts=tuple(Amount(c, p, k) for c, (p, k) in sorted(money.items())),
        links=tuple(mine),
    )
    sections = [_amounts(turn, total.amounts), "\n".join(_stats(turn, total))]
    return turn.say(
        "earnings-campaign",
        campaign=campaign,
        period=_period_name(turn, period),
        sections="\n\n".join(sections),
    )


async def payout_view(turn: Turn, account: Account) -> Reply:
    """When money can be paid: open requests, what is available against the minimum payout,
    and when pending orders would bring it there."""
    queries = turn.services.earnings
    balances = await queries.balances(account.influencer_id)
    requests = await queries.open_requests(account.influencer_id)
    if not any(b.confirmed_minor or b.pending_minor for b in balances) and not requests:
        return turn.say("earnings-payout-none")
    today = _today(turn)
    schedule: list[tuple[date, str, int]] | None = None
    lines: list[str] = []
    for request in requests:
        lines.append(
            turn.t(
                "earnings-payout-requested",
                amount=Money(request.amount_minor, request.currency),
                date=_local_day(turn, request.requested_at),
            )
        )
    for b in balances:
        available = max(b.confirmed_minor - b.requested_minor, 0)
        if not available and not b.pending_minor and not b.owed_minor:
            continue
        if b.owed_minor:  # a refund after a payout: settled before anything is available
            lines.append(turn.t("earnings-balance-owed", amount=Money(b.owed_minor, b.currency)))
        minimum = turn.settings.minimum_payout(b.currency)  # minor units of this currency
        if available >= minimum:
            lines.append(turn.t("earnings-payout-ready", amount=Money(available, b.currency)))
            continue
        lines.append(
            turn.t(
                "earnings-payout-short",
                available=Money(available, b.currency),
                minimum=Money(minimum, b.currency),
                missing=Money(minimum - available + b.owed_minor, b.currency),
            )
        )
        if schedule is None:
            schedule = [
                (_local_day(turn, o.locks_until), o.currency, o.commission_minor)
                for o in await queries.pending(account.influencer_id)
            ]
        reached = available - b.owed_minor
        for day, currency, minor in schedule:
            if currency != b.currency:
                continue
            reached += minor
            if reached >= minimum:
                if day > today:
                    lines.append(turn.t("earnings-payout-eta", date=day))
                else:
                    lines.append(turn.t("earnings-payout-eta-shop"))
                break
    if not lines:
        return turn.say("earnings-payout-none")
    return turn.say("earnings-payout", lines="\n".join(lines))


# --- entry points ----------------------------------------------------------------------------


async def answer(turn: Turn, asked: Question) -> Reply:
    """Reply to a question about earnings, for the user the engine says is talking."""
    account = await _account(turn)
    if account is None:
        return turn.reply
    if asked.intent == PENDING:
        return await pending_view(turn, account)
    if asked.intent == PAYOUT:
        return await payout_view(turn, account)
    if asked.intent == FUTURE:
        return turn.say("earnings-future")
    if asked.intent == BALANCE:
        return await balance_view(turn, account)
    if asked.intent == CANCELLED:
        return await cancelled_view(turn, account)
    if asked.intent not in (EARNINGS, CLICKS):
        return turn.say("earnings-examples")
    period = asked.period or periods.from_code(OVERVIEW, _today(turn))
    if asked.intent == CLICKS:
        return await clicks_view(turn, account, period)
    return await report(turn, account, period)


async def earnings_command(turn: Turn) -> Reply:
    """/earnings, or /earnings followed by a period ("/earnings last month")."""
    text = turn.incoming.args.strip()
    if not text:
        asked = Question(EARNINGS)
    else:
        named = await _named(turn, text[:LONGEST_QUESTION], asked=True)  # "/earnings WINTER01"
        if named is not None:
            return named.again()
        found = understand(text[:LONGEST_QUESTION], turn.locale, _today(turn), SUPPORTED_LOCALES)
        asked = found or Question(UNCLEAR)
    return (await answer(turn, asked)).again()


async def pressed(turn: Turn) -> Reply:
    """A button of a view: ``p.<period>`` report, ``l.<period>`` links, ``k<link>.<period>``."""
    choice = turn.choice or ""
    view, _, code = choice.partition(".")
    try:
        period = periods.from_code(code, _today(turn))
        link_id = int(view[1:]) if view.startswith("k") and view[1:].isdigit() else None
    except PeriodError:
        return turn.say("button-stale").again()
    if view not in ("p", "l") and link_id is None:
        return turn.say("button-stale").again()
    account = await _account(turn)
    if account is None:
        return turn.reply.again()
    if link_id is not None:
        reply = await link_view(turn, account, link_id, period)
    elif view == "p":
        reply = await report(turn, account, period)
    else:  # "l": anything else was refused above
        reply = await links_view(turn, account, period)
    return reply.again()


async def question(turn: Turn) -> Reply | None:
    """Typed text when no question is open: answered if it is about earnings, else left."""
    text = turn.incoming.text or ""
    if len(text) > LONGEST_QUESTION:
        return None
    asked = understand(text, turn.locale, _today(turn), SUPPORTED_LOCALES)
    if asked is None and not topics(text, turn.locale):
        return None
    named = await _named(turn, text)
    if named is not None:
        return named
    if asked is None:
        return None
    return await answer(turn, asked)


async def _named(turn: Turn, text: str, *, asked: bool = False) -> Reply | None:
    """A question about one of the asker's links (by code) or campaigns (by name): that
    link's or campaign's figures for the period asked (all time when none is named).
    ``asked``: the text follows /earnings, so a name alone is the question."""
    queries = turn.services.earnings
    account = await queries.account(turn.user.id)
    if account is None or account.status in ("pending", "rejected"):
        return None
    links = await queries.all_links(account.influencer_id)
    if not links:
        return None
    names = [link.code for link in links] + sorted({link.campaign for link in links})
    found = named_in(text, turn.locale, names)
    if found is None:
        return None
    index, rest = found
    if not asked and not topics(rest, turn.locale):
        return None  # "I love the Winter Sale": a name, but no question about it
    wanted = understand(rest, turn.locale, _today(turn), SUPPORTED_LOCALES) or Question(EARNINGS)
    if wanted.intent not in (EARNINGS, CLICKS, UNCLEAR, FUTURE):
        return None  # "when is my Winter Sale payout?": the other answers know better
    if wanted.intent in (UNCLEAR, FUTURE):
        return await answer(turn, wanted)
    period = wanted.period or periods.relative(periods.ALL, _today(turn))
    if index < len(links):
        return await link_view(turn, account, links[index].id, period)
    campaign = names[index]
    return await campaign_view(
        turn, account, campaign, [link for link in links if link.campaign == campaign], period
    )


def register(router: Router) -> None:
    router.command("earnings")(earnings_command)
    router.action(*SCOPE)(pressed)
    router.intent(question)

"""Conversion events from the shop (signed postback or CSV row): validate, attribute, book.

Both ways in call :func:`apply_event`, so a sale means the same whichever way it arrives.
Refusals carry a machine-readable reason for the shop's developers and the import report.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.core.message_args import MessageArg, Money, Msg, arg_to_json, to_json
from bot.core.moments import utc_moment
from bot.services import notifications
from bot.services.tiers import START_TIER, TierLadder, flat_rate, promote
from storage.db import Database
from storage.ledger import STATUSES, Attribution, ConversionEvent, EventOutcome
from storage.referrals import Referrals
from storage.repositories import Repositories

FIELDS = (
    "event_id",
    "click_id",
    "link_code",
    "order_id",
    "amount",
    "currency",
    "status",
    "refund_amount",
    "ordered_at",
)
# ``reason``: the shop's words on why an order was cancelled, shown to the influencer.
_LIMITS = {"event_id": 128, "order_id": 128, "click_id": 32, "link_code": 16, "reason": 256}
_DIGITS = re.compile(r"[0-9]{1,18}")
_CURRENCY = re.compile(r"[A-Z]{3}")
MAX_AMOUNT = 10**15  # far above any order; keeps every sum inside BIGINT


class ValidationError(ValueError):
    """A refused event; ``reason`` is machine-readable (``unknown_link``, ``bad_amount``...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class NotAttributed(Exception):
    """A well-formed event for an order that the link cannot have brought: placed before the
    click (``ordered_before_click``) or before the link existed (``ordered_before_link``).
    Nothing is booked; the shop is told why, not that its event was malformed."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ParsedEvent:
    event: ConversionEvent
    click_id: str | None
    link_code: str | None


def _text(data: Mapping[str, object], name: str, *, required: bool) -> str | None:
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise ValidationError(f"missing_field:{name}")
        return None
    if not isinstance(value, str) or len(value) > _LIMITS[name] or value != value.strip():
        raise ValidationError(f"bad_field:{name}")
    return value


def _required_text(data: Mapping[str, object], name: str) -> str:
    value = _text(data, name, required=True)
    if value is None:  # _text refuses a missing required field; this tells the type checker
        raise ValidationError(f"missing_field:{name}")
    return value


def _minor(value: object, reason: str) -> int:
    """Whole minor units: a JSON integer or a string of digits; never a float or a bool."""
    if isinstance(value, bool):
        raise ValidationError(reason)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and _DIGITS.fullmatch(value):
        number = int(value)
    else:
        raise ValidationError(reason)
    if not 0 <= number <= MAX_AMOUNT:
        raise ValidationError(reason)
    return number


EARLIEST_ORDER = datetime(2000, 1, 1, tzinfo=UTC)


def _moment(value: object, now: datetime) -> datetime:
    """ISO 8601; a time without an offset is taken as UTC."""
    if value is None or value == "":
        return now
    if not isinstance(value, str):
        raise ValidationError("bad_ordered_at")
    try:
        moment = utc_moment(value)
    except ValueError:
        raise ValidationError("bad_ordered_at") from None
    # A sale from before the programme could exist, or from the future, is a bad event
    # (and far-off dates overflow the date arithmetic of the holding period).
    if not EARLIEST_ORDER <= moment <= now + timedelta(days=1):
        raise ValidationError("bad_ordered_at")
    return moment


def parse_event(data: Mapping[str, object], now: datetime) -> ParsedEvent:
    """Check an event's fields (no database); raise ValidationError with the first problem."""
    event_id = _required_text(data, "event_id")
    click_id = _text(data, "click_id", required=False)
    link_code = _text(data, "link_code", required=False)
    if click_id is None and link_code is None:
        raise ValidationError("missing_field:click_id_or_link_code")
    order_id = _required_text(data, "order_id")
    if data.get("amount") in (None, ""):
        raise ValidationError("missing_field:amount")
    amount = _minor(data["amount"], "bad_amount")
    currency = data.get("currency")
    if currency in (None, ""):
        raise ValidationError("missing_field:currency")
    if not isinstance(currency, str) or not _CURRENCY.fullmatch(currency):
        raise ValidationError("bad_currency")
    status = data.get("status")
    if status in (None, ""):
        raise ValidationError("missing_field:status")
    if not isinstance(status, str) or status not in STATUSES:
        raise ValidationError("bad_status")
    refund: int | None = None
    if data.get("refund_amount") not in (None, ""):
        refund = _minor(data["refund_amount"], "bad_refund_amount")
        if refund > amount:
            raise ValidationError("bad_refund_amount")
    return ParsedEvent(
        ConversionEvent(
            event_id=event_id,
            order_id=order_id,
            amount_minor=amount,
            currency=currency,
            status=status,
            ordered_at=_moment(data.get("ordered_at"), now),
            refund_minor=refund,
            reason=_text(data, "reason", required=False),
        ),
        click_id=click_id,
        link_code=link_code,
    )


def _money(minor: int, currency: str) -> Money:
    return Money(minor, currency)


async def _notify_new_sale(repos: Repositories, outcome: EventOutcome, now: datetime) -> None:
    """ "New sale: +€3.20, pending until 12 Jan", queued with the booking itself."""
    sale = outcome.conversion
    earned = sum(
        e.amount_minor for e in outcome.entries if e.kind == "commission" and e.amount_minor > 0
    )
    if sale is None or earned <= 0:
        return
    user_id = await repos.influencers.user_id(sale.influencer_id)
    if user_id is None:
        return
    args = to_json(
        {
            "amount": _money(earned, sale.currency),
            "until": sale.locks_until.date(),
            "status": sale.status,
        }
    )
    message = "sale-new-confirmed" if sale.status == "confirmed" else "sale-new"
    await repos.notifications.queue(user_id, message, args, now)


def _changes(outcome: EventOutcome) -> list[Msg]:
    """One line per thing this event changed in a known sale: its amount, a refund, its
    confirmation or its reversal (order number and money in each)."""
    sale = outcome.conversion
    if sale is None or any(e.kind == "commission" for e in outcome.entries):
        return []  # a new sale is announced on its own, at once
    lines: list[Msg] = []

    def line(message: str, **args: MessageArg) -> None:
        lines.append(Msg(message, {"order": sale.order_id, **args}))

    for entry in outcome.entries:
        amount = _money(abs(entry.amount_minor), entry.currency)
        if entry.kind == "adjustment" and entry.note == "amount":
            kind = "up" if entry.amount_minor > 0 else "down"
            line(
                "sale-change-amount",
                total=_money(sale.amount_minor, sale.currency),
                amount=amount,
                direction=kind,
            )
        elif entry.kind == "adjustment" and entry.note == "refund":
            full = sale.refunded_minor >= sale.amount_minor
            line(
                "sale-change-refunded",
                amount=amount,
                refund=_money(sale.refunded_minor, sale.currency),
                whole="yes" if full else "no",
            )
        elif entry.kind == "confirmation" and entry.bucket == "confirmed":
            line("sale-change-confirmed", amount=amount)
        elif entry.kind == "reversal":
            line("sale-change-reversed", amount=amount)
    return lines


async def _notify_changes(repos: Repositories, outcome: EventOutcome, now: datetime) -> None:
    """Confirmations, reversals, refunds and corrected amounts, gathered into one message an
    hour at most; it ends with what is owed when a refund took back money already paid."""
    sale = outcome.conversion
    lines = _changes(outcome)
    if sale is None or not lines:
        return
    user_id = await repos.influencers.user_id(sale.influencer_id)
    if user_id is None:
        return
    balance = await repos.ledger.balance(sale.influencer_id, sale.currency)
    trailer = None
    if balance.owed_minor:
        owed = Msg("sale-change-owed", {"amount": _money(balance.owed_minor, sale.currency)})
        trailer = arg_to_json(owed)
    await notifications.gather(
        repos,
        user_id,
        "sale-changes",
        [arg_to_json(line) for line in lines],
        now,
        trailer=trailer,
        trailer_id="sale-change-owed",
        more_id="sale-changes-more",
    )


def _check_attributable(
    ordered_at: datetime, clicked_at: datetime | None, link_created_at: datetime
) -> None:
    """A link can only bring an order placed after it existed and after its click."""
    if ordered_at < link_created_at:
        raise NotAttributed("ordered_before_link")
    if clicked_at is not None and ordered_at < clicked_at:
        raise NotAttributed("ordered_before_click")


async def apply_event(
    database: Database,
    data: Mapping[str, object],
    clock: Callable[[], datetime],
    *,
    referral_bonus: int = 0,
    tiers: TierLadder | None = None,
) -> EventOutcome:
    """Validate and book one event in its own transaction; a repeated event id does nothing.

    With ``tiers``, a campaign rate missing for a tier falls back along the ladder, and a
    confirmation that lifts the influencer past a threshold promotes them (same transaction).
    Raises ValidationError (nothing stored) for a malformed event or an unknown link, and
    NotAttributed (nothing stored) for an order placed before its click or its link.
    """
    now = clock()
    parsed = parse_event(data, now)
    event = parsed.event
    async with database.transaction() as session:
        repos = Repositories(session)
        ledger, campaigns = repos.ledger, repos.campaigns
        if await ledger.seen(event.event_id):
            return EventOutcome(duplicate=True)
        clicked_at: datetime | None = None
        if parsed.click_id is not None:
            click = await campaigns.click(parsed.click_id)
            if click is None:
                raise ValidationError("unknown_link")
            link = await campaigns.link(click.link_id)
            clicked_at = click.clicked_at
            if link is not None and parsed.link_code not in (None, link.code):
                raise ValidationError("link_mismatch")
        elif parsed.link_code is not None:
            link = await campaigns.link_by_code(parsed.link_code)
        else:  # parse_event refuses an event with neither
            raise ValidationError("missing_field:click_id_or_link_code")
        if link is None:
            raise ValidationError("unknown_link")
        if await ledger.conversion(link.campaign_id, event.order_id) is None:
            _check_attributable(event.ordered_at, clicked_at, link.created_at)
        campaign = await campaigns.get(link.campaign_id)
        if campaign is None:  # a foreign key: only a broken database gets here
            raise LookupError(f"link {link.id} names a missing campaign {link.campaign_id}")
        if event.currency != campaign.currency:
            raise ValidationError("currency_mismatch")
        # The tier now is the tier at the time of the order: events arrive soon after it, and
        # the conversion keeps its tier and rate, so later changes never rewrite past sales.
        tier = await repos.influencers.tier(link.influencer_id) or START_TIER
        attribution = Attribution(
            campaign_id=campaign.id,
            link_id=link.id,
            influencer_id=link.influencer_id,
            tier=tier,
            rate_bp=flat_rate(campaign.rates, tier)
            if tiers is None
            else tiers.rate(campaign.rates, tier),
            window_days=campaign.attribution_window_days,
            lock_days=campaign.lock_days,
            clicked_at=clicked_at,
        )
        outcome = await ledger.record_event(event, attribution, now)
        await _notify_new_sale(repos, outcome, now)
        await _notify_changes(repos, outcome, now)
        if tiers is not None and outcome.conversion and outcome.conversion.status == "confirmed":
            await promote(repos, outcome.conversion.influencer_id, tiers, now)
        # A referred influencer's first confirmed sale earns their referrer a bonus, once.
        sale = outcome.conversion
        if (
            referral_bonus > 0
            and sale is not None
            and sale.status == "confirmed"
            and sale.commission_minor > 0
        ):
            await Referrals(session).award_first_sale(
                sale.influencer_id, referral_bonus, sale.currency, now
            )
        return outcome

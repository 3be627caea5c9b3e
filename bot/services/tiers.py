"""Tiers: an influencer moves up as their confirmed sales grow; the top tier is the KOL track.

The measure is the NUMBER of confirmed sales, not their value: a programme pays in several
currencies, and adding euros to zlotys would need exchange rates nobody agreed on. A sale counts
once the shop confirmed it, when it came within the attribution window and was not wholly
refunded; pending and reversed sales do not count.

Promotion happens where a confirmation is booked (``bot.services.commission.apply_event``), in
the same transaction, and only upwards: a later refund never demotes anyone automatically (staff
decide that). Each sale keeps the tier and rate it was booked with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from bot.core.message_args import MessageArg, Msg, to_json

if TYPE_CHECKING:
    from bot.settings import Settings
    from storage.repositories import Repositories

START_TIER = "standard"


@dataclass(frozen=True, slots=True)
class TierLadder:
    """The tiers, lowest first, each with the confirmed sales it starts at; who runs KOLs."""

    steps: tuple[tuple[str, int], ...]
    manager_name: str | None
    manager_contact: str

    @classmethod
    def from_settings(cls, settings: Settings) -> TierLadder:
        return cls(
            steps=tuple((name, threshold) for name, threshold in settings.tiers),
            manager_name=settings.kol_manager_name or None,
            manager_contact=settings.kol_manager_contact or settings.support_contact,
        )

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.steps)

    @property
    def top(self) -> str:
        """The KOL track."""
        return self.steps[-1][0]

    def rank(self, tier: str) -> int | None:
        """Position on the ladder, or None for a tier staff set by hand that it does not name."""
        names = self.names
        return names.index(tier) if tier in names else None

    def tier_for(self, confirmed_sales: int) -> str:
        reached = START_TIER
        for name, threshold in self.steps:
            if confirmed_sales >= threshold:
                reached = name
        return reached

    def rate(self, rates: Mapping[str, int], tier: str) -> int:
        """A campaign's rate (basis points) for ``tier``.

        A campaign that does not name the tier pays the rate of the nearest tier below it that
        it names, so climbing never lowers a rate; a tier off the ladder gets the starting
        tier's rate; a campaign naming none of them pays nothing.
        """
        if tier in rates:
            return rates[tier]
        rank = self.rank(tier)
        below: Sequence[str] = self.names[:rank][::-1] if rank is not None else (START_TIER,)
        for name in below:
            if name in rates:
                return rates[name]
        return 0


def flat_rate(rates: Mapping[str, int], tier: str) -> int:
    """A campaign's rate (basis points) for ``tier`` without a ladder: a tier the campaign
    does not name earns the starting tier's rate (a new tier must not silently earn
    nothing), else 0."""
    if tier in rates:
        return rates[tier]
    return rates.get(START_TIER, 0)


@dataclass(frozen=True, slots=True)
class TierProgress:
    """Where an influencer stands: for /earnings and the tier-up message."""

    tier: str
    confirmed_sales: int
    next_tier: str | None  # None on the top tier (or on a tier off the ladder)
    next_threshold: int | None
    remaining: int  # confirmed sales still needed for the next tier; 0 on the top
    is_top: bool


def _progress(ladder: TierLadder, tier: str, sales: int) -> TierProgress:
    rank = ladder.rank(tier)
    if rank is None or rank == len(ladder.steps) - 1:
        return TierProgress(tier, sales, None, None, 0, rank is not None)
    next_tier, threshold = ladder.steps[rank + 1]
    return TierProgress(tier, sales, next_tier, threshold, max(threshold - sales, 0), False)


async def progress(repos: Repositories, influencer_id: int, ladder: TierLadder) -> TierProgress:
    """The influencer's tier, confirmed sales, and how many more the next tier needs."""
    tier = await repos.influencers.tier(influencer_id)
    sales = await repos.ledger.confirmed_sales(influencer_id)
    return _progress(ladder, tier or START_TIER, sales)


def tier_name(tier: str) -> Msg:
    """A tier's name as a message argument, rendered in the reader's language when shown."""
    return Msg("tier-name", {"tier": tier})


async def promote(
    repos: Repositories, influencer_id: int, ladder: TierLadder, now: datetime
) -> str | None:
    """Move the influencer up to the tier their confirmed sales reached, and queue the news.

    Returns the new tier, or None when nothing changed. The influencer's row is locked first
    (PostgreSQL), so two confirmations at once count each other's sale and only one of them
    promotes; SQLite runs write transactions one at a time anyway. The lock is FOR NO KEY
    UPDATE (``Influencers.lock_tier``): FOR UPDATE would deadlock against the KEY SHARE lock
    that a rival's fresh ledger rows hold on the influencer.
    """
    holder = await repos.influencers.lock_tier(influencer_id)
    if holder is None:
        return None
    current, user_id = holder.tier, holder.user_id
    current_rank = ladder.rank(current)
    if current_rank is None:
        return None  # a tier staff chose by hand is theirs to change
    sales = await repos.ledger.confirmed_sales(influencer_id)
    target = ladder.tier_for(sales)
    target_rank = ladder.rank(target)
    if target_rank is None:
        # tier_for fell back to START_TIER on a ladder that does not name it (settings refuse
        # such a ladder): promoting there would be guessing.
        raise ValueError(f"the tier ladder {ladder.names} does not start with {START_TIER!r}")
    if target_rank <= current_rank:
        return None
    if not await repos.influencers.move_tier(influencer_id, current, target, now):
        return None
    args: dict[str, MessageArg] = {"tier": tier_name(target), "sales": sales}
    if target == ladder.top:
        args["contact"] = ladder.manager_contact
        message = "tier-up-kol-contact"
        if ladder.manager_name:
            args["manager"] = ladder.manager_name
            message = "tier-up-kol"
        await repos.notifications.queue(user_id, message, to_json(args), now)
    else:
        after = _progress(ladder, target, sales)
        args["next"] = tier_name(after.next_tier or target)
        args["remaining"] = after.remaining
        await repos.notifications.queue(user_id, "tier-up", to_json(args), now)
    return target

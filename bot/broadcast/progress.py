"""The broadcaster's view of a broadcast: figures from the deliveries, rendered in their
language (the progress message, edited as it runs, and the final report)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta

from babel.dates import format_timedelta

from bot.core.i18n import Translator
from storage.broadcasts import (
    BLOCKED,
    DELIVERY_CANCELLED,
    FAILED,
    QUEUED,
    SENDING,
    SENT,
    SKIPPED,
    UNKNOWN,
)


@dataclass(frozen=True, slots=True)
class Figures:
    """Deliveries of one broadcast by outcome."""

    sent: int = 0
    failed: int = 0
    blocked: int = 0
    unknown: int = 0
    skipped: int = 0
    cancelled: int = 0
    queued: int = 0
    sending: int = 0

    @classmethod
    def of(cls, counts: Mapping[str, int]) -> Figures:
        return cls(
            sent=counts.get(SENT, 0),
            failed=counts.get(FAILED, 0),
            blocked=counts.get(BLOCKED, 0),
            unknown=counts.get(UNKNOWN, 0),
            skipped=counts.get(SKIPPED, 0),
            cancelled=counts.get(DELIVERY_CANCELLED, 0),
            queued=counts.get(QUEUED, 0),
            sending=counts.get(SENDING, 0),
        )

    @property
    def remaining(self) -> int:
        return self.queued + self.sending

    @property
    def total(self) -> int:
        return (
            self.sent
            + self.failed
            + self.blocked
            + self.unknown
            + self.skipped
            + self.cancelled
            + self.remaining
        )

    def args(self) -> dict[str, int]:
        return {
            "sent": self.sent,
            "failed": self.failed,
            "blocked": self.blocked,
            "unknown": self.unknown,
            "skipped": self.skipped,
            "cancelled": self.cancelled,
            "remaining": self.remaining,
            "total": self.total,
        }


def duration(seconds: float, locale: str) -> str:
    """A rough duration in words ("6 minutes", "6 минут"), from CLDR."""
    return str(
        format_timedelta(
            timedelta(seconds=max(1.0, seconds)), locale=locale, threshold=1.5, format="long"
        )
    )


def progress_text(
    translator: Translator,
    locale: str,
    broadcast_id: int,
    figures: Figures,
    *,
    rate: float,
    paused_for: float = 0.0,
) -> str:
    """The progress message: figures so far and the time left at the paced rate."""
    eta = figures.remaining / rate + paused_for if rate > 0 else 0.0
    return translator.render(
        locale,
        "broadcast-progress",
        {"id": broadcast_id, "eta": duration(eta, locale), **figures.args()},
    )


def report_text(
    translator: Translator,
    locale: str,
    broadcast_id: int,
    figures: Figures,
    *,
    cancelled: bool,
    took: float,
) -> str:
    """The final report, once nothing of the broadcast is queued or in flight."""
    message_id = "broadcast-report-cancelled" if cancelled else "broadcast-report-done"
    return translator.render(
        locale,
        message_id,
        {"id": broadcast_id, "took": duration(took, locale), **figures.args()},
    )

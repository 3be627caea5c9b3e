"""What the redirect service reads (a link's target) and writes (clicks, in batches)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import bindparam, insert, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.daily_figures import DailyFigures
from storage.models import Campaign, Click, Influencer, Link


@dataclass(frozen=True, slots=True)
class RedirectTarget:
    """Everything needed to answer ``GET /l/{code}`` from one indexed query."""

    link_id: int
    code: str
    influencer_id: int
    influencer_status: str
    url_template: str
    destination: str | None
    allowed_domains: tuple[str, ...]
    active: bool
    starts_at: datetime
    ends_at: datetime | None
    deeplink_template: str | None = None

    def live(self, now: datetime) -> bool:
        """The campaign runs and the influencer may earn from it."""
        return (
            self.active
            and self.influencer_status == "approved"
            and self.starts_at <= now
            and (self.ends_at is None or now < self.ends_at)
        )


@dataclass(frozen=True, slots=True)
class NewClick:
    link_id: int
    clicked_at: datetime
    visitor_hash: str
    click_id: str


# Built once: constructing the statement cost more than running it (the link's index).
_TARGETS = (
    select(
        Link.id,
        Link.code,
        Link.influencer_id,
        Influencer.status,
        Campaign.url_template,
        Link.destination,
        Campaign.allowed_domains,
        Campaign.active,
        Campaign.starts_at,
        Campaign.ends_at,
        Campaign.deeplink_template,
    )
    .join(Campaign, Campaign.id == Link.campaign_id)
    .join(Influencer, Influencer.id == Link.influencer_id)
    .where(Link.code.in_(bindparam("codes", expanding=True)))
)


class Redirects:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def target(self, code: str) -> RedirectTarget | None:
        return (await self.targets([code])).get(code)

    async def targets(self, codes: Sequence[str]) -> dict[str, RedirectTarget]:
        """The targets of several link codes in one indexed query (codes not found are left
        out): the redirect looks up together the codes its requests missed at once."""
        if not codes:
            return {}
        connection = await self.session.connection()
        rows = await connection.execute(_TARGETS, {"codes": list(codes)})
        return {
            row[1]: RedirectTarget(
                link_id=row[0],
                code=row[1],
                influencer_id=row[2],
                influencer_status=row[3],
                url_template=row[4],
                destination=row[5],
                allowed_domains=tuple(row[6] or ()),
                active=row[7],
                starts_at=row[8],
                ends_at=row[9],
                deeplink_template=row[10],
            )
            for row in rows
        }

    async def add_clicks(self, clicks: Sequence[NewClick]) -> None:
        """A whole batch of clicks in one statement.

        On SQLite the rows go straight to the driver's executemany: SQLAlchemy's per-row
        parameter processing cost more than SQLite's insert (14 ms against 2 ms for 500 rows),
        and on SQLite it runs on the event loop's thread. The time format is SQLAlchemy's own
        (``isoformat`` of the naive UTC time: cheaper than ``strftime``).
        """
        if not clicks:
            return
        await DailyFigures(self.session).count_clicks(c.clicked_at for c in clicks)
        connection = await self.session.connection()
        if connection.dialect.name == "sqlite":
            await connection.exec_driver_sql(
                "INSERT INTO clicks (link_id, clicked_at, visitor_hash, click_id)"
                " VALUES (?, ?, ?, ?)",
                [
                    (
                        c.link_id,
                        c.clicked_at.astimezone(UTC)
                        .replace(tzinfo=None)
                        .isoformat(" ", "microseconds"),
                        c.visitor_hash,
                        c.click_id,
                    )
                    for c in clicks
                ],
            )
            return
        await self.session.execute(
            insert(Click),
            [
                {
                    "link_id": c.link_id,
                    "clicked_at": c.clicked_at,
                    "visitor_hash": c.visitor_hash,
                    "click_id": c.click_id,
                }
                for c in clicks
            ],
        )

"""A large, consistent influencer programme on SQLite, written fast, for benchmarks/earnings.py.

The schema is the real one (every Alembic migration up to head, as ``python -m bot migrate``
does) and the campaigns are added through the real repository. The bulk is written by SQLite
itself, with ``INSERT ... SELECT`` over a numbers sequence and small tables of per-influencer
draws that Python prepares (per row, Python is several times slower than SQLite here, and 20
million rows must take minutes): journal and syncs off, secondary indexes dropped during the
load and rebuilt from their own definitions after it, then WAL back on, as the bot runs.
Per-row randomness is SQLite's ``random()`` (not seedable: two generations differ in detail,
not in shape); the influencers' draws follow ``seed``.

What the data looks like, all of it as the bot itself would have written it:

* influencers join over two years (a quarter before the 18 months of sales, then steadily;
  ids in order of joining), all approved; each is one user with one identity (Telegram for 4
  in 5, else the console), a language among en/ru/fr/es/pl (55% chose it with /language, the
  others have Telegram's hint) and a country that goes with it, one or two social channels, and
  1-5 tracking links over five campaigns in EUR, USD and PLN (Polish speakers favour PLN);
* conversions come in time order over the last 18 months, three times as many a day at the end
  as at the start, each on a link of an influencer approved by then. Sales are skewed: each
  influencer has a log-normal weight (sigma 1.2), so the median influencer has about 10
  sales, one in a hundred about 150, the top ones thousands, one in five none (newer ones have
  had less time). Amounts are log-normal around the campaign's typical basket. 5% of orders
  carry no click, 2% came past the attribution window (no commission); sales inside their lock
  period (plus two days) are pending (3% cancelled: reversed), older ones confirmed (8%
  reversed, 3% still pending, 4% of the confirmed partly refunded). The commission is
  ``round_half_even((amount - refunded) x rate / 10000)``, 0 when reversed or out of the
  window, as storage/ledger.py books it;
* tiers (the ladder of the settings, by confirmed sales): each sale is booked at the tier the
  influencer had reached by then, with the campaign's rate for it (bot.services.tiers rules,
  including the fallback for a tier a campaign does not name). When the thresholds are passed
  is estimated from the influencer's expected sales, so the tier an influencer holds at the end
  is at least the one their actual confirmed sales reach (it is raised where it fell short;
  tiers never go down, so one a little above is what later reversals leave);
* balances: per influencer and currency, pending and confirmed commission summed by a GROUP BY
  after the load (a row wherever the ledger would have posted an entry: some conversion inside
  the window). Payouts: where 50.00 or more is confirmed, 3 in 4 have a payout method, and of
  those 3 in 5 were paid part of it (a paid payout request; moved from confirmed to paid) and
  1 in 20 has a request waiting (holding confirmed money);
* clicks: a sample, as many as asked (benchmarks/earnings.py says why not all), in time order,
  on links of influencers approved by then, with the weights of sales; and every DENSE-th
  influencer has a real programme's clicks: for each sale its own click (at its clicked_at) and
  CLICKS_PER_SALE - 1 others on the same link in the 30 days before.

Not generated: ledger entries and postback events (one row per money movement and per event;
/earnings reads neither), sessions, notifications, referrals.
"""

from __future__ import annotations

import asyncio
import bisect
import itertools
import json
import math
import multiprocessing
import random
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from multiprocessing.pool import Pool
from pathlib import Path

from alembic.script import ScriptDirectory

from bot.services.tiers import TierLadder
from storage.campaigns import Campaigns
from storage.daily_figures import rebuild_statements
from storage.db import Database
from storage.ledger import commission
from storage.migrate import alembic_config, upgrade

DAY = 86_400
HISTORY_DAYS = 548  # 18 months of sales
JOINING_BEFORE_DAYS = 180  # the first influencers joined half a year before that
CHUNK = 1_000_000  # most rows per chunk of the big tables (and per progress line)
WORKERS = 2  # processes writing chunks of the big tables
SIGMA = 1.2  # spread of the log-normal sales weight of an influencer
SLOTS = 4  # sales slots per influencer on average (see Generator._plan)
CONFIRMED_SHARE = 0.87  # of all sales, those that end up counting for a tier
CONFIRMATION_LAG = 20 * DAY  # from an order to its confirmation, about
NEVER = 1 << 62  # a promotion that does not happen
MIN_PAYOUT = 5_000
# Every DENSE-th influencer has as many clicks as a real programme would give them (the
# others have the sample of clicks asked for): CLICKS_PER_SALE, a 3.3% conversion rate.
DENSE = 500
CLICKS_PER_SALE = 30
# What a database generated by another version of this module would differ in.
SHAPE = f"v1 dense={DENSE}x{CLICKS_PER_SALE} slots={SLOTS} sigma={SIGMA}"

LOCALES = ("en", "ru", "fr", "es", "pl")
LOCALE_WEIGHTS = (35, 20, 15, 18, 12)
COUNTRIES = {
    "en": ("GB", "US", "IE", "AU", "CA"),
    "ru": ("RU", "KZ", "BY", "AM"),
    "fr": ("FR", "BE", "CH", "CA", "SN"),
    "es": ("ES", "MX", "AR", "CO", "CL"),
    "pl": ("PL",),
}
# Telegram's language_code values seen for each language.
TELEGRAM_HINTS = {
    "en": ("en", "en-GB", "en-US"),
    "ru": ("ru",),
    "fr": ("fr", "fr-CA"),
    "es": ("es", "es-MX"),
    "pl": ("pl",),
}
NICHES = ("beauty", "tech", "fashion", "gaming", "home", "fitness", "travel", "food", "kids")
PLATFORMS = (
    ("instagram", "@", "https://www.instagram.com/"),
    ("youtube", "@", "https://www.youtube.com/@"),
    ("tiktok", "@", "https://www.tiktok.com/@"),
    ("twitch", "", "https://www.twitch.tv/"),
    ("telegram", "@", "https://t.me/"),
)
LINKS_PER_INFLUENCER = (1, 2, 3, 4, 5)
LINKS_WEIGHTS = (30, 30, 20, 12, 8)
# Link codes as storage/links.py makes them: 8 characters of this alphabet (no 0/O, 1/l/I),
# here the link id times a multiplier prime to 55, so unique and scattered.
CODE_ALPHABET = "23456789abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ"
CODE_LENGTH = 8
CODE_MULTIPLIER = 2_654_435_761


@dataclass(frozen=True, slots=True)
class CampaignSpec:
    name: str
    currency: str
    rates: dict[str, int]  # by tier; a tier left out falls back as bot.services.tiers says
    window_days: int
    lock_days: int
    basket_minor: int  # the median order, in minor units
    weight: int  # how often influencers pick it for a link


CAMPAIGNS = (
    CampaignSpec(
        "AliExpress Everyday",
        "EUR",
        {"standard": 800, "silver": 900, "gold": 1000, "kol": 1200},
        30,
        14,
        2_900,
        40,
    ),
    CampaignSpec("Tech Week", "EUR", {"standard": 500, "gold": 600, "kol": 700}, 7, 30, 9_500, 20),
    CampaignSpec("Home & Garden", "EUR", {"standard": 900, "kol": 1100}, 30, 14, 4_200, 15),
    CampaignSpec("US Gadgets", "USD", {"standard": 600, "silver": 700}, 14, 30, 6_500, 15),
    CampaignSpec("Moda Polska", "PLN", {"standard": 1000, "gold": 1200}, 30, 14, 14_000, 10),
)
# The tables written in bulk: their secondary indexes are dropped for the load.
BULK_TABLES = (
    "users",
    "identities",
    "influencers",
    "influencer_channels",
    "links",
    "clicks",
    "conversions",
    "balances",
    "payout_methods",
    "payout_requests",
)
# A uniform draw in [0, 1) from SQLite's 64-bit random().
UNIFORM = "(random() / 18446744073709551616.0 + 0.5)"


def stamp(seconds: str) -> str:
    """SQL for the text SQLAlchemy stores for a UTC datetime on SQLite, from epoch seconds."""
    return f"(datetime({seconds}, 'unixepoch') || '.000000')"


def half_even_sql(value: str) -> str:
    """SQL for ``value / 10000`` rounded half to even (value a non-negative integer)."""
    return (
        f"(({value}) / 10000 + (({value}) % 10000 > 5000"
        f" OR (({value}) % 10000 = 5000 AND (({value}) / 10000) % 2 = 1)))"
    )


def _choice_sql(values: Sequence[str], index: str) -> str:
    """SQL picking ``values[index]``."""
    cases = " ".join(f"WHEN {n} THEN '{v}'" for n, v in enumerate(values))
    return f"(CASE {index} {cases} END)"


def _random_of_sql(values: Sequence[str]) -> str:
    """SQL for one of ``values`` at random."""
    index = f"(abs(random()) % {len(values)})"
    return f"json_extract('{json.dumps(list(values))}', '$[' || {index} || ']')"


def link_code(link_id: int) -> str:
    value = (link_id * CODE_MULTIPLIER) % len(CODE_ALPHABET) ** CODE_LENGTH
    chars = []
    for _ in range(CODE_LENGTH):
        value, digit = divmod(value, len(CODE_ALPHABET))
        chars.append(CODE_ALPHABET[digit])
    return "".join(chars)


def _link_code_sql(link_id: str) -> str:
    """SQL for ``link_code``: the same digits in base 55, least significant first."""
    base = len(CODE_ALPHABET)
    value = f"(({link_id}) * {CODE_MULTIPLIER} % {base**CODE_LENGTH})"
    return " || ".join(
        f"substr('{CODE_ALPHABET}', {value} / {base**k} % {base} + 1, 1)"
        for k in range(CODE_LENGTH)
    )


def identity(user_id: int) -> tuple[str, str]:
    """(channel, external id) of a generated user: Telegram for 4 in 5, else the console. The
    chat id is the external id (a private chat). ``_people`` writes the same in SQL."""
    if user_id % 5 == 0:
        return "console", f"c{user_id}"
    return "telegram", str(100_000_000 + user_id * 3)


@dataclass(frozen=True, slots=True)
class Sizes:
    influencers: int
    conversions: int
    clicks: int
    seed: int


@dataclass(frozen=True, slots=True)
class Generated:
    """What a generated database holds; kept next to it so a later run can reuse it."""

    sizes: Sizes
    shape: str  # the generator's own constants (see SHAPE)
    schema: str  # the Alembic head it was migrated to
    ladder: list[tuple[str, int]]  # the tiers it was generated for
    now: str  # ISO time the data is relative to
    seconds: float  # how long generation took
    heaviest: list[int]  # influencer ids with the most conversions, most first
    counts: dict[str, int]  # rows per table

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(asdict(self), indent=2))

    @staticmethod
    def load(path: Path) -> Generated | None:
        try:
            raw = json.loads(path.read_text())
            return Generated(
                sizes=Sizes(**raw["sizes"]),
                shape=str(raw["shape"]),
                schema=str(raw["schema"]),
                ladder=[(str(name), int(at)) for name, at in raw["ladder"]],
                now=str(raw["now"]),
                seconds=float(raw["seconds"]),
                heaviest=[int(i) for i in raw["heaviest"]],
                counts={str(k): int(v) for k, v in raw["counts"].items()},
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def schema_head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


@dataclass(frozen=True, slots=True)
class Chunk:
    """Rows ``params['lo']..params['hi']`` of ``table``, to be written into a file of its own."""

    plan: str
    path: str
    table: str
    columns: tuple[str, ...]
    insert: str
    params: dict[str, int]


def stage(chunk: Chunk) -> Chunk:
    """In a worker process: write the chunk's rows into its own file (a bare table, no index)
    from the plan's tables."""
    Path(chunk.path).unlink(missing_ok=True)
    connection = sqlite3.connect(chunk.path, isolation_level="DEFERRED")
    try:
        for pragma in ("PRAGMA journal_mode=OFF", "PRAGMA synchronous=OFF"):
            connection.execute(pragma)
        connection.execute("ATTACH ? AS plan", (chunk.plan,))
        connection.execute("PRAGMA plan.cache_size=-200000")
        first, *rest = chunk.columns
        connection.execute(
            f"CREATE TABLE {chunk.table} ({first} INTEGER PRIMARY KEY, {', '.join(rest)})"
        )
        connection.execute(chunk.insert, chunk.params)
        connection.commit()
    finally:
        connection.close()
    return chunk


class Generator:
    """Writes one programme into a migrated database file that has only its campaigns."""

    def __init__(
        self,
        path: Path,
        sizes: Sizes,
        ladder: TierLadder,
        now: datetime,
        log: Callable[[str], None],
    ) -> None:
        self.path = path
        self.sizes = sizes
        self.ladder = ladder
        self.now = int(now.timestamp())
        self.start = self.now - HISTORY_DAYS * DAY
        self.first_join = self.start - JOINING_BEFORE_DAYS * DAY
        self.join_span = self.now - 2 * DAY - self.first_join
        self.log = log
        self.counts: dict[str, int] = {}
        # The per-influencer draws and sales slots, in a file the workers can read too.
        self.plan = path.with_name(path.name + ".plan")

    # -- times ----------------------------------------------------------------------------------

    def joined(self, index: int) -> int:
        """When the influencer with id ``index + 1`` joined (ids in order of joining)."""
        return self.first_join + self.join_span * index // self.sizes.influencers

    def moment(self, n: float, total: int) -> int:
        """When the n-th (from 1) of ``total`` events happened: in order over the history,
        three times as dense at the end as at the start, t = span * (1.5x - 0.5x^2)."""
        x = (n - 0.5) / total
        return self.start + int((self.now - self.start) * (1.5 * x - 0.5 * x * x))

    def approved_by(self, moment: int) -> int:
        """How many influencers (the first ids) were approved a day before ``moment``."""
        joined = (moment - DAY - self.first_join) * self.sizes.influencers // self.join_span + 1
        return min(self.sizes.influencers, joined)

    @staticmethod
    def _moment_sql(n: str, total: int) -> str:
        """``moment`` in SQL."""
        x = f"(({n} - 0.5) / {total})"
        return f"(:start + CAST(:span * (1.5 * {x} - 0.5 * {x} * {x}) AS INTEGER))"

    @staticmethod
    def _approved_sql(moment: str) -> str:
        """``approved_by`` in SQL."""
        return (
            f"min(:influencers, ({moment} - {DAY} - :first_join) * :influencers / :join_span + 1)"
        )

    def _params(self, **extra: int) -> dict[str, int]:
        return {
            "start": self.start,
            "span": self.now - self.start,
            "now": self.now,
            "influencers": self.sizes.influencers,
            "first_join": self.first_join,
            "join_span": self.join_span,
            **extra,
        }

    # -- the plan of each influencer, the one part done in Python ------------------------------

    def _plan(self) -> Iterator[tuple[object, ...]]:
        """Per influencer: id, joined, locale, first link, links, social channels, sales slots,
        the slots of everyone up to them, the tier rank at the end, then when they pass each
        threshold of the ladder (NEVER if they do not).

        A sale picks a slot uniformly among those of the influencers approved by then. An
        influencer's slots are their log-normal weight (mean 1) times SLOTS, randomly rounded:
        in expectation sales follow the weights. Each slot is tied to one of the influencer's
        links, so most sales come through one link. Expected sales over time give the dates
        the tier thresholds are passed.
        """
        n = self.sizes.influencers
        rng = random.Random(self.sizes.seed)
        mean_weight = math.exp(SIGMA**2 / 2)
        links = rng.choices(LINKS_PER_INFLUENCER, LINKS_WEIGHTS, k=n)
        locales = rng.choices(range(len(LOCALES)), LOCALE_WEIGHTS, k=n)
        slots = [
            int(rng.lognormvariate(0.0, SIGMA) / mean_weight * SLOTS + rng.random())
            for _ in range(n)
        ]
        slots[0] = max(slots[0], 1)  # whoever sells first has a slot
        slot_end = list(itertools.accumulate(slots))
        # The expected sales of one slot from step j of the history on: each step's sales
        # divided among the slots of everyone approved by then.
        steps = min(self.sizes.conversions, 4000) or 1
        total = max(self.sizes.conversions, 1)
        times, approved, share = [], [], []
        for j in range(steps):
            lo, hi = j * total // steps, (j + 1) * total // steps
            if hi == lo:
                continue
            moment = self.moment((lo + hi) / 2 + 0.5, total)
            times.append(moment)
            approved.append(self.approved_by(moment))
            share.append((hi - lo) / slot_end[approved[-1] - 1] if self.sizes.conversions else 0.0)
        cumulative = list(itertools.accumulate(share))
        thresholds = [at for _, at in self.ladder.steps[1:]]
        link = 1
        for i in range(n):
            first = bisect.bisect_right(approved, i)  # the first step at which they could sell
            before = cumulative[first - 1] if first else 0.0
            promoted = []
            for threshold in thresholds:
                expected = CONFIRMED_SHARE * slots[i]
                step = (
                    bisect.bisect_left(cumulative, before + threshold / expected)
                    if expected
                    else len(cumulative)
                )
                at = times[step] + CONFIRMATION_LAG if step < len(times) else NEVER
                promoted.append(at if at <= self.now else NEVER)
            rank = sum(at != NEVER for at in promoted)
            yield (
                i + 1,
                self.joined(i),
                locales[i],
                link,
                links[i],
                1 if rng.random() < 0.75 else 2,
                slots[i],
                slot_end[i],
                rank,
                *promoted,
            )
            link += links[i]

    def _prepare(self, connection: sqlite3.Connection, campaign_ids: list[int]) -> None:
        tiers = self.ladder.names
        promoted = ", ".join(f"p{r} INTEGER" for r in range(1, len(tiers)))
        rates = ", ".join(f"r{r} INTEGER" for r in range(len(tiers)))
        connection.executescript(
            f"""
            CREATE TABLE plan.seller (
                id INTEGER PRIMARY KEY, joined INTEGER, locale INTEGER, first_link INTEGER,
                links INTEGER, channels INTEGER, slots INTEGER, slot_end INTEGER, tier INTEGER,
                {promoted});
            CREATE TABLE plan.terms (
                campaign INTEGER PRIMARY KEY, currency TEXT, window_s INTEGER, lock_s INTEGER,
                basket_ln REAL, {rates});
            CREATE TABLE plan.pick_campaign (polish INTEGER, slot INTEGER, campaign INTEGER,
                PRIMARY KEY (polish, slot));
            CREATE TABLE plan.digits (k INTEGER PRIMARY KEY);
            CREATE TABLE plan.slot (
                slot INTEGER PRIMARY KEY, who INTEGER, joined INTEGER, link INTEGER,
                campaign INTEGER, currency TEXT, window_s INTEGER, lock_s INTEGER,
                basket_ln REAL, {rates}, {promoted});
            """
        )
        marks = ", ".join("?" * (9 + len(tiers) - 1))
        rows = self._plan()
        while batch := list(itertools.islice(rows, 50_000)):
            connection.executemany(f"INSERT INTO seller VALUES ({marks})", batch)
        for campaign_id, spec in zip(campaign_ids, CAMPAIGNS, strict=True):
            connection.execute(
                f"INSERT INTO terms VALUES ({', '.join('?' * (5 + len(tiers)))})",
                (
                    campaign_id,
                    spec.currency,
                    spec.window_days * DAY,
                    spec.lock_days * DAY,
                    math.log(spec.basket_minor),
                    *(self.ladder.rate(spec.rates, tier) for tier in tiers),
                ),
            )
        # Slots by campaign weight for a link's campaign; Polish speakers weigh PLN six times.
        self.campaign_slots = []
        for polish in (0, 1):
            weights = [c.weight * (6 if polish and c.currency == "PLN" else 1) for c in CAMPAIGNS]
            slots = [
                campaign_ids[n]
                for n, weight in enumerate(weights)
                for _ in range(round(100 * weight / sum(weights)))
            ]
            self.campaign_slots.append(len(slots))
            connection.executemany(
                "INSERT INTO pick_campaign VALUES (?, ?, ?)",
                [(polish, slot, campaign) for slot, campaign in enumerate(slots)],
            )
        most = connection.execute("SELECT max(slots) FROM seller").fetchone()[0] or 0
        connection.executemany(
            "INSERT INTO digits VALUES (?)",
            [(k,) for k in range(max(most, CLICKS_PER_SALE, *LINKS_PER_INFLUENCER))],
        )

    # -- the tables -----------------------------------------------------------------------------

    def _run(
        self,
        connection: sqlite3.Connection,
        table: str,
        sql: str,
        *,
        counted: bool = True,
        **extra: int,
    ) -> None:
        """Run one statement (named parameters: ``_params`` and ``extra``) and commit."""
        started = time.perf_counter()
        cursor = connection.execute(sql, self._params(**extra))
        connection.commit()
        if counted:
            self.counts[table] = self.counts.get(table, 0) + cursor.rowcount
        rows = self.counts[table] if counted else cursor.rowcount
        shown = f"{rows:>11,} rows" if rows >= 0 else " " * 16
        self.log(f"    {table:<20} {shown}  {time.perf_counter() - started:7.1f} s")

    def _people(self, connection: sqlite3.Connection) -> None:
        hints = " ".join(
            f"WHEN {n} THEN {_random_of_sql(TELEGRAM_HINTS[code])}"
            for n, code in enumerate(LOCALES)
        )
        countries = " ".join(
            f"WHEN {n} THEN {_random_of_sql(COUNTRIES[code])}" for n, code in enumerate(LOCALES)
        )
        channel = "(CASE WHEN s.id % 5 = 0 THEN 'console' ELSE 'telegram' END)"
        external = (
            "(CASE WHEN s.id % 5 = 0 THEN 'c' || s.id ELSE CAST(100000000 + s.id * 3 AS TEXT) END)"
        )
        self._run(
            connection,
            "users",
            f"""INSERT INTO users (id, locale, created_at, last_seen_at)
            SELECT s.id, CASE WHEN {UNIFORM} < 0.55 THEN {_choice_sql(LOCALES, "s.locale")} END,
                {stamp("s.joined - 600")},
                {stamp(f"s.joined + CAST({UNIFORM} * (:now - s.joined) AS INTEGER)")}
            FROM seller AS s ORDER BY s.id""",
        )
        self._run(
            connection,
            "identities",
            f"""INSERT INTO identities (id, user_id, channel, external_id, chat_id, locale_hint,
                reachable, unreachable_since, created_at)
            SELECT s.id, s.id, {channel}, {external}, {external},
                CASE WHEN s.id % 5 <> 0 THEN CASE s.locale {hints} END END,
                1, NULL, {stamp("s.joined - 600")}
            FROM seller AS s ORDER BY s.id""",
        )
        self._run(
            connection,
            "influencers",
            f"""INSERT INTO influencers (id, user_id, status, display_name, country, niche, tier,
                consent_version, consent_at, referral_code, registered_channel, submitted_at,
                reviewed_at, review_note, updated_at)
            SELECT s.id, s.id, 'approved', 'Creator ' || s.id, CASE s.locale {countries} END,
                {_random_of_sql(NICHES)}, {_choice_sql(self.ladder.names, "s.tier")}, '2026-11',
                {stamp("s.joined")}, NULL, {channel}, {stamp("s.joined")},
                {stamp("s.joined + 10800")}, NULL, {stamp("s.joined + 10800")}
            FROM seller AS s ORDER BY s.id""",
        )
        # Rows come in the order of the loops (CROSS JOIN keeps it: seller by id, then
        # digits), which is the order of the ids, so no ORDER BY is needed (nor a sort).
        # The platform is a hash of the row, not random(): it is used three times.
        platform = f"((s.id * {CODE_MULTIPLIER} + d.k * 40503) % 4294967291 % {len(PLATFORMS)})"
        self._run(
            connection,
            "influencer_channels",
            f"""INSERT INTO influencer_channels (influencer_id, position, platform, handle, url,
                audience)
            SELECT id, position, {_choice_sql([p for p, _, _ in PLATFORMS], "p")},
                {_choice_sql([h for _, h, _ in PLATFORMS], "p")} || name,
                {_choice_sql([u for _, _, u in PLATFORMS], "p")} || name,
                100 + CAST(exp(8.5 + 1.5 * gauss) AS INTEGER)
            FROM (
                SELECT s.id, d.k AS position, {platform} AS p,
                    'creator' || s.id || CASE d.k WHEN 0 THEN '' ELSE '_live' END AS name,
                    sqrt(-2 * ln(1 - {UNIFORM})) * cos(6.283185307179586 * {UNIFORM}) AS gauss
                FROM seller AS s CROSS JOIN digits AS d ON d.k < s.channels
            )""",
        )

    def _links(self, connection: sqlite3.Connection) -> None:
        self._run(
            connection,
            "links",
            f"""INSERT INTO links (id, code, influencer_id, campaign_id, destination, created_at)
            SELECT s.first_link + d.k, {_link_code_sql("s.first_link + d.k")}, s.id,
                (SELECT campaign FROM pick_campaign WHERE polish = (s.locale = 4)
                 AND slot = abs(random()) % CASE s.locale WHEN 4 THEN :polish ELSE :other END),
                CASE WHEN {UNIFORM} < 0.3 THEN 'https://www.aliexpress.com/item/'
                    || (1005000000000 + (s.first_link + d.k) * 7919) || '.html' END,
                {stamp("s.joined + 14400")}
            FROM seller AS s CROSS JOIN digits AS d ON d.k < s.links""",
            polish=self.campaign_slots[1],
            other=self.campaign_slots[0],
        )
        tiers = len(self.ladder.names)
        rates = ", ".join(f"t.r{r}" for r in range(tiers))
        promoted = ", ".join(f"s.p{r}" for r in range(1, tiers))
        self._run(
            connection,
            "sales slots",
            f"""INSERT INTO slot
            SELECT s.slot_end - s.slots + d.k + 1, s.id, s.joined, l.id, l.campaign_id,
                t.currency, t.window_s, t.lock_s, t.basket_ln, {rates}, {promoted}
            FROM seller AS s CROSS JOIN digits AS d ON d.k < s.slots
            CROSS JOIN links AS l ON l.id = s.first_link
                + (s.id * {CODE_MULTIPLIER} + d.k * 40503) % 4294967291 % s.links
            CROSS JOIN terms AS t ON t.campaign = l.campaign_id""",
            counted=False,
        )

    def _staged(
        self, connection: sqlite3.Connection, pool: Pool, table: str, total: int, insert: str
    ) -> None:
        """Rows 1..total of ``table`` from ``insert``, written a chunk at a time by the worker
        processes into files of their own, each copied here in order as it is ready: the
        expressions cost more than the insert, so two cores share them."""
        columns = connection.execute(f"SELECT name FROM pragma_table_info('{table}')").fetchall()
        size = max(50_000, min(CHUNK, total // (4 * WORKERS)))
        chunks = [
            Chunk(
                plan=str(self.plan),
                path=str(self.path.with_name(f"{self.path.name}.{table}.{lo}")),
                table=table,
                columns=tuple(name for (name,) in columns),
                insert=insert,
                params=self._params(lo=lo, hi=min(total, lo + size - 1)),
            )
            for lo in range(1, total + 1, size)
        ]
        started = time.perf_counter()
        for chunk in pool.imap(stage, chunks):
            connection.execute("ATTACH ? AS stage", (chunk.path,))
            try:
                cursor = connection.execute(
                    f"INSERT INTO main.{table} SELECT * FROM stage.{table} ORDER BY id"
                )
                connection.commit()
            finally:
                connection.execute("DETACH stage")
                Path(chunk.path).unlink()
            self.counts[table] = self.counts.get(table, 0) + cursor.rowcount
            self.log(
                f"    {table:<20} {self.counts[table]:>11,} rows"
                f"  {time.perf_counter() - started:7.1f} s"
            )

    def _who_sql(self, moment: str) -> str:
        """Joins ``k``: a sales slot, uniform among those of the influencers approved by then
        (``cap`` is the last of them)."""
        return (
            f"CROSS JOIN seller AS cap ON cap.id = {self._approved_sql(moment)}"
            " CROSS JOIN slot AS k ON k.slot = 1 + draw.u_who % cap.slot_end"
        )

    def _clicks(self, connection: sqlite3.Connection, pool: Pool) -> None:
        total = self.sizes.clicks
        moment = self._moment_sql("draw.n", total)
        self._staged(
            connection,
            pool,
            "clicks",
            total,
            f"""INSERT INTO clicks (id, link_id, clicked_at, visitor_hash, click_id)
            WITH RECURSIVE draw (n, u_who, u_link) AS (
                SELECT :lo, abs(random()), abs(random())
                UNION ALL SELECT n + 1, abs(random()), abs(random()) FROM draw WHERE n < :hi
            )
            SELECT draw.n, s.first_link + draw.u_link % s.links, {stamp(moment)},
                lower(hex(randomblob(32))), lower(hex(randomblob(12)))
            FROM draw {self._who_sql(moment)} CROSS JOIN seller AS s ON s.id = k.who""",
        )

    def _conversions(self, connection: sqlite3.Connection, pool: Pool) -> None:
        """Sales, in time order; the module docstring describes their shape."""
        total = self.sizes.conversions
        moment = self._moment_sql("draw.n", total)
        tiers = self.ladder.names
        rank = " + ".join(["0"] + [f"({moment} >= k.p{r})" for r in range(1, len(tiers))])
        draws = ", ".join(["abs(random())"] + [UNIFORM] * 7)
        # ``sale`` (who, which link and campaign, tier and rate, the amount, the click, the
        # status) is materialised, so each of its values is computed once; the row (window,
        # refund, commission, last update) is cheap arithmetic on those stored values.
        sale = f"""
            SELECT draw.n, {moment} AS ordered, k.who, k.link, k.campaign, k.currency,
                k.window_s, {rank} AS tier,
                CASE {rank} {" ".join(f"WHEN {r} THEN k.r{r}" for r in range(len(tiers)))} END
                    AS rate,
                max(99, CAST(exp(k.basket_ln + 0.8 * sqrt(-2 * ln(1 - draw.g1))
                    * cos(6.283185307179586 * draw.g2)) AS INTEGER)) AS amount,
                {moment} + k.lock_s AS locks,
                {moment} + 60 + CAST(draw.u_created * 3600 AS INTEGER) AS created,
                -- The click: none for 5%, past the window for 2%, else hours before
                -- (exponential, mean 36 h, inside the window); never before the link existed.
                max(k.joined + 14400, CASE
                    WHEN draw.u_click < 0.05 THEN NULL
                    WHEN draw.u_click < 0.07 THEN {moment} - k.window_s
                        - CAST(draw.u_delay * 15 * {DAY} AS INTEGER) - 3600
                    ELSE {moment} - min(k.window_s - 60,
                        CAST(-ln(1 - draw.u_delay) * 129600 AS INTEGER) + 30)
                END) AS clicked,
                CASE WHEN {moment} + k.lock_s + {2 * DAY} > :now
                    THEN CASE WHEN draw.u_status < 0.03 THEN 'reversed' ELSE 'pending' END
                    ELSE CASE WHEN draw.u_status < 0.08 THEN 'reversed'
                        WHEN draw.u_status < 0.11 THEN 'pending' ELSE 'confirmed' END
                END AS status,
                draw.u_status, draw.u_refund
            FROM draw {self._who_sql(moment)}"""
        row = f"""
            SELECT *, clicked IS NULL OR ordered - clicked <= window_s AS in_window,
                CASE WHEN status = 'confirmed' AND u_status > 0.96
                    THEN amount * (10 + CAST(u_refund * 80 AS INTEGER)) / 100 ELSE 0
                END AS refunded,
                CASE
                    WHEN status = 'pending' THEN created
                    WHEN locks + {2 * DAY} > :now
                        THEN created + CAST(u_refund * (:now - created) AS INTEGER)
                    ELSE min(:now, locks + CAST(u_refund * 3 * {DAY} AS INTEGER))
                END AS updated
            FROM sale"""
        earned = half_even_sql("(amount - refunded) * rate")
        self._staged(
            connection,
            pool,
            "conversions",
            total,
            f"""INSERT INTO conversions (id, event_id, campaign_id, link_id, influencer_id,
                order_id, amount_minor, currency, status, ordered_at, clicked_at,
                commission_minor, rate_bp, tier, in_window, locks_until, refunded_minor,
                created_at, updated_at)
            WITH RECURSIVE
                draw (n, u_who, g1, g2, u_click, u_delay, u_status, u_refund, u_created)
                AS (SELECT :lo, {draws}
                    UNION ALL SELECT n + 1, {draws} FROM draw WHERE n < :hi),
                sale AS MATERIALIZED ({sale}),
                final AS ({row})
            SELECT n, printf('pb-%010d', n), campaign, link, who,
                CAST(3000000000000000 + n * 17 AS TEXT), amount, currency, status,
                {stamp("ordered")}, {stamp("clicked")},
                CASE WHEN in_window AND status <> 'reversed' THEN {earned} ELSE 0 END,
                rate, {_choice_sql(tiers, "tier")}, in_window, {stamp("locks")}, refunded,
                {stamp("created")}, {stamp("updated")}
            FROM final""",
        )

    def _dense_clicks(self, connection: sqlite3.Connection) -> None:
        """Every DENSE-th influencer gets clicks as a real programme has them: for each sale,
        the click that led to it (at its ``clicked_at``, on its link) and CLICKS_PER_SALE - 1
        others on the same link in the 30 days before it, never before the link existed."""
        self._run(
            connection,
            "clicks",
            f"""INSERT INTO clicks (link_id, clicked_at, visitor_hash, click_id)
            SELECT c.link_id, {stamp("at")}, lower(hex(randomblob(32))),
                lower(hex(randomblob(12)))
            FROM (
                SELECT c.link_id, CASE
                    WHEN d.k = 0 THEN coalesce(unixepoch(c.clicked_at), ordered - 3600)
                    ELSE max(s.joined + 14400, ordered - CAST({UNIFORM} * 30 * {DAY} AS INTEGER))
                END AS at
                FROM (SELECT *, unixepoch(ordered_at) AS ordered FROM conversions
                      WHERE influencer_id % {DENSE} = 0) AS c
                JOIN seller AS s ON s.id = c.influencer_id
                JOIN digits AS d ON d.k < {CLICKS_PER_SALE}
                ORDER BY at
            ) AS c""",
        )

    def _money(self, connection: sqlite3.Connection) -> None:
        """Balances, tiers and payouts from the conversions, in one scan of them (before their
        indexes are rebuilt: a scan and a sort beat 20 million index-ordered row lookups)."""
        self._run(
            connection,
            "tally",
            """CREATE TEMP TABLE tally AS
            SELECT influencer_id AS who, currency,
                SUM(CASE status WHEN 'pending' THEN commission_minor ELSE 0 END) AS pending,
                SUM(CASE status WHEN 'confirmed' THEN commission_minor ELSE 0 END) AS confirmed,
                SUM(status = 'confirmed' AND refunded_minor < amount_minor) AS counted
            FROM conversions WHERE in_window
            GROUP BY influencer_id, currency ORDER BY influencer_id, currency""",
            counted=False,
        )
        # A tier is at least what the confirmed sales reach (promotion comes with them).
        reached = " + ".join(["0"] + [f"(total >= {at})" for _, at in self.ladder.steps[1:]])
        connection.execute(
            f"""CREATE TEMP TABLE reached AS
            SELECT who, {reached} AS rank FROM (
                SELECT who, SUM(counted) AS total FROM tally GROUP BY who)"""
        )
        self._run(
            connection,
            "tiers raised",
            f"""UPDATE influencers SET tier = {_choice_sql(self.ladder.names, "r.rank")}
            FROM reached AS r JOIN seller AS s ON s.id = r.who
            WHERE influencers.id = r.who AND r.rank > s.tier""",
            counted=False,
        )
        # Payout methods where there is money to pay out; then requests: paid (a part of
        # the confirmed money, moved to paid) or waiting (holding part of what is left).
        self._run(
            connection,
            "payout_methods",
            f"""INSERT INTO payout_methods (influencer_id, kind, account, holder, updated_at)
            SELECT who, CASE WHEN who % 3 = 0 THEN 'paypal' ELSE 'iban' END,
                CASE WHEN who % 3 = 0 THEN 'creator' || who || '@example.com'
                    ELSE 'FR76' || printf('%023d', who * 7919) END,
                CASE WHEN who % 3 = 0 THEN NULL ELSE 'Creator ' || who END,
                {stamp(":now - 90 * 86400")}
            FROM (SELECT DISTINCT who FROM tally WHERE confirmed >= {MIN_PAYOUT})
            WHERE {UNIFORM} < 0.75 ORDER BY who""",
        )
        self._run(
            connection,
            "payout_requests",
            f"""INSERT INTO payout_requests (influencer_id, amount_minor, currency, status,
                method_kind, method_account, method_holder, requested_at, decided_at,
                decided_by, reference, reason)
            WITH drawn AS MATERIALIZED (
                SELECT *, {UNIFORM} AS u FROM tally WHERE confirmed >= {MIN_PAYOUT}
            )
            SELECT who, amount, currency, status, kind, account, holder, {stamp("asked")},
                CASE status WHEN 'paid' THEN {stamp("asked + 3 * 86400")} END,
                CASE status WHEN 'paid' THEN 'console:staff' END,
                CASE status WHEN 'paid' THEN 'TRF-' || printf('%08d', who) || '-' || currency
                END, NULL
            FROM (
                SELECT t.who, t.currency, m.kind, m.account, m.holder,
                    CASE WHEN u < 0.6 THEN 'paid' ELSE 'requested' END AS status,
                    CASE WHEN u < 0.6
                        THEN max({MIN_PAYOUT}, CAST(t.confirmed * (0.5 + u * 0.8) AS INTEGER))
                        ELSE {MIN_PAYOUT} END AS amount,
                    :now - CAST((u * 50 + 1) * 86400 AS INTEGER) AS asked
                FROM drawn AS t JOIN payout_methods AS m ON m.influencer_id = t.who
                WHERE t.u < 0.6 OR t.u >= 0.95
                ORDER BY t.who, t.currency
            )""",
        )
        self._run(
            connection,
            "balances",
            f"""INSERT INTO balances (influencer_id, currency, pending_minor, confirmed_minor,
                paid_minor, updated_at)
            SELECT t.who, t.currency, t.pending, t.confirmed - coalesce(p.paid, 0),
                coalesce(p.paid, 0), {stamp(":now")}
            FROM tally AS t LEFT JOIN (
                SELECT influencer_id, currency, SUM(amount_minor) AS paid FROM payout_requests
                WHERE status = 'paid' GROUP BY influencer_id, currency
            ) AS p ON p.influencer_id = t.who AND p.currency = t.currency
            ORDER BY t.who, t.currency""",
        )

    # -- the whole load ---------------------------------------------------------------------

    def run(self, campaign_ids: list[int]) -> list[int]:
        """Load everything; the ids of the influencers with the most conversions."""
        self.plan.unlink(missing_ok=True)
        connection = sqlite3.connect(self.path, isolation_level="DEFERRED")
        try:
            connection.execute("ATTACH ? AS plan", (str(self.plan),))
            for pragma in (
                "PRAGMA journal_mode=OFF",
                "PRAGMA synchronous=OFF",
                "PRAGMA cache_size=-1000000",  # 1 GB: the unique indexes stay in memory
                "PRAGMA plan.journal_mode=OFF",
                "PRAGMA plan.synchronous=OFF",
                "PRAGMA plan.cache_size=-500000",
                "PRAGMA temp.cache_size=-500000",
                "PRAGMA threads=2",
            ):
                connection.execute(pragma)
            indexes = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                f" AND tbl_name IN ({', '.join('?' * len(BULK_TABLES))})",
                BULK_TABLES,
            ).fetchall()
            for name, _ in indexes:
                connection.execute(f'DROP INDEX "{name}"')
            # The search tables' triggers too: their trigram indexes are rebuilt in one go.
            triggers = connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"
                f" AND tbl_name IN ({', '.join('?' * len(BULK_TABLES))})",
                BULK_TABLES,
            ).fetchall()
            for name, _ in triggers:
                connection.execute(f'DROP TRIGGER "{name}"')
            self.log(
                f"  {len(indexes)} secondary indexes and {len(triggers)} triggers dropped"
                " for the load"
            )
            started = time.perf_counter()
            self._prepare(connection, campaign_ids)
            connection.commit()
            self.log(
                f"    {'plan (Python)':<20} {self.sizes.influencers:>11,} rows"
                f"  {time.perf_counter() - started:7.1f} s"
            )
            self._people(connection)
            self._links(connection)
            with multiprocessing.get_context("fork").Pool(WORKERS) as pool:
                self._clicks(connection, pool)
                self._conversions(connection, pool)
            self._dense_clicks(connection)
            self._money(connection)
            started = time.perf_counter()
            for _, sql in indexes:
                connection.execute(sql)
            for _, sql in triggers:
                connection.execute(sql)
            searches = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'"
            ).fetchall()
            for (name,) in searches:
                connection.execute(f'INSERT INTO "{name}" ("{name}") VALUES (\'rebuild\')')
            for table in ("daily_orders", "daily_clicks", "influencer_counts"):
                connection.execute(f"DELETE FROM {table}")  # counted by triggers before the load
            for statement in rebuild_statements(postgres=False):  # figures kept as written
                connection.execute(statement)
            connection.commit()
            self.log(
                f"  {len(indexes)} secondary indexes, {len(searches)} search tables and the"
                f" figures per day rebuilt  {time.perf_counter() - started:7.1f} s"
            )
            heaviest = [
                int(row[0])
                for row in connection.execute(
                    "SELECT influencer_id FROM conversions GROUP BY influencer_id"
                    " ORDER BY COUNT(*) DESC LIMIT 5"
                )
            ]
            connection.execute("DETACH plan")
            connection.execute("PRAGMA journal_mode=WAL")
            return heaviest
        finally:
            connection.close()
            self.plan.unlink(missing_ok=True)


async def _prepare_schema(url: str, now: datetime) -> list[int]:
    """Migrate the empty file to head and add the campaigns through the real repository."""
    database = Database(url)
    try:
        await upgrade(database)
        ids = []
        launched = now - timedelta(days=HISTORY_DAYS + JOINING_BEFORE_DAYS + 1)
        async with database.transaction() as session:
            campaigns = Campaigns(session)
            for spec in CAMPAIGNS:
                record = await campaigns.add(
                    name=spec.name,
                    url_template="https://www.aliexpress.com/sale?aff={code}&cid={click_id}",
                    rates=spec.rates,
                    currency=spec.currency,
                    attribution_window_days=spec.window_days,
                    lock_days=spec.lock_days,
                    starts_at=launched,
                    now=launched,
                    allowed_domains=("aliexpress.com",),
                )
                ids.append(record.id)
        return ids
    finally:
        await database.dispose()


def generate(
    path: Path, sizes: Sizes, ladder: TierLadder, log: Callable[[str], None] = print
) -> Generated:
    """Write a fresh database at ``path`` (replacing any) and its description next to it."""
    for stale in (path, sidecar(path), Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    started = time.perf_counter()
    now = datetime.now(UTC).replace(microsecond=0)
    campaign_ids = asyncio.run(_prepare_schema(f"sqlite+aiosqlite:///{path}", now))
    log(f"  schema migrated to {schema_head()}, {len(campaign_ids)} campaigns")
    generator = Generator(path, sizes, ladder, now, log)
    heaviest = generator.run(campaign_ids)
    generated = Generated(
        sizes=sizes,
        shape=SHAPE,
        schema=schema_head(),
        ladder=list(ladder.steps),
        now=now.isoformat(),
        seconds=time.perf_counter() - started,
        heaviest=heaviest,
        counts=generator.counts,
    )
    generated.save(sidecar(path))
    return generated


def reusable(path: Path, sizes: Sizes, ladder: TierLadder) -> Generated | None:
    """The description of the database at ``path`` if it was fully generated with these sizes,
    this ladder and the current schema."""
    generated = Generated.load(sidecar(path))
    if generated is None or not path.exists():
        return None
    if (
        generated.sizes != sizes
        or generated.shape != SHAPE
        or generated.schema != schema_head()
        or generated.ladder != list(ladder.steps)
    ):
        return None
    return generated


def verify(path: Path, ladder: TierLadder, samples: int = 200, seed: int = 1) -> None:
    """Spot checks that the data is what the bot would have written, on random rows.

    Per influencer: each balance row is their conversions summed by status less what was paid
    out, paid is what paid requests add up to, and the tier is at least the one their
    confirmed sales reach. Per conversion: the commission is storage.ledger's, the rate is the
    campaign's for the tier it carries, its link is its influencer's and campaign's, its times
    are in order, and its influencer was approved before it.
    """
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    rng = random.Random(seed)
    campaigns = {
        row[0]: json.loads(row[1]) for row in connection.execute("SELECT id, rates FROM campaigns")
    }
    try:
        influencers = connection.execute("SELECT max(id) FROM influencers").fetchone()[0]
        for _ in range(samples):
            who = rng.randint(1, influencers)
            sums = connection.execute(
                "SELECT currency, SUM(CASE status WHEN 'pending' THEN commission_minor ELSE 0"
                " END), SUM(CASE status WHEN 'confirmed' THEN commission_minor ELSE 0 END),"
                " SUM(status = 'confirmed' AND refunded_minor < amount_minor)"
                " FROM conversions WHERE influencer_id = ? AND in_window GROUP BY currency"
                " ORDER BY currency",
                (who,),
            ).fetchall()
            paid = dict(
                connection.execute(
                    "SELECT currency, SUM(amount_minor) FROM payout_requests"
                    " WHERE influencer_id = ? AND status = 'paid' GROUP BY currency",
                    (who,),
                ).fetchall()
            )
            rows = connection.execute(
                "SELECT currency, pending_minor, confirmed_minor, paid_minor FROM balances"
                " WHERE influencer_id = ? ORDER BY currency",
                (who,),
            ).fetchall()
            expected = [(c, p, k - paid.get(c, 0), paid.get(c, 0)) for c, p, k, _ in sums]
            assert expected == rows, (who, expected, rows)
            tier = connection.execute(
                "SELECT tier FROM influencers WHERE id = ?", (who,)
            ).fetchone()[0]
            reached = ladder.tier_for(sum(row[3] for row in sums))
            assert ladder.names.index(tier) >= ladder.names.index(reached), (who, tier, sums)
        top = connection.execute("SELECT max(id) FROM conversions").fetchone()[0] or 0
        for _ in range(samples if top else 0):
            row = connection.execute(
                "SELECT c.amount_minor, c.refunded_minor, c.rate_bp, c.status, c.in_window,"
                " c.commission_minor, c.campaign_id, c.tier,"
                " c.influencer_id = l.influencer_id, c.campaign_id = l.campaign_id,"
                " c.currency = k.currency,"
                " l.created_at <= coalesce(c.clicked_at, l.created_at),"
                " coalesce(c.clicked_at, c.ordered_at) <= c.ordered_at,"
                " c.ordered_at < c.created_at AND c.created_at <= c.updated_at,"
                " f.reviewed_at < c.ordered_at,"
                " c.locks_until > c.ordered_at"
                " FROM conversions AS c JOIN links AS l ON l.id = c.link_id"
                " JOIN campaigns AS k ON k.id = c.campaign_id"
                " JOIN influencers AS f ON f.id = c.influencer_id WHERE c.id = ?",
                (rng.randint(1, top),),
            ).fetchone()
            amount, refunded, rate, status, in_window, earned, campaign, tier, *checks = row
            assert rate == ladder.rate(campaigns[campaign], tier), row
            expected_earned = (
                commission(amount - refunded, rate) if in_window and status != "reversed" else 0
            )
            assert earned == expected_earned, row
            assert all(checks), row
        code, link = connection.execute("SELECT code, id FROM links WHERE id = 1").fetchone()
        assert code == link_code(link)
        for who in range(DENSE, min(influencers, 20 * DENSE) + 1, DENSE):
            sales, clicks = connection.execute(
                "SELECT (SELECT COUNT(*) FROM conversions WHERE influencer_id = ?),"
                " (SELECT COUNT(*) FROM clicks WHERE link_id IN"
                " (SELECT id FROM links WHERE influencer_id = ?))",
                (who, who),
            ).fetchone()
            assert clicks >= CLICKS_PER_SALE * sales, (who, sales, clicks)
    finally:
        connection.close()

"""Tiers: confirmed sales lift an influencer up the ladder, once, and the top is the KOL track."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
from pydantic import SecretStr, ValidationError
from sqlalchemy import select

from bot.__main__ import import_command
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.runtime import Runtime
from bot.services.tiers import TierLadder, progress
from bot.settings import Settings
from bot.web import postback
from storage.db import Database
from storage.ledger import Ledger
from storage.models import Influencer
from storage.repositories import Repositories
from tests.money import make_influencer
from tests.money.test_postback import SECRET, Shop
from tests.payouts import notifications, sale, seller
from tests.support import LOCALES, Clock

# standard from 0, silver from 2, gold from 3 confirmed sales, KOL from 5.
LADDER = TierLadder(
    steps=(("standard", 0), ("silver", 2), ("gold", 3), ("kol", 5)),
    manager_name="Marta Kowalska",
    manager_contact="@marta_kol",
)


async def tier_of(database: Database, influencer_id: int) -> str:
    async with database.read() as session:
        tier = await session.scalar(select(Influencer.tier).where(Influencer.id == influencer_id))
    assert tier is not None
    return tier


async def news(database: Database) -> list[tuple[str, dict[str, object]]]:
    found = []
    for message_id in ("tier-up", "tier-up-kol", "tier-up-kol-contact"):
        found += [(message_id, n.args) for n in await notifications(database, message_id)]
    return found


async def test_crossing_a_threshold_promotes_once_with_the_news(
    database: Database, clock: Clock
) -> None:
    me = await seller(database, await make_influencer(database, "3001"))
    await sale(database, me, 100, clock, tiers=LADDER)
    await sale(database, me, 100, clock, status="pending", order_id="P", tiers=LADDER)
    assert await tier_of(database, me.influencer_id) == "standard"  # pending sales do not count
    assert await news(database) == []

    await sale(database, me, 100, clock, status="confirmed", order_id="P", tiers=LADDER)
    assert await tier_of(database, me.influencer_id) == "silver"
    assert await news(database) == [
        (
            "tier-up",
            {
                "tier": {"$msg": "tier-name", "args": {"tier": "silver"}},
                "sales": 2,
                "next": {"$msg": "tier-name", "args": {"tier": "gold"}},
                "remaining": 1,
            },
        )
    ]
    # The same confirmation again (a new event id for the same order): no second promotion.
    await sale(database, me, 100, clock, status="confirmed", order_id="P", tiers=LADDER)
    assert len(await news(database)) == 1
    # A refund never demotes automatically.
    await sale(database, me, 100, clock, status="reversed", order_id="P", tiers=LADDER)
    assert await tier_of(database, me.influencer_id) == "silver"


async def test_sales_that_do_not_count(database: Database, clock: Clock) -> None:
    me = await seller(database, await make_influencer(database, "3001"))
    await sale(database, me, 100, clock, status="reversed", tiers=LADDER)
    await sale(database, me, 100, clock, status="pending", tiers=LADDER)
    async with database.read() as session:
        standing = await progress(Repositories(session), me.influencer_id, LADDER)
    assert (standing.tier, standing.confirmed_sales) == ("standard", 0)
    assert (standing.next_tier, standing.next_threshold, standing.remaining) == ("silver", 2, 2)
    assert not standing.is_top


async def test_reaching_the_top_is_the_kol_track_with_its_manager(
    database: Database, clock: Clock, make_engine: Callable[[], Engine], translator: Translator
) -> None:
    me = await seller(database, await make_influencer(database, "3001"))
    for _ in range(5):
        await sale(database, me, 100, clock, tiers=LADDER)
    assert await tier_of(database, me.influencer_id) == "kol"
    kinds = [message_id for message_id, _ in await news(database)]
    assert kinds == ["tier-up", "tier-up", "tier-up-kol"]
    pending = await make_engine().pending_notifications(["console"])
    (kol,) = [o for _, o in pending if o is not None and o.message_id == "tier-up-kol"]
    assert "Marta Kowalska" in kol.text and "@marta_kol" in kol.text and "KOL" in kol.text
    async with database.read() as session:
        standing = await progress(Repositories(session), me.influencer_id, LADDER)
    assert (standing.tier, standing.is_top, standing.next_tier, standing.remaining) == (
        "kol",
        True,
        None,
        0,
    )
    for _ in range(3):
        await sale(database, me, 100, clock, tiers=LADDER)
    assert len(await news(database)) == 3  # nothing above the top


async def test_without_a_named_manager_the_contact_is_given(
    database: Database, clock: Clock, settings: Settings
) -> None:
    ladder = TierLadder.from_settings(
        settings.model_copy(update={"tiers": [("standard", 0), ("kol", 1)]})
    )
    me = await seller(database, await make_influencer(database, "3001"))
    await sale(database, me, 100, clock, tiers=ladder)
    ((message_id, args),) = await news(database)
    assert message_id == "tier-up-kol-contact"
    assert args["contact"] == "@star_support"  # BOT_SUPPORT_CONTACT when no manager is set


async def test_a_new_tier_earns_its_rate_and_a_missing_rate_falls_back_down_the_ladder(
    database: Database, clock: Clock
) -> None:
    me = await seller(
        database,
        await make_influencer(database, "3001"),
        rates={"standard": 1000, "silver": 1500},  # no gold rate, no KOL rate
    )
    first = await sale(database, me, 100, clock, tiers=LADDER)
    assert first.conversion is not None and first.conversion.rate_bp == 1000
    await sale(database, me, 100, clock, tiers=LADDER)  # the second: silver from now on
    third = await sale(database, me, 100, clock, tiers=LADDER)
    assert third.conversion is not None
    assert (third.conversion.tier, third.conversion.rate_bp) == ("silver", 1500)
    fourth = await sale(database, me, 100, clock, tiers=LADDER)  # gold: silver's rate
    assert fourth.conversion is not None
    assert (fourth.conversion.tier, fourth.conversion.rate_bp) == ("gold", 1500)
    async with database.read() as session:
        sales = await Ledger(session).conversions(me.influencer_id)
    assert [c.tier for c in sales] == ["standard", "standard", "silver", "gold"]  # kept


def test_rate_fallback() -> None:
    rates = {"standard": 800, "gold": 1200}
    assert LADDER.rate(rates, "silver") == 800
    assert LADDER.rate(rates, "kol") == 1200
    assert LADDER.rate(rates, "vip") == 800  # set by hand, off the ladder: the starting rate
    assert LADDER.rate({"kol": 2000}, "silver") == 0
    assert LADDER.rate(rates, "gold") == 1200


async def test_a_tier_set_by_hand_is_left_alone(database: Database, clock: Clock) -> None:
    me = await seller(database, await make_influencer(database, "3001", tier="partner"))
    for _ in range(3):
        await sale(database, me, 100, clock, tiers=LADDER)
    assert await tier_of(database, me.influencer_id) == "partner"
    assert await news(database) == []


async def test_confirmations_at_once_promote_exactly_once(
    database_url: str, database: Database, clock: Clock
) -> None:
    me = await seller(database, await make_influencer(database, "3001"))
    await sale(database, me, 100, clock, tiers=LADDER)
    first, second = Database(database_url), Database(database_url)
    try:
        await asyncio.gather(
            sale(first, me, 100, clock, tiers=LADDER),
            sale(second, me, 100, clock, tiers=LADDER),
        )
    finally:
        await first.dispose()
        await second.dispose()
    assert await tier_of(database, me.influencer_id) == "gold"
    # Each saw the other's sale: one promoted to silver at 2, the other to gold at 3.
    promotions = [args["tier"] for _, args in await news(database)]
    assert promotions == [
        {"$msg": "tier-name", "args": {"tier": "silver"}},
        {"$msg": "tier-name", "args": {"tier": "gold"}},
    ]


@pytest.mark.parametrize("locale", LOCALES)
def test_tier_messages_render_in_every_language(translator: Translator, locale: str) -> None:
    text = translator.render(
        locale,
        "tier-up-kol",
        {
            "tier": translator.render(locale, "tier-name", {"tier": "kol"}),
            "sales": 1000,
            "manager": "Marta Kowalska",
            "contact": "@marta_kol",
        },
    )
    assert "KOL" in text and "Marta Kowalska" in text and "@marta_kol" in text
    gold = translator.render(locale, "tier-name", {"tier": "gold"})
    assert gold != "gold"
    assert translator.render(locale, "tier-name", {"tier": "diamond"}) == "diamond"


@pytest.mark.parametrize(
    "value",
    [
        "silver:50",
        "standard:0",
        "standard:0,gold:10,silver:10",
        "standard:0,Gold:5",
        "standard:0,gold",
        "standard:0,gold:5,gold:9",
        "bronze:0,gold:5",
        "standard:1,gold:5",
    ],
)
def test_bad_tier_settings_are_refused(value: str) -> None:
    with pytest.raises(ValidationError):
        Settings(_env_file=None, tiers=value)  # type: ignore[call-arg,arg-type]


def test_tier_settings_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_TIERS", "standard:0, pro:20, kol:500")
    monkeypatch.setenv("BOT_KOL_MANAGER_NAME", "Marta")
    ladder = TierLadder.from_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert ladder.steps == (("standard", 0), ("pro", 20), ("kol", 500))
    assert (ladder.top, ladder.manager_name) == ("kol", "Marta")


async def test_postbacks_and_csv_imports_promote_as_configured(
    database: Database, settings: Settings, tmp_path: Path
) -> None:
    """The running bot and the import command both book confirmations with the ladder."""
    first = await seller(database, await make_influencer(database, "3001"))
    second = await seller(database, await make_influencer(database, "3002"))
    configured = settings.model_copy(
        update={
            "postback_secret": SecretStr(SECRET),
            "web_port": 0,
            "tiers": [("standard", 0), ("kol", 1)],
            "kol_manager_name": "Marta Kowalska",
        }
    )
    runtime = Runtime(configured)
    await runtime.start()
    try:
        url = f"http://127.0.0.1:{runtime.web_port}{postback.PATH}"
        async with aiohttp.ClientSession() as http:
            shop = Shop(url, http, Clock(datetime.now(UTC)))
            event = {
                "event_id": "pb-1",
                "link_code": first.code,
                "order_id": "o1",
                "amount": 1000,
                "currency": "EUR",
                "status": "confirmed",
            }
            assert (await shop.post(event)).body == {"status": "ok"}
    finally:
        await runtime.stop()
    assert await tier_of(database, first.influencer_id) == "kol"

    csv = tmp_path / "sales.csv"
    csv.write_text(
        "event_id,link_code,order_id,amount,currency,status\n"
        f"csv-1,{second.code},o2,1000,EUR,confirmed\n",
        encoding="utf-8",
    )
    assert await import_command(configured, csv) == 0
    assert await tier_of(database, second.influencer_id) == "kol"
    kol = await notifications(database, "tier-up-kol")
    assert [n.args["manager"] for n in kol] == ["Marta Kowalska", "Marta Kowalska"]

"""One set of campaign rules: what ``python -m bot campaign add`` refuses, the console refuses
too (worded in the staff member's language), and the same campaign made either way is the
same row with the same audit entry."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.__main__ import parser
from bot.cli.campaign import campaign_command
from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import Campaign
from storage.repositories import Repositories
from tests.console import client, console_settings, serve, sign_in
from tests.support import LOCALES, Chat, Clock, normalise

BASE = {
    "name": "Winter",
    "url": "https://www.aliexpress.com/sale?aff={ref}&sub={code}&cid={click_id}",
    "rate": "800",
    "currency": "EUR",
    "domain": "aliexpress.com",
}
RU = {"countries": "RU,BY", "advertiser": 'ООО "Алиэкспресс Россия"'}
DEEPLINK = "https://s.click.aliexpress.com/deep?aff={ref}&sub={code}&cid={click_id}&dl={url}"
# (changes to BASE, the console's message and its arguments, the command line's words)
REFUSED: list[tuple[dict[str, str], str, dict[str, Any], str]] = [
    (
        {"url": "https://shop.example.com/?c={click_id}"},
        "console-campaign-bad-url-host",
        {"host": "shop.example.com", "domains": "aliexpress.com"},
        "shop.example.com, which is not on",
    ),
    ({"url": "javascript:alert(1)"}, "console-campaign-bad-url", {}, "must be an http(s) URL"),
    (
        {"deeplink": "https://s.click.aliexpress.com/deep?aff={ref}"},
        "console-campaign-bad-deeplink-page",
        {"placeholder": "{url}"},
        "must hold {url}",
    ),
    (
        {"deeplink": "https://s.click.example/deep?dl={url}"},
        "console-campaign-bad-deeplink-host",
        {"host": "s.click.example", "domains": "aliexpress.com"},
        "s.click.example, which is not",
    ),
    (
        {"domain": "aliexpress.com/sale"},
        "console-campaign-bad-domain",
        {"detail": "aliexpress.com/sale"},
        "is not a domain name",
    ),
    ({"countries": "FRA"}, "console-campaign-bad-country", {"country": "FRA"}, "two-letter"),
    ({"currency": "EUX"}, "console-campaign-bad-currency", {}, "ISO 4217"),
    (
        {"lock_days": "1000000000"},
        "console-campaign-bad-days-long",
        {"max": 3650},
        "--lock-days must be 0 to 3650",
    ),
    ({"window_days": "-1"}, "console-campaign-bad-days", {}, "--window-days must be 0 to"),
    ({"name": "x" * 65}, "console-campaign-bad-name-long", {"max": 64}, "1 to 64 characters"),
    (
        RU,
        "console-campaign-bad-advertiser-needed",
        {"markets": "RU"},
        "needs --advertiser and --advertiser-inn",
    ),
    (
        {**RU, "advertiser_inn": "7707083894"},
        "console-campaign-bad-inn",
        {"inn": "7707083894"},
        "is not a valid INN",
    ),
    (
        {**RU, "advertiser": "X"},
        "console-campaign-bad-advertiser",
        {"min": 2, "max": 200},
        "--advertiser must be",
    ),
    (
        {**RU, "advertiser_inn": "7707083893", "erid": "2Vtzq x"},
        "console-campaign-bad-erid",
        {},
        "--erid must be",
    ),
]
VALID = {
    **BASE,
    **RU,
    "deeplink": DEEPLINK,
    "advertiser_inn": "7707083893",
    "erid": "2VtzqvXyZ1a",
    "window_days": "45",
    "lock_days": "20",
    "starts": "2026-12-01",
    "ends": "2027-01-31",
}


def argv(fields: dict[str, str]) -> list[str]:
    """The command line for these fields."""
    options = {
        "name": "--name",
        "url": "--url",
        "currency": "--currency",
        "domain": "--domain",
        "countries": "--countries",
        "deeplink": "--deeplink",
        "advertiser": "--advertiser",
        "advertiser_inn": "--advertiser-inn",
        "erid": "--erid",
        "window_days": "--window-days",
        "lock_days": "--lock-days",
        "starts": "--starts",
        "ends": "--ends",
    }
    line = ["campaign", "add", "--rate", f"standard={fields['rate']}"]
    for key, option in options.items():
        if key in fields:
            line += [option, fields[key]]
    return line


def form(fields: dict[str, str], csrf: str) -> dict[str, str]:
    """The console's form with the same fields."""
    data = {key: value for key, value in fields.items() if key not in ("rate", "domain")}
    return {**data, "csrf": csrf, "rate_standard": fields["rate"], "domains": fields["domain"]}


async def cli(settings: Settings, fields: dict[str, str]) -> int:
    return await campaign_command(settings, parser().parse_args(argv(fields)))


async def campaigns(database: Database) -> int:
    async with database.read() as session:
        return int(await session.scalar(select(func.count()).select_from(Campaign)) or 0)


# Wording does not depend on the database: SQLite only, to keep the suite quick.
@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("locale", LOCALES)
async def test_both_refuse_the_same_campaigns(
    locale: str,
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
    capsys: pytest.CaptureFixture[str],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    owner = Chat(make_engine(), user_id="1", locale=locale)
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, owner)
        for change, message, args, words in REFUSED:
            fields = {**BASE, **change}
            assert await cli(settings, fields) == 2, change
            assert words in capsys.readouterr().err
            answer = await browser.post("/console/campaigns", data=form(fields, csrf))
            assert answer.status == 200
            page = normalise(html.unescape(await answer.text()))
            expected = normalise(translator.render(locale, message, args))
            assert expected in page, (change, expected)
    assert await campaigns(database) == 0


async def test_the_same_campaign_either_way_is_the_same_row(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
) -> None:
    console_settings(settings, owner_ids=["console:1"])
    assert await cli(settings, VALID) == 0
    owner = Chat(make_engine(), user_id="1")
    async with serve(database, settings, translator, clock) as server, client(server) as browser:
        csrf = await sign_in(browser, owner)
        answer = await browser.post(
            "/console/campaigns", data=form({**VALID, "name": "Winter B"}, csrf)
        )
        assert "“Winter B” is created" in await answer.text()
        async with database.read() as session:
            made = await session.scalar(select(Campaign.id).where(Campaign.name == "Winter B"))
        # Editing keeps to the same rules: a Russian campaign cannot lose its advertiser's INN.
        edit = {**form(VALID, csrf), "advertiser_inn": ""}
        refused = await browser.post(f"/console/campaigns/{made}", data=edit)
        expected = translator.render(
            "en", "console-campaign-bad-advertiser-needed", {"markets": "RU"}
        )
        assert expected in html.unescape(await refused.text())
    async with database.read() as session:
        rows = (await session.scalars(select(Campaign).order_by(Campaign.id))).all()
    assert [row.name for row in rows] == ["Winter", "Winter B"]
    ignored = {"id", "name", "created_at"}
    by_cli, by_console = (
        {c.name: getattr(row, c.name) for c in Campaign.__table__.columns if c.name not in ignored}
        for row in rows
    )
    assert by_cli == by_console
    assert by_cli["advertiser_inn"] == "7707083893" and by_cli["deeplink_template"] == DEEPLINK
    assert by_cli["countries"] == ["RU", "BY"] and by_cli["rates"] == {"standard": 800}
    # One domain function behind both (bot/services/campaigns.py): the same audit entry too.
    async with database.read() as session:
        added = await Repositories(session).audit.entries(action="campaign.add")
    by_cli_entry, by_console_entry = sorted(added, key=lambda entry: entry.id)
    assert by_cli_entry.actor.startswith("cli") and by_console_entry.actor == "console:1"
    assert (by_cli_entry.subject, by_console_entry.subject) == tuple(
        f"campaign:{row.id}" for row in rows
    )
    assert (
        by_cli_entry.details
        == by_console_entry.details
        == {
            "currency": "EUR",
            "rates": {"standard": 800},
        }
    )

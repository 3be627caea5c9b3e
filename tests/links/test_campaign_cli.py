"""``campaign add`` refuses, with the reason, a campaign whose links could not work or whose
notice would be unlawful, and stores nothing (issue 11 item 16; issue 15: the RU advertiser)."""

from __future__ import annotations

import pytest

from bot.__main__ import parser
from bot.cli.campaign import campaign_command
from bot.settings import Settings
from storage.db import Database
from storage.repositories import Repositories

BASE = [
    "add",
    "--name",
    "Winter",
    "--url",
    "https://www.aliexpress.com/sale?aff={ref}&sub={code}&cid={click_id}",
    "--rate",
    "standard=800",
    "--currency",
    "EUR",
    "--domain",
    "aliexpress.com",
]
RU = ["--countries", "RU,BY", "--advertiser", 'ООО "Алиэкспресс Россия"']


async def run(settings: Settings, *argv: str) -> int:
    return await campaign_command(settings, parser().parse_args(["campaign", *argv]))


async def stored(database: Database) -> int:
    async with database.read() as session:
        return len(await Repositories(session).campaigns.list_all())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"--url": "https://shop.example.com/?c={click_id}"}, "shop.example.com, which is not on"),
        ({"--url": "https://aliexpress.com.evil.example/"}, "which is not on --domain"),
        ({"--url": "javascript:alert(1)"}, "--url must be an http(s) URL"),
        ({"--deeplink": "https://s.click.aliexpress.com/deep?aff={ref}"}, "must hold {url}"),
        ({"--deeplink": "https://s.click.example/deep?dl={url}"}, "s.click.example, which is not"),
        ({"--domain": "ali express.com"}, "is not a domain name"),
        ({"--countries": "FRA"}, "not a two-letter country code"),
        ({"--currency": "EUX"}, "--currency must be an ISO 4217 code"),
        ({"--lock-days": "1000000000"}, "--lock-days must be 0 to 3650 days"),
        ({"--window-days": "-1"}, "--window-days must be 0 to 3650 days"),
        ({"--name": "x" * 65}, "--name must be 1 to 64 characters"),
    ],
)
async def test_add_refuses_what_could_never_work(
    database: Database,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    change: dict[str, str],
    message: str,
) -> None:
    argv = list(BASE)
    for option, value in change.items():
        if option in argv:
            argv[argv.index(option) + 1] = value
        else:
            argv += [option, value]
    assert await run(settings, *argv) == 2
    assert message in capsys.readouterr().err
    assert await stored(database) == 0


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("standard=99999", "more than 100 %"),
        ("standard=8.5", "a rate looks like standard=800"),
        ("=800", "a rate looks like standard=800"),
    ],
)
def test_a_rate_out_of_range_says_so(
    capsys: pytest.CaptureFixture[str], value: str, message: str
) -> None:
    with pytest.raises(SystemExit):
        parser().parse_args(["campaign", *BASE[:-6], "--rate", value, "--currency", "EUR"])
    assert message in capsys.readouterr().err


async def test_a_deeplink_campaign_is_stored(database: Database, settings: Settings) -> None:
    deeplink = "https://s.click.aliexpress.com/deep?aff={ref}&sub={code}&cid={click_id}&dl={url}"
    assert await run(settings, *BASE, "--deeplink", deeplink) == 0
    async with database.read() as session:
        campaign = await Repositories(session).campaigns.by_name("Winter")
    assert campaign is not None and campaign.deeplink_template == deeplink


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ([], "needs --advertiser and --advertiser-inn"),
        (["--advertiser-inn", "7707083894"], "is not a valid INN"),  # wrong check digit
        (["--advertiser-inn", "770708389"], "is not a valid INN"),  # 9 digits
        (["--advertiser-inn", "500100732258"], "is not a valid INN"),  # 12, wrong check digit
        (["--advertiser-inn", "7707083893", "--erid", "2Vtzq x"], "--erid must be"),
    ],
)
async def test_a_russian_campaign_needs_a_valid_advertiser(
    database: Database,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    assert await run(settings, *BASE, *RU, *extra) == 2
    assert message in capsys.readouterr().err
    assert await stored(database) == 0


@pytest.mark.parametrize("inn", ["7707083893", "500100732259"])
async def test_a_russian_campaign_with_its_advertiser_is_stored(
    database: Database, settings: Settings, inn: str
) -> None:
    assert await run(settings, *BASE, *RU, "--advertiser-inn", inn, "--erid", "2VtzqvXyZ1a") == 0
    async with database.read() as session:
        campaign = await Repositories(session).campaigns.by_name("Winter")
    assert campaign is not None
    assert (campaign.advertiser, campaign.advertiser_inn, campaign.erid) == (
        'ООО "Алиэкспресс Россия"',
        inn,
        "2VtzqvXyZ1a",
    )

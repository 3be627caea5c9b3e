"""``python -m bot campaign add|list|pause|resume``: campaigns from the command line.

Every argument is checked before anything is stored, and a refusal says which argument is wrong
and why: a campaign whose links could never redirect (its URL outside its own domains) or whose
Russian notice would be unlawful (no advertiser or INN) is never created. Adding, pausing and
resuming call ``bot.services.campaigns`` as the console does, audited as ``cli:<login>``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

from bot.core.moments import utc_moment
from bot.services import campaign_rules as rules
from bot.settings import Settings

MAX_RATE_BP = rules.RATE_MAX
# The refusals in English, by ``campaign_rules`` code (the console words them in its own files).
REFUSALS = {
    "name": "--name must be 1 to {max} characters",
    "name-long": "--name must be 1 to {max} characters",
    "url-long": "--url is longer than {max} characters",
    "deeplink-long": "--deeplink is longer than {max} characters",
    "domain": "--domain {domain!r} is not a domain name",
    "url-scheme": "--url must be an http(s) URL",
    "deeplink-scheme": "--deeplink must be an http(s) URL",
    "url-host": (
        "--url leads to {host}, which is not on --domain {domains}:"
        " its links could never redirect (add that --domain or fix the URL)"
    ),
    "deeplink-host": (
        "--deeplink leads to {host}, which is not on --domain {domains}:"
        " its links could never redirect (add that --domain or fix the URL)"
    ),
    "deeplink-page": "--deeplink must hold {{url}}, where the product page goes",
    "currency": "--currency must be an ISO 4217 code such as EUR",
    "days": "--{which}-days must be 0 to {max} days (got {days})",
    "ends": "--ends must be after --starts",
    "country": "--countries: {country!r} is not a two-letter country code",
    "rate": "--rate {tier!r}: a rate is 0 to 10000 basis points (800 = 8 %)",
    "advertiser": "--advertiser must be the advertiser's legal name ({min} to {max} characters)",
    "inn": (
        "--advertiser-inn {inn!r} is not a valid INN"
        " (10 digits for an organisation, 12 for a person, with their check digits)"
    ),
    "erid": "--erid must be the registry's ad identifier (letters and digits, at most 64)",
    "advertiser-needed": (
        "a campaign for {markets} needs --advertiser and --advertiser-inn:"
        " the advertising notice there must name the advertiser and its INN"
    ),
}


def add_commands(commands: Any) -> None:
    """Register ``campaign`` and its actions on ``python -m bot``'s parser."""
    campaign = commands.add_parser("campaign", help="add, list, pause or resume campaigns")
    actions = campaign.add_subparsers(dest="action", required=True)
    add = actions.add_parser("add", help="create a campaign")
    add.add_argument("--name", required=True)
    add.add_argument("--url", required=True, help="destination; may hold {code} {click_id} {ref}")
    add.add_argument(
        "--deeplink",
        default=None,
        help="how a product page is reached: {url} is the page; may hold {code} {click_id} {ref}",
    )
    add.add_argument(
        "--rate", action="append", required=True, type=rate, help="tier=basis points, repeatable"
    )
    add.add_argument("--currency", required=True, help="ISO 4217, e.g. EUR")
    add.add_argument("--window-days", type=int, default=30, help="attribution window")
    add.add_argument("--lock-days", type=int, default=14, help="holding period")
    add.add_argument("--domain", action="append", default=[], help="allowed product domain")
    add.add_argument("--countries", default="", help="e.g. FR,ES (empty: every country)")
    add.add_argument("--starts", type=moment, default=None, help="ISO 8601 (default now)")
    add.add_argument("--ends", type=moment, default=None, help="ISO 8601")
    add.add_argument("--advertiser", default=None, help="the advertiser's legal name (RU notice)")
    add.add_argument("--advertiser-inn", default=None, help="the advertiser's INN (RU notice)")
    add.add_argument("--erid", default=None, help="the ad identifier from the ad registry (RU)")
    actions.add_parser("list", help="list campaigns")
    for name in ("pause", "resume"):
        action = actions.add_parser(name, help=f"{name} a campaign")
        action.add_argument("name")


def rate(value: str) -> tuple[str, int]:
    tier, sep, points = value.partition("=")
    tier = tier.strip()
    if not sep or not tier or not points.strip().isdigit():
        raise argparse.ArgumentTypeError(
            f"{value!r}: a rate looks like standard=800 (tier=basis points, 800 = 8 %)"
        )
    if int(points) > MAX_RATE_BP:
        raise argparse.ArgumentTypeError(
            f"{value!r}: {int(points)} basis points is more than 100 %;"
            f" a rate is 0 to {MAX_RATE_BP} (800 = 8 %)"
        )
    return tier, int(points)


def moment(value: str) -> datetime:
    try:
        return utc_moment(value)
    except ValueError:
        raise argparse.ArgumentTypeError("not an ISO 8601 date") from None


def countries(args: argparse.Namespace) -> list[str]:
    return rules.countries(args.countries)


def draft(args: argparse.Namespace) -> rules.Draft:
    """The arguments of ``campaign add`` as the shared rules read them."""
    return rules.Draft(
        name=args.name,
        url=args.url,
        deeplink=args.deeplink,
        currency=args.currency,
        rates=list(args.rate),
        window_days=args.window_days,
        lock_days=args.lock_days,
        starts=args.starts,
        ends=args.ends,
        domains=list(args.domain),
        countries=countries(args),
        advertiser=args.advertiser,
        advertiser_inn=args.advertiser_inn,
        erid=args.erid,
    )


def check(args: argparse.Namespace) -> str | None:
    """What is wrong with a new campaign's arguments (``campaign_rules``), in English, or None."""
    found = rules.problem(draft(args))
    if found is None:
        return None
    return REFUSALS[found.code].format(**found.details)


async def campaign_command(settings: Settings, args: argparse.Namespace) -> int:
    from bot.cli.staff import cli_actor
    from bot.services.campaigns import add_campaign, switch_campaign
    from storage.campaigns import CampaignExists
    from storage.db import Database
    from storage.repositories import Repositories

    if args.action == "add" and (problem := check(args)) is not None:
        print(problem, file=sys.stderr)
        return 2
    now = datetime.now(UTC)
    database = Database(settings.database_url)
    try:
        if args.action == "list":
            async with database.read() as session:
                for c in await Repositories(session).campaigns.list_all():
                    rates = ",".join(f"{tier}={bp}" for tier, bp in sorted(c.rates.items()))
                    state = "active" if c.active else "paused"
                    where = ",".join(c.countries) or "all"
                    print(
                        f"{c.name}\t{state}\t{c.currency}\t{rates}\twindow={c.attribution_window_days}d"
                        f"\tlock={c.lock_days}d\tcountries={where}\t{c.url_template}"
                    )
            return 0
        async with database.transaction() as session:
            services = Repositories(session)
            if args.action == "add":
                try:
                    await add_campaign(services, draft(args), actor=cli_actor(), now=now)
                except CampaignExists:
                    print(f"a campaign named {args.name!r} exists already", file=sys.stderr)
                    return 1
                print(f"campaign {args.name!r} added", file=sys.stderr)
                return 0
            active = args.action == "resume"
            changed = await switch_campaign(
                services, args.name, active=active, actor=cli_actor(), now=now
            )
        if not changed:
            print(f"no campaign named {args.name!r}", file=sys.stderr)
            return 1
        print(f"campaign {args.name!r}: {args.action}d", file=sys.stderr)
        return 0
    finally:
        await database.dispose()

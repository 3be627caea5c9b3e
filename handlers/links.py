"""/link and /links: approved influencers issue tracking links and see what they bring.

A link comes with its QR code and the advertising disclosure the influencer's market requires,
written in that market's language (a French audience needs French whatever the UI language).
"""

from __future__ import annotations

from bot.core.events import Attachment
from bot.core.flow import Flow, Reply, Router, Turn
from bot.core.inputs import ChoiceOption, Url, on_domains, web_host
from bot.core.money import Money
from bot.services.qr import qr_png
from storage.links import Links
from storage.referrals import Referrals

links = Flow("links")

# The language of the disclosure, by the influencer's market (their country).
MARKET_LANGUAGE = {"RU": "ru", "FR": "fr", "ES": "es", "PL": "pl", "BY": "ru", "KZ": "ru"}


def _link_url(turn: Turn, code: str) -> str:
    return f"{turn.settings.public_base_url.rstrip('/')}/l/{code}"


def _domains(campaigns: list[dict[str, object]]) -> tuple[str, ...]:
    return tuple(sorted({str(d) for c in campaigns for d in c["domains"]}))  # type: ignore[attr-defined]


async def link_command(turn: Turn) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:
        return turn.say("links-not-registered")
    if influencer.status != "approved":
        return turn.say(f"links-not-approved-{influencer.status}")
    campaigns = await Links(turn.services.session).open_campaigns(influencer.country, turn.now)
    if not campaigns:
        return turn.say("links-no-campaigns")
    return await turn.start(
        links,
        campaigns=[
            {"id": c.id, "name": c.name, "domains": list(c.allowed_domains)} for c in campaigns
        ],
        influencer=influencer.id,
        country=influencer.country,
    )


@links.step(start=True)
async def choose(turn: Turn) -> Reply:
    """Ask which campaign, or a product page on one of the campaigns' shops."""
    campaigns: list[dict[str, object]] = turn.data["campaigns"]
    return turn.ask(
        "links-choose",
        next=chosen,
        # Campaign names are the programme's own words, shown as they were entered.
        choices=[ChoiceOption(f"c{c['id']}", str(c["name"]), literal=True) for c in campaigns],
        input=Url(domains=_domains(campaigns)),
        domains=", ".join(_domains(campaigns)),
    )


@links.step
async def chosen(turn: Turn) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None or influencer.status != "approved":  # suspended meanwhile
        status = influencer.status if influencer else "pending"
        return turn.say(f"links-not-approved-{status}").end()
    campaigns: list[dict[str, object]] = turn.data["campaigns"]
    destination: str | None = None
    if turn.choice is not None:
        campaign = next(c for c in campaigns if f"c{c['id']}" == turn.choice)
    else:
        destination = str(turn.value)  # already checked by Url: on one of the domains
        host = web_host(destination) or ""
        matching = [c for c in campaigns if on_domains(host, c["domains"])]  # type: ignore[arg-type]
        if not matching:
            return turn.say("input-url-domain", domains=", ".join(_domains(campaigns))).again()
        campaign = matching[0]
    code = await Links(turn.services.session).issue(
        int(turn.data["influencer"]), int(str(campaign["id"])), destination, turn.now
    )
    url = _link_url(turn, code)
    market = MARKET_LANGUAGE.get(str(turn.data["country"]), turn.locale)
    disclosure = turn.render_in(market, "links-disclosure", advertiser=str(campaign["name"]))
    turn.reply.say(
        "links-created",
        url=url,
        campaign=str(campaign["name"]),
        disclosure=disclosure,
        attachment=Attachment(f"link-{code}.png", qr_png(url), kind="photo"),
    )
    return turn.end()


async def list_links(turn: Turn) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:
        return turn.say("links-not-registered")
    summaries = await Links(turn.services.session).summaries(influencer.id)
    if not summaries:
        return turn.say("links-none")
    turn.say("links-list", count=len(summaries))
    for item in summaries:
        turn.say(
            "links-item",
            url=_link_url(turn, item.code),
            campaign=item.campaign,
            clicks=item.clicks,
            orders=item.orders,
            commission=Money(item.commission_minor, item.currency),
        )
    return turn.reply


async def invite(turn: Turn) -> Reply:
    """/invite: a personal link (Telegram) or code (elsewhere) that recruits influencers."""
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:
        return turn.say("links-not-registered")
    if influencer.status != "approved":
        return turn.say(f"links-not-approved-{influencer.status}")
    referrals = Referrals(turn.services.session)
    code = await referrals.invite_code(influencer.id, turn.now)
    stats = await referrals.stats(code)
    counts = {"registered": stats.registered, "approved": stats.approved}
    username = turn.settings.telegram_bot_username
    if turn.incoming.channel == "telegram" and username:
        return turn.say("invite-link", link=f"https://t.me/{username}?start={code}", **counts)
    return turn.say("invite-code", code=code, **counts)


def register(router: Router) -> None:
    router.add_flow(links)
    router.command("link")(link_command)
    router.command("links")(list_links)
    router.command("invite")(invite)

"""/link and /links: approved influencers issue tracking links and see what they bring.

A link comes with its QR code and the advertising disclosure the influencer's market requires,
written in that market's language (a French audience needs French whatever the UI language);
in Russia it names the advertiser's legal entity and INN, and the ad's erid. A product page
that two campaigns cover is not guessed: the influencer picks. The same page pasted again gives
the link made before. /links shows where each link leads, and a label the influencer can set.
"""

from __future__ import annotations

from bot.core.events import Attachment
from bot.core.flow import Flow, Reply, Router, Turn
from bot.core.inputs import ChoiceOption, Text, Url, on_domains, web_host
from bot.core.message_args import MessageArg
from bot.core.money import Money
from bot.services.qr import qr_png

links = Flow("links")
labels = Flow("link-label")
LABEL_SCOPE = ("linklabel", "pick")
LABEL_MAX = 40

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
    campaigns = await turn.services.links.open_campaigns(influencer.country, turn.now)
    if not campaigns:
        return turn.say("links-no-campaigns")
    return await turn.start(
        links,
        campaigns=[
            {
                "id": c.id,
                "name": c.name,
                "domains": list(c.allowed_domains),
                "advertiser": c.advertiser,
                "inn": c.advertiser_inn,
                "erid": c.erid,
            }
            for c in campaigns
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


def _campaign_choices(campaigns: list[dict[str, object]]) -> list[ChoiceOption]:
    # Campaign names are the programme's own words, shown as they were entered.
    return [ChoiceOption(f"c{c['id']}", str(c["name"]), literal=True) for c in campaigns]


@links.step
async def chosen(turn: Turn) -> Reply:
    campaigns: list[dict[str, object]] = turn.data["campaigns"]
    if turn.choice is not None:
        campaign = next(c for c in campaigns if f"c{c['id']}" == turn.choice)
        return await _issue(turn, campaign, None)
    destination = str(turn.value)  # already checked by Url: on one of the domains
    host = web_host(destination) or ""
    matching = [c for c in campaigns if on_domains(host, c["domains"])]  # type: ignore[arg-type]
    if not matching:
        return turn.say("input-url-domain", domains=", ".join(_domains(campaigns))).again()
    if len(matching) > 1:  # never guess whose commission it is: ask
        turn.data["destination"] = destination
        return turn.ask("links-which-campaign", next=picked, choices=_campaign_choices(matching))
    return await _issue(turn, matching[0], destination)


@links.step
async def picked(turn: Turn) -> Reply:
    """The campaign for a product page that several campaigns cover."""
    campaigns: list[dict[str, object]] = turn.data["campaigns"]
    campaign = next(c for c in campaigns if f"c{c['id']}" == turn.choice)
    return await _issue(turn, campaign, str(turn.data["destination"]))


def _disclosure(turn: Turn, campaign: dict[str, object]) -> str:
    """The notice in the market's language; Russian law wants the advertiser's legal entity,
    its INN and the ad's erid in it (38-FZ art. 18.1)."""
    country = str(turn.data["country"])
    market = MARKET_LANGUAGE.get(country, turn.locale)
    if country == "RU" and campaign.get("advertiser") and campaign.get("inn"):
        return turn.render_in(
            market,
            "links-disclosure-registered",
            advertiser=str(campaign["advertiser"]),
            inn=str(campaign["inn"]),
            erid=str(campaign.get("erid") or "none"),
        )
    advertiser = str(campaign.get("advertiser") or campaign["name"])
    return turn.render_in(market, "links-disclosure", advertiser=advertiser)


async def _issue(turn: Turn, campaign: dict[str, object], destination: str | None) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None or influencer.status != "approved":  # suspended meanwhile
        status = influencer.status if influencer else "pending"
        return turn.say(f"links-not-approved-{status}").end()
    store = turn.services.links
    influencer_id, campaign_id = int(turn.data["influencer"]), int(str(campaign["id"]))
    code = await store.existing(influencer_id, campaign_id, destination) if destination else None
    message = "links-existing" if code else "links-created"
    if code is None:
        code = await store.issue(influencer_id, campaign_id, destination, turn.now)
    url = _link_url(turn, code)
    turn.reply.say(
        message,
        url=url,
        campaign=str(campaign["name"]),
        disclosure=_disclosure(turn, campaign),
        attachment=Attachment(f"link-{code}.png", qr_png(url), kind="photo"),
    )
    return turn.end()


async def list_links(turn: Turn) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:
        return turn.say("links-not-registered")
    summaries = await turn.services.links.summaries(influencer.id)
    if not summaries:
        return turn.say("links-none")
    turn.say("links-list", count=len(summaries))
    for item in summaries:
        turn.reply.offer(
            "links-item",
            scope=LABEL_SCOPE,
            choices=[ChoiceOption(f"n{item.code}", "links-item.label")],
            url=_link_url(turn, item.code),
            campaign=item.campaign,
            # Where it leads: the product page pasted, or the campaign's own page.
            destination=item.destination or turn.t("links-to-campaign"),
            label=item.label or "",
            labelled="yes" if item.label else "no",
            clicks=item.clicks,
            orders=item.orders,
            commission=Money(item.commission_minor, item.currency),
        )
    return turn.reply


async def label_pressed(turn: Turn) -> Reply:
    """ "Name it" under a link of /links: ask for the label."""
    code = (turn.choice or "")[1:]
    if not code:
        return turn.say("button-stale")
    return await turn.start(labels, code=code)


@labels.step(start=True)
async def ask_label(turn: Turn) -> Reply:
    return turn.ask(
        "links-label-ask",
        next=label_given,
        input=Text(min=1, max=LABEL_MAX),
        choices=[ChoiceOption("clear", "links-label-ask.clear")],
    )


@labels.step
async def label_given(turn: Turn) -> Reply:
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:
        return turn.say("links-not-registered").end()
    label = None if turn.choice == "clear" else str(turn.value)
    if not await turn.services.links.set_label(influencer.id, turn.data["code"], label):
        return turn.say("button-stale").end()
    if label is None:
        return turn.say("links-label-cleared").end()
    return turn.say("links-label-saved", label=label).end()


async def invite(turn: Turn) -> Reply:
    """/invite: a personal link (Telegram) or code (elsewhere) that recruits influencers."""
    influencer = await turn.services.influencers.by_user(turn.user.id)
    if influencer is None:
        return turn.say("links-not-registered")
    if influencer.status != "approved":
        return turn.say(f"links-not-approved-{influencer.status}")
    referrals = turn.services.referrals
    code = await referrals.invite_code(influencer.id, turn.now)
    stats = await referrals.stats(code)
    # The bonus is promised only when BOT_REFERRAL_BONUS gives one.
    bonus = "yes" if turn.settings.referral_bonus > 0 else "no"
    counts: dict[str, MessageArg] = {
        "registered": stats.registered,
        "approved": stats.approved,
        "bonus": bonus,
    }
    username = turn.settings.telegram_bot_username
    if turn.incoming.channel == "telegram" and username:
        return turn.say("invite-link", link=f"https://t.me/{username}?start={code}", **counts)
    return turn.say("invite-code", code=code, **counts)


def register(router: Router) -> None:
    router.add_flow(links)
    router.add_flow(labels)
    router.action(*LABEL_SCOPE)(label_pressed)
    router.command("link")(link_command)
    router.command("links")(list_links)
    router.command("invite")(invite)

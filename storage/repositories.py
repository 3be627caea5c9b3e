"""All repositories bound to one transaction: what a turn's steps receive as ``services``.

Each repository is built on first use (``cached_property``): a turn touches two or three of
them, and this object is made for every update, so the other twenty are never constructed.
"""

from __future__ import annotations

from functools import cached_property

from sqlalchemy.ext.asyncio import AsyncSession

from storage.abuse import Abuse
from storage.account_links import AccountLinks
from storage.audit import AuditLog
from storage.broadcasts import Broadcasts
from storage.campaigns import Campaigns
from storage.communities import Communities
from storage.console import ConsoleAccess
from storage.console_overview import ConsoleOverview
from storage.daily_figures import DailyFigures
from storage.earnings import Earnings
from storage.inbox import Inbox
from storage.influencers import Influencers
from storage.ledger import Ledger
from storage.links import Links
from storage.notifications import Notifications
from storage.payouts import Payouts
from storage.platform_actions import PlatformActions
from storage.privacy import Privacy
from storage.redirects import Redirects
from storage.referrals import Referrals
from storage.reply_outbox import ReplyOutbox
from storage.retention import Retention
from storage.review import ReviewQueue
from storage.sale_check import SaleCheck
from storage.sessions import Sessions
from storage.staff import StaffRoles
from storage.tickets import SupportDesks, Tickets
from storage.turn_start import TurnStart
from storage.updates import ProcessedUpdates
from storage.users import Users


class Repositories:
    """One object per aggregate, sharing the caller's transaction, each built when first read."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    @cached_property
    def users(self) -> Users:
        return Users(self.session)

    @cached_property
    def influencers(self) -> Influencers:
        return Influencers(self.session)

    @cached_property
    def sessions(self) -> Sessions:
        return Sessions(self.session)

    @cached_property
    def turn_start(self) -> TurnStart:
        return TurnStart(self.session, self.users, self.sessions)

    @cached_property
    def updates(self) -> ProcessedUpdates:
        return ProcessedUpdates(self.session)

    @cached_property
    def inbox(self) -> Inbox:
        return Inbox(self.session)

    @cached_property
    def notifications(self) -> Notifications:
        return Notifications(self.session)

    @cached_property
    def communities(self) -> Communities:
        return Communities(self.session)

    @cached_property
    def campaigns(self) -> Campaigns:
        return Campaigns(self.session)

    @cached_property
    def ledger(self) -> Ledger:
        return Ledger(self.session)

    @cached_property
    def staff(self) -> StaffRoles:
        return StaffRoles(self.session)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self.session)

    @cached_property
    def broadcasts(self) -> Broadcasts:
        return Broadcasts(self.session)

    @cached_property
    def review(self) -> ReviewQueue:
        return ReviewQueue(self.session)

    @cached_property
    def platform_actions(self) -> PlatformActions:
        return PlatformActions(self.session)

    @cached_property
    def account_links(self) -> AccountLinks:
        return AccountLinks(self.session)

    @cached_property
    def replies(self) -> ReplyOutbox:
        return ReplyOutbox(self.session)

    @cached_property
    def tickets(self) -> Tickets:
        return Tickets(self.session)

    @cached_property
    def support_desks(self) -> SupportDesks:
        return SupportDesks(self.session)

    @cached_property
    def abuse(self) -> Abuse:
        return Abuse(self.session)

    @cached_property
    def sale_check(self) -> SaleCheck:
        return SaleCheck(self.session)

    @cached_property
    def console(self) -> ConsoleAccess:
        return ConsoleAccess(self.session)

    @cached_property
    def console_overview(self) -> ConsoleOverview:
        return ConsoleOverview(self.session)

    @cached_property
    def payouts(self) -> Payouts:
        return Payouts(self.session)

    @cached_property
    def earnings(self) -> Earnings:
        return Earnings(self.session)

    @cached_property
    def privacy(self) -> Privacy:
        return Privacy(self.session)

    @cached_property
    def links(self) -> Links:
        return Links(self.session)

    @cached_property
    def referrals(self) -> Referrals:
        return Referrals(self.session)

    @cached_property
    def redirects(self) -> Redirects:
        return Redirects(self.session)

    @cached_property
    def retention(self) -> Retention:
        return Retention(self.session)

    @cached_property
    def daily_figures(self) -> DailyFigures:
        return DailyFigures(self.session)

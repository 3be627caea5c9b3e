"""All repositories bound to one transaction: what a turn's steps receive as ``services``."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from storage.abuse import Abuse
from storage.account_links import AccountLinks
from storage.audit import AuditLog
from storage.broadcasts import Broadcasts
from storage.campaigns import Campaigns
from storage.communities import Communities
from storage.console import ConsoleAccess
from storage.inbox import Inbox
from storage.influencers import Influencers
from storage.ledger import Ledger
from storage.notifications import Notifications
from storage.payouts import Payouts
from storage.platform_actions import PlatformActions
from storage.reply_outbox import ReplyOutbox
from storage.review import ReviewQueue
from storage.sale_check import SaleCheck
from storage.sessions import Sessions
from storage.staff import StaffRoles
from storage.tickets import SupportDesks, Tickets
from storage.updates import ProcessedUpdates
from storage.users import Users


class Repositories:
    """One object per aggregate, sharing the caller's transaction."""

    def __init__(self, session: AsyncSession) -> None:
        self.session = session
        self.users = Users(session)
        self.influencers = Influencers(session)
        self.sessions = Sessions(session)
        self.updates = ProcessedUpdates(session)
        self.inbox = Inbox(session)
        self.notifications = Notifications(session)
        self.communities = Communities(session)
        self.campaigns = Campaigns(session)
        self.ledger = Ledger(session)
        self.payouts = Payouts(session)
        self.staff = StaffRoles(session)
        self.audit = AuditLog(session)
        self.broadcasts = Broadcasts(session)
        self.review = ReviewQueue(session)
        self.platform_actions = PlatformActions(session)
        self.account_links = AccountLinks(session)
        self.replies = ReplyOutbox(session)
        self.tickets = Tickets(session)
        self.support_desks = SupportDesks(session)
        self.abuse = Abuse(session)
        self.sale_check = SaleCheck(session)
        self.console = ConsoleAccess(session)

"""The schema. Migrations in storage/migrations/ create it; this module is its single source."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from storage.types import BigId, UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class User(Base):
    """A person, whichever channels they use; ``locale`` is their explicit choice, if any."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    locale: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Set when the person had their data erased (/delete): the row stays, without any identity,
    # so the ledger and payouts kept for accounting still belong to someone (a pseudonym).
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Identity(Base):
    """A user's account on one channel, and where to reach it."""

    __tablename__ = "identities"
    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))
    # Indexed alone too: staff look an account up by its bare id (the console's search).
    external_id: Mapped[str] = mapped_column(String(64), index=True)
    chat_id: Mapped[str] = mapped_column(String(64))
    locale_hint: Mapped[str | None] = mapped_column(String(16))
    reachable: Mapped[bool] = mapped_column(Boolean, default=True)
    unreachable_since: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Influencer(Base):
    """An application to the programme and, once approved, the influencer's standing."""

    __tablename__ = "influencers"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[str] = mapped_column(String(16), index=True)
    display_name: Mapped[str] = mapped_column(String(64))
    country: Mapped[str] = mapped_column(String(2), index=True)
    niche: Mapped[str] = mapped_column(String(32))
    tier: Mapped[str] = mapped_column(String(16), default="standard")
    consent_version: Mapped[str] = mapped_column(String(32))
    consent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    referral_code: Mapped[str | None] = mapped_column(String(64))
    registered_channel: Mapped[str] = mapped_column(String(16))
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    review_note: Mapped[str | None] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Review: who decided and why (a reason template id), and the reviewer holding it now.
    reviewed_by: Mapped[str | None] = mapped_column(String(80))
    review_reason: Mapped[str | None] = mapped_column(String(32))
    claimed_by: Mapped[str | None] = mapped_column(String(80))
    claim_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class InfluencerChannel(Base):
    """A social channel of an influencer; ``position`` 0 is the main one."""

    __tablename__ = "influencer_channels"
    __table_args__ = (UniqueConstraint("influencer_id", "position"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    platform: Mapped[str] = mapped_column(String(16), index=True)
    handle: Mapped[str] = mapped_column(String(256))
    url: Mapped[str] = mapped_column(String(2048))
    audience: Mapped[int] = mapped_column(BigInteger)


class ConversationSession(Base):
    """Where a conversation stands: the open flow, its question, its data; versioned."""

    __tablename__ = "sessions"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    chat_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    flow: Mapped[str | None] = mapped_column(String(32))
    question: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    data: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    version: Mapped[int] = mapped_column(Integer, default=0)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ProcessedUpdate(Base):
    """Platform update ids already handled, so a redelivered update has no effect."""

    __tablename__ = "processed_updates"
    __table_args__ = (Index("ix_processed_updates_processed_at", "processed_at"),)

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    update_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    processed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class InboundUpdate(Base):
    """A raw platform update stored before the webhook answers 200, until it is processed.

    If the process dies after answering, the update is still here and is processed at start-up;
    the engine's processed-update check keeps that exactly-once.
    """

    __tablename__ = "inbound_updates"
    __table_args__ = (Index("ix_inbound_updates_pending", "channel", "processed_at"),)

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    update_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class CommunityServer(Base):
    """A community server (a Discord guild) that uses the bot, and its set-up."""

    __tablename__ = "community_servers"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    approved_role_id: Mapped[str | None] = mapped_column(String(64))
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AnnouncementChannel(Base):
    """Where announcements go on a server, per language (``*``: every other language)."""

    __tablename__ = "announcement_channels"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    locale: Mapped[str] = mapped_column(String(8), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(64))
    updated_by: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Campaign(Base):
    """What influencers promote: where links lead, what a sale pays per tier, and when."""

    __tablename__ = "campaigns"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    url_template: Mapped[str] = mapped_column(String(2048))
    allowed_domains: Mapped[list[str]] = mapped_column(JSON, default=list)
    rates: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    currency: Mapped[str] = mapped_column(String(3))
    attribution_window_days: Mapped[int] = mapped_column(Integer)
    lock_days: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    countries: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # A product page is reached through this (``{url}`` is the page), when the shop has one.
    deeplink_template: Mapped[str | None] = mapped_column(String(2048))
    # Who advertises, as a Russian advertising notice must name them (with INN and erid).
    advertiser: Mapped[str | None] = mapped_column(String(200))
    advertiser_inn: Mapped[str | None] = mapped_column(String(12))
    erid: Mapped[str | None] = mapped_column(String(64))


class Link(Base):
    """A tracking link of one influencer for one campaign (``destination``: a product page)."""

    __tablename__ = "links"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id", ondelete="CASCADE"), index=True
    )
    campaign_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("campaigns.id", ondelete="CASCADE"), index=True
    )
    destination: Mapped[str | None] = mapped_column(String(2048))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    label: Mapped[str | None] = mapped_column(String(64))  # the influencer's own name for it


class Click(Base):
    """One counted click on a link; ``click_id`` travels to the shop and back in postbacks."""

    __tablename__ = "clicks"
    # A link's clicks in a period (/earnings) are one range of this index; it serves lookups
    # by link alone too.
    __table_args__ = (Index("ix_clicks_link_time", "link_id", "clicked_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    link_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("links.id", ondelete="CASCADE"))
    clicked_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    visitor_hash: Mapped[str] = mapped_column(String(64))
    click_id: Mapped[str] = mapped_column(String(32), unique=True)


class Conversion(Base):
    """A sale attributed to a link, one row per (campaign, order) whatever events arrive.

    ``commission_minor`` is the commission currently booked for it (0 once reversed or when
    out of the attribution window); it always equals the sum of its ledger entries.
    """

    __tablename__ = "conversions"
    __table_args__ = (
        UniqueConstraint("campaign_id", "order_id"),
        # Covering for /earnings: an influencer's orders of a period summed by status, currency
        # and link from the index alone (storage/earnings.py).
        Index(
            "ix_conversions_influencer_ordered",
            "influencer_id",
            "ordered_at",
            "status",
            "currency",
            "commission_minor",
            "link_id",
        ),
        # An influencer's pending orders by when they can be confirmed.
        # Covering: the pending list, the next confirmation date and the tier count of an
        # influencer with thousands of sales are answered from the index alone.
        Index(
            "ix_conversions_influencer_pending",
            "influencer_id",
            "status",
            "locks_until",
            "in_window",
            "currency",
            "commission_minor",
            "refunded_minor",
            "amount_minor",
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(128), unique=True)
    campaign_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("campaigns.id"))
    link_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("links.id"), index=True)
    influencer_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("influencers.id"))
    order_id: Mapped[str] = mapped_column(String(128))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    ordered_at: Mapped[datetime] = mapped_column(UTCDateTime())
    clicked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    commission_minor: Mapped[int] = mapped_column(BigInteger)
    rate_bp: Mapped[int] = mapped_column(Integer)
    tier: Mapped[str] = mapped_column(String(16))
    in_window: Mapped[bool] = mapped_column(Boolean)
    locks_until: Mapped[datetime] = mapped_column(UTCDateTime())
    refunded_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class DailyOrders(Base):
    """Orders placed per UTC day, campaign and currency, with the commission booked for them now.

    Written in the transaction that books the order (storage/ledger.py), so the staff console's
    30-day figures read a few hundred rows instead of summing millions of orders. ``slot``
    (the influencer id modulo ``DAILY_SLOTS``) spreads one day's concurrent postbacks over
    several rows, so they do not queue on one row lock; readers add the slots up.
    """

    __tablename__ = "daily_orders"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    slot: Mapped[int] = mapped_column(Integer, primary_key=True)
    orders: Mapped[int] = mapped_column(BigInteger, default=0)
    commission_minor: Mapped[int] = mapped_column(BigInteger, default=0)


class InfluencerCount(Base):
    """Influencers per status and tier, kept by database triggers on ``influencers`` (migration
    0017) whatever writes the row: the console's overview reads a handful of rows instead of
    counting a million."""

    __tablename__ = "influencer_counts"

    status: Mapped[str] = mapped_column(String(16), primary_key=True)
    tier: Mapped[str] = mapped_column(String(16), primary_key=True)
    influencers: Mapped[int] = mapped_column(BigInteger, default=0)


class DailyClicks(Base):
    """Counted clicks per UTC day, written with each batch of clicks (bot/services/clicks.py)."""

    __tablename__ = "daily_clicks"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    clicks: Mapped[int] = mapped_column(BigInteger, default=0)


class LedgerEntry(Base):
    """One signed movement of money in a bucket. Append-only: corrections are new entries."""

    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    influencer_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("influencers.id"), index=True)
    conversion_id: Mapped[int | None] = mapped_column(
        BigInteger, ForeignKey("conversions.id"), index=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    bucket: Mapped[str] = mapped_column(String(16))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    event_id: Mapped[str | None] = mapped_column(String(128))
    note: Mapped[str | None] = mapped_column(String(256))


class Balance(Base):
    """Per influencer and currency, the ledger summed by bucket; written with its entries."""

    __tablename__ = "balances"

    influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id"), primary_key=True
    )
    currency: Mapped[str] = mapped_column(String(3), primary_key=True)
    pending_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    confirmed_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    paid_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PostbackEvent(Base):
    """Every conversion event id ever applied (postback or CSV): a repeat has no effect."""

    __tablename__ = "postback_events"

    event_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime())
    conversion_id: Mapped[int | None] = mapped_column(BigInteger, ForeignKey("conversions.id"))


class InviteCode(Base):
    """An approved influencer's personal code that recruits other influencers."""

    __tablename__ = "invite_codes"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id", ondelete="CASCADE"), unique=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReferralBonus(Base):
    """The one bonus a referrer earns for a referred influencer's first confirmed sale."""

    __tablename__ = "referral_bonuses"

    referred_influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id"), primary_key=True
    )
    referrer_influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id"), index=True
    )
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class Notification(Base):
    """A message to a user that is not a reply (a new sale), kept until it is delivered.

    Written in the same transaction as what it reports, so neither is lost without the other;
    the bot process delivers it through the user's channel.
    """

    __tablename__ = "notifications"
    __table_args__ = (Index("ix_notifications_pending", "sent_at", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[str] = mapped_column(String(64))
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Held until then (a digest that gathers changes); None: deliver at once.
    not_before: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PayoutMethod(Base):
    """Where an influencer wants to be paid: an IBAN (with its holder) or a PayPal e-mail.

    Personal data: only what a transfer needs, deleted with the influencer.
    """

    __tablename__ = "payout_methods"

    influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(16))
    account: Mapped[str] = mapped_column(String(254))
    holder: Mapped[str | None] = mapped_column(String(70))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # The card's system (``mir``) or the SBP receiving bank (``sber``); None for other kinds.
    provider: Mapped[str | None] = mapped_column(String(32))


class PayoutRequest(Base):
    """An influencer's request to be paid confirmed money, until staff pay or reject it.

    The method is copied at request time and follows the influencer's later changes while the
    request is open (their latest word counts); once decided it records where the money went. The
    state moves once (``requested`` -> ``paid``/``rejected``, or ``cancelled`` by an erasure) by
    a conditional update.
    """

    __tablename__ = "payout_requests"
    __table_args__ = (Index("ix_payout_requests_queue", "status", "requested_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    influencer_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("influencers.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    method_kind: Mapped[str] = mapped_column(String(16))
    method_account: Mapped[str] = mapped_column(String(254))
    method_holder: Mapped[str | None] = mapped_column(String(70))
    method_provider: Mapped[str | None] = mapped_column(String(32))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    decided_by: Mapped[str | None] = mapped_column(String(64))
    reference: Mapped[str | None] = mapped_column(String(64), unique=True)
    reason: Mapped[str | None] = mapped_column(String(500))


class Consent(Base):
    """A person's consent to one version of the terms and privacy notice (each one kept)."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[str] = mapped_column(String(32))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime())
    channel: Mapped[str] = mapped_column(String(16))


class StaffRole(Base):
    """A staff role granted by an owner to one channel account (owners come from settings).

    Keyed by the account, not the user, so a role can be granted before the person first writes.
    """

    __tablename__ = "staff_roles"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    external_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)
    granted_by: Mapped[str] = mapped_column(String(80))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AuditEntry(Base):
    """One staff action (or a refused attempt): who, what, on whom, when. Append-only."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_actor_created_at", "actor", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(48))
    subject: Mapped[str | None] = mapped_column(String(80))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)


class ApplicationQuestion(Base):
    """A reviewer's request for more information on an application, and the applicant's answer.

    While a question is unanswered the application stays out of the review queue.
    """

    __tablename__ = "application_questions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    influencer_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("influencers.id", ondelete="CASCADE"), index=True
    )
    asked_by: Mapped[str] = mapped_column(String(80))
    question: Mapped[str] = mapped_column(String(1000))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    answer: Mapped[str | None] = mapped_column(String(2000))
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class PlatformAction(Base):
    """A call to a platform that a decision implies (give a Discord role, create an invite).

    Queued in the transaction of the decision and performed after it by the bot process, so no
    network call runs inside a turn and none is lost when the process stops.
    """

    __tablename__ = "platform_actions"
    __table_args__ = (Index("ix_platform_actions_pending", "done_at", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    args: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    outcome: Mapped[str | None] = mapped_column(String(200))


class Broadcast(Base):
    """A message to many: its content per language, its segment, and where it stands.

    ``state``: scheduled -> running -> done, or cancelled. Deliveries are created when it starts
    running, in chunks of user ids (``prepared_upto`` of ``prepare_upto``), so a crash resumes
    them and a large audience never holds the database's write lock for long.
    """

    __tablename__ = "broadcasts"
    __table_args__ = (Index("ix_broadcasts_state_scheduled_at", "state", "scheduled_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    state: Mapped[str] = mapped_column(String(16))
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    segment: Mapped[dict[str, Any]] = mapped_column(JSON)
    default_locale: Mapped[str] = mapped_column(String(8))
    created_by: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    cancelled_by: Mapped[str | None] = mapped_column(String(80))
    prepared: Mapped[bool] = mapped_column(Boolean, default=False)
    prepared_upto: Mapped[int] = mapped_column(BigInteger, default=0)
    prepare_upto: Mapped[int | None] = mapped_column(BigInteger)
    # Where the broadcaster follows it: one message, edited, then the final report.
    progress_channel: Mapped[str | None] = mapped_column(String(16))
    progress_chat_id: Mapped[str | None] = mapped_column(String(64))
    progress_locale: Mapped[str | None] = mapped_column(String(8))
    progress_message_id: Mapped[str | None] = mapped_column(String(64))
    reported_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class BroadcastDelivery(Base):
    """One recipient of a broadcast (a person's chat, or a server's announcement channel).

    ``state``: queued -> sending -> sent | failed | blocked, or unknown when a worker died
    while sending (never resent unless at-least-once is chosen); skipped for people who had
    blocked the bot before; cancelled when the broadcast was cancelled before their turn.
    """

    __tablename__ = "broadcast_deliveries"
    __table_args__ = (
        UniqueConstraint("broadcast_id", "channel", "chat_id", "locale"),
        Index("ix_broadcast_deliveries_claim", "broadcast_id", "state", "id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    broadcast_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("broadcasts.id", ondelete="CASCADE")
    )
    user_id: Mapped[int | None] = mapped_column(BigInteger)
    channel: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(64))
    server_id: Mapped[str | None] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(8))
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    worker: Mapped[str | None] = mapped_column(String(64))
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    message_ref: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(String(200))


class BroadcastLease(Base):
    """The one worker allowed to send broadcasts now: the platforms' rate limits are per bot,
    so two workers must not both send. Renewed while it runs; taken over once it expires."""

    __tablename__ = "broadcast_lease"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    owner: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AccountLinkCode(Base):
    """A one-time code that links another channel's account to the user who issued it.

    Only the code's SHA-256 is stored: a database dump does not hand out live codes.
    """

    __tablename__ = "account_link_codes"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    identity_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("identities.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    used_by_identity_id: Mapped[int | None] = mapped_column(BigInteger)


class AccountLinkFailure(Base):
    """A wrong code entered by an identity: counted to stop guessing codes by brute force."""

    __tablename__ = "account_link_failures"
    __table_args__ = (Index("ix_account_link_failures_recent", "identity_id", "attempted_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    identity_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("identities.id", ondelete="CASCADE")
    )
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ReplyOutboxEntry(Base):
    """A turn's replies, written in the turn's transaction and deleted once delivered.

    If the process dies between the commit and the platform call, the replies are still here
    and are sent at the next start (at-least-once: a question asked twice is harmless, a lost
    one strands the user). ``due_at`` is when another sender may take them over.
    """

    __tablename__ = "reply_outbox"
    __table_args__ = (Index("ix_reply_outbox_channel_due_at", "channel", "due_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    channel: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(64))
    replies: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(Integer, default=0)


class Ticket(Base):
    """A question an influencer put to a person, until staff or they close it.

    ``state``: open (waiting for staff) -> waiting (staff answered, waiting for the influencer)
    -> closed; a new message from the influencer reopens it. ``channel``/``chat_id``: where the
    influencer wrote from, so answers reach them there. The desk columns name the staff place
    (a Telegram forum topic, a Discord private thread) once it exists.
    """

    __tablename__ = "tickets"
    __table_args__ = (Index("ix_tickets_state_created_at", "state", "created_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[str] = mapped_column(String(16))
    channel: Mapped[str] = mapped_column(String(16))
    chat_id: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    first_response_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_by: Mapped[str | None] = mapped_column(String(80))
    rating: Mapped[int | None] = mapped_column(Integer)
    rated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    telegram_thread_id: Mapped[str | None] = mapped_column(String(32), index=True)
    discord_thread_id: Mapped[str | None] = mapped_column(String(32), index=True)


class TicketMessage(Base):
    """One message of a ticket: the influencer's (``in``) or a member of staff's (``out``).

    ``source`` names the platform message (``telegram:<chat>:<message>``) so the desk can copy
    it with its photo or document rather than a description of it.
    """

    __tablename__ = "ticket_messages"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    ticket_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("tickets.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(8))
    author: Mapped[str] = mapped_column(String(80))
    text: Mapped[str | None] = mapped_column(String(4096))
    media: Mapped[str | None] = mapped_column(String(16))
    source: Mapped[str | None] = mapped_column(String(160))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class UserBlock(Base):
    """A user staff blocked for abuse: their messages are dropped (one notice), broadcasts
    skip them. Removed by ``/unblock``."""

    __tablename__ = "user_blocks"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    reason: Mapped[str | None] = mapped_column(String(500))
    blocked_by: Mapped[str] = mapped_column(String(80))
    blocked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    noticed: Mapped[bool] = mapped_column(Boolean, default=False)


class RateWindow(Base):
    """How many messages and commands a user sent in the current window (rate limits); kept
    in the database so several processes count together."""

    __tablename__ = "rate_windows"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    count: Mapped[int] = mapped_column(Integer, default=0)
    warned: Mapped[bool] = mapped_column(Boolean, default=False)


class SupportDesk(Base):
    """Where a community server's staff answer tickets (a Discord channel for private
    threads), set with ``/setup support <channel>``."""

    __tablename__ = "support_desks"

    channel: Mapped[str] = mapped_column(String(16), primary_key=True)
    server_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    target_id: Mapped[str] = mapped_column(String(64))
    updated_by: Mapped[str] = mapped_column(String(80))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ConsoleLoginToken(Base):
    """A one-time link into the staff web console, asked for with /console in chat.

    Only the token's SHA-256 is stored; the link works once, for ten minutes, and opens a
    session for the channel account that asked for it (roles belong to accounts).
    """

    __tablename__ = "console_login_tokens"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ConsoleSession(Base):
    """A signed-in browser. The encrypted cookie holds only ``key``; the row says whether the
    session still stands (an owner can sign out every session of an account) and when it was
    last used (idle expiry)."""

    __tablename__ = "console_sessions"
    __table_args__ = (Index("ix_console_sessions_account", "channel", "external_id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    channel: Mapped[str] = mapped_column(String(16))
    external_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

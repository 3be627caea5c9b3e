"""money: campaigns, links, clicks, conversions, ledger entries, balances, postback events

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 23:40:35.950734
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "campaigns",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("url_template", sa.String(length=2048), nullable=False),
        sa.Column("allowed_domains", sa.JSON(), nullable=False),
        sa.Column("rates", sa.JSON(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("attribution_window_days", sa.Integer(), nullable=False),
        sa.Column("lock_days", sa.Integer(), nullable=False),
        sa.Column("starts_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ends_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("name", name=op.f("uq_campaigns_name")),
    )
    op.create_table(
        "balances",
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("pending_minor", sa.BigInteger(), nullable=False),
        sa.Column("confirmed_minor", sa.BigInteger(), nullable=False),
        sa.Column("paid_minor", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_balances_influencer_id_influencers"),
        ),
        sa.PrimaryKeyConstraint("influencer_id", "currency", name=op.f("pk_balances")),
    )
    op.create_table(
        "links",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("destination", sa.String(length=2048), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"],
            ["campaigns.id"],
            name=op.f("fk_links_campaign_id_campaigns"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_links_influencer_id_influencers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
        sa.UniqueConstraint("code", name=op.f("uq_links_code")),
    )
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_links_campaign_id"), ["campaign_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_links_influencer_id"), ["influencer_id"], unique=False)

    op.create_table(
        "clicks",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("link_id", sa.BigInteger(), nullable=False),
        sa.Column("clicked_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("visitor_hash", sa.String(length=64), nullable=False),
        sa.Column("click_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"], ["links.id"], name=op.f("fk_clicks_link_id_links"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clicks")),
        sa.UniqueConstraint("click_id", name=op.f("uq_clicks_click_id")),
    )
    with op.batch_alter_table("clicks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_clicks_clicked_at"), ["clicked_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_clicks_link_id"), ["link_id"], unique=False)

    op.create_table(
        "conversions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("event_id", sa.String(length=128), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("link_id", sa.BigInteger(), nullable=False),
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("order_id", sa.String(length=128), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("ordered_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("clicked_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("commission_minor", sa.BigInteger(), nullable=False),
        sa.Column("rate_bp", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("in_window", sa.Boolean(), nullable=False),
        sa.Column("locks_until", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("refunded_minor", sa.BigInteger(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["campaign_id"], ["campaigns.id"], name=op.f("fk_conversions_campaign_id_campaigns")
        ),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_conversions_influencer_id_influencers"),
        ),
        sa.ForeignKeyConstraint(
            ["link_id"], ["links.id"], name=op.f("fk_conversions_link_id_links")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversions")),
        sa.UniqueConstraint("campaign_id", "order_id", name=op.f("uq_conversions_campaign_id")),
        sa.UniqueConstraint("event_id", name=op.f("uq_conversions_event_id")),
    )
    with op.batch_alter_table("conversions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_conversions_influencer_ordered", ["influencer_id", "ordered_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_conversions_link_id"), ["link_id"], unique=False)

    op.create_table(
        "ledger_entries",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("conversion_id", sa.BigInteger(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("bucket", sa.String(length=16), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("event_id", sa.String(length=128), nullable=True),
        sa.Column("note", sa.String(length=256), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversion_id"],
            ["conversions.id"],
            name=op.f("fk_ledger_entries_conversion_id_conversions"),
        ),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_ledger_entries_influencer_id_influencers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ledger_entries")),
    )
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_conversion_id"), ["conversion_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ledger_entries_influencer_id"), ["influencer_id"], unique=False
        )

    op.create_table(
        "postback_events",
        sa.Column("event_id", sa.String(length=128), nullable=False),
        sa.Column("received_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("conversion_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["conversion_id"],
            ["conversions.id"],
            name=op.f("fk_postback_events_conversion_id_conversions"),
        ),
        sa.PrimaryKeyConstraint("event_id", name=op.f("pk_postback_events")),
    )


def downgrade() -> None:
    op.drop_table("postback_events")
    with op.batch_alter_table("ledger_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ledger_entries_influencer_id"))
        batch_op.drop_index(batch_op.f("ix_ledger_entries_created_at"))
        batch_op.drop_index(batch_op.f("ix_ledger_entries_conversion_id"))

    op.drop_table("ledger_entries")
    with op.batch_alter_table("conversions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversions_link_id"))
        batch_op.drop_index("ix_conversions_influencer_ordered")

    op.drop_table("conversions")
    with op.batch_alter_table("clicks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_clicks_link_id"))
        batch_op.drop_index(batch_op.f("ix_clicks_clicked_at"))

    op.drop_table("clicks")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_links_influencer_id"))
        batch_op.drop_index(batch_op.f("ix_links_campaign_id"))

    op.drop_table("links")
    op.drop_table("balances")
    op.drop_table("campaigns")

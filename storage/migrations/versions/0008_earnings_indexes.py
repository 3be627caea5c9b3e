"""earnings: covering and range indexes for /earnings

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-26 02:10:00.000000

/earnings sums an influencer's orders of a period from one index range (the index on
influencer and order time now also holds status, currency, commission and link), finds pending
orders by when they can be confirmed, and counts a link's clicks in a period from the range of
(link, click time), which replaces the index on link alone.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COVERING = ["influencer_id", "ordered_at", "status", "currency", "commission_minor", "link_id"]


def upgrade() -> None:
    op.drop_index("ix_conversions_influencer_ordered", table_name="conversions")
    op.create_index("ix_conversions_influencer_ordered", "conversions", COVERING, unique=False)
    op.create_index(
        "ix_conversions_influencer_pending",
        "conversions",
        [
            "influencer_id",
            "status",
            "locks_until",
            "in_window",
            "currency",
            "commission_minor",
            "refunded_minor",
            "amount_minor",
        ],
        unique=False,
    )
    op.create_index("ix_clicks_link_time", "clicks", ["link_id", "clicked_at"], unique=False)
    op.drop_index("ix_clicks_link_id", table_name="clicks")


def downgrade() -> None:
    op.create_index("ix_clicks_link_id", "clicks", ["link_id"], unique=False)
    op.drop_index("ix_clicks_link_time", table_name="clicks")
    op.drop_index("ix_conversions_influencer_pending", table_name="conversions")
    op.drop_index("ix_conversions_influencer_ordered", table_name="conversions")
    op.create_index(
        "ix_conversions_influencer_ordered",
        "conversions",
        ["influencer_id", "ordered_at"],
        unique=False,
    )

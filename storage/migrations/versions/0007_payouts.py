"""payouts: payout methods and payout requests

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26 00:53:54.294805
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "payout_methods",
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("account", sa.String(length=254), nullable=False),
        sa.Column("holder", sa.String(length=70), nullable=True),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_payout_methods_influencer_id_influencers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("influencer_id", name=op.f("pk_payout_methods")),
    )
    op.create_table(
        "payout_requests",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("method_kind", sa.String(length=16), nullable=False),
        sa.Column("method_account", sa.String(length=254), nullable=False),
        sa.Column("method_holder", sa.String(length=70), nullable=True),
        sa.Column("requested_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(length=64), nullable=True),
        sa.Column("reference", sa.String(length=64), nullable=True),
        sa.Column("reason", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_payout_requests_influencer_id_influencers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payout_requests")),
        sa.UniqueConstraint("reference", name=op.f("uq_payout_requests_reference")),
    )
    with op.batch_alter_table("payout_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_payout_requests_influencer_id"), ["influencer_id"], unique=False
        )
        batch_op.create_index("ix_payout_requests_queue", ["status", "requested_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("payout_requests", schema=None) as batch_op:
        batch_op.drop_index("ix_payout_requests_queue")
        batch_op.drop_index(batch_op.f("ix_payout_requests_influencer_id"))

    op.drop_table("payout_requests")
    op.drop_table("payout_methods")

"""referrals: invite codes and referral bonuses

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 00:01:24.285696
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "invite_codes",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_invite_codes_influencer_id_influencers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_invite_codes")),
        sa.UniqueConstraint("influencer_id", name=op.f("uq_invite_codes_influencer_id")),
    )
    op.create_table(
        "referral_bonuses",
        sa.Column("referred_influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("referrer_influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["referred_influencer_id"],
            ["influencers.id"],
            name=op.f("fk_referral_bonuses_referred_influencer_id_influencers"),
        ),
        sa.ForeignKeyConstraint(
            ["referrer_influencer_id"],
            ["influencers.id"],
            name=op.f("fk_referral_bonuses_referrer_influencer_id_influencers"),
        ),
        sa.PrimaryKeyConstraint("referred_influencer_id", name=op.f("pk_referral_bonuses")),
    )
    with op.batch_alter_table("referral_bonuses", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_bonuses_referrer_influencer_id"),
            ["referrer_influencer_id"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("referral_bonuses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_bonuses_referrer_influencer_id"))

    op.drop_table("referral_bonuses")
    op.drop_table("invite_codes")

"""money hardening: deep links and advertiser of a campaign, link labels, held notifications

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 16:05:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.add_column(sa.Column("deeplink_template", sa.String(length=2048), nullable=True))
        batch_op.add_column(sa.Column("advertiser", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("advertiser_inn", sa.String(length=12), nullable=True))
        batch_op.add_column(sa.Column("erid", sa.String(length=64), nullable=True))
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.add_column(sa.Column("label", sa.String(length=64), nullable=True))
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("not_before", storage.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_column("not_before")
    with op.batch_alter_table("links", schema=None) as batch_op:
        batch_op.drop_column("label")
    with op.batch_alter_table("campaigns", schema=None) as batch_op:
        batch_op.drop_column("erid")
        batch_op.drop_column("advertiser_inn")
        batch_op.drop_column("advertiser")
        batch_op.drop_column("deeplink_template")

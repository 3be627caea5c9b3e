"""community servers: announcement channels per language, influencer role

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 23:21:01.315616
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "announcement_channels",
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("server_id", sa.String(length=64), nullable=False),
        sa.Column("locale", sa.String(length=8), nullable=False),
        sa.Column("target_id", sa.String(length=64), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint(
            "channel", "server_id", "locale", name=op.f("pk_announcement_channels")
        ),
    )
    op.create_table(
        "community_servers",
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("server_id", sa.String(length=64), nullable=False),
        sa.Column("approved_role_id", sa.String(length=64), nullable=True),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel", "server_id", name=op.f("pk_community_servers")),
    )


def downgrade() -> None:
    op.drop_table("community_servers")
    op.drop_table("announcement_channels")

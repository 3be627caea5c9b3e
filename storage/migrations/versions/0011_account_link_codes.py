"""account link codes: one-time codes that link a second channel's account, and failures

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 02:15:36.679083
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "account_link_codes",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("identity_id", sa.BigInteger(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("used_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("used_by_identity_id", sa.BigInteger(), nullable=True),
        sa.ForeignKeyConstraint(
            ["identity_id"],
            ["identities.id"],
            name=op.f("fk_account_link_codes_identity_id_identities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_account_link_codes_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_link_codes")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_account_link_codes_code_hash")),
    )
    with op.batch_alter_table("account_link_codes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_account_link_codes_identity_id"), ["identity_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_account_link_codes_user_id"), ["user_id"], unique=False
        )

    op.create_table(
        "account_link_failures",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("identity_id", sa.BigInteger(), nullable=False),
        sa.Column("attempted_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["identity_id"],
            ["identities.id"],
            name=op.f("fk_account_link_failures_identity_id_identities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_account_link_failures")),
    )
    with op.batch_alter_table("account_link_failures", schema=None) as batch_op:
        batch_op.create_index(
            "ix_account_link_failures_recent", ["identity_id", "attempted_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("account_link_failures", schema=None) as batch_op:
        batch_op.drop_index("ix_account_link_failures_recent")

    op.drop_table("account_link_failures")
    with op.batch_alter_table("account_link_codes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_account_link_codes_user_id"))
        batch_op.drop_index(batch_op.f("ix_account_link_codes_identity_id"))

    op.drop_table("account_link_codes")

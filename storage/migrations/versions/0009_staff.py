"""staff roles, audit log, application review, platform actions outbox

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-26 00:53:52.299697
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("actor", sa.String(length=80), nullable=False),
        sa.Column("action", sa.String(length=48), nullable=False),
        sa.Column("subject", sa.String(length=80), nullable=True),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index(
            "ix_audit_log_actor_created_at", ["actor", "created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_audit_log_created_at"), ["created_at"], unique=False)

    op.create_table(
        "staff_roles",
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("granted_by", sa.String(length=80), nullable=False),
        sa.Column("granted_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("channel", "external_id", "role", name=op.f("pk_staff_roles")),
    )
    op.create_table(
        "platform_actions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("args", sa.JSON(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("next_attempt_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("done_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("outcome", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_platform_actions_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_platform_actions")),
    )
    with op.batch_alter_table("platform_actions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_platform_actions_pending", ["done_at", "next_attempt_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_platform_actions_user_id"), ["user_id"], unique=False)

    op.create_table(
        "application_questions",
        sa.Column(
            "id",
            sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
            autoincrement=True,
            nullable=False,
        ),
        sa.Column("influencer_id", sa.BigInteger(), nullable=False),
        sa.Column("asked_by", sa.String(length=80), nullable=False),
        sa.Column("question", sa.String(length=1000), nullable=False),
        sa.Column("asked_at", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.String(length=2000), nullable=True),
        sa.Column("answered_at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["influencer_id"],
            ["influencers.id"],
            name=op.f("fk_application_questions_influencer_id_influencers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_questions")),
    )
    with op.batch_alter_table("application_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_questions_influencer_id"), ["influencer_id"], unique=False
        )

    with op.batch_alter_table("influencers", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reviewed_by", sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column("review_reason", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=80), nullable=True))
        batch_op.add_column(
            sa.Column("claim_expires_at", storage.types.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("influencers", schema=None) as batch_op:
        batch_op.drop_column("claim_expires_at")
        batch_op.drop_column("claimed_by")
        batch_op.drop_column("review_reason")
        batch_op.drop_column("reviewed_by")

    with op.batch_alter_table("application_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_questions_influencer_id"))

    op.drop_table("application_questions")
    with op.batch_alter_table("platform_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_platform_actions_user_id"))
        batch_op.drop_index("ix_platform_actions_pending")

    op.drop_table("platform_actions")
    op.drop_table("staff_roles")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_log_created_at"))
        batch_op.drop_index("ix_audit_log_actor_created_at")

    op.drop_table("audit_log")

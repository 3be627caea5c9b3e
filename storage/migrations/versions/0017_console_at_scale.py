"""console at scale: figures per day kept as they are written, indexed search of names

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-04 19:30:00.000000

- ``daily_orders`` and ``daily_clicks`` (storage/daily_figures.py), filled once from the
  orders and clicks already there. They replace the covering index on the order time that
  0016 added for the console's sums: one fewer index for every order to write.
- Search of names and social handles from three characters on, without reading every row
  (storage/influencer_search.py): on PostgreSQL trigram GIN indexes (the ``pg_trgm``
  extension, which ships with PostgreSQL; creating it needs CREATE on the database), on
  SQLite FTS5 trigram tables over ``influencers.display_name`` and
  ``influencer_channels.handle``, kept in step by triggers.
- Accounts are searched by their bare id too: ``identities.external_id`` gets an index.
- ``influencer_counts``: influencers per status and tier, kept by triggers on ``influencers``
  whatever writes the row. On PostgreSQL the trigger locks the count rows it changes in one
  order (status, tier), so two staff changes crossing (a suspension and a reinstatement)
  cannot deadlock.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SLOTS = 16

# SQLite: external-content FTS5 tables (the text stays in its own table; these hold only the
# trigram index) and the triggers that keep them in step with every insert, update and delete.
SQLITE_SEARCH = (
    "CREATE VIRTUAL TABLE influencer_names USING fts5("
    "display_name, content='influencers', content_rowid='id', tokenize='trigram')",
    "CREATE VIRTUAL TABLE channel_handles USING fts5("
    "handle, content='influencer_channels', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER influencer_names_insert AFTER INSERT ON influencers BEGIN"
    " INSERT INTO influencer_names (rowid, display_name) VALUES (new.id, new.display_name); END",
    "CREATE TRIGGER influencer_names_delete AFTER DELETE ON influencers BEGIN"
    " INSERT INTO influencer_names (influencer_names, rowid, display_name)"
    " VALUES ('delete', old.id, old.display_name); END",
    "CREATE TRIGGER influencer_names_update AFTER UPDATE OF display_name ON influencers BEGIN"
    " INSERT INTO influencer_names (influencer_names, rowid, display_name)"
    " VALUES ('delete', old.id, old.display_name);"
    " INSERT INTO influencer_names (rowid, display_name) VALUES (new.id, new.display_name); END",
    "CREATE TRIGGER channel_handles_insert AFTER INSERT ON influencer_channels BEGIN"
    " INSERT INTO channel_handles (rowid, handle) VALUES (new.id, new.handle); END",
    "CREATE TRIGGER channel_handles_delete AFTER DELETE ON influencer_channels BEGIN"
    " INSERT INTO channel_handles (channel_handles, rowid, handle)"
    " VALUES ('delete', old.id, old.handle); END",
    "CREATE TRIGGER channel_handles_update AFTER UPDATE OF handle ON influencer_channels BEGIN"
    " INSERT INTO channel_handles (channel_handles, rowid, handle)"
    " VALUES ('delete', old.id, old.handle);"
    " INSERT INTO channel_handles (rowid, handle) VALUES (new.id, new.handle); END",
    "INSERT INTO influencer_names (influencer_names) VALUES ('rebuild')",
    "INSERT INTO channel_handles (channel_handles) VALUES ('rebuild')",
)

SQLITE_COUNTS = (
    "CREATE TRIGGER influencer_counts_insert AFTER INSERT ON influencers BEGIN"
    " INSERT INTO influencer_counts (status, tier, influencers) VALUES (new.status, new.tier, 1)"
    " ON CONFLICT (status, tier) DO UPDATE SET influencers = influencers + 1; END",
    "CREATE TRIGGER influencer_counts_delete AFTER DELETE ON influencers BEGIN"
    " UPDATE influencer_counts SET influencers = influencers - 1"
    " WHERE status = old.status AND tier = old.tier; END",
    "CREATE TRIGGER influencer_counts_update AFTER UPDATE OF status, tier ON influencers BEGIN"
    " UPDATE influencer_counts SET influencers = influencers - 1"
    " WHERE status = old.status AND tier = old.tier;"
    " INSERT INTO influencer_counts (status, tier, influencers) VALUES (new.status, new.tier, 1)"
    " ON CONFLICT (status, tier) DO UPDATE SET influencers = influencers + 1; END",
)

POSTGRES_COUNTS = (
    """CREATE FUNCTION count_influencers() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.status = NEW.status AND OLD.tier = NEW.tier THEN
            RETURN NULL;
        END IF;
        PERFORM 1 FROM influencer_counts
        WHERE (status = OLD.status AND tier = OLD.tier)
           OR (status = NEW.status AND tier = NEW.tier)
        ORDER BY status, tier FOR UPDATE;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE influencer_counts SET influencers = influencers - 1
        WHERE status = OLD.status AND tier = OLD.tier;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        INSERT INTO influencer_counts (status, tier, influencers) VALUES (NEW.status, NEW.tier, 1)
        ON CONFLICT (status, tier)
        DO UPDATE SET influencers = influencer_counts.influencers + 1;
    END IF;
    RETURN NULL;
END
$$""",
    "CREATE TRIGGER influencer_counts AFTER INSERT OR DELETE OR UPDATE OF status, tier"
    " ON influencers FOR EACH ROW EXECUTE FUNCTION count_influencers()",
)

POSTGRES_SEARCH = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_influencers_name_trgm ON influencers"
    " USING gin (lower(display_name) gin_trgm_ops)",
    "CREATE INDEX ix_influencer_channels_handle_trgm ON influencer_channels"
    " USING gin (lower(handle) gin_trgm_ops)",
)


def _day(column: str, postgres: bool) -> str:
    return f"CAST(({column} AT TIME ZONE 'UTC') AS DATE)" if postgres else f"date({column})"


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    op.create_table(
        "daily_orders",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("campaign_id", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("slot", sa.Integer(), nullable=False),
        sa.Column("orders", sa.BigInteger(), nullable=False),
        sa.Column("commission_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint(
            "day", "campaign_id", "currency", "slot", name=op.f("pk_daily_orders")
        ),
    )
    op.create_table(
        "daily_clicks",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("clicks", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_daily_clicks")),
    )
    ordered = _day("ordered_at", postgres)
    op.execute(
        "INSERT INTO daily_orders (day, campaign_id, currency, slot, orders, commission_minor)"
        f" SELECT {ordered}, campaign_id, currency, influencer_id % {SLOTS},"
        " COUNT(*), SUM(commission_minor) FROM conversions"
        f" GROUP BY {ordered}, campaign_id, currency, influencer_id % {SLOTS}"
    )
    clicked = _day("clicked_at", postgres)
    op.execute(
        f"INSERT INTO daily_clicks (day, clicks) SELECT {clicked}, COUNT(*) FROM clicks"
        f" GROUP BY {clicked}"
    )
    with op.batch_alter_table("conversions", schema=None) as batch_op:
        batch_op.drop_index("ix_conversions_ordered_at")
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_identities_external_id"), ["external_id"], unique=False
        )
    for statement in POSTGRES_SEARCH if postgres else SQLITE_SEARCH:
        op.execute(statement)
    op.create_table(
        "influencer_counts",
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("tier", sa.String(length=16), nullable=False),
        sa.Column("influencers", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("status", "tier", name=op.f("pk_influencer_counts")),
    )
    op.execute(
        "INSERT INTO influencer_counts (status, tier, influencers)"
        " SELECT status, tier, COUNT(*) FROM influencers GROUP BY status, tier"
    )
    for statement in POSTGRES_COUNTS if postgres else SQLITE_COUNTS:
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:
        op.execute("DROP TRIGGER influencer_counts ON influencers")
        op.execute("DROP FUNCTION count_influencers()")
    else:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER influencer_counts_{trigger}")
    op.drop_table("influencer_counts")
    if postgres:
        op.execute("DROP INDEX ix_influencer_channels_handle_trgm")
        op.execute("DROP INDEX ix_influencers_name_trgm")
    else:
        for trigger in (
            "influencer_names_insert",
            "influencer_names_delete",
            "influencer_names_update",
            "channel_handles_insert",
            "channel_handles_delete",
            "channel_handles_update",
        ):
            op.execute(f"DROP TRIGGER {trigger}")
        op.execute("DROP TABLE influencer_names")
        op.execute("DROP TABLE channel_handles")
    with op.batch_alter_table("identities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_identities_external_id"))
    with op.batch_alter_table("conversions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_conversions_ordered_at",
            ["ordered_at", "campaign_id", "currency", "commission_minor"],
            unique=False,
        )
    op.drop_table("daily_clicks")
    op.drop_table("daily_orders")

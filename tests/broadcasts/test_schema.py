"""Migration 0010 creates exactly what the models describe for broadcasts."""

from __future__ import annotations

from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.db import Database
from storage.models import Base

TABLES = {"broadcasts", "broadcast_deliveries", "broadcast_lease"}


def _table_of(diff: Any) -> str | None:
    """The table a difference is about (index and column differences carry it deeper)."""
    for item in diff if isinstance(diff, list) else [diff]:
        for part in item[1:] if isinstance(item, tuple) else []:
            name = getattr(part, "name", None)
            table = getattr(part, "table", None)
            if table is not None and getattr(table, "name", None):
                return str(table.name)
            if isinstance(part, str) and part in TABLES:
                return part
            if name in TABLES:
                return str(name)
    return None


async def test_migrated_broadcast_tables_match_the_models(database: Database) -> None:
    async with database.engine.connect() as connection:
        diffs = await connection.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    assert [d for d in diffs if _table_of(d) in TABLES] == []

"""Small helpers for statements whose spelling differs between SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


def insert_ignoring_conflicts(session: AsyncSession, table: Any, **values: Any) -> Any:
    """``INSERT ... ON CONFLICT DO NOTHING`` for whichever database the session is bound to
    (no values: give them with ``.values(rows)``)."""
    bind = session.get_bind()
    module = postgresql if bind.dialect.name == "postgresql" else sqlite
    statement = module.insert(table)
    return (statement.values(**values) if values else statement).on_conflict_do_nothing()


def insert_adding_on_conflict(
    session: AsyncSession, table: Any, key: Sequence[str], **values: Any
) -> Any:
    """``INSERT ... ON CONFLICT (key) DO UPDATE SET c = c + excluded.c`` for every column not
    in ``key``: a counter row created or incremented in SQL, so concurrent writers lose none."""
    bind = session.get_bind()
    module = postgresql if bind.dialect.name == "postgresql" else sqlite
    statement = module.insert(table).values(**values)
    added = {name: table.c[name] + statement.excluded[name] for name in values if name not in key}
    return statement.on_conflict_do_update(index_elements=list(key), set_=added)

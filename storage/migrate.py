"""Apply Alembic migrations from code (``python -m bot migrate``, tests, benchmarks)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy.engine import Connection

from storage.db import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _upgrade(connection: Connection, revision: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, revision)


async def upgrade(database: Database, revision: str = "head") -> None:
    """Bring the schema to ``revision`` in one transaction (PostgreSQL DDL is transactional)."""
    async with database.engine.begin() as connection:
        await connection.run_sync(_upgrade, revision)


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migration in {MIGRATIONS}: the package is incomplete")
    return head


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


async def current_revision(database: Database) -> str | None:
    """The revision the database was migrated to; None for a database never migrated."""
    async with database.engine.connect() as connection:
        return await connection.run_sync(
            lambda sync: MigrationContext.configure(sync).get_current_revision()
        )


async def schema_problem(database: Database) -> str | None:
    """Why this code cannot run on the database's schema, or None when it is up to date."""
    current, head = await current_revision(database), head_revision()
    if current == head:
        return None
    if current is None:
        return "the database has never been migrated: run `python -m bot migrate` first"
    if not _known(current):
        return (
            f"the database is at revision {current}, made by a newer version of the bot "
            f"(this one knows up to {head}): upgrade the bot"
        )
    return (
        f"the database is at revision {current}, older than this code ({head}): "
        "run `python -m bot migrate`"
    )

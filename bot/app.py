"""The composition root: settings -> database -> engine -> channels. Nothing else builds
objects from settings."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from bot.core.engine import Clock, Engine, utc_now
from bot.core.i18n import Translator
from bot.settings import DEFAULT_DATABASE_URL, Settings
from handlers import build_router
from storage.db import Database
from storage.migrate import schema_problem, upgrade

log = logging.getLogger(__name__)


@dataclass
class App:
    settings: Settings
    database: Database
    translator: Translator
    engine: Engine

    async def close(self) -> None:
        await self.engine.close()  # strikes of delivered replies under way are written first
        await self.database.dispose()


def build_app(settings: Settings | None = None, *, clock: Clock = utc_now) -> App:
    settings = settings or Settings()
    database = Database(settings.database_url)
    translator = Translator()
    engine = Engine(
        database=database,
        translator=translator,
        router=build_router(),
        settings=settings,
        clock=clock,
    )
    return App(settings, database, translator, engine)


async def migrate(settings: Settings | None = None) -> None:
    settings = settings or Settings()
    database = Database(settings.database_url)
    try:
        await upgrade(database)
    finally:
        await database.dispose()


async def prepare_database(settings: Settings) -> str | None:
    """Make sure the schema is what this code expects before anything runs on it.

    The default SQLite file (``make run``'s, and a first try) is migrated automatically; any
    other database is the operator's to migrate, so a schema that is not up to date is a
    clear message (returned) instead of a SQL traceback at the first query.
    """
    database = Database(settings.database_url)
    try:
        try:
            problem = await schema_problem(database)
        except (OSError, DBAPIError) as error:
            return f"cannot reach the database ({type(error).__name__}): check BOT_DATABASE_URL"
        if problem is not None and settings.database_url == DEFAULT_DATABASE_URL:
            await upgrade(database)
            log.info("the default SQLite database was migrated")
            return None
        return problem
    finally:
        await database.dispose()

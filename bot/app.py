"""The composition root: settings -> database -> engine -> channels. Nothing else builds
objects from settings."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.engine import Clock, Engine, utc_now
from bot.core.i18n import Translator
from bot.settings import Settings
from handlers import build_router
from storage.db import Database
from storage.migrate import upgrade


@dataclass
class App:
    settings: Settings
    database: Database
    translator: Translator
    engine: Engine

    async def close(self) -> None:
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

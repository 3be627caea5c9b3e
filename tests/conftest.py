"""Fixtures: a migrated database per test (SQLite always, PostgreSQL when
``BOT_TEST_POSTGRES_URL`` is set), the real engine on it, and scripted chats."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from sqlalchemy import make_url, text

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from handlers import build_router
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Base
from tests.support import Chat, Clock

POSTGRES_URL = os.environ.get("BOT_TEST_POSTGRES_URL")
# Test clocks stand still, so a long scripted conversation would hit the per-user rate limit;
# tests of the limit itself (tests/support_desk/test_abuse.py) set it explicitly.
os.environ.setdefault("BOT_RATE_LIMIT_MESSAGES", "0")
BACKENDS = ["sqlite", "postgres"]


def sqlite_url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


async def _migrate(url: str) -> None:
    database = Database(url)
    try:
        await upgrade(database)
    finally:
        await database.dispose()


async def _reset_postgres(url: str) -> None:
    database = Database(url)
    try:
        async with database.engine.begin() as connection:
            await connection.execute(text("DROP SCHEMA public CASCADE"))
            await connection.execute(text("CREATE SCHEMA public"))
        await upgrade(database)
    finally:
        await database.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once; each test gets a copy of the file (migrations are tested by this too)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    asyncio.run(_migrate(sqlite_url(path)))
    return path


async def _worker_database(url: str, worker: str) -> str:
    """The database of one pytest-xdist worker: ``<name>_<worker>`` beside the configured one,
    created on first use (the role needs CREATEDB), so parallel workers never share tables."""
    base = make_url(url)
    name = f"{base.database}_{worker}"
    database = Database(url)
    try:
        async with database.engine.connect() as connection:
            connection = await connection.execution_options(isolation_level="AUTOCOMMIT")
            exists = await connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if not exists:
                await connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        await database.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_ready() -> str:
    if not POSTGRES_URL:
        pytest.skip("BOT_TEST_POSTGRES_URL is not set")
    url = POSTGRES_URL
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker:
        url = asyncio.run(_worker_database(url, worker))
    asyncio.run(_reset_postgres(url))
    return url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    if request.param == "sqlite":
        path = tmp_path / "bot.db"
        shutil.copy(sqlite_template, path)
        return sqlite_url(path)
    url: str = request.getfixturevalue("postgres_ready")
    return url


@pytest.fixture
async def database(database_url: str) -> AsyncIterator[Database]:
    database = Database(database_url)
    if not database.is_sqlite:
        tables = ", ".join(t.name for t in Base.metadata.sorted_tables)
        async with database.engine.begin() as connection:
            await connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    try:
        yield database
    finally:
        await database.dispose()


@pytest.fixture(scope="session")
def translator() -> Translator:
    return Translator()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        programme_name="Star Partners",
        support_contact="@star_support",
    )


@pytest.fixture
def make_engine(
    database: Database, translator: Translator, settings: Settings, clock: Clock
) -> Callable[[], Engine]:
    """A new engine over the same database: what a restarted process would build."""

    def build() -> Engine:
        return Engine(
            database=database,
            translator=translator,
            router=build_router(),
            settings=settings,
            clock=clock,
        )

    return build


@pytest.fixture
def engine(make_engine: Callable[[], Engine]) -> Engine:
    return make_engine()


@pytest.fixture
def chat_factory(engine: Engine) -> Callable[..., Chat]:
    users = iter(range(1001, 100_000))

    def make(locale: str | None = "en", **kwargs: object) -> Chat:
        return Chat(engine, user_id=str(next(users)), locale=locale, **kwargs)  # type: ignore[arg-type]

    return make

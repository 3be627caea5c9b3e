"""The layers of docs/architecture.md, checked on the source: a rule that only lives in a
document is broken by the next change nobody reviews against it."""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PLATFORMS = ("telegram", "discord", "aiohttp")
# Layers above persistence: storage/ must not depend on them.
ABOVE_STORAGE = ("bot", "handlers")
# SQL (query building, sessions, ORM models) belongs to storage/; exceptions may be caught above.
SQL_MODULES = ("sqlalchemy", "storage.models")
SQL_ALLOWED = ("sqlalchemy.exc",)
# The shipped packages above storage/ (pyproject's packages; locales/ holds no Python).
ABOVE_STORAGE_FOLDERS = ("bot", "handlers")


def _sources(*folders: str) -> Iterator[Path]:
    for folder in folders:
        for path in sorted((ROOT / folder).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def _imports(path: Path) -> Iterator[str]:
    """Every module a file imports, at any depth (function-level imports count too)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.module


def _is_within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


@pytest.mark.parametrize("folder", ["handlers", "storage", "bot/core"])
def test_no_platform_library_below_the_channels(folder: str) -> None:
    offenders = {
        _relative(path): module
        for path in _sources(folder)
        for module in _imports(path)
        if _is_within(module, PLATFORMS)
    }
    assert offenders == {}


def test_storage_depends_on_nothing_above_it() -> None:
    offenders = {
        _relative(path): module
        for path in _sources("storage")
        for module in _imports(path)
        if _is_within(module, ABOVE_STORAGE)
    }
    assert offenders == {}


def _builds_sql(path: Path) -> bool:
    return any(
        _is_within(module, SQL_MODULES) and not _is_within(module, SQL_ALLOWED)
        for module in _imports(path)
    )


def test_sql_only_in_storage() -> None:
    outside = {_relative(path) for path in _sources(*ABOVE_STORAGE_FOLDERS) if _builds_sql(path)}
    assert outside == set(), "SQL outside storage/: move it into a repository"


def test_every_shipped_package_is_checked() -> None:
    """A package added to pyproject later is not silently left out of the SQL check."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = {p.rstrip("*") for p in config["tool"]["setuptools"]["packages"]["find"]["include"]}
    assert shipped - {"storage", "locales"} == set(ABOVE_STORAGE_FOLDERS)


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    """The AST walk finds nested and aliased imports, so the rules above cannot pass vacuously."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f():\n    import telegram.ext as t\n    from sqlalchemy import select\n",
        encoding="utf-8",
    )
    assert set(_imports(sample)) == {"telegram.ext", "sqlalchemy"}
    assert _builds_sql(sample)
    models = tmp_path / "models.py"
    models.write_text("from storage.models import User\n", encoding="utf-8")
    assert _builds_sql(models)
    caught = tmp_path / "caught.py"
    caught.write_text("from sqlalchemy.exc import IntegrityError\n", encoding="utf-8")
    assert not _builds_sql(caught)

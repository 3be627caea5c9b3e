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


# --- Handlers reach storage only through the turn's Repositories (issue 12) -------------------


def _repository_classes() -> frozenset[str]:
    """The storage classes built from a session: their names, as ``module:Class``."""
    found = set()
    for path in _sources("storage"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any(
                isinstance(item, ast.FunctionDef)
                and item.name == "__init__"
                and "session" in [arg.arg for arg in item.args.args[1:2]]
                for item in node.body
            ):
                found.add(f"{module}:{node.name}")
    return frozenset(found)


def _session_offences(path: Path, repositories: frozenset[str]) -> list[str]:
    """``.session`` read anywhere, or a repository class imported from storage and called."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0
        for alias in node.names
        if f"{node.module}:{alias.name}" in repositories
    }
    offences = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr == "session":
            offences.append(f"line {node.lineno}: .session")
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in imported:
            offences.append(f"line {node.lineno}: {ast.unparse(node.func)}(...)")
    return offences


def test_handlers_use_the_repositories_the_turn_gives_them() -> None:
    repositories = _repository_classes()
    offenders = {
        _relative(path): found
        for path in _sources("handlers")
        if (found := _session_offences(path, repositories))
    }
    assert offenders == {}, "use turn.services.<repository>, never the session behind it"


def test_the_session_check_sees_what_it_looks_for(tmp_path: Path) -> None:
    """Both ways of reaching the session are caught, and a type annotation alone is not."""
    repositories = _repository_classes()
    assert {"storage.payouts:Payouts", "storage.earnings:Earnings"} <= repositories
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from storage.payouts import Payouts as P\n"
        "from storage.earnings import Earnings\n"
        "def f(turn, queries: Earnings):\n"
        "    P(turn.services.session)\n",
        encoding="utf-8",
    )
    assert _session_offences(sample, repositories) == ["line 4: P(...)", "line 4: .session"]


def _asserts(path: Path) -> list[int]:
    """Lines of the file's `assert` statements (a docstring that mentions one does not count)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Assert)]


def test_no_assert_in_product_code(tmp_path: Path) -> None:
    """`python -O` strips asserts: a check the product relies on must be code (a narrowed type,
    an explicit error, or a localised refusal), never an assert. Migrations included."""
    sample = tmp_path / "sample.py"
    sample.write_text('"""assert x"""\ndef f(x):\n    if x:\n        assert x\n', encoding="utf-8")
    assert _asserts(sample) == [4]
    found = {
        _relative(path): lines
        for folder in ("bot", "handlers", "storage")
        for path in sorted((ROOT / folder).rglob("*.py"))
        if (lines := _asserts(path))
    }
    assert found == {}, "replace these asserts (file: lines)"

"""The layers of docs/architecture.md, checked on the source: a rule that only lives in a
document is broken by the next change nobody reviews against it."""

from __future__ import annotations

import ast
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
# Debt of the domain-layer step (issue 12): files that still build SQL outside storage/. The list
# may only shrink: a file that is clean must leave it, a new file must never join it.
SQL_DEBT = frozenset(
    {
        "bot/services/tiers.py",
        "bot/services/commission.py",
        "bot/broadcast/segment.py",
        "bot/payout_cli.py",
    }
)


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
    outside = {_relative(path) for path in _sources("bot", "handlers") if _builds_sql(path)}
    assert outside - SQL_DEBT == set(), "SQL outside storage/: move it into a repository"
    assert SQL_DEBT - outside == set(), "this file is clean now: remove it from SQL_DEBT"


def test_the_checks_see_what_they_look_for(tmp_path: Path) -> None:
    """The AST walk finds nested and aliased imports, so the rules above cannot pass vacuously."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        "def f():\n    import telegram.ext as t\n    from sqlalchemy import select\n",
        encoding="utf-8",
    )
    assert set(_imports(sample)) == {"telegram.ext", "sqlalchemy"}
    assert _builds_sql(sample)


# Files of the other issue-12 steps that still use `assert` (their helpers remove them); the list
# may only shrink, as SQL_DEBT.
ASSERT_DEBT = frozenset(
    {
        "bot/services/tiers.py",
        "bot/services/commission.py",
        "bot/channels/telegram.py",
        "bot/channels/telegram_support.py",
        "bot/channels/discord_support.py",
        "bot/broadcast/worker.py",
        "storage/ledger.py",
        "storage/influencers.py",
    }
)


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
    new = {path: lines for path, lines in found.items() if path not in ASSERT_DEBT}
    assert new == {}, "replace these asserts (file: lines)"
    assert ASSERT_DEBT - set(found) == set(), "this file is clean now: remove it from ASSERT_DEBT"

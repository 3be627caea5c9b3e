"""Support tests run with an owner (``console:1``) and a support agent (``console:50``)."""

from __future__ import annotations

import pytest

from bot.settings import Settings


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        database_url=database_url,
        programme_name="Star Partners",
        support_contact="@star_support",
        owner_ids=["console:1"],
    )

"""Which channels a process runs, from the settings: one entry a platform, so the runtime holds
a list and never names a platform. A platform's library is imported only when it is used."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from bot.settings import Settings

if TYPE_CHECKING:
    from bot.channels.base import Channel
    from bot.core.engine import Engine
    from bot.core.i18n import Translator


@dataclass(frozen=True, slots=True)
class ChannelEntry:
    name: str
    factory: str  # "module:Class", called as Class(engine, settings, translator)
    configured: Callable[[Settings], bool]

    def build(self, engine: Engine, settings: Settings, translator: Translator) -> Channel:
        module, _, attribute = self.factory.partition(":")
        factory = getattr(importlib.import_module(module), attribute)
        return cast("Channel", factory(engine, settings, translator))


# In start order (stopped in reverse). The console is not here: it is the terminal's own
# front end (``python -m bot run --console``), not a platform the process connects to.
CHANNELS: tuple[ChannelEntry, ...] = (
    ChannelEntry(
        "telegram",
        "bot.channels.telegram:TelegramChannel",
        lambda settings: settings.telegram_token is not None,
    ),
    ChannelEntry(
        "discord",
        "bot.channels.discord:DiscordChannel",
        lambda settings: settings.discord_token is not None,
    ),
)


def build_channels(settings: Settings, engine: Engine, translator: Translator) -> list[Channel]:
    """Every channel the settings configure, in start order."""
    return [
        entry.build(engine, settings, translator)
        for entry in CHANNELS
        if entry.configured(settings)
    ]

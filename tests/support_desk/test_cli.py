"""The support desk from the command line: an influencer asks in chat, staff answer with
``python -m bot ticket``, the influencer reads the answer and rates it."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.__main__ import parser
from bot.cli.support import ticket_command
from bot.core.engine import Engine
from bot.settings import Settings
from tests.staff import notifications
from tests.staff.test_cli import bot, db  # noqa: F401 (the db fixture)
from tests.support import Chat, Replies


async def ticket(settings: Settings, *argv: str) -> tuple[int, str]:
    """``python -m bot ticket ...`` as main() parses and runs it, in this process."""
    out = io.StringIO()
    code = await ticket_command(settings, parser().parse_args(["ticket", *argv]), out)
    return code, out.getvalue()


async def test_round_trip_through_the_command_line(
    chat_factory: Callable[..., Chat],
    engine: Engine,
    settings: Settings,
    capsys: pytest.CaptureFixture[str],
) -> None:
    user = chat_factory(locale="pl")
    await user.send("/support Gdzie jest prowizja za zamówienie 77?").expect("support-opened")
    code, listing = await ticket(settings, "list")
    assert code == 0 and listing.startswith("#1 ") and "zamówienie 77" in listing

    assert await ticket(
        settings, "reply", "1", "Czeka", "na", "potwierdzenie", "--by", "maria"
    ) == (
        0,
        "ticket #1: answer queued for the influencer\n",
    )
    (answer,) = await notifications(engine, user)
    assert answer.message_id == "support-reply" and answer.locale == "pl"
    assert answer.args == {"number": 1, "text": "Czeka na potwierdzenie"}
    code, shown = await ticket(settings, "show", "1")
    assert (
        "influencer: Gdzie jest prowizja" in shown and "cli:maria: Czeka na potwierdzenie" in shown
    )

    assert (await ticket(settings, "close", "1"))[0] == 0
    user.history.append(Replies(await notifications(engine, user)))
    await user.press("1.4").expect("support-rated")
    assert await ticket(settings, "close", "1") == (1, "")
    assert "ticket #1 is already closed" in capsys.readouterr().err
    assert (await ticket(settings, "reply", "9", "hello"))[0] == 1
    assert "does not exist" in capsys.readouterr().err
    assert await ticket(settings, "list") == (0, "no open tickets\n")
    code, everything = await ticket(settings, "list", "--all")
    assert "#1 " in everything and "closed" in everything


def test_the_command_is_wired(db: Path) -> None:  # noqa: F811
    result = bot(db, "ticket", "list")
    assert (result.returncode, result.stdout) == (0, "no open tickets\n")


async def test_the_console_rates_a_closed_ticket_by_its_number(
    engine: Engine, settings: Settings
) -> None:
    """The console shows the closing notice with numbered buttons; typing 5 presses 5 stars."""
    from bot.channels.console import ConsoleChannel

    out = io.StringIO()
    console = ConsoleChannel(engine, user_id="7", stdin=io.StringIO("/support Help\n"), stdout=out)
    await console.run()
    assert (await ticket(settings, "close", "1"))[0] == 0
    console.stdin = io.StringIO("5\n")
    await console.run()
    assert "5 stars" in out.getvalue() and "(5 of 5)" in out.getvalue()

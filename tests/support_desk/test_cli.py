"""The support desk in a terminal, as a newcomer tries it: an influencer in the console asks,
staff answer with ``python -m bot ticket``, the influencer reads the answer and rates it."""

from __future__ import annotations

from pathlib import Path

from bot.core.i18n import Translator
from tests.staff.test_cli import bot, console, db  # noqa: F401 (the db fixture)
from tests.support import normalise


def say(translator: Translator, locale: str, message_id: str, **args: object) -> str:
    return normalise(translator.render(locale, message_id, args))


def test_round_trip_through_the_command_line(
    db: Path,  # noqa: F811
    translator: Translator,
) -> None:
    out = console(db, "2", "/support Where is my commission for order 77?")
    assert say(translator, "en", "support-opened", number=1) in out
    listing = bot(db, "ticket", "list")
    assert listing.returncode == 0
    assert listing.stdout.startswith("#1 ") and "order 77" in listing.stdout

    replied = bot(db, "ticket", "reply", "1", "It", "is", "pending", "--by", "maria")
    assert (replied.returncode, replied.stdout) == (
        0,
        "ticket #1: answer queued for the influencer\n",
    )
    out = console(db, "2", "/status")  # the console shows what the runtime would deliver
    assert say(translator, "en", "support-reply", number=1, text="It is pending") in out

    shown = bot(db, "ticket", "show", "1").stdout
    assert "influencer: Where is my commission" in shown and "cli:maria: It is pending" in shown
    assert bot(db, "ticket", "close", "1").returncode == 0
    out = console(db, "2", "5")  # the notice's buttons: 1..5 stars, then Reopen
    assert say(translator, "en", "support-closed", number=1) in out
    assert say(translator, "en", "support-rated", stars=5) in out

    again = bot(db, "ticket", "close", "1")
    assert (again.returncode, again.stderr) == (1, "ticket #1 is already closed\n")
    missing = bot(db, "ticket", "reply", "9", "hello")
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    audit = bot(db, "audit").stdout
    assert all(a in audit for a in ("ticket.open", "ticket.reply", "ticket.close", "ticket.rate"))

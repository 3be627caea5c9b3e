"""``python -m bot payout``: staff see the queue, look at one request, pay or reject it."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

from bot.__main__ import parser, payout_command
from bot.services import payouts as payout_rules
from bot.settings import Settings
from storage.db import Database
from storage.payouts import Payouts
from storage.repositories import Repositories
from tests.money import make_influencer
from tests.payouts import (
    IBAN,
    IBAN_MASKED,
    assert_balance_is_ledger,
    notifications,
    payout_entries,
    sale,
    seller,
)
from tests.support import Clock

ROOT = Path(__file__).resolve().parents[2]


async def queue_two(database: Database, clock: Clock) -> tuple[int, int]:
    """Anna asks for €60 to her IBAN, Ben for €75 to PayPal."""
    made = []
    for external_id, amount, kind, account, holder in (
        ("4001", 6000, "iban", IBAN, "Anna Nowak"),
        ("4002", 7500, "paypal", "ben@example.com", None),
    ):
        influencer_id = await make_influencer(database, external_id)
        await sale(database, await seller(database, influencer_id), amount, clock)
        async with database.transaction() as session:
            repos = Repositories(session)
            await payout_rules.set_method(repos, influencer_id, kind, account, holder, clock())
            request = await payout_rules.request(repos, influencer_id, "EUR", amount, 5000, clock())
        made.append(request.id)
        clock.advance(minutes=5)
    return made[0], made[1]


async def test_list_show_pay_reject(
    database: Database, settings: Settings, clock: Clock, capsys: pytest.CaptureFixture[str]
) -> None:
    async def run(*argv: str) -> tuple[int, str, str]:
        code = await payout_command(settings, parser().parse_args(["payout", *argv]))
        out, err = capsys.readouterr()
        return code, out, err

    anna, ben = await queue_two(database, clock)
    code, out, err = await run("list")
    assert code == 0
    lines = out.splitlines()
    assert [line.split("\t")[0] for line in lines] == [f"#{anna}", f"#{ben}"]  # oldest first
    assert "60.00 EUR" in lines[0] and IBAN_MASKED in lines[0] and "Creator 4001" in lines[0]
    assert "75.00 EUR" in lines[1] and "b•••@example.com" in lines[1]
    assert IBAN not in out and "ben@example.com" not in out  # the queue is masked
    assert "2 open payout requests" in err

    code, out, _ = await run("show", str(anna))
    assert code == 0
    assert "FR76 3000 6000 0112 3456 7890 189" in out and "Anna Nowak" in out
    assert "60.00 EUR" in out and "requested" in out

    code, _, err = await run("pay", str(anna), "--reference", "SEPA-0001", "--by", "alice")
    assert code == 0 and "paid" in err
    code, _, err = await run("pay", str(anna), "--reference", "SEPA-0002")
    assert code == 1 and "already paid (reference SEPA-0001)" in err
    code, _, err = await run("pay", str(ben), "--reference", "SEPA-0001")
    assert code == 1 and f"already paid request #{anna}" in err
    code, _, err = await run("reject", str(ben), "--reason", "PayPal account closed")
    assert code == 0 and "rejected" in err
    code, _, err = await run("pay", str(ben), "--reference", "PP-9")
    assert code == 1 and "was rejected" in err
    code, _, err = await run("pay", "999", "--reference", "X")
    assert code == 1 and "no payout request #999" in err

    code, out, err = await run("list")
    assert (code, out) == (0, "")
    code, out, _ = await run("show", str(anna))
    assert "paid" in out and "SEPA-0001" in out and "cli:alice" in out

    async with database.read() as session:
        paid = await Payouts(session).get(anna)
    assert paid is not None
    assert await payout_entries(database, paid.influencer_id) == [
        ("confirmed", -6000),
        ("paid", 6000),
    ]
    await assert_balance_is_ledger(database, paid.influencer_id)
    assert len(await notifications(database, "payout-paid")) == 1
    (rejected,) = await notifications(database, "payout-rejected")
    assert rejected.args["reason"] == "PayPal account closed"


async def test_the_command_line_reaches_the_queue(
    database_url: str, database: Database, clock: Clock
) -> None:
    """``python -m bot payout ...`` in a real process, as staff run it."""
    anna, _ = await queue_two(database, clock)
    env = {**os.environ, "BOT_DATABASE_URL": database_url, "PYTHONIOENCODING": "utf-8"}

    async def bot(*argv: str) -> tuple[int, str, str]:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "payout",
            *argv,
            cwd=ROOT,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        out, err = await asyncio.wait_for(process.communicate(), timeout=60)
        assert process.returncode is not None
        return process.returncode, out.decode(), err.decode()

    code, out, _ = await bot("list")
    assert code == 0 and len(out.splitlines()) == 2
    code, _, _ = await bot("pay", str(anna), "--reference", "SEPA-77")
    assert code == 0
    code, _, err = await bot("pay", str(anna), "--reference", "SEPA-78")
    assert code == 1 and "already paid" in err
    code, _, err = await bot("pay", str(anna))
    assert code == 2 and "--reference" in err  # argparse: the reference is required

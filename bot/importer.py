"""``python -m bot import-conversions FILE.csv``: conversion events from a shop's export.

Columns are named as the postback's fields (event_id, click_id or link_code, order_id, amount,
currency, status, refund_amount, ordered_at). Each row is applied like a postback, in its own
transaction: a refused row changes nothing and does not stop the rows after it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from bot.services.commission import NotAttributed, ValidationError, apply_event
from bot.services.tiers import TierLadder
from storage.db import Database


class UnreadableFile(Exception):
    """The file could not be opened or decoded as CSV: nothing was imported."""


@dataclass
class ImportReport:
    imported: int = 0
    duplicates: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line number, reason)
    not_attributed: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)

    def lines(self) -> list[str]:
        out = [
            f"rows imported: {self.imported}",
            f"duplicates (already applied): {self.duplicates}",
            f"rows refused: {len(self.refused)}",
        ]
        out += [f"  line {line}: {reason}" for line, reason in self.refused]
        if self.not_attributed:
            out.append(f"rows not attributed (nobody credited): {len(self.not_attributed)}")
            out += [f"  line {line}: {reason}" for line, reason in self.not_attributed]
        return out


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """Every row with the line it starts on; the whole file is read before anything is applied."""
    try:
        text = path.read_text(encoding="utf-8-sig")
        reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
        if reader.fieldnames is None:
            raise UnreadableFile("no header row")
        rows: list[tuple[int, dict[str, str]]] = []
        line = reader.line_num + 1
        for row in reader:
            rows.append((line, {k.strip(): v for k, v in row.items() if isinstance(k, str)}))
            line = reader.line_num + 1
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise UnreadableFile(str(error)) from error
    return rows


async def import_conversions(
    database: Database,
    path: Path,
    clock: Callable[[], datetime],
    *,
    referral_bonus: int = 0,
    tiers: TierLadder | None = None,
) -> ImportReport:
    report = ImportReport()
    for line, row in read_rows(path):
        data = {key: value.strip() for key, value in row.items() if isinstance(value, str)}
        try:
            outcome = await apply_event(
                database, data, clock, referral_bonus=referral_bonus, tiers=tiers
            )
        except ValidationError as refused:
            report.refused.append((line, refused.reason))
            continue
        except NotAttributed as refused:
            report.not_attributed.append((line, refused.reason))
            continue
        if outcome.duplicate:
            report.duplicates += 1
        else:
            report.imported += 1
    return report

"""/earnings in the console channel: the report as printed, a period button pressed by its
number, and a question typed in Russian."""

from __future__ import annotations

import io
import re

from bot.channels.console import ConsoleChannel
from bot.core.engine import Engine
from bot.core.i18n import Translator
from storage.db import Database
from tests.earnings import approved_shop
from tests.support import Chat, Clock, normalise


async def test_earnings_typed_in_the_console(
    engine: Engine, database: Database, clock: Clock, translator: Translator
) -> None:
    shop = await approved_shop(Chat(engine, user_id="31", locale="ru"), database, clock, "ru")
    await shop.sale("WINTER01", 1999, "2026-11-25 09:00")
    await shop.sale("WINTER01", 5000, "2026-11-23 10:00")
    await shop.sale("WINTER01", 2500, "2026-11-20 10:00")
    await shop.sale("WINTER01", 3000, "2026-11-05 10:00", status="confirmed")
    await shop.sale("WINTER01", 4000, "2026-11-03 10:00", status="confirmed")
    await shop.sale("WINTER01", 10000, "2026-10-10 10:00", status="confirmed")
    stdin = io.StringIO("/earnings\n2\nсколько я заработал в октябре?\n")
    stdout = io.StringIO()
    console = ConsoleChannel(engine, user_id="31", locale_hint="ru", stdin=stdin, stdout=stdout)
    await console.run()
    month, week, october = normalise(stdout.getvalue()).split("Заработок — ")[1:]

    def words(phrase: str, text: str) -> bool:
        return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text) is not None

    assert month.startswith("этот месяц")
    assert words("5 заказов", month) and "Заработано 16,50 €" in month
    # Buttons print as numbered choices; "2" is "7 дней".
    assert "  2. 7 дней" in month and "  6. По ссылкам" in month
    assert week.startswith("последние 7 дней")
    assert words("3 заказа", week) and "Заработано 9,50 €" in week
    assert october.startswith("октябрь 2026")
    assert words("1 заказ", october) and "Заработано 10,00 €" in october
    assert normalise(translator.render("ru", "earnings-glance-none")) not in month

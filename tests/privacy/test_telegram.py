"""/export and /delete over the real python-telegram-bot and the fake Bot API: the data
arrives as a document (sendDocument, multipart), in the user's language."""

from __future__ import annotations

import json

from bot.core.i18n import Translator
from bot.runtime import Runtime
from storage.db import Database
from tests.channels.test_telegram import (  # the channel tests' fixtures and client
    TelegramUser,
    fake,
    polling,
    rendered,
    start_runtime,
    stored_influencer,
    texts,
)
from tests.fakes.telegram_api import FakeTelegram
from tests.support import normalise

__all__ = ["fake", "polling", "start_runtime"]
USER = 58_112_377


async def test_export_arrives_as_a_json_document_and_delete_forgets_the_account(
    polling: Runtime, fake: FakeTelegram, database: Database, translator: Translator
) -> None:
    user = TelegramUser(fake, USER, "ru")
    await user.send("/start")
    sent, *_question_again = await user.send("/export")  # the open question follows
    assert sent.kind == "document" and sent.filename == "my-data.json"
    assert normalise(sent.caption or "") == rendered(translator, "ru", "privacy-export-ready")
    assert sent.file_bytes is not None
    exported = json.loads(sent.file_bytes)
    (identity,) = exported["sections"]["profile"]["identities"]
    assert (identity["channel"], identity["external_id"]) == ("telegram", str(USER))
    assert exported["sections"]["profile"]["users"][0]["locale"] is None

    await user.send("/delete")
    replies = await user.press(translator.render("ru", "privacy-delete-confirm.delete", {}))
    assert texts(replies)[-1] == rendered(translator, "ru", "privacy-deleted")
    assert await stored_influencer(database, USER) is None

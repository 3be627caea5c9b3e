"""The console in a real headless Chromium (Debian's ``chromium`` and ``chromium-driver``,
driven by Selenium): sign in from a ``/console`` link sent in the console channel, approve an
application, create a campaign, pay a payout, download a SEPA file (valid against the pain.001
schema sepaxml ships), start and cancel a broadcast. Selenium blocks, so each browser call runs
in a thread while the console is served by this test's event loop."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import select

from bot.core.engine import Engine
from bot.core.i18n import Translator
from bot.settings import Settings
from storage.db import Database
from storage.models import Broadcast, Campaign, Influencer, PayoutRequest
from tests.console import console_settings, login_token, payout_requested, serve
from tests.support import Chat, Clock, register

CHROMIUM = shutil.which("chromium")
DRIVER = shutil.which("chromedriver")
SCREENSHOT = os.environ.get("CONSOLE_SCREENSHOT")  # where to save the overview, if set

MISSING = "Debian's chromium and chromium-driver are not installed (.ci/run installs them)"


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def driver(downloads: Path) -> Iterator[Any]:
    if CHROMIUM is None or DRIVER is None:
        if os.environ.get("CI"):
            pytest.fail(MISSING)  # CI must run the browser tests, never skip them
        pytest.skip(MISSING)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1280,1400",
        "--lang=en-US",
    ):
        options.add_argument(argument)
    options.add_experimental_option(
        "prefs",
        {"download.default_directory": str(downloads), "download.prompt_for_download": False},
    )
    browser = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    try:
        yield browser
    finally:
        browser.quit()


class Page:
    """The browser, with every call taken off the event loop."""

    def __init__(self, driver: Any, root: str) -> None:
        self.driver = driver
        self.root = root

    async def open(self, url: str) -> None:
        target = url if url.startswith("http") else self.root + url
        await asyncio.to_thread(self.driver.get, target)

    async def click(self, css: str, *, navigates: bool = True) -> None:
        """Click, and (for a link or a form) wait until the next page has replaced this one."""
        from selenium.webdriver.support import expected_conditions
        from selenium.webdriver.support.wait import WebDriverWait

        old = await asyncio.to_thread(self.driver.find_element, "css selector", "html")
        element = await asyncio.to_thread(self.driver.find_element, "css selector", css)
        # A click as the page's own script would do it: chromedriver's native click sometimes
        # fails with "node does not belong to the document" when the click itself navigates.
        await asyncio.to_thread(self.driver.execute_script, "arguments[0].click()", element)
        if navigates:
            wait = WebDriverWait(self.driver, 10)
            await asyncio.to_thread(wait.until, expected_conditions.staleness_of(old))

    async def type(self, css: str, text: str) -> None:
        element = await asyncio.to_thread(self.driver.find_element, "css selector", css)
        await asyncio.to_thread(element.clear)
        await asyncio.to_thread(element.send_keys, text)

    async def text(self, css: str) -> str:
        element = await asyncio.to_thread(self.driver.find_element, "css selector", css)
        return str(await asyncio.to_thread(lambda: element.text))

    async def exists(self, css: str) -> bool:
        found = await asyncio.to_thread(self.driver.find_elements, "css selector", css)
        return bool(found)


async def wait_for_file(folder: Path, pattern: str) -> Path:
    for _ in range(100):  # bounded: 10 s
        listed = await asyncio.to_thread(lambda: list(folder.glob(pattern)))
        found = [p for p in listed if not p.name.endswith(".crdownload")]
        if found:
            return found[0]
        await asyncio.sleep(0.1)
    raise AssertionError(f"no {pattern} downloaded")


async def test_staff_work_in_the_browser(
    database: Database,
    settings: Settings,
    translator: Translator,
    clock: Clock,
    make_engine: Callable[[], Engine],
    driver: Any,
    downloads: Path,
) -> None:
    console_settings(
        settings,
        owner_ids=["console:1"],
        telegram_token=SecretStr("123456:TEST"),  # broadcasts need a platform to go to
        sepa_debtor_name="Star Partners SAS",
        sepa_debtor_iban="DE89370400440532013000",
        sepa_debtor_bic="COBADEFFXXX",
    )
    engine = make_engine()
    owner = Chat(engine, user_id="1")
    await register(Chat(engine, user_id="1001"), "en")
    await Chat(engine, user_id="5001", channel="telegram").send("/start")  # a recipient
    by_reference = await payout_requested(database, clock, "2001")
    by_sepa = await payout_requested(database, clock, "2002")
    async with serve(database, settings, translator, clock) as server:
        root = str(server.make_url("")).rstrip("/")
        settings.public_base_url = root
        page = Page(driver, root)

        # Sign in from the link /console gives in the console channel.
        token = await login_token(owner)
        await page.open(f"/console/login/{token}")
        await page.click("#sign-in")
        assert await page.text("h1") == "Overview"
        assert await page.text("#applications-waiting .figure") == "1"
        if SCREENSHOT:
            await asyncio.to_thread(driver.save_screenshot, SCREENSHOT)

        # Approve the application.
        async with database.read() as session:
            applicant = await session.scalar(
                select(Influencer.id).where(Influencer.status == "pending")
            )
        await page.open("/console/applications")
        await page.click(f"#claim-{applicant}")
        await page.click("#approve")
        assert "is approved" in await page.text("#notice")

        # Create a campaign.
        await page.open("/console/campaigns")
        await page.type("#new-campaign input[name=name]", "Winter Sale")
        await page.type(
            "#new-campaign input[name=url]", "https://shop.example.com/?aff={ref}&sub={code}"
        )
        await page.type("#new-campaign input[name=rate_standard]", "800")
        await page.type("#new-campaign input[name=domains]", "shop.example.com")
        await page.click("#create-campaign")
        assert "Winter Sale" in await page.text("#notice")

        # Pay one payout with a reference, the other through a SEPA file.
        await page.open("/console/payouts")
        await page.type(f"#reference-{by_reference}", "BANK-2026-0001")
        await page.click(f"#pay-{by_reference}")
        assert "marked as paid" in await page.text("#notice")
        await page.click(f"#select-{by_sepa}", navigates=False)
        await page.click("#sepa", navigates=False)  # a download: the page stays
        sepa_file = await wait_for_file(downloads, "sepa-*.xml")

        # Start a broadcast, then cancel it.
        await page.open("/console/broadcasts")
        await page.type("#text-en", "Winter Sale starts Monday")
        await page.click("#count")
        assert "It will reach" in await page.text("#audience")
        await page.click("#send")
        assert await page.text("#state") == "Scheduled"
        await page.click("#cancel")
        assert await page.text("#state") == "Cancelled"

        await page.click(".signout button")
        assert "signed out" in await page.text("#refusal")

    import xmlschema
    from sepaxml import validation

    schema = Path(validation.__file__).parent / "schemas" / "pain.001.001.03.xsd"
    document = sepa_file.read_text(encoding="utf-8")
    xmlschema.XMLSchema(str(schema)).validate(document)
    assert f"PAYOUT-{by_sepa}" in document and '<InstdAmt Ccy="EUR">60.00</InstdAmt>' in document

    async with database.read() as session:
        assert (
            await session.scalar(select(Influencer.status).where(Influencer.id == applicant))
            == "approved"
        )
        campaign = await session.scalar(select(Campaign).where(Campaign.name == "Winter Sale"))
        assert campaign is not None and campaign.rates == {"standard": 800}
        paid = {
            r.id: (r.status, r.reference, r.decided_by)
            for r in await session.scalars(select(PayoutRequest))
        }
        broadcast = await session.scalar(select(Broadcast))
    assert paid[by_reference] == ("paid", "BANK-2026-0001", "console:1")
    assert paid[by_sepa][0] == "paid" and str(paid[by_sepa][1]).endswith(f"/{by_sepa}")
    assert broadcast is not None and broadcast.state == "cancelled"
    sepa_file.unlink()

"""Helpers for browser tests: readiness, timing, screenshots, measurements."""

from __future__ import annotations

import time
from pathlib import Path

from playwright.sync_api import Page

PHONE = {"width": 390, "height": 844}
ARTIFACTS = Path(__file__).parents[2] / "artifacts"
MEASUREMENTS: list[str] = []


def wait_ready(page: Page) -> None:
    """Streamlit's own e2e readiness: connected, then the script has finished."""
    page.wait_for_selector("[data-testid=stApp][data-test-connection-state=CONNECTED]")
    page.wait_for_selector("[data-testid=stApp][data-test-script-state=notRunning]")


def open_page(page: Page, url: str) -> float:
    """Open ``url`` and return the seconds until the page is interactive."""
    started = time.perf_counter()
    page.goto(url)
    wait_ready(page)
    page.get_by_test_id("stMain").locator("h1").first.wait_for()
    return time.perf_counter() - started


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))

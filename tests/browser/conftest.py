"""The production set-up on loopback (two Streamlit replicas behind nginx) and Debian's
chromium driven by Playwright.

Browsers cannot be downloaded here, so the tests use /usr/bin/chromium (make test installs
it). When it is missing the tests fail rather than skip: CI must not pass without them.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from phone import MEASUREMENTS, PHONE
from playwright.sync_api import Browser, Page, expect, sync_playwright

ROOT = Path(__file__).parents[2]
sys.path.insert(0, str(ROOT / "deploy"))

import serve  # noqa: E402

# Plotly's chunk and a full rerun can take several seconds on a busy 2-core CI machine;
# waits end as soon as the expected state shows, so a generous limit costs nothing.
WAIT_MS = 30_000
expect.set_options(timeout=WAIT_MS)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The app as production serves it (deploy/serve.py, ``make serve``): two replicas behind
    nginx, so every flow passes through the proxy — its sticky sessions, its compression and
    the chunks it preloads — as a family's phone does."""
    try:
        deployment = serve.start(replicas=2)
    except RuntimeError as error:
        pytest.fail(str(error))
    yield deployment.url
    deployment.stop()


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run 'make test' (it installs Debian's chromium)")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def phone(browser: Browser, server: str) -> Iterator[Page]:
    """A 390x844 touch screen; fails the test on any request that leaves this machine."""
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    foreign: list[str] = []
    page.on("request", lambda r: foreign.append(r.url) if not r.url.startswith(server) else None)
    yield page
    context.close()
    assert not foreign, f"requests to other hosts: {foreign[:5]}"


def pytest_terminal_summary(terminalreporter) -> None:
    if MEASUREMENTS:
        terminalreporter.write_sep("-", "browser measurements")
        for line in MEASUREMENTS:
            terminalreporter.write_line(line)

"""Tap → result and cold load in a phone browser, against a bare page: prints, asserts nothing.

(run: python benchmarks/browser.py [OTHER_CHECKOUT/app.py]) One replica behind nginx as
``make serve`` starts it (deploy/serve.py), headless Chromium at 390x844, one page at a time:

1. Cold load of a shared link (a fresh browser context each time, so nothing is cached):
   the Schmidt-like Eingliederungshilfe link until its Kostenbeitrag is shown, and until
   both its charts are drawn once their panels are opened (a tap each, as a trainer opens
   them), against the bare one-widget page of benchmarks/load.py until its widget shows.
2. Tap → result text: the step-up button of a yearly income on the Schmidt-like link (as it
   opens, and with both charts open, which then redraw on every step), of the assets on the
   same link (a fragment of its own since 8 Dec 2026), one assessment answer on the care page
   (criterion 1.1 between two answers, which moves the points), against the bare page's
   step-up.

A second bare page has the bare page's input in a fragment with as many elements as the
income step's fragment sent before incomes and assets were split (36, counted on the
websocket; 20 since): what Streamlit itself costs a tap for that many elements. Its tap is
measured too, and the app's taps are printed with their ratio to it as well.

Medians; each app figure is printed with its ratio to the bare page of the same run. Given
another checkout's app.py (e.g. the commit before a change, exported with git archive),
it is measured the same way in the same run, for before/after figures.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from playwright.sync_api import Browser, Page, TimeoutError, sync_playwright

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "deploy"), str(ROOT / "tests" / "browser")]

import serve  # noqa: E402
from care import ON, full_scenario  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from flow import open_charts, step_up_button  # noqa: E402
from load import APP_PATH, BARE_LABEL, BARE_PAGE, CHANGED, READY, _load  # noqa: E402
from phone import PHONE  # noqa: E402

from engine.link import scenario_to_query  # noqa: E402
from i18n import Translator  # noqa: E402

# The full assessment of benchmarks/care.py, with benefits and Hilfe zur Pflege.
CARE_PATH = "/pflege?" + urlencode(
    {"lang": "de", "d": ON.isoformat(), **scenario_to_query(full_scenario())}
)
LOADS = 7
TAPS = 15
FRAGMENT_ELEMENTS = 36
ELEMENTS_PAGE = f"""import streamlit as st


@st.fragment
def part():
    value = st.number_input("{BARE_LABEL}", 0, 10_000_000, 50_000, 1_000)
    for line in range({FRAGMENT_ELEMENTS - 1}):
        st.markdown(f"Ergebnis {{line}}: {{value * line}}")


part()
"""
WAIT_MS = 60_000


def _context_page(browser: Browser) -> Page:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    return page


def cold_load_ms(browser: Browser, url: str, shown: Callable[[Page], None]) -> float:
    times = []
    for _ in range(LOADS):
        page = _context_page(browser)
        started = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(READY)
        shown(page)
        times.append((time.perf_counter() - started) * 1000)
        page.context.close()
    return statistics.median(times)


def tap_ms(
    browser: Browser,
    url: str,
    tap: Callable[[Page, int], None],
    prepare: Callable[[Page], object] = lambda page: None,
) -> float:
    page = _context_page(browser)
    page.goto(url)
    page.wait_for_selector(READY)
    page.get_by_test_id("stMain").locator("h1, [data-testid=stNumberInput]").first.wait_for()
    prepare(page)
    main = page.get_by_test_id("stMain")
    times = []
    for n in range(TAPS + 1):
        page.wait_for_selector(READY)
        before = main.inner_text()
        started = time.perf_counter()
        tap(page, n)
        page.wait_for_function(CHANGED, arg=[before], timeout=WAIT_MS, polling="raf")
        if n:  # the first tap warms the page up
            times.append((time.perf_counter() - started) * 1000)
    page.context.close()
    return statistics.median(times)


def step_up(label: str) -> Callable[[Page, int], None]:
    def tap(page: Page, _: int) -> None:
        step_up_button(page, label).click()

    return tap


def answer(page: Page, n: int) -> None:
    """Criterion 1.1 between "selbständig" and "überwiegend unselbständig" (the link's)."""
    options = page.get_by_test_id("stRadio").first.get_by_test_id("stRadioOption")
    options.nth(2 if n % 2 else 0).click()


def result_shown(page: Page) -> None:
    """The Kostenbeitrag (the result's box) of the Schmidt-like link."""
    page.get_by_test_id("stAlertContentWarning").first.wait_for()


def charts_drawn(page: Page) -> None:
    result_shown(page)
    wait_idle(page)
    open_charts(page)
    page.get_by_test_id("stPlotlyChart").nth(1).locator(".main-svg").first.wait_for()


def wait_idle(page: Page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_selector(READY)


def widget_shown(page: Page) -> None:
    page.get_by_label(BARE_LABEL).wait_for()


def measure(
    browser: Browser, name: str, script: str, bare: dict[str, float], elements: float = 0.0
) -> dict[str, float]:
    income = Translator("de")("field.einkommen.betrag_jahr")
    vermoegen = Translator("de")("field.egh.vermoegen")
    deployment = serve.start(replicas=1, script=script)
    figures: dict[str, float] = {}

    def note(what: str, measure: Callable[[], float]) -> None:
        try:
            ms = figures[what] = measure()
        except TimeoutError:
            print(f"{name:<8} {what:<22} timed out", flush=True)
            return
        base = bare.get(what.split(" /")[0])
        ratios = [f"{ms / base:.2f}x bare"] if base else []
        if ratios and elements and what.startswith("tap"):
            ratios.append(f"{ms / elements:.2f}x bare {FRAGMENT_ELEMENTS} elements")
        shown = f" ({', '.join(ratios)})" if ratios else ""
        print(f"{name:<8} {what:<22} {ms:7.0f} ms{shown}", flush=True)

    try:
        if name == "bare":
            url = deployment.url + "/"
            note("cold load", lambda: cold_load_ms(browser, url, widget_shown))
            note("tap → result", lambda: tap_ms(browser, url, step_up(BARE_LABEL)))
        elif name == "elements":
            url = deployment.url + "/"
            note("tap → result", lambda: tap_ms(browser, url, step_up(BARE_LABEL)))
        else:
            url = deployment.url + APP_PATH
            care = deployment.url + CARE_PATH
            note("cold load", lambda: cold_load_ms(browser, url, result_shown))
            note("cold load / charts", lambda: cold_load_ms(browser, url, charts_drawn))
            note("tap → result", lambda: tap_ms(browser, url, step_up(income)))
            note(
                "tap → result / charts",
                lambda: tap_ms(browser, url, step_up(income), charts_drawn),
            )
            note("tap → result / assets", lambda: tap_ms(browser, url, step_up(vermoegen)))
            note("tap → result /pflege", lambda: tap_ms(browser, care, answer))
    finally:
        deployment.stop()
    return figures


def main() -> None:
    # Another checkout goes first: the machine's load tends to grow while a run lasts.
    scripts = [("other", path) for path in sys.argv[1:]] + [("app", "app.py")]
    with tempfile.TemporaryDirectory() as folder:
        bare_script = Path(folder) / "bare.py"
        bare_script.write_text(BARE_PAGE, encoding="utf-8")
        elements_script = Path(folder) / "elements.py"
        elements_script.write_text(ELEMENTS_PAGE, encoding="utf-8")
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print(f"load average at start: {_load()}")
            print(f"medians: cold load of {LOADS}, tap of {TAPS}; one replica behind nginx")
            bare = measure(browser, "bare", str(bare_script), {})
            same = measure(browser, "elements", str(elements_script), {})
            elements = same.get("tap → result", 0.0)
            for name, script in scripts:
                measure(browser, name, script, bare, elements)
            browser.close()
    print(f"load average at the end: {_load()}")


if __name__ == "__main__":
    main()

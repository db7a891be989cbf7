"""Walking a screen as a person does: tap, wait until Streamlit is idle, read what is shown.

Every helper that changes something waits for the rerun it causes: it arms an observer on
the app before the tap and returns once the app has run (or redrawn) and is idle again.
Checks then go through settled(), which polls until the expected state is shown. No fixed
sleeps, so a slow machine makes a flow slower, never flaky.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from urllib.parse import parse_qsl, urlsplit

from phone import wait_ready
from playwright.sync_api import Locator, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from engine.link import scenario_from_query
from engine.scenario import Scenario

# A run shows as data-test-script-state "running". When the server's messages arrive
# together React may never draw that state; then a redrawn main area that has been quiet
# for a moment (like Playwright's "networkidle") tells that the run is over.
_ARM = """() => {
  const app = document.querySelector('[data-testid=stApp]');
  window.__hcRuns = 0;
  window.__hcRedrawn = 0;
  if (window.__hcWatched !== app) {
    window.__hcWatched = app;
    new MutationObserver(() => {
      if (app.getAttribute('data-test-script-state') === 'running') window.__hcRuns++;
    }).observe(app, {attributes: true, attributeFilter: ['data-test-script-state']});
    new MutationObserver(() => { window.__hcRedrawn = performance.now(); }).observe(
      document.querySelector('[data-testid=stMain]'),
      {subtree: true, childList: true, characterData: true, attributes: true});
  }
}"""
_IDLE_AFTER_RUN = """() => document.querySelector('[data-testid=stApp]')
  .getAttribute('data-test-script-state') === 'notRunning' && (window.__hcRuns > 0 ||
  (window.__hcRedrawn > 0 && performance.now() - window.__hcRedrawn > 500))"""

# Every visible input in the main area, in page order, as [kind, label, value].
_FIELDS = """() => [...document.querySelectorAll(`[data-testid=stMain] :is(
  [data-testid=stDateInput], [data-testid=stSelectbox], [data-testid=stMultiSelect],
  [data-testid=stNumberInput], [data-testid=stTextInput], [data-testid=stCheckbox],
  [data-testid=stRadio],
  [data-testid=stButtonGroup], [data-testid=stSlider])`)]
  .filter(w => w.checkVisibility({visibilityProperty: true}) && w.offsetHeight > 0)
  .map(w => {
    const kind = w.dataset.testid;
    const label = (w.querySelector('[data-testid=stWidgetLabel]')?.innerText || '').trim();
    const text = e => e.innerText.trim();
    let value;
    if (kind === 'stDateInput') value = w.querySelector('input[type=date]')?.value || '';
    else if (kind === 'stSelectbox' || kind === 'stNumberInput' || kind === 'stTextInput')
      value = w.querySelector('input').value;
    else if (kind === 'stMultiSelect') value = [...w.querySelectorAll('[data-tag]')].map(text);
    else if (kind === 'stCheckbox') value = w.querySelector('input').checked;
    else if (kind === 'stRadio') {
      const chosen = w.querySelector('input[type=radio]:checked');
      value = chosen ? text(chosen.closest('label')) : null;
    } else if (kind === 'stButtonGroup')
      value = [...w.querySelectorAll('button[aria-checked=true], button[aria-pressed=true]')]
        .map(text);
    else value = w.querySelector('[role=slider]')?.getAttribute('aria-valuenow');
    return [kind, label, value];
  })"""


def settled(page: Page, check: Callable[[], object], timeout: float = 15.0) -> None:
    """Run ``check`` until it passes: after a rerun, a widget seen for the first time is
    drawn a moment later (its code loads lazily). Polls like Playwright's expect."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            check()
            return
        except (AssertionError, KeyError):  # KeyError: the field is not drawn yet
            if time.monotonic() > deadline:
                raise
            page.wait_for_timeout(100)


def open_screen(page: Page, url: str) -> None:
    """Load a screen and wait until its first run has finished.

    Right after loading, the app can read "notRunning" before its first run began, so this
    also waits for the frame's last element (the footer's divider) to be drawn.
    """
    page.goto(url)
    wait_ready(page)
    page.get_by_test_id("stMain").locator("hr").last.wait_for()
    # Widget code is loaded on first use; wait until those chunks are in.
    page.wait_for_load_state("networkidle")
    wait_ready(page)


def rerun_after(page: Page, action: Callable[[], object]) -> None:
    """Do ``action`` and return once the rerun it causes has finished."""
    page.evaluate(_ARM)
    action()
    page.wait_for_function(_IDLE_AFTER_RUN)


def tap(page: Page, target: Locator) -> None:
    """A tap that changes something (button, option, checkbox), then wait for idle."""
    rerun_after(page, target.click)


# A chart's panel (ui/charts.show): its CSS class carries the panel's key.
CLOSED_CHART_PANEL = "[class*='st-key-chart-panel-'] details:not([open]) > summary"


def open_charts(page: Page) -> Locator:
    """Open every chart's panel as a family taps each open (each reruns the page) and
    return the charts once all are drawn."""
    # The panels are drawn with the page's last elements: wait for the first one.
    page.locator("[class*='st-key-chart-panel-']").first.wait_for()
    closed = page.locator(CLOSED_CHART_PANEL)
    while closed.count():
        tap(page, closed.first)
    charts = page.get_by_test_id("stPlotlyChart")
    for index in range(charts.count()):
        charts.nth(index).locator(".main-svg").first.wait_for()
    return charts


def tick(page: Page, label: str) -> None:
    """Tap a checkbox or toggle by its text (the box itself is a hidden input)."""
    box = page.get_by_test_id("stMain").get_by_test_id("stCheckbox")
    tap(page, box.filter(has=page.get_by_text(label, exact=True)).first.locator("label"))


def widget(page: Page, kind: str, label: str) -> Locator:
    """The visible widget of a kind (``stSelectbox`` …) whose label is exactly ``label``."""
    labelled = page.get_by_test_id("stWidgetLabel").get_by_text(label, exact=True)
    return page.get_by_test_id("stMain").get_by_test_id(kind).filter(has=labelled).first


def open_options(page: Page, kind: str, label: str) -> None:
    """Open a select box's list. A tap on the field opens it or not depending on focus and
    its arrow button toggles it, so the list is opened the keyboard's way (arrow down)."""
    field = widget(page, kind, label).locator("input")
    for attempt in range(3):  # a rerun arriving meanwhile redraws the box and closes it
        wait_ready(page)
        field.focus()
        field.press("ArrowDown")
        try:
            page.get_by_role("option").first.wait_for(timeout=10_000)
            return
        except PlaywrightTimeoutError:
            if attempt == 2:
                raise


def choose(page: Page, label: str, option: str) -> None:
    """Pick ``option`` in the select box labelled ``label``, as a finger would."""
    open_options(page, "stSelectbox", label)
    tap(page, page.get_by_role("option", name=option, exact=True))


def choose_by_keys(page: Page, label: str, option: str) -> None:
    """Pick ``option`` with the arrow keys and Enter. A tap on an option inside a panel
    sometimes finds the list drawn outside the phone's viewport (while the panel's content
    settles), and the tap never lands; the keys always reach it. A rerun arriving while the
    list is open redraws the box and closes the list: then it is opened again. Now and then
    (one run in six of the inheritance flow in Arabic, right after a preset) Enter on the
    focused option closes the list without choosing it, and nothing reaches the server:
    the box is read after Enter, and the option chosen again when it does not show."""
    field = widget(page, "stSelectbox", label).locator("input")
    wanted = page.get_by_role("option", name=option, exact=True)
    for attempt in range(3):
        open_options(page, "stSelectbox", label)
        try:
            for _ in range(len(page.get_by_role("option").all())):
                if wanted.get_attribute("data-focused", timeout=5_000) == "true":
                    break
                field.press("ArrowDown")
            if wanted.get_attribute("data-focused", timeout=5_000) == "true":
                rerun_after(page, lambda: field.press("Enter"))
                if field.input_value() == option:
                    return
        except PlaywrightTimeoutError:
            pass
        if attempt == 2:
            raise AssertionError(f"{option!r} could not be chosen in {label!r}")
        if page.get_by_role("option").count():
            field.press("Escape")


def step_up_button(page: Page, label: str) -> Locator:
    """The + button of the first number input labelled ``label``."""
    field = page.get_by_test_id("stNumberInput").filter(has=page.get_by_label(label))
    return field.first.get_by_test_id("stNumberInputStepUp")


def enter_number(page: Page, label: str, value: str) -> None:
    field = widget(page, "stNumberInput", label).locator("input")
    field.fill(value)
    rerun_after(page, lambda: field.press("Enter"))


def expand(page: Page, summary: str) -> None:
    """Open an expander (no rerun) unless it is open already."""
    details = page.get_by_test_id("stExpander").filter(has_text=summary).first
    if details.locator("details[open]").count() == 0:
        details.locator("summary").click()
    details.get_by_test_id("stExpanderDetails").wait_for()


def fields(page: Page) -> dict[str, object]:
    """label → value of every visible input; a repeated label gets "#2", "#3" appended."""
    shown: dict[str, object] = {}
    for _kind, label, value in page.evaluate(_FIELDS):
        key, n = label, 1
        while key in shown:
            n += 1
            key = f"{label}#{n}"
        shown[key] = value
    return shown


def amount(text: object) -> Decimal | None:
    """A number as an input shows it, German (35.000,00) or plain (35000.00)."""
    value = str(text).replace("\xa0", "").replace(" ", "").replace("€", "")
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    try:
        return Decimal(value)
    except InvalidOperation:
        return None


def url_query(page: Page) -> dict[str, str]:
    """The query of the address bar, as the share link would carry it."""
    return dict(parse_qsl(urlsplit(page.url).query))


def main_text(page: Page) -> str:
    return page.get_by_test_id("stMain").inner_text().replace("\xa0", " ")


def linked(page: Page) -> Scenario:
    """The scenario the address bar's link carries (language and date left aside)."""
    scenario, ignored = scenario_from_query(
        {k: v for k, v in url_query(page).items() if k not in ("lang", "d")}
    )
    assert ignored == []
    return scenario


class Sent:
    """The elements the server sends to a page, read off its websocket and decoded with
    Streamlit's own messages: what a tap reruns. Made before the page opens."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self._frames: list[bytes | str] = []
        page.on("websocket", lambda ws: ws.on("framereceived", self._received))

    def _received(self, frame: bytes | str) -> None:
        self._frames.append(frame)

    def by(self, action: Callable[[], object]) -> list[tuple[str, str]]:
        """Each element and block of the rerun ``action`` causes, as (kind, text or label)."""
        self._frames.clear()
        rerun_after(self.page, action)
        sent = []
        for frame in self._frames:
            if isinstance(frame, str):
                continue
            message = ForwardMsg.FromString(frame)
            if message.WhichOneof("type") != "delta":
                continue
            if message.delta.WhichOneof("type") == "add_block":
                sent.append(("block", message.delta.add_block.WhichOneof("type")))
                continue
            kind = message.delta.new_element.WhichOneof("type")
            element = getattr(message.delta.new_element, kind)
            sent.append((kind, getattr(element, "body", "") or getattr(element, "label", "")))
        return sent

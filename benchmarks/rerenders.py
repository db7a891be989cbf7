"""What a tap makes the phone's browser redraw: prints counts, asserts nothing.

(run: python benchmarks/rerenders.py) One replica behind nginx, headless Chromium at 390x844.
For one tap each — the asset and the income step-up on the Schmidt-like link, one assessment
answer on the care page — and for the bare pages of benchmarks/browser.py, it counts React's
commits during the tap and how often a component drawing one of the page's elements rendered
(through React's devtools hook, which the production bundle calls on every commit), beside
the elements on the page and the elements the tap's run sent.

Why: Streamlit 1.67's frontend renders every element of the page again on each commit of a
rerun, also those outside the fragment that ran (nothing keeps an unchanged element from
rendering), and a tap makes several commits (run started, each burst of messages, run
finished). A tap's cost in the browser therefore grows with the elements on the page,
whatever the fragment sends.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "deploy"), str(ROOT / "tests" / "browser")]

import serve  # noqa: E402
from browser import CARE_PATH, ELEMENTS_PAGE, answer, step_up, wait_idle  # noqa: E402
from conftest import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from flow import Sent  # noqa: E402
from load import APP_PATH, BARE_LABEL, BARE_PAGE, CHANGED, READY  # noqa: E402
from phone import PHONE  # noqa: E402

from i18n import Translator  # noqa: E402

OUTSIDE = 20
# The bare page's input in a fragment, below 20 texts and 20 select boxes it does not touch.
OUTSIDE_PAGE = f"""import streamlit as st

for line in range({OUTSIDE}):
    st.markdown(f"Text {{line}}")
    st.selectbox(f"Auswahl {{line}}", [1, 2], key=f"auswahl{{line}}")


@st.fragment
def part():
    value = st.number_input("{BARE_LABEL}", 0, 10_000_000, 50_000, 1_000)
    st.markdown(f"Ergebnis: {{value * 2}}")


part()
"""
# React calls the devtools hook on every commit; a component that rendered in the commit
# has props or state other than its previous version's.
COUNTING_HOOK = """
window.__hc = {counting: false, commits: 0, renders: 0};
const walk = (fiber) => {
  for (let f = fiber; f; f = f.sibling) {
    const before = f.alternate, props = f.memoizedProps;
    const drawsElement = props && props.node && (props.node.element || props.node.deltaBlock);
    if (drawsElement && (!before || before.memoizedProps !== props
        || before.memoizedState !== f.memoizedState)) window.__hc.renders += 1;
    walk(f.child);
  }
};
window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true, renderers: new Map(), isDisabled: false,
  inject: () => 1, checkDCE: () => {}, onCommitFiberUnmount: () => {},
  onPostCommitFiberRoot: () => {},
  onCommitFiberRoot: (id, root) => {
    if (!window.__hc.counting) return;
    window.__hc.commits += 1;
    walk(root.current.child);
  },
};
"""


def counted(browser: Browser, url: str, tap: Callable[[Page, int], None]) -> str:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.add_init_script(COUNTING_HOOK)
    sent = Sent(page)
    page.goto(url)
    page.wait_for_selector(READY)
    wait_idle(page)
    main = page.get_by_test_id("stMain")
    before = main.inner_text()
    tap(page, 0)  # the first tap loads what the page had not needed yet
    page.wait_for_function(CHANGED, arg=[before])
    wait_idle(page)
    page.evaluate("window.__hc.counting = true")
    before = main.inner_text()
    elements = len(sent.by(lambda: tap(page, 1)))
    wait_idle(page)
    hc = page.evaluate("window.__hc")
    on_page = main.get_by_test_id("stElementContainer").count()
    context.close()
    return (
        f"{on_page:3} elements on the page, {elements:3} sent: {hc['commits']} commits, "
        f"{hc['renders']:5} element renders"
    )


def main() -> None:
    tr = Translator("de")
    pages = [("bare", BARE_PAGE), ("elements", ELEMENTS_PAGE), ("outside", OUTSIDE_PAGE)]
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, script in pages:
            path = Path(folder) / f"{name}.py"
            path.write_text(script, encoding="utf-8")
            deployment = serve.start(replicas=1, script=str(path))
            try:
                print(f"{name:<16}", counted(browser, deployment.url + "/", step_up(BARE_LABEL)))
            finally:
                deployment.stop()
        deployment = serve.start(replicas=1)
        taps = [
            ("app assets", APP_PATH, step_up(tr("field.egh.vermoegen"))),
            ("app income", APP_PATH, step_up(tr("field.einkommen.betrag_jahr"))),
            ("app /pflege", CARE_PATH, answer),
        ]
        try:
            for name, path, tap in taps:
                print(f"{name:<16}", counted(browser, deployment.url + path, tap))
        finally:
            deployment.stop()
        browser.close()


if __name__ == "__main__":
    main()

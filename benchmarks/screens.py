"""Page script per rerun on every screen, against bare pages: prints figures, asserts nothing.

(run: python benchmarks/screens.py) Every screen is opened with a filled-in household (the
full assessment of benchmarks/care.py, the Schmidt family of the guide) and rerun as a tap
would rerun it. Timed is the script run itself on the server's script thread (not
AppTest's polling around it), with the compiled scripts kept between runs as a server keeps
them (AppTest alone would compile app.py and the page again on every run).

Two bare pages run in the same process: one number input (the issue's "bare page"), and
one with as many widgets of the same kinds as the screen (what Streamlit itself costs for
those widgets). Ratios are printed against both.

Then taps that change the result, as benchmarks/browser.py taps in a browser: the step-up
of a yearly income on the Schmidt family (a new Kostenbeitrag and both charts each tap)
and criterion 1.1 of the full assessment between two answers, against the bare page's
step-up. The server's whole run is timed: the evaluation and the charts of a new input.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import streamlit.testing.v1.app_test as app_test
import streamlit.testing.v1.local_script_runner as local_script_runner
from streamlit.runtime.scriptrunner import script_runner
from streamlit.runtime.scriptrunner.script_cache import ScriptCache
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from care import ON, full_scenario  # noqa: E402

from engine.eingliederungshilfe.beispiele import BEISPIELE  # noqa: E402
from engine.link import scenario_to_query  # noqa: E402
from engine.scenario import Scenario  # noqa: E402
from engine.uebersicht.beispiele import BIBLIOTHEK  # noqa: E402
from i18n import Translator  # noqa: E402

RUNS = 25
WIDGET_KINDS = {
    "radio": 'st.radio("r{i}", [0, 1, 2, 3], key="r{i}")',
    "selectbox": 'st.selectbox("s{i}", [1, 2, 3], key="s{i}")',
    "number_input": 'st.number_input("n{i}", 0, 999, key="n{i}")',
    "checkbox": 'st.checkbox("c{i}", key="c{i}")',
    "toggle": 'st.toggle("t{i}", key="t{i}")',
    "slider": 'st.slider("l{i}", 0, 100, key="l{i}")',
    "button": 'st.button("b{i}", key="b{i}")',
    "date_input": 'st.date_input("d{i}", None, key="d{i}")',
    "segmented_control": 'st.segmented_control("g{i}", [1, 2], key="g{i}")',
    "multiselect": 'st.multiselect("m{i}", [1, 2, 3], key="m{i}")',
}
ONE_WIDGET = 'import streamlit as st\n\nst.number_input("n", 0, 999, key="n")\n'
INCOME = Translator("de")("field.einkommen.betrag_jahr")
CRITERION_1_1 = "scenario.pflege.begutachtung.antworten.1.1"

_SHARED_CACHE = ScriptCache()
_script_ms: list[float] = []


def _keep_compiled_scripts() -> None:
    """One script cache for every run, as a server's runtime has; and time each run."""
    app_test.ScriptCache = lambda: _SHARED_CACHE  # type: ignore[attr-defined]
    local_script_runner.ScriptCache = lambda: _SHARED_CACHE  # type: ignore[attr-defined]
    run_script = script_runner.ScriptRunner._run_script

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return run_script(self, *args, **kwargs)
        finally:
            _script_ms.append((time.perf_counter() - started) * 1000)

    script_runner.ScriptRunner._run_script = timed  # type: ignore[method-assign]


def script_ms(rerun: Callable[[], object], runs: int = RUNS) -> float:
    """Median script time of ``runs`` reruns."""
    del _script_ms[:]
    for _ in range(runs):
        rerun()
    return statistics.median(_script_ms)


def open_screen(
    page: str | None, on: str, scenario: Scenario, extra: dict[str, str] | None = None
) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    query = {"lang": "de", "d": on, **scenario_to_query(scenario), **(extra or {})}
    for key, value in query.items():
        at.query_params[key] = value
    at.run()
    if page:
        at.switch_page(page).run()
    return at


def widget_counts(at: AppTest) -> dict[str, int]:
    return {kind: len(at.get(kind)) for kind in WIDGET_KINDS}


def bare_ms(script: str, folder: Path) -> float:
    path = folder / f"bare{abs(hash(script))}.py"
    path.write_text(script, encoding="utf-8")
    at = AppTest.from_file(str(path), default_timeout=60)
    at.run()
    return script_ms(at.run)


def same_widgets(counts: dict[str, int]) -> str:
    lines = ["import streamlit as st"]
    for kind, count in counts.items():
        lines += [WIDGET_KINDS[kind].format(i=i) for i in range(count)]
    return "\n".join(lines) + "\n"


def step_up(at: AppTest, label: str) -> Callable[[], object]:
    """The first field with this label (the first parent's income), as the browser taps."""
    key = next(field.key for field in at.number_input if field.label == label)
    return lambda: at.number_input(key=key).increment().run()


def between_answers(at: AppTest, key: str, answers: tuple[int, int]) -> Callable[[], object]:
    taps = iter(range(10**6))
    return lambda: at.radio(key=key).set_value(answers[next(taps) % 2]).run()


def print_taps(on: str, folder: Path) -> None:
    path = folder / "bare_tap.py"
    path.write_text(ONE_WIDGET, encoding="utf-8")
    bare = AppTest.from_file(str(path), default_timeout=60)
    bare.run()
    one = script_ms(lambda: bare.number_input(key="n").increment().run())
    print(f"tap that changes the result (median of {RUNS}); bare page's step-up: {one:.1f} ms")
    schmidt = BEISPIELE["schmidt"]
    egh = open_screen(
        "screens/eingliederungshilfe.py", schmidt.rechtsstand.isoformat(), schmidt.scenario
    )
    care = open_screen("screens/pflege.py", on, full_scenario())
    taps = (
        ("eingliederungshilfe, income step-up", egh, step_up(egh, INCOME)),
        ("pflege, criterion 1.1", care, between_answers(care, CRITERION_1_1, (0, 2))),
    )
    for title, _, tap in taps:
        ms = script_ms(tap)
        print(f"{title:<36} {ms:>6.1f} ms {ms / one:>6.1f}x", flush=True)


def screens() -> list[tuple[str, str | None, str, Scenario, dict[str, str]]]:
    """Every screen, filled in: the full assessment for care, the Schmidt family for the
    integration aid, and for each other screen the library's household that draws its
    charts (title, page, Rechtsstand, household, further link parameters)."""
    entries = {entry.key: entry for entry in BIBLIOTHEK}
    full = ("pflege", "screens/pflege.py", ON.isoformat(), full_scenario(), {})
    with_entry = [
        ("eingliederungshilfe", "schmidt", {}),
        ("kinder", "kinder_werkstatt", {}),
        ("arbeit", "arbeit_arbeitsbereich", {}),
        ("steuern", "steuern_eltern", {}),
        ("erbe", "erbe_eltern", {}),
        ("widerspruch", "widerspruch_pflegegrad", {}),
        ("uebersicht", "amira", {}),
        ("vergleich", "amira", {"yt": "pg_plus"}),
        ("bibliothek", "amira", {}),
    ]
    return [
        ("home", None, ON.isoformat(), full_scenario(), {}),
        full,
        *(
            (
                title,
                f"screens/{title}.py",
                entries[key].rechtsstand.isoformat(),
                entries[key].scenario,
                extra,
            )
            for title, key, extra in with_entry
        ),
        ("betraege", "screens/betraege.py", ON.isoformat(), full_scenario(), {}),
    ]


def main() -> None:
    _keep_compiled_scripts()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        one = bare_ms(ONE_WIDGET, folder)
        print(f"bare page, one number input: {one:.1f} ms a rerun (median of {RUNS})")
        print(
            f"{'screen':<20} {'widgets':>7} {'script':>8} {'bare same':>10} "
            f"{'/ same':>7} {'/ one':>7}"
        )
        for title, page, on, scenario, extra in screens():
            at = open_screen(page, on, scenario, extra)
            counts = widget_counts(at)
            screen = script_ms(at.run)
            same = bare_ms(same_widgets(counts), folder)
            print(
                f"{title:<20} {sum(counts.values()):>7} {screen:>6.1f} ms {same:>7.1f} ms "
                f"{screen / same:>6.1f}x {screen / one:>6.1f}x",
                flush=True,
            )
        print_taps(ON.isoformat(), folder)


if __name__ == "__main__":
    main()

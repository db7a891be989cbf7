"""Benchmark of the care screen: prints figures, asserts nothing (run: python benchmarks/care.py).

1. Engine: one full assessment (every criterion answered) plus all benefits and Hilfe zur
   Pflege for one date, median of many runs.
2. Server side: one rerun of the care page with that assessment (AppTest runs the script
   in-process, so this is the script time a server spends per interaction), against a bare
   Streamlit page with the same number of widgets of the same kinds; printed as a ratio.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from timing import median_ms  # noqa: E402

from engine.evaluate import evaluate  # noqa: E402
from engine.link import scenario_to_query  # noqa: E402
from engine.pflege.nba import KRITERIEN, Skala  # noqa: E402
from engine.scenario import Scenario  # noqa: E402

ON = date(2026, 11, 23)
WIDGET_KINDS = ("radio", "selectbox", "number_input", "checkbox", "toggle", "slider", "button")


def full_scenario() -> Scenario:
    antworten = {k.nummer: 2 for k in KRITERIEN if k.skala not in (Skala.messung, Skala.ja_nein)}
    messungen = {"5.1": {"anzahl": 3, "je": "tag"}, "5.13": {"anzahl": 2, "je": "woche"}}
    return Scenario.model_validate(
        {
            "person": {"geburtsdatum": "1960-02-01"},
            "pflege": {
                "begutachtung": {"antworten": antworten, "messungen": messungen},
                "sachleistung_anteil": "0.5",
                "pflegeperson": {"pflege_stunden_woche": 20, "pflege_tage_woche": 7},
                "hilfe_zur_pflege": {"bedarf_monat": 3000, "einkommen_monat": 2500},
            },
        }
    )


def care_app(scenario: Scenario) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    for key, value in {"lang": "de", "d": ON.isoformat(), **scenario_to_query(scenario)}.items():
        at.query_params[key] = value
    at.run()
    at.switch_page("screens/pflege.py").run()
    return at


def widget_counts(at: AppTest) -> dict[str, int]:
    return {kind: len(at.get(kind)) for kind in WIDGET_KINDS}


def bare_page(counts: dict[str, int]) -> str:
    lines = ["import streamlit as st"]
    makers = {
        "radio": 'st.radio("r{i}", [0, 1, 2, 3], key="r{i}")',
        "selectbox": 'st.selectbox("s{i}", [1, 2, 3], key="s{i}")',
        "number_input": 'st.number_input("n{i}", 0, 999, key="n{i}")',
        "checkbox": 'st.checkbox("c{i}", key="c{i}")',
        "toggle": 'st.toggle("t{i}", key="t{i}")',
        "slider": 'st.slider("l{i}", 0, 100, key="l{i}")',
        "button": 'st.button("b{i}", key="b{i}")',
    }
    for kind, count in counts.items():
        lines += [makers[kind].format(i=i) for i in range(count)]
    return "\n".join(lines) + "\n"


def main() -> None:
    scenario = full_scenario()
    engine_ms = median_ms(lambda: evaluate(scenario, ON), 200)
    result = evaluate(scenario, ON).pflege
    print(f"engine: full assessment + benefits: {engine_ms:.2f} ms (median of 200)")
    print(f"  -> Pflegegrad {result.pflegegrad}, {result.begutachtung.gesamtpunkte} points")

    at = care_app(scenario)
    counts = widget_counts(at)
    care_ms = median_ms(at.run, 15)
    with tempfile.TemporaryDirectory() as folder:
        bare = Path(folder) / "bare.py"
        bare.write_text(bare_page(counts), encoding="utf-8")
        bare_at = AppTest.from_file(str(bare), default_timeout=60)
        bare_at.run()
        bare_ms = median_ms(bare_at.run, 15)
    total = sum(counts.values())
    kinds = ", ".join(f"{kind} {n}" for kind, n in counts.items() if n)
    print(f"widgets on the care page: {total} ({kinds})")
    print(f"care page rerun (server side): {care_ms:.0f} ms (median of 15)")
    print(f"bare page, same widgets:       {bare_ms:.0f} ms (median of 15)")
    print(f"ratio care / bare: {care_ms / bare_ms:.1f}x")


if __name__ == "__main__":
    main()

"""Benchmark of the Grundsicherung sweep against the bare page: prints figures, asserts
nothing.

(run: python benchmarks/arbeit.py) The work screen draws the Grundsicherung across 500
Werkstatt pays. This times the engine's sweep, the figure, and the whole work screen per
rerun, beside a bare Streamlit page (one number input) measured in the same run the way
benchmarks/screens.py measures it.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from timing import median_ms  # noqa: E402

from engine.arbeit.beispiele import BEISPIELE  # noqa: E402
from engine.arbeit.rules import verlauf  # noqa: E402
from engine.evaluate import evaluate_arbeit  # noqa: E402
from i18n import Translator  # noqa: E402
from screens import (  # noqa: E402
    ONE_WIDGET,
    _keep_compiled_scripts,
    bare_ms,
    open_screen,
    script_ms,
)
from ui import charts  # noqa: E402

POINTS = 500


def main() -> None:
    _keep_compiled_scripts()
    beispiel = BEISPIELE["arbeitsbereich"]
    s, on = beispiel.scenario, beispiel.rechtsstand
    gs = evaluate_arbeit(s, on).grundsicherung
    bis = gs.gesamtbedarf.amount * 5 / 2
    print(f"Aylin (Arbeitsbereich, G, own flat): Grundsicherung {gs.zahlbetrag.value.amount} €")
    whole = median_ms(lambda: evaluate_arbeit(s, on), 100)
    print(f"engine, whole result: {whole:.2f} ms (median of 100)")
    sweep_ms = median_ms(lambda: verlauf(s.arbeit, s.person, s.eltern, on, bis, POINTS), 10)
    print(f"sweep, {POINTS} Werkstatt pays: {sweep_ms:.1f} ms (median of 10)")
    punkte = verlauf(s.arbeit, s.person, s.eltern, on, bis, POINTS)
    rows = [(p.entgelt, p.grundsicherung, p.gesamt) for p in punkte]
    tr = Translator("de")
    build = charts.grundsicherung_verlauf.__wrapped__  # type: ignore[attr-defined]
    entgelt = punkte[0].entgelt
    figure_ms = median_ms(lambda: build(tr, rows, entgelt), 10)
    print(f"sweep chart figure ({POINTS} points): {figure_ms:.1f} ms (median of 10)")
    with tempfile.TemporaryDirectory() as folder:
        bare = bare_ms(ONE_WIDGET, Path(folder))
    at = open_screen("screens/arbeit.py", on.isoformat(), s)
    screen = script_ms(at.run)
    print(f"bare page (one number input): {bare:.1f} ms per rerun (median)")
    print(f"work screen with the sweep kept: {screen:.1f} ms per rerun (median)")
    print(f"sweep / bare page: {sweep_ms / bare:.1f}×; screen / bare page: {screen / bare:.1f}×")


if __name__ == "__main__":
    main()

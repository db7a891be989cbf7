"""Benchmark of the Kostenbeitrag sweep: prints figures, asserts nothing.

(run: python benchmarks/eingliederungshilfe.py) The chart of the contribution across an
income range must stay fast; this times the engine's sweep (401 incomes) and the figure.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).parents[1]
sys.path.insert(0, str(ROOT))

from timing import median_ms  # noqa: E402

from engine.eingliederungshilfe.beispiele import BEISPIELE  # noqa: E402
from engine.eingliederungshilfe.rules import kostenbeitrag_verlauf  # noqa: E402
from engine.evaluate import evaluate_eingliederungshilfe  # noqa: E402
from i18n import Translator  # noqa: E402
from ui import charts  # noqa: E402


def main() -> None:
    beispiel = BEISPIELE["schmidt"]
    on = beispiel.rechtsstand
    ergebnis = evaluate_eingliederungshilfe(beispiel.scenario, on)
    grenze = ergebnis.einkommensgrenze.value.amount  # type: ignore[union-attr]
    beitrag = ergebnis.kostenbeitrag.value.amount  # type: ignore[union-attr]
    bis = grenze * 2
    print(f"Schmidt family: limit {grenze} €, contribution {beitrag} € a month")
    whole = median_ms(lambda: evaluate_eingliederungshilfe(beispiel.scenario, on), 200)
    print(f"engine, whole result: {whole:.2f} ms (median of 200)")
    for punkte in (400, 1000):
        ms = median_ms(lambda n=punkte: kostenbeitrag_verlauf(grenze, bis, on, n), 50)
        print(f"sweep, {punkte + 1} incomes: {ms:.2f} ms (median of 50)")
    sweep = kostenbeitrag_verlauf(grenze, bis, on)
    tr = Translator("de")
    build = charts.verlauf.__wrapped__  # type: ignore[attr-defined]
    figure_ms = median_ms(lambda: build(tr, sweep, Decimal(70000), beitrag), 20)
    print(f"sweep chart figure (401 points): {figure_ms:.1f} ms (median of 20)")
    again_ms = median_ms(lambda: charts.verlauf(tr, sweep, Decimal(70000), beitrag), 20)
    print(f"  the same figure again (kept): {again_ms:.2f} ms (median of 20)")


if __name__ == "__main__":
    main()

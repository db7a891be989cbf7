"""Showing overview lines: one card a line (overview, projector) and the comparison chart."""

from __future__ import annotations

from decimal import Decimal

import streamlit as st

from engine.uebersicht.vergleich import Differenz
from engine.uebersicht.zeilen import BEREICH, Uebersicht, Zeile
from i18n import Translator
from ui import charts, render
from ui.zusammenfassung import summe_lines, zeile_details, zeile_titel

# The browser's own print: only the content, no frame, no buttons, each card on one page.
PRINT_STYLE = """
@media print {
  [data-testid="stHeader"], [data-testid="stSidebar"], [data-testid="stToolbar"],
  [data-testid="stDecoration"], [data-testid="stBottom"], [data-testid="stMain"] button,
  [data-testid="stDownloadButton"], [data-testid="stExpander"], [data-testid="stPageLink"],
  [data-testid="stButtonGroup"], .hc-share { display: none !important; }
  [data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: none !important; }
  [data-testid="stVerticalBlockBorderWrapper"] { break-inside: avoid; }
  body { font-size: 11pt; color: #000; }
}
"""
# Projector: large type for a room, one line at a time, the frame's inputs out of sight.
PROJECTOR_STYLE = """
[data-testid="stMain"] :is(p, li) { font-size: 1.6rem; line-height: 1.45; }
[data-testid="stMain"] h1 { font-size: 2.4rem; }
[data-testid="stMain"] h2 { font-size: 2rem; }
[data-testid="stMain"] :is([data-testid="stExpander"], [data-testid="stDateInput"],
  [data-testid="stButtonGroup"]) { display: none; }
"""


# A link names an area; on a phone a long name (Arabic with the German term beside
# it) wraps instead of being cut off.
LINK_STYLE = """
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] :is(span, p) {
  white-space: normal; overflow: visible; text-overflow: clip; }
"""


def print_style() -> None:
    """The browser's print, and the cards' links that wrap (overview and comparison)."""
    st.html(f"<style>{PRINT_STYLE}{LINK_STYLE}</style>")


def projector_style() -> None:
    st.html(f"<style>{PROJECTOR_STYLE}</style>")


def zeile(tr: Translator, item: Zeile, number: int, link: bool = True) -> None:
    """One line as a card: name and amount, who pays, the paragraph, the day that matters,
    and the way to its explanation on the area's screen."""
    with st.container(border=True):
        lines = [f"**{number}. {zeile_titel(tr, item)}**", *zeile_details(tr, item)]
        st.markdown("  \n".join(lines))
        if link:
            st.page_link(
                item.seite,
                label=tr("uebersicht.oeffnen", bereich=tr(BEREICH[item.bereich].name)),
                use_container_width=True,
            )


def nicht_abgedeckt(tr: Translator, stand: Uebersicht) -> None:
    for bereich, result in stand.nicht_abgedeckt:
        st.subheader(tr(BEREICH[bereich].name), anchor=False)
        render.not_covered(tr, result)


def summe(tr: Translator, stand: Uebersicht) -> str:
    return "  \n".join(summe_lines(tr, stand))


def wert(tr: Translator, item: Zeile | None) -> str:
    """A line's amount or free/not free, its day, no claim, or that it does not apply."""
    if item is None:
        return tr("vergleich.entfaellt")
    if not item.anspruch:
        return tr("uebersicht.kein_anspruch")
    if item.betrag is not None:
        text = tr.quantity(item.betrag)
    elif item.kostenfrei is not None:
        text = tr("uebersicht.kostenfrei") if item.kostenfrei else tr("uebersicht.mit_beitrag")
    elif item.frist is not None:
        text = tr.date(item.frist.datum)
    else:
        text = tr("vergleich.ja")
    return tr("vergleich.wert_vorbehalt", wert=text) if item.vorbehalt else text


def signed(tr: Translator, amount: Decimal) -> str:
    """A difference with its sign, left to right in both languages (+201,00 €)."""
    text = tr.money(abs(amount)).lstrip("\u200f")
    return tr.isolate(("+" if amount > 0 else "−" if amount < 0 else "±") + text)


@charts.built_once
def differenz(tr: Translator, rows: list[tuple[str, Decimal]], total: Decimal) -> charts.Chart:
    """The change per month of each line that changes, and the total, as bars from zero:
    more to the right in German, to the left in Arabic; names above their bars."""
    rows = [*rows, (tr("vergleich.chart.gesamt"), total)]
    names = [charts._text(tr, name) for name, _ in rows]
    amounts = [amount for _, amount in rows]
    bar = charts.named_bars(
        names,
        amounts,
        [signed(tr, amount) for amount in amounts],
        ["#0072B2" if amount >= 0 else "#D55E00" for amount in amounts],
    )
    largest = max((abs(float(amount)) for _, amount in rows), default=1.0) or 1.0
    span = [-largest * 1.6, largest * 1.6]
    return charts.legible_figure(
        [bar],
        {
            **charts._layout(tr, 70 + 64 * len(rows), showlegend=False),
            "annotations": charts.names_above(tr, names),
            "title": {
                "text": charts._text(tr, tr("vergleich.chart.titel")),
                "x": 0.98 if tr.rtl else 0.02,
                "xanchor": "right" if tr.rtl else "left",
            },
            "xaxis": {
                "visible": False,
                "fixedrange": True,
                "range": span[::-1] if tr.rtl else span,
                "zeroline": True,
            },
            "yaxis": {"visible": False, "autorange": "reversed", "fixedrange": True},
            "shapes": [
                {
                    "type": "line",
                    "x0": 0,
                    "x1": 0,
                    "yref": "paper",
                    "y0": 0,
                    "y1": 1,
                    "line": {"color": charts.TEXT, "width": 1},
                }
            ],
        },
    )


def differenz_rows(tr: Translator, diffs: list[Differenz]) -> list[tuple[str, Decimal]]:
    return [(tr(d.zeile.name), d.monatlich) for d in diffs if d.monatlich]

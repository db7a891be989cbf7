"""The children's screen's charts: need against means (Kindergeld for an adult child) and
the life-stage timeline. Built once per result and language (ui/charts.py built_once)."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from engine.kinder.rules import Lebensbedarf
from engine.kinder.zeitleiste import Lebensabschnitt
from i18n import Translator
from ui.charts import FONT, LEGEND_ROW, TEXT, UNCOUNTED, _layout, _legend_below, _text, built_once

# Okabe–Ito colours, as the care charts: need parts blue shades, means green/orange.
TEILE = (
    # First in both bars, so the part that counts on both sides lines up.
    ("pflegegeld", "#CC79A7"),
    ("grundbedarf", "#0072B2"),
    ("mehrbedarf", "#56B4E9"),
    ("einkommen", "#009E73"),
    ("grundsicherung", "#E69F00"),
)
BEDARF = ("grundbedarf", "mehrbedarf", "pflegegeld")
MITTEL = ("einkommen", "grundsicherung", "pflegegeld")
ZUKUNFT, VORBEI = "#0b57a4", UNCOUNTED
ZEILE = 80  # px per timeline point: two text lines at FONT px and room for the date line


@built_once
def bedarf_mittel(tr: Translator, bedarf: Lebensbedarf) -> go.Figure:
    """Two stacked bars, the child's monthly need and its means (DA-KG A 19): Kindergeld
    when the means bar stays below the need bar."""
    zeilen = [tr("chart.kinder.bedarf"), tr("chart.kinder.mittel")]
    figure = go.Figure()
    for teil, farbe in TEILE:
        betrag = getattr(bedarf, teil)
        if not betrag:
            continue
        werte = [betrag if teil in BEDARF else 0, betrag if teil in MITTEL else 0]
        figure.add_bar(
            y=[_text(tr, z) for z in zeilen],
            x=[float(w) for w in werte],
            orientation="h",
            name=_text(tr, tr(f"chart.kinder.{teil}")),
            marker={"color": farbe},
            hoverinfo="skip",
        )
    eintraege = len(figure.data)
    summen = [bedarf.bedarf, bedarf.mittel]
    hoechst = float(max(summen))
    figure.add_scatter(
        y=[_text(tr, z) for z in zeilen],
        x=[float(s) for s in summen],
        mode="text",
        text=[tr.euros(s) for s in summen],
        textposition="middle left" if tr.rtl else "middle right",
        textfont={"size": FONT, "color": TEXT},
        showlegend=False,
        hoverinfo="skip",
    )
    figure.update_layout(
        **_layout(tr, 150 + LEGEND_ROW * eintraege, **_legend_below(tr, eintraege)),
        barmode="stack",
        xaxis={
            "visible": False,
            "fixedrange": True,
            "range": [hoechst * 1.45, 0] if tr.rtl else [0, hoechst * 1.45],
        },
        yaxis={
            "fixedrange": True,
            "autorange": "reversed",
            "side": "right" if tr.rtl else "left",
        },
    )
    # plotly measures tick labels wrongly inside a right-to-left page and clips them.
    figure.update_layout(margin={"r": 72} if tr.rtl else {"l": 72})
    return figure


@built_once
def zeitleiste(tr: Translator, punkte: tuple[Lebensabschnitt, ...], heute: date) -> go.Figure:
    """The child's life stages top to bottom: a dot per point (grey once passed), its short
    name and day beside it, and a line for the Rechtsstand date. Vertical, so it reads on
    a phone without a wide time axis."""
    ys = list(range(len(punkte)))
    figure = go.Figure()
    figure.add_scatter(
        x=[0] * len(punkte),
        y=ys,
        mode="lines+markers+text",
        line={"color": UNCOUNTED, "width": 2},
        marker={
            "size": 16,
            "color": [VORBEI if p.vorbei else ZUKUNFT for p in punkte],
            "line": {"color": "white", "width": 2},
        },
        text=[
            _text(
                tr,
                tr("chart.zeitleiste.punkt", name=tr(f"zeitleiste.{p.key}.kurz"))
                + "<br>"
                + tr.date(p.datum),
            )
            for p in punkte
        ],
        textposition="middle left" if tr.rtl else "middle right",
        textfont={"size": FONT, "color": TEXT},
        showlegend=False,
        hoverinfo="skip",
    )
    # The Rechtsstand between the last passed point and the next one.
    vorbei = sum(p.vorbei for p in punkte)
    figure.add_hline(
        y=vorbei - 0.5,
        line={"color": "#D55E00", "width": 2, "dash": "dash"},
        annotation={
            "text": _text(tr, tr("chart.zeitleiste.heute", datum=tr.date(heute))),
            "font": {"size": FONT, "color": "#D55E00"},
            "xanchor": "left" if tr.rtl else "right",
        },
        # On the side away from the points' names, so the two never overlap.
        annotation_position="top left" if tr.rtl else "top right",
    )
    figure.update_layout(
        **_layout(tr, 40 + ZEILE * len(punkte), showlegend=False),
        xaxis={"visible": False, "fixedrange": True, "range": [1, -0.08] if tr.rtl else [-0.08, 1]},
        yaxis={
            "visible": False,
            "fixedrange": True,
            "range": [len(punkte) - 0.5, -0.7],
        },
    )
    return figure

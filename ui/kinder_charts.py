"""The children's screen's charts: need against means (Kindergeld for an adult child) and
the life-stage timeline. Built once per result and language (ui/charts.py built_once)."""

from __future__ import annotations

from datetime import date

from engine.kinder.rules import Lebensbedarf
from engine.kinder.zeitleiste import Lebensabschnitt
from i18n import Translator
from ui.charts import (
    FONT,
    LEGEND_ROW,
    TEXT,
    UNCOUNTED,
    Chart,
    _layout,
    _legend_below,
    _text,
    built_once,
    legible_figure,
)

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
ZUKUNFT, VORBEI, HEUTE = "#0b57a4", UNCOUNTED, "#D55E00"
ZEILE = 80  # px per timeline point: two text lines at FONT px and room for the date line


@built_once
def bedarf_mittel(tr: Translator, bedarf: Lebensbedarf) -> Chart:
    """Two stacked bars, the child's monthly need and its means (DA-KG A 19): Kindergeld
    when the means bar stays below the need bar."""
    zeilen = [_text(tr, z) for z in (tr("chart.kinder.bedarf"), tr("chart.kinder.mittel"))]
    balken = [
        {
            "type": "bar",
            "y": zeilen,
            "x": [float(betrag if teil in BEDARF else 0), float(betrag if teil in MITTEL else 0)],
            "orientation": "h",
            "name": _text(tr, tr(f"chart.kinder.{teil}")),
            "marker": {"color": farbe},
            "hoverinfo": "skip",
        }
        for teil, farbe in TEILE
        if (betrag := getattr(bedarf, teil))
    ]
    summen = [bedarf.bedarf, bedarf.mittel]
    hoechst = float(max(summen))
    summentext = {
        "type": "scatter",
        "y": zeilen,
        "x": [float(s) for s in summen],
        "mode": "text",
        "text": [tr.euros(s) for s in summen],
        "textposition": "middle left" if tr.rtl else "middle right",
        "textfont": {"size": FONT, "color": TEXT},
        "showlegend": False,
        "hoverinfo": "skip",
    }
    layout = _layout(tr, 150 + LEGEND_ROW * len(balken), **_legend_below(tr, len(balken)))
    # plotly measures tick labels wrongly inside a right-to-left page and clips them.
    rand = {"r": 72} if tr.rtl else {"l": 72}
    return legible_figure(
        [*balken, summentext],
        {
            **layout,
            "margin": {**layout["margin"], **rand},
            "barmode": "stack",
            "xaxis": {
                "visible": False,
                "fixedrange": True,
                "range": [hoechst * 1.45, 0] if tr.rtl else [0, hoechst * 1.45],
            },
            "yaxis": {
                "fixedrange": True,
                "autorange": "reversed",
                "side": "right" if tr.rtl else "left",
            },
        },
    )


@built_once
def zeitleiste(tr: Translator, punkte: tuple[Lebensabschnitt, ...], heute: date) -> Chart:
    """The child's life stages top to bottom: a dot per point (grey once passed), its short
    name and day beside it, and a line for the Rechtsstand date. Vertical, so it reads on
    a phone without a wide time axis."""
    linie = {
        "type": "scatter",
        "x": [0] * len(punkte),
        "y": list(range(len(punkte))),
        "mode": "lines+markers+text",
        "line": {"color": UNCOUNTED, "width": 2},
        "marker": {
            "size": 16,
            "color": [VORBEI if p.vorbei else ZUKUNFT for p in punkte],
            "line": {"color": "white", "width": 2},
        },
        "text": [
            _text(
                tr,
                tr("chart.zeitleiste.punkt", name=tr(f"zeitleiste.{p.key}.kurz"))
                + "<br>"
                + tr.date(p.datum),
            )
            for p in punkte
        ],
        "textposition": "middle left" if tr.rtl else "middle right",
        "textfont": {"size": FONT, "color": TEXT},
        "showlegend": False,
        "hoverinfo": "skip",
    }
    # The Rechtsstand between the last passed point and the next one.
    y = sum(p.vorbei for p in punkte) - 0.5
    heute_linie = {
        "type": "line",
        "x0": 0,
        "x1": 1,
        "xref": "x domain",
        "y0": y,
        "y1": y,
        "yref": "y",
        "line": {"color": HEUTE, "width": 2, "dash": "dash"},
    }
    heute_text = {
        "text": _text(tr, tr("chart.zeitleiste.heute", datum=tr.date(heute))),
        "font": {"size": FONT, "color": HEUTE},
        # On the side away from the points' names, so the two never overlap.
        "x": 0 if tr.rtl else 1,
        "xanchor": "left" if tr.rtl else "right",
        "xref": "x domain",
        "y": y,
        "yanchor": "bottom",
        "yref": "y",
        "showarrow": False,
    }
    return legible_figure(
        [linie],
        {
            **_layout(tr, 40 + ZEILE * len(punkte), showlegend=False),
            "shapes": [heute_linie],
            "annotations": [heute_text],
            "xaxis": {
                "visible": False,
                "fixedrange": True,
                "range": [1, -0.08] if tr.rtl else [-0.08, 1],
            },
            "yaxis": {
                "visible": False,
                "fixedrange": True,
                "range": [len(punkte) - 0.5, -0.7],
            },
        },
    )

"""Plotly charts built from engine results; every label goes through the translator.

Streamlit's plotly.js knows only the English locale, so numbers and money are formatted
with Babel in Python and handed over as text (streamlit.md section 3).
"""

from __future__ import annotations

import functools
from collections import OrderedDict
from collections.abc import Callable
from decimal import Decimal
from typing import Concatenate, ParamSpec

import plotly.graph_objects as go
import plotly.io as pio
import pydantic_core
import streamlit as st

from engine.explain import N_, ExplainedAmount, ParameterUse
from engine.nachteilsausgleiche.rules import SteuerErgebnis
from engine.pflege.begutachtung import Begutachtungsergebnis
from engine.pflege.leistungen import Leistung
from i18n import Translator
from ui import render

# Module colours: distinguishable for the common colour-vision deficiencies (Okabe–Ito).
MODULE_COLOURS = {
    1: "#0072B2",
    2: "#E69F00",
    3: "#CC79A7",
    4: "#009E73",
    5: "#D55E00",
    6: "#56B4E9",
}
UNCOUNTED = "#B8BEC6"
TEXT = "#1a1a1a"
CONFIG = {"displayModeBar": False, "responsive": True}
# Smallest chart text on a phone; tick labels and legend rows take about this much room.
FONT = 14
TICK_ROW, LEGEND_ROW = 36, 24
# Room between a bar's end and its label written outside it.
LABEL_PAD = "\u2002"


def _text(tr: Translator, text: str) -> str:
    """A chart label: plotly draws its SVG left-to-right, so Arabic needs an RTL isolate."""
    return f"\u2067{text}\u2069" if tr.rtl else text


def _layout(tr: Translator, height: int, **extra: object) -> dict[str, object]:
    return {
        "height": height,
        "margin": {"l": 8, "r": 8, "t": 36, "b": 8},
        "separators": ",." if tr.language == "de" else ".,",
        "font": {"size": FONT, "color": TEXT},
        "hoverlabel": {"font": {"size": FONT}},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        **extra,
    }


def _legend_below(tr: Translator, entries: int) -> dict[str, object]:
    """A legend at the foot of the figure, one entry a row, under the axis labels.

    Placed in the container, not the plot: a legend hung below the plot in plot units
    lands on the tick labels (20 %, 40 % …) once the labels are legible on a phone. The
    bottom margin holds the tick labels and the rows."""
    return {
        "showlegend": True,
        "legend": {
            "orientation": "v",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "x": 1 if tr.rtl else 0,
            "xanchor": "right" if tr.rtl else "left",
            "traceorder": "normal",
            "font": {"size": FONT},
        },
        "margin": {"l": 8, "r": 8, "t": 36, "b": TICK_ROW + LEGEND_ROW * entries},
    }


class Chart(go.Figure):
    """A finished chart: plotly's figure dict, made once and then only read.

    st.plotly_chart (Streamlit 1.67) sends a plotly Figure's ``to_dict()`` as it is, and
    anything else it validates by building plotly's objects from it: 5–10 ms a chart on
    every tap that changes a chart's input, most of a fragment's run. A Chart is a Figure
    whose dict is already made, so plotly's objects are never built;
    tests/app/test_charts.py holds every chart's dict equal to what plotly's validation
    makes of it."""

    def __init__(self, spec: dict) -> None:
        # Not plotly's __init__: it builds the validating objects this class leaves out.
        self._spec = spec

    def to_dict(self) -> dict:
        return self._spec

    def __repr__(self) -> str:
        return f"Chart({self._spec!r})"


@functools.cache
def _template() -> dict:
    """The template plotly puts into every figure it validates: Streamlit's, whose marker
    colours the browser replaces by the theme's."""
    return pio.templates[pio.templates.default].to_plotly_json()


def _merged(base: object, extra: dict) -> dict:
    """``base`` (a dict or nothing) with ``extra`` merged in, nested dicts included."""
    merged = dict(base) if isinstance(base, dict) else {}
    for key, value in extra.items():
        merged[key] = _merged(merged.get(key), value) if isinstance(value, dict) else value
    return merged


def legible_figure(data: list[dict], layout: dict) -> Chart:
    """A chart from plain traces and layout, every text at least FONT px: Streamlit's chart
    theme sets 12 px for ticks, legend and annotations unless the figure names a size of
    its own."""
    tick = {"tickfont": {"size": FONT, "color": TEXT}}
    layout = _merged(
        layout,
        {
            "xaxis": tick,
            "yaxis": tick,
            "legend": {"font": {"size": FONT}},
            "hoverlabel": {"font": {"size": FONT}},
            # A label that does not fit inside its bar at FONT px is left out (the hover and
            # the text below the chart carry it), never shrunk.
            "uniformtext": {"minsize": FONT, "mode": "hide"},
        },
    )
    annotation_font = {"font": {"size": FONT, "color": TEXT}}
    if "annotations" in layout:
        layout["annotations"] = [_merged(a, annotation_font) for a in layout["annotations"]]
    title = layout.get("title")
    if (
        isinstance(title, dict)
        and title.get("text")
        and (title.get("font", {}).get("size") or 0) < FONT
    ):
        layout["title"] = _merged(title, {"font": {"size": FONT}})
    traces = [_merged(trace, {"textfont": {"size": FONT}}) for trace in data]
    return Chart({"data": traces, "layout": {**layout, "template": _template()}})


P = ParamSpec("P")
# Figures a session keeps: its charts for the last few distinct inputs.
FIGURES_KEPT = 12
_FIGURES = "hc.figures"


def built_once(
    build: Callable[Concatenate[Translator, P], Chart],
) -> Callable[Concatenate[Translator, P], Chart]:
    """One chart per distinct language and engine result, kept by the session.

    A tap elsewhere on the page reruns the screen with the same inputs. The inputs are
    engine results (frozen models, amounts), so their JSON names the chart. The charts
    live in the session's state and go with it: no household's chart outlives its session.
    """

    @functools.wraps(build)
    def cached(tr: Translator, *args: P.args, **kwargs: P.kwargs) -> Chart:
        figures: OrderedDict[tuple[str, str, bytes], Chart] = st.session_state.setdefault(
            _FIGURES, OrderedDict()
        )
        key = (build.__name__, tr.language, pydantic_core.to_json([args, kwargs]))
        if key in figures:
            figures.move_to_end(key)
            return figures[key]
        figure = figures[key] = build(tr, *args, **kwargs)
        while len(figures) > FIGURES_KEPT:
            figures.popitem(last=False)
        return figure

    return cached


def panel_key(key: str) -> str:
    """The key of a chart's panel; also its CSS class st-key-…, which the browser tests find."""
    return "chart-panel-" + key.replace(".", "-")


def show(title: str, key: str, build: Callable[[], Chart]) -> None:
    """A chart in a panel of its own, built and drawn once the family opens it.

    Every result a chart shows is written out as text above it. A chart costs a phone
    plotly.js on the first visit (1.2 MB over the wire, about half the page) and a redraw
    on every tap that changes it (80–130 ms, more than the rest of the tap); on a prepaid
    plan and a slow phone that is paid for a picture most families never look at. Opened,
    it stays open for the session and follows every tap."""
    with render.panel(title, panel_key(key), icon=":material/bar_chart:") as panel:
        if panel.open:
            st.plotly_chart(build(), config=CONFIG, key=key, use_container_width=True)


def names_above(tr: Translator, names: list[str]) -> list[dict]:
    """Each bar's name written above it (bars on rows 0, 1, …), so long Arabic names are
    never clipped on a phone: plotly's tick labels would be."""
    return [
        {
            "x": 1 if tr.rtl else 0,
            "xref": "paper",
            "y": index,
            "yshift": 22,
            "xanchor": "right" if tr.rtl else "left",
            "text": name,
            "showarrow": False,
        }
        for index, name in enumerate(names)
    ]


def _total_title(tr: Translator, text: str) -> dict:
    """A bar chart's title carrying its total, at the side the reading starts from."""
    return {
        "text": _text(tr, text),
        "font": {"size": 15},
        "x": 0.98 if tr.rtl else 0.02,
        "xanchor": "right" if tr.rtl else "left",
    }


def named_bars(
    names: list[str], amounts: list[Decimal], labels: list[str], colour: str | list[str]
) -> dict:
    """One bar a row (rows 0, 1, … from the top), its label written beyond its end: the
    charts whose bars carry their names above them (names_above)."""
    return {
        "type": "bar",
        "x": [float(amount) for amount in amounts],
        "y": list(range(len(amounts))),
        "orientation": "h",
        "width": 0.45,
        "marker": {"color": colour},
        "text": [f"{LABEL_PAD}{label}{LABEL_PAD}" for label in labels],
        "textposition": "outside",
        "cliponaxis": False,
        "hovertext": names,
        "hovertemplate": "%{hovertext}: %{text}<extra></extra>",
    }


def vertical_line(x: float, line: dict) -> dict:
    """A line across the whole plot at ``x`` (what plotly's add_vline draws)."""
    return {
        "type": "line",
        "x0": x,
        "x1": x,
        "xref": "x",
        "y0": 0,
        "y1": 1,
        "yref": "y domain",
        "line": line,
    }


@built_once
def punkte(tr: Translator, ergebnis: Begutachtungsergebnis, schwellen: list[ParameterUse]) -> Chart:
    """The Gesamtpunkte as a bar on 0–100 made of the counted modules, grade thresholds
    marked; the uncounted one of modules 2 and 3 on its own row in grey."""
    bars = []
    row_total, row_uncounted = tr("chart.punkte.gezaehlt"), tr("chart.punkte.nicht_gezaehlt")
    for modul in ergebnis.module:
        if not modul.begutachtet or modul.gewichtete_punkte == 0:
            continue
        name = _text(
            tr, tr("chart.punkte.modul", n=modul.modul, name=tr(f"modul.kurz.{modul.modul}"))
        )
        bars.append(
            {
                "type": "bar",
                "x": [float(modul.gewichtete_punkte)],
                "y": [row_total if modul.gezaehlt else row_uncounted],
                "orientation": "h",
                "name": name
                if modul.gezaehlt
                else _text(tr, tr("chart.punkte.nicht_gezaehlt_name", name=name)),
                "marker": {
                    "color": MODULE_COLOURS[modul.modul] if modul.gezaehlt else UNCOUNTED,
                    "pattern": {"shape": "" if modul.gezaehlt else "/"},
                },
                "text": [tr.number(modul.gewichtete_punkte)],
                "textposition": "inside",
                "insidetextanchor": "middle",
                "hovertemplate": f"{name}: %{{text}}<extra></extra>",
            }
        )
    # Shapes and annotations go in with the layout at once: add_vline is slow (60 ms).
    shapes, annotations = [], []
    for use in schwellen:
        value = float(use.value.value)  # type: ignore[union-attr]
        grad = use.key.removeprefix("pflegegrad_schwelle_pg")
        shapes.append(
            {
                "type": "line",
                "x0": value,
                "x1": value,
                "xref": "x",
                "y0": 0,
                "y1": 1,
                "yref": "paper",
                "line": {"color": TEXT, "dash": "dash", "width": 1},
            }
        )
        annotations.append(
            {
                "x": value,
                "y": 1.0,
                "yref": "paper",
                "yanchor": "bottom",
                "text": tr("chart.punkte.schwelle", grad=grad),
                "showarrow": False,
            }
        )
    layout = _layout(
        tr, 230 + LEGEND_ROW * len(bars), barmode="stack", **_legend_below(tr, len(bars))
    )
    return legible_figure(
        bars,
        {
            **layout,
            "margin": {**layout["margin"], "t": 72},
            "shapes": shapes,
            "annotations": annotations,
            "title": {
                "text": _text(tr, tr("chart.punkte.achse")),
                "font": {"size": 14},
                "x": 0.98 if tr.rtl else 0.02,
                "xanchor": "right" if tr.rtl else "left",
                "y": 0.97,
            },
            "xaxis": {
                "range": [0, 100],
                "dtick": 20,
                "fixedrange": True,
                "tickfont": {"color": TEXT},
            },
            # Row names sit in the legend: Arabic tick labels are clipped by plotly's margins.
            "yaxis": {"visible": False, "autorange": "reversed", "fixedrange": True},
        },
    )


@built_once
def kombination(tr: Translator, sachleistung: Leistung, pflegegeld: Leistung) -> Chart:
    """Kombinationsleistung: the share of the Sachleistung used and the Pflegegeld left."""
    used = sachleistung.betrag.steps[-1].values  # type: ignore[union-attr]
    anteil = used["anteil"].value  # type: ignore[union-attr]
    parts = [
        (tr("chart.kombi.sachleistung"), anteil, used["genutzt"], "#0072B2"),
        (tr("chart.kombi.pflegegeld"), 1 - anteil, pflegegeld.betrag.value, "#009E73"),  # type: ignore[union-attr]
    ]
    bars = []
    for name, share, money, colour in parts:
        # Two short lines fit inside a 40 % bar at a legible size; the hover says it all.
        label = _text(tr, f"{tr.share(share)}<br>{tr.money(money.amount)}")  # type: ignore[union-attr]
        full = _text(tr, f"{tr.share(share)} · {tr.quantity(money)}")  # type: ignore[arg-type]
        bars.append(
            {
                "type": "bar",
                "x": [float(share * 100)],
                "y": [""],
                "orientation": "h",
                "name": _text(tr, name),
                "marker": {"color": colour},
                "text": [label if share else ""],
                "textposition": "inside",
                "insidetextanchor": "middle",
                "hovertemplate": f"{name}: {full}<extra></extra>",
            }
        )
    return legible_figure(
        bars,
        {
            **_layout(tr, 150 + LEGEND_ROW * len(parts), barmode="stack", **_legend_below(tr, 2)),
            "xaxis": {"range": [0, 100], "ticksuffix": " %", "fixedrange": True},
            "yaxis": {"visible": False, "fixedrange": True},
        },
    )


@built_once
def monatlich(tr: Translator, leistungen: list[Leistung]) -> Chart:
    """What is paid per month for the grade and setting, largest first; each bar's name is
    written above it, so long Arabic names are never clipped on a phone. Arabic reads from
    the right: the bars grow from there, under their names."""
    rows = sorted(
        ((_text(tr, tr(f"leistung.{item.key}")), item.betrag.value.amount) for item in leistungen),  # type: ignore[union-attr]
        key=lambda row: row[1],
        reverse=True,
    )
    names, amounts = [name for name, _ in rows], [amount for _, amount in rows]
    bar = named_bars(names, amounts, [tr.money(amount) for amount in amounts], "#0b57a4")
    total = sum((amount for _, amount in rows), Decimal(0))
    return legible_figure(
        [bar],
        {
            **_layout(tr, 70 + 64 * len(rows), showlegend=False),
            "annotations": names_above(tr, names),
            "title": _total_title(tr, tr("chart.monatlich.titel", summe=tr.money(total))),
            # Room beyond the longest bar for its amount, written outside every bar alike.
            "xaxis": {
                "visible": False,
                "fixedrange": True,
                "range": [float(rows[0][1]) * 1.5, 0] if tr.rtl else [0, float(rows[0][1]) * 1.5],
            },
            "yaxis": {"visible": False, "autorange": "reversed", "fixedrange": True},
        },
    )


@built_once
def wasserfall(tr: Translator, kostenbeitrag: ExplainedAmount) -> Chart:
    """From the year's income to the limit, the excess, 2 % of it and the rounded monthly
    contribution (§§ 136, 137 SGB IX). The monthly amounts are small beside the yearly
    ones, so every bar carries its value as text."""
    values = kostenbeitrag.steps[-1].values
    einkommen, grenze = values["einkommen"].amount, values["grenze"].amount  # type: ignore[union-attr]
    ueber, roh, monat = (values[k].amount for k in ("ueber", "roh", "monat"))  # type: ignore[union-attr]
    labels = [
        tr("chart.wasserfall.einkommen"),
        tr("chart.wasserfall.grenze"),
        tr("chart.wasserfall.ueber"),
        tr("chart.wasserfall.roh"),
        tr("chart.wasserfall.monat"),
    ]
    shown = [einkommen, -min(grenze, einkommen), ueber, roh, monat]
    waterfall = {
        "type": "waterfall",
        "orientation": "v",
        "measure": ["absolute", "relative", "total", "absolute", "absolute"],
        "x": [_text(tr, _two_lines(label)) for label in labels],
        "y": [float(v) for v in shown],
        "text": [tr.euros(abs(v)) for v in shown],
        # The limit's bar hangs down to the axis: its amount goes inside, in white.
        "textposition": ["outside", "inside", "outside", "outside", "outside"],
        "insidetextfont": {"color": "white"},
        "connector": {"line": {"color": UNCOUNTED}},
        "increasing": {"marker": {"color": "#0b57a4"}},
        "decreasing": {"marker": {"color": "#009E73"}},
        "totals": {"marker": {"color": "#D55E00"}},
        "hoverinfo": "skip",
    }
    return legible_figure(
        [waterfall],
        {
            **_layout(tr, 360, showlegend=False),
            "yaxis": {"visible": False, "fixedrange": True, "range": [0, float(einkommen) * 1.18]},
            "xaxis": {"fixedrange": True, "autorange": "reversed" if tr.rtl else True},
        },
    )


def _two_lines(label: str) -> str:
    """A long axis label on two lines, so five fit side by side on a phone at FONT px."""
    return label.replace(" ", "<br>", 1) if len(label) > 10 else label


@built_once
def verlauf(
    tr: Translator, punkte: list[tuple[Decimal, Decimal]], einkommen: Decimal, monat: Decimal
) -> Chart:
    """The monthly contribution across an income range, the household's point marked."""
    linie = {
        "type": "scatter",
        "x": [float(x) for x, _ in punkte],
        "y": [float(y) for _, y in punkte],
        "mode": "lines",
        "line": {"shape": "hv", "color": "#0b57a4", "width": 2},
        "name": _text(tr, tr("chart.verlauf.linie")),
        "hoverinfo": "skip",
    }
    haushalt = {
        "type": "scatter",
        "x": [float(einkommen)],
        "y": [float(monat)],
        "mode": "markers+text",
        "marker": {"size": 14, "color": "#D55E00", "line": {"color": "white", "width": 2}},
        "text": [_text(tr, tr("chart.verlauf.punkt", betrag=tr.money(monat)))],
        "textposition": "top left",
        "name": _text(tr, tr("chart.verlauf.haushalt")),
        "hoverinfo": "skip",
    }
    # Three income ticks (start, half, three quarters): more do not fit side by side at a
    # legible size on a phone, and a tick at the very end would stick out of the figure.
    ticks = [punkte[len(punkte) * i // 4][0] for i in (0, 2, 3)]
    layout = _layout(tr, 300 + LEGEND_ROW * 2, **_legend_below(tr, 2))
    return legible_figure(
        [linie, haushalt],
        {
            **layout,
            # plotly measures tick labels wrongly inside a right-to-left page and clips them.
            "margin": {**layout["margin"], "l": 64},
            "xaxis": {
                "fixedrange": True,
                "tickvals": [float(t) for t in ticks],
                "ticktext": [tr.euros(t.quantize(Decimal(1))) for t in ticks],
            },
            "yaxis": {"fixedrange": True, "ticksuffix": " €", "rangemode": "tozero"},
        },
    )


@built_once
def ersparnis(tr: Translator, steuer: SteuerErgebnis) -> Chart:
    """The income tax each allowance (and the § 35a reduction) saves on its own, largest
    first, names above the bars like the monthly chart; the title carries the saving of all
    together (which is less than the sum where the tax rate falls as the income falls)."""
    rows = sorted(
        (
            (_text(tr, tr(f"steuern.abzug.{abzug.art}")), abzug.ersparnis.amount)
            for abzug in (*steuer.abzuege, *filter(None, (steuer.ermaessigung,)))
        ),
        key=lambda row: row[1],
        reverse=True,
    )
    groesste = float(rows[0][1]) or 1.0
    names, amounts = [name for name, _ in rows], [amount for _, amount in rows]
    bar = named_bars(names, amounts, [tr.euros(amount) for amount in amounts], "#009E73")
    return legible_figure(
        [bar],
        {
            **_layout(tr, 70 + 64 * len(rows), showlegend=False),
            "annotations": names_above(tr, names),
            "title": _total_title(
                tr, tr("chart.ersparnis.titel", summe=tr.euros(steuer.ersparnis.amount))
            ),
            "xaxis": {
                "visible": False,
                "fixedrange": True,
                "range": [groesste * 1.6, 0] if tr.rtl else [0, groesste * 1.6],
            },
            "yaxis": {"visible": False, "autorange": "reversed", "fixedrange": True},
        },
    )


@built_once
def erbe_verlauf(tr: Translator, punkte: tuple[tuple[int, Decimal, Decimal], ...]) -> Chart:
    """The child's assets month by month while the benefits are paid from the inheritance:
    without a Behindertentestament (falls to the protected amount) and with it (stays)."""
    monate = [t for t, _, _ in punkte]
    lines = [
        {
            "type": "scatter",
            "x": monate,
            "y": [float(p[index]) for p in punkte],
            "mode": "lines",
            "line": {"color": colour, "width": 3, "dash": dash},
            "name": _text(tr, tr(name)),
            "hoverinfo": "skip",
        }
        for index, name, colour, dash in (
            (1, N_("chart.erbe.ohne"), "#D55E00", "solid"),
            (2, N_("chart.erbe.mit"), "#0072B2", "dash"),
        )
    ]
    hoechst = max(max(p[1], p[2]) for p in punkte)
    y_ticks = [Decimal(0), hoechst / 2, hoechst]
    # Start, half, three quarters: a tick at the very end would stick out of the figure.
    x_ticks = [monate[len(monate) * i // 4] for i in (0, 2, 3)]
    layout = _layout(tr, 300 + LEGEND_ROW * 2, **_legend_below(tr, 2))
    return legible_figure(
        lines,
        {
            **layout,
            # plotly measures tick labels wrongly inside a right-to-left page and clips them.
            "margin": {**layout["margin"], "l": 84},
            "xaxis": {
                "fixedrange": True,
                "tickvals": x_ticks,
                "ticktext": [tr.plural("count.months", t) for t in x_ticks],
            },
            "yaxis": {
                "fixedrange": True,
                "rangemode": "tozero",
                "tickvals": [float(t) for t in y_ticks],
                "ticktext": [tr.euros(t.quantize(Decimal(1))) for t in y_ticks],
            },
        },
    )


# The work screen's colours (Okabe–Ito): income counted, Grundsicherung, what stays free.
ARBEIT_COLOURS = {
    "regelbedarf": "#0072B2",
    "mehrbedarf": "#56B4E9",
    "kdu": "#009E73",
    "angerechnet": "#E69F00",
    "grundsicherung": "#D55E00",
    "frei": "#CC79A7",
}


@built_once
def lebensunterhalt(
    tr: Translator, bedarf: list[tuple[str, Decimal]], einnahmen: list[tuple[str, Decimal]]
) -> Chart:
    """Two stacked bars, the month's need and what the person has: each part named in the
    legend, its amount in the bar (rows are (colour key, amount); labels are translated)."""
    rows = [(tr("chart.arbeit.bedarf"), bedarf), (tr("chart.arbeit.einnahmen"), einnahmen)]
    bars: list[dict] = []
    for bar, parts in rows:
        for colour, amount in parts:
            bars.append(
                {
                    "type": "bar",
                    "y": [_text(tr, bar)],
                    "x": [float(amount)],
                    "orientation": "h",
                    "name": _text(tr, tr(f"chart.arbeit.teil.{colour}")),
                    "marker": {"color": ARBEIT_COLOURS[colour]},
                    "text": [tr.euros(amount.quantize(Decimal(1)))],
                    "textposition": "inside",
                    "insidetextanchor": "middle",
                    "textangle": 0,
                    "hovertemplate": f"{tr.money(amount)}<extra></extra>",
                    "legendgroup": colour,
                    # A part on both bars is named once in the legend.
                    "showlegend": not any(b["legendgroup"] == colour for b in bars),
                }
            )
    entries = len({c for _, parts in rows for c, _ in parts})
    layout = _layout(tr, 180 + LEGEND_ROW * entries, **_legend_below(tr, entries))
    return legible_figure(
        bars,
        {
            **layout,
            "margin": {**layout["margin"], "l": 64},
            "barmode": "stack",
            "xaxis": {"fixedrange": True, "ticksuffix": " €", "tickformat": ",.0f", "nticks": 4},
            "yaxis": {"fixedrange": True, "autorange": "reversed"},
        },
    )


@built_once
def grundsicherung_verlauf(
    tr: Translator, punkte: list[tuple[Decimal, Decimal, Decimal]], entgelt: Decimal
) -> Chart:
    """Grundsicherung and everything the person has across Werkstatt pay (Entgelt,
    Grundsicherung, total), the person's own pay marked by a vertical line."""
    x = [float(e) for e, _, _ in punkte]
    lines = [
        {
            "type": "scatter",
            "x": x,
            "y": [float(row[index]) for row in punkte],
            "mode": "lines",
            "line": {"color": ARBEIT_COLOURS[colour], "width": width},
            "name": _text(tr, tr(name)),
            "hoverinfo": "skip",
        }
        for index, name, colour, width in (
            (1, N_("chart.arbeit.verlauf.grundsicherung"), "grundsicherung", 2),
            (2, N_("chart.arbeit.verlauf.gesamt"), "regelbedarf", 3),
        )
    ]
    ticks = [punkte[len(punkte) * i // 4][0] for i in (0, 2, 3)]
    layout = _layout(tr, 300 + LEGEND_ROW * 2, **_legend_below(tr, 2))
    return legible_figure(
        lines,
        {
            **layout,
            "margin": {**layout["margin"], "l": 64},
            "shapes": [vertical_line(float(entgelt), {"color": TEXT, "width": 1, "dash": "dot"})],
            "xaxis": {
                "fixedrange": True,
                "tickvals": [float(t) for t in ticks],
                "ticktext": [tr.euros(t.quantize(Decimal(1))) for t in ticks],
            },
            "yaxis": {
                "fixedrange": True,
                "ticksuffix": " €",
                "tickformat": ",.0f",
                "rangemode": "tozero",
            },
        },
    )

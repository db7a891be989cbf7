"""Plotly charts built from engine results; every label goes through the translator.

Streamlit's plotly.js knows only the English locale, so numbers and money are formatted
with Babel in Python and handed over as text (streamlit.md section 3).
"""

from __future__ import annotations

from decimal import Decimal

import plotly.graph_objects as go
import streamlit as st

from engine.begutachtung import Begutachtungsergebnis
from engine.explain import ParameterUse
from engine.pflege import Leistung
from i18n import Translator

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
CONFIG = {"displayModeBar": False, "staticPlot": False, "responsive": True}


def _layout(tr: Translator, height: int, **extra: object) -> dict[str, object]:
    return {
        "height": height,
        "margin": {"l": 8, "r": 8, "t": 36, "b": 8},
        "separators": ",." if tr.language == "de" else ".,",
        "font": {"size": 14, "color": TEXT},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "legend": {"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0},
        **extra,
    }


def show(figure: go.Figure, key: str) -> None:
    st.plotly_chart(figure, config=CONFIG, key=key, use_container_width=True)


def punkte(
    tr: Translator, ergebnis: Begutachtungsergebnis, schwellen: list[ParameterUse]
) -> go.Figure:
    """The Gesamtpunkte as a bar on 0–100 made of the counted modules, grade thresholds
    marked; the uncounted one of modules 2 and 3 on its own row in grey."""
    figure = go.Figure()
    row_total, row_uncounted = tr("chart.punkte.gezaehlt"), tr("chart.punkte.nicht_gezaehlt")
    for modul in ergebnis.module:
        if not modul.begutachtet or modul.gewichtete_punkte == 0:
            continue
        name = tr("chart.punkte.modul", n=modul.modul, name=tr(f"modul.kurz.{modul.modul}"))
        figure.add_bar(
            x=[float(modul.gewichtete_punkte)],
            y=[row_total if modul.gezaehlt else row_uncounted],
            orientation="h",
            name=name if modul.gezaehlt else tr("chart.punkte.nicht_gezaehlt_name", name=name),
            marker={
                "color": MODULE_COLOURS[modul.modul] if modul.gezaehlt else UNCOUNTED,
                "pattern": {"shape": "" if modul.gezaehlt else "/"},
            },
            text=[tr.number(modul.gewichtete_punkte)],
            textposition="inside",
            insidetextanchor="middle",
            hovertemplate=f"{name}: %{{text}}<extra></extra>",
        )
    for use in schwellen:
        value = float(use.value.value)  # type: ignore[union-attr]
        grad = use.key.removeprefix("pflegegrad_schwelle_pg")
        figure.add_vline(x=value, line={"color": TEXT, "dash": "dash", "width": 1})
        figure.add_annotation(
            x=value,
            y=1.0,
            yref="paper",
            yanchor="bottom",
            text=tr("chart.punkte.schwelle", grad=grad),
            showarrow=False,
            font={"size": 12},
        )
    figure.update_layout(
        **_layout(tr, 260, barmode="stack", showlegend=True),
        xaxis={
            "range": [0, 100],
            "title": tr("chart.punkte.achse"),
            "dtick": 10,
            "fixedrange": True,
        },
        yaxis={"autorange": "reversed", "fixedrange": True, "automargin": True},
    )
    return figure


def kombination(tr: Translator, sachleistung: Leistung, pflegegeld: Leistung) -> go.Figure:
    """Kombinationsleistung: the share of the Sachleistung used and the Pflegegeld left."""
    used = sachleistung.betrag.steps[-1].values  # type: ignore[union-attr]
    anteil = used["anteil"].value  # type: ignore[union-attr]
    parts = [
        (tr("chart.kombi.sachleistung"), anteil, used["genutzt"], "#0072B2"),
        (tr("chart.kombi.pflegegeld"), 1 - anteil, pflegegeld.betrag.value, "#009E73"),  # type: ignore[union-attr]
    ]
    figure = go.Figure()
    for name, share, money, colour in parts:
        label = f"{tr.share(share)} · {tr.quantity(money)}"  # type: ignore[arg-type]
        figure.add_bar(
            x=[float(share * 100)],
            y=[""],
            orientation="h",
            name=name,
            marker={"color": colour},
            text=[label if share else ""],
            textposition="inside",
            insidetextanchor="middle",
            hovertemplate=f"{name}: {label}<extra></extra>",
        )
    figure.update_layout(
        **_layout(tr, 170, barmode="stack"),
        xaxis={"range": [0, 100], "ticksuffix": " %", "fixedrange": True},
        yaxis={"visible": False, "fixedrange": True},
    )
    return figure


def monatlich(tr: Translator, leistungen: list[Leistung]) -> go.Figure:
    """What is paid per month for the grade and setting, largest first."""
    rows = sorted(
        ((tr(f"leistung.{item.key}"), item.betrag.value) for item in leistungen),  # type: ignore[union-attr]
        key=lambda row: row[1].amount,  # type: ignore[union-attr]
    )
    figure = go.Figure(
        go.Bar(
            x=[float(money.amount) for _, money in rows],  # type: ignore[union-attr]
            y=[name for name, _ in rows],
            orientation="h",
            marker={"color": "#0b57a4"},
            text=[tr.money(money.amount) for _, money in rows],  # type: ignore[union-attr]
            textposition="auto",
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    total = sum((m.amount for _, m in rows), Decimal(0))  # type: ignore[union-attr]
    figure.update_layout(
        **_layout(tr, 90 + 44 * len(rows), showlegend=False),
        title={"text": tr("chart.monatlich.titel", summe=tr.money(total)), "font": {"size": 15}},
        xaxis={"visible": False, "fixedrange": True},
        yaxis={"fixedrange": True, "automargin": True},
    )
    return figure

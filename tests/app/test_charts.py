"""ui/charts.py: a chart's dict is what plotly's validation makes of it, and every text in
it is legible on a phone.

Streamlit sends a Chart's dict without validating it (ui/charts.Chart), so these tests are
where a property plotly does not know, or one it would write differently, shows up: each
chart of the screens, for households that draw every one of them, in both languages.
"""

import json
from datetime import date

import plotly.graph_objects as go
import pytest
from app_session import chart_specs, open_app

from engine.link import scenario_to_query
from engine.scenario import Scenario
from engine.uebersicht.beispiele import BIBLIOTHEK
from ui import charts

DATA = [
    {"type": "bar", "x": [1.0], "y": ["a"], "orientation": "h", "text": ["1"]},
    {"type": "scatter", "x": [1.0], "y": [2.0], "textfont": {"color": "white"}},
]
LAYOUT = {
    "height": 300,
    "title": {"text": "Titel", "font": {"size": 12}},
    "annotations": [{"x": 1, "y": 1, "text": "PG 2", "showarrow": False}],
    "xaxis": {"range": [0, 100], "tickfont": {"color": "#000000"}},
    "yaxis": {"visible": False},
    "legend": {"orientation": "v"},
}
# Households and screens that between them draw each of the twelve charts.
SCREENS = [
    ("pflege", "amira", {}),  # monthly amounts, Kombinationsleistung
    ("pflege", "assessed", {}),  # the score chart
    ("eingliederungshilfe", "schmidt", {}),  # waterfall, contribution across incomes
    ("arbeit", "arbeit_arbeitsbereich", {}),  # the month, Grundsicherung across pay
    ("kinder", "kinder_werkstatt", {}),  # need and means, life-stage timeline
    ("steuern", "steuern_eltern", {}),  # tax saved per allowance
    ("erbe", "erbe_eltern", {}),  # assets with and without the testament
    ("vergleich", "amira", {"yt": "pg_plus"}),  # the difference per line
]
# The charts of each screen (their panel keys).
CHARTS = {
    "pflege": ("chart.punkte", "chart.monatlich", "chart.kombi"),
    "eingliederungshilfe": ("chart.wasserfall", "chart.verlauf"),
    "arbeit": ("chart.arbeit.monat", "chart.arbeit.verlauf"),
    "kinder": ("chart.kinder.bedarf_mittel", "chart.kinder.zeitleiste"),
    "steuern": ("chart.ersparnis",),
    "erbe": ("chart.erbe",),
    "vergleich": ("vergleich.chart",),
}
# An adult's self-assessment half answered: the score chart beside the benefits.
ASSESSED = Scenario.model_validate(
    {
        "person": {"geburtsdatum": "1960-02-01"},
        "pflege": {"begutachtung": {"antworten": {"1.1": 2, "3.1": 3, "4.8": 3, "4.9": 2}}},
    }
)

HOUSEHOLDS = {
    "assessed": (ASSESSED, date(2025, 3, 1)),
    **{entry.key: (entry.scenario, entry.rechtsstand) for entry in BIBLIOTHEK},
}


def _validated(spec: dict) -> dict:
    return json.loads(json.dumps(go.Figure(spec).to_dict()))


def test_a_chart_is_what_plotly_makes_of_it_with_every_text_legible() -> None:
    chart = charts.legible_figure(DATA, LAYOUT)
    spec = chart.to_dict()
    assert json.loads(json.dumps(spec)) == _validated(spec)
    # 12 px title raised to the smallest legible size; the trace's own colour kept.
    assert spec["layout"]["title"]["font"]["size"] == charts.FONT
    assert spec["data"][1]["textfont"] == {"color": "white", "size": charts.FONT}
    assert spec["layout"]["annotations"][0]["font"] == {"size": charts.FONT, "color": charts.TEXT}
    assert spec["layout"]["xaxis"]["tickfont"] == {"size": charts.FONT, "color": charts.TEXT}
    assert spec["layout"]["template"] == go.Figure().to_dict()["layout"]["template"]


def test_a_chart_is_made_once_and_handed_on_as_it_is() -> None:
    chart = charts.legible_figure(DATA, LAYOUT)
    assert chart.to_dict() is chart.to_dict()
    assert "annotations" not in charts.legible_figure(DATA, {"height": 300}).to_dict()["layout"]


@pytest.mark.parametrize("lang", ["de", "ar"])
@pytest.mark.parametrize(("screen", "key", "extra"), SCREENS, ids=[s for s, _, _ in SCREENS])
def test_every_chart_of_a_screen_passes_plotly_validation_unchanged(
    screen: str, key: str, extra: dict[str, str], lang: str
) -> None:
    scenario, on = HOUSEHOLDS[key]
    at = open_app({"lang": lang, "d": on.isoformat(), **scenario_to_query(scenario), **extra})
    at.switch_page(f"screens/{screen}.py").run()
    assert not at.exception, at.exception
    specs = chart_specs(at, *CHARTS[screen])
    assert specs
    if key == "assessed":
        assert specs[0]["layout"]["barmode"] == "stack"  # the score chart comes first
    for spec in specs:
        assert spec == _validated(spec)

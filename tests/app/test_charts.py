"""ui/charts.py: a figure built in one go is as legible as one made legible afterwards."""

import plotly.graph_objects as go

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


def test_legible_figure_is_what_legible_makes_of_the_same_figure() -> None:
    made_legible = charts.legible(go.Figure(data=DATA, layout=LAYOUT)).to_dict()
    assert charts.legible_figure(DATA, LAYOUT).to_dict() == made_legible
    # 12 px title raised to the smallest legible size; the trace's own colour kept.
    assert made_legible["layout"]["title"]["font"]["size"] == charts.FONT
    assert made_legible["data"][1]["textfont"] == {"color": "white", "size": charts.FONT}


def test_a_figure_built_in_one_go_is_not_made_legible_again() -> None:
    built = charts.legible_figure(DATA, LAYOUT)
    assert getattr(built, "_hc_legible", False)
    assert built.to_dict() is built.to_dict()  # made once, not copied every rerun

"""Helpers for AppTest: open the app as a link would, read what a person sees."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from streamlit.testing.v1 import AppTest

from ui import charts

ENTRYPOINT = str(Path(__file__).parents[2] / "app.py")


def open_app(query: dict[str, str] | None = None, locale: str | None = None) -> AppTest:
    at = AppTest.from_file(ENTRYPOINT, default_timeout=30)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    if locale:
        at.context["locale"] = locale
    at.run()
    assert not at.exception, at.exception
    return at


def visible_text(at: AppTest) -> str:
    """Everything shown as text or label on the current run."""
    parts = [
        e.value
        for kind in ("title", "subheader", "markdown", "warning", "info")
        for e in at.get(kind)
    ]
    parts += [e.label for e in at.expander]
    parts += [
        w.label for kind in ("date_input", "button", "toggle", "button_group") for w in at.get(kind)
    ]
    parts += [link.proto.label for link in at.get("page_link")]
    return "\n".join(str(p) for p in parts)


def query(at: AppTest) -> dict[str, str]:
    return {k: v if isinstance(v, str) else v[-1] for k, v in at.query_params.items()}


def share_link(at: AppTest) -> str:
    """The link the share panel shows before its script follows the address bar."""
    bodies = (element.proto.body for element in at.get("html"))
    shown = (re.search(r'id="hc-share-url">([^<]*)<', body) for body in bodies)
    return next(html.unescape(found.group(1)) for found in shown if found)


def open_charts(at: AppTest, *keys: str) -> AppTest:
    """Open the panels of these charts, as a family taps them open, and run again."""
    for key in keys:
        at.session_state[charts.panel_key(key)] = True
    return at.run()


def chart_specs(at: AppTest, *keys: str) -> list[dict]:
    """The plotly specs the screen draws once these charts' panels are open."""
    open_charts(at, *keys)
    return [json.loads(chart.proto.spec) for chart in at.get("plotly_chart")]

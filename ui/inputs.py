"""Inputs several screens share: one widget, one key, one place it is written to the scenario.

Every input the scenario drives gets its key from state.bind() and passes no value of its
own, so presets, "Neuen Haushalt beginnen" and a language switch show in it (ui/state.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from engine.explain import N_
from engine.household import GEBURTSDATUM_MAX, GEBURTSDATUM_MIN
from i18n import Translator
from ui import state

GEBURTSDATUM = ("person", "geburtsdatum")


def geburtsdatum(app: state.AppState) -> state.AppState:
    """The person's birth date; every screen that needs the age asks with this widget."""
    value = st.date_input(
        app.tr("field.person.geburtsdatum"),
        value=None,
        min_value=GEBURTSDATUM_MIN,
        max_value=GEBURTSDATUM_MAX,
        format="DD.MM.YYYY",
        key=state.bind(GEBURTSDATUM),
    )
    state.set_scenario_value(GEBURTSDATUM, value)
    return state.current()


def choice(
    tr: Translator,
    label: str,
    path: tuple[str, ...],
    options: Sequence[Any],
    fmt: Callable[[Any], str],
    placeholder: str = N_("ui.placeholder.choose"),
) -> Any:
    """A select box for the scenario field at ``path``: empty until the household answers;
    the options' labels come from ``fmt`` and never change between runs."""
    value = st.selectbox(
        tr(label),
        options,
        index=None,
        format_func=fmt,
        placeholder=tr(placeholder),
        key=state.bind(path),
    )
    state.set_scenario_value(path, value)
    return value


def flag(tr: Translator, label: str, path: tuple[str, ...]) -> bool:
    """A checkbox for the yes/no scenario field at ``path`` (unanswered shows as no)."""
    value = st.checkbox(tr(label), key=state.bind(path, bool))
    state.set_scenario_value(path, value)
    return value

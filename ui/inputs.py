"""Inputs several screens share: one widget, one key, one place it is written to the scenario.

Every input the scenario drives gets its key from state.bind() and passes no value of its
own, so presets, "Neuen Haushalt beginnen" and a language switch show in it (ui/state.py).
"""

from __future__ import annotations

import streamlit as st

from engine.household import GEBURTSDATUM_MAX, GEBURTSDATUM_MIN
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

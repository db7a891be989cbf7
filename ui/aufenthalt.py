"""The household's residence facts (issue 11), asked the same way on every screen.

Home, care and integration aid draw this one group, so what a family says on one screen
every screen knows. Every question may stay unanswered (None): the engine then answers as
if the status were unrestricted and says so. A follow-up question is drawn only where the
engine's rules read its answer; one that no longer matters is cleared, so the link never
carries an answer the screen does not show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from engine.asyl.rules import RUECKFUEHRUNGSGESETZ_AB, fragt_analog_vor_2024
from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Aufenthaltszweck,
    Krankenversicherung,
    Staatsangehoerigkeit,
)
from ui import state

PFAD = ("aufenthalt",)
PANEL_KEY = "aufenthalt.panel"
# The purposes an Aufenthaltserlaubnis names (chapter 2 AufenthG) and the grounds of an EU
# citizen's right of residence (§ 2 FreizügG/EU): the groups the residence rules tell apart.
ZWECKE_TITEL = (
    Aufenthaltszweck.erwerbstaetigkeit,
    Aufenthaltszweck.studium_ausbildung,
    Aufenthaltszweck.familiaer,
    Aufenthaltszweck.schutz,
    Aufenthaltszweck.humanitaer,
    Aufenthaltszweck.ausreisehindernis,
    Aufenthaltszweck.arbeitsuche,
)
ZWECKE_EU = (
    Aufenthaltszweck.erwerbstaetigkeit,
    Aufenthaltszweck.familiaer,
    Aufenthaltszweck.studium_ausbildung,
    Aufenthaltszweck.arbeitsuche,
    Aufenthaltszweck.kein_aufenthaltsrecht,
)
JA_NEIN = (True, False)


def _field(path_name: str) -> tuple[str, ...]:
    return (*PFAD, path_name)


def _ask(name: str, shown: bool, draw: Callable[[str], Any]) -> Aufenthalt:
    """Draw one question (or clear its answer when it does not matter) and store it."""
    path = _field(name)
    state.set_scenario_value(path, draw(state.bind(path)) if shown else None)
    return state.current().scenario.aufenthalt


def _select(app: state.AppState, name: str, options: tuple, labels: str) -> Callable:
    def draw(key: str) -> Any:
        return st.selectbox(
            app.tr(f"field.aufenthalt.{name}"),
            options,
            format_func=lambda option: app.tr(f"{labels}.{option}"),
            placeholder=app.tr("ui.placeholder.choose"),
            key=key,
        )

    return draw


def _yes_no(app: state.AppState, label: str, **values: Any) -> Callable:
    def draw(key: str) -> bool | None:
        return st.segmented_control(
            app.tr(label, **values),
            JA_NEIN,
            format_func=lambda answer: (
                app.tr("aufenthalt.ja") if answer else app.tr("aufenthalt.nein")
            ),
            key=key,
        )

    return draw


def _months(app: state.AppState) -> Callable:
    def draw(key: str) -> int | None:
        return st.number_input(
            app.tr("field.aufenthalt.monate_in_deutschland"),
            min_value=0,
            max_value=1200,
            step=1,
            key=key,
        )

    return draw


def questions(app: state.AppState) -> state.AppState:
    """Citizenship first; the document, its purpose and the rest only where they count."""
    st.markdown(app.tr("aufenthalt.eingabe.lead"))
    a = _ask(
        "staatsangehoerigkeit",
        True,
        _select(app, "staatsangehoerigkeit", tuple(Staatsangehoerigkeit), "staatsangehoerigkeit"),
    )
    andere = a.staatsangehoerigkeit is Staatsangehoerigkeit.andere
    eu = a.staatsangehoerigkeit is Staatsangehoerigkeit.eu_ewr_schweiz
    a = _ask(
        "dokument",
        andere,
        _select(app, "dokument", tuple(Aufenthaltsdokument), "aufenthaltsdokument"),
    )
    titel = andere and a.dokument is Aufenthaltsdokument.aufenthaltserlaubnis
    if eu:
        a = _ask("zweck", True, _select(app, "zweck_eu", ZWECKE_EU, "aufenthaltszweck_eu"))
    else:
        a = _ask("zweck", titel, _select(app, "zweck", ZWECKE_TITEL, "aufenthaltszweck"))
    a = _ask(
        "aufnahme",
        titel and a.zweck is Aufenthaltszweck.humanitaer,
        _yes_no(app, "field.aufenthalt.aufnahme"),
    )
    a = _ask("monate_in_deutschland", andere or eu, _months(app))
    a = _ask("asylblg", andere, _yes_no(app, "field.aufenthalt.asylblg"))
    a = _ask(
        "analog_vor_2024",
        fragt_analog_vor_2024(a, app.rechtsstand),
        _yes_no(
            app,
            "field.aufenthalt.analog_vor_2024",
            datum=app.tr.date(RUECKFUEHRUNGSGESETZ_AB),
        ),
    )
    a = _ask(
        "krankenversicherung",
        a.gefragt,
        _select(app, "krankenversicherung", tuple(Krankenversicherung), "krankenversicherung"),
    )
    a = _ask("erwerbstaetig", andere or eu, _yes_no(app, "field.aufenthalt.erwerbstaetig"))
    _ask(
        "abkommensstaat",
        andere and a.erwerbstaetig is True,
        _yes_no(app, "field.aufenthalt.abkommensstaat"),
    )
    return state.current()


def section(app: state.AppState) -> state.AppState:
    """The questions in a collapsed panel whose title says whether they are answered."""
    answered = st.session_state[state.bind(_field("staatsangehoerigkeit"))] is not None
    stand = (
        app.tr("aufenthalt.eingabe.angegeben") if answered else app.tr("aufenthalt.eingabe.offen")
    )
    with st.expander(app.tr("aufenthalt.eingabe.titel", stand=stand), key=PANEL_KEY):
        return questions(app)

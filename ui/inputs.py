"""Inputs several screens share: one widget, one key, one place it is written to the scenario.

Every input the scenario drives gets its key from state.bind() and passes no value of its
own, so presets, "Neuen Haushalt beginnen" and a language switch show in it (ui/state.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import streamlit as st

from engine.explain import N_
from engine.household import GEBURTSDATUM_MAX, GEBURTSDATUM_MIN, Einkunftsart
from i18n import Translator
from ui import money, state

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


def _ja_nein(tr: Translator, label: str, path: tuple[str, ...], ja: str, nein: str) -> bool | None:
    """A yes/no household question as a select box: empty until the family answers."""
    return choice(tr, label, path, [True, False], lambda wahr: tr(ja if wahr else nein))


def partner(tr: Translator) -> bool | None:
    """The household's answer whether an adult lives with a spouse or partner
    (``Person.partner``): every screen that counts the partner asks it with this widget."""
    path = ("person", "partner")
    return _ja_nein(tr, N_("field.person.partner"), path, N_("leistung.ja"), N_("leistung.nein"))


def eltern_zusammenlebend(tr: Translator) -> bool | None:
    """The household's answer whether the child lives with both parents
    (``Eltern.zusammenlebend``); empty until the family chooses."""
    path = ("eltern", "zusammenlebend")
    label = N_("field.eltern.zusammenlebend")
    return _ja_nein(tr, label, path, N_("egh.eltern.beide"), N_("egh.eltern.einer"))


def flag(tr: Translator, label: str, path: tuple[str, ...]) -> bool:
    """A checkbox for the yes/no scenario field at ``path`` (unanswered shows as no)."""
    value = st.checkbox(tr(label), key=state.bind(path, bool))
    state.set_scenario_value(path, value)
    return value


def einkommen(tr: Translator, label: str, path: tuple[str, ...]) -> None:
    """One person's yearly income and its kind; an empty field is none given, 0 € an income."""
    st.markdown(tr("ui.zwischentitel", text=tr(label)))
    betrag = money.optional_euro_input(
        tr, tr("field.einkommen.betrag_jahr"), (*path, "betrag_jahr"), step=1000
    )
    art = st.selectbox(
        tr("field.einkommen.art"),
        list(Einkunftsart),
        format_func=lambda a: tr(f"einkunftsart.{a}"),
        placeholder=tr("ui.placeholder.choose"),
        key=state.bind((*path, "art"), lambda a: a or Einkunftsart.sv_beschaeftigung),
    )
    value = {"betrag_jahr": betrag, "art": art} if betrag is not None else None
    state.set_scenario_value(path, value)

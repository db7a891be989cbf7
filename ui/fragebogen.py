"""The household questionnaire on the overview (issue 17): the facts every area shares,
one question at a time, then "Ihre Angaben prüfen" with a change button per answer.

Every question writes the scenario path the area screens write (state.bind), so what is
answered here every screen shows and what a screen answered shows here. Which questions
apply follows from the engine (volljaehrig); the current step is app-owned state: a preset
or a shared link opens the summary, a new household the first question.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import streamlit as st

from engine.arbeit.scenario import Arbeitsweg
from engine.eingliederungshilfe.rules import partner_im_haushalt
from engine.explain import N_
from engine.household import (
    GDB_STUFEN,
    GEBURTSDATUM_MAX,
    GEBURTSDATUM_MIN,
    Bundesland,
    Einkommen,
    Merkzeichen,
    Wohnform,
)
from engine.person import volljaehrig
from engine.scenario import Scenario
from i18n import Translator
from ui import aufenthalt, inputs, state

SCHRITT = "fragebogen.schritt"
AENDERN = "fragebogen.aendern"
PRUEFEN = "pruefen"
JA_NEIN = (True, False)
ELTERN = ("eltern", "elternteil_1"), ("eltern", "elternteil_2")
EIGEN = ("eingliederungshilfe", "einkommen"), ("eingliederungshilfe", "partner")


@dataclass(frozen=True)
class Frage:
    """One question: its catalog keys, who it applies to, how it is asked and answered."""

    name: str
    frage: str
    hilfe: str
    stellen: Callable[[state.AppState, str], None]
    antwort: Callable[[Translator, Scenario], str | None]
    # Paths an "Überspringen" leaves unanswered, with their empty value; () = not skippable.
    leer: tuple[tuple[tuple[str, ...], Any], ...] = ()
    # Who is asked: None (birth date unknown, asked like a child), False (minor), True.
    fuer: tuple[bool | None, ...] = (None, False, True)


def _auswahl(
    path: tuple[str, ...],
    options: Sequence[Any],
    fmt: Callable[[Translator, Any], str],
    placeholder: str = N_("ui.placeholder.choose"),
) -> Callable[[state.AppState, str], None]:
    def stellen(app: state.AppState, label: str) -> None:
        value = st.selectbox(
            label,
            options,
            index=None,
            format_func=lambda option: fmt(app.tr, option),
            placeholder=app.tr(placeholder),
            label_visibility="collapsed",
            key=state.bind(path),
        )
        state.set_scenario_value(path, value)

    return stellen


def _geburtsdatum(app: state.AppState, label: str) -> None:
    value = st.date_input(
        label,
        value=None,
        min_value=GEBURTSDATUM_MIN,
        max_value=GEBURTSDATUM_MAX,
        format="DD.MM.YYYY",
        label_visibility="collapsed",
        key=state.bind(inputs.GEBURTSDATUM),
    )
    state.set_scenario_value(inputs.GEBURTSDATUM, value)


def _merkzeichen(app: state.AppState, label: str) -> None:
    path = ("person", "merkzeichen")
    gewaehlt = st.pills(
        label,
        list(Merkzeichen),
        selection_mode="multi",
        format_func=lambda m: app.tr(f"merkzeichen.{m}"),
        label_visibility="collapsed",
        key=state.bind(path, lambda m: list(m or ())),
    )
    state.set_scenario_value(path, tuple(sorted(gewaehlt, key=list(Merkzeichen).index)))


def _aufenthalt(app: state.AppState, label: str) -> None:
    aufenthalt.questions(app)


def _einkommen_eltern(app: state.AppState, label: str) -> None:
    inputs.einkommen(app.tr, N_("egh.elternteil_1"), ELTERN[0])
    if state.current().scenario.eltern.zusammen:
        inputs.einkommen(app.tr, N_("egh.elternteil_2"), ELTERN[1])


def _einkommen_eigen(app: state.AppState, label: str) -> None:
    inputs.einkommen(app.tr, N_("egh.eigenes_einkommen"), EIGEN[0])
    jetzt = state.current().scenario
    if partner_im_haushalt(jetzt.person.partner, jetzt.eingliederungshilfe):
        inputs.einkommen(app.tr, N_("egh.partner_einkommen"), EIGEN[1])


def _wert(key: str, value: Any) -> Callable[[Translator, Scenario], str | None]:
    """The answer at a scenario path as the screens word it (catalog key ``key``)."""

    def antwort(tr: Translator, scenario: Scenario) -> str | None:
        found = value(scenario)
        return None if found is None else tr(key.format(found))

    return antwort


def _ja_nein(ja: str, nein: str, value: Any) -> Callable[[Translator, Scenario], str | None]:
    def antwort(tr: Translator, scenario: Scenario) -> str | None:
        found = value(scenario)
        return None if found is None else tr(ja if found else nein)

    return antwort


def _einkommen(
    namen: tuple[str, str], value: Callable[[Scenario], tuple[Einkommen | None, ...]]
) -> Callable[[Translator, Scenario], str | None]:
    def antwort(tr: Translator, scenario: Scenario) -> str | None:
        teile = [
            tr(
                "fragebogen.antwort.einkommen",
                wer=tr(name),
                betrag=tr.isolate(tr.money(e.betrag_jahr, "year")),
                art=tr(f"einkunftsart.{e.art}"),
            )
            for name, e in zip(namen, value(scenario), strict=True)
            if e is not None
        ]
        return "; ".join(teile) or None

    return antwort


def _geburtsdatum_antwort(tr: Translator, scenario: Scenario) -> str | None:
    found = scenario.person.geburtsdatum
    return None if found is None else tr.date(found)


def _merkzeichen_antwort(tr: Translator, scenario: Scenario) -> str | None:
    return ", ".join(tr(f"merkzeichen.{m}") for m in scenario.person.merkzeichen) or None


def _aufenthalt_antwort(tr: Translator, scenario: Scenario) -> str | None:
    a = scenario.aufenthalt
    if a.staatsangehoerigkeit is None:
        return None
    teile = [tr(f"staatsangehoerigkeit.{a.staatsangehoerigkeit}")]
    if a.dokument is not None:
        teile.append(tr(f"aufenthaltsdokument.{a.dokument}"))
    return ", ".join(teile)


FRAGEN: tuple[Frage, ...] = (
    Frage(
        "geburtsdatum",
        N_("fragebogen.frage.geburtsdatum"),
        N_("fragebogen.hilfe.geburtsdatum"),
        _geburtsdatum,
        _geburtsdatum_antwort,
    ),
    Frage(
        "eltern",
        N_("fragebogen.frage.eltern"),
        N_("fragebogen.hilfe.eltern"),
        _auswahl(
            ("eltern", "zusammenlebend"),
            JA_NEIN,
            lambda tr, beide: tr(N_("egh.eltern.beide") if beide else N_("egh.eltern.einer")),
        ),
        _ja_nein(N_("egh.eltern.beide"), N_("egh.eltern.einer"), lambda s: s.eltern.zusammenlebend),
        ((("eltern", "zusammenlebend"), None),),
        fuer=(None, False),
    ),
    Frage(
        "partner",
        N_("fragebogen.frage.partner"),
        N_("fragebogen.hilfe.partner"),
        _auswahl(
            ("person", "partner"),
            JA_NEIN,
            lambda tr, ja: tr(N_("leistung.ja") if ja else N_("leistung.nein")),
        ),
        _ja_nein(N_("leistung.ja"), N_("leistung.nein"), lambda s: s.person.partner),
        ((("person", "partner"), None),),
        fuer=(True,),
    ),
    Frage(
        "pflegegrad",
        N_("fragebogen.frage.pflegegrad"),
        N_("fragebogen.hilfe.pflegegrad"),
        _auswahl(
            ("person", "pflegegrad"),
            [1, 2, 3, 4, 5],
            lambda tr, g: tr(f"term.pflegegrad.{g}"),
            N_("kinder.kein_pflegegrad"),
        ),
        _wert("term.pflegegrad.{}", lambda s: s.person.pflegegrad),
        ((("person", "pflegegrad"), None),),
    ),
    Frage(
        "gdb",
        N_("fragebogen.frage.gdb"),
        N_("fragebogen.hilfe.gdb"),
        _auswahl(
            ("person", "gdb"),
            list(GDB_STUFEN),
            lambda tr, g: tr("gdb.stufe", gdb=g),
            N_("kinder.kein_gdb"),
        ),
        lambda tr, s: None if s.person.gdb is None else tr("gdb.stufe", gdb=s.person.gdb),
        ((("person", "gdb"), None),),
    ),
    Frage(
        "merkzeichen",
        N_("fragebogen.frage.merkzeichen"),
        N_("fragebogen.hilfe.merkzeichen"),
        _merkzeichen,
        _merkzeichen_antwort,
        ((("person", "merkzeichen"), ()),),
    ),
    Frage(
        "wohnform",
        N_("fragebogen.frage.wohnform"),
        N_("fragebogen.hilfe.wohnform"),
        _auswahl(("person", "wohnform"), list(Wohnform), lambda tr, w: tr(f"wohnform.{w}")),
        _wert("wohnform.{}", lambda s: s.person.wohnform),
        ((("person", "wohnform"), None),),
    ),
    Frage(
        "bundesland",
        N_("fragebogen.frage.bundesland"),
        N_("fragebogen.hilfe.bundesland"),
        _auswahl(("person", "bundesland"), list(Bundesland), lambda tr, b: tr(f"bundesland.{b}")),
        _wert("bundesland.{}", lambda s: s.person.bundesland),
        ((("person", "bundesland"), None),),
    ),
    Frage(
        "aufenthalt",
        N_("fragebogen.frage.aufenthalt"),
        N_("fragebogen.hilfe.aufenthalt"),
        _aufenthalt,
        _aufenthalt_antwort,
        ((("aufenthalt",), {}),),
    ),
    Frage(
        "arbeit",
        N_("fragebogen.frage.arbeit"),
        N_("fragebogen.hilfe.arbeit"),
        _auswahl(("arbeit", "weg"), list(Arbeitsweg), lambda tr, w: tr(f"arbeit.weg.{w}")),
        _wert("arbeit.weg.{}", lambda s: s.arbeit.weg),
        ((("arbeit", "weg"), None),),
        fuer=(True,),
    ),
    Frage(
        "einkommen_eltern",
        N_("fragebogen.frage.einkommen_eltern"),
        N_("fragebogen.hilfe.einkommen_eltern"),
        _einkommen_eltern,
        _einkommen(
            (N_("egh.elternteil_1"), N_("egh.elternteil_2")),
            lambda s: (s.eltern.elternteil_1, s.eltern.elternteil_2),
        ),
        tuple((path, None) for path in ELTERN),
        fuer=(None, False),
    ),
    Frage(
        "einkommen_eigen",
        N_("fragebogen.frage.einkommen_eigen"),
        N_("fragebogen.hilfe.einkommen_eigen"),
        _einkommen_eigen,
        _einkommen(
            (N_("egh.eigenes_einkommen"), N_("fragebogen.partner")),
            lambda s: (s.eingliederungshilfe.einkommen, s.eingliederungshilfe.partner),
        ),
        tuple((path, None) for path in EIGEN),
        fuer=(True,),
    ),
)
FRAGE = {frage.name: frage for frage in FRAGEN}


def fragen(app: state.AppState) -> list[Frage]:
    """The questions for this household: a child's parents, an adult's partner and work."""
    geburtsdatum = app.scenario.person.geburtsdatum
    erwachsen = None if geburtsdatum is None else volljaehrig(geburtsdatum, app.rechtsstand).value
    return [frage for frage in FRAGEN if erwachsen in frage.fuer]


def _gehe(schritt: str, aendern: bool = False) -> None:
    state.choose(SCHRITT, schritt)
    state.choose(AENDERN, aendern)


def _ueberspringen(frage: Frage, weiter: str) -> None:
    """Leave the question unanswered and go on; every widget shows the emptied answer."""
    for path, value in frage.leer:
        state.set_scenario_value(path, value)
    _gehe(weiter)
    state.show_state()


def _schritt(app: state.AppState, frage: Frage, aendern: bool) -> None:
    """One question: where the family is, the question, a help line, its answer, buttons."""
    tr = app.tr
    with st.container(border=True, key="fragebogen.frage"):
        fortschritt = st.empty()
        st.subheader(tr(frage.frage), anchor=False)
        st.markdown(tr(frage.hilfe))
        frage.stellen(app, tr(frage.frage))
        namen = [f.name for f in fragen(state.current())]
        nummer = namen.index(frage.name)
        fortschritt.markdown(
            tr.plural("fragebogen.fortschritt", len(namen), nummer=tr.number(nummer + 1))
        )
        weiter = PRUEFEN if aendern else ([*namen[1:], PRUEFEN])[nummer]
        zurueck = PRUEFEN if aendern or nummer == 0 else namen[nummer - 1]
        with st.container(horizontal=True):
            st.button(
                tr("fragebogen.weiter"),
                type="primary",
                on_click=_gehe,
                args=(weiter,),
                key="fragebogen.weiter",
            )
            if frage.leer:
                st.button(
                    tr("fragebogen.ueberspringen"),
                    on_click=_ueberspringen,
                    args=(frage, weiter),
                    key="fragebogen.ueberspringen",
                )
            st.button(
                tr("fragebogen.zurueck"), on_click=_gehe, args=(zurueck,), key="fragebogen.zurueck"
            )


def _pruefen(app: state.AppState, offen: bool) -> None:
    """Check your answers: one row per question with its answer and an "Ändern" button."""
    tr = app.tr
    gestellt = fragen(app)
    antworten = [(frage, frage.antwort(tr, app.scenario)) for frage in gestellt]
    beantwortet = sum(antwort is not None for _, antwort in antworten)
    titel = tr.plural("fragebogen.pruefen.titel", beantwortet, von=tr.number(len(gestellt)))
    with st.expander(titel, expanded=offen or not beantwortet):
        st.markdown(tr("fragebogen.pruefen.lead"))
        # A short name a row (GOV.UK's summary list): the whole question on each row and
        # button made the summary three screens long on a phone.
        for frage, antwort in antworten:
            text = antwort if antwort is not None else tr("fragebogen.nicht_angegeben")
            name = tr(f"fragebogen.kurz.{frage.name}")
            st.markdown(tr("fragebogen.pruefen.zeile", frage=name, antwort=text))
            st.button(
                tr("fragebogen.aendern", frage=name),
                on_click=_gehe,
                args=(frage.name, True),
                type="tertiary",
                key=f"fragebogen.aendern.{frage.name}",
            )


def section(app: state.AppState) -> state.AppState:
    """The questionnaire's current step, or the summary once it is answered or skipped."""
    schritt = st.session_state[state.owned(SCHRITT, None)]
    aendern = st.session_state[state.owned(AENDERN, False)]
    gestellt = fragen(app)
    if schritt is None:
        beantwortet = any(frage.antwort(app.tr, app.scenario) for frage in gestellt)
        schritt = PRUEFEN if beantwortet else gestellt[0].name
    if schritt in {frage.name for frage in gestellt}:
        _schritt(app, FRAGE[schritt], aendern)
    else:
        _pruefen(app, offen=schritt == st.session_state[SCHRITT])
    return state.current()

"""Rendering engine results: one way to show an explained amount or decision."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache
from typing import Any

import streamlit as st

from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.eingliederungshilfe.beispiele import Beispiel
from engine.explain import N_, Explained, ExplainedAmount, ParameterUse, Step
from engine.parameters import PARAMETERS, NotCoveredResult, area_coverage, parameters_in_force
from engine.pflege.leistungen import Leistung
from i18n import LANGUAGES, Translator
from ui import state

# Parameter lines are public data (an amount of the law, its date and paragraph), the
# same for every household: each is written once per language and shared by all sessions.
_PARAMETER_LINES: dict[tuple[str, ...], str] = {}
_PARAMETER_LINES_KEPT = 4096


def parameter_line(
    tr: Translator, use: ParameterUse, message: str = N_("explain.parameter")
) -> str:
    """Label, value, since when and by which paragraph; marked when no source confirmed it."""
    key = (
        tr.language,
        message,
        use.key,
        use.valid_from.isoformat(),
        use.legal_basis,
        use.status,
        repr(use.value),
    )
    line = _PARAMETER_LINES.get(key)
    if line is None:
        line = tr(
            message,
            label=tr(f"param.{use.key}"),
            value=tr.quantity(use.value),
            since=tr.date(use.valid_from),
            basis=tr.legal(use.legal_basis),
        )
        if use.status == "unverified":
            line += " " + tr("explain.unverified_mark")
        if len(_PARAMETER_LINES) >= _PARAMETER_LINES_KEPT:
            _PARAMETER_LINES.clear()
        _PARAMETER_LINES[key] = line
    return line


def _step_lines(tr: Translator, number: int, step: Step) -> str:
    basis = tr("explain.basis", basis=tr.legal(step.legal_basis))
    lines = [f"{number}. {tr.step(step)}  ", f"   {basis}"]
    lines += [f"   - {parameter_line(tr, use)}" for use in step.parameters]
    return "\n".join(lines)


def panel(label: str, key: str, *, expanded: bool = False, icon: str | None = None) -> Any:
    """A panel whose content is built only while it is open (``.open``): opening it reruns
    the page. For long inputs and texts that most taps would otherwise build for nothing."""
    return st.expander(label, expanded=expanded, key=key, on_change="rerun", icon=icon)


def explanation(tr: Translator, *results: Explained) -> None:
    """The ordered steps behind results, and a warning if an unverified amount was used."""
    if any(result.unverified for result in results):
        st.warning(tr("explain.unverified_warning"))
    steps = [step for result in results for step in result.steps]
    with st.expander(tr("explain.title")):
        st.markdown("\n".join(_step_lines(tr, n, s) for n, s in enumerate(steps, 1)))


def leistung(tr: Translator, item: Leistung) -> None:
    """One benefit as a card: name, amount or yes/no, the deciding reason, §, where to apply.

    One text a card (a screen shows up to twenty): each element costs the server and the
    phone's browser on every rerun."""
    name = tr(f"leistung.{item.key}")
    if not item.gilt:
        head = tr("leistung.zeile", name=name, wert=tr("leistung.gilt_nicht"))
    elif item.betrag is not None:
        head = tr("leistung.zeile", name=name, wert=tr.quantity(item.betrag.value))
    else:
        verdict = tr("leistung.ja") if item.anspruch.value else tr("leistung.nein")
        head = tr("leistung.zeile", name=name, wert=verdict)
    shown = item.betrag or item.anspruch
    # Who pays, or what applies instead, comes first; then what the benefit itself gives.
    vorab = item.kostentraeger.steps if item.kostentraeger is not None else ()
    versicherte = [tr("leistung.fuer_versicherte")] if not item.gilt else []
    parts = [
        head,
        "\n".join(f"- {tr.step(step)}" for step in vorab),
        *versicherte,
        "\n".join(f"- {tr.step(step)}" for step in shown.steps),
        tr(
            "leistung.basis_stelle",
            basis=tr.legal(
                "; ".join(
                    x.legal_basis for x in (item.kostentraeger, item.anspruch) if x is not None
                )
            ),
            stelle=tr(item.stelle),
        ),
    ]
    if shown.unverified:
        parts.append(tr("explain.unverified_warning"))
    st.container(border=True).markdown("\n\n".join(p for p in parts if p))


def not_covered(tr: Translator, result: NotCoveredResult) -> None:
    """Instead of results: the date cannot be answered yet, and which values are missing."""
    lines = [
        tr(
            "coverage.not_covered",
            date=tr.date(result.rechtsstand),
            end=tr.date(result.covered_until),
        )
    ]
    year = str(result.rechtsstand.year)
    lines += [
        f"- {tr('coverage.missing', name=tr(f'param.{m.key}'), jahr=year)}" for m in result.missing
    ]
    st.warning("\n".join(lines))


def provisional_note(tr: Translator, area: str, message: str, on: date) -> None:
    """One line when the area's values on ``on`` rest on law a pending reform may change."""
    since = area_coverage()[area].provisional_from
    if since is not None and on >= since:
        st.info(tr(message, date=tr.date(since)))


def aufenthalt(
    tr: Translator, programm: str, result: ExplainedAmount | None, not_asked_line: bool = True
) -> None:
    """A programme's residence status, shown before its amounts: plainly, with the
    paragraph and what the family can do instead, when the status limits or excludes it;
    one line when the family skipped the questions; nothing when it does not limit."""
    if result is None:
        return
    status = status_of(result)
    if status is Aufenthaltsstatus.anspruch:
        return
    if status is Aufenthaltsstatus.nicht_gefragt:
        if not_asked_line:
            st.markdown(tr("ui.nebenbei", text=tr.step(result.steps[0])))
        return
    lines = [
        tr("aufenthalt.titel", programm=tr(programm), status=tr.quantity(result.value)),
        "",
        *(f"- {tr.step(step)}" for step in result.steps),
        "",
        tr("explain.basis", basis=tr.legal(result.legal_basis)),
    ]
    box = st.info if status is Aufenthaltsstatus.analog else st.warning
    box("\n".join(lines))


def beispiele(
    tr: Translator,
    prefix: str,
    texte: tuple[str, str | None],
    beispiele: Mapping[str, Beispiel],
    namen: Mapping[str, str],
) -> None:
    """A screen's example families, each one tap away in a panel (engine.md rule 10):
    ``texte`` are the panel's title and lead (None: no lead), ``prefix`` names its widgets."""
    titel, lead = texte
    with st.expander(tr(titel), key=f"{prefix}.beispiele_panel"):
        if lead is not None:
            st.markdown(tr(lead))
        for name, beispiel in beispiele.items():
            st.button(
                tr(namen[name]),
                on_click=state.load_example,
                args=(beispiel.scenario, beispiel.rechtsstand),
                use_container_width=True,
                key=f"{prefix}.beispiel.{name}",
            )


@lru_cache(maxsize=256)
def amounts_in_force(
    language: str, on: date, area: str, show_sources: bool
) -> tuple[int, int, str]:
    """An area's amounts in force on ``on`` as one text (one element an area, not one an
    amount), with how many there are and how many are unverified. Public data, the same
    for every household: written once per language, date and area, shared by all sessions."""
    tr = Translator(language)
    uses = [ParameterUse.of(p) for p in parameters_in_force(on, area)]
    lines = []
    for use in uses:
        lines.append(parameter_line(tr, use, N_("betraege.item")))
        if show_sources:
            lines.append(tr("betraege.source", source=tr.isolate(use.source)))
    unverified = sum(use.status == "unverified" for use in uses)
    return len(uses), unverified, "\n\n".join(lines)


@lru_cache(maxsize=len(LANGUAGES))
def coverage(language: str) -> str:
    """Until when each legal area's amounts are known, with how many there are: public
    data, one text a language for all sessions."""
    tr = Translator(language)
    lines = [
        tr(
            "home.coverage.line",
            area=tr.plural(f"area.{c.area}", sum(p.area == c.area for p in PARAMETERS.values())),
            end=tr.date(c.covered_until),
        )
        for c in area_coverage().values()
        if not c.general
    ]
    return "\n".join([tr("home.coverage.title"), *(f"- {line}" for line in lines)])

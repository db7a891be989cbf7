"""Erbe und Vorsorge: what an inheritance means without and with a Behindertentestament,
and the rechtliche Betreuung from the 18th birthday. Orientation, never a will text."""

import streamlit as st

from engine.erbe.aufenthalt import betreuungsrecht, erbstatut
from engine.erbe.beispiele import BEISPIELE
from engine.erbe.rules import Fall
from engine.erbe.scenario import Erblasserstaat, Programm
from engine.evaluate import ErbeResult, evaluate_erbe
from engine.explain import N_
from engine.parameters import NotCoveredResult
from ui import charts, inputs, money, render, state

PFAD = ("erbe",)
BEISPIEL_NAMEN = {"eltern": N_("erbe.beispiel.eltern"), "mutter": N_("erbe.beispiel.mutter")}
FAELLE = {
    "gesetzlich": N_("erbe.fall.gesetzlich"),
    "enterbt": N_("erbe.fall.enterbt"),
}

app = state.current()
tr = app.tr
st.title(tr("erbe.title"), anchor=False)
st.markdown(tr("erbe.lead"))
st.info(tr("erbe.hinweis_beratung"))

render.beispiele(
    tr,
    "erbe",
    (N_("erbe.beispiele.title"), None),
    BEISPIELE,
    BEISPIEL_NAMEN,
)


def ja_nein(label: str, path: tuple[str, ...]) -> object:
    return inputs.choice(
        tr,
        label,
        path,
        [True, False],
        lambda ja: tr(N_("leistung.ja") if ja else N_("leistung.nein")),
    )


def euro(label: str, name: str) -> None:
    value = money.euro_input(tr, tr(label), (*PFAD, name), step=1000)
    state.set_scenario_value((*PFAD, name), value)


def result() -> ErbeResult:
    return evaluate_erbe(state.current().scenario, state.current().rechtsstand)  # type: ignore[return-value]


def erbteile_section() -> None:
    st.subheader(tr("erbe.erbteile.title"), anchor=False)
    euro(N_("field.erbe.nachlass"), "nachlass")
    ehegatte = st.checkbox(tr("field.erbe.ehegatte"), key=state.bind((*PFAD, "ehegatte"), bool))
    state.set_scenario_value((*PFAD, "ehegatte"), ehegatte)
    kinder = st.number_input(
        tr("field.erbe.kinder"), 1, 15, key=state.bind((*PFAD, "kinder"), lambda k: k or 1)
    )
    state.set_scenario_value((*PFAD, "kinder"), kinder)
    e = result().erbe
    lines = [
        tr(
            "erbe.erbteil.kind",
            anteil=tr.quantity(e.kind.value),
            betrag=tr.quantity(e.kind_betrag.value),
        ),
        tr("erbe.pflichtteil", betrag=tr.quantity(e.pflichtteil.value)),
    ]
    if ehegatte:
        lines.insert(
            0,
            tr(
                "erbe.erbteil.ehegatte",
                anteil=tr.quantity(e.ehegatte.value),
                betrag=tr.quantity(e.ehegatte_betrag.value),
            ),
        )
    with st.container(border=True, key="erbe_erbteile"):
        st.markdown("\n".join(f"- {line}" for line in lines))
    render.explanation(tr, e.ehegatte, e.kind, e.kind_betrag, e.pflichtteil)


def _fall_lines(fall: Fall, monat_gegeben: bool) -> list[str]:
    lines = [
        tr("erbe.fall.erhalten", betrag=tr.quantity(fall.erhalten.value)),
        tr("erbe.fall.einzusetzen", betrag=tr.quantity(fall.einzusetzen.value)),
        tr("erbe.fall.behalten", betrag=tr.money(fall.behalten)),
    ]
    if fall.monate is not None:
        lines.insert(2, tr("erbe.fall.monate", monate=tr.quantity(fall.monate.value)))
    elif not monat_gegeben:
        lines.insert(2, tr("erbe.fall.monate_fehlt"))
    return lines


def sozialamt_section() -> None:
    st.subheader(tr("erbe.sozialamt.title"), anchor=False)
    inputs.choice(
        tr,
        N_("field.erbe.programm"),
        (*PFAD, "programm"),
        list(Programm),
        lambda p: tr(f"erbe.programm.{p}"),
    )
    if state.current().scenario.erbe.programm is None:
        st.info(tr("erbe.programm_fehlt"))
        return
    euro(N_("field.erbe.leistungen_monat"), "leistungen_monat")
    euro(N_("field.erbe.vermoegen"), "vermoegen")
    if state.current().scenario.erbe.programm is Programm.sozialhilfe:
        euro(N_("field.erbe.kostenersatz_monat"), "kostenersatz_monat")
        ja_nein(N_("field.person.partner"), ("person", "partner"))
    e = result().erbe
    if e.schonvermoegen is None or e.gesetzlich is None or e.enterbt is None:
        return
    monat_gegeben = state.current().scenario.erbe.leistungen_monat > 0
    st.markdown(tr("erbe.schonvermoegen", betrag=tr.quantity(e.schonvermoegen.value)))
    for name, fall in (("gesetzlich", e.gesetzlich), ("enterbt", e.enterbt)):
        with st.container(border=True, key=f"erbe_fall_{name}"):
            st.markdown(tr("ui.zwischentitel", text=tr(FAELLE[name])))
            st.markdown("\n".join(f"- {line}" for line in _fall_lines(fall, monat_gegeben)))
            st.markdown(tr.step(fall.einzusetzen.steps[0]))
    if e.testament is not None:
        with st.container(border=True, key="erbe_fall_testament"):
            st.markdown(tr("ui.zwischentitel", text=tr("erbe.fall.testament")))
            st.markdown(tr.step(e.testament.steps[0]))
            st.markdown(tr("explain.basis", basis=tr.legal(e.testament.legal_basis)))
    if e.kostenersatz is not None:
        st.markdown(tr.step(e.kostenersatz.steps[0]))
    if e.verlauf:
        charts.show(
            tr("chart.erbe.titel"), "chart.erbe", lambda: charts.erbe_verlauf(tr, e.verlauf)
        )
    erklaert = [e.schonvermoegen, e.gesetzlich.einzusetzen, e.enterbt.einzusetzen]
    if e.gesetzlich.monate is not None:
        erklaert.append(e.gesetzlich.monate)
    render.explanation(tr, *erklaert, *(x for x in (e.testament, e.kostenersatz) if x))


def betreuung_section() -> None:
    global app
    st.subheader(tr("erbe.betreuung.title"), anchor=False)
    st.markdown(tr("erbe.betreuung.lead"))
    app = inputs.geburtsdatum(app)
    ja_nein(N_("field.erbe.vollmacht_moeglich"), (*PFAD, "vollmacht_moeglich"))
    b = result().betreuung
    if b.zeitpunkt is None:
        st.info(tr("erbe.geburtsdatum_fehlt"))
    else:
        with st.container(border=True, key="erbe_betreuung_zeitpunkt"):
            st.markdown(tr.step(b.zeitpunkt.stand.steps[0]))
    alternativen = [tr.step(b.vollmacht.steps[0]), tr.step(b.notvertretung.steps[0])]
    st.markdown(tr("ui.zwischentitel", text=tr("erbe.alternativen")))
    st.markdown("\n".join(f"- {line}" for line in alternativen))
    st.markdown(tr("ui.zwischentitel", text=tr("erbe.kosten")))
    kosten = [
        tr.step(b.aufwandspauschale.steps[0]),
        tr.step(b.gebuehr_frei_heute.steps[0]),
        tr("erbe.gebuehr.mit_erbe", text=tr.step(b.gebuehr_frei_mit_erbe.steps[0])),
    ]
    st.markdown("\n".join(f"- {line}" for line in kosten))
    render.explanation(tr, b.aufwandspauschale, b.gebuehr_frei_heute)


def ausland_section() -> None:
    """Which law governs the parent's estate (EU-ErbVO since 17.8.2015 and the treaties
    that take precedence) and the child's Betreuung (ESÜ): the engine's answer."""
    with st.expander(tr("erbe.ausland.title"), key="erbe.ausland_panel"):
        staat = inputs.choice(
            tr,
            N_("field.erbe.staatsangehoerigkeit"),
            (*PFAD, "staatsangehoerigkeit"),
            list(Erblasserstaat),
            lambda s: tr(f"erbe.staat.{s}"),
        )
        if staat is Erblasserstaat.andere:
            ja_nein(N_("field.erbe.rechtswahl"), (*PFAD, "rechtswahl"))
        else:
            state.set_scenario_value((*PFAD, "rechtswahl"), None)
        recht = betreuungsrecht(True)
        if staat is None:
            st.info(tr("erbe.ausland.staat_fehlt"))
            steps, basis = recht.steps, recht.legal_basis
        else:
            # The family lives in Germany: the parent's last habitual residence is taken to be
            # here (the steps say so).
            statut = erbstatut(
                app.rechtsstand, True, staat, bool(state.current().scenario.erbe.rechtswahl)
            )
            st.markdown(tr("erbe.ausland.ergebnis", recht=tr(statut.value.key)))
            steps = (*statut.steps, *recht.steps)
            basis = f"{statut.legal_basis}; {recht.legal_basis}"
        st.markdown(
            "\n".join(f"- {tr.step(s)}" for s in steps)
            + "\n\n"
            + tr("explain.basis", basis=tr.legal(basis))
        )


stand = evaluate_erbe(app.scenario, app.rechtsstand)
if isinstance(stand, NotCoveredResult):
    render.not_covered(tr, stand)
else:
    erbteile_section()
    sozialamt_section()
    betreuung_section()
    ausland_section()

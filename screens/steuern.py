"""Steuern und Ausweis: what the Schwerbehindertenausweis and the care at home are worth."""

import streamlit as st

from engine.evaluate import evaluate_steuern
from engine.explain import N_
from engine.household import GDB_STUFEN, Bundesland, Merkzeichen
from engine.nachteilsausgleiche.beispiele import BEISPIELE
from engine.nachteilsausgleiche.rules import SteuernErgebnis
from engine.nachteilsausgleiche.scenario import Veranlagung
from engine.parameters import NotCoveredResult
from ui import aufenthalt, charts, inputs, money, render, state

PFAD = ("steuern",)
BEISPIEL_NAMEN = {
    "eltern": N_("steuern.beispiel.eltern"),
    "fahrer": N_("steuern.beispiel.fahrer"),
    "blind_bayern": N_("steuern.beispiel.blind_bayern"),
}
PARKEN = (Merkzeichen.aG, Merkzeichen.Bl)

app = state.current()
tr = app.tr
st.title(tr("steuern.title"), anchor=False)
st.markdown(tr("steuern.lead"))
app = aufenthalt.section(app)

render.beispiele(
    tr,
    "steuern",
    (N_("steuern.beispiele.title"), N_("steuern.beispiele.lead")),
    BEISPIELE,
    BEISPIEL_NAMEN,
)


def ergebnis() -> SteuernErgebnis | NotCoveredResult:
    jetzt = state.current()
    return evaluate_steuern(jetzt.scenario, jetzt.rechtsstand)


def haken(name: str) -> bool:
    return inputs.flag(tr, f"field.steuern.{name}", (*PFAD, name))


def anzahl(name: str, low: int, high: int) -> None:
    value = st.number_input(
        tr(f"field.steuern.{name}"),
        low,
        high,
        key=state.bind((*PFAD, name), lambda n: low if n is None else n),
    )
    state.set_scenario_value((*PFAD, name), value)


def ausweis_section() -> None:
    st.subheader(tr("steuern.ausweis.title"), anchor=False)
    inputs.choice(
        tr,
        N_("field.person.gdb"),
        ("person", "gdb"),
        list(GDB_STUFEN),
        lambda g: tr("gdb.stufe", gdb=g),
    )
    gewaehlt = st.pills(
        tr("field.person.merkzeichen"),
        list(Merkzeichen),
        selection_mode="multi",
        format_func=lambda m: tr(f"merkzeichen.{m}"),
        key=state.bind(("person", "merkzeichen"), lambda m: list(m or ())),
    )
    state.set_scenario_value(
        ("person", "merkzeichen"), tuple(sorted(gewaehlt, key=list(Merkzeichen).index))
    )
    inputs.choice(
        tr,
        N_("field.person.pflegegrad"),
        ("person", "pflegegrad"),
        [1, 2, 3, 4, 5],
        lambda g: tr(f"term.pflegegrad.{g}"),
    )
    inputs.geburtsdatum(state.current())
    inputs.choice(
        tr,
        N_("field.person.bundesland"),
        ("person", "bundesland"),
        list(Bundesland),
        lambda b: tr(f"bundesland.{b}"),
    )
    result = ergebnis()
    if isinstance(result, NotCoveredResult):
        return
    render.aufenthalt(tr, N_("aufenthalt.programm.sbausweis"), result.aufenthalt)
    sb = result.schwerbehindert
    (st.success if sb.value else st.info)(tr.step(sb.steps[0]))
    st.markdown(tr("ui.zwischentitel", text=tr("steuern.merkzeichen.title")))
    zeilen = []
    for zeile in result.merkzeichen:
        name = tr(f"merkzeichen.{zeile.merkzeichen}")
        kopf = tr("steuern.merkzeichen.vorhanden", name=name) if zeile.vorhanden else name
        vorteile = "; ".join(
            tr("steuern.vorteil.mit_basis", text=tr(v.key), basis=tr.legal(v.legal_basis))
            for v in zeile.vorteile
        )
        zeilen.append(f"- {kopf}: {vorteile}")
    st.markdown("\n".join(zeilen))


def steuer_section() -> None:
    st.subheader(tr("steuern.est.title"), anchor=False)
    st.markdown(tr("steuern.est.lead"))
    einkommen = money.optional_euro_input(
        tr, tr("field.steuern.einkommen"), (*PFAD, "einkommen"), step=1000
    )
    state.set_scenario_value((*PFAD, "einkommen"), einkommen)
    haken("zusammenveranlagung")
    inputs.choice(
        tr,
        N_("field.steuern.veranlagung"),
        (*PFAD, "veranlagung"),
        list(Veranlagung),
        lambda v: tr(f"veranlagung.{v}"),
    )
    anzahl("kinder", 0, 15)
    if haken("pflege_zuhause"):
        anzahl("pflegepersonen_im_haushalt", 1, 2)
        anzahl("pflegepersonen_weitere", 0, 5)
    for name in ("kinderbetreuung", "pflegeleistungen"):
        kosten = money.optional_euro_input(tr, tr(f"field.steuern.{name}"), (*PFAD, name), step=100)
        state.set_scenario_value((*PFAD, name), kosten)
    result = ergebnis()
    if isinstance(result, NotCoveredResult):
        return
    steuer = result.steuer
    if steuer is None:
        st.info(tr("steuern.est.kein_einkommen"))
        return
    st.markdown(
        tr(
            N_("steuern.est.tarif.splitting")
            if steuer.splitting
            else N_("steuern.est.tarif.grund"),
            ohne=tr.quantity(steuer.steuer_ohne.value),
            mit=tr.quantity(steuer.steuer_mit.value),
        )
    )
    for abzug in steuer.abzuege:
        with st.container(border=True):
            st.markdown(
                tr(
                    "steuern.abzug.zeile",
                    name=tr(f"steuern.abzug.{abzug.art}"),
                    betrag=tr.quantity(abzug.betrag.value),
                    ersparnis=tr.quantity(abzug.ersparnis),
                )
            )
            st.markdown("\n".join(f"- {tr.step(s)}" for s in abzug.betrag.steps))
    if steuer.ermaessigung is not None:
        with st.container(border=True):
            st.markdown(
                tr(
                    "steuern.ermaessigung.zeile",
                    name=tr(f"steuern.abzug.{steuer.ermaessigung.art}"),
                    ersparnis=tr.quantity(steuer.ermaessigung.ersparnis),
                )
            )
            st.markdown(tr.step(steuer.ermaessigung.betrag.steps[0]))
    if not steuer.abzuege and steuer.ermaessigung is None:
        st.info(tr("steuern.est.keine_abzuege"))
        return
    (st.success if steuer.ersparnis.amount else st.info)(
        tr("steuern.est.ersparnis", betrag=tr.quantity(steuer.ersparnis))
    )
    charts.show(
        tr("chart.ersparnis.ueberschrift"), "chart.ersparnis", lambda: charts.ersparnis(tr, steuer)
    )
    st.caption(tr("steuern.est.nicht_enthalten"))
    render.explanation(
        tr,
        steuer.steuer_ohne,
        steuer.steuer_mit,
        *(a.betrag for a in (*steuer.abzuege, *filter(None, (steuer.ermaessigung,)))),
    )


def mobil_section() -> None:
    st.subheader(tr("steuern.mobil.title"), anchor=False)
    haken("grundsicherung")
    kfz_steuer = money.optional_euro_input(
        tr, tr("field.steuern.kfz_steuer"), (*PFAD, "kfz_steuer"), step=10
    )
    state.set_scenario_value((*PFAD, "kfz_steuer"), kfz_steuer)
    result = ergebnis()
    if isinstance(result, NotCoveredResult):
        return
    merkzeichen = state.current().scenario.person.merkzeichen
    lines = []
    if result.wertmarke is None:
        lines.append(tr("steuern.wertmarke.keine"))
    else:
        lines.append(
            tr("steuern.wertmarke.zeile", betrag=tr.quantity(result.wertmarke.value))
            + " "
            + tr.step(result.wertmarke.steps[0])
        )
    if Merkzeichen.B in merkzeichen:
        lines.append(tr("steuern.begleitperson"))
    if any(m in merkzeichen for m in PARKEN):
        lines.append(tr("steuern.parken"))
    kfz = result.kfz
    lines.append(tr.step(kfz.erklaerung.steps[0]))
    if kfz.art == "ermaessigung" and kfz.ersparnis_jahr is not None and kfz.wertmarke:
        lines.append(
            tr(
                "steuern.kfz.vergleich",
                kfz=tr.quantity(kfz.ersparnis_jahr),
                wertmarke=tr.quantity(kfz.wertmarke.value),
            )
        )
    st.markdown("\n".join(f"- {line}" for line in lines))
    render.explanation(tr, *(r for r in (result.wertmarke, kfz.erklaerung) if r is not None))


def rundfunk_section() -> None:
    st.subheader(tr("steuern.rundfunk.title"), anchor=False)
    result = ergebnis()
    if isinstance(result, NotCoveredResult):
        return
    beitrag = result.rundfunkbeitrag
    st.markdown(tr("steuern.rundfunk.zeile", betrag=tr.quantity(beitrag.value)))
    st.markdown(tr.step(beitrag.steps[0]))
    st.caption(tr("explain.basis", basis=tr.legal(beitrag.legal_basis)))


def blind_section() -> None:
    result = ergebnis()
    if isinstance(result, NotCoveredResult) or result.blindengeld is None:
        return
    st.subheader(tr("steuern.blind.title"), anchor=False)
    blind = result.blindengeld
    if blind.landesblindengeld is None:
        st.info(tr("steuern.blind.land_waehlen"))
    else:
        st.markdown(tr("steuern.blind.land", betrag=tr.quantity(blind.landesblindengeld.value)))
    render.aufenthalt(
        tr,
        N_("aufenthalt.programm.blindenhilfe"),
        result.blindenhilfe_aufenthalt,
        not_asked_line=False,
    )
    st.markdown(tr("steuern.blind.hilfe", betrag=tr.quantity(blind.blindenhilfe.value)))
    st.markdown("\n".join(f"- {tr.step(s)}" for s in blind.blindenhilfe.steps))
    st.caption(tr("steuern.blind.pruefung"))
    render.explanation(
        tr, *(r for r in (blind.landesblindengeld, blind.blindenhilfe) if r is not None)
    )


stand = ergebnis()
if isinstance(stand, NotCoveredResult):
    render.not_covered(tr, stand)
else:
    ausweis_section()
    steuer_section()
    mobil_section()
    rundfunk_section()
    blind_section()

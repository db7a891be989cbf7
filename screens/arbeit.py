"""Arbeit und Geld: paths into work, the Werkstatt pay slip, and what the person lives on."""

from decimal import Decimal

import streamlit as st

from engine.arbeit.beispiele import BEISPIELE
from engine.arbeit.grundsicherung import Wohnsituation, monatsbild, wohnsituation
from engine.arbeit.rules import VOLL_ERWERBSGEMINDERT, System
from engine.arbeit.scenario import Arbeitsweg
from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.evaluate import check_for_date, evaluate_arbeit, evaluate_arbeit_verlauf
from engine.explain import N_
from engine.household import Merkzeichen, Wohnform
from engine.parameters import NotCoveredResult
from ui import aufenthalt, charts, inputs, money, render, state

PFAD = ("arbeit",)
MERKZEICHEN = ("person", "merkzeichen")
GEH_MERKZEICHEN = (Merkzeichen.G, Merkzeichen.aG)
# The sweep: 500 points of Werkstatt pay from the Grundbetrag to 2.5 × the month's need.
SWEEP_POINTS = 500
BEISPIEL_NAMEN = {
    "berufsbildung": N_("arbeit.beispiel.berufsbildung"),
    "arbeitsbereich": N_("arbeit.beispiel.arbeitsbereich"),
    "budget": N_("arbeit.beispiel.budget"),
}
WERKSTATT = (
    Arbeitsweg.werkstatt_berufsbildung,
    Arbeitsweg.werkstatt_arbeitsbereich,
    Arbeitsweg.andere_leistungsanbieter,
)

app = state.current()
tr = app.tr
st.title(tr("arbeit.title"), anchor=False)
st.markdown(tr("arbeit.lead"))
app = aufenthalt.section(app)

render.beispiele(
    tr,
    "arbeit",
    (N_("arbeit.beispiele.title"), N_("arbeit.beispiele.lead")),
    BEISPIELE,
    BEISPIEL_NAMEN,
)


def flag(name: str) -> bool:
    return inputs.flag(tr, f"field.arbeit.{name}", (*PFAD, name))


def euro(name: str, step: int = 10) -> Decimal:
    value = money.euro_input(tr, tr(f"field.arbeit.{name}"), (*PFAD, name), step=step)
    state.set_scenario_value((*PFAD, name), value)
    return value


def count(name: str, low: int, high: int) -> int:
    value = st.number_input(
        tr(f"field.arbeit.{name}"),
        low,
        high,
        key=state.bind((*PFAD, name), lambda n: n if n is not None else low),
    )
    state.set_scenario_value((*PFAD, name), value)
    return value


def person_section() -> None:
    global app
    st.subheader(tr("arbeit.person.title"), anchor=False)
    app = inputs.geburtsdatum(app)
    weg = inputs.choice(
        tr,
        N_("field.arbeit.weg"),
        (*PFAD, "weg"),
        list(Arbeitsweg),
        lambda w: tr(f"arbeit.weg.{w}"),
    )
    if weg not in (*VOLL_ERWERBSGEMINDERT, Arbeitsweg.werkstatt_berufsbildung):
        inputs.choice(
            tr,
            N_("field.arbeit.erwerbsfaehig"),
            (*PFAD, "erwerbsfaehig"),
            [True, False],
            lambda ja: tr(N_("arbeit.erwerbsfaehig.ja") if ja else N_("arbeit.erwerbsfaehig.nein")),
        )
    wohnform = inputs.choice(
        tr,
        N_("field.person.wohnform"),
        ("person", "wohnform"),
        list(Wohnform),
        lambda w: tr(f"wohnform.{w}"),
    )
    if wohnform is not Wohnform.besondere_wohnform:
        flag("bei_eltern")
    merkzeichen = st.pills(
        tr("field.arbeit.merkzeichen"),
        list(GEH_MERKZEICHEN),
        selection_mode="multi",
        format_func=lambda m: tr(f"merkzeichen.{m}"),
        key=state.bind(MERKZEICHEN, lambda m: [x for x in m or () if x in GEH_MERKZEICHEN]),
    )
    andere = [m for m in state.current().scenario.person.merkzeichen if m not in GEH_MERKZEICHEN]
    state.set_scenario_value(
        MERKZEICHEN, tuple(sorted({*andere, *merkzeichen}, key=list(Merkzeichen).index))
    )
    app = state.current()


def wege_section() -> None:
    ergebnis = evaluate_arbeit(app.scenario, app.rechtsstand)
    st.subheader(tr("arbeit.wege.title"), anchor=False)
    gewaehlt = app.scenario.arbeit.weg
    if ergebnis.weg_aufenthalt is not None:
        render.aufenthalt(
            tr, ergebnis.weg_aufenthalt.programm, ergebnis.weg_aufenthalt.status, False
        )
    for item in ergebnis.wege:
        if item.weg is not gewaehlt:
            continue
        with st.container(border=True):
            st.markdown(
                tr(
                    "arbeit.wege.zeile",
                    weg=tr(f"arbeit.weg.{item.weg}"),
                    traeger=tr.quantity(item.traeger.value),
                )
            )
            lines = [tr(f"arbeit.weg.text.{item.weg}")]
            if item.kostenfrei is not None:
                lines.append(tr.step(item.kostenfrei.steps[0]))
            lines.append(tr("explain.basis", basis=tr.legal(item.traeger.legal_basis)))
            st.markdown("\n".join(f"- {line}" for line in lines))
    with st.expander(tr("arbeit.wege.alle"), key="arbeit.wege_panel"):
        st.markdown(
            "\n".join(
                "- "
                + tr(
                    "arbeit.wege.zeile",
                    weg=tr(f"arbeit.weg.{item.weg}"),
                    traeger=tr.quantity(item.traeger.value),
                )
                for item in ergebnis.wege
            )
        )


def lohn_section() -> None:
    global app
    weg = app.scenario.arbeit.weg
    if weg in WERKSTATT:
        st.subheader(tr("arbeit.lohn.title"), anchor=False)
        if weg is not Arbeitsweg.werkstatt_berufsbildung:
            euro("steigerungsbetrag")
            seit = st.date_input(
                tr("field.arbeit.werkstatt_seit"),
                value=None,
                format="DD.MM.YYYY",
                key=state.bind((*PFAD, "werkstatt_seit")),
            )
            state.set_scenario_value((*PFAD, "werkstatt_seit"), seit)
        app = state.current()
        zettel = evaluate_arbeit(app.scenario, app.rechtsstand).lohnzettel
        with st.container(border=True):
            for name, part in (
                ("ausbildungsgeld", zettel.ausbildungsgeld),
                ("entgelt", zettel.entgelt),
                ("arbeitsfoerderungsgeld", zettel.arbeitsfoerderungsgeld),
            ):
                if part is not None:
                    st.markdown(
                        tr(
                            "leistung.zeile",
                            name=tr(f"arbeit.lohn.{name}"),
                            wert=tr.quantity(part.value),
                        )
                    )
                    st.markdown(tr("ui.nebenbei", text=tr.step(part.steps[0])))
            st.markdown(tr("arbeit.lohn.auszahlung", betrag=tr.quantity(zettel.auszahlung)))
        fakten = []
        if zettel.rentenversicherung is not None:
            fakten.append(tr.step(zettel.rentenversicherung.steps[0]))
        if zettel.erwerbsminderungsrente_ab is not None:
            fakten.append(tr.step(zettel.erwerbsminderungsrente_ab.steps[0]))
        st.markdown("\n".join(f"- {line}" for line in fakten))
    elif weg is not None and weg is not Arbeitsweg.tagesfoerderstaette:
        st.subheader(tr("arbeit.lohn.title"), anchor=False)
        euro("arbeitsentgelt", step=50)
        app = state.current()
        zuschuss = evaluate_arbeit(app.scenario, app.rechtsstand).budget_zuschuss
        if zuschuss is not None:
            st.markdown(tr.step(zuschuss.steps[0]))


def kdu_inputs() -> None:
    jetzt = state.current().scenario
    situation = wohnsituation(jetzt.person.wohnform, jetzt.arbeit.bei_eltern)
    if situation is Wohnsituation.eigene_wohnung:
        euro("miete")
    elif situation is Wohnsituation.besondere_wohnform:
        euro("miete")
        euro("warmmiete_durchschnitt")
        flag("zuschlaege_nachgewiesen")
    elif flag("mietvertrag"):
        euro("miete")
        count("personen_haushalt", 2, 15)
        euro("kdu_angemessen")
        euro("heizkosten")
    else:
        count("personen_haushalt", 2, 15)
        euro("kdu_angemessen")
        euro("kdu_angemessen_ohne")
        euro("heizkosten")


def grundsicherung_section() -> None:
    global app
    kdu_inputs()
    count("mittagessen_tage", 0, 23)
    with st.expander(tr("arbeit.mehr.title"), key="arbeit.mehr_panel"):
        for name in ("ernaehrung", "rente", "pflegegeld", "blindengeld"):
            euro(name)
        euro("vermoegen", step=500)
    app = state.current()
    ergebnis = evaluate_arbeit(app.scenario, app.rechtsstand)
    gs = ergebnis.grundsicherung
    zahl = gs.zahlbetrag.value.amount  # type: ignore[union-attr]
    if zahl and status_of(ergebnis.aufenthalt) is Aufenthaltsstatus.ausgeschlossen:
        headline = N_("arbeit.gs.ausgeschlossen")
    else:
        headline = N_("arbeit.gs.ergebnis") if zahl else N_("arbeit.gs.keine")
    (st.success if headline == "arbeit.gs.ergebnis" else st.warning)(
        tr(
            headline,
            betrag=tr.quantity(gs.zahlbetrag.value),
            bedarf=tr.quantity(gs.gesamtbedarf),
            einkommen=tr.quantity(gs.einkommen_angerechnet),
        )
    )
    with st.container(border=True):
        st.markdown(tr("ui.zwischentitel", text=tr("arbeit.gs.bedarf")))
        st.markdown("\n".join(f"- {tr.step(p.betrag.steps[0])}" for p in gs.bedarf))
        if gs.einkommen:
            st.markdown(tr("ui.zwischentitel", text=tr("arbeit.gs.einkommen")))
            st.markdown("\n".join(f"- {tr.step(p.betrag.steps[0])}" for p in gs.einkommen))
        if gs.nicht_angerechnet:
            st.markdown(tr("ui.zwischentitel", text=tr("arbeit.gs.frei")))
            st.markdown("\n".join(f"- {tr.step(p.betrag.steps[0])}" for p in gs.nicht_angerechnet))
    egh_wohnen = gs.eingliederungshilfe_wohnkosten
    if egh_wohnen is not None and egh_wohnen.value.amount:  # type: ignore[union-attr]
        st.info(tr.step(egh_wohnen.steps[0]))
    st.markdown(tr.step(gs.vermoegen.steps[0]))
    st.markdown(tr.step(gs.elternunterhalt.steps[0]))
    bild = monatsbild(gs)
    charts.show(
        tr("chart.arbeit.titel"),
        "chart.arbeit.monat",
        lambda: charts.lebensunterhalt(tr, list(bild.bedarf), list(bild.einnahmen)),
    )
    if app.scenario.arbeit.weg in (
        Arbeitsweg.werkstatt_arbeitsbereich,
        Arbeitsweg.andere_leistungsanbieter,
    ):
        entgelt = evaluate_arbeit(app.scenario, app.rechtsstand).lohnzettel.entgelt
        bis = (gs.gesamtbedarf.amount * 5 / 2).quantize(Decimal(1))
        punkte = evaluate_arbeit_verlauf(app.scenario, app.rechtsstand, bis, SWEEP_POINTS)
        st.markdown(tr("arbeit.verlauf.lead"))
        charts.show(
            tr("chart.arbeit.verlauf.titel"),
            "chart.arbeit.verlauf",
            lambda: charts.grundsicherung_verlauf(
                tr,
                [(p.entgelt, p.grundsicherung, p.gesamt) for p in punkte],
                entgelt.value.amount,  # type: ignore[union-attr]
            ),
        )
    render.explanation(tr, *(p.betrag for p in (*gs.bedarf, *gs.einkommen)), gs.zahlbetrag)


def lebensunterhalt_section() -> None:
    global app
    st.subheader(tr("arbeit.geld.title"), anchor=False)
    ergebnis = evaluate_arbeit(app.scenario, app.rechtsstand)
    system = ergebnis.system
    st.markdown(
        tr("arbeit.system.zeile", system=tr.quantity(system.value)) + " " + tr.step(system.steps[0])
    )
    key = system.value.key  # type: ignore[union-attr]
    programm = (
        N_("aufenthalt.programm.buergergeld")
        if key == f"arbeit.system.{System.buergergeld}"
        else N_("aufenthalt.programm.grundsicherung")
    )
    render.aufenthalt(tr, programm, ergebnis.aufenthalt)
    if ergebnis.grundsicherung is not None:
        grundsicherung_section()
    elif app.scenario.person.wohnform is Wohnform.vollstationaer:
        st.info(tr("arbeit.gs.einrichtung"))
    elif ergebnis.buergergeld is not None:
        bg = ergebnis.buergergeld
        lines = [tr.step(bg.regelbedarf.steps[0])]
        if bg.mehrbedarf is not None:
            lines.append(tr.step(bg.mehrbedarf.steps[0]))
        lines.append(tr("arbeit.bg.vermoegen"))
        st.markdown("\n".join(f"- {line}" for line in lines))


stand = evaluate_arbeit(app.scenario, app.rechtsstand)
if isinstance(stand, NotCoveredResult):
    render.not_covered(tr, stand)
else:
    person_section()
    if app.scenario.person.geburtsdatum is None or app.scenario.arbeit.weg is None:
        st.info(tr("arbeit.fehlt"))
    elif check_for_date(app.scenario, app.rechtsstand):
        st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
    else:
        wege_section()
        lohn_section()
        lebensunterhalt_section()

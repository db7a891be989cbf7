"""Eingliederungshilfe: who is responsible, which benefits are free, and the Kostenbeitrag."""

from decimal import Decimal

import streamlit as st

from engine.eingliederungshilfe.beispiele import BEISPIELE
from engine.eingliederungshilfe.rules import GRUPPEN, KATALOG, kostenbeitrag_verlauf
from engine.eingliederungshilfe.scenario import Behinderungsart, EghLeistung, Ursache
from engine.evaluate import check_for_date, evaluate_eingliederungshilfe
from engine.explain import N_
from engine.household import Einkunftsart, Wohnform
from ui import charts, inputs, render, state

PFAD = ("eingliederungshilfe",)
BEISPIEL_NAMEN = {"meier": N_("egh.beispiel.meier"), "schmidt": N_("egh.beispiel.schmidt")}
ELTERNTEILE = {
    "elternteil_1": N_("egh.elternteil_1"),
    "elternteil_2": N_("egh.elternteil_2"),
}

app = state.current()
tr = app.tr
st.title(tr("egh.title"), anchor=False)
st.markdown(tr("egh.lead"))

with st.expander(tr("egh.beispiele.title"), key="egh.beispiele_panel"):
    st.markdown(tr("egh.beispiele.lead"))
    for name, beispiel in BEISPIELE.items():
        st.button(
            tr(BEISPIEL_NAMEN[name]),
            on_click=state.load_example,
            args=(beispiel.scenario, beispiel.rechtsstand),
            use_container_width=True,
            key=f"egh.beispiel.{name}",
        )


def choice(label: str, path: tuple[str, ...], options: list, fmt) -> object:  # type: ignore[no-untyped-def]
    value = st.selectbox(
        tr(label),
        options,
        index=None,
        format_func=fmt,
        placeholder=tr("egh.bitte_waehlen"),
        key=state.bind(path),
    )
    state.set_scenario_value(path, value)
    return value


def einkommen_input(label: str, path: tuple[str, ...]) -> None:
    """One person's yearly income and its kind; 0 € clears it."""
    st.markdown(tr("ui.zwischentitel", text=tr(label)))
    left, right = st.columns(2)
    betrag = left.number_input(
        tr("field.einkommen.betrag_jahr"),
        0.0,
        10_000_000.0,
        step=1000.0,
        key=state.bind((*path, "betrag_jahr"), lambda b: float(b or 0)),
    )
    art = right.selectbox(
        tr("field.einkommen.art"),
        list(Einkunftsart),
        format_func=lambda a: tr(f"einkunftsart.{a}"),
        key=state.bind((*path, "art"), lambda a: a or Einkunftsart.sv_beschaeftigung),
    )
    value = {"betrag_jahr": Decimal(str(betrag)), "art": art} if betrag else None
    state.set_scenario_value(path, value)


def flag(name: str) -> bool:
    value = st.checkbox(tr(f"field.egh.{name}"), key=state.bind((*PFAD, name), bool))
    state.set_scenario_value((*PFAD, name), value)
    return value


def zustaendigkeit_section() -> None:
    global app
    st.subheader(tr("egh.zustaendig.title"), anchor=False)
    app = inputs.geburtsdatum(app)
    choice(
        N_("field.egh.behinderungsart"),
        (*PFAD, "behinderungsart"),
        list(Behinderungsart),
        lambda a: tr(f"behinderungsart.{a}"),
    )
    choice(
        N_("field.egh.ursache"),
        (*PFAD, "ursache"),
        list(Ursache),
        lambda u: tr(f"ursache.{u}"),
    )
    choice(
        N_("field.person.wohnform"),
        ("person", "wohnform"),
        list(Wohnform),
        lambda w: tr(f"wohnform.{w}"),
    )
    flag("existenzsichernd")
    app = state.current()
    if app.scenario.person.geburtsdatum is None:
        # Who is responsible and who pays depend on whether the person is a minor.
        st.info(tr("egh.geburtsdatum_fehlt"))
        return
    ergebnis = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
    traeger = ergebnis.zustaendigkeit
    with st.container(border=True):
        st.markdown(tr("egh.zustaendig.ergebnis", traeger=tr.quantity(traeger.value)))
        st.markdown(tr.step(traeger.steps[0]))
        st.markdown(tr("explain.basis", basis=tr.legal(traeger.legal_basis)))
    hinweise = [
        tr("egh.hinweis.nachrang"),
        tr("egh.hinweis.antrag"),
        tr("egh.hinweis.gesamtplan", jahre=tr.quantity(ergebnis.gesamtplan_jahre.value)),
        tr("egh.hinweis.eutb"),
        tr("egh.hinweis.budget"),
    ]
    st.markdown("\n".join(f"- {line}" for line in hinweise))
    with st.expander(tr("egh.ausland.title"), key="egh.ausland_panel"):
        st.markdown(tr("egh.ausland.text"))


def leistungen_section() -> None:
    global app
    st.subheader(tr("egh.leistungen.title"), anchor=False)
    ordered = sorted(EghLeistung, key=lambda leistung: GRUPPEN.index(KATALOG[leistung].gruppe))
    gewaehlt = st.multiselect(
        tr("field.egh.leistungen"),
        ordered,
        format_func=lambda leistung: tr(
            "egh.leistung.option",
            gruppe=tr(f"egh.gruppe.{KATALOG[leistung].gruppe}"),
            name=tr(f"egh.leistung.{leistung}"),
        ),
        placeholder=tr("egh.bitte_waehlen"),
        key=state.bind((*PFAD, "leistungen"), lambda leistungen: list(leistungen or ())),
    )
    state.set_scenario_value((*PFAD, "leistungen"), tuple(gewaehlt))
    app = state.current()
    if (
        not app.scenario.person.geburtsdatum
        or evaluate_eingliederungshilfe(app.scenario, app.rechtsstand).minderjaehrig
    ):
        flag("vor_einschulung")
    app = state.current()
    ergebnis = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
    for item in ergebnis.leistungen:
        with st.container(border=True):
            verdict = tr("egh.frei") if item.kostenfrei.value else tr("egh.beitrag")
            st.markdown(
                tr("leistung.zeile", name=tr(f"egh.leistung.{item.leistung}"), wert=verdict)
            )
            st.markdown(tr.step(item.kostenfrei.steps[0]))
            extras = [tr("explain.basis", basis=tr.legal(item.basis))]
            if item.poolbar:
                extras.append(tr("egh.poolen"))
            if item.pauschale:
                extras.append(tr("egh.pauschale"))
            st.markdown("\n".join(f"- {line}" for line in extras))


def kostenbeitrag_section() -> None:
    global app
    st.subheader(tr("egh.beitrag.title"), anchor=False)
    ergebnis = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
    if ergebnis.sgb_viii:
        st.info(tr("egh.beitrag.sgb8"))
        return
    if ergebnis.minderjaehrig:
        st.markdown(tr("egh.beitrag.lead_kind"))
        for teil, label in ELTERNTEILE.items():
            einkommen_input(label, ("eltern", teil))
        kinder = st.number_input(
            tr("field.eltern.kinder_im_haushalt"),
            0,
            15,
            key=state.bind(("eltern", "kinder_im_haushalt"), lambda k: k or 0),
        )
        state.set_scenario_value(("eltern", "kinder_im_haushalt"), kinder)
    else:
        st.info(tr("egh.beitrag.eltern_volljaehriger"))
        einkommen_input(N_("egh.eigenes_einkommen"), (*PFAD, "einkommen"))
        einkommen_input(N_("egh.partner_einkommen"), (*PFAD, "partner"))
        kinder = st.number_input(
            tr("field.egh.kinder"),
            0,
            15,
            key=state.bind((*PFAD, "kinder"), lambda k: k or 0),
        )
        state.set_scenario_value((*PFAD, "kinder"), kinder)
    flag("einkommen_abweichend")
    app = state.current()
    ergebnis = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
    beitrag, grenze = ergebnis.kostenbeitrag, ergebnis.einkommensgrenze
    if beitrag is None or grenze is None:
        st.info(tr("egh.beitrag.kein_einkommen"))
        return
    monat = beitrag.value.amount  # type: ignore[union-attr]
    (st.warning if monat else st.success)(
        tr(
            N_("egh.beitrag.ergebnis") if monat else N_("egh.beitrag.keiner"),
            grenze=tr.quantity(grenze.value),
            betrag=tr.quantity(beitrag.value),
        )
    )
    if monat:
        st.markdown(tr("egh.beitrag.netto"))
    st.markdown(tr("ui.zwischentitel", text=tr("chart.wasserfall.titel")))
    charts.show(charts.wasserfall(tr, beitrag), "chart.wasserfall")
    einkommen = beitrag.steps[-1].values["einkommen"].amount  # type: ignore[union-attr]
    grenze_betrag = grenze.value.amount  # type: ignore[union-attr]
    bis = max(grenze_betrag * 2, einkommen * Decimal("1.25"))
    punkte = kostenbeitrag_verlauf(grenze_betrag, bis, app.rechtsstand)
    st.markdown(tr("ui.zwischentitel", text=tr("chart.verlauf.titel")))
    charts.show(charts.verlauf(tr, punkte, einkommen, monat), "chart.verlauf")
    render.explanation(tr, grenze, beitrag)


def vermoegen_section() -> None:
    global app
    st.subheader(tr("egh.vermoegen.title"), anchor=False)
    value = st.number_input(
        tr("field.egh.vermoegen"),
        0.0,
        10_000_000.0,
        step=1000.0,
        key=state.bind((*PFAD, "vermoegen"), lambda v: float(v or 0)),
    )
    state.set_scenario_value((*PFAD, "vermoegen"), Decimal(str(value)))
    app = state.current()
    ergebnis = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
    st.markdown(
        tr(
            "egh.vermoegen.ergebnis",
            frei=tr.quantity(ergebnis.vermoegensfreibetrag.value),
            einsatz=tr.money(ergebnis.vermoegen_einzusetzen),
        )
    )
    st.markdown(tr("egh.vermoegen.haus"))
    render.explanation(tr, ergebnis.vermoegensfreibetrag)


zustaendigkeit_section()
if app.scenario.person.geburtsdatum is None:
    pass  # zustaendigkeit_section asked for it; nothing below holds without the age
elif check_for_date(app.scenario, app.rechtsstand):
    st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
else:
    leistungen_section()
    kostenbeitrag_section()
    vermoegen_section()

"""Eingliederungshilfe: who is responsible, which benefits are free, and the Kostenbeitrag."""

from collections.abc import Callable
from decimal import Decimal

import streamlit as st

from engine.asyl.rules import wartezeit
from engine.eingliederungshilfe.beispiele import BEISPIELE
from engine.eingliederungshilfe.rules import (
    GRUPPEN,
    KATALOG,
    kostenbeitrag_verlauf,
    partner_im_haushalt,
)
from engine.eingliederungshilfe.scenario import Behinderungsart, EghLeistung, Ursache
from engine.evaluate import check_for_date, evaluate_eingliederungshilfe
from engine.explain import N_, quantity_of
from engine.household import Wohnform
from engine.parameters import NotCoveredResult
from ui import aufenthalt, charts, inputs, money, render, state

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
app = aufenthalt.section(app)

render.beispiele(
    tr,
    "egh",
    (N_("egh.beispiele.title"), N_("egh.beispiele.lead")),
    BEISPIELE,
    BEISPIEL_NAMEN,
)


def flag(name: str) -> bool:
    return inputs.flag(tr, f"field.egh.{name}", (*PFAD, name))


def zustaendigkeit_section() -> None:
    global app
    st.subheader(tr("egh.zustaendig.title"), anchor=False)
    app = inputs.geburtsdatum(app)
    inputs.choice(
        tr,
        N_("field.egh.behinderungsart"),
        (*PFAD, "behinderungsart"),
        list(Behinderungsart),
        lambda a: tr(f"behinderungsart.{a}"),
    )
    inputs.choice(
        tr,
        N_("field.egh.ursache"),
        (*PFAD, "ursache"),
        list(Ursache),
        lambda u: tr(f"ursache.{u}"),
    )
    inputs.choice(
        tr,
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
    render.aufenthalt(tr, N_("aufenthalt.programm.eingliederungshilfe"), ergebnis.aufenthalt)
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
        frist = wartezeit(app.rechtsstand, app.scenario.aufenthalt.analog_vor_2024)
        st.markdown(
            tr(
                "egh.ausland.text",
                wartezeit=tr.quantity(quantity_of(frist)),
                seit=tr.date(frist.valid_from),
            )
        )


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
        placeholder=tr("ui.placeholder.choose"),
        key=state.bind((*PFAD, "leistungen"), lambda leistungen: list(leistungen or ())),
    )
    state.set_scenario_value((*PFAD, "leistungen"), tuple(gewaehlt))
    app = state.current()
    if (
        not app.scenario.person.geburtsdatum
        or evaluate_eingliederungshilfe(app.scenario, app.rechtsstand).minderjaehrig
    ):
        flag("vor_einschulung")
        flag("einrichtung")
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
    if ergebnis.haeusliche_ersparnis is not None:
        ersparnis = ergebnis.haeusliche_ersparnis
        lines = [tr.step(step) for step in ersparnis.steps]
        lines.append(tr("explain.basis", basis=tr.legal(ersparnis.legal_basis)))
        st.info("\n".join(f"- {line}" for line in lines))


def kostenbeitrag_section() -> None:
    global app
    ergebnis = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
    if ergebnis.sgb_viii:
        st.info(
            tr(
                N_("egh.beitrag.sgb8")
                if ergebnis.minderjaehrig
                else N_("egh.beitrag.sgb8_junge_volljaehrige")
            )
        )
        return
    if ergebnis.beitragsfrei.value and ergebnis.kostenbeitrag is not None:
        st.success(tr("egh.beitrag.alle_frei", betrag=tr.quantity(ergebnis.kostenbeitrag.value)))
        st.markdown(tr.step(ergebnis.beitragsfrei.steps[0]))
        return
    if ergebnis.minderjaehrig:
        st.markdown(tr("egh.beitrag.lead_kind"))
        # Filled once the result is known: an unanswered household question, asked above it.
        annahme = st.empty()
        inputs.eltern_zusammenlebend(tr)
        inputs.einkommen(tr, ELTERNTEILE["elternteil_1"], ("eltern", "elternteil_1"))
        if state.current().scenario.eltern.zusammen:
            inputs.einkommen(tr, ELTERNTEILE["elternteil_2"], ("eltern", "elternteil_2"))
        kinder = st.number_input(
            tr("field.eltern.kinder_im_haushalt"),
            0,
            15,
            key=state.bind(("eltern", "kinder_im_haushalt"), lambda k: k or 0),
        )
        state.set_scenario_value(("eltern", "kinder_im_haushalt"), kinder)
    else:
        st.info(tr("egh.beitrag.eltern_volljaehriger"))
        inputs.einkommen(tr, N_("egh.eigenes_einkommen"), (*PFAD, "einkommen"))
        annahme = st.empty()
        inputs.partner(tr)
        jetzt = state.current().scenario
        if partner_im_haushalt(jetzt.person.partner, jetzt.eingliederungshilfe):
            inputs.einkommen(tr, N_("egh.partner_einkommen"), (*PFAD, "partner"))
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
    if ergebnis.haushalt_angenommen is not None:
        annahme.warning(tr.step(ergebnis.haushalt_angenommen.steps[0]))
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
    if ergebnis.beitrag_nur_fuer:
        namen = [tr(f"egh.leistung.{leistung}") for leistung in ergebnis.beitrag_nur_fuer]
        st.info("\n".join([tr("egh.beitrag.nur_fuer"), *(f"- {name}" for name in namen)]))
    if ergebnis.hinweis_alleinerziehend:
        st.caption(tr("egh.hinweis.alleinerziehend"))
    if monat:
        st.markdown(tr("egh.beitrag.netto"))
    charts.show(
        tr("chart.wasserfall.titel"), "chart.wasserfall", lambda: charts.wasserfall(tr, beitrag)
    )
    einkommen = beitrag.steps[-1].values["einkommen"].amount  # type: ignore[union-attr]
    grenze_betrag = grenze.value.amount  # type: ignore[union-attr]
    bis = max(grenze_betrag * 2, einkommen * Decimal("1.25"))
    punkte = kostenbeitrag_verlauf(grenze_betrag, bis, app.rechtsstand)
    charts.show(
        tr("chart.verlauf.titel"),
        "chart.verlauf",
        lambda: charts.verlauf(tr, punkte, einkommen, monat),
    )
    render.explanation(tr, grenze, beitrag)


def vermoegen_section() -> None:
    global app
    stand = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
    if stand.beitragsfrei.value or stand.sgb_viii:
        st.markdown(tr.step(stand.beitragsfrei.steps[0]))
        return
    value = money.euro_input(
        tr,
        tr("field.egh.vermoegen"),
        (*PFAD, "vermoegen"),
        step=1000,
    )
    state.set_scenario_value((*PFAD, "vermoegen"), value)
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


# What each part of the page shows of the result. A tap in one of the two fragments below
# reruns that part alone; when it changes what another part shows, the whole page reruns.
OBEN = ("zustaendigkeit", "aufenthalt", "leistungen", "haeusliche_ersparnis")
BEITRAG = (
    "sgb_viii",
    "minderjaehrig",
    "beitragsfrei",
    "beitrag_nur_fuer",
    "einkommensgrenze",
    "kostenbeitrag",
    "hinweis_alleinerziehend",
    "haushalt_angenommen",
)
VERMOEGEN = ("sgb_viii", "beitragsfrei", "vermoegensfreibetrag", "vermoegen_einzusetzen")


def _zeigt(*teile: tuple[str, ...]) -> Callable[[state.AppState], object]:
    """What the parts named by ``teile`` show: a fragment's ``outside``."""
    namen = tuple(dict.fromkeys(name for teil in teile for name in teil))

    def gezeigt(app: state.AppState) -> object:
        ergebnis = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
        return tuple(getattr(ergebnis, name, None) for name in namen)

    return gezeigt


@state.fragment(_zeigt(OBEN, VERMOEGEN))
def kostenbeitrag() -> None:
    """The incomes and the Kostenbeitrag: an income tap reruns this part alone."""
    global app
    app = state.current()
    kostenbeitrag_section()


@state.fragment(_zeigt(OBEN, BEITRAG))
def vermoegen() -> None:
    """The assets and what of them counts: an asset tap reruns this part alone."""
    global app
    app = state.current()
    vermoegen_section()


egh_stand = evaluate_eingliederungshilfe(app.scenario, app.rechtsstand)
if isinstance(egh_stand, NotCoveredResult):
    render.not_covered(tr, egh_stand)
else:
    zustaendigkeit_section()
    # Without a birth date zustaendigkeit_section asked for it: nothing below holds without
    # knowing whether the person is a minor.
    if app.scenario.person.geburtsdatum is not None:
        if check_for_date(app.scenario, app.rechtsstand):
            st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
        else:
            leistungen_section()
            st.subheader(tr("egh.beitrag.title"), anchor=False)
            kostenbeitrag()
            st.subheader(tr("egh.vermoegen.title"), anchor=False)
            vermoegen()

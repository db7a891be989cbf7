"""Kinder und Jugendliche: who pays, what is free, Kindergeld, the parents' benefits of the
Krankenkasse, and what changes at which birthday."""

import streamlit as st

from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.eingliederungshilfe.scenario import Behinderungsart
from engine.evaluate import check_for_date, evaluate_kinder
from engine.explain import N_, Count, ExplainedAmount, ExplainedDecision
from engine.household import GDB_STUFEN, Merkzeichen
from engine.kinder.beispiele import BEISPIELE
from engine.kinder.ergebnis import KinderErgebnis
from engine.parameters import NotCoveredResult
from engine.person import volljaehrig
from ui import aufenthalt, inputs, kinder_charts, money, render, state
from ui.charts import show

PFAD = ("kinder",)
BEISPIEL_NAMEN = {
    "baby": N_("kinder.beispiel.baby"),
    "schulkind": N_("kinder.beispiel.schulkind"),
    "werkstatt": N_("kinder.beispiel.werkstatt"),
}

app = state.current()
tr = app.tr
st.title(tr("kinder.title"), anchor=False)
st.markdown(tr("kinder.lead"))
app = aufenthalt.section(app)

render.beispiele(
    tr,
    "kinder",
    (N_("kinder.beispiele.title"), N_("kinder.beispiele.lead")),
    BEISPIELE,
    BEISPIEL_NAMEN,
)


def flag(name: str) -> bool:
    return inputs.flag(tr, f"field.kinder.{name}", (*PFAD, name))


def kind_section() -> None:
    global app
    st.subheader(tr("kinder.kind.title"), anchor=False)
    app = inputs.geburtsdatum(app)
    inputs.choice(
        tr,
        N_("field.egh.behinderungsart"),
        ("eingliederungshilfe", "behinderungsart"),
        list(Behinderungsart),
        lambda a: tr(f"behinderungsart.{a}"),
    )
    inputs.choice(
        tr,
        N_("field.person.pflegegrad"),
        ("person", "pflegegrad"),
        [1, 2, 3, 4, 5],
        lambda g: tr(f"term.pflegegrad.{g}"),
        N_("kinder.kein_pflegegrad"),
    )
    inputs.choice(
        tr,
        N_("field.kinder.gdb"),
        ("person", "gdb"),
        list(GDB_STUFEN),
        lambda g: tr.number(g),
        N_("kinder.kein_gdb"),
    )
    merkzeichen = st.pills(
        tr("field.kinder.merkzeichen"),
        list(Merkzeichen),
        selection_mode="multi",
        format_func=lambda m: tr(f"merkzeichen.{m}"),
        key=state.bind(("person", "merkzeichen"), lambda m: list(m or ())),
    )
    state.set_scenario_value(("person", "merkzeichen"), tuple(merkzeichen))
    geburtsdatum = state.current().scenario.person.geburtsdatum
    if geburtsdatum is None or not volljaehrig(geburtsdatum, app.rechtsstand).value:
        einschulung = st.date_input(
            tr("field.kinder.einschulung"),
            value=None,
            format="DD.MM.YYYY",
            key=state.bind((*PFAD, "einschulung")),
        )
        state.set_scenario_value((*PFAD, "einschulung"), einschulung)
    flag("auf_hilfe_angewiesen")
    app = state.current()


def card(
    title: str,
    result: ExplainedAmount | ExplainedDecision,
    status: ExplainedAmount | None = None,
    *,
    status_steps: bool = False,
) -> None:
    """One result as a card: its name, yes/no or amount, each step, the legal basis.
    ``status``: the residence or insurance status shown above the card; when it excludes
    a benefit the card would grant, the card says so instead of its verdict; with
    ``status_steps`` an entitling status adds its steps (e.g. the Gesundheitskarte's)."""
    gilt = status_of(status) if status is not None else Aufenthaltsstatus.anspruch
    steps = result.steps
    offen = result.value.value if isinstance(result.value, Count) else result.value
    if gilt is Aufenthaltsstatus.ausgeschlossen and offen:
        verdict = tr("kinder.entfaellt")
    elif isinstance(result, ExplainedDecision):
        verdict = tr("leistung.ja") if result.value else tr("leistung.nein")
    else:
        verdict = tr.quantity(result.value)
    if status is not None and status_steps and gilt is Aufenthaltsstatus.anspruch:
        steps = (*status.steps, *steps)
    with st.container(border=True):
        st.markdown(tr("leistung.zeile", name=title, wert=verdict))
        st.markdown("\n".join(f"- {tr.step(s)}" for s in steps))
        st.markdown(tr("explain.basis", basis=tr.legal(result.legal_basis)))


def cards(
    ergebnis: KinderErgebnis, names: tuple[str, ...], status: ExplainedAmount | None = None
) -> None:
    for name in names:
        card(tr(f"kinder.{name}"), getattr(ergebnis, name), status)


def zustaendig_section(ergebnis: KinderErgebnis) -> None:
    st.subheader(tr("kinder.zustaendig.title"), anchor=False)
    card(tr("kinder.zustaendig.traeger"), ergebnis.zustaendigkeit)
    card(tr("kinder.lotse"), ergebnis.verfahrenslotse)


def bildung_section(ergebnis: KinderErgebnis) -> None:
    st.subheader(tr("kinder.bildung.title"), anchor=False)
    status = ergebnis.eingliederungshilfe_aufenthalt
    render.aufenthalt(tr, N_("aufenthalt.programm.eingliederungshilfe"), status, False)
    cards(ergebnis, ("fruehfoerderung", "kita", "schule"), status)


def kindergeld_section() -> None:
    global app
    st.subheader(tr("kinder.kindergeld.title"), anchor=False)
    ergebnis = evaluate_kinder(app.scenario, app.rechtsstand)
    render.aufenthalt(tr, N_("aufenthalt.programm.kindergeld"), ergebnis.kindergeld.aufenthalt)
    if ergebnis.kindergeld.volljaehrig or ergebnis.alter >= 17:
        st.markdown(tr("kinder.kindergeld.volljaehrig_lead"))
        flag("behinderung_vor_25")
        for name in ("einkommen_monat", "grundsicherung_monat"):
            betrag = money.euro_input(tr, tr(f"field.kinder.{name}"), (*PFAD, name), step=50)
            state.set_scenario_value((*PFAD, name), betrag)
        flag("pflegegeld")
        mehr = money.optional_euro_input(
            tr, tr("field.kinder.mehrbedarf_monat"), (*PFAD, "mehrbedarf_monat"), step=50
        )
        state.set_scenario_value((*PFAD, "mehrbedarf_monat"), mehr)
        app = state.current()
        ergebnis = evaluate_kinder(app.scenario, app.rechtsstand)
    kindergeld = ergebnis.kindergeld
    betrag = kindergeld.betrag
    ausgeschlossen = status_of(kindergeld.aufenthalt) is Aufenthaltsstatus.ausgeschlossen
    if ausgeschlossen and betrag.value.amount:  # type: ignore[union-attr]
        st.warning(tr("kinder.kindergeld.ausgeschlossen", betrag=tr.quantity(betrag.value)))
    else:
        (st.success if betrag.value.amount else st.warning)(  # type: ignore[union-attr]
            tr("kinder.kindergeld.ergebnis", betrag=tr.quantity(betrag.value))
        )
    if kindergeld.lebensbedarf is not None and kindergeld.behinderung.value:  # type: ignore[union-attr]
        bedarf = kindergeld.lebensbedarf
        st.markdown(
            tr(
                "kinder.kindergeld.vergleich",
                bedarf=tr.money(bedarf.bedarf, "month"),
                mittel=tr.money(bedarf.mittel, "month"),
            )
        )
        show(
            tr("chart.kinder.titel"),
            "chart.kinder.bedarf_mittel",
            lambda: kinder_charts.bedarf_mittel(tr, bedarf),
        )
    monate = [
        tr("kinder.kindergeld.monat", monat=tr.date(m.monat), betrag=tr.money(m.kindergeld))
        for m in kindergeld.monate
        if not m.minderjaehrig
    ]
    if monate:
        with st.expander(tr("kinder.kindergeld.monate", jahr=str(app.rechtsstand.year))):
            st.markdown("\n".join(f"- {line}" for line in monate))
    render.explanation(tr, betrag)


def eltern_section() -> None:
    global app
    st.subheader(tr("kinder.eltern.title"), anchor=False)
    inputs.choice(
        tr,
        N_("field.eltern.zusammenlebend"),
        ("eltern", "zusammenlebend"),
        [True, False],
        lambda beide: tr(N_("egh.eltern.beide") if beide else N_("egh.eltern.einer")),
    )
    kinder = st.number_input(
        tr("field.eltern.kinder_im_haushalt"),
        0,
        15,
        key=state.bind(("eltern", "kinder_im_haushalt"), lambda k: k or 0),
    )
    state.set_scenario_value(("eltern", "kinder_im_haushalt"), kinder)
    app = state.current()
    ergebnis = evaluate_kinder(app.scenario, app.rechtsstand)
    for programm, title, result, status in (
        (
            N_("aufenthalt.programm.kinderkrankengeld"),
            N_("kinder.kinderkrankengeld"),
            ergebnis.kinderkrankengeld,
            ergebnis.kinderkrankengeld_versicherung,
        ),
        (
            N_("aufenthalt.programm.haushaltshilfe"),
            N_("kinder.haushaltshilfe"),
            ergebnis.haushaltshilfe,
            ergebnis.haushaltshilfe_versicherung,
        ),
    ):
        render.aufenthalt(tr, programm, status, False)
        card(tr(title), result, status, status_steps=True)
    cards(ergebnis, ("mitaufnahme", "nachsorge"))
    render.leistung(tr, ergebnis.kurzzeitpflege)


def zeitleiste_section() -> None:
    st.subheader(tr("kinder.zeitleiste.title"), anchor=False)
    ergebnis = evaluate_kinder(app.scenario, app.rechtsstand)
    st.markdown(tr("kinder.zeitleiste.lead"))
    show(
        tr("chart.kinder.zeitleiste.titel"),
        "chart.kinder.zeitleiste",
        lambda: kinder_charts.zeitleiste(tr, ergebnis.zeitleiste, app.rechtsstand),
    )
    for punkt in ergebnis.zeitleiste:
        with st.container(border=True):
            st.markdown(
                tr(
                    "kinder.zeitleiste.zeile",
                    name=tr(f"zeitleiste.{punkt.key}.kurz"),
                    datum=tr.date(punkt.datum),
                )
            )
            st.markdown(tr.step(punkt.regel))
            if not punkt.vorbei:
                st.markdown(tr("kinder.zeitleiste.tun", text=tr(punkt.tun)))
            st.caption(tr("explain.basis", basis=tr.legal(punkt.regel.legal_basis)))


kind_section()
if app.scenario.person.geburtsdatum is None:
    st.info(tr("kinder.geburtsdatum_fehlt"))
elif check_for_date(app.scenario, app.rechtsstand):
    st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
else:
    stand = evaluate_kinder(app.scenario, app.rechtsstand)
    if isinstance(stand, NotCoveredResult):
        render.not_covered(tr, stand)
    else:
        zustaendig_section(stand)
        if stand.minderjaehrig:
            bildung_section(stand)
        kindergeld_section()
        eltern_section()
        zeitleiste_section()

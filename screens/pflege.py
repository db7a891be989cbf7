"""Care (Pflege): the Pflegegrad self-assessment, and everything the grade brings."""

from decimal import Decimal

import streamlit as st

from engine.evaluate import check_for_date, evaluate_pflege
from engine.explain import N_, ParameterUse
from engine.household import Einkunftsart, Merkzeichen, Wohnform
from engine.parameters import NotCoveredResult, param
from engine.person import volljaehrig
from engine.pflege.begutachtung import Altersstufe, altersstufe, begutachten, wird_gefragt
from engine.pflege.leistungen import FAHRKOSTEN_MERKZEICHEN, fragt_mobilitaet, wohnt_zuhause
from engine.pflege.nba import KRITERIEN, MODULE, Kriterium, Skala, zeitraeume
from ui import aufenthalt, charts, inputs, money, render, state

PFAD = ("pflege",)
MERKZEICHEN = ("person", "merkzeichen")
BEGUTACHTUNG = ("pflege", "begutachtung")
MODUL_KEY = "pflege.modul"
EURO_FELDER = (
    "bedarf_monat",
    "einkommen_monat",
    "erwerbseinkommen_monat",
    "unterkunft_monat",
    "vermoegen",
    "vermoegen_aus_erwerb",
)
ELTERN_LABELS = {
    "elternteil_1": N_("field.eltern.elternteil_1.betrag_jahr"),
    "elternteil_2": N_("field.eltern.elternteil_2.betrag_jahr"),
}
WEGE = {"ermitteln": N_("pflege.weg.ermitteln"), "bekannt": N_("pflege.weg.bekannt")}

app = state.current()
tr = app.tr
st.title(tr("pflege.title"), anchor=False)


def _stunden(value: Decimal | None) -> float:
    """Hours as a number input shows them; nothing entered shows as 0."""
    return float(value or 0)


st.markdown(tr("pflege.lead"))
render.provisional_note(tr, "pflege", N_("coverage.provisional.pflege"), app.rechtsstand)
app = aufenthalt.section(app)


def _answers_input(kriterium: Kriterium) -> int | None:
    st.markdown(tr("nba.kriterium", nummer=kriterium.nummer, name=tr.isolate(kriterium.name_de)))
    options = [0, 1] if kriterium.skala is Skala.ja_nein else [0, 1, 2, 3]
    return st.radio(
        tr(f"nba.frage.{kriterium.nummer}"),
        options,
        index=None,
        format_func=lambda i: tr(f"nba.skala.{kriterium.skala}.{i}"),
        key=state.bind((*BEGUTACHTUNG, "antworten", kriterium.nummer)),
    )


def _measure_input(kriterium: Kriterium) -> dict | None:
    st.markdown(tr("nba.kriterium", nummer=kriterium.nummer, name=tr.isolate(kriterium.name_de)))
    perioden = zeitraeume(kriterium.nummer)
    pfad = (*BEGUTACHTUNG, "messungen", kriterium.nummer)
    links, rechts = st.columns(2)
    anzahl = links.number_input(
        tr(f"nba.frage.{kriterium.nummer}"),
        min_value=0,
        max_value=999,
        key=state.bind((*pfad, "anzahl"), lambda n: n or 0),
    )
    je = rechts.segmented_control(
        tr("nba.je.label"),
        perioden,
        format_func=lambda p: tr(f"nba.je.{p}"),
        required=True,
        key=state.bind((*pfad, "je"), lambda p: p if p in perioden else perioden[0]),
    )
    return {"anzahl": anzahl, "je": je} if anzahl else None


def assessment() -> None:
    """One module at a time, with progress, skip and back (the engine decides what is asked)."""
    global app
    app = inputs.geburtsdatum(app)
    if check_for_date(app.scenario, app.rechtsstand):
        st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
        return
    person = app.scenario.person
    b = app.scenario.pflege.begutachtung
    stufe = altersstufe(person.geburtsdatum, app.rechtsstand)
    st.info(tr(f"pflege.altersstufe.{stufe}"))
    progress = st.empty()  # filled after the questions, so it counts this run's answers

    def gefragt(modul: int, inkontinenz: bool) -> list[Kriterium]:
        return [
            k
            for k in KRITERIEN
            if k.modul == modul
            and wird_gefragt(k, stufe, person.geburtsdatum, app.rechtsstand, inkontinenz)
        ]

    # The labels never change between runs: the browser sends the chosen label back, and
    # a label with a live count ("1/11") would match no option after the next answer.
    modul = state.keep(
        MODUL_KEY,
        st.selectbox(
            tr("pflege.modul.label"),
            list(MODULE),
            format_func=lambda m: tr("pflege.modul.option", n=m, name=tr(f"modul.kurz.{m}")),
            key=state.owned(MODUL_KEY, 1),
        ),
    )
    modul_stand = st.empty()  # this module's count, filled once this run's answers are in
    st.markdown(tr("ui.zwischentitel", text=tr(f"modul.{modul}")))
    st.markdown(tr(f"modul.hilfe.{modul}"))
    if stufe is Altersstufe.kind and modul in (1, 2, 4, 6):
        st.markdown(tr("pflege.kind_hinweis"))
    antworten = dict(b.antworten)
    messungen = {n: m.model_dump() for n, m in b.messungen.items()}
    if modul == 1:
        bedarf = st.checkbox(
            tr("nba.bedarfskonstellation"),
            key=state.bind((*BEGUTACHTUNG, "bedarfskonstellation")),
        )
        state.set_scenario_value((*BEGUTACHTUNG, "bedarfskonstellation"), bedarf)
    inkontinenz = b.inkontinenz
    # The incontinence question opens 4.11/4.12 where the instrument would ask them.
    if modul == 4 and len(gefragt(4, inkontinenz=True)) > len(gefragt(4, inkontinenz=False)):
        inkontinenz = st.checkbox(
            tr("nba.inkontinenz"),
            key=state.bind((*BEGUTACHTUNG, "inkontinenz")),
        )
        state.set_scenario_value((*BEGUTACHTUNG, "inkontinenz"), inkontinenz)
    fragen = gefragt(modul, inkontinenz)
    if not fragen:
        st.markdown(tr("pflege.modul.nicht_begutachtet_text"))
    for kriterium in fragen:
        if kriterium.skala is Skala.messung:
            value = _measure_input(kriterium)
            target = messungen
        else:
            value = _answers_input(kriterium)
            target = antworten
        if value is None:
            target.pop(kriterium.nummer, None)
        else:
            target[kriterium.nummer] = value
    state.set_scenario_value((*BEGUTACHTUNG, "antworten"), antworten)
    state.set_scenario_value((*BEGUTACHTUNG, "messungen"), messungen)
    module = begutachten(
        state.current().scenario.pflege.begutachtung, person.geburtsdatum, app.rechtsstand
    ).module
    answered, total = sum(m.beantwortet for m in module), sum(m.fragen for m in module)
    stand = next(m for m in module if m.modul == modul)
    modul_stand.markdown(
        tr("pflege.modul.nicht_begutachtet")
        if not stand.begutachtet and modul != 1
        else tr("pflege.modul.stand", done=stand.beantwortet, of=stand.fragen)
    )
    progress.progress(
        answered / total if total else 0.0, text=tr("pflege.fortschritt", n=answered, total=total)
    )
    back, forward = st.columns(2)
    back.button(
        tr("pflege.zurueck"),
        disabled=modul == 1,
        on_click=state.choose,
        args=(MODUL_KEY, modul - 1),
        use_container_width=True,
    )
    forward.button(
        tr("pflege.weiter"),
        disabled=modul == 6,
        on_click=state.choose,
        args=(MODUL_KEY, modul + 1),
        type="primary",
        use_container_width=True,
    )


def assessment_result() -> None:
    result = evaluate_pflege(app.scenario, app.rechtsstand).begutachtung
    if result is None:
        return
    st.subheader(tr("pflege.ergebnis.title"), anchor=False)
    grad = result.pflegegrad
    headline = tr(
        "pflege.ergebnis.grad",
        grad=tr(f"term.pflegegrad.{grad or 0}"),
        punkte=tr.number(result.gesamtpunkte),
    )
    (st.success if grad else st.info)(headline)
    schwellen = [
        ParameterUse.of(param(f"pflegegrad_schwelle_pg{g}", app.rechtsstand)) for g in range(1, 6)
    ]
    charts.show(
        tr("chart.punkte.ueberschrift"),
        "chart.punkte",
        lambda: charts.punkte(tr, result, schwellen),
    )
    if result.bedarfskonstellation:
        st.markdown(tr("pflege.ergebnis.bedarfskonstellation"))
    if result.fehlende_punkte is not None:
        st.markdown(
            tr.plural(
                "pflege.ergebnis.fehlen",
                result.fehlende_punkte,
                grad=tr(f"term.pflegegrad.{result.naechster_pflegegrad}"),
            )
        )
        lines = [
            tr(
                N_("pflege.ergebnis.hebel_reicht") if h.reicht else N_("pflege.ergebnis.hebel"),
                modul=tr(f"modul.kurz.{h.modul}"),
                n=h.modul,
                plus=tr.plural("points", h.plus_punkte),
                roh=tr.plural("count.einzelpunkte", h.rohpunkte_fehlen),
            )
            for h in result.hebel
        ]
        st.markdown("\n".join(f"- {line}" for line in lines))
    if result.offene_fragen:
        st.warning(tr.plural("pflege.ergebnis.offen", result.offene_fragen))
    render.explanation(tr, result)


def visit_note() -> None:
    hinweis = evaluate_pflege(app.scenario, app.rechtsstand).hinweis
    with st.expander(tr("pflege.besuch.title")):
        st.markdown(
            tr(
                "pflege.besuch.text",
                tage=tr.quantity(hinweis.frist.value),
                betrag=tr.quantity(hinweis.verzoegerung.value),
            )
        )
        st.markdown(render.parameter_line(tr, hinweis.frist))
        st.markdown(render.parameter_line(tr, hinweis.verzoegerung))


def _grad(app: state.AppState) -> object:
    """What the rest of the page reads from the self-assessment: the grade it gives."""
    return getattr(evaluate_pflege(app.scenario, app.rechtsstand), "pflegegrad", None)


@state.fragment(_grad)
def selbsteinschaetzung() -> None:
    """The questions and their result: an answer reruns this part, the page only when the
    grade changes."""
    global app
    app = state.current()
    assessment()
    app = state.current()
    assessment_result()


st.subheader(tr("pflege.grad.title"), anchor=False)
# Which way follows from the scenario: a known grade is stored, an assessed one is not.
weg = st.segmented_control(
    tr("pflege.weg.label"),
    list(WEGE),
    format_func=lambda w: tr(WEGE[w]),
    required=True,
    key=state.bind(
        ("person", "pflegegrad"),
        lambda grad: "bekannt" if grad else "ermitteln",
        key_path=("pflege", "weg"),
    ),
)
if weg == "bekannt":
    known = st.selectbox(
        tr("field.person.pflegegrad"),
        [1, 2, 3, 4, 5],
        format_func=lambda g: tr(f"term.pflegegrad.{g}"),
        placeholder=tr("ui.placeholder.choose"),
        key=state.bind(("person", "pflegegrad"), lambda g: g or 2),
    )
    state.set_scenario_value(("person", "pflegegrad"), known)
    app = inputs.geburtsdatum(state.current())
else:
    state.set_scenario_value(("person", "pflegegrad"), None)
    selbsteinschaetzung()
visit_note()


def pflegeperson_section() -> None:
    """Who cares at home: hours, days, work; the Pflegekasse's benefits for the caregiver."""
    global app
    pfad = (*PFAD, "pflegeperson")

    def stunden_input(name: str, top: float) -> Decimal:
        value = st.number_input(
            tr(f"field.pflegeperson.{name}"),
            0.0,
            top,
            step=1.0,
            key=state.bind((*pfad, name), _stunden),
        )
        return Decimal(str(value))

    stunden = stunden_input("pflege_stunden_woche", 168.0)
    tage = st.number_input(
        tr("field.pflegeperson.pflege_tage_woche"),
        0,
        7,
        key=state.bind((*pfad, "pflege_tage_woche"), lambda t: t or 0),
    )
    erwerb = stunden_input("erwerb_stunden_woche", 100.0)
    beschaeftigte_pfad = (*pfad, "beschaeftigte_arbeitgeber")
    angestellt = st.toggle(
        tr("field.pflegeperson.angestellt"),
        key=state.bind(beschaeftigte_pfad, lambda n: n is not None, key_path=(*pfad, "angestellt")),
    )
    beschaeftigte = None
    if angestellt:
        beschaeftigte = st.number_input(
            tr("field.pflegeperson.beschaeftigte_arbeitgeber"),
            0,
            1_000_000,
            key=state.bind(beschaeftigte_pfad, lambda n: n or 1),
        )
    state.set_scenario_value(
        pfad,
        {
            "pflege_stunden_woche": stunden,
            "pflege_tage_woche": tage,
            "erwerb_stunden_woche": erwerb,
            "beschaeftigte_arbeitgeber": beschaeftigte,
        },
    )
    app = state.current()
    for item in evaluate_pflege(app.scenario, app.rechtsstand).leistungen.pflegeperson:
        render.leistung(tr, item)


def benefits() -> None:
    """What the grade brings in the chosen setting, for the caregiver, and Hilfe zur Pflege."""
    global app
    st.subheader(tr("pflege.leistungen.title"), anchor=False)
    wohnform = st.selectbox(
        tr("field.person.wohnform"),
        list(Wohnform),
        format_func=lambda w: tr(f"wohnform.{w}"),
        placeholder=tr("ui.placeholder.choose"),
        key=state.bind(("person", "wohnform"), lambda w: w or Wohnform.zuhause),
    )
    state.set_scenario_value(("person", "wohnform"), wohnform)
    app = state.current()
    pflege = evaluate_pflege(app.scenario, app.rechtsstand)
    render.aufenthalt(
        tr, N_("aufenthalt.programm.pflegeversicherung"), pflege.aufenthalt.pflegeversicherung
    )
    grad = pflege.pflegegrad
    if grad is None:
        st.info(tr("pflege.leistungen.kein_grad"))
    else:
        st.markdown(
            tr(
                f"pflege.leistungen.lead.{pflege.pflegegrad_quelle}",
                grad=tr(f"term.pflegegrad.{grad}"),
                date=tr.date(app.rechtsstand),
            )
        )

    # Only what reaches this household asks its details (its insurance may rule it out).
    gilt = {item.key: item.anspruch.value and item.gilt for item in pflege.leistungen.leistungen}
    if gilt.get("pflegesachleistung"):
        anteil = st.slider(
            tr("field.pflege.sachleistung_anteil"),
            min_value=0,
            max_value=100,
            step=5,
            format="%d %%",
            key=state.bind((*PFAD, "sachleistung_anteil"), lambda a: int((a or 0) * 100)),
        )
        state.set_scenario_value((*PFAD, "sachleistung_anteil"), Decimal(anteil) / 100)
    elif gilt.get("pflegegeld_tage"):
        tage = st.number_input(
            tr("field.pflege.tage_zuhause_monat"),
            min_value=0,
            max_value=31,
            key=state.bind((*PFAD, "tage_zuhause_monat"), lambda t: t or 0),
        )
        state.set_scenario_value((*PFAD, "tage_zuhause_monat"), tage)
        verguetung = money.euro_input(
            tr,
            tr("field.pflege.verguetung_einrichtung_monat"),
            (*PFAD, "verguetung_einrichtung_monat"),
        )
        state.set_scenario_value((*PFAD, "verguetung_einrichtung_monat"), verguetung or None)
    elif gilt.get("leistungszuschlag"):
        monate = st.number_input(
            tr("field.pflege.heim_monate"),
            min_value=0,
            max_value=600,
            key=state.bind((*PFAD, "heim_monate"), lambda m: m or 0),
        )
        state.set_scenario_value((*PFAD, "heim_monate"), monate)
        eigenanteil = money.euro_input(
            tr,
            tr("field.pflege.eigenanteil_monat"),
            (*PFAD, "eigenanteil_monat"),
            step=50,
        )
        state.set_scenario_value((*PFAD, "eigenanteil_monat"), eigenanteil or None)
    app = state.current()
    pflege = evaluate_pflege(app.scenario, app.rechtsstand)
    leistungen = pflege.leistungen
    by_key = {item.key: item for item in leistungen.leistungen}

    monatlich = leistungen.monatlich()
    if monatlich:
        charts.show(
            tr("chart.monatlich.ueberschrift"),
            "chart.monatlich",
            lambda: charts.monatlich(tr, monatlich),
        )
    if (
        by_key.get("pflegegeld")
        and by_key["pflegegeld"].gilt
        and by_key["pflegegeld"].betrag
        and by_key["pflegesachleistung"].betrag
    ):
        charts.show(
            tr("chart.kombi.titel"),
            "chart.kombi",
            lambda: charts.kombination(tr, by_key["pflegesachleistung"], by_key["pflegegeld"]),
        )

    for item in leistungen.leistungen:
        render.leistung(tr, item)
    if leistungen.ersatzpflege:
        st.markdown(tr("ui.zwischentitel", text=tr("pflege.ersatzpflege.title")))
        st.markdown(tr("pflege.ersatzpflege.lead"))
        for item in leistungen.ersatzpflege:
            render.leistung(tr, item)

    st.markdown(tr("ui.zwischentitel", text=tr("pflege.krankenkasse.title")))
    # The care screen asks only the Merkzeichen its Fahrkosten rule reads; the others the
    # household gave elsewhere stay as they are.
    merkzeichen = st.pills(
        tr("field.pflege.merkzeichen"),
        list(FAHRKOSTEN_MERKZEICHEN),
        selection_mode="multi",
        format_func=lambda m: tr(f"merkzeichen.{m}"),
        key=state.bind(MERKZEICHEN, lambda m: [x for x in m or () if x in FAHRKOSTEN_MERKZEICHEN]),
    )
    andere = [
        m for m in state.current().scenario.person.merkzeichen if m not in FAHRKOSTEN_MERKZEICHEN
    ]
    state.set_scenario_value(
        MERKZEICHEN, tuple(sorted({*andere, *merkzeichen}, key=list(Merkzeichen).index))
    )
    if fragt_mobilitaet(grad):
        mobil = st.checkbox(
            tr("field.pflege.mobilitaet"),
            key=state.bind((*PFAD, "mobilitaet_dauerhaft_beeintraechtigt"), bool),
        )
        state.set_scenario_value((*PFAD, "mobilitaet_dauerhaft_beeintraechtigt"), mobil)
    app = state.current()
    pflege = evaluate_pflege(app.scenario, app.rechtsstand)
    for item in pflege.leistungen.krankenkasse:
        render.leistung(tr, item)

    if wohnt_zuhause(wohnform):
        with render.panel(
            tr("pflege.pflegeperson.title"),
            "pflege.pflegeperson_panel",
            expanded=app.scenario.pflege.pflegeperson is not None,
        ) as panel:
            if panel.open:
                pflegeperson_section()

    hzp_stand = evaluate_pflege(app.scenario, app.rechtsstand).hilfe_zur_pflege
    if isinstance(hzp_stand, NotCoveredResult):
        with st.expander(tr("pflege.hzp.title"), key="pflege.hzp_panel"):
            render.not_covered(tr, hzp_stand)
        return
    # Open from the start when the household has answered it.
    with render.panel(
        tr("pflege.hzp.title"),
        "pflege.hzp_panel",
        expanded=app.scenario.pflege.hilfe_zur_pflege is not None,
    ) as panel:
        if not panel.open:
            return
        render.aufenthalt(
            tr,
            N_("aufenthalt.programm.hilfe_zur_pflege"),
            evaluate_pflege(app.scenario, app.rechtsstand).aufenthalt.hilfe_zur_pflege,
            not_asked_line=False,
        )
        st.markdown(tr("pflege.hzp.lead"))
        pfad = (*PFAD, "hilfe_zur_pflege")

        def euro(label: str, path: tuple[str, ...], step: int = 50) -> Decimal:
            return money.euro_input(tr, tr(label), path, step)

        def flag(name: str) -> bool:
            return st.checkbox(tr(f"field.hzp.{name}"), key=state.bind((*pfad, name), bool))

        werte: dict[str, object] = {
            name: euro(f"field.hzp.{name}", (*pfad, name)) for name in EURO_FELDER
        }
        werte |= {
            "unterhaltene_personen": st.number_input(
                tr("field.hzp.unterhaltene_personen"),
                0,
                15,
                key=state.bind((*pfad, "unterhaltene_personen"), lambda n: n or 0),
            ),
            "grundsicherung": flag("grundsicherung"),
            "eingliederungshilfe_vor_rentenalter": flag("eingliederungshilfe_vor_rentenalter"),
            "blind": flag("blind"),
        }
        werte["bedarf_monat"] = werte["bedarf_monat"] or None
        state.set_scenario_value(pfad, werte)
        geburtsdatum = app.scenario.person.geburtsdatum
        if geburtsdatum is None or volljaehrig(geburtsdatum, app.rechtsstand).value:
            # § 85 Abs. 1 SGB XII and § 1 DVO count the partner the household named.
            inputs.partner(tr)
            st.markdown(tr("pflege.hzp.eltern_frage"))
            for teil in ("elternteil_1", "elternteil_2"):
                einkommen = getattr(app.scenario.eltern, teil)
                betrag = money.optional_euro_input(
                    tr, tr(ELTERN_LABELS[teil]), ("eltern", teil, "betrag_jahr"), 1000
                )
                art = einkommen.art if einkommen else Einkunftsart.sv_beschaeftigung
                # A 0 € income is an income (issue 9 item 1); only an empty field is none.
                value = {"betrag_jahr": betrag, "art": art} if betrag is not None else None
                state.set_scenario_value(("eltern", teil), value)
        else:
            # § 85 Abs. 2 SGB XII and § 1 DVO count the parents and the children they support;
            # unanswered until the family chooses.
            inputs.eltern_zusammenlebend(tr)
            kinder = st.number_input(
                tr("field.eltern.kinder_im_haushalt"),
                0,
                15,
                key=state.bind(("eltern", "kinder_im_haushalt"), lambda k: max(k or 0, 1)),
            )
            state.set_scenario_value(("eltern", "kinder_im_haushalt"), kinder)
        app = state.current()
        ergebnis = evaluate_pflege(app.scenario, app.rechtsstand).hilfe_zur_pflege
        if ergebnis is not None:
            umfang = tr.step(ergebnis.pflegegrad.steps[0])
            (st.markdown if ergebnis.pflegegrad.value else st.info)(umfang)
            st.markdown(tr("pflege.hzp.ungedeckt", betrag=tr.quantity(ergebnis.ungedeckt.value)))
            if ergebnis.besondere_wohnform.value:
                st.info(tr("pflege.hzp.besondere_wohnform"))
            if ergebnis.lebenslagenmodell.value:
                st.info(tr("pflege.hzp.lebenslagenmodell"))
            if ergebnis.einkommensgrenze is not None:
                st.markdown(
                    tr("pflege.hzp.grenze", betrag=tr.quantity(ergebnis.einkommensgrenze.value))
                )
            if ergebnis.einsatz is not None:
                st.markdown(tr("pflege.hzp.einsatz", betrag=tr.quantity(ergebnis.einsatz.value)))
            if ergebnis.schonbetrag is not None:
                st.markdown(
                    tr(
                        "pflege.hzp.vermoegen",
                        schon=tr.quantity(ergebnis.schonbetrag.value),
                        einsatz=tr.money(ergebnis.vermoegen_einzusetzen),
                    )
                )
            if ergebnis.elternbeitrag is not None:
                st.markdown(
                    tr("pflege.hzp.eltern", betrag=tr.quantity(ergebnis.elternbeitrag.value))
                )
            st.markdown(tr("pflege.hzp.stelle"))
            parts = [ergebnis.ungedeckt, ergebnis.lebenslagenmodell, ergebnis.besondere_wohnform]
            parts += [
                p
                for p in (
                    ergebnis.einkommensgrenze,
                    ergebnis.freibetrag,
                    ergebnis.einsatz,
                    ergebnis.schonbetrag,
                    ergebnis.elternbeitrag,
                )
                if p is not None
            ]
            render.explanation(tr, *parts)


if not check_for_date(app.scenario, app.rechtsstand):
    benefits()

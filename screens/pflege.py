"""Care (Pflege): the Pflegegrad self-assessment, and everything the grade brings."""

from decimal import Decimal

import streamlit as st

from engine.evaluate import check_for_date, evaluate_pflege
from engine.explain import N_, ParameterUse
from engine.household import Einkunftsart, Wohnform
from engine.parameters import NotCoveredResult, param
from engine.person import volljaehrig
from engine.pflege.begutachtung import Altersstufe, altersstufe, begutachten, wird_gefragt
from engine.pflege.leistungen import fragt_mobilitaet, wohnt_zuhause
from engine.pflege.nba import KRITERIEN, MODULE, Kriterium, Skala, zeitraeume
from engine.pflege.scenario import Merkzeichen
from ui import charts, inputs, money, render, state

PFAD = ("pflege",)
BEGUTACHTUNG = ("pflege", "begutachtung")
WEG_KEY, MODUL_KEY = "pflege.weg", "pflege.modul"
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
st.markdown(tr("pflege.lead"))
render.provisional_note(tr, "pflege", N_("coverage.provisional.pflege"), app.rechtsstand)


def _answers_input(kriterium: Kriterium, antworten: dict[str, int]) -> int | None:
    st.markdown(tr("nba.kriterium", nummer=kriterium.nummer, name=tr.isolate(kriterium.name_de)))
    options = [0, 1] if kriterium.skala is Skala.ja_nein else [0, 1, 2, 3]
    return st.radio(
        tr(f"nba.frage.{kriterium.nummer}"),
        options,
        index=antworten.get(kriterium.nummer),
        format_func=lambda i: tr(f"nba.skala.{kriterium.skala}.{i}"),
        key=state.input_key((*BEGUTACHTUNG, "antworten", kriterium.nummer)),
    )


def _measure_input(kriterium: Kriterium, messungen: dict) -> dict | None:
    st.markdown(tr("nba.kriterium", nummer=kriterium.nummer, name=tr.isolate(kriterium.name_de)))
    current = messungen.get(kriterium.nummer)
    perioden = zeitraeume(kriterium.nummer)
    links, rechts = st.columns(2)
    anzahl = links.number_input(
        tr(f"nba.frage.{kriterium.nummer}"),
        min_value=0,
        max_value=999,
        value=current.anzahl if current else 0,
        key=state.input_key((*BEGUTACHTUNG, "messungen", kriterium.nummer, "anzahl")),
    )
    je = rechts.segmented_control(
        tr("nba.je.label"),
        perioden,
        default=current.je if current and current.je in perioden else perioden[0],
        format_func=lambda p: tr(f"nba.je.{p}"),
        required=True,
        key=state.input_key((*BEGUTACHTUNG, "messungen", kriterium.nummer, "je")),
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

    stand = {m.modul: m for m in begutachten(b, person.geburtsdatum, app.rechtsstand).module}
    modul = st.selectbox(
        tr("pflege.modul.label"),
        list(MODULE),
        format_func=lambda m: tr(
            "pflege.modul.option",
            n=m,
            name=tr(f"modul.kurz.{m}"),
            stand=tr("pflege.modul.nicht_begutachtet")
            if not stand[m].begutachtet and m != 1
            else tr("pflege.modul.stand", done=stand[m].beantwortet, of=stand[m].fragen),
        ),
        key=MODUL_KEY,
    )
    st.markdown(tr("ui.zwischentitel", text=tr(f"modul.{modul}")))
    st.markdown(tr(f"modul.hilfe.{modul}"))
    if stufe is Altersstufe.kind and modul in (1, 2, 4, 6):
        st.markdown(tr("pflege.kind_hinweis"))
    antworten = dict(b.antworten)
    messungen = {n: m.model_dump() for n, m in b.messungen.items()}
    if modul == 1:
        bedarf = st.checkbox(
            tr("nba.bedarfskonstellation"),
            value=b.bedarfskonstellation,
            key=state.input_key((*BEGUTACHTUNG, "bedarfskonstellation")),
        )
        state.set_scenario_value((*BEGUTACHTUNG, "bedarfskonstellation"), bedarf)
    inkontinenz = b.inkontinenz
    # The incontinence question opens 4.11/4.12 where the instrument would ask them.
    if modul == 4 and len(gefragt(4, inkontinenz=True)) > len(gefragt(4, inkontinenz=False)):
        inkontinenz = st.checkbox(
            tr("nba.inkontinenz"),
            value=b.inkontinenz,
            key=state.input_key((*BEGUTACHTUNG, "inkontinenz")),
        )
        state.set_scenario_value((*BEGUTACHTUNG, "inkontinenz"), inkontinenz)
    fragen = gefragt(modul, inkontinenz)
    if not fragen:
        st.markdown(tr("pflege.modul.nicht_begutachtet_text"))
    for kriterium in fragen:
        if kriterium.skala is Skala.messung:
            value = _measure_input(kriterium, messungen)
            target = messungen
        else:
            value = _answers_input(kriterium, antworten)
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
    progress.progress(
        answered / total if total else 0.0, text=tr("pflege.fortschritt", n=answered, total=total)
    )
    back, forward = st.columns(2)
    back.button(
        tr("pflege.zurueck"),
        disabled=modul == 1,
        on_click=lambda: st.session_state.update({MODUL_KEY: modul - 1}),
        use_container_width=True,
    )
    forward.button(
        tr("pflege.weiter"),
        disabled=modul == 6,
        on_click=lambda: st.session_state.update({MODUL_KEY: modul + 1}),
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
    charts.show(charts.punkte(tr, result, schwellen), "chart.punkte")
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


st.subheader(tr("pflege.grad.title"), anchor=False)
if WEG_KEY not in st.session_state:
    st.session_state[WEG_KEY] = "bekannt" if app.scenario.person.pflegegrad else "ermitteln"
weg = st.segmented_control(
    tr("pflege.weg.label"),
    list(WEGE),
    format_func=lambda w: tr(WEGE[w]),
    required=True,
    key=WEG_KEY,
)
if weg == "bekannt":
    known = st.selectbox(
        tr("field.person.pflegegrad"),
        [1, 2, 3, 4, 5],
        index=(app.scenario.person.pflegegrad or 2) - 1,
        format_func=lambda g: tr(f"term.pflegegrad.{g}"),
        placeholder=tr("ui.placeholder.choose"),
        key=state.input_key(("person", "pflegegrad")),
    )
    state.set_scenario_value(("person", "pflegegrad"), known)
    app = inputs.geburtsdatum(state.current())
else:
    state.set_scenario_value(("person", "pflegegrad"), None)
    app = state.current()
    assessment()
    app = state.current()
    assessment_result()
visit_note()


def benefits() -> None:
    """What the grade brings in the chosen setting, for the caregiver, and Hilfe zur Pflege."""
    global app
    st.subheader(tr("pflege.leistungen.title"), anchor=False)
    wohnform = st.selectbox(
        tr("field.person.wohnform"),
        list(Wohnform),
        index=list(Wohnform).index(app.scenario.person.wohnform or Wohnform.zuhause),
        format_func=lambda w: tr(f"wohnform.{w}"),
        placeholder=tr("ui.placeholder.choose"),
        key=state.input_key(("person", "wohnform")),
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

    gilt = {item.key: item.anspruch.value for item in pflege.leistungen.leistungen}
    if gilt.get("pflegesachleistung"):
        anteil = st.slider(
            tr("field.pflege.sachleistung_anteil"),
            min_value=0,
            max_value=100,
            step=5,
            value=int(app.scenario.pflege.sachleistung_anteil * 100),
            format="%d %%",
            key=state.input_key((*PFAD, "sachleistung_anteil")),
        )
        state.set_scenario_value((*PFAD, "sachleistung_anteil"), Decimal(anteil) / 100)
    elif gilt.get("pflegegeld_tage"):
        tage = st.number_input(
            tr("field.pflege.tage_zuhause_monat"),
            min_value=0,
            max_value=31,
            value=app.scenario.pflege.tage_zuhause_monat,
            key=state.input_key((*PFAD, "tage_zuhause_monat")),
        )
        state.set_scenario_value((*PFAD, "tage_zuhause_monat"), tage)
        verguetung = money.euro_input(
            tr,
            tr("field.pflege.verguetung_einrichtung_monat"),
            app.scenario.pflege.verguetung_einrichtung_monat,
            state.input_key((*PFAD, "verguetung_einrichtung_monat")),
        )
        state.set_scenario_value((*PFAD, "verguetung_einrichtung_monat"), verguetung or None)
    elif gilt.get("leistungszuschlag"):
        monate = st.number_input(
            tr("field.pflege.heim_monate"),
            min_value=0,
            max_value=600,
            value=app.scenario.pflege.heim_monate,
            key=state.input_key((*PFAD, "heim_monate")),
        )
        state.set_scenario_value((*PFAD, "heim_monate"), monate)
        eigenanteil = money.euro_input(
            tr,
            tr("field.pflege.eigenanteil_monat"),
            app.scenario.pflege.eigenanteil_monat,
            state.input_key((*PFAD, "eigenanteil_monat")),
            step=50,
        )
        state.set_scenario_value((*PFAD, "eigenanteil_monat"), eigenanteil or None)
    app = state.current()
    pflege = evaluate_pflege(app.scenario, app.rechtsstand)
    leistungen = pflege.leistungen
    by_key = {item.key: item for item in leistungen.leistungen}

    monatlich = leistungen.monatlich()
    if monatlich:
        charts.show(charts.monatlich(tr, monatlich), "chart.monatlich")
    if (
        by_key.get("pflegegeld")
        and by_key["pflegegeld"].betrag
        and by_key["pflegesachleistung"].betrag
    ):
        st.markdown(tr("ui.zwischentitel", text=tr("chart.kombi.titel")))
        charts.show(
            charts.kombination(tr, by_key["pflegesachleistung"], by_key["pflegegeld"]),
            "chart.kombi",
        )

    for item in leistungen.leistungen:
        render.leistung(tr, item)
    if leistungen.ersatzpflege:
        st.markdown(tr("ui.zwischentitel", text=tr("pflege.ersatzpflege.title")))
        st.markdown(tr("pflege.ersatzpflege.lead"))
        for item in leistungen.ersatzpflege:
            render.leistung(tr, item)

    st.markdown(tr("ui.zwischentitel", text=tr("pflege.krankenkasse.title")))
    merkzeichen = st.pills(
        tr("field.pflege.merkzeichen"),
        list(Merkzeichen),
        selection_mode="multi",
        default=list(app.scenario.pflege.merkzeichen),
        format_func=lambda m: tr(f"merkzeichen.{m}"),
        key=state.input_key((*PFAD, "merkzeichen")),
    )
    state.set_scenario_value((*PFAD, "merkzeichen"), tuple(merkzeichen))
    if fragt_mobilitaet(grad):
        mobil = st.checkbox(
            tr("field.pflege.mobilitaet"),
            value=app.scenario.pflege.mobilitaet_dauerhaft_beeintraechtigt,
            key=state.input_key((*PFAD, "mobilitaet_dauerhaft_beeintraechtigt")),
        )
        state.set_scenario_value((*PFAD, "mobilitaet_dauerhaft_beeintraechtigt"), mobil)
    app = state.current()
    pflege = evaluate_pflege(app.scenario, app.rechtsstand)
    for item in pflege.leistungen.krankenkasse:
        render.leistung(tr, item)

    if wohnt_zuhause(wohnform):
        with st.expander(tr("pflege.pflegeperson.title"), key="pflege.pflegeperson_panel"):
            pp = app.scenario.pflege.pflegeperson
            pfad = (*PFAD, "pflegeperson")

            def stunden_input(name: str, top: float, current: Decimal | None) -> Decimal:
                value = st.number_input(
                    tr(f"field.pflegeperson.{name}"),
                    0.0,
                    top,
                    float(current or 0),
                    1.0,
                    key=state.input_key((*pfad, name)),
                )
                return Decimal(str(value))

            stunden = stunden_input("pflege_stunden_woche", 168.0, pp and pp.pflege_stunden_woche)
            tage = st.number_input(
                tr("field.pflegeperson.pflege_tage_woche"),
                0,
                7,
                pp.pflege_tage_woche if pp else 0,
                key=state.input_key((*pfad, "pflege_tage_woche")),
            )
            erwerb = stunden_input("erwerb_stunden_woche", 100.0, pp and pp.erwerb_stunden_woche)
            angestellt = st.toggle(
                tr("field.pflegeperson.angestellt"),
                value=bool(pp and pp.beschaeftigte_arbeitgeber is not None),
                key=state.input_key((*pfad, "angestellt")),
            )
            beschaeftigte = None
            if angestellt:
                beschaeftigte = st.number_input(
                    tr("field.pflegeperson.beschaeftigte_arbeitgeber"),
                    0,
                    1_000_000,
                    pp.beschaeftigte_arbeitgeber if pp and pp.beschaeftigte_arbeitgeber else 1,
                    key=state.input_key((*pfad, "beschaeftigte_arbeitgeber")),
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

    hzp_stand = evaluate_pflege(app.scenario, app.rechtsstand).hilfe_zur_pflege
    if isinstance(hzp_stand, NotCoveredResult):
        with st.expander(tr("pflege.hzp.title"), key="pflege.hzp_panel"):
            render.not_covered(tr, hzp_stand)
        return
    with st.expander(tr("pflege.hzp.title"), key="pflege.hzp_panel"):
        render.aufenthalt(
            tr,
            N_("aufenthalt.programm.hilfe_zur_pflege"),
            evaluate_pflege(app.scenario, app.rechtsstand).aufenthalt.hilfe_zur_pflege,
            not_asked_line=False,
        )
        st.markdown(tr("pflege.hzp.lead"))
        hzp = app.scenario.pflege.hilfe_zur_pflege
        pfad = (*PFAD, "hilfe_zur_pflege")

        def euro(
            label: str, path: tuple[str, ...], current: Decimal | None, step: int = 50
        ) -> Decimal:
            return money.euro_input(tr, tr(label), current, state.input_key(path), step)

        def flag(name: str, current: bool) -> bool:
            return st.checkbox(
                tr(f"field.hzp.{name}"), value=current, key=state.input_key((*pfad, name))
            )

        werte: dict[str, object] = {
            name: euro(f"field.hzp.{name}", (*pfad, name), getattr(hzp, name) if hzp else None)
            for name in EURO_FELDER
        }
        werte |= {
            "partner": flag("partner", bool(hzp and hzp.partner)),
            "unterhaltene_personen": st.number_input(
                tr("field.hzp.unterhaltene_personen"),
                0,
                15,
                hzp.unterhaltene_personen if hzp else 0,
                key=state.input_key((*pfad, "unterhaltene_personen")),
            ),
            "grundsicherung": flag("grundsicherung", bool(hzp and hzp.grundsicherung)),
            "eingliederungshilfe_vor_rentenalter": flag(
                "eingliederungshilfe_vor_rentenalter",
                bool(hzp and hzp.eingliederungshilfe_vor_rentenalter),
            ),
            "blind": flag("blind", bool(hzp and hzp.blind)),
        }
        werte["bedarf_monat"] = werte["bedarf_monat"] or None
        state.set_scenario_value(pfad, werte)
        geburtsdatum = app.scenario.person.geburtsdatum
        if geburtsdatum is None or volljaehrig(geburtsdatum, app.rechtsstand).value:
            st.markdown(tr("pflege.hzp.eltern_frage"))
            for teil in ("elternteil_1", "elternteil_2"):
                einkommen = getattr(app.scenario.eltern, teil)
                betrag = euro(
                    ELTERN_LABELS[teil],
                    ("eltern", teil, "betrag_jahr"),
                    einkommen and einkommen.betrag_jahr,
                    1000,
                )
                art = einkommen.art if einkommen else Einkunftsart.sv_beschaeftigung
                value = {"betrag_jahr": betrag, "art": art} if betrag else None
                state.set_scenario_value(("eltern", teil), value)
        else:
            # § 85 Abs. 2 SGB XII and § 1 DVO count the parents and the children they support.
            zusammen = st.toggle(
                tr("pflege.hzp.eltern_zusammenlebend"),
                value=app.scenario.eltern.zusammen,
                key=state.input_key(("eltern", "zusammenlebend")),
            )
            state.set_scenario_value(("eltern", "zusammenlebend"), zusammen)
            kinder = st.number_input(
                tr("field.eltern.kinder_im_haushalt"),
                0,
                15,
                max(app.scenario.eltern.kinder_im_haushalt, 1),
                key=state.input_key(("eltern", "kinder_im_haushalt")),
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

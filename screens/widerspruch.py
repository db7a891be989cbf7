"""Widerspruch und Fristen: the deadline with a calendar and a reminder, the letter, the
Krankenversicherung limits and help with housing."""

from datetime import date

import streamlit as st
from babel.dates import format_date, get_day_names

from engine.evaluate import WiderspruchResult, evaluate_widerspruch
from engine.explain import N_
from engine.household import Bundesland, Wohnform
from engine.parameters import NotCoveredResult
from engine.widerspruch.beispiele import BEISPIELE
from engine.widerspruch.brief import Briefdaten, widerspruchsbrief
from engine.widerspruch.fristen import Fristergebnis, Rechtsbehelf, Zugang
from engine.widerspruch.kalender import ics, monate_zwischen, monatsblatt
from engine.widerspruch.scenario import Leistungsart, Thema
from ui import inputs, money, render, state

PFAD = ("widerspruch",)
KV = (*PFAD, "zuzahlung")
# The work screen's fields for the besondere Wohnform, shared with it (§ 42a Abs. 5 SGB XII).
ARBEIT = ("arbeit",)
MIT_TAGEN = (Leistungsart.krankenhaus, Leistungsart.krankenpflege)
BEISPIEL_NAMEN = {
    "pflegegrad": N_("wsp.beispiel.pflegegrad"),
    "zahnersatz": N_("wsp.beispiel.zahnersatz"),
    "wohnform": N_("wsp.beispiel.wohnform"),
}
# The oldest Bescheid the data covers, and a year ahead for a date typed in advance.
DATUM_MIN = date(2023, 1, 1)
# Download names and types (not shown as text).
BRIEF_DATEI, BRIEF_TYP = "widerspruch.txt", "text/plain"
KALENDER_TYP = "text/calendar"

app = state.current()
tr = app.tr
st.title(tr("wsp.title"), anchor=False)
st.markdown(tr("wsp.lead"))

render.beispiele(
    tr,
    "wsp",
    (N_("wsp.beispiele.title"), None),
    BEISPIELE,
    BEISPIEL_NAMEN,
)


def choice(label: str, path: tuple[str, ...], options: list, fmt, default) -> object:  # type: ignore[no-untyped-def]
    value = st.radio(
        tr(label), options, format_func=fmt, key=state.bind(path, lambda v: v or default)
    )
    state.set_scenario_value(path, value)
    return value


def kalender(frist: Fristergebnis) -> None:
    """The months from the Bekanntgabe to the end (only the last month for a year)."""
    bekannt = frist.bekanntgabe.value.value  # type: ignore[union-attr]
    ende = frist.ende.value.value  # type: ignore[union-attr]
    monate = monate_zwischen(bekannt, ende)
    if len(monate) > 3:
        monate = monate[-1:]
    # Arabic abbreviated and short names are whole words that wrap in seven columns on a
    # phone; the narrow form (one letter, CLDR) keeps the grid readable.
    namen = get_day_names("narrow" if tr.rtl else "abbreviated", locale=tr.locale)
    kopf = "| " + " | ".join(namen[i] for i in range(7)) + " |"
    for jahr, monat in monate:
        titel = format_date(date(jahr, monat, 1), "LLLL y", locale=tr.locale)
        st.markdown(tr("ui.zwischentitel", text=tr.isolate(titel)))
        zeilen = [kopf, "|" + " --- |" * 7]
        for woche in monatsblatt(jahr, monat):
            zellen = []
            for tag in woche:
                if tag is None:
                    zellen.append(" ")
                elif tag == ende:
                    zellen.append(f"**[{tag.day}]**")
                elif tag == bekannt:
                    zellen.append(f"_({tag.day})_")
                elif tag in frist.uebersprungen:
                    zellen.append(f"~~{tag.day}~~")
                else:
                    zellen.append(str(tag.day))
            zeilen.append("| " + " | ".join(zellen) + " |")
        st.markdown("\n".join(zeilen))
    st.markdown(tr("wsp.kalender.legende"))


def frist_section() -> WiderspruchResult:
    global app
    st.subheader(tr("wsp.frist.title"), anchor=False)
    datum = st.date_input(
        tr("field.wsp.bescheid_datum"),
        value=None,
        min_value=DATUM_MIN,
        max_value=date(app.rechtsstand.year + 1, 12, 31),
        format="DD.MM.YYYY",
        key=state.bind((*PFAD, "bescheid_datum")),
    )
    state.set_scenario_value((*PFAD, "bescheid_datum"), datum)
    choice(
        N_("field.wsp.zugang"),
        (*PFAD, "zugang"),
        list(Zugang),
        lambda z: tr(f"zugang.{z}"),
        Zugang.post,
    )
    choice(
        N_("field.wsp.rechtsbehelf"),
        (*PFAD, "rechtsbehelf"),
        list(Rechtsbehelf),
        lambda r: tr(f"rechtsbehelf.{r}"),
        Rechtsbehelf.widerspruch,
    )
    inputs.flag(tr, N_("field.wsp.belehrung_fehlt"), (*PFAD, "belehrung_fehlt"))
    land = st.selectbox(
        tr("field.person.bundesland"),
        list(Bundesland),
        index=None,
        format_func=lambda b: tr(f"bundesland.{b}"),
        placeholder=tr("ui.placeholder.choose"),
        key=state.bind(("person", "bundesland")),
    )
    state.set_scenario_value(("person", "bundesland"), land)
    app = state.current()
    ergebnis = evaluate_widerspruch(app.scenario, app.rechtsstand)
    frist = ergebnis.frist
    if frist is None:
        st.info(tr("wsp.frist.datum_fehlt"))
    elif isinstance(frist, NotCoveredResult):
        render.not_covered(tr, frist)
    else:
        ende = frist.ende.value.value  # type: ignore[union-attr]
        with st.container(border=True):
            st.markdown(
                tr(
                    "wsp.frist.bekanntgabe",
                    tag=tr.quantity(frist.bekanntgabe.value),
                )
            )
            st.markdown(
                tr(
                    f"wsp.frist.ende.{frist.rechtsbehelf}",
                    tag=tr.quantity(frist.ende.value),
                )
            )
            if land is None:
                st.markdown(tr("wsp.frist.ohne_land"))
        kalender(frist)
        datei = f"frist-{ende.isoformat()}.ics"
        st.download_button(
            tr("wsp.ics.button"),
            data=ics(
                ende,
                tr(f"wsp.ics.titel.{frist.rechtsbehelf}"),
                tr("wsp.ics.text", tag=tr.date(ende)),
                app.rechtsstand,
            ),
            file_name=datei,
            mime=KALENDER_TYP,
            use_container_width=True,
            key="wsp.ics",
        )
        st.markdown(tr("wsp.frist.hinweis"))
        render.explanation(tr, frist.bekanntgabe, frist.ende)
    return ergebnis


def brief_section(ergebnis: WiderspruchResult) -> None:
    global app
    st.subheader(tr("wsp.brief.title"), anchor=False)
    choice(
        N_("field.wsp.thema"),
        (*PFAD, "thema"),
        list(Thema),
        lambda t: tr(f"thema.{t}"),
        Thema.sonstiges,
    )
    app = state.current()
    teil = app.scenario.widerspruch
    if teil.bescheid_datum is None:
        st.info(tr("wsp.frist.datum_fehlt"))
        return
    st.markdown(tr("wsp.brief.privat"))
    # Typed for this letter only: never in the scenario, the link or a log.
    absender = st.text_input(tr("field.wsp.absender"), key="wsp.brief.absender")
    adresse = st.text_input(tr("field.wsp.adresse"), key="wsp.brief.adresse")
    behoerde = st.text_input(tr("field.wsp.behoerde"), key="wsp.brief.behoerde")
    aktenzeichen = st.text_input(tr("field.wsp.aktenzeichen"), key="wsp.brief.aktenzeichen")
    ort = st.text_input(tr("field.wsp.ort"), key="wsp.brief.ort")
    module = ergebnis.module if teil.thema is Thema.pflegegrad else ()
    if teil.thema is Thema.pflegegrad:
        if module:
            namen = [tr(f"modul.{m}") for m in module]
            st.markdown("\n".join([tr("wsp.brief.module"), *(f"- {n}" for n in namen)]))
        else:
            st.info(tr("wsp.brief.keine_module"))
    daten = Briefdaten(
        absender=absender,
        adresse=adresse,
        behoerde=behoerde,
        aktenzeichen=aktenzeichen,
        bescheid_vom=teil.bescheid_datum,
        ort_datum=f"{ort}, {app.rechtsstand.strftime('%d.%m.%Y')}" if ort else "",
        rechtsbehelf=teil.rechtsbehelf,
        bescheid_grad=app.scenario.person.pflegegrad,
        selbst_grad=ergebnis.selbst_pflegegrad,
        module=module,
    )
    text = widerspruchsbrief(daten)
    links, rechts = st.columns(2)
    with links:
        st.download_button(
            tr("wsp.brief.button"),
            data=text,
            file_name=BRIEF_DATEI,
            mime=BRIEF_TYP,
            use_container_width=True,
            key="wsp.brief.download",
        )
        with st.expander(tr("wsp.brief.vorschau"), key="wsp.brief.vorschau_panel"):
            st.text(text)
    with rechts:
        st.markdown(tr("wsp.brief.erklaerung"))


def krankenversicherung_section() -> None:
    global app
    st.subheader(tr("wsp.kv.title"), anchor=False)
    gelten = evaluate_widerspruch(app.scenario, app.rechtsstand).zuzahlungen_gelten
    versicherung = tr.step(gelten.steps[0])
    if not gelten.value:
        # Nothing to compute: §§ 55, 61, 62 SGB V do not reach this household.
        st.info(
            "\n\n".join((versicherung, tr("explain.basis", basis=tr.legal(gelten.legal_basis))))
        )
        return
    st.markdown(tr("wsp.kv.lead"))
    if app.scenario.aufenthalt.krankenversicherung is not None:
        st.markdown(tr("ui.nebenbei", text=versicherung))
    existenz = inputs.flag(tr, N_("field.wsp.existenzsichernd"), (*KV, "existenzsichernd"))
    inputs.flag(tr, N_("field.wsp.chronisch"), (*KV, "chronisch"))
    if not existenz:
        wert = money.euro_input(tr, tr("field.wsp.brutto_jahr"), (*KV, "brutto_jahr"), 1000)
        state.set_scenario_value((*KV, "brutto_jahr"), wert)
    inputs.flag(tr, N_("field.wsp.partner"), (*KV, "partner"))
    kinder = st.number_input(
        tr("field.wsp.kinder"), 0, 15, key=state.bind((*KV, "kinder"), lambda k: k or 0)
    )
    state.set_scenario_value((*KV, "kinder"), kinder)
    app = state.current()
    ergebnis = evaluate_widerspruch(app.scenario, app.rechtsstand)
    grenze, zahn = ergebnis.belastungsgrenze, ergebnis.zahnersatz
    if isinstance(grenze, NotCoveredResult):
        render.not_covered(tr, grenze)
        return
    with st.container(border=True):
        st.markdown(tr("wsp.kv.belastungsgrenze", betrag=tr.quantity(grenze.value)))
        st.markdown(tr("wsp.kv.belastungsgrenze_hinweis"))
    if not isinstance(zahn, NotCoveredResult):
        with st.container(border=True):
            st.markdown(tr("wsp.kv.zahnersatz_grenze", betrag=tr.quantity(zahn.grenze.value)))
            st.markdown(
                tr(
                    N_("wsp.kv.zahnersatz_ja")
                    if zahn.haertefall.value
                    else N_("wsp.kv.zahnersatz_nein")
                )
            )
            if app.scenario.person.bundesland is Bundesland.BE and app.rechtsstand.year < 2025:
                st.markdown(tr("wsp.kv.berlin"))
        render.explanation(tr, grenze, zahn.grenze, zahn.haertefall)
    rechner_section()


def euro(label: str, path: tuple[str, ...], step: int) -> None:
    state.set_scenario_value(path, money.euro_input(tr, tr(label), path, step))


def rechner_section() -> None:
    """Price in, Zuzahlung out, and the year so far against the Belastungsgrenze."""
    global app
    st.markdown(tr("ui.zwischentitel", text=tr("wsp.rechner.title")))
    art = inputs.choice(
        tr,
        N_("field.wsp.leistung"),
        (*KV, "leistung"),
        list(Leistungsart),
        lambda a: tr(f"leistungsart.{a}"),
    )
    if art in MIT_TAGEN:
        tage = st.number_input(
            tr("field.wsp.tage"), 0, 366, key=state.bind((*KV, "tage"), lambda t: t or 0)
        )
        state.set_scenario_value((*KV, "tage"), tage)
    if art is not None and art is not Leistungsart.krankenhaus:
        euro(f"field.wsp.kosten.{art}", (*KV, "kosten"), 10)
    euro(N_("field.wsp.bisher_jahr"), (*KV, "bisher_jahr"), 10)
    app = state.current()
    ergebnis = evaluate_widerspruch(app.scenario, app.rechtsstand)
    rechnung = ergebnis.zuzahlen
    if isinstance(rechnung, NotCoveredResult):
        return
    zeilen = []
    if rechnung.betrag is not None:
        if rechnung.befreit is not None and rechnung.befreit.value:
            zeilen.append(tr("wsp.rechner.frei"))
        else:
            zeilen.append(tr("wsp.rechner.betrag", betrag=tr.quantity(rechnung.betrag.value)))
    zeilen.append(tr.step(rechnung.jahr.steps[0]))
    st.container(border=True).markdown("\n\n".join(zeilen))
    if art is Leistungsart.fahrkosten:
        render.leistung(tr, ergebnis.fahrkosten)
        st.markdown(tr("wsp.rechner.fahrkosten_hinweis"))
    gezeigt = (rechnung.befreit, rechnung.betrag, rechnung.jahr)
    render.explanation(tr, *(teil for teil in gezeigt if teil is not None))


def besondere_wohnform() -> None:
    """§ 42a Abs. 5 SGB XII with the work screen's answers: the Lebensunterhalt part and
    the part the Eingliederungshilfe (Fachleistung) pays."""
    st.markdown(tr("ui.zwischentitel", text=tr("wsp.wohnform.title")))
    st.markdown(tr("wsp.wohnform.lead"))
    euro(N_("field.arbeit.miete"), (*ARBEIT, "miete"), 10)
    euro(N_("field.arbeit.warmmiete_durchschnitt"), (*ARBEIT, "warmmiete_durchschnitt"), 10)
    inputs.flag(
        tr, N_("field.arbeit.zuschlaege_nachgewiesen"), (*ARBEIT, "zuschlaege_nachgewiesen")
    )
    jetzt = state.current()
    teile = evaluate_widerspruch(jetzt.scenario, jetzt.rechtsstand).besondere_wohnform
    if teile is None:
        return
    if isinstance(teile, NotCoveredResult):
        render.not_covered(tr, teile)
        return
    st.container(border=True).markdown(
        "\n\n".join(
            (
                tr("wsp.wohnform.lebensunterhalt", betrag=tr.quantity(teile.grundsicherung.value)),
                tr(
                    "wsp.wohnform.fachleistung",
                    betrag=tr.quantity(teile.eingliederungshilfe.value),
                ),
            )
        )
    )
    render.explanation(tr, teile.grundsicherung, teile.eingliederungshilfe)


def wohnen_section() -> None:
    st.subheader(tr("wsp.wohnen.title"), anchor=False)
    st.markdown(tr("wsp.wohnen.lead"))
    wohnform = inputs.choice(
        tr,
        N_("field.person.wohnform"),
        ("person", "wohnform"),
        list(Wohnform),
        lambda w: tr(f"wohnform.{w}"),
    )
    if wohnform is Wohnform.besondere_wohnform:
        besondere_wohnform()
    jetzt = state.current()
    render.leistung(tr, evaluate_widerspruch(jetzt.scenario, jetzt.rechtsstand).wohnumfeld)
    st.markdown(
        "\n".join(
            f"- {tr(key)}"
            for key in (
                N_("wsp.wohnen.egh"),
                N_("wsp.wohnen.kfw"),
                N_("wsp.wohnen.reihenfolge"),
            )
        )
    )


brief_section(frist_section())
krankenversicherung_section()
wohnen_section()

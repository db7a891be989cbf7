"""Vergleich: the household as it is beside a variant made by one-tap switches.

The switches are part of the scenario (link key yt), so a prepared comparison reopens
from its link; the variant is computed from them, never stored.
"""

import streamlit as st

from engine.evaluate import check_for_date
from engine.parameters import covered_period
from engine.uebersicht.scenario import Umschalter
from engine.uebersicht.vergleich import variante, vergleichen
from engine.uebersicht.zeilen import uebersicht
from ui import charts, state
from ui import uebersicht as show

PATH = ("vergleich", "umschalter")

app = state.current()
tr = app.tr
show.print_style()
st.title(tr("vergleich.title"), anchor=False)
st.markdown(tr("vergleich.lead"))

chosen = st.pills(
    tr("vergleich.umschalter"),
    list(Umschalter),
    selection_mode="multi",
    format_func=lambda u: tr(f"vergleich.umschalter.{u.value}"),
    key=state.bind(PATH, list),
)
state.set_scenario_value(PATH, tuple(chosen))
app = state.current()

start, end = covered_period()
neu, tag = variante(app.scenario, app.rechtsstand, app.scenario.vergleich.umschalter)
if check_for_date(app.scenario, app.rechtsstand):
    st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
elif not start <= tag <= end:
    st.warning(tr("vergleich.datum_fehlt", date=tr.date(tag), end=tr.date(end)))
else:
    jetzt, danach = uebersicht(app.scenario, app.rechtsstand), uebersicht(neu, tag)
    diffs = vergleichen(jetzt, danach)
    total = danach.summe_monat - jetzt.summe_monat
    st.markdown(
        "  \n".join(
            [
                tr(
                    "vergleich.jetzt",
                    date=tr.date(app.rechtsstand),
                    betrag=tr.money(jetzt.summe_monat),
                ),
                tr("vergleich.variante", date=tr.date(tag), betrag=tr.money(danach.summe_monat)),
                f"**{tr('vergleich.differenz', betrag=show.signed(tr, total))}**",
            ]
        )
    )
    if danach.summe_vorbehalt or jetzt.summe_vorbehalt:
        st.markdown(tr("vergleich.vorbehalt"))
    if jetzt.aufenthalt_angenommen:
        st.markdown(tr("ui.nebenbei", text=tr("step.aufenthalt.nicht_gefragt")))
    if not chosen:
        st.info(tr("vergleich.waehlen"))
    changed = [d for d in diffs if d.geaendert]
    lines = [
        tr(
            "vergleich.zeile",
            name=tr(d.zeile.name),
            jetzt=show.wert(tr, d.jetzt),
            variante=show.wert(tr, d.variante),
        )
        for d in changed
    ]
    if lines:
        st.markdown("\n".join(f"- {line}" for line in lines))
    unchanged = len(diffs) - len(changed)
    if unchanged:
        st.markdown(tr.plural("vergleich.gleich", unchanged))
    rows = show.differenz_rows(tr, diffs)
    if rows:
        charts.show(
            tr("vergleich.chart.titel"),
            "vergleich.chart",
            lambda: show.differenz(tr, rows, total),
        )
    show.nicht_abgedeckt(tr, danach)

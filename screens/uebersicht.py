"""Übersicht: every benefit and cost of the household across all areas, what to do first.

Lines come from the overview registry (engine/uebersicht/zeilen.py); each opens its
explanation on the area's screen. The summary PDF is made only when tapped, in memory.
"""

import streamlit as st

from engine.evaluate import check_for_date
from engine.uebersicht.zeilen import BEREICHE, uebersicht
from ui import fragebogen, state
from ui import uebersicht as show
from ui.zusammenfassung import summary_pdf

app = state.current()
tr = app.tr
show.print_style()
st.title(tr("uebersicht.title"), anchor=False)
st.markdown(tr("uebersicht.lead", date=tr.date(app.rechtsstand)))
app = fragebogen.section(app)

if check_for_date(app.scenario, app.rechtsstand):
    st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
else:
    stand = uebersicht(app.scenario, app.rechtsstand)
    if stand.zeilen:
        st.info(show.summe(tr, stand))
    else:
        st.info(tr("uebersicht.leer"))
    for number, zeile in enumerate(stand.zeilen, 1):
        show.zeile(tr, zeile, number)
    show.nicht_abgedeckt(tr, stand)
    answered = {z.bereich for z in stand.zeilen} | {k for k, _ in stand.nicht_abgedeckt}
    offen = [b for b in BEREICHE if b.key not in answered]
    if offen:
        st.markdown(tr("uebersicht.offen"))
        for bereich in offen:
            st.page_link(bereich.seite, label=tr(bereich.name), use_container_width=True)

    scenario, rechtsstand, link = app.scenario, app.rechtsstand, state.share_url(app)
    made = state.todays_date()
    st.download_button(
        tr("uebersicht.pdf.button"),
        data=lambda: summary_pdf(scenario, rechtsstand, made, link),
        file_name=f"hilfen-check-{rechtsstand.isoformat()}.pdf",
        mime="application/pdf",
        on_click="ignore",
        use_container_width=True,
        key="uebersicht.pdf",
    )
    st.caption(tr("uebersicht.pdf.hinweis"))

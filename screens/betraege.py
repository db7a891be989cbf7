"""Amounts and limits in force on the Rechtsstand date, with legal basis and source."""

import streamlit as st

from engine.parameters import areas, coverage_gap
from ui import render, state

# Most asked first; an area not listed here follows at the end.
AREA_ORDER = (
    "pflege",
    "krankenversicherung",
    "sozialhilfe",
    "eingliederungshilfe",
    "asyl",
    "allgemein",
)

app = state.current()
tr = app.tr

st.title(tr("betraege.title"), anchor=False)
st.markdown(tr("betraege.lead", date=tr.date(app.rechtsstand)))

ordered = sorted(areas(), key=lambda a: AREA_ORDER.index(a) if a in AREA_ORDER else 99)
gaps = {area: coverage_gap((area,), app.rechtsstand) for area in ordered}
unverified = sum(
    render.amounts_in_force(tr.language, app.rechtsstand, area, False)[1]
    for area in ordered
    if gaps[area] is None
)
if unverified:
    st.warning(tr.plural("betraege.unverified", unverified))
show_sources = st.toggle(tr("betraege.show_sources"), key="betraege.show_sources")

for area in ordered:
    gap = gaps[area]
    count, _, text = (
        (0, 0, "")
        if gap is not None
        else render.amounts_in_force(tr.language, app.rechtsstand, area, show_sources)
    )
    with st.expander(tr.plural(f"area.{area}", count), expanded=area == "pflege"):
        if gap is not None:
            render.not_covered(tr, gap)
        if text:
            st.markdown(text)

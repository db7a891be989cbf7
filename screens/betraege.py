"""Amounts and limits in force on the Rechtsstand date, with legal basis and source."""

import streamlit as st

from engine.explain import N_, ParameterUse
from engine.parameters import areas, coverage_gap, parameters_in_force
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
by_area = {
    area: [ParameterUse.of(p) for p in parameters_in_force(app.rechtsstand, area)]
    if gaps[area] is None
    else []
    for area in ordered
}
unverified = sum(use.status == "unverified" for uses in by_area.values() for use in uses)
if unverified:
    st.warning(tr.plural("betraege.unverified", unverified))
show_sources = st.toggle(tr("betraege.show_sources"), key="betraege.show_sources")

for area, uses in by_area.items():
    with st.expander(tr.plural(f"area.{area}", len(uses)), expanded=area == "pflege"):
        gap = gaps[area]
        if gap is not None:
            render.not_covered(tr, gap)
        # One text an area, not one element an amount: each element costs every rerun.
        lines = []
        for use in uses:
            lines.append(render.parameter_line(tr, use, N_("betraege.item")))
            if show_sources:
                lines.append(tr("betraege.source", source=tr.isolate(use.source)))
        if lines:
            st.markdown("\n\n".join(lines))

"""Amounts and limits in force on the Rechtsstand date, with legal basis and source."""

import streamlit as st

from engine.explain import ParameterUse
from engine.parameters import areas, parameters_in_force
from ui import state

app = state.current()
tr = app.tr

st.title(tr("betraege.title"))
st.markdown(tr("betraege.lead", date=tr.isolate(tr.date(app.rechtsstand))))

by_area = {
    area: [ParameterUse.of(p) for p in parameters_in_force(app.rechtsstand, area)]
    for area in areas()
}
unverified = sum(use.status == "unverified" for uses in by_area.values() for use in uses)
if unverified:
    st.warning(tr.plural("betraege.unverified", unverified))

for area, uses in by_area.items():
    with st.expander(tr.plural(f"area.{area}", len(uses)), expanded=area == "pflege"):
        for use in uses:
            mark = f" {tr('explain.unverified_mark')}" if use.status == "unverified" else ""
            st.markdown(
                tr(
                    "betraege.item",
                    label=tr(f"param.{use.key}"),
                    value=tr.quantity(use.value),
                    since=tr.isolate(tr.date(use.valid_from)),
                    basis=tr.isolate(use.legal_basis),
                )
                + mark
            )
            st.markdown(tr("betraege.source", source=tr.isolate(use.source)))

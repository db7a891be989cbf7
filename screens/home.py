"""Start: what Hilfen-Check does, for whom, its limits, the screens, and the household."""

import streamlit as st

from engine import evaluate
from engine.evaluate import check_for_date
from engine.parameters import covered_period
from engine.scenario import Scenario
from ui import aufenthalt, inputs, render, state

app = state.current()
tr = app.tr
start, end = covered_period()

st.title(tr("home.title"), anchor=False)
st.markdown("\n\n".join([tr("home.lead"), tr("home.audience")]))
st.info(tr("home.limits"))
rechtsstand = tr(
    "home.rechtsstand", date=tr.date(app.rechtsstand), start=tr.date(start), end=tr.date(end)
)
st.markdown("\n\n".join([rechtsstand, render.coverage(tr.language)]))

st.subheader(tr("home.household.title"), anchor=False)
st.markdown(tr("home.household.lead"))
app = inputs.geburtsdatum(app)
app = aufenthalt.section(app)

if check_for_date(app.scenario, app.rechtsstand):
    st.warning(tr("home.household.born_after", date=tr.date(app.rechtsstand)))
else:
    person = evaluate(app.scenario, app.rechtsstand).person
    if person is not None:
        status = tr("term.volljaehrig") if person.volljaehrig.value else tr("term.minderjaehrig")
        st.markdown(
            tr(
                "home.household.age",
                date=tr.date(app.rechtsstand),
                age=tr.quantity(person.lebensalter.value),
                status=status,
            )
        )
        render.explanation(tr, person.lebensalter, person.volljaehrig)
if app.scenario != Scenario():
    st.button(tr("home.household.reset"), on_click=state.reset_scenario)

st.subheader(tr("home.screens.title"), anchor=False)
st.page_link("screens/pflege.py", label=tr("nav.pflege"), use_container_width=True)
st.markdown(tr("home.screens.pflege"))
st.page_link(
    "screens/eingliederungshilfe.py", label=tr("nav.eingliederungshilfe"), use_container_width=True
)
st.markdown(tr("home.screens.eingliederungshilfe"))
st.page_link("screens/arbeit.py", label=tr("nav.arbeit"), use_container_width=True)
st.markdown(tr("home.screens.arbeit"))
st.page_link("screens/betraege.py", label=tr("nav.betraege"), use_container_width=True)
st.markdown(tr("home.screens.betraege"))

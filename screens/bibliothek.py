"""Workshop library: every preset of every screen, grouped by life situation, and a
projector mode (large type, no inputs) showing the household one result at a time."""

import streamlit as st

from engine.uebersicht.beispiele import BIBLIOTHEK, GRUPPEN, Eintrag
from engine.uebersicht.zeilen import uebersicht
from ui import state
from ui import uebersicht as show

PROJEKTOR = "bibliothek.projektor"
POSITION = "bibliothek.position"
GELADEN = "bibliothek.geladen"
PAGE_NAMES = {
    "screens/uebersicht.py": "nav.uebersicht",
    "screens/pflege.py": "nav.pflege",
    "screens/eingliederungshilfe.py": "nav.eingliederungshilfe",
    "screens/kinder.py": "nav.kinder",
    "screens/arbeit.py": "nav.arbeit",
    "screens/steuern.py": "nav.steuern",
    "screens/erbe.py": "nav.erbe",
    "screens/widerspruch.py": "nav.widerspruch",
}

app = state.current()
tr = app.tr


def open_entry(entry: Eintrag) -> None:
    """Fill every screen with the entry's household; its screens are one tap away."""
    state.load_example(entry.scenario, entry.rechtsstand)
    state.choose(POSITION, 0)
    state.choose(GELADEN, entry.key)


projektor = state.keep(
    PROJEKTOR, st.toggle(tr("bibliothek.projektor"), key=state.owned(PROJEKTOR, False))
)

if projektor:
    show.projector_style()
    stand = uebersicht(app.scenario, app.rechtsstand)
    st.title(tr("uebersicht.title"), anchor=False)
    if not stand.zeilen:
        st.info(tr("uebersicht.leer"))
    else:
        position = min(st.session_state.get(POSITION, 0), len(stand.zeilen) - 1)
        st.markdown(
            tr(
                "bibliothek.position",
                n=tr.number(position + 1),
                gesamt=tr.number(len(stand.zeilen)),
            )
        )
        show.zeile(tr, stand.zeilen[position], position + 1, link=False)
        back, forward = st.columns(2)
        back.button(
            tr("bibliothek.zurueck"),
            on_click=state.choose,
            args=(POSITION, position - 1),
            disabled=position == 0,
            use_container_width=True,
            key="bibliothek.zurueck",
        )
        forward.button(
            tr("bibliothek.weiter"),
            on_click=state.choose,
            args=(POSITION, position + 1),
            disabled=position + 1 >= len(stand.zeilen),
            use_container_width=True,
            key="bibliothek.weiter",
        )
        st.info(show.summe(tr, stand))
else:
    st.title(tr("bibliothek.title"), anchor=False)
    st.markdown(tr("bibliothek.lead"))
    for gruppe in GRUPPEN:
        st.subheader(tr(f"bibliothek.gruppe.{gruppe}"), anchor=False)
        for entry in (e for e in BIBLIOTHEK if e.gruppe == gruppe):
            with st.container(border=True):
                st.markdown(tr(f"bibliothek.story.{entry.key}"))
                st.button(
                    tr("bibliothek.laden"),
                    on_click=open_entry,
                    args=(entry,),
                    use_container_width=True,
                    type="primary" if st.session_state.get(GELADEN) == entry.key else "secondary",
                    key=f"bibliothek.{entry.key}",
                )
                if st.session_state.get(GELADEN) == entry.key:
                    for seite in entry.seiten:
                        st.page_link(
                            seite,
                            label=tr("bibliothek.oeffnen", seite=tr(PAGE_NAMES[seite])),
                            use_container_width=True,
                        )

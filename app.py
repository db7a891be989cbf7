"""Hilfen-Check entrypoint: the frame every screen runs in (streamlit run app.py).

The screens live in screens/, not pages/: Streamlit 1.67 treats a pages/ folder beside the
entrypoint as the legacy multipage layout until a session calls st.navigation, so on a
fresh server a link to a page ran that page without this frame (and AppTest does so on
every rerun).
"""

import streamlit as st

from ui import layout, state

state.start_run()
app = state.current()
tr = app.tr
st.set_page_config(page_title=tr("app.title"), layout="centered", initial_sidebar_state="collapsed")
layout.apply_direction(tr)
layout.language_switch(tr)
page = st.navigation(
    [
        st.Page("screens/home.py", title=tr("nav.home"), default=True),
        st.Page("screens/pflege.py", title=tr("nav.pflege"), url_path="pflege"),
        st.Page(
            "screens/eingliederungshilfe.py",
            title=tr("nav.eingliederungshilfe"),
            url_path="eingliederungshilfe",
        ),
        st.Page("screens/kinder.py", title=tr("nav.kinder"), url_path="kinder"),
        st.Page("screens/widerspruch.py", title=tr("nav.widerspruch"), url_path="widerspruch"),
        st.Page("screens/steuern.py", title=tr("nav.steuern"), url_path="steuern"),
        st.Page("screens/arbeit.py", title=tr("nav.arbeit"), url_path="arbeit"),
        st.Page("screens/erbe.py", title=tr("nav.erbe"), url_path="erbe"),
        st.Page("screens/uebersicht.py", title=tr("nav.uebersicht"), url_path="uebersicht"),
        st.Page("screens/vergleich.py", title=tr("nav.vergleich"), url_path="vergleich"),
        st.Page("screens/bibliothek.py", title=tr("nav.bibliothek"), url_path="bibliothek"),
        st.Page("screens/betraege.py", title=tr("nav.betraege"), url_path="betraege"),
    ],
    position="top",
)
layout.rechtsstand_picker(app)
layout.link_notices(tr)
page.run()
app = state.current()
layout.share_panel(app)
layout.footer(app)
state.write_url(app)

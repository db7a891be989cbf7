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
page = st.navigation(layout.pages(tr), position="top")
layout.rechtsstand_picker(app)
layout.link_notices(tr)
page.run()
app = state.current()
layout.share_panel(app)
layout.footer(app)
state.write_url(app)

"""The frame around every page: direction, language switch, Rechtsstand, notices, sharing."""

from __future__ import annotations

import html
import json
import re
from functools import cache

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from engine.link import FIELD_BY_KEY, Ignored
from engine.parameters import covered_period
from i18n import LANGUAGES, Translator
from ui import render, state

# The screens after home, in the order of the navigation; each at /<name>.
SCREENS = (
    "pflege",
    "eingliederungshilfe",
    "kinder",
    "widerspruch",
    "steuern",
    "arbeit",
    "erbe",
    "uebersicht",
    "vergleich",
    "bibliothek",
    "betraege",
)

_STYLE_ALWAYS = """
[data-testid="stMainBlockContainer"] { padding-top: 3.5rem; }
[data-testid="stMain"] button, [data-testid="stPageLink-NavLink"],
[data-testid="stExpander"] summary, .hc-share { min-height: 44px; }
[data-testid="stMarkdownContainer"], [data-testid="stAlertContentWarning"] {
  overflow-wrap: anywhere; }
[data-testid="stText"], [data-testid="stMain"] .hc-share-url { overflow-wrap: anywhere;
  white-space: pre-wrap; direction: ltr; text-align: left; }
[data-testid="stMain"] [data-testid="stPageLink-NavLink"] { border: 1px solid #0b57a4;
  border-radius: .5rem; padding: .5rem 1rem; align-items: center; }
.hc-share { padding: .5rem 1.25rem; border-radius: .5rem; border: 0; background: #0b57a4;
  color: #fff; font: inherit; font-size: 1rem; cursor: pointer; }
.hc-share:focus-visible { outline: 3px solid #1a1a1a; outline-offset: 2px; }
.hc-share-status { margin-inline-start: .75rem; }
[data-testid="stMain"] [data-testid="stBaseButton-tertiary"] { color: #0b57a4;
  text-decoration: underline; }
[data-testid="stMain"] :is([data-testid="stRadio"], [data-testid="stCheckbox"]) label {
  min-height: 44px; align-items: center; }
[data-testid="stMain"] :is(h1, h2, h3, h4) { overflow-wrap: normal; word-break: normal; }
@media (max-width: 640px) {
  [data-testid="stMain"] h1 { font-size: 1.75rem; }
  [data-testid="stMain"] h2 { font-size: 1.4rem; }
  [data-testid="stMain"] h3 { font-size: 1.2rem; }
  [data-testid="stMain"] [data-testid="stHeaderActionElements"] { display: none; }
}
[data-testid="stMain"] :is([data-testid="stSelectbox"], [data-testid="stMultiSelect"])
  [role="group"], [data-testid="stNumberInputContainer"], [data-testid="stDateInputField"] {
  min-height: 44px; }
[data-testid="stMain"] :is([data-testid="stSelectbox"], [data-testid="stMultiSelect"]) input {
  text-overflow: ellipsis; }
[data-testid="stMain"] [data-testid="stDateInputField"] [role="spinbutton"] {
  display: inline-flex; align-items: center; justify-content: center;
  min-width: 44px; min-height: 44px; }
[data-testid="stMain"] :is([data-testid="stNumberInputStepDown"],
  [data-testid="stNumberInputStepUp"], [data-testid="stDateInputCalendarButton"]) {
  min-width: 44px; min-height: 44px; }
[data-testid="stMain"] [data-testid="stSlider"] > [role="group"] { margin-top: .75rem; }
[data-testid="stMain"] [data-testid="stSlider"] div:has(> div > input[type="range"]) {
  width: 28px; height: 28px; }
[data-testid="stMain"] [data-testid="stSlider"] div:has(> div > input[type="range"])::before {
  content: ""; position: absolute; inset: -8px; }
"""
# dir=rtl on the html element (for screen readers) would mirror Streamlit's fixed sidebar
# and header and pull the collapsed sidebar into view: those frames stay LTR, their
# contents RTL. Dates read as on German papers (04.03.2019), not mirrored by a phone's
# native date field. No "<" may appear in a style: st.html's sanitizer drops the block.
_STYLE_RTL = """
[data-testid="stAppViewContainer"], [data-testid="stSidebar"], [data-testid="stHeader"] {
  direction: ltr; }
[data-testid="stMain"], [data-testid="stSidebarNav"], [data-testid="stSidebarUserContent"] {
  direction: rtl; }
[data-testid="stMain"] :is(h1, h2, h3, h4, p, li, label, [data-testid="stWidgetLabel"],
  [data-testid="stMarkdownContainer"]) { text-align: right; }
[data-testid="stMain"], [data-testid="stSidebarContent"] {
  font-family: "Source Sans", "Source Sans 3", "Noto Sans Arabic", "Noto Naskh Arabic",
  sans-serif; }
[data-testid="stExpander"] summary svg { transform: scaleX(-1); }
[data-testid="stDateInputField"] :is(input, [role="group"]) { direction: ltr; }
[data-testid="stMain"] button[data-variant="segmented_control"] {
  margin-right: 0; margin-left: -1px; border-radius: 0; }
[data-testid="stMain"] button[data-variant="segmented_control"]:first-child {
  border-radius: 0 .5rem .5rem 0; }
[data-testid="stMain"] button[data-variant="segmented_control"]:last-child {
  margin-left: 0; border-radius: .5rem 0 0 .5rem; }
"""
# Constant script; only json-encoded values are put into it. Streamlit's widgets carry
# English texts no parameter reaches (aria-labels "day,", "Open", "Clear value", "Remove …",
# the date placeholder "dd", "Choose an option"): the script puts the session's language
# in, again whenever Streamlit renders them anew. Text nodes are changed in place, never
# replaced, so React still finds the node it updates when a digit is typed.
_DIRECTION_SCRIPT = """<script>
document.documentElement.lang = {lang};
document.documentElement.dir = {dir};
window.hcTexts = {texts};
if (!window.hcTranslate) {{
  window.hcTranslate = () => {{
    const t = window.hcTexts;
    for (const e of document.querySelectorAll("[aria-label]")) {{
      const label = e.getAttribute("aria-label");
      const prefix = Object.keys(t.prefix).find(p => label.startsWith(p + ", "));
      const removes = label.startsWith("Remove ");
      const wanted = prefix ? t.prefix[prefix] + "، " + label.slice(prefix.length + 2)
        : removes ? t.remove + label.slice(7) : t.label[label];
      if (wanted && wanted !== label) e.setAttribute("aria-label", wanted);
    }}
    for (const e of document.querySelectorAll("input[placeholder='Choose an option']")) {{
      e.setAttribute("placeholder", t.choose);
    }}
    for (const e of document.querySelectorAll("[role=spinbutton][data-placeholder=true]")) {{
      const wanted = t.segment[e.dataset.type], text = e.firstChild;
      if (wanted && text && text.nodeType === 3 && text.nodeValue !== wanted) {{
        text.nodeValue = wanted;
      }}
    }}
  }};
  new MutationObserver(window.hcTranslate).observe(document.body, {{
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ["aria-label", "placeholder", "data-placeholder"],
  }});
}}
window.hcTranslate();
</script>"""
# The link is shown and copied as the address bar holds it: a tap inside a fragment
# (ui/state.fragment) rewrites the address without rerunning this panel, so the page's
# history calls are watched once and the shown link follows them. The server's link is
# what shows before the script runs.
_SHARE_PANEL = """<p class="hc-share-url" id="hc-share-url">{shown}</p>
<button type="button" class="hc-share" id="hc-share">{label}</button>
<span class="hc-share-status" id="hc-share-status" role="status"></span>
<script>
(() => {{
  const copied = {copied};
  const show = () => {{
    const link = document.getElementById("hc-share-url");
    if (link) link.textContent = location.href;
  }};
  if (!window.hcLinkWatched) {{
    window.hcLinkWatched = true;
    for (const name of ["pushState", "replaceState"]) {{
      const original = history[name];
      history[name] = function (...args) {{
        const result = original.apply(this, args);
        show();
        return result;
      }};
    }}
  }}
  show();
  const button = document.getElementById("hc-share");
  const status = document.getElementById("hc-share-status");
  button.addEventListener("click", async () => {{
    const url = location.href;
    try {{
      if (navigator.share) {{ await navigator.share({{ url }}); return; }}
      await navigator.clipboard.writeText(url);
      status.textContent = copied;
    }} catch (error) {{ status.textContent = ""; }}
  }});
}})();
</script>"""


def _js(value: object) -> str:
    """A JS literal (string, object) that cannot close the surrounding <script>."""
    return json.dumps(value).replace("<", "\\u003c")


def apply_direction(tr: Translator) -> None:
    """Style for phones, and right-to-left for Arabic (Streamlit has no RTL of its own)."""
    style, script = _direction_html(tr.language)
    st.html(style)
    st.html(script, unsafe_allow_javascript=True)


@cache
def _direction_html(language: str) -> tuple[str, str]:
    """The style and the direction script of a language: the same on every run."""
    tr = Translator(language)
    style = _STYLE_ALWAYS + (_STYLE_RTL if tr.rtl else "")
    script = _DIRECTION_SCRIPT.format(
        lang=_js(tr.language), dir=_js(tr.direction), texts=_js(_widget_texts(tr))
    )
    return f"<style>{style}</style>", script


def _widget_texts(tr: Translator) -> dict[str, dict[str, str] | str]:
    """Streamlit's built-in English widget texts, keyed as the browser shows them."""
    return {
        "prefix": {
            "day": tr("ui.aria.day"),
            "month": tr("ui.aria.month"),
            "year": tr("ui.aria.year"),
        },
        "label": {
            "Open": tr("ui.aria.open"),
            "Choose date": tr("ui.aria.choose_date"),
            "Decrement": tr("ui.aria.decrement"),
            "Increment": tr("ui.aria.increment"),
            "Copy to clipboard": tr("ui.aria.copy"),
            "Link to heading": tr("ui.aria.heading_link"),
            "progress": tr("ui.aria.progress"),
            "Clear date": tr("ui.aria.clear_date"),
            "Clear value": tr("ui.aria.clear_value"),
            "Clear all": tr("ui.aria.clear_all"),
        },
        # A multiselect's chip: "Remove <option>".
        "remove": tr("ui.aria.remove") + " ",
        "segment": {
            "day": tr("ui.placeholder.day"),
            "month": tr("ui.placeholder.month"),
            "year": tr("ui.placeholder.year"),
        },
        "choose": tr("ui.placeholder.choose"),
    }


def language_switch(tr: Translator) -> None:
    """Deutsch / العربية, at the top of the main area (the sidebar is hidden on phones)."""
    st.segmented_control(
        tr("language.label"),
        options=list(LANGUAGES),
        format_func=LANGUAGES.__getitem__,
        key=state.LANGUAGE_WIDGET,
        required=True,
        label_visibility="collapsed",
    )


_PAGES = "hc.pages"
SHARE_PANEL = "hc.share_panel"


def pages(tr: Translator) -> list[StreamlitPage]:
    """The screens, made once a session and language: st.Page looks its file up on the
    disk each time one is made, twelve times on every rerun otherwise. Kept per session,
    not shared: st.navigation marks the page it returns as the one this run may call."""
    kept = st.session_state.get(_PAGES)
    if kept is None or kept[0] != tr.language:
        screens = [
            st.Page("screens/home.py", title=tr("nav.home"), default=True),
            *(
                st.Page(f"screens/{name}.py", title=tr(f"nav.{name}"), url_path=name)
                for name in SCREENS
            ),
        ]
        kept = st.session_state[_PAGES] = (tr.language, screens)
    return kept[1]


def rechtsstand_picker(app: state.AppState) -> None:
    tr = app.tr
    start, end = covered_period()
    with st.expander(
        tr("rechtsstand.summary", date=tr.date(app.rechtsstand)),
        key="hc.rechtsstand_panel",
    ):
        st.date_input(
            tr("rechtsstand.label"),
            min_value=start,
            max_value=end,
            key=state.DATE_WIDGET,
            format="DD.MM.YYYY",
        )
        st.markdown(tr("rechtsstand.help", start=tr.date(start), end=tr.date(end)))


def _safe_key(key: str) -> str:
    """A link key as typed by someone else, shown without any markup."""
    return key if re.fullmatch(r"[A-Za-z0-9]{1,16}", key) else "…"


def _ignored_line(item: Ignored, tr: Translator) -> str:
    if item.key in FIELD_BY_KEY or item.key in state.APP_KEYS:
        what = tr(f"link.field.{item.key}")
    else:
        what = tr("link.field.unknown", key=_safe_key(item.key))
    return f"- {what}: {tr(f'link.reason.{item.reason}')}"


def link_notices(tr: Translator) -> None:
    """Tell plainly what a link contained that we could not use, and what we used instead."""
    notices = state.notices()
    for notice in notices:
        values = {k: tr.date(v) for k, v in notice.values.items()}
        lines = [tr(notice.message, **values)]
        lines += [_ignored_line(item, tr) for item in notice.ignored]
        st.warning("\n".join(lines))
    if notices:
        st.button(tr("notice.dismiss"), on_click=state.dismiss_notices)


def share_panel(app: state.AppState) -> None:
    """The link that reopens this page with the same inputs, language and date."""
    tr = app.tr
    with render.panel(tr("share.title"), SHARE_PANEL) as panel:
        if not panel.open:
            return  # the frame is on every rerun of every screen
        url = state.share_url(app)
        st.markdown(tr("share.privacy"))
        # Plain text in the panel's own block, not st.code: a code block loads Streamlit's
        # syntax highlighter (0.44 MB) on every first visit, for one line that needs no
        # colours.
        st.html(
            _SHARE_PANEL.format(
                shown=html.escape(url),
                label=html.escape(tr("share.button")),
                copied=_js(tr("share.copied")),
            ),
            unsafe_allow_javascript=True,
        )


def footer(app: state.AppState) -> None:
    tr = app.tr
    st.divider()
    st.markdown(tr("footer.text", date=tr.date(app.rechtsstand)))

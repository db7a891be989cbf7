"""The session's state and its URL form: the one place that reads and writes the link.

Canonical data lives under our own session keys (never only in widget keys, which
Streamlit deletes when a widget is not rendered). The URL is written from it at the end
of every run, and of every fragment's run (fragment()), so the address bar and the share
link always reopen the same screen.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any
from urllib.parse import urlencode

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from engine.evaluate import keep_results
from engine.link import Ignored, scenario_from_query, scenario_to_query
from engine.parameters import covered_period
from engine.scenario import Scenario
from i18n import DEFAULT_LANGUAGE, LANGUAGES, Translator

LANG_KEY = "lang"
DATE_KEY = "d"
APP_KEYS = (LANG_KEY, DATE_KEY)

_INITIALIZED = "hc.initialized"
_RESULTS = "hc.results"
_SCENARIO = "hc.scenario"
_NOTICES = "hc.notices"
# The last scenario and its link parameters: written once per change, read twice a run.
_LINK = "hc.link"
_INPUT_PREFIX = "scenario."
# Widget key → how to get the value it must show from the app's state (see bind()).
_BOUND = "hc.bound"
_BOUND_PAGE = "hc.bound_page"
_OWNED_PREFIX = "hc.owned."
_OWNED_DEFAULTS = "hc.owned_defaults"
# The language the widgets were last filled in: a switch refills every option widget.
_SHOWN_LANGUAGE = "hc.shown_language"
# Widget keys of the entrypoint's controls; always rendered, so Streamlit keeps them.
LANGUAGE_WIDGET = "hc.lang"
DATE_WIDGET = "hc.date"


@dataclass(frozen=True)
class Notice:
    """Something the user must know about how the link was read (message key + values)."""

    message: str
    values: dict[str, date] = field(default_factory=dict)
    ignored: tuple[Ignored, ...] = ()


@dataclass(frozen=True)
class AppState:
    language: str
    rechtsstand: date
    scenario: Scenario
    tr: Translator


def _browser_language() -> str:
    """A first visit without a language in the link follows the browser (Arabic or German)."""
    locale = (st.context.locale or "").lower()
    return "ar" if locale.startswith("ar") else DEFAULT_LANGUAGE


def todays_date() -> date:
    """The day the app runs: the default Rechtsstand. Tests replace it, so no test
    depends on the day it runs."""
    return date.today()


def default_rechtsstand(today: date) -> tuple[date, Notice | None]:
    """Today, or the nearest covered day with a notice when today lies outside the data."""
    start, end = covered_period()
    if start <= today <= end:
        return today, None
    nearest = end if today > end else start
    return nearest, Notice(
        "notice.today_not_covered",
        {"start": start, "end": end, "used": nearest},
    )


def parse_link(
    params: dict[str, str], today: date
) -> tuple[str | None, date, Scenario, list[Notice]]:
    """Language, Rechtsstand and scenario from link parameters; never raises."""
    notices: list[Notice] = []
    ignored: list[Ignored] = []
    language = params.get(LANG_KEY)
    if language is not None and language not in LANGUAGES:
        ignored.append(Ignored(LANG_KEY, "invalid"))
        language = None
    rechtsstand, today_notice = default_rechtsstand(today)
    if DATE_KEY in params:
        start, end = covered_period()
        try:
            requested = date.fromisoformat(params[DATE_KEY])
        except ValueError:
            ignored.append(Ignored(DATE_KEY, "invalid"))
        else:
            if start <= requested <= end:
                rechtsstand, today_notice = requested, None
            else:
                notices.append(
                    Notice(
                        "notice.date_not_covered",
                        {"requested": requested, "start": start, "end": end},
                    )
                )
    if today_notice:
        notices.append(today_notice)
    scenario_params = {k: v for k, v in params.items() if k not in APP_KEYS}
    scenario, ignored_in_scenario = scenario_from_query(scenario_params)
    ignored += ignored_in_scenario
    if ignored:
        notices.insert(0, Notice("notice.ignored", ignored=tuple(ignored)))
    return language, rechtsstand, scenario, notices


def link_query(state: AppState) -> dict[str, str]:
    """The query that reopens the current screen: language, date and scenario."""
    kept = st.session_state.get(_LINK)
    if kept is None or kept[0] is not state.scenario:
        kept = (state.scenario, scenario_to_query(state.scenario))
        st.session_state[_LINK] = kept
    return {LANG_KEY: state.language, DATE_KEY: state.rechtsstand.isoformat(), **kept[1]}


def start_run() -> None:
    """On a session's first run, take language, date and scenario from the URL.

    After a language switch, every bound widget is filled again before any renders: the
    browser would otherwise keep the chosen options' labels in the old language and send
    them back, where they match no option of the new one.
    """
    keep_results(st.session_state.setdefault(_RESULTS, {}))
    if st.session_state.get(_INITIALIZED):
        if st.session_state.get(_SHOWN_LANGUAGE) != st.session_state[LANGUAGE_WIDGET]:
            show_state()
            st.session_state[_SHOWN_LANGUAGE] = st.session_state[LANGUAGE_WIDGET]
        return
    params = {k: str(v) for k, v in st.query_params.to_dict().items()}
    language, rechtsstand, scenario, notices = parse_link(params, todays_date())
    st.session_state[LANGUAGE_WIDGET] = language or _browser_language()
    st.session_state[DATE_WIDGET] = rechtsstand
    st.session_state[_SCENARIO] = scenario
    st.session_state[_NOTICES] = notices
    st.session_state[_INITIALIZED] = True
    st.session_state[_SHOWN_LANGUAGE] = st.session_state[LANGUAGE_WIDGET]


@cache
def _translator(language: str) -> Translator:
    """One Translator a language, shared read-only (a screen asks for the state often)."""
    return Translator(language)


def current() -> AppState:
    language = st.session_state[LANGUAGE_WIDGET]
    return AppState(
        language=language,
        rechtsstand=st.session_state[DATE_WIDGET],
        scenario=st.session_state[_SCENARIO],
        tr=_translator(language),
    )


def input_key(path: tuple[str, ...]) -> str:
    """The widget key of a scenario input; reset_scenario clears all of them."""
    return _INPUT_PREFIX + ".".join(path)


def scenario_value(path: tuple[str, ...]) -> Any:
    """The scenario's value at ``path`` (fields and dict entries); None where nothing is."""
    node: Any = st.session_state[_SCENARIO]
    for name in path:
        if node is None:
            return None
        node = node.get(name) if isinstance(node, dict) else getattr(node, name, None)
    return node


def _same(value: Any) -> Any:
    return value


def _page() -> str:
    context = get_script_run_ctx()
    return context.page_script_hash if context else ""


def _register(key: str, read: Callable[[], Any]) -> str:
    """Fill a widget's key from the app's state when it is new on this page.

    A widget on another page is another widget to Streamlit even with the same key: its
    value would not carry over, so a key last drawn elsewhere is filled again.
    """
    st.session_state.setdefault(_BOUND, {})[key] = read
    pages = st.session_state.setdefault(_BOUND_PAGE, {})
    if key not in st.session_state or pages.get(key) != _page():
        st.session_state[key] = read()
        pages[key] = _page()
    return key


def bind(
    path: tuple[str, ...],
    to_widget: Callable[[Any], Any] = _same,
    *,
    key_path: tuple[str, ...] | None = None,
) -> str:
    """The key of a widget that shows the scenario's value at ``path``.

    Every input the scenario drives takes its key from here and passes no value, index or
    default of its own: the value comes from the scenario through ``to_widget`` (e.g. None
    → 0.0), now and whenever the scenario is replaced (show_state). ``key_path`` names the
    widget when it is not the field itself (a toggle derived from a field).
    """
    return _register(input_key(key_path or path), lambda: to_widget(scenario_value(path)))


def owned(key: str, default: Any) -> str:
    """The key of a widget showing a choice the app owns rather than the scenario.

    Streamlit deletes a widget's key when the widget is not drawn and resets it when the
    browser sends a label it no longer knows; the choice itself lives under our own key
    (written by keep() and choose()), and the widget is filled from it like a scenario input.
    """
    st.session_state.setdefault(_OWNED_DEFAULTS, {})[key] = default
    st.session_state.setdefault(_OWNED_PREFIX + key, default)
    return _register(key, lambda: st.session_state[_OWNED_PREFIX + key])


def keep(key: str, value: Any) -> Any:
    """Hold what an owned widget returned this run; returns it for the screen to use."""
    st.session_state[_OWNED_PREFIX + key] = value
    return value


def choose(key: str, value: Any) -> None:
    """Set an owned choice from a button's callback (before the widget is drawn)."""
    st.session_state[_OWNED_PREFIX + key] = value
    st.session_state[key] = value


def show_state() -> None:
    """Fill every bound widget from the app's state; call before widgets render.

    Deleting the keys is not enough: the browser keeps what a widget showed and sends it
    back with the next tap, which would overwrite the scenario just loaded.
    """
    for key, read in st.session_state.get(_BOUND, {}).items():
        st.session_state[key] = read()


def _unchanged(stored: Any, value: Any) -> bool:
    """The scenario already holds exactly this value (same type; an amount written the
    same way, so the link does not change from 0.50 to 0.5)."""
    if type(stored) is not type(value) or stored != value:
        return False
    return not isinstance(value, Decimal) or str(stored) == str(value)


def set_scenario_value(path: tuple[str, ...], value: Any) -> None:
    """Store what a page learned in the household scenario, for every other screen.

    A screen stores every answer on every run; only a changed one costs a copy and a
    validation of the scenario."""
    if _unchanged(scenario_value(path), value):
        return
    st.session_state[_SCENARIO] = st.session_state[_SCENARIO].with_value(path, value)


def _replace_scenario(scenario: Scenario) -> None:
    """Another household: the owned choices start over (Modul 1) and every input shows it."""
    st.session_state[_SCENARIO] = scenario
    for key, default in st.session_state.get(_OWNED_DEFAULTS, {}).items():
        st.session_state[_OWNED_PREFIX + key] = default
    show_state()


def reset_scenario() -> None:
    """Start a new household: an empty scenario, and every input showing it."""
    _replace_scenario(Scenario())


def load_example(scenario: Scenario, rechtsstand: date) -> None:
    """A workshop example: its household and the Rechtsstand it is set in, in every input."""
    st.session_state[DATE_WIDGET] = rechtsstand
    _replace_scenario(scenario)


def notices() -> list[Notice]:
    return st.session_state.get(_NOTICES, [])


def dismiss_notices() -> None:
    st.session_state[_NOTICES] = []


def share_url(state: AppState) -> str:
    """The absolute link to this page with this scenario (relative when the URL is unknown)."""
    base = st.context.url or "/"
    return f"{base}?{urlencode(link_query(state))}"


def fragment(outside: Callable[[AppState], object]) -> Callable[[Callable[[], None]], Any]:
    """Run a part of a screen as a Streamlit fragment: a tap inside it reruns that part only.

    The part's answers reach the address bar at the end of its own run (the entrypoint,
    which writes it after a full run, does not run). When something outside the part shows
    what the tap changed — ``outside`` of the state is no longer what it was — the whole
    page reruns, so nothing on it is stale.
    """

    def decorate(part: Callable[[], None]) -> Any:
        def run() -> None:
            # A fragment's run starts on a thread of its own, without the entrypoint.
            keep_results(st.session_state.setdefault(_RESULTS, {}))
            before = outside(current())
            part()
            context = get_script_run_ctx()
            if context is None or not context.fragment_ids_this_run:
                return  # part of a full run: the entrypoint writes the link
            now = current()
            write_url(now)
            if outside(now) != before:
                st.rerun()

        return st.fragment(run)

    return decorate


def write_url(state: AppState) -> None:
    """Mirror the state into the address bar; only on change, to keep history entries few."""
    wanted = link_query(state)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)

"""The session's state and its URL form: the one place that reads and writes the link.

Canonical data lives under our own session keys (never only in widget keys, which
Streamlit deletes when a widget is not rendered). The URL is written from it at the end
of every run, so the address bar and the share link always reopen the same screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import urlencode

import streamlit as st

from engine.link import Ignored, scenario_from_query, scenario_to_query
from engine.parameters import covered_period
from engine.scenario import Scenario
from i18n import DEFAULT_LANGUAGE, LANGUAGES, Translator

LANG_KEY = "lang"
DATE_KEY = "d"
APP_KEYS = (LANG_KEY, DATE_KEY)

_INITIALIZED = "hc.initialized"
_SCENARIO = "hc.scenario"
_NOTICES = "hc.notices"
_INPUT_PREFIX = "scenario."
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
    return {
        LANG_KEY: state.language,
        DATE_KEY: state.rechtsstand.isoformat(),
        **scenario_to_query(state.scenario),
    }


def start_run() -> None:
    """On a session's first run, take language, date and scenario from the URL."""
    if st.session_state.get(_INITIALIZED):
        return
    params = {k: str(v) for k, v in st.query_params.to_dict().items()}
    language, rechtsstand, scenario, notices = parse_link(params, todays_date())
    st.session_state[LANGUAGE_WIDGET] = language or _browser_language()
    st.session_state[DATE_WIDGET] = rechtsstand
    st.session_state[_SCENARIO] = scenario
    st.session_state[_NOTICES] = notices
    st.session_state[_INITIALIZED] = True


def current() -> AppState:
    language = st.session_state[LANGUAGE_WIDGET]
    return AppState(
        language=language,
        rechtsstand=st.session_state[DATE_WIDGET],
        scenario=st.session_state[_SCENARIO],
        tr=Translator(language),
    )


def input_key(path: tuple[str, ...]) -> str:
    """The widget key of a scenario input; reset_scenario clears all of them."""
    return _INPUT_PREFIX + ".".join(path)


def set_scenario_value(path: tuple[str, ...], value: Any) -> None:
    """Store what a page learned in the household scenario, for every other screen."""
    st.session_state[_SCENARIO] = st.session_state[_SCENARIO].with_value(path, value)


def reset_scenario() -> None:
    """Start a new household: forget the scenario and what its inputs still show."""
    st.session_state[_SCENARIO] = Scenario()
    for key in [k for k in st.session_state if str(k).startswith(_INPUT_PREFIX)]:
        del st.session_state[key]


def load_example(scenario: Scenario, rechtsstand: date) -> None:
    """A workshop example: its household and the Rechtsstand it is set in, inputs cleared."""
    reset_scenario()
    st.session_state[_SCENARIO] = scenario
    st.session_state[DATE_WIDGET] = rechtsstand


def notices() -> list[Notice]:
    return st.session_state.get(_NOTICES, [])


def dismiss_notices() -> None:
    st.session_state[_NOTICES] = []


def share_url(state: AppState) -> str:
    """The absolute link to this page with this scenario (relative when the URL is unknown)."""
    base = st.context.url or "/"
    return f"{base}?{urlencode(link_query(state))}"


def write_url(state: AppState) -> None:
    """Mirror the state into the address bar; only on change, to keep history entries few."""
    wanted = link_query(state)
    if st.query_params.to_dict() != wanted:
        st.query_params.from_dict(wanted)

"""Widgets show the app's state: the module choice, presets, a new household, a language switch.

The browser flows (tests/browser/test_flow_*.py) show what a person sees; these check the
same rules in the session state, where AppTest can reach them.
"""

from datetime import date
from decimal import Decimal

from app_session import open_app, query
from streamlit.testing.v1 import AppTest

from engine.eingliederungshilfe.scenario import Behinderungsart, EghLeistung
from engine.household import Einkunftsart
from ui.state import LANGUAGE_WIDGET, input_key

ANSWER = ("pflege", "begutachtung", "antworten")
GEBURTSDATUM = input_key(("person", "geburtsdatum"))


def on(at: AppTest, page: str) -> AppTest:
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def test_module_choice_survives_a_visit_to_another_screen() -> None:
    at = on(open_app({"lang": "de", "d": "2025-03-01", "gd": "1950-04-01"}), "screens/pflege.py")
    at.selectbox(key="pflege.modul").set_value(3).run()
    on(at, "screens/home.py")
    on(at, "screens/pflege.py")
    assert at.selectbox(key="pflege.modul").value == 3


def test_module_labels_never_change_with_the_answers() -> None:
    at = on(open_app({"lang": "de", "d": "2025-03-01", "gd": "1950-04-01"}), "screens/pflege.py")
    before = list(at.selectbox(key="pflege.modul").options)
    at.radio(key=input_key((*ANSWER, "1.1"))).set_value(2).run()
    assert list(at.selectbox(key="pflege.modul").options) == before
    assert before[1] == "2 · Kognition, Kommunikation"


def test_new_household_empties_the_inputs_and_starts_at_modul_1() -> None:
    at = open_app({"lang": "de", "d": "2025-03-01", "gd": "1950-04-01", "na": "3", "v": "1"})
    on(at, "screens/pflege.py")
    at.selectbox(key="pflege.modul").set_value(4).run()
    on(at, "screens/home.py")
    at.button[-1].click().run()  # Neuen Haushalt beginnen
    assert at.date_input(key=GEBURTSDATUM).value is None
    assert set(query(at)) == {"lang", "d"}
    on(at, "screens/pflege.py")
    assert at.selectbox(key="pflege.modul").value == 1
    assert at.radio(key=input_key((*ANSWER, "1.1"))).value is None
    assert at.date_input(key=GEBURTSDATUM).value is None


def test_presets_fill_the_inputs_and_the_next_tap_keeps_them() -> None:
    at = on(open_app({"lang": "de"}), "screens/eingliederungshilfe.py")
    at.button(key="egh.beispiel.meier").click().run()
    at.button(key="egh.beispiel.schmidt").click().run()
    assert at.date_input(key=GEBURTSDATUM).value == date(2011, 5, 20)
    art = input_key(("eingliederungshilfe", "behinderungsart"))
    assert at.selectbox(key=art).value is Behinderungsart.geistig
    leistungen = input_key(("eingliederungshilfe", "leistungen"))
    assert at.multiselect(key=leistungen).value == [EghLeistung.assistenz_freizeit]
    betrag = input_key(("eltern", "elternteil_2", "betrag_jahr"))
    assert at.number_input(key=betrag).value == 20000.0
    art_1 = input_key(("eltern", "elternteil_1", "art"))
    assert at.selectbox(key=art_1).value is Einkunftsart.selbstaendig
    assert at.number_input(key=input_key(("eltern", "kinder_im_haushalt"))).value == 5
    at.checkbox(key=input_key(("eingliederungshilfe", "existenzsichernd"))).check().run()
    link = query(at)
    assert link["gd"] == "2011-05-20" and link["el"] == "assistenz_freizeit"
    assert link["e1"] == "50000" and link["k"] == "5"


def test_language_switch_refills_every_input_from_the_scenario() -> None:
    at = on(open_app({"lang": "de"}), "screens/eingliederungshilfe.py")
    at.button(key="egh.beispiel.meier").click().run()
    betrag = input_key(("eltern", "elternteil_1", "betrag_jahr"))
    at.session_state[LANGUAGE_WIDGET] = "ar"
    at.run()
    assert at.number_input(key=betrag).value == float(Decimal(35000))
    assert at.selectbox(key=input_key(("person", "wohnform"))).value == "zuhause"
    assert query(at)["lang"] == "ar" and query(at)["gd"] == "2009-03-15"

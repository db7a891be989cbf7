"""The household questionnaire on the overview as a family uses it, in both languages.

One question a step, "Weiter" / "Zurück" / "Überspringen", then "Ihre Angaben prüfen" with a
change button per answer. Every answer is the scenario's (and the link's), so it shows on
the area screens, and a screen's or a preset's answers show here.
"""

from datetime import date
from decimal import Decimal

import pytest
from app_session import open_app, query
from streamlit.testing.v1 import AppTest

from engine.household import Einkunftsart, Merkzeichen
from i18n import Translator
from ui.fragebogen import FRAGE
from ui.state import LANGUAGE_WIDGET, input_key

LANGS = ["de", "ar"]
# A child (11 on 1 June 2026) is asked 9 questions: birth date, parents, Pflegegrad, GdB,
# Merkzeichen, Wohnform, Bundesland, Aufenthalt, the parents' income.
KIND = ["geburtsdatum", "eltern", "pflegegrad", "gdb", "merkzeichen", "wohnform"]
KIND += ["bundesland", "aufenthalt", "einkommen_eltern"]
# An adult is asked about a partner instead of parents, and about work: 10 questions.
ERWACHSEN = ["geburtsdatum", "partner", "pflegegrad", "gdb", "merkzeichen", "wohnform"]
ERWACHSEN += ["bundesland", "aufenthalt", "arbeit", "einkommen_eigen"]
GEBURTSDATUM = input_key(("person", "geburtsdatum"))
PFLEGEGRAD = input_key(("person", "pflegegrad"))


def overview(lang: str, **params: str) -> AppTest:
    at = open_app({"lang": lang, "d": "2026-06-01", "v": "1", **params})
    return on(at, "screens/uebersicht.py")


def on(at: AppTest, page: str) -> AppTest:
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def tap(at: AppTest, key: str) -> AppTest:
    at.button(key=key).click().run()
    assert not at.exception, at.exception
    return at


def question(at: AppTest) -> str | None:
    """The question of the step shown (its heading); None on the summary."""
    headings = [s.value for s in at.subheader]
    return headings[0] if headings else None


def progress(at: AppTest) -> str:
    tr = Translator(at.session_state[LANGUAGE_WIDGET])
    marker = tr.plural("fragebogen.fortschritt", 9, nummer="").split()[0]
    return next(m.value for m in at.markdown if m.value.startswith(marker))


def panel(at: AppTest):  # type: ignore[no-untyped-def]
    """The summary panel "Ihre Angaben prüfen (…)"."""
    tr = Translator(at.session_state[LANGUAGE_WIDGET])
    title = " ".join(tr.plural("fragebogen.pruefen.titel", 5, von="").split()[:2])
    return next(e for e in at.expander if e.label.startswith(title))


def summary(at: AppTest) -> str:
    """The summary panel's rows as text."""
    rows = [m.value for m in panel(at).markdown]
    return "\n".join(rows).replace("\xa0", " ")


@pytest.mark.parametrize("lang", LANGS)
def test_walk_every_step_forward_and_back(lang: str) -> None:
    tr = Translator(lang)
    at = overview(lang)
    assert question(at) == tr("fragebogen.frage.geburtsdatum")
    assert progress(at) == tr.plural("fragebogen.fortschritt", 9, nummer=tr.number(1))
    at.date_input(key=GEBURTSDATUM).set_value(date(2015, 3, 4)).run()
    for number, name in enumerate(KIND, 1):
        assert question(at) == tr(FRAGE[name].frage), name
        assert progress(at) == tr.plural("fragebogen.fortschritt", 9, nummer=tr.number(number))
        tap(at, "fragebogen.weiter")
    assert question(at) is None
    assert panel(at).label == tr.plural("fragebogen.pruefen.titel", 1, von=tr.number(len(KIND)))
    assert panel(at).proto.expanded
    # "Zurück" from a change made from the summary leads back to the summary.
    tap(at, "fragebogen.aendern.bundesland")
    assert question(at) == tr(FRAGE["bundesland"].frage)
    tap(at, "fragebogen.zurueck")
    assert question(at) is None


@pytest.mark.parametrize("lang", LANGS)
def test_back_goes_to_the_previous_question(lang: str) -> None:
    tr = Translator(lang)
    at = overview(lang, gd="2015-03-04")
    tap(at, "fragebogen.aendern.geburtsdatum")
    tap(at, "fragebogen.weiter")  # a change returns to the summary …
    assert question(at) is None
    at = overview(lang)  # … a new household walks on.
    at.date_input(key=GEBURTSDATUM).set_value(date(2015, 3, 4)).run()
    for _ in range(3):
        tap(at, "fragebogen.weiter")
    assert question(at) == tr("fragebogen.frage.gdb")
    for name in reversed(KIND[:3]):
        tap(at, "fragebogen.zurueck")
        assert question(at) == tr(FRAGE[name].frage)
    assert at.date_input(key=GEBURTSDATUM).value == date(2015, 3, 4)


def test_an_adult_is_asked_about_partner_and_work_not_parents() -> None:
    """Born 1 June 2008: 18 on 1 June 2026 (volljährig, § 2 BGB) – the day before, a child."""
    tr = Translator("de")
    at = overview("de", gd="2008-06-01")
    tap(at, "fragebogen.aendern.geburtsdatum")
    tap(at, "fragebogen.weiter")
    assert [b.key for b in at.button if b.key.startswith("fragebogen.aendern.")] == [
        f"fragebogen.aendern.{name}" for name in ERWACHSEN
    ]
    at = overview("de", gd="2008-06-02")
    assert [b.key for b in at.button if b.key.startswith("fragebogen.aendern.")] == [
        f"fragebogen.aendern.{name}" for name in KIND
    ]
    at = overview("de")
    at.date_input(key=GEBURTSDATUM).set_value(date(2008, 6, 1)).run()
    assert progress(at) == tr.plural("fragebogen.fortschritt", 10, nummer="1")
    tap(at, "fragebogen.weiter")
    assert question(at) == tr("fragebogen.frage.partner")
    at.selectbox(key=input_key(("person", "partner"))).set_value(True).run()
    for _ in range(7):
        tap(at, "fragebogen.weiter")
    assert question(at) == tr("fragebogen.frage.arbeit")
    tap(at, "fragebogen.weiter")
    assert question(at) == tr("fragebogen.frage.einkommen_eigen")
    own = input_key(("eingliederungshilfe", "einkommen", "betrag_jahr"))
    at.number_input(key=own).set_value(12000).run()
    partner = input_key(("eingliederungshilfe", "partner", "betrag_jahr"))
    at.number_input(key=partner).set_value(30000).run()
    assert query(at)["ee"] == "12000" and query(at)["ep"] == "30000"
    assert query(at)["pz"] == "1"


@pytest.mark.parametrize("lang", LANGS)
def test_skip_leaves_the_answer_empty_and_goes_on(lang: str) -> None:
    tr = Translator(lang)
    at = overview(lang, gd="2015-03-04", pg="3", gb="50")
    tap(at, "fragebogen.aendern.pflegegrad")
    tap(at, "fragebogen.ueberspringen")
    assert "pg" not in query(at) and query(at)["gb"] == "50"
    assert question(at) is None
    assert tr(
        "fragebogen.pruefen.zeile",
        frage=tr("fragebogen.kurz.pflegegrad"),
        antwort=(tr("fragebogen.nicht_angegeben")),
    ) in summary(at)
    # A question without a skip: the birth date is needed by every area.
    tap(at, "fragebogen.aendern.geburtsdatum")
    assert not [b for b in at.button if b.key == "fragebogen.ueberspringen"]
    # Skipping on the way forward goes to the next question, not the summary.
    at = overview(lang)
    at.date_input(key=GEBURTSDATUM).set_value(date(2015, 3, 4)).run()
    tap(at, "fragebogen.weiter")
    tap(at, "fragebogen.weiter")
    at.selectbox(key=PFLEGEGRAD).set_value(2).run()
    tap(at, "fragebogen.ueberspringen")
    assert question(at) == tr("fragebogen.frage.gdb")
    assert "pg" not in query(at)
    tap(at, "fragebogen.zurueck")
    assert at.selectbox(key=PFLEGEGRAD).value is None


@pytest.mark.parametrize("lang", LANGS)
def test_change_from_the_summary_returns_to_the_summary(lang: str) -> None:
    tr = Translator(lang)
    at = overview(lang, gd="2015-03-04", pg="2")
    assert question(at) is None
    change = at.button(key="fragebogen.aendern.pflegegrad")
    assert change.label == tr("fragebogen.aendern", frage=tr("fragebogen.kurz.pflegegrad"))
    tap(at, "fragebogen.aendern.pflegegrad")
    assert question(at) == tr("fragebogen.frage.pflegegrad")
    assert at.selectbox(key=PFLEGEGRAD).value == 2
    at.selectbox(key=PFLEGEGRAD).set_value(4).run()
    tap(at, "fragebogen.weiter")
    assert question(at) is None
    row = tr(
        "fragebogen.pruefen.zeile",
        frage=tr("fragebogen.kurz.pflegegrad"),
        antwort=(tr("term.pflegegrad.4")),
    )
    assert row in summary(at)
    assert query(at)["pg"] == "4"


@pytest.mark.parametrize("lang", LANGS)
def test_answers_land_in_the_link_and_on_the_area_screens(lang: str) -> None:
    at = overview(lang)
    at.date_input(key=GEBURTSDATUM).set_value(date(2015, 3, 4)).run()
    tap(at, "fragebogen.weiter")
    at.selectbox(key=input_key(("eltern", "zusammenlebend"))).set_value(True).run()
    tap(at, "fragebogen.weiter")
    at.selectbox(key=PFLEGEGRAD).set_value(3).run()
    tap(at, "fragebogen.weiter")
    at.selectbox(key=input_key(("person", "gdb"))).set_value(80).run()
    tap(at, "fragebogen.weiter")
    at.button_group(key=input_key(("person", "merkzeichen"))).set_value(
        [Merkzeichen.H, Merkzeichen.G]
    ).run()
    tap(at, "fragebogen.weiter")
    tap(at, "fragebogen.weiter")
    tap(at, "fragebogen.weiter")
    tap(at, "fragebogen.weiter")
    eins = input_key(("eltern", "elternteil_1", "betrag_jahr"))
    at.number_input(key=eins).set_value(40000).run()
    at.number_input(key=input_key(("eltern", "elternteil_2", "betrag_jahr"))).set_value(0).run()
    link = query(at)
    assert (link["gd"], link["ez"], link["pg"], link["gb"]) == ("2015-03-04", "1", "3", "80")
    assert link["mz"] == "G.H"  # tapped H, then G: kept in the card's order
    assert (link["e1"], link["e2"]) == ("40000", "0")
    on(at, "screens/pflege.py")
    assert at.selectbox(key=PFLEGEGRAD).value == 3
    on(at, "screens/kinder.py")
    assert at.selectbox(key=input_key(("person", "gdb"))).value == 80
    assert at.date_input(key=GEBURTSDATUM).value == date(2015, 3, 4)
    on(at, "screens/eingliederungshilfe.py")
    assert at.number_input(key=eins).value == 40000
    assert at.selectbox(key=input_key(("eltern", "elternteil_1", "art"))).value is (
        Einkunftsart.sv_beschaeftigung
    )


@pytest.mark.parametrize("lang", LANGS)
def test_a_screens_answer_shows_in_the_summary(lang: str) -> None:
    tr = Translator(lang)
    at = open_app({"lang": lang, "d": "2026-06-01"})
    on(at, "screens/kinder.py")
    at.date_input(key=GEBURTSDATUM).set_value(date(2015, 3, 4)).run()
    at.selectbox(key=PFLEGEGRAD).set_value(5).run()
    on(at, "screens/uebersicht.py")
    assert question(at) is None
    assert not panel(at).proto.expanded  # answers given: collapsed on a phone
    assert panel(at).label == tr.plural("fragebogen.pruefen.titel", 2, von="9")
    assert tr("term.pflegegrad.5") in summary(at)
    assert tr.date(date(2015, 3, 4)).replace("\xa0", " ") in summary(at)


@pytest.mark.parametrize("lang", LANGS)
def test_a_preset_shows_in_the_questionnaire_and_reset_starts_over(lang: str) -> None:
    tr = Translator(lang)
    at = overview(lang)
    at.date_input(key=GEBURTSDATUM).set_value(date(2015, 3, 4)).run()
    tap(at, "fragebogen.weiter")
    tap(at, "fragebogen.weiter")
    assert question(at) == tr("fragebogen.frage.pflegegrad")
    on(at, "screens/eingliederungshilfe.py")
    tap(at, "egh.beispiel.meier")
    on(at, "screens/uebersicht.py")
    assert question(at) is None
    shown = summary(at)
    # Leon Meier, born 15 March 2009, single mother with 35,000 € in 2021.
    assert tr.date(date(2009, 3, 15)).replace("\xa0", " ") in shown
    assert tr("egh.eltern.einer") in shown
    betrag = tr.isolate(tr.money(Decimal(35000), "year")).replace("\xa0", " ")
    assert betrag in shown
    on(at, "screens/home.py")
    at.button[-1].click().run()  # Neuen Haushalt beginnen
    on(at, "screens/uebersicht.py")
    assert question(at) == tr("fragebogen.frage.geburtsdatum")
    assert at.date_input(key=GEBURTSDATUM).value is None


def test_language_switch_keeps_the_step_and_the_answers() -> None:
    at = overview("de")
    at.date_input(key=GEBURTSDATUM).set_value(date(2015, 3, 4)).run()
    tap(at, "fragebogen.weiter")
    tap(at, "fragebogen.weiter")
    at.selectbox(key=PFLEGEGRAD).set_value(3).run()
    at.session_state[LANGUAGE_WIDGET] = "ar"
    at.run()
    ar = Translator("ar")
    assert question(at) == ar("fragebogen.frage.pflegegrad")
    assert progress(at) == ar.plural("fragebogen.fortschritt", 9, nummer=ar.number(3))
    assert at.selectbox(key=PFLEGEGRAD).value == 3
    assert query(at)["lang"] == "ar" and query(at)["pg"] == "3"
    tap(at, "fragebogen.weiter")
    assert question(at) == ar("fragebogen.frage.gdb")
    at.session_state[LANGUAGE_WIDGET] = "de"
    at.run()
    assert question(at) == Translator("de")("fragebogen.frage.gdb")

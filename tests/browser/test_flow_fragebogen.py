"""The household questionnaire on the overview, tapped through on a phone like a parent.

Answer after answer, one skip, a language switch in the middle, one change from "Ihre
Angaben prüfen". After every tap the question shown is the step the app holds, the field
shows the answer the app holds, and the link in the address bar carries that scenario.
Screenshots of a step and of the summary at 390x844 go to artifacts/.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from flow import (
    choose,
    enter_number,
    fields,
    linked,
    main_text,
    open_screen,
    rerun_after,
    settled,
    tap,
)
from phone import screenshot
from playwright.sync_api import Page
from test_mobile import OVERFLOW

from engine.household import Bundesland, Einkommen, Einkunftsart, Merkzeichen, Wohnform
from engine.scenario import Scenario
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

OTHER = {"de": "ar", "ar": "de"}
GEBOREN = date(2015, 3, 4)  # 11 on 1 June 2026: a child, 9 questions


def text(value: str) -> str:
    """As the page shows it: no-break spaces as spaces, isolates and bold marks left out."""
    for mark in ("\xa0", "\u2068", "\u2069", "**"):
        value = value.replace(mark, " " if mark == "\xa0" else "")
    return value.replace("  \n", "\n")


def heading(page: Page) -> str:
    return page.get_by_test_id("stMain").locator("h3").first.inner_text()


def at_step(page: Page, tr: Translator, name: str, nummer: int, scenario: Scenario) -> None:
    """The step ``name`` (question ``nummer`` of 9) is shown and the link holds ``scenario``."""

    def check() -> None:
        assert heading(page) == tr(f"fragebogen.frage.{name}")
        fortschritt = tr.plural("fragebogen.fortschritt", 9, nummer=tr.number(nummer))
        assert text(fortschritt) in text(main_text(page))
        assert linked(page) == scenario

    settled(page, check)
    assert page.evaluate(OVERFLOW) == [0, 0]


def shows(page: Page, tr: Translator, name: str, value: object) -> None:
    """The question's field shows ``value`` (its label is the question)."""

    def check() -> None:
        assert fields(page)[tr(f"fragebogen.frage.{name}")] == value

    settled(page, check)


def weiter(page: Page, tr: Translator) -> None:
    tap(page, page.get_by_role("button", name=tr("fragebogen.weiter"), exact=True))


def at_summary(page: Page, tr: Translator, scenario: Scenario, rows: dict[str, str]) -> None:
    """The summary is open, each row shows its answer, and the link holds ``scenario``."""

    def check() -> None:
        assert page.get_by_test_id("stMain").locator("h3").count() == 0
        shown = text(main_text(page))
        for name, antwort in rows.items():
            zeile = tr(
                "fragebogen.pruefen.zeile", frage=tr(f"fragebogen.kurz.{name}"), antwort=antwort
            )
            assert text(zeile) in shown, zeile
        assert linked(page) == scenario

    settled(page, check)
    assert page.evaluate(OVERFLOW) == [0, 0]


@pytest.mark.parametrize("language", ["de", "ar"])
def test_parent_answers_changes_and_switches_language(
    phone: Page, server: str, language: str
) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/uebersicht?lang={language}&d=2026-06-01&v=1")
    scenario = Scenario()
    at_step(phone, tr, "geburtsdatum", 1, scenario)
    shows(phone, tr, "geburtsdatum", "")

    # Typed into the day, month and year segments as on German papers; a tap outside the
    # field (on the page title) closes its calendar and commits the date.
    field = phone.get_by_test_id("stDateInputField").last
    field.locator("[role=spinbutton][data-type=day]").click()
    phone.keyboard.type(GEBOREN.strftime("%d%m%Y"))
    rerun_after(phone, phone.get_by_test_id("stMain").locator("h1").click)
    scenario = scenario.with_value(("person", "geburtsdatum"), GEBOREN)
    at_step(phone, tr, "geburtsdatum", 1, scenario)
    shows(phone, tr, "geburtsdatum", GEBOREN.isoformat())
    screenshot(phone, f"fragebogen_schritt_{language}")

    weiter(phone, tr)
    at_step(phone, tr, "eltern", 2, scenario)
    choose(phone, tr("fragebogen.frage.eltern"), tr("egh.eltern.beide"))
    scenario = scenario.with_value(("eltern", "zusammenlebend"), True)
    at_step(phone, tr, "eltern", 2, scenario)
    shows(phone, tr, "eltern", tr("egh.eltern.beide"))

    weiter(phone, tr)
    at_step(phone, tr, "pflegegrad", 3, scenario)
    choose(phone, tr("fragebogen.frage.pflegegrad"), tr("term.pflegegrad.3"))
    scenario = scenario.with_value(("person", "pflegegrad"), 3)
    at_step(phone, tr, "pflegegrad", 3, scenario)
    shows(phone, tr, "pflegegrad", tr("term.pflegegrad.3"))

    weiter(phone, tr)
    at_step(phone, tr, "gdb", 4, scenario)
    tap(phone, phone.get_by_role("button", name=tr("fragebogen.ueberspringen"), exact=True))
    at_step(phone, tr, "merkzeichen", 5, scenario)
    tap(phone, phone.get_by_role("button", name=tr("merkzeichen.H"), exact=True))
    scenario = scenario.with_value(("person", "merkzeichen"), (Merkzeichen.H,))
    at_step(phone, tr, "merkzeichen", 5, scenario)
    shows(phone, tr, "merkzeichen", [tr("merkzeichen.H")])

    weiter(phone, tr)
    at_step(phone, tr, "wohnform", 6, scenario)
    choose(phone, tr("fragebogen.frage.wohnform"), tr("wohnform.zuhause"))
    scenario = scenario.with_value(("person", "wohnform"), Wohnform.zuhause)
    weiter(phone, tr)
    at_step(phone, tr, "bundesland", 7, scenario)

    # Language switch in the middle: same step, same answers, the other language.
    tr = Translator(OTHER[language])
    tap(phone, phone.get_by_role("radio", name=LANGUAGES[OTHER[language]], exact=True))
    at_step(phone, tr, "bundesland", 7, scenario)
    shows(phone, tr, "bundesland", "")
    choose(phone, tr("fragebogen.frage.bundesland"), tr("bundesland.NW"))
    scenario = scenario.with_value(("person", "bundesland"), Bundesland.NW)
    at_step(phone, tr, "bundesland", 7, scenario)
    shows(phone, tr, "bundesland", tr("bundesland.NW"))
    tap(phone, phone.get_by_role("button", name=tr("fragebogen.zurueck"), exact=True))
    at_step(phone, tr, "wohnform", 6, scenario)
    shows(phone, tr, "wohnform", tr("wohnform.zuhause"))
    weiter(phone, tr)
    weiter(phone, tr)
    at_step(phone, tr, "aufenthalt", 8, scenario)
    tap(phone, phone.get_by_role("button", name=tr("fragebogen.ueberspringen"), exact=True))
    at_step(phone, tr, "einkommen_eltern", 9, scenario)
    enter_number(phone, tr("field.einkommen.betrag_jahr"), "42000")
    eins = Einkommen(betrag_jahr=Decimal(42000), art=Einkunftsart.sv_beschaeftigung)
    scenario = scenario.with_value(("eltern", "elternteil_1"), eins.model_dump())
    at_step(phone, tr, "einkommen_eltern", 9, scenario)

    weiter(phone, tr)
    rows = {
        "geburtsdatum": tr.date(GEBOREN),
        "eltern": tr("egh.eltern.beide"),
        "pflegegrad": tr("term.pflegegrad.3"),
        "gdb": tr("fragebogen.nicht_angegeben"),
        "merkzeichen": tr("merkzeichen.H"),
        "bundesland": tr("bundesland.NW"),
        "aufenthalt": tr("fragebogen.nicht_angegeben"),
    }
    at_summary(phone, tr, scenario, rows)
    screenshot(phone, f"fragebogen_pruefen_{language}")

    # One change from the summary: the question opens with its answer, then back.
    aendern = tr("fragebogen.aendern", frage=tr("fragebogen.kurz.pflegegrad"))
    tap(phone, phone.get_by_role("button", name=aendern, exact=True))
    at_step(phone, tr, "pflegegrad", 3, scenario)
    shows(phone, tr, "pflegegrad", tr("term.pflegegrad.3"))
    choose(phone, tr("fragebogen.frage.pflegegrad"), tr("term.pflegegrad.4"))
    scenario = scenario.with_value(("person", "pflegegrad"), 4)
    weiter(phone, tr)
    at_summary(phone, tr, scenario, rows | {"pflegegrad": tr("term.pflegegrad.4")})

"""Issue 18: the deadline screen walked on a phone, in German and Arabic.

A preset fills the fields; the Rechtsbehelfsbelehrung and the Land change one at a time;
a language switch keeps every answer. After each tap the link holds the scenario and the
screen shows the engine's deadline for exactly that scenario; the letter's typed name never
reaches the link.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from flow import (
    choose_by_keys,
    enter_number,
    expand,
    main_text,
    open_screen,
    settled,
    tap,
    tick,
)
from flow import url_query as address
from playwright.sync_api import Page

from engine.arbeit.grundsicherung import KduBesondereWohnform
from engine.evaluate import evaluate_widerspruch
from engine.link import scenario_from_query
from engine.scenario import Scenario
from engine.widerspruch.beispiele import BEISPIELE
from engine.widerspruch.fristen import Fristergebnis
from engine.widerspruch.zuzahlen import Zuzahlungsrechnung
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

RECHTSSTAND = date(2026, 5, 15)
WOHNFORM = BEISPIELE["wohnform"]
OTHER = {"de": "ar", "ar": "de"}


def linked(page: Page) -> Scenario:
    scenario, ignored = scenario_from_query(
        {k: v for k, v in address(page).items() if k not in ("lang", "d")}
    )
    assert ignored == []
    return scenario


def holds(page: Page, scenario: Scenario, lines: list[str]) -> None:
    """Once settled, the link holds ``scenario`` and the screen shows every line."""

    def check() -> None:
        assert linked(page) == scenario
        text = main_text(page)
        for line in lines:
            assert line.replace("**", "").replace("\xa0", " ") in text, line

    settled(page, check)


def shows(page: Page, tr: Translator, scenario: Scenario) -> None:
    """The link holds ``scenario``; the text shows the engine's Bekanntgabe and last day."""
    frist = evaluate_widerspruch(scenario, RECHTSSTAND).frist
    assert isinstance(frist, Fristergebnis)
    lines = [
        tr("wsp.frist.bekanntgabe", tag=tr.quantity(frist.bekanntgabe.value)),
        tr(f"wsp.frist.ende.{frist.rechtsbehelf}", tag=tr.quantity(frist.ende.value)),
    ]
    holds(page, scenario, lines)


def switch_language(page: Page, language: str) -> Translator:
    tap(page, page.get_by_role("radio", name=LANGUAGES[language], exact=True))
    return Translator(language)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_preset_answers_and_language_switch(phone: Page, server: str, language: str) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/widerspruch?lang={language}&d={RECHTSSTAND}&v=1")
    expand(phone, tr("wsp.beispiele.title"))
    tap(phone, phone.get_by_role("button", name=tr("wsp.beispiel.pflegegrad")))
    scenario = BEISPIELE["pflegegrad"].scenario
    shows(phone, tr, scenario)  # Fronleichnam in NRW: Fri 5.6.2026
    phone.get_by_role("button", name=tr("wsp.ics.button")).wait_for()

    # No Rechtsbehelfsbelehrung: one year, Tue 4.5.2027.
    tick(phone, tr("field.wsp.belehrung_fehlt"))
    scenario = scenario.with_value(("widerspruch", "belehrung_fehlt"), True)
    shows(phone, tr, scenario)
    tick(phone, tr("field.wsp.belehrung_fehlt"))
    scenario = scenario.with_value(("widerspruch", "belehrung_fehlt"), False)

    # Berlin: Fronleichnam is a workday, Thu 4.6.2026.
    choose_by_keys(phone, tr("field.person.bundesland"), tr("bundesland.BE"))
    scenario = scenario.with_value(("person", "bundesland"), "BE")
    shows(phone, tr, scenario)

    # A language switch in the filled form keeps every answer.
    other = switch_language(phone, OTHER[language])
    shows(phone, other, scenario)
    tr = switch_language(phone, language)
    shows(phone, tr, scenario)

    # The letter's name is typed on the screen only: never in the link.
    name = phone.get_by_label(tr("field.wsp.absender"), exact=True)
    name.fill("Amira Beispiel")
    name.press("Enter")
    phone.get_by_role("button", name=tr("wsp.brief.button")).wait_for()
    settled(phone, lambda: linked(phone) == scenario)
    assert "Amira" not in phone.url


def shows_kv_and_wohnen(page: Page, tr: Translator, scenario: Scenario) -> None:
    """The link holds ``scenario``; the screen shows the engine's Zuzahlung, the year
    against the Belastungsgrenze and the besondere Wohnform split for exactly it."""
    ergebnis = evaluate_widerspruch(scenario, WOHNFORM.rechtsstand)
    rechnung, teile = ergebnis.zuzahlen, ergebnis.besondere_wohnform
    assert isinstance(rechnung, Zuzahlungsrechnung) and rechnung.betrag is not None
    assert isinstance(teile, KduBesondereWohnform)
    lines = [
        tr("wsp.rechner.betrag", betrag=tr.quantity(rechnung.betrag.value)),
        tr.step(rechnung.jahr.steps[0]),
        tr("wsp.wohnform.lebensunterhalt", betrag=tr.quantity(teile.grundsicherung.value)),
        tr("wsp.wohnform.fachleistung", betrag=tr.quantity(teile.eingliederungshilfe.value)),
    ]
    holds(page, scenario, lines)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_zuzahlung_calculator_and_besondere_wohnform(
    phone: Page, server: str, language: str
) -> None:
    """Preset: Hilfsmittel 180 € → 10 €, 27.56 € to the limit, 562.50 € / 57.50 €. Then
    30 hospital days (10 € × 28 = 280 €) and a rent of 700 € (562.50 € / 137.50 €)."""
    tr = Translator(language)
    open_screen(phone, f"{server}/widerspruch?lang={language}&d={WOHNFORM.rechtsstand}&v=1")
    expand(phone, tr("wsp.beispiele.title"))
    tap(phone, phone.get_by_role("button", name=tr("wsp.beispiel.wohnform")))
    scenario = WOHNFORM.scenario
    shows_kv_and_wohnen(phone, tr, scenario)

    choose_by_keys(phone, tr("field.wsp.leistung"), tr("leistungsart.krankenhaus"))
    enter_number(phone, tr("field.wsp.tage"), "30")
    scenario = scenario.with_value(("widerspruch", "zuzahlung", "leistung"), "krankenhaus")
    scenario = scenario.with_value(("widerspruch", "zuzahlung", "tage"), 30)
    shows_kv_and_wohnen(phone, tr, scenario)
    assert "280" in main_text(phone)

    enter_number(phone, tr("field.arbeit.miete"), "700")
    scenario = scenario.with_value(("arbeit", "miete"), Decimal(700))
    shows_kv_and_wohnen(phone, tr, scenario)

    other = switch_language(phone, OTHER[language])
    shows_kv_and_wohnen(phone, other, scenario)

"""The work screen walked on a phone in German and Arabic: presets, answers, a language
switch mid-form; after every step the amounts shown are the engine's for the scenario the
link carries, and the screenshots at 390x844 are written for review."""

from __future__ import annotations

from datetime import date

import pytest
from flow import enter_number, expand, fields, main_text, open_screen, settled, tap, url_query
from phone import screenshot
from playwright.sync_api import Page
from test_mobile import OVERFLOW

from engine.arbeit.beispiele import BEISPIELE
from engine.evaluate import evaluate_arbeit
from engine.link import scenario_from_query
from engine.scenario import Scenario
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

RECHTSSTAND = date(2026, 3, 1)
OTHER = {"de": "ar", "ar": "de"}


def linked(page: Page) -> Scenario:
    scenario, ignored = scenario_from_query(
        {k: v for k, v in url_query(page).items() if k not in ("lang", "d")}
    )
    assert ignored == []
    return scenario


def shows_engine_result(page: Page, tr: Translator, scenario: Scenario) -> None:
    """The link carries ``scenario``; the page shows the engine's month for it."""
    gs = evaluate_arbeit(scenario, RECHTSSTAND).grundsicherung

    def check() -> None:
        assert linked(page) == scenario
        text = main_text(page)
        assert tr.quantity(gs.zahlbetrag.value).replace("\xa0", " ") in text
        for posten in gs.bedarf:
            assert tr.step(posten.betrag.steps[0]).replace("\xa0", " ") in text

    settled(page, check)


def switch_language(page: Page, language: str) -> Translator:
    tap(page, page.get_by_role("radio", name=LANGUAGES[language], exact=True))
    return Translator(language)


def load_preset(page: Page, tr: Translator, name: str) -> Scenario:
    expand(page, tr("arbeit.beispiele.title"))
    tap(page, page.get_by_role("button", name=tr(f"arbeit.beispiel.{name}"), exact=True))
    return BEISPIELE[name].scenario


@pytest.mark.parametrize("language", ["de", "ar"])
def test_presets_answers_and_a_language_switch(phone: Page, server: str, language: str) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/arbeit?lang={language}&d={RECHTSSTAND}&v=1")
    assert tr("arbeit.fehlt").replace("\xa0", " ") in main_text(phone)

    jonas = load_preset(phone, tr, "berufsbildung")
    shows_engine_result(phone, tr, jonas)
    screenshot(phone, f"arbeit_berufsbildung_{language}")

    aylin = load_preset(phone, tr, "arbeitsbereich")
    shows_engine_result(phone, tr, aylin)
    enter_number(phone, tr("field.arbeit.steigerungsbetrag"), "220")
    aylin = aylin.with_value(("arbeit", "steigerungsbetrag"), 220)
    shows_engine_result(phone, tr, aylin)

    # A language switch mid-form keeps every answer and the month.
    before = fields(phone)
    other = switch_language(phone, OTHER[language])
    shows_engine_result(phone, other, aylin)
    assert len(fields(phone)) == len(before)
    tr = switch_language(phone, language)
    shows_engine_result(phone, tr, aylin)
    assert fields(phone) == before

    enter_number(phone, tr("field.arbeit.mittagessen_tage"), "15")
    aylin = aylin.with_value(("arbeit", "mittagessen_tage"), 15)
    shows_engine_result(phone, tr, aylin)
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"arbeit_arbeitsbereich_{language}")

    marek = load_preset(phone, tr, "budget")
    shows_engine_result(phone, tr, marek)
    screenshot(phone, f"arbeit_budget_{language}")

"""Issue 16: the inheritance screen walked on a phone, in German and Arabic.

A preset fills every field; answers change one field at a time; a language switch in the
filled form keeps every answer. After each tap the fields and the link hold the scenario,
and what the screen shows is the engine's result for exactly that scenario.
"""

from __future__ import annotations

from datetime import date

import pytest
from flow import (
    choose_by_keys,
    enter_number,
    expand,
    fields,
    main_text,
    open_charts,
    open_screen,
    settled,
    tap,
)
from flow import url_query as address
from playwright.sync_api import Page, expect

from engine.erbe.aufenthalt import betreuungsrecht, erbstatut
from engine.erbe.beispiele import BEISPIELE
from engine.evaluate import ErbeResult, evaluate_erbe
from engine.link import scenario_from_query
from engine.scenario import Scenario
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

RECHTSSTAND = date(2026, 6, 1)
OTHER = {"de": "ar", "ar": "de"}


def linked(page: Page) -> Scenario:
    scenario, ignored = scenario_from_query(
        {k: v for k, v in address(page).items() if k not in ("lang", "d")}
    )
    assert ignored == []
    return scenario


def expected_lines(tr: Translator, result: ErbeResult) -> list[str]:
    """The lines the screen must show for the engine's result."""
    e = result.erbe
    lines = [
        tr(
            "erbe.erbteil.kind",
            anteil=tr.quantity(e.kind.value),
            betrag=tr.quantity(e.kind_betrag.value),
        ),
        tr("erbe.pflichtteil", betrag=tr.quantity(e.pflichtteil.value)),
    ]
    for fall in (e.gesetzlich, e.enterbt):
        if fall is None:
            continue
        lines.append(tr("erbe.fall.einzusetzen", betrag=tr.quantity(fall.einzusetzen.value)))
        if fall.monate is not None:
            lines.append(tr("erbe.fall.monate", monate=tr.quantity(fall.monate.value)))
    if e.kostenersatz is not None:
        lines.append(tr.step(e.kostenersatz.steps[0]))
    if result.betreuung.zeitpunkt is not None:
        lines.append(tr.step(result.betreuung.zeitpunkt.stand.steps[0]))
    return [line.replace("\xa0", " ") for line in lines]


def law_lines(tr: Translator, scenario: Scenario) -> list[str]:
    """The law of the estate and of a Betreuung, as the open panel must show them."""
    erbe = scenario.erbe
    assert erbe.staatsangehoerigkeit is not None
    statut = erbstatut(RECHTSSTAND, True, erbe.staatsangehoerigkeit, bool(erbe.rechtswahl))
    lines = [
        tr("erbe.ausland.ergebnis", recht=tr(statut.value.key)).replace("**", ""),
        *(tr.step(s) for s in (*statut.steps, *betreuungsrecht(True).steps)),
    ]
    return [line.replace("\xa0", " ") for line in lines]


def shows(page: Page, tr: Translator, scenario: Scenario) -> None:
    """The fields and the link hold ``scenario``; the text is the engine's result for it."""
    erbe = scenario.erbe
    expected_fields = {
        tr("field.erbe.nachlass"): str(int(erbe.nachlass)),
        tr("field.erbe.ehegatte"): erbe.ehegatte,
        tr("field.erbe.kinder"): str(erbe.kinder),
    }
    if erbe.programm is not None:
        expected_fields[tr("field.erbe.programm")] = tr(f"erbe.programm.{erbe.programm}")
        expected_fields[tr("field.erbe.leistungen_monat")] = str(int(erbe.leistungen_monat))
    result = evaluate_erbe(scenario, RECHTSSTAND)
    assert isinstance(result, ErbeResult)

    def check() -> None:
        on_screen = fields(page)
        for label, value in expected_fields.items():
            assert on_screen[label] == value, (label, on_screen[label], value)
        assert linked(page) == scenario
        text = main_text(page)
        for line in expected_lines(tr, result):
            assert line in text, line

    settled(page, check)


def switch_language(page: Page, language: str) -> Translator:
    tap(page, page.get_by_role("radio", name=LANGUAGES[language], exact=True))
    return Translator(language)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_presets_answers_and_language_switch(phone: Page, server: str, language: str) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/erbe?lang={language}&d={RECHTSSTAND}&v=1")
    expand(phone, tr("erbe.beispiele.title"))
    tap(phone, phone.get_by_role("button", name=tr("erbe.beispiel.eltern")))
    scenario = BEISPIELE["eltern"].scenario
    shows(phone, tr, scenario)
    expect(open_charts(phone)).to_have_count(1)

    # Three children instead of two: each child 50,000, Pflichtteil 25,000.
    enter_number(phone, tr("field.erbe.kinder"), "3")
    scenario = scenario.with_value(("erbe", "kinder"), 3)
    shows(phone, tr, scenario)

    # A language switch in the filled form keeps every answer.
    other = switch_language(phone, OTHER[language])
    shows(phone, other, scenario)
    tr = switch_language(phone, language)
    shows(phone, tr, scenario)

    # Eingliederungshilfe alone: the § 139 SGB IX limit and no Kostenersatz.
    choose_by_keys(phone, tr("field.erbe.programm"), tr("erbe.programm.eingliederungshilfe"))
    scenario = scenario.with_value(("erbe", "programm"), "eingliederungshilfe")
    shows(phone, tr, scenario)

    # The other preset replaces everything.
    expand(phone, tr("erbe.beispiele.title"))
    tap(phone, phone.get_by_role("button", name=tr("erbe.beispiel.mutter")))
    scenario = BEISPIELE["mutter"].scenario
    shows(phone, tr, scenario)

    # The mother is Turkish: § 14 Nachlassabkommen instead of "deutsches Recht" for all.
    expand(phone, tr("erbe.ausland.title"))
    choose_by_keys(phone, tr("field.erbe.staatsangehoerigkeit"), tr("erbe.staat.tuerkisch"))
    scenario = scenario.with_value(("erbe", "staatsangehoerigkeit"), "tuerkisch")
    shows(phone, tr, scenario)

    def the_treaty_is_named() -> None:
        text = main_text(phone)
        for line in law_lines(tr, scenario):
            assert line.replace("\xa0", " ") in text, line

    settled(phone, the_treaty_is_named)

"""The tax and Ausweis screen walked on a phone (issue 15), in German and Arabic.

A preset, an answer by hand, a language switch in the filled form: after each tap the
fields show the scenario the app holds, the link carries that same scenario, and the
screen shows the engine's own result for it.
"""

from __future__ import annotations

from datetime import date

import pytest
from flow import (
    amount,
    enter_number,
    expand,
    fields,
    main_text,
    open_screen,
    settled,
    tap,
    url_query,
)
from playwright.sync_api import Page

from engine.evaluate import evaluate_steuern
from engine.explain import Money
from engine.link import scenario_from_query
from engine.nachteilsausgleiche.beispiele import BEISPIELE
from engine.nachteilsausgleiche.rules import SteuernErgebnis
from engine.scenario import Scenario
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

LINK_ONLY = ("lang", "d")


def linked(page: Page) -> Scenario:
    scenario, ignored = scenario_from_query(
        {k: v for k, v in url_query(page).items() if k not in LINK_ONLY}
    )
    assert ignored == []
    return scenario


def expected_lines(tr: Translator, scenario: Scenario, on: date) -> list[str]:
    """What the screen must say for ``scenario``: the engine's result, translated."""
    result = evaluate_steuern(scenario, on)
    assert isinstance(result, SteuernErgebnis)
    lines = [tr.step(result.schwerbehindert.steps[0])]
    if result.steuer is not None and result.steuer.abzuege:
        lines.append(tr("steuern.est.ersparnis", betrag=tr.quantity(result.steuer.ersparnis)))
        for abzug in result.steuer.abzuege:
            lines.append(tr.quantity(abzug.ersparnis))
    if result.steuer is not None and result.steuer.ermaessigung is not None:
        lines.append(tr.quantity(result.steuer.ermaessigung.ersparnis))
    lines.append(tr("steuern.rundfunk.zeile", betrag=tr.quantity(result.rundfunkbeitrag.value)))
    if result.blindengeld is not None and result.blindengeld.landesblindengeld is not None:
        land = result.blindengeld.landesblindengeld.value
        lines.append(tr("steuern.blind.land", betrag=tr.quantity(land)))
    # Markdown's ** is drawn as bold: the page text has no asterisks.
    return [line.replace("**", "").replace("\xa0", " ") for line in lines]


def shows(page: Page, tr: Translator, scenario: Scenario, on: date) -> None:
    """Fields, link and results all agree with ``scenario``."""
    assert linked(page) == scenario
    shown = fields(page)
    person = scenario.person
    assert shown[tr("field.person.gdb")] == (tr("gdb.stufe", gdb=person.gdb) if person.gdb else "")
    assert shown[tr("field.person.merkzeichen")] == [
        tr(f"merkzeichen.{m}") for m in person.merkzeichen
    ]
    for name in ("einkommen", "kinderbetreuung", "pflegeleistungen"):
        assert amount(shown[tr(f"field.steuern.{name}")]) == getattr(scenario.steuern, name)
    assert shown[tr("field.steuern.zusammenveranlagung")] == bool(
        scenario.steuern.zusammenveranlagung
    )
    text = main_text(page)
    for line in expected_lines(tr, scenario, on):
        assert line in text, line


def switch_language(page: Page, language: str) -> Translator:
    tap(page, page.get_by_role("radio", name=LANGUAGES[language], exact=True))
    return Translator(language)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_preset_answer_and_language_switch(phone: Page, server: str, language: str) -> None:
    tr = Translator(language)
    beispiel = BEISPIELE["eltern"]
    on = beispiel.rechtsstand
    open_screen(phone, f"{server}/steuern?lang={language}&d={on.isoformat()}&v=1")
    expand(phone, tr("steuern.beispiele.title"))
    tap(phone, phone.get_by_role("button", name=tr("steuern.beispiel.eltern")))
    settled(phone, lambda: shows(phone, tr, beispiel.scenario, on))
    # 3,272 € in 2025 (tests/engine/nachteilsausgleiche/test_nachteilsausgleiche.py)
    saved = tr.quantity(Money(amount=3272, per="year")).replace("\xa0", " ")
    assert saved in main_text(phone)

    enter_number(phone, tr("field.steuern.einkommen"), "80000")
    higher = beispiel.scenario.with_value(("steuern", "einkommen"), 80000)
    settled(phone, lambda: shows(phone, tr, higher, on))

    # Kinderbetreuungskosten (§ 10 Abs. 1 Nr. 5) and § 35a Abs. 2: 20 % of 25,000, capped 4,000
    enter_number(phone, tr("field.steuern.kinderbetreuung"), "6000")
    enter_number(phone, tr("field.steuern.pflegeleistungen"), "25000")
    higher = higher.with_value(("steuern", "kinderbetreuung"), 6000).with_value(
        ("steuern", "pflegeleistungen"), 25000
    )
    settled(phone, lambda: shows(phone, tr, higher, on))

    other = switch_language(phone, "ar" if language == "de" else "de")
    settled(phone, lambda: shows(phone, other, higher, on))


def test_blind_adult_in_bavaria_in_arabic(phone: Page, server: str) -> None:
    tr = Translator("ar")
    beispiel = BEISPIELE["blind_bayern"]
    open_screen(phone, f"{server}/steuern?lang=ar&d=2026-01-01&v=1")
    expand(phone, tr("steuern.beispiele.title"))
    tap(phone, phone.get_by_role("button", name=tr("steuern.beispiel.blind_bayern")))
    settled(phone, lambda: shows(phone, tr, beispiel.scenario, beispiel.rechtsstand))

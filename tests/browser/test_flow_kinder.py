"""The children's screen on a phone, in German and Arabic: a preset, an income typed in,
a language switch in the filled form; after every tap the fields and the link hold the
scenario, and what is shown is the engine's result for it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from flow import amount, enter_number, expand, fields, linked, main_text, open_screen, settled, tap
from playwright.sync_api import Page

from engine.evaluate import evaluate_kinder
from engine.kinder.beispiele import BEISPIELE, RECHTSSTAND
from engine.scenario import Scenario
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

OTHER = {"de": "ar", "ar": "de"}


def kindergeld_line(tr: Translator, scenario: Scenario) -> str:
    ergebnis = evaluate_kinder(scenario, RECHTSSTAND)
    text = tr("kinder.kindergeld.ergebnis", betrag=tr.quantity(ergebnis.kindergeld.betrag.value))
    return text.replace("**", "").replace("\xa0", " ")


def shows(page: Page, tr: Translator, scenario: Scenario) -> None:
    """The link holds ``scenario``; the income field and the Kindergeld are the engine's."""

    def check() -> None:
        assert linked(page) == scenario
        income = fields(page)[tr("field.kinder.einkommen_monat")]
        assert amount(income) == scenario.kinder.einkommen_monat
        assert kindergeld_line(tr, scenario) in main_text(page)
        ergebnis = evaluate_kinder(scenario, RECHTSSTAND)
        first = ergebnis.zeitleiste[0]
        assert tr("zeitleiste." + first.key + ".kurz") in main_text(page)

    settled(page, check)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_preset_income_and_language_switch(phone: Page, server: str, language: str) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/kinder?lang={language}&d={RECHTSSTAND}&v=1")
    expand(phone, tr("kinder.beispiele.title"))
    tap(phone, phone.get_by_role("button", name=tr("kinder.beispiel.werkstatt"), exact=True))
    scenario = BEISPIELE["werkstatt"].scenario
    shows(phone, tr, scenario)
    assert evaluate_kinder(scenario, RECHTSSTAND).kindergeld.betrag.value.amount == 259

    # 1,700 € a month: means 1,700 + 700 + 599 = 2,999 ≥ need 2,244.67 → no Kindergeld.
    enter_number(phone, tr("field.kinder.einkommen_monat"), "1700")
    scenario = scenario.with_value(("kinder", "einkommen_monat"), Decimal(1700))
    shows(phone, tr, scenario)
    assert evaluate_kinder(scenario, RECHTSSTAND).kindergeld.betrag.value.amount == 0

    other = Translator(OTHER[language])
    tap(phone, phone.get_by_role("radio", name=LANGUAGES[OTHER[language]], exact=True))
    shows(phone, other, scenario)
    settled(
        phone,
        lambda: (
            fields(phone)[other("field.egh.behinderungsart")] == other("behinderungsart.geistig")
        ),
    )

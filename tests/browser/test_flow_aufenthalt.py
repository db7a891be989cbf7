"""Issue 11: the residence questions answered on a phone, on home, care and integration aid.

After every tap the residence fields show what the link holds, and the status result the
engine gives for exactly these answers is on the screen (the issue's family: citizenship
"andere", Aufenthaltsgestattung, 20 months, AsylbLG, child aged 6 with Pflegegrad 3).
"""

from __future__ import annotations

from datetime import date

import pytest
from flow import (
    choose_by_keys,
    enter_number,
    fields,
    linked,
    main_text,
    open_screen,
    settled,
    tap,
    widget,
)
from flow import url_query as address
from playwright.sync_api import Page

from engine.evaluate import evaluate_eingliederungshilfe, evaluate_pflege
from engine.explain import ExplainedAmount
from engine.household import Aufenthalt
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

RECHTSSTAND = date(2026, 11, 24)
KIND = "gd=2020-05-01&pg=3"
OTHER = {"de": "ar", "ar": "de"}


def residence_fields(tr: Translator, aufenthalt: Aufenthalt) -> dict[str, object]:
    """label → what the field shows, for every answer given."""
    shown: dict[str, object] = {}
    labels = {
        "staatsangehoerigkeit": "staatsangehoerigkeit",
        "dokument": "aufenthaltsdokument",
        "krankenversicherung": "krankenversicherung",
    }
    for name, prefix in labels.items():
        value = getattr(aufenthalt, name)
        if value is not None:
            shown[tr(f"field.aufenthalt.{name}")] = tr(f"{prefix}.{value}")
    if aufenthalt.monate_in_deutschland is not None:
        shown[tr("field.aufenthalt.monate_in_deutschland")] = str(aufenthalt.monate_in_deutschland)
    if aufenthalt.asylblg is not None:
        answer = tr("aufenthalt.ja") if aufenthalt.asylblg else tr("aufenthalt.nein")
        shown[tr("field.aufenthalt.asylblg")] = [answer]
    return shown


def shows(page: Page, tr: Translator, aufenthalt: Aufenthalt) -> None:
    """The open panel's fields and the link both hold exactly ``aufenthalt``."""

    def check() -> None:
        on_screen = fields(page)
        for label, value in residence_fields(tr, aufenthalt).items():
            assert on_screen[label] == value, (label, on_screen[label], value)
        assert linked(page).aufenthalt == aufenthalt

    settled(page, check)


def open_panel(page: Page, tr: Translator) -> None:
    """Open the residence panel unless it is open (it may stay open across screens)."""
    title = tr("aufenthalt.eingabe.titel", stand="").rstrip()
    summary = page.get_by_test_id("stExpander").locator("summary").filter(has_text=title)
    summary.wait_for()
    if summary.get_attribute("aria-expanded") != "true":
        summary.click()
    settled(page, lambda: fields(page)[tr("field.aufenthalt.staatsangehoerigkeit")])


def shows_result(page: Page, tr: Translator, result: ExplainedAmount | None) -> None:
    """Every step of the engine's status result is on the screen, in this language."""
    assert result is not None

    def check() -> None:
        text = main_text(page)
        for step in result.steps:
            assert tr.step(step).replace("\xa0", " ") in text, tr.step(step)

    settled(page, check)


def switch_language(page: Page, language: str) -> Translator:
    tap(page, page.get_by_role("radio", name=LANGUAGES[language], exact=True))
    return Translator(language)


def yes(page: Page, tr: Translator, label: str) -> None:
    group = widget(page, "stButtonGroup", tr(label))
    tap(page, group.locator("button").filter(has_text=tr("aufenthalt.ja")).first)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_residence_answered_on_home_counts_on_care_and_integration_aid(
    phone: Page, server: str, language: str
) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/?lang={language}&d={RECHTSSTAND}&{KIND}&v=1")
    open_panel(phone, tr)
    a = Aufenthalt()
    shows(phone, tr, a)
    choose_by_keys(
        phone, tr("field.aufenthalt.staatsangehoerigkeit"), tr("staatsangehoerigkeit.andere")
    )
    a = Aufenthalt.model_validate({"staatsangehoerigkeit": "andere"})
    shows(phone, tr, a)
    choose_by_keys(
        phone,
        tr("field.aufenthalt.dokument"),
        tr("aufenthaltsdokument.aufenthaltsgestattung"),
    )
    a = Aufenthalt.model_validate({**a.model_dump(), "dokument": "aufenthaltsgestattung"})
    shows(phone, tr, a)

    # A language switch mid-form keeps the answers, shown in the other language.
    other = switch_language(phone, OTHER[language])
    open_panel(phone, other)
    shows(phone, other, a)
    tr = switch_language(phone, language)
    open_panel(phone, tr)
    shows(phone, tr, a)

    enter_number(phone, tr("field.aufenthalt.monate_in_deutschland"), "20")
    a = Aufenthalt.model_validate({**a.model_dump(), "monate_in_deutschland": 20})
    shows(phone, tr, a)
    yes(phone, tr, "field.aufenthalt.asylblg")
    a = Aufenthalt.model_validate({**a.model_dump(), "asylblg": True})
    shows(phone, tr, a)
    assert fields(phone)  # the panel stayed open through every tap
    scenario = linked(phone)

    # Integration aid: the same answers, and § 100 Abs. 2 SGB IX with the 36 months.
    links = phone.get_by_test_id("stMain").get_by_test_id("stPageLink-NavLink")
    tap(phone, links.nth(1))
    open_panel(phone, tr)
    shows(phone, tr, a)
    egh = evaluate_eingliederungshilfe(scenario, RECHTSSTAND)
    shows_result(phone, tr, egh.aufenthalt)
    assert "36" in tr.step(egh.aufenthalt.steps[2]) and "16" in tr.step(egh.aufenthalt.steps[2])

    # Care, opened from the address bar: the link carries the answers; the insurance
    # answered here reaches the link and the care result.
    query = "&".join(f"{k}={v}" for k, v in address(phone).items())
    open_screen(phone, f"{server}/pflege?{query}")
    open_panel(phone, tr)
    shows(phone, tr, a)
    choose_by_keys(
        phone, tr("field.aufenthalt.krankenversicherung"), tr("krankenversicherung.asylblg")
    )
    a = Aufenthalt.model_validate({**a.model_dump(), "krankenversicherung": "asylblg"})
    shows(phone, tr, a)
    pflege = evaluate_pflege(linked(phone), RECHTSSTAND)
    shows_result(phone, tr, pflege.aufenthalt.pflegeversicherung)

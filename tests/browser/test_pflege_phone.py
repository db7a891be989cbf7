"""The care screen on a phone (390x844): a finished assessment with its charts, both languages."""

import pytest
from flow import open_charts
from phone import MEASUREMENTS, open_page, screenshot
from playwright.sync_api import Page, expect
from test_mobile import OVERFLOW, expand_all

pytestmark = pytest.mark.browser

# Adult, Rechtsstand 1 Mar 2025: module 1 "überwiegend unselbständig" and 1.5
# "unselbständig", module 2 partly, module 4 partly, medication twice a day and two doctor
# visits a week; Kombinationsleistung 40 %.
FINISHED = (
    "d=2025-03-01&gd=1950-04-01&na=2222333-----------1112223332------------"
    "&nm=5.1_2t~5.13_2w&sa=0.4&v=1"
)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_finished_assessment_on_a_phone(phone: Page, server: str, language: str) -> None:
    seconds = open_page(phone, f"{server}/pflege?lang={language}&{FINISHED}")
    MEASUREMENTS.append(f"care page with a finished assessment ({language}): {seconds:.2f} s")
    charts = open_charts(phone)
    expect(charts).to_have_count(3)  # score composition, per month, Kombinationsleistung
    score = charts.first
    score.scroll_into_view_if_needed()
    expect(score).to_be_visible()
    expect(score.locator(".legendtext").first).to_be_visible()
    box = score.bounding_box()
    assert box is not None and box["width"] <= 390 and box["height"] >= 300
    screenshot(phone, f"pflege_chart_{language}")
    expect(phone.get_by_test_id("stAlertContentSuccess")).to_contain_text("Pflegegrad 2")
    expand_all(phone)
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"pflege_{language}")


def test_answer_options_are_large_enough_to_tap(phone: Page, server: str) -> None:
    open_page(phone, f"{server}/pflege?lang=ar&{FINISHED}")
    option = phone.get_by_test_id("stRadio").first.locator("label").first
    box = option.bounding_box()
    assert box is not None and box["height"] >= 44

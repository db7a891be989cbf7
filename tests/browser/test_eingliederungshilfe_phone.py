"""The integration-aid screen on a phone (390x844): the Schmidt family, both charts, de/ar."""

import pytest
from flow import open_charts
from phone import MEASUREMENTS, open_page, screenshot
from playwright.sync_api import Page, expect
from test_mobile import OVERFLOW, expand_all

pytestmark = pytest.mark.browser

SCHMIDT = (
    "d=2023-06-01&gd=2011-05-20&wf=zuhause&e1=50000&a1=selbstaendig&e2=20000"
    "&a2=sv_beschaeftigung&k=5&ez=1&eb=geistig&el=assistenz_freizeit&v=1"
)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_schmidt_family_on_a_phone(phone: Page, server: str, language: str) -> None:
    seconds = open_page(phone, f"{server}/eingliederungshilfe?lang={language}&{SCHMIDT}")
    MEASUREMENTS.append(f"Eingliederungshilfe, Schmidt family ({language}): {seconds:.2f} s")
    expect(phone.get_by_test_id("stAlertContentWarning").first).to_contain_text("90")
    charts = open_charts(phone)
    expect(charts).to_have_count(2)  # waterfall and income sweep
    for index in range(2):
        chart = charts.nth(index)
        chart.scroll_into_view_if_needed()
        expect(chart).to_be_visible()
        box = chart.bounding_box()
        assert box is not None and box["width"] <= 390 and box["height"] >= 300
        screenshot(phone, f"eingliederungshilfe_chart{index + 1}_{language}")
    expand_all(phone)
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"eingliederungshilfe_{language}")


def test_presets_are_one_tap_away(phone: Page, server: str) -> None:
    open_page(phone, f"{server}/eingliederungshilfe?lang=de&d=2025-07-01")
    phone.get_by_text("Beispielfamilien für Schulungen").click()
    phone.get_by_role("button", name="Familie Schmidt").click()
    phone.wait_for_url("**k=5**")
    expect(phone.get_by_test_id("stAlertContentWarning").first).to_contain_text("90,00")

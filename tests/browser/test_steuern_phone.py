"""The tax and Ausweis screen on a phone (390x844): the parents' preset with its chart, no
horizontal scroll, screenshots in German and Arabic (issue 15)."""

import pytest
from flow import open_charts
from phone import MEASUREMENTS, open_page, screenshot
from playwright.sync_api import Page, expect
from test_mobile import OVERFLOW, expand_all

pytestmark = pytest.mark.browser

# The "eltern" preset (engine/nachteilsausgleiche/beispiele.py) as a link.
ELTERN = (
    "d=2025-06-01&gd=2015-03-01&pg=4&wf=zuhause&gb=100&mz=H.B&bl=NW&ue=60000&uz=1"
    "&uv=eltern&uk=1&up=1&uh=2&v=1"
)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_parents_on_a_phone(phone: Page, server: str, language: str) -> None:
    seconds = open_page(phone, f"{server}/steuern?lang={language}&{ELTERN}")
    MEASUREMENTS.append(f"Steuern, parents' preset ({language}): {seconds:.2f} s")
    chart = open_charts(phone)
    expect(chart).to_have_count(1)
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    assert box is not None and box["width"] <= 390
    screenshot(phone, f"steuern_chart_{language}")
    expand_all(phone)
    assert phone.evaluate(OVERFLOW) == [0, 0]
    phone.evaluate("window.scrollTo(0, 0)")
    screenshot(phone, f"steuern_{language}")

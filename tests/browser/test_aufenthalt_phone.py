"""Issue 11 "done when": the family with an Aufenthaltsgestattung, 20 months, on AsylbLG,
child aged 6 with PG 3, in Arabic at 390x844 — the residence status comes first."""

import pytest
from phone import open_page, screenshot
from playwright.sync_api import Page, expect
from test_mobile import OVERFLOW, expand_all

pytestmark = pytest.mark.browser

FAMILIE = (
    "lang=ar&d=2026-11-24&gd=2020-05-01&pg=3&rs=andere&rt=aufenthaltsgestattung"
    "&rm=20&ra=1&rk=asylblg&v=1"
)


@pytest.mark.parametrize(
    ("path", "term"),
    [("pflege", "Pflegeversicherung"), ("eingliederungshilfe", "Eingliederungshilfe")],
)
def test_family_sees_the_status_first_on_a_phone(
    phone: Page, server: str, path: str, term: str
) -> None:
    open_page(phone, f"{server}/{path}?{FAMILIE}")
    box = phone.get_by_test_id("stAlertContentWarning").first
    expect(box).to_contain_text(term)
    expect(box).to_contain_text("ausgeschlossen")
    box.scroll_into_view_if_needed()
    screenshot(phone, f"aufenthalt_{path}_ar")
    expand_all(phone)
    assert phone.evaluate(OVERFLOW) == [0, 0]

"""Issue 11: the residence questions and the status they lead to, looked at on a phone.

The issue's family (Aufenthaltsgestattung, 20 months, AsylbLG, child aged 6 with
Pflegegrad 3) on home, care and integration aid at 390x844 in German and Arabic: no
sideways overflow with the panel open, and screenshots (artifacts/) to look at.
"""

import pytest
from flow import expand, open_screen
from phone import screenshot
from playwright.sync_api import Page
from test_mobile import OVERFLOW, expand_all

from i18n import Translator

pytestmark = pytest.mark.browser

FAMILIE = (
    "d=2026-11-24&gd=2020-05-01&pg=3&rs=andere&rt=aufenthaltsgestattung&rm=20&ra=1&rk=asylblg&v=1"
)
# True once the panel titled ``arg`` has kept its height for two polls.
STILL = """title => {
  const panel = [...document.querySelectorAll('[data-testid=stExpander]')]
    .find(e => e.querySelector('summary').innerText.includes(title));
  const height = panel.getBoundingClientRect().height;
  const still = window.__hcPanelHeight === height;
  window.__hcPanelHeight = height;
  return still;
}"""

SCREENS = {"home": "/", "pflege": "/pflege", "eingliederungshilfe": "/eingliederungshilfe"}


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", ["de", "ar"])
def test_residence_panel_and_status_fit_the_phone(
    phone: Page, server: str, language: str, screen: str
) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}{SCREENS[screen]}?lang={language}&{FAMILIE}")
    screenshot(phone, f"aufenthalt_oben_{screen}_{language}")
    title = tr("aufenthalt.eingabe.titel", stand=tr("aufenthalt.eingabe.angegeben"))
    expand(phone, title)
    panel = phone.get_by_test_id("stExpander").locator("summary").filter(has_text=title)
    panel.scroll_into_view_if_needed()
    # The panel opens with an animation: take the picture once its height stands still.
    phone.wait_for_function(STILL, arg=title, polling=200)
    screenshot(phone, f"aufenthalt_fragen_{screen}_{language}")
    assert phone.evaluate(OVERFLOW) == [0, 0]
    expand_all(phone)
    assert phone.evaluate(OVERFLOW) == [0, 0]
    warnings = phone.get_by_test_id("stAlertContentWarning").all()
    for number, warning in enumerate(warnings, 1):
        warning.scroll_into_view_if_needed()
        screenshot(phone, f"aufenthalt_status_{screen}_{language}_{number}")
    assert (screen == "home") is (warnings == [])

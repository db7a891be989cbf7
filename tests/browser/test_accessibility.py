"""axe-core (WCAG 2.2 A/AA) on every screen at 390x844, in German and Arabic.

axe comes from the npm registry, pinned in package-lock.json; `make test` installs it with
`npm ci`. The test fails rather than skips when it is missing: CI must run it.
"""

from pathlib import Path

import pytest
from phone import open_page, wait_ready
from playwright.sync_api import Page
from test_eingliederungshilfe_phone import SCHMIDT
from test_mobile import KINDER, expand_all
from test_pflege_phone import FINISHED
from test_steuern_phone import ELTERN

pytestmark = pytest.mark.browser

AXE = Path(__file__).parents[2] / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]
SCREENS = {
    "home": "/?d=2025-07-01&gd=2019-03-04&v=1",
    "pflege": f"/pflege?{FINISHED}",
    "eingliederungshilfe": f"/eingliederungshilfe?{SCHMIDT}",
    "betraege": "/betraege?d=2025-07-01&v=1",
    # Issue 13: the 24-year-old of the Werkstatt preset, every part drawn.
    "kinder": f"/kinder?{KINDER}",
    # Issue 18: preset "pflegegrad": deadline, calendar, letter fields, modules, Wohnen.
    "widerspruch": "/widerspruch?d=2026-05-15&gd=2015-03-01&pg=2&bl=NW&zd=2026-04-30&zt=pflegegrad"
    "&ze=40000&zp=1&zk=2&v=1",
    "steuern": f"/steuern?{ELTERN}",
    # Issue 14: Aylin, Arbeitsbereich with Merkzeichen G, both charts drawn.
    "arbeit": "/arbeit?d=2026-03-01&gd=1995-06-12&wf=zuhause&gb=70&mz=G"
    "&jw=werkstatt_arbeitsbereich&jd=2015-09-01&js=120&jt=20&jm=480&v=1",
    # Issue 16: preset "eltern", every section drawn with its chart.
    "erbe": "/erbe?d=2026-06-01&gd=1996-03-10&wf=besondere_wohnform&pz=0&xn=300000&xe=1&xk=2"
    "&xp=sozialhilfe&xm=1300&xv=0&v=1",
    # Issue 17: Amira (PG 3 at home) in the overview, the comparison with PG + 1, the library.
    "uebersicht": "/uebersicht?d=2026-06-01&gd=2019-03-04&pg=3&wf=zuhause&v=1",
    # Issue 17: a new household on the overview is asked its first question.
    "fragebogen": "/uebersicht?d=2026-06-01&v=1",
    "vergleich": "/vergleich?d=2026-06-01&gd=2019-03-04&pg=3&wf=zuhause&yt=pg_plus&v=1",
    "bibliothek": "/bibliothek?d=2026-06-01&v=1",
    # Issue 11: the residence panel with its follow-up questions drawn.
    "aufenthalt": "/?d=2026-11-24&gd=2020-05-01&pg=3&rs=andere&rt=aufenthaltserlaubnis"
    "&rz=familiaer&rm=20&ra=0&rk=gesetzlich&re=1&rb=1&v=1",
}
RUN_AXE = """async tags => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))
  .violations.map(v => ({id: v.id, impact: v.impact,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))"""


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", ["de", "ar"])
def test_no_axe_violations(phone: Page, server: str, language: str, screen: str) -> None:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run 'make test' (it runs npm ci)")
    open_page(phone, f"{server}{SCREENS[screen]}&lang={language}")
    phone.add_script_tag(path=str(AXE))
    # axe measures target sizes only on screen: once as the page opens (birth date and
    # language switch in view), once with every panel open.
    first = phone.evaluate(RUN_AXE, TAGS)
    expand_all(phone)
    wait_ready(phone)
    assert (first, phone.evaluate(RUN_AXE, TAGS)) == ([], [])

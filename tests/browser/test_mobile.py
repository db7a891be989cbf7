"""What a person sees on a phone (390x844), in German and in Arabic."""

from urllib.parse import parse_qsl, urlencode, urlsplit

import pytest
from flow import tap
from phone import PHONE, open_page, screenshot, wait_ready
from playwright.sync_api import Page, expect

from engine.kinder.beispiele import BEISPIELE
from engine.link import scenario_to_query
from i18n import LANGUAGES as NAMES
from i18n import Translator

pytestmark = pytest.mark.browser

LANGUAGES = ["de", "ar"]
SCREENS = {
    "home": "/",
    "betraege": "/betraege",
    "kinder": "/kinder",
    "erbe": "/erbe",
    "arbeit": "/arbeit",
    "steuern": "/steuern",
    "widerspruch": "/widerspruch",
    "uebersicht": "/uebersicht",
    "vergleich": "/vergleich",
    "bibliothek": "/bibliothek",
}
SCENARIO = "d=2025-07-01&gd=2019-03-04&v=1"
# Issue 13: the Werkstatt preset (24 years, Kindergeld test, chart and timeline).
KINDER = "d=2026-06-01&" + urlencode(scenario_to_query(BEISPIELE["werkstatt"].scenario))

OVERFLOW = """() => {
  const doc = document.documentElement, main = document.querySelector('[data-testid=stMain]');
  return [doc.scrollWidth - doc.clientWidth, main.scrollWidth - main.clientWidth];
}"""


def expand_all(page: Page) -> None:
    """Open every expander, one at a time: a panel built when opened (charts, the share
    link) reruns the page and may bring more."""
    closed = page.get_by_test_id("stExpander").locator("details:not([open]) > summary")
    while closed.count():
        tap(page, closed.first)


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_no_horizontal_overflow(phone: Page, server: str, language: str, screen: str) -> None:
    open_page(phone, f"{server}{SCREENS[screen]}?lang={language}&{SCENARIO}")
    expand_all(phone)
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"{screen}_{language}")


@pytest.mark.parametrize(("language", "direction"), [("de", "ltr"), ("ar", "rtl")])
def test_direction_follows_the_language(phone: Page, server: str, language, direction) -> None:
    open_page(phone, f"{server}/?lang={language}&{SCENARIO}")
    expect(phone.locator("html")).to_have_attribute("dir", direction)
    expect(phone.locator("html")).to_have_attribute("lang", language)
    main = phone.get_by_test_id("stMain")
    assert main.evaluate("e => getComputedStyle(e).direction") == direction
    align = phone.locator("[data-testid=stMain] p").first.evaluate(
        "e => getComputedStyle(e).textAlign"
    )
    assert align == ("right" if direction == "rtl" else "start")
    # Dates read as on German papers (04.03.2019) in both directions.
    date_group = phone.get_by_test_id("stDateInputField").last.get_by_role("group")
    assert date_group.evaluate("e => getComputedStyle(e).direction") == "ltr"


def test_language_switch_is_in_reach_and_works(phone: Page, server: str) -> None:
    open_page(phone, f"{server}/betraege?lang=de&{SCENARIO}")
    arabic = phone.get_by_role("radiogroup", name="Sprache / اللغة").get_by_role(
        "radio", name="العربية"
    )
    box = arabic.bounding_box()
    assert box is not None
    assert box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"] / 3
    assert box["height"] >= 44
    arabic.click()
    phone.wait_for_url("**lang=ar**")
    wait_ready(phone)
    expect(phone.locator("html")).to_have_attribute("dir", "rtl")
    expect(phone.locator("h1").first).to_contain_text("المبالغ والحدود")
    assert "gd=2019-03-04" in phone.url  # the household survives the switch


def test_share_link_reopens_the_same_inputs(phone: Page, server: str) -> None:
    open_page(phone, f"{server}/?lang=ar&{SCENARIO}")
    phone.get_by_text("مشاركة الرابط", exact=True).click()
    link = phone.locator("#hc-share-url").inner_text().replace("\n", "")
    assert dict(parse_qsl(urlsplit(link).query)) == {
        "lang": "ar",
        "d": "2025-07-01",
        "gd": "2019-03-04",
        "v": "1",
    }
    open_page(phone, link)
    birth = phone.get_by_test_id("stDateInputField").last.locator("input")
    expect(birth).to_have_value("2019-03-04")  # phones get the native date picker
    expect(phone.get_by_test_id("stMain")).to_contain_text("6 سنوات")


def test_tampered_link_shows_message_not_traceback(phone: Page, server: str) -> None:
    open_page(phone, f"{server}/betraege?lang=de&d=2031-02-30&pg=12&v=1&%3Cb%3E=1")
    alert = phone.get_by_test_id("stAlert").first  # one box lists all that was ignored
    expect(alert).to_contain_text("Rechtsstand: ungültiger Wert")
    expect(alert).to_contain_text("Pflegegrad: ungültiger Wert")
    expect(alert).to_contain_text("unbekannte Angabe „…“")
    assert phone.get_by_test_id("stException").count() == 0


# WCAG contrast of a (possibly see-through) colour against what lies under it.
COLOUR = """
const parse = c => c.match(/[\\d.]+/g).map(Number);
const under = e => { for (; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c.length < 4 || c[3] > 0.5) return c; } return [255, 255, 255]; };
const over = (c, base) => { const [r, g, b, a = 1] = parse(c);
  return [r, g, b].map((v, i) => a * v + (1 - a) * base[i]); };
const lum = rgb => { const [r, g, b] = rgb.map(v => {
    v = v / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
const contrast = (colour, e) => { const base = under(e);
  const [a, b] = [lum(over(colour, base)), lum(base)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
"""
TEXT_CONTRAST = (
    "() => {"
    + COLOUR
    + """
  const low = [];
  for (const e of document.querySelectorAll('[data-testid=stMain] *')) {
    const text = [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
    const style = getComputedStyle(e);
    if (!text || style.visibility === 'hidden' || !e.getClientRects().length) continue;
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
    const ratio = contrast(style.color, e);
    if (ratio < (large ? 3 : 4.5)) low.push(e.textContent.trim().slice(0, 40) + ratio);
  }
  return low;
}"""
)
CONTROL_BORDERS = (
    "() => {"
    + COLOUR
    + """
  const low = [];
  const controls = document.querySelectorAll('[data-testid=stDateInputField], '
    + '[data-testid=stMain] button, [data-testid=stExpander] details');
  for (const e of controls) {
    const style = getComputedStyle(e);
    if (!e.getClientRects().length || style.borderTopStyle === 'none') continue;
    const ratio = contrast(style.borderTopColor, e.parentElement);
    if (ratio < 3) low.push((e.dataset.testid || e.tagName) + ' ' + ratio.toFixed(2));
  }
  return low;
}"""
)


@pytest.mark.parametrize("language", LANGUAGES)
def test_text_contrast_meets_wcag_aa(phone: Page, server: str, language: str) -> None:
    open_page(phone, f"{server}/?lang={language}&d=2025-07-01&pg=9&v=1")
    expand_all(phone)
    assert phone.evaluate(TEXT_CONTRAST) == []
    assert phone.evaluate(CONTROL_BORDERS) == []  # WCAG 1.4.11, non-text contrast


# Every control a finger taps: buttons, links, fields, the birth date's day/month/year,
# the number steppers. 44 px high; the steppers and date parts also 44 px wide. Links in
# running text are exempt (WCAG 2.5.8 inline exception).
SMALL_TARGETS = """() => {
  const visible = e => e.getClientRects().length;
  const low = (selector, wide) => [...document.querySelectorAll(selector)].filter(visible)
    .filter(e => { const r = e.getBoundingClientRect();
      return r.height < 44 || (wide && r.width < 44); })
    .map(e => { const r = e.getBoundingClientRect();
      return `${e.dataset.testid || e.getAttribute('aria-label') || e.textContent.trim()
        .slice(0, 30)} ${Math.round(r.width)}x${Math.round(r.height)}`; });
  const main = '[data-testid=stMain] ';
  return [
    ...low(main + 'button:not([data-testid^=stNumberInputStep]), ' + main + 'summary, '
      + main + 'a:not(:is(p, li) a)', false),
    ...low(main + ':is([data-testid=stSelectbox], [data-testid=stMultiSelect]) [role=group], '
      + main + '[data-testid=stNumberInputContainer], ' + main
      + '[data-testid=stDateInputField]', false),
    ...low(main + '[data-testid=stDateInputField] [role=spinbutton], ' + main
      + '[data-testid^=stNumberInputStep]', true),
  ];
}"""
# The slider thumb may look smaller, but a tap 20 px beside its centre must still hit it.
THUMB_REACH = """() => [...document.querySelectorAll(
    '[data-testid=stMain] [data-testid=stSlider] div:has(> div > input[type=range])')]
  .map(thumb => { const r = thumb.getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    return [[-20, 0], [20, 0], [0, -20], [0, 20]].every(([dx, dy]) =>
      thumb.contains(document.elementFromPoint(x + dx, y + dy))); })"""
TOUCH_SCREENS = {
    "home": f"/?{SCENARIO}",
    "pflege": "/pflege?d=2025-03-01&pg=3&sa=0.4&v=1",
    "eingliederungshilfe": "/eingliederungshilfe?d=2023-06-01&gd=2011-05-20&v=1",
    "kinder": f"/kinder?{KINDER}",
    "arbeit": "/arbeit?d=2026-03-01&gd=1995-06-12&wf=zuhause&mz=G"
    "&jw=werkstatt_arbeitsbereich&js=120&jt=20&jm=480&v=1",
    "erbe": "/erbe?d=2026-06-01&gd=2007-02-01&xn=120000&xp=eingliederungshilfe&xm=2000&v=1",
    "steuern": "/steuern?d=2025-06-01&gb=80&mz=G&ue=40000&uf=240&up=1&ub=3000&ud=20000&v=1",
    "widerspruch": "/widerspruch?d=2026-05-15&bl=NW&zd=2026-04-30&zt=pflegegrad&v=1",
}


@pytest.mark.parametrize("screen", sorted(TOUCH_SCREENS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_touch_targets_are_large(phone: Page, server: str, language: str, screen: str) -> None:
    open_page(phone, f"{server}{TOUCH_SCREENS[screen]}&lang={language}")
    expand_all(phone)
    assert phone.evaluate(SMALL_TARGETS) == []
    if screen == "pflege":
        thumb = phone.get_by_test_id("stSlider").first
        thumb.scroll_into_view_if_needed()
        assert phone.evaluate(THUMB_REACH) == [True]


def test_home_opens_interactive_with_its_title(phone: Page, server: str) -> None:
    """Opened from a link, the start page finishes its run and shows its title and switch."""
    for language in LANGUAGES:
        open_page(phone, f"{server}/?lang={language}&{SCENARIO}")
        tr = Translator(language)
        expect(phone.get_by_test_id("stMain").locator("h1").first).to_have_text(tr("home.title"))
        expect(phone.get_by_role("radio", name=NAMES[language])).to_be_checked()


def test_share_button_copies_the_link(phone: Page, server: str) -> None:
    """Headless chromium has no share sheet, so the button takes its clipboard path."""
    phone.context.grant_permissions(["clipboard-read", "clipboard-write"], origin=server)
    open_page(phone, f"{server}/?lang=de&{SCENARIO}")
    phone.get_by_text("Link teilen", exact=True).click()
    link = phone.locator("#hc-share-url").inner_text().replace("\n", "")
    phone.get_by_role("button", name="Link teilen oder kopieren").click()
    expect(phone.locator("#hc-share-status")).to_have_text("Link kopiert")
    assert phone.evaluate("navigator.clipboard.readText()") == link

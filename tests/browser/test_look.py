"""How the screens read on a phone (390x844), German and Arabic: chart text size, headings
that never break inside a word, no English left from Streamlit's widgets."""

import pytest
from flow import open_charts
from phone import open_page, wait_ready
from playwright.sync_api import Page, expect
from test_accessibility import SCREENS
from test_mobile import expand_all

pytestmark = pytest.mark.browser

LANGUAGES = ["de", "ar"]
# Score composition, per month, Kombinationsleistung; waterfall and income sweep; the
# inheritance month by month; the month against the need and the Werkstatt pay sweep; need
# vs means and the timeline (kinder); the tax saved per allowance.
CHARTS = {
    "pflege": 3,
    "eingliederungshilfe": 2,
    "erbe": 1,
    "arbeit": 2,
    "kinder": 2,
    "steuern": 1,
}

# Every SVG text plotly draws: ticks, legend, annotations, bar labels, titles.
SMALL_CHART_TEXT = """() => [...document.querySelectorAll('[data-testid=stPlotlyChart] svg text')]
  .filter(t => t.textContent.trim() && t.getClientRects().length)
  .map(t => [t.textContent.trim(), parseFloat(getComputedStyle(t).fontSize)])
  .filter(([, size]) => size < 14)"""
# A word split over two lines has two boxes; a heading wider than its block overflows.
BROKEN_HEADINGS = """() => {
  const broken = [];
  for (const h of document.querySelectorAll('[data-testid=stMain] :is(h1, h2, h3, h4)')) {
    if (!h.getClientRects().length) continue;
    if (h.scrollWidth > h.clientWidth + 1) broken.push('overflows: ' + h.textContent);
    const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
      for (const m of node.data.matchAll(/[^\\s\\u2068\\u2069\\u2067]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (tops.size > 1) broken.push(m[0]);
      }
    }
  }
  return broken;
}"""
# Streamlit's own English: aria-labels, placeholders, the empty date's "dd/mm/yyyy".
ENGLISH = """() => {
  const english = new RegExp('^(day|month|year),|^Remove |^(Open|Choose date|Decrement|Increment|'
    + 'Copy to clipboard|Link to heading|progress|Clear date|Clear value|Clear all)$');
  const found = [...document.querySelectorAll('[data-testid=stMain] [aria-label]')]
    .map(e => e.getAttribute('aria-label')).filter(label => english.test(label));
  found.push(...[...document.querySelectorAll('[data-testid=stMain] [placeholder]')]
    .map(e => e.getAttribute('placeholder')).filter(p => p === 'Choose an option'));
  found.push(...[...document.querySelectorAll('[data-testid=stMain] [role=spinbutton]')]
    .map(e => e.textContent).filter(t => /^(dd|mm|yyyy)$/.test(t)));
  return found;
}"""


@pytest.mark.parametrize("screen", sorted(CHARTS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_chart_text_is_legible(phone: Page, server: str, language: str, screen: str) -> None:
    open_page(phone, f"{server}{SCREENS[screen]}&lang={language}")
    charts = open_charts(phone)
    expect(charts).to_have_count(CHARTS[screen])
    for index in range(CHARTS[screen]):
        charts.nth(index).scroll_into_view_if_needed()
        charts.nth(index).locator("svg text").first.wait_for()
    assert phone.evaluate(SMALL_CHART_TEXT) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_kombination_legend_stays_clear_of_the_axis(
    phone: Page, server: str, language: str
) -> None:
    open_page(phone, f"{server}{SCREENS['pflege']}&lang={language}")
    charts = open_charts(phone)
    expect(charts).to_have_count(CHARTS["pflege"])
    chart = charts.last
    chart.scroll_into_view_if_needed()
    ticks = chart.locator(".xtick text").filter(visible=True)
    expect(ticks.first).to_be_visible()
    expect(chart.locator(".legendtext").first).to_be_visible()
    lowest_tick = max(box["y"] + box["height"] for box in _boxes(ticks))
    legend_top = min(box["y"] for box in _boxes(chart.locator(".legendtext")))
    assert lowest_tick <= legend_top


def _boxes(locator) -> list[dict]:  # type: ignore[type-arg]
    return [box for item in locator.all() if (box := item.bounding_box())]


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_headings_never_break_inside_a_word(
    phone: Page, server: str, language: str, screen: str
) -> None:
    open_page(phone, f"{server}{SCREENS[screen]}&lang={language}")
    assert phone.evaluate(BROKEN_HEADINGS) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_left_in_the_widgets(phone: Page, server: str, language: str) -> None:
    # No birth date and no choices yet: the empty date, the select placeholders.
    open_page(phone, f"{server}/eingliederungshilfe?d=2025-07-01&v=1&lang={language}")
    expand_all(phone)
    wait_ready(phone)
    placeholder = {"de": "TT", "ar": "يوم"}[language]
    day = phone.get_by_test_id("stMain").locator("[role=spinbutton][data-type=day]").last
    expect(day).to_have_text(placeholder)
    assert phone.evaluate(ENGLISH) == []
    for screen in ("pflege", "arbeit"):
        open_page(phone, f"{server}{SCREENS[screen]}&lang={language}")
        expand_all(phone)
        wait_ready(phone)
        assert phone.evaluate(ENGLISH) == [], screen

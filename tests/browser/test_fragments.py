"""Taps that rerun only part of a screen (issue 12): nothing else on the page goes stale.

An assessment answer reruns the self-assessment alone, an income the incomes and the
Kostenbeitrag alone, an asset the assets alone (ui/state.fragment). After each tap the
address bar and the share link hold the new answer, and the benefits below the assessment
follow a grade the answer changed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from flow import (
    Sent,
    amount,
    expand,
    linked,
    main_text,
    open_options,
    open_screen,
    rerun_after,
    settled,
    step_up_button,
    tap,
    url_query,
)
from playwright.sync_api import Page

from engine.evaluate import evaluate_eingliederungshilfe
from engine.link import scenario_from_query
from i18n import Translator

pytestmark = pytest.mark.browser

# An adult (born 1950, Rechtsstand 1.3.2025): module 1 all "unselbständig" (3), 4.1 and
# 4.2 "überwiegend unselbständig" (2): 20 points, Pflegegrad 1 (12.5 ≤ 20 < 27).
# 4.2 at 1 keeps 20 points; at 0 the module gives 10: below 12.5, no grade.
CARE = "/pflege?lang={lang}&d=2025-03-01&gd=1950-04-01&na=33333------------------------22&v=1"
SCHMIDT = (
    "/eingliederungshilfe?lang={lang}&d=2023-06-01&gd=2011-05-20&wf=zuhause&e1=50000"
    "&a1=selbstaendig&e2=20000&a2=sv_beschaeftigung&k=5&ez=1&eb=geistig"
    "&el=assistenz_freizeit&v=1"
)


def _same_link(page: Page) -> None:
    assert page.locator("#hc-share-url").inner_text().replace("\n", "") == page.url


@pytest.mark.parametrize("language", ["de", "ar"])
def test_an_answer_keeps_the_page_and_a_new_grade_reaches_the_benefits(
    phone: Page, server: str, language: str
) -> None:
    tr = Translator(language)
    open_screen(phone, server + CARE.format(lang=language))
    expand(phone, tr("share.title"))
    open_options(phone, "stSelectbox", tr("pflege.modul.label"))
    tap(phone, phone.get_by_role("option").nth(3))
    frage = phone.get_by_role("radiogroup", name=tr("nba.frage.4.2"))
    kein_grad = tr("pflege.leistungen.kein_grad").replace("\xa0", " ")
    for antwort, grad in ((1, 1), (0, None), (2, 1)):
        tap(phone, frage.get_by_test_id("stRadioOption").nth(antwort))

        def shown(antwort: int = antwort, grad: int | None = grad) -> None:
            linked, _ = scenario_from_query(url_query(phone))
            assert linked.pflege.begutachtung.antworten["4.2"] == antwort
            assert (kein_grad in main_text(phone)) is (grad is None)
            _same_link(phone)

        settled(phone, shown)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_an_income_step_reaches_the_link_and_the_contribution(
    phone: Page, server: str, language: str
) -> None:
    """Schmidt-like family, 2023: each step of 1,000 € on the first income moves the link
    and the Kostenbeitrag line; the share link follows the address bar."""
    tr = Translator(language)
    open_screen(phone, server + SCHMIDT.format(lang=language))
    expand(phone, tr("share.title"))
    label = tr("field.einkommen.betrag_jahr")
    for step in (1, 2):
        tap(phone, step_up_button(phone, label))

        def shown(step: int = step) -> None:
            query = url_query(phone)
            assert amount(query["e1"]) == Decimal(50_000 + 1_000 * step)
            linked, _ = scenario_from_query(query)
            ergebnis = evaluate_eingliederungshilfe(linked, date.fromisoformat(query["d"]))
            beitrag = tr.quantity(ergebnis.kostenbeitrag.value).replace("\xa0", " ")
            assert beitrag in main_text(phone)
            _same_link(phone)

        settled(phone, shown)


def test_an_income_tap_reruns_the_incomes_and_an_asset_tap_the_assets(
    phone: Page, server: str
) -> None:
    """What each tap sends over the websocket: the income step its fragment (inputs,
    Kostenbeitrag, its panels), not the asset section nor the headings around it; the asset
    step the asset section alone, and the link carries the new assets."""
    tr = Translator("de")
    sent = Sent(phone)
    open_screen(phone, server + SCHMIDT.format(lang="de"))
    rerun_after(phone, lambda: expand(phone, tr("share.title")))  # the panel reruns the page

    income = sent.by(step_up_button(phone, tr("field.einkommen.betrag_jahr")).click)
    texts = [text for _kind, text in income]
    assert tr("field.einkommen.betrag_jahr") in texts
    assert any(kind == "alert" for kind, _text in income)  # the Kostenbeitrag
    for elsewhere in ("field.egh.vermoegen", "egh.beitrag.title", "egh.vermoegen.title"):
        assert tr(elsewhere) not in texts
    assert len(income) <= 22

    assets = sent.by(step_up_button(phone, tr("field.egh.vermoegen")).click)
    texts = [text for _kind, text in assets]
    assert tr("field.egh.vermoegen") in texts
    assert tr("field.einkommen.betrag_jahr") not in texts
    assert len(assets) <= 8
    settled(phone, lambda: _assets_linked(phone, Decimal(1_000)))


def _assets_linked(page: Page, vermoegen: Decimal) -> None:
    assert linked(page).eingliederungshilfe.vermoegen == vermoegen
    _same_link(page)

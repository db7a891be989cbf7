"""Presets, a language switch and "Neuen Haushalt beginnen" walked on a phone.

After every tap each visible field must show the scenario the app holds, and the link in
the address bar must carry that same scenario: a field showing old data would be sent back
on the next tap and silently change the result.
"""

from __future__ import annotations

from datetime import date

import pytest
from flow import (
    amount,
    expand,
    fields,
    main_text,
    open_screen,
    settled,
    tap,
    tick,
    url_query,
)
from playwright.sync_api import Page

from engine.eingliederungshilfe.beispiele import BEISPIELE
from engine.eingliederungshilfe.rules import KATALOG
from engine.evaluate import evaluate_eingliederungshilfe
from engine.link import scenario_from_query, scenario_to_query
from engine.scenario import Scenario
from i18n import LANGUAGES, Translator

pytestmark = pytest.mark.browser

LINK_ONLY = ("lang", "d")


def integration_fields(tr: Translator, scenario: Scenario, on: date) -> dict[str, object]:
    """What the integration-aid screen's inputs must show for ``scenario`` (a minor)."""
    person, eltern, eh = scenario.person, scenario.eltern, scenario.eingliederungshilfe

    def option(prefix: str, value: object) -> str:
        return tr(f"{prefix}.{value}") if value is not None else ""

    shown: dict[str, object] = {
        tr("field.person.geburtsdatum"): person.geburtsdatum.isoformat()
        if person.geburtsdatum
        else "",
        tr("field.egh.behinderungsart"): option("behinderungsart", eh.behinderungsart),
        tr("field.egh.ursache"): option("ursache", eh.ursache),
        tr("field.person.wohnform"): option("wohnform", person.wohnform),
        tr("field.egh.existenzsichernd"): eh.existenzsichernd,
    }
    if person.geburtsdatum is not None:  # without it the screen asks for it first
        shown[tr("field.egh.leistungen")] = [
            tr(
                "egh.leistung.option",
                gruppe=tr(f"egh.gruppe.{KATALOG[leistung].gruppe}"),
                name=tr(f"egh.leistung.{leistung}"),
            )
            for leistung in eh.leistungen
        ]
    ergebnis = evaluate_eingliederungshilfe(scenario, on)
    # Nothing is asked from income when every benefit is free or the Jugendamt decides.
    frei = ergebnis.beitragsfrei.value and ergebnis.kostenbeitrag is not None
    if person.geburtsdatum is not None and not (frei or ergebnis.sgb_viii):
        haushalt = {True: "egh.eltern.beide", False: "egh.eltern.einer"}
        shown[tr("field.eltern.zusammenlebend")] = (
            tr(haushalt[eltern.zusammenlebend]) if eltern.zusammenlebend is not None else ""
        )
        betrag, art = tr("field.einkommen.betrag_jahr"), tr("field.einkommen.art")
        teile = [("", eltern.elternteil_1)]
        if eltern.zusammen:  # the second parent's income is asked only then
            teile.append(("#2", eltern.elternteil_2))
        for suffix, teil in teile:
            shown[betrag + suffix] = teil.betrag_jahr if teil else ""
            shown[art + suffix] = tr(f"einkunftsart.{teil.art if teil else 'sv_beschaeftigung'}")
        shown[tr("field.eltern.kinder_im_haushalt")] = eltern.kinder_im_haushalt
    return shown


def same(shown: object, wanted: object) -> bool:
    if isinstance(wanted, bool) or (isinstance(wanted, (list, str)) and amount(wanted) is None):
        return shown == wanted
    return amount(shown) == amount(wanted)


def assert_fields(page: Page, wanted: dict[str, object]) -> None:
    shown = fields(page)
    wrong = {k: (shown.get(k), v) for k, v in wanted.items() if not same(shown.get(k), v)}
    assert wrong == {}, "label: (shown, scenario)"


def linked(page: Page) -> Scenario:
    scenario, ignored = scenario_from_query(
        {k: v for k, v in url_query(page).items() if k not in LINK_ONLY}
    )
    assert ignored == []
    return scenario


def shows_scenario(page: Page, tr: Translator, scenario: Scenario) -> None:
    """Fields, link and the Kostenbeitrag all follow ``scenario``."""

    def check() -> None:
        rechtsstand = date.fromisoformat(url_query(page)["d"])
        assert_fields(page, integration_fields(tr, scenario, rechtsstand))
        assert linked(page) == scenario
        beitrag = evaluate_eingliederungshilfe(scenario, rechtsstand).kostenbeitrag
        if scenario.person.geburtsdatum is None:
            assert tr("egh.geburtsdatum_fehlt").replace("\xa0", " ") in main_text(page)
        elif beitrag is not None:
            assert tr.quantity(beitrag.value).replace("\xa0", " ") in main_text(page)

    settled(page, check)


def switch_language(page: Page, language: str) -> Translator:
    tap(page, page.get_by_role("radio", name=LANGUAGES[language], exact=True))
    return Translator(language)


def load_preset(page: Page, tr: Translator, name: str) -> Scenario:
    expand(page, tr("egh.beispiele.title"))
    tap(page, page.get_by_role("button", name=tr(f"egh.beispiel.{name}"), exact=True))
    return BEISPIELE[name].scenario


@pytest.mark.parametrize("language", ["de", "ar"])
def test_presets_fill_every_field_and_survive_the_next_tap(
    phone: Page, server: str, language: str
) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/eingliederungshilfe?lang={language}&d=2025-07-01&v=1")
    shows_scenario(phone, tr, Scenario())
    meier = load_preset(phone, tr, "meier")
    shows_scenario(phone, tr, meier)
    schmidt = load_preset(phone, tr, "schmidt")
    shows_scenario(phone, tr, schmidt)
    tick(phone, tr("field.egh.existenzsichernd"))
    changed = schmidt.with_value(("eingliederungshilfe", "existenzsichernd"), True)
    shows_scenario(phone, tr, changed)
    assert {"gd", "el"} <= url_query(phone).keys()


def test_language_switch_in_a_filled_form(phone: Page, server: str) -> None:
    de = Translator("de")
    open_screen(phone, f"{server}/eingliederungshilfe?lang=de&d=2025-07-01&v=1")
    meier = load_preset(phone, de, "meier")
    shows_scenario(phone, de, meier)
    ar = switch_language(phone, "ar")
    shows_scenario(phone, ar, meier)
    de = switch_language(phone, "de")
    shows_scenario(phone, de, meier)
    tick(phone, de("field.egh.existenzsichernd"))
    shows_scenario(phone, de, meier.with_value(("eingliederungshilfe", "existenzsichernd"), True))


def sidebar_to(page: Page, title: str) -> None:
    """The phone's menu: open the collapsed sidebar, tap a screen."""
    opener = page.get_by_test_id("stExpandSidebarButton")
    if opener.is_visible():
        opener.click()
    tap(page, page.get_by_test_id("stSidebarNavLink").filter(has_text=title))
    page.get_by_test_id("stMain").locator("h1").first.wait_for()


@pytest.mark.parametrize("language", ["de", "ar"])
def test_new_household_clears_every_field_on_every_screen(
    phone: Page, server: str, language: str
) -> None:
    tr = Translator(language)
    schmidt = BEISPIELE["schmidt"].scenario
    query = "&".join(f"{k}={v}" for k, v in scenario_to_query(schmidt).items())
    open_screen(phone, f"{server}/?lang={language}&d=2023-06-01&{query}")
    settled(phone, lambda: assert_fields(phone, {tr("field.person.geburtsdatum"): "2011-05-20"}))
    tap(phone, phone.get_by_role("button", name=tr("home.household.reset"), exact=True))

    def home_is_empty() -> None:
        assert_fields(phone, {tr("field.person.geburtsdatum"): ""})
        assert url_query(phone).keys() <= set(LINK_ONLY)

    settled(phone, home_is_empty)
    tap(phone, phone.get_by_test_id("stMain").get_by_test_id("stPageLink-NavLink").nth(1))
    shows_scenario(phone, tr, Scenario())
    tick(phone, tr("field.egh.existenzsichernd"))
    existenzsichernd = ("eingliederungshilfe", "existenzsichernd")
    shows_scenario(phone, tr, Scenario().with_value(existenzsichernd, True))
    sidebar_to(phone, tr("nav.pflege"))

    def care_is_empty() -> None:
        shown = fields(phone)
        assert shown[tr("field.person.geburtsdatum")] == ""
        assert shown[tr("field.person.wohnform")] == tr("wohnform.zuhause")
        assert shown[tr("field.pflege.merkzeichen")] == []
        unanswered = [v for v in shown.values() if v is None]
        assert len(unanswered) == phone.get_by_test_id("stRadio").count() > 0
        assert {"gd", "e1", "e2", "k", "el", "eb"}.isdisjoint(url_query(phone))

    settled(phone, care_is_empty)

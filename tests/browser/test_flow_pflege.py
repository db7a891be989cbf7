"""The self-assessment walked module by module on a phone, as a parent taps it.

After every tap: the module shown is the one chosen, every answer given so far is still
ticked, and the link holds the same answers. At the end the screen shows the grade the
engine gives for exactly these answers.
"""

from __future__ import annotations

from datetime import date

import pytest
from flow import (
    enter_number,
    main_text,
    open_options,
    open_screen,
    settled,
    tap,
    tick,
    url_query,
    widget,
)
from playwright.sync_api import Page

from engine.link import scenario_from_query
from engine.pflege.begutachtung import altersstufe, begutachten, wird_gefragt
from engine.pflege.nba import KRITERIEN, MODULE, Kriterium, Skala, zeitraeume
from engine.pflege.scenario import Begutachtung, Messung
from i18n import Translator

pytestmark = pytest.mark.browser

RECHTSSTAND = date(2025, 3, 1)


def asked(modul: int, geburtsdatum: date, inkontinenz: bool) -> list[Kriterium]:
    stufe = altersstufe(geburtsdatum, RECHTSSTAND)
    return [
        k
        for k in KRITERIEN
        if k.modul == modul and wird_gefragt(k, stufe, geburtsdatum, RECHTSSTAND, inkontinenz)
    ]


def choice_for(position: int, kriterium: Kriterium) -> int:
    """A spread of answers over the whole scale, the same on every run."""
    return position % (2 if kriterium.skala is Skala.ja_nein else 4)


def kept_answers(page: Page, tr: Translator, kriterien: list[Kriterium]) -> dict[str, int]:
    """The ticked option of each question shown, by criterion number."""
    kept = {}
    for k in kriterien:
        if k.skala is Skala.messung:
            continue
        group = page.get_by_role("radiogroup", name=tr(f"nba.frage.{k.nummer}"), exact=True)
        ticked = group.locator("input[type=radio]:checked")
        if ticked.count():
            kept[k.nummer] = int(ticked.get_attribute("value") or "")
    return kept


def _assert_shows(page: Page, tr: Translator, modul: int, expected: Begutachtung, gd: date) -> None:
    """The module heading, its questions, the kept answers and the link all agree."""
    box = widget(page, "stSelectbox", tr("pflege.modul.label")).locator("input")
    assert tr(f"modul.kurz.{modul}") in box.input_value()
    assert tr(f"modul.{modul}").replace("\xa0", " ") in main_text(page)
    kriterien = asked(modul, gd, expected.inkontinenz)
    radios = [k for k in kriterien if k.skala is not Skala.messung]
    assert page.get_by_test_id("stRadio").count() == len(radios)
    in_module = {n: a for n, a in expected.antworten.items() if n.split(".")[0] == str(modul)}
    assert kept_answers(page, tr, kriterien) == in_module
    linked, ignored = scenario_from_query(
        {k: v for k, v in url_query(page).items() if k not in ("lang", "d")}
    )
    assert ignored == []
    assert linked.pflege.begutachtung == expected


def assert_shows(page: Page, tr: Translator, modul: int, expected: Begutachtung, gd: date) -> None:
    settled(page, lambda: _assert_shows(page, tr, modul, expected, gd))


def go_to(page: Page, tr: Translator, modul: int, by_box: bool) -> None:
    """To the next module with the module box (any option) or with "Weiter"."""
    if by_box:
        open_options(page, "stSelectbox", tr("pflege.modul.label"))
        tap(page, page.get_by_role("option").nth(modul - 1))
    else:
        tap(page, page.get_by_role("button", name=tr("pflege.weiter"), exact=True))


@pytest.mark.parametrize(
    ("language", "geburtsdatum", "by_box"),
    [("de", date(2015, 3, 15), True), ("ar", date(1950, 4, 1), False)],
    ids=["de-child-module-box", "ar-adult-weiter"],
)
def test_whole_assessment_keeps_module_and_answers(
    phone: Page, server: str, language: str, geburtsdatum: date, by_box: bool
) -> None:
    tr = Translator(language)
    open_screen(
        phone,
        f"{server}/pflege?lang={language}&d={RECHTSSTAND}&gd={geburtsdatum}&v=1",
    )
    expected = Begutachtung()
    for modul in MODULE:
        if modul > 1:
            go_to(phone, tr, modul, by_box)
        assert_shows(phone, tr, modul, expected, geburtsdatum)
        inkontinenz = phone.get_by_role("checkbox", name=tr("nba.inkontinenz"), exact=True)
        if inkontinenz.count():
            tick(phone, tr("nba.inkontinenz"))
            expected = expected.model_copy(update={"inkontinenz": True})
            assert_shows(phone, tr, modul, expected, geburtsdatum)
        for position, k in enumerate(asked(modul, geburtsdatum, expected.inkontinenz)):
            if k.skala is Skala.messung:
                if position % 5:
                    continue  # "never" (0) stays for the others, as most families answer
                enter_number(phone, tr(f"nba.frage.{k.nummer}"), "2")
                messungen = {
                    **expected.messungen,
                    k.nummer: Messung(anzahl=2, je=zeitraeume(k.nummer)[0]),
                }
                expected = expected.model_copy(update={"messungen": messungen})
            else:
                index = choice_for(position, k)
                group = phone.get_by_role("radiogroup", name=tr(f"nba.frage.{k.nummer}"))
                tap(phone, group.get_by_test_id("stRadioOption").nth(index))
                antworten = {**expected.antworten, k.nummer: index}
                expected = expected.model_copy(update={"antworten": antworten})
            assert_shows(phone, tr, modul, expected, geburtsdatum)
    ergebnis = begutachten(expected, geburtsdatum, RECHTSSTAND)
    headline = tr(
        "pflege.ergebnis.grad",
        grad=tr(f"term.pflegegrad.{ergebnis.pflegegrad or 0}"),
        punkte=tr.number(ergebnis.gesamtpunkte),
    )
    assert headline.replace("\xa0", " ") in main_text(phone)

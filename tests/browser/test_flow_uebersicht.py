"""Workshop library → overview → comparison → projector on a phone, in German and Arabic.

A trainer loads a preset, opens its overview, prepares a what-if in the link and projects
the household one result at a time. Screenshots at 390x844 go to artifacts/.
"""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlencode

import pytest
from flow import main_text, open_charts, open_screen, tap, url_query
from phone import screenshot
from playwright.sync_api import Page, expect
from pypdf import PdfReader
from test_mobile import OVERFLOW

from engine.arbeit.beispiele import BEISPIELE as ARBEIT
from engine.link import scenario_to_query
from engine.uebersicht.beispiele import AMIRA
from engine.uebersicht.scenario import Umschalter
from engine.uebersicht.zeilen import uebersicht
from engine.widerspruch.scenario import Widerspruch
from i18n import Translator
from ui.uebersicht import signed

pytestmark = pytest.mark.browser


def text_of(value: str) -> str:
    """As the page shows it: no-break spaces as spaces, isolates left out."""
    return value.replace("\xa0", " ").replace("\u2068", "").replace("\u2069", "")


@pytest.mark.parametrize("language", ["de", "ar"])
def test_library_overview_comparison_projector(phone: Page, server: str, language: str) -> None:
    tr = Translator(language)
    open_screen(phone, f"{server}/bibliothek?lang={language}&d=2026-01-01&v=1")
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"bibliothek_{language}")

    # Amira is the library's first household.
    tap(phone, phone.get_by_role("button", name=tr("bibliothek.laden")).first)
    query = url_query(phone)
    assert (query["d"], query["pg"], query["gd"]) == ("2026-06-01", "3", "2019-03-04")

    link = phone.get_by_role("link", name=tr("bibliothek.oeffnen", seite=tr("nav.uebersicht")))
    link.click()
    phone.wait_for_url("**/uebersicht?**")
    expect(phone.get_by_test_id("stMain").locator("h1")).to_have_text(tr("uebersicht.title"))
    shown = main_text(phone)
    money = tr.money
    for name, amount in (("pflegegeld", "599"), ("entlastungsbetrag", "131")):
        line = tr(
            "uebersicht.zeile.betrag",
            name=tr(f"leistung.{name}"),
            betrag=money(Decimal(amount), "month"),
        )
        assert text_of(line) in text_of(shown)
    # 599 + 131 + 42 + Kindergeld 259 (§ 66 Abs. 1 EStG, 2026) = 1,031 € a month.
    assert text_of(tr.money(Decimal("1031.00"))) in text_of(shown)
    with phone.expect_download() as download:
        phone.get_by_test_id("stDownloadButton").get_by_role("button").click()
    pdf = Path(download.value.path()).read_bytes()
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Pflegegeld: 599,00\xa0€ im Monat" in text.replace(" €", "\xa0€")
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"uebersicht_{language}")

    open_screen(
        phone, f"{server}/vergleich?{'&'.join(f'{k}={v}' for k, v in url_query(phone).items())}"
    )
    pill = phone.get_by_role(
        "button", name=tr(f"vergleich.umschalter.{Umschalter.pflegegrad_plus.value}")
    )
    tap(phone, pill)
    assert url_query(phone)["yt"] == "pg_plus"
    # § 37 Abs. 1 SGB XI: PG 3 599 € → PG 4 800 €: +201 € a month.
    assert text_of(tr("vergleich.differenz", betrag=signed(tr, Decimal("201.00")))) in text_of(
        main_text(phone)
    )
    chart = open_charts(phone)
    expect(chart).to_be_visible()
    assert phone.evaluate(OVERFLOW) == [0, 0]
    chart.scroll_into_view_if_needed()
    screenshot(phone, f"vergleich_{language}")

    open_screen(
        phone, f"{server}/bibliothek?{'&'.join(f'{k}={v}' for k, v in url_query(phone).items())}"
    )
    tap(phone, phone.get_by_test_id("stMain").get_by_text(tr("bibliothek.projektor"), exact=True))
    gesamt = tr.number(len(uebersicht(AMIRA, date(2026, 6, 1)).zeilen))
    position = tr("bibliothek.position", n=tr.number(1), gesamt=gesamt)
    assert text_of(position) in text_of(main_text(phone))
    tap(phone, phone.get_by_role("button", name=tr("bibliothek.weiter")))
    position = tr("bibliothek.position", n=tr.number(2), gesamt=gesamt)
    assert text_of(position) in text_of(main_text(phone))
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"projektor_{language}")
    assert AMIRA.person.pflegegrad == 3

    # A Bescheid in the link: posted Fri 29.5.2026 → Bekanntgabe Tue 2.6.2026 (4th day,
    # § 37 Abs. 2 SGB X) → one month → Thu 2.7.2026 (§ 84 Abs. 1, § 64 Abs. 2 SGG), the
    # first line, before the Pflegegeld; it opens the deadline screen.
    mit_bescheid = AMIRA.model_copy(
        update={"widerspruch": Widerspruch(bescheid_datum=date(2026, 5, 29))}
    )
    params = {"lang": language, "d": "2026-06-01", **scenario_to_query(mit_bescheid)}
    open_screen(phone, f"{server}/uebersicht?{urlencode(params)}")
    shown = text_of(main_text(phone))
    first = text_of(f"1. {tr('uebersicht.name.frist_widerspruch')}")
    assert first in shown
    assert shown.index(first) < shown.index(text_of(tr("leistung.pflegegeld")))
    tag = tr("uebersicht.frist.rechtsbehelf", date=tr.date(date(2026, 7, 2)))
    assert text_of(tag) in shown
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"uebersicht_frist_{language}")
    oeffnen = tr("uebersicht.oeffnen", bereich=tr("nav.widerspruch"))
    phone.get_by_role("link", name=oeffnen).first.click()
    phone.wait_for_url("**/widerspruch?**")
    assert url_query(phone)["zd"] == "2026-05-29"


@pytest.mark.parametrize("language", ["de", "ar"])
def test_overview_of_a_werkstatt_worker(phone: Page, server: str, language: str) -> None:
    """Aylin, 30, Werkstatt, Merkzeichen G (arbeit/beispiele.py): Grundsicherung 1,138.80 €
    with the 17 % Mehrbedarf G of 95.71 € named (§ 30 Abs. 1 SGB XII)."""
    tr = Translator(language)
    beispiel = ARBEIT["arbeitsbereich"]
    params = {"lang": language, "d": beispiel.rechtsstand.isoformat()}
    params |= scenario_to_query(beispiel.scenario)
    open_screen(phone, f"{server}/uebersicht?{urlencode(params)}")
    shown = text_of(main_text(phone))
    for name, amount in (("grundsicherung", "1138.80"), ("mehrbedarf_g", "95.71")):
        line = tr(
            "uebersicht.zeile.betrag",
            name=tr(f"uebersicht.name.{name}"),
            betrag=tr.money(Decimal(amount), "month"),
        )
        assert text_of(line) in shown
    assert text_of(tr("uebersicht.name.erwerbsgemindert")) in shown
    assert phone.evaluate(OVERFLOW) == [0, 0]
    screenshot(phone, f"uebersicht_arbeit_{language}")

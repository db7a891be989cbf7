"""Overview, comparison and workshop library as a trainer uses them, in both languages."""

from datetime import date
from decimal import Decimal

import pytest
from app_session import chart_specs, open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from engine.explain import Money
from engine.household import Aufenthalt, Aufenthaltszweck, Staatsangehoerigkeit
from engine.link import scenario_to_query
from engine.scenario import Scenario
from engine.uebersicht.beispiele import BIBLIOTHEK, KEMAL
from engine.uebersicht.scenario import Umschalter, Vergleich
from engine.uebersicht.vergleich import variante
from engine.uebersicht.zeilen import BEREICHE, uebersicht
from engine.widerspruch.scenario import Widerspruch
from i18n import Translator
from ui.state import input_key
from ui.uebersicht import signed

ENTRIES = {e.key: e for e in BIBLIOTHEK}
LANGS = ["de", "ar"]


def open_screen(page: str, entry_key: str | None, lang: str, **extra: str) -> AppTest:
    params = {"lang": lang}
    if entry_key is not None:
        entry = ENTRIES[entry_key]
        params |= {"d": entry.rechtsstand.isoformat(), **scenario_to_query(entry.scenario)}
    params |= extra
    at = open_app(params)
    at.switch_page(f"screens/{page}.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return visible_text(at).replace("\xa0", " ")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("entry", BIBLIOTHEK, ids=lambda e: e.key)
def test_overview_shows_the_area_amounts_of_every_preset(entry, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The overview screen shows each line as the registry computes it from the areas."""
    tr = Translator(lang)
    at = open_screen("uebersicht", entry.key, lang)
    text = shown(at)
    stand = uebersicht(entry.scenario, entry.rechtsstand)
    for zeile in stand.zeilen:
        if zeile.betrag is not None:
            assert tr.quantity(zeile.betrag).replace("\xa0", " ") in text
        assert tr(zeile.name).replace("\xa0", " ") in text
    total = tr.isolate(tr.money(stand.summe_monat)).replace("\xa0", " ")
    assert total in text
    opens = [
        link.proto.page
        for link in at.get("page_link")
        if link.proto.label.startswith(tr("uebersicht.oeffnen", bereich=""))
    ]
    assert len(opens) == len(stand.zeilen)
    assert set(opens) <= {bereich.key for bereich in BEREICHE}
    assert at.get("download_button")


def test_overview_de_amira_in_order() -> None:
    text = shown(open_screen("uebersicht", "amira", "de"))
    # 599 + 131 + 42 + Kindergeld 259 (§ 66 Abs. 1 EStG, 2026) = 1,031
    assert "Leistungen jeden Monat zusammen, abzüglich Kostenbeiträge: 1.031,00 €" in text
    first, second = (
        text.index("1. Pflegegeld: 599,00 € im Monat"),
        text.index("2. Kindergeld: 259,00 € im Monat"),
    )
    assert first < second
    assert "Zahlt, Antrag bei: Pflegekasse" in text


def test_overview_empty_household_points_to_the_screens() -> None:
    at = open_screen("uebersicht", None, "de", d="2026-06-01")
    assert "Noch keine Ergebnisse" in shown(at)
    labels = [link.proto.label for link in at.get("page_link")]
    assert "Eingliederungshilfe" in labels


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("entry", BIBLIOTHEK, ids=lambda e: e.key)
def test_comparison_pflegegrad_plus_one_for_every_preset(entry, lang: str) -> None:  # type: ignore[no-untyped-def]
    """The switch lives in the link (yt); the total difference equals the engine's."""
    tr = Translator(lang)
    at = open_screen("vergleich", entry.key, lang, yt="pg_plus")
    neu, tag = variante(entry.scenario, entry.rechtsstand, (Umschalter.pflegegrad_plus,))
    total = (
        uebersicht(neu, tag).summe_monat - uebersicht(entry.scenario, entry.rechtsstand).summe_monat
    )
    assert signed(tr, total).replace("\xa0", " ") in shown(at)
    assert query(at)["yt"] == "pg_plus"


def test_comparison_toggle_adds_the_switch_to_the_link_and_draws_the_chart() -> None:
    """Amira PG 3 → 4: Pflegegeld 599 → 800 € (§ 37 Abs. 1 SGB XI): +201 € a month."""
    at = open_screen("vergleich", "amira", "de")
    assert "yt" not in query(at)
    at.pills(key=input_key(("vergleich", "umschalter"))).set_value(
        [Umschalter.pflegegrad_plus]
    ).run()
    assert query(at)["yt"] == "pg_plus"
    text = shown(at)
    assert "Unterschied: +201,00 € im Monat" in text
    assert "Pflegegeld: 599,00 € im Monat → 800,00 € im Monat" in text
    assert chart_specs(at, "vergleich.chart")


def test_comparison_beyond_the_data_says_so() -> None:
    at = open_screen("vergleich", "amira", "de", d="2027-06-01", yt="jahr")
    assert "Die Variante fällt auf den 1. Januar 2028" in shown(at)


@pytest.mark.parametrize("lang", LANGS)
def test_library_opens_every_preset_filled_in(lang: str) -> None:
    tr = Translator(lang)
    at = open_screen("bibliothek", None, lang)
    text = shown(at)
    for entry in BIBLIOTHEK:
        assert tr(f"bibliothek.story.{entry.key}").replace("\xa0", " ") in text
    at.button(key="bibliothek.lena").click().run()
    assert not at.exception
    assert query(at)["d"] == "2026-06-01"
    assert query(at)["pg"] == "4"
    opens = [
        link.proto.page
        for link in at.get("page_link")
        if link.proto.label.startswith(tr("bibliothek.oeffnen", seite=""))
    ]
    assert opens == ["uebersicht", "pflege", "eingliederungshilfe"]


@pytest.mark.parametrize("lang", LANGS)
def test_projector_one_result_at_a_time(lang: str) -> None:
    at = open_screen("bibliothek", "amira", lang)
    at.toggle(key="bibliothek.projektor").set_value(True).run()
    tr = Translator(lang)
    text = shown(at)
    gesamt = tr.number(
        len(uebersicht(ENTRIES["amira"].scenario, ENTRIES["amira"].rechtsstand).zeilen)
    )
    assert tr("bibliothek.position", n=tr.number(1), gesamt=gesamt) in text
    assert not at.get("date_input") or True
    at.button(key="bibliothek.weiter").click().run()
    assert tr("bibliothek.position", n=tr.number(2), gesamt=gesamt) in shown(at)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("entry_key", "switch", "name"),
    [
        # The Werkstatt worker, 24, whose work screen has no path yet: starting there makes
        # him voll erwerbsgemindert (§ 43 Abs. 2 Satz 3 Nr. 1 SGB VI).
        ("kinder_werkstatt", "wfbm", "uebersicht.name.erwerbsgemindert"),
        # Moving into a besondere Wohnform: the Pflegekasse's § 43a SGB XI share.
        ("steuern_eltern", "bwf", "leistung.besondere_wohnform"),
        # Jonas in the Berufsbildungsbereich one year on.
        ("arbeit_berufsbildung", "jahr", "uebersicht.name.grundsicherung"),
    ],
)
def test_comparison_switches_for_the_new_areas(
    entry_key: str, switch: str, name: str, lang: str
) -> None:
    """Each switch's line appears and the total difference is the engine's."""
    tr = Translator(lang)
    entry = ENTRIES[entry_key]
    at = open_screen("vergleich", entry_key, lang, yt=switch)
    neu, tag = variante(entry.scenario, entry.rechtsstand, (Umschalter(switch),))
    text = shown(at)
    if not uebersicht(neu, tag).nicht_abgedeckt:
        total = (
            uebersicht(neu, tag).summe_monat
            - uebersicht(entry.scenario, entry.rechtsstand).summe_monat
        )
        assert signed(tr, total).replace("\xa0", " ") in text
    assert tr(name).replace("\xa0", " ") in text


def open_scenario(page: str, scenario: Scenario, on: date, lang: str) -> AppTest:
    at = open_app({"lang": lang, "d": on.isoformat(), **scenario_to_query(scenario)})
    at.switch_page(f"screens/{page}.py").run()
    assert not at.exception, at.exception
    return at


@pytest.mark.parametrize("lang", LANGS)
def test_overview_widerspruch_deadline_first_and_buergergeld_no_line(lang: str) -> None:
    """Kemal (Berufsbildungswerk, erwerbsfähig) as an EU citizen looking for work for 10
    months: Bürgergeld excluded (§ 7 Abs. 1 Satz 2 Nr. 2 SGB II). A Bescheid posted Fri
    31.1.2025 → Bekanntgabe Tue 4.2.2025 (4th day) → last day Tue 4.3.2025, the first line;
    the comparison shows the day as the line's value."""
    tr = Translator(lang)
    scenario = KEMAL.model_copy(
        update={
            "aufenthalt": Aufenthalt(
                staatsangehoerigkeit=Staatsangehoerigkeit.eu_ewr_schweiz,
                zweck=Aufenthaltszweck.arbeitsuche,
                monate_in_deutschland=10,
            ),
            "widerspruch": Widerspruch(bescheid_datum=date(2025, 1, 31)),
        }
    )
    text = shown(open_scenario("uebersicht", scenario, date(2025, 2, 10), lang))
    frist = tr("uebersicht.name.frist_widerspruch").replace("\xa0", " ")
    tag = tr("uebersicht.frist.rechtsbehelf", date=tr.date(date(2025, 3, 4)))
    assert f"1. {frist}" in text
    assert tag.replace("\xa0", " ") in text
    einlegen = tr("uebersicht.stelle_einlegen", stelle=tr("stelle.bescheid_behoerde"))
    assert einlegen.replace("\xa0", " ") in text
    nein = tr(
        "uebersicht.zeile.betrag",
        name=tr("uebersicht.name.buergergeld_aufenthalt"),
        betrag=tr("uebersicht.kein_anspruch"),
    )
    assert nein.replace("\xa0", " ") in text
    assert tr("uebersicht.name.mehrbedarf_teilhabe").replace("\xa0", " ") not in text
    # On 1.1.2026 the deadline has passed: the line changes, its value is the day.
    jahr = scenario.model_copy(
        update={"vergleich": Vergleich(umschalter=(Umschalter.naechstes_jahr,))}
    )
    vergleich = shown(open_scenario("vergleich", jahr, date(2025, 2, 10), lang))
    assert frist in vergleich
    assert tr.date(date(2025, 3, 4)).replace("\xa0", " ") in vergleich


@pytest.mark.parametrize("lang", LANGS)
def test_overview_kemal_buergergeld_need_not_in_the_total(lang: str) -> None:
    """2026: RBS 3 451 € and 35 % = 157.85 € (§ 20, § 21 Abs. 4 SGB II) named as need at the
    Jobcenter; the month's total is the Kindergeld of 259 € alone."""
    tr = Translator(lang)
    text = shown(open_screen("uebersicht", "kemal", lang))
    for name, amount in (
        ("uebersicht.name.buergergeld_regelbedarf", "451"),
        ("uebersicht.name.mehrbedarf_teilhabe", "157.85"),
    ):
        betrag = tr.quantity(Money(amount=Decimal(amount), per="month"))
        line = tr("uebersicht.zeile.betrag", name=tr(name), betrag=betrag)
        assert line.replace("\xa0", " ") in text
    assert tr("uebersicht.stelle", stelle=tr("stelle.jobcenter")).replace("\xa0", " ") in text
    assert tr.isolate(tr.money(Decimal(259))).replace("\xa0", " ") in text

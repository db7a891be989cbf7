"""Overview, comparison and workshop library as a trainer uses them, in both languages."""

from datetime import date
from decimal import Decimal

import pytest
from app_session import chart_specs, open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from engine.explain import Money
from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Aufenthaltszweck,
    Krankenversicherung,
    Person,
    Staatsangehoerigkeit,
)
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


# Issue 11: Aufenthaltsgestattung, 20 months, AsylbLG, child aged 6 (born 20.11.2018) with
# Pflegegrad 3, on 1.3.2025.
FAMILIE = Scenario(
    person=Person(geburtsdatum=date(2018, 11, 20), pflegegrad=3),
    aufenthalt=Aufenthalt(
        staatsangehoerigkeit=Staatsangehoerigkeit.andere,
        dokument=Aufenthaltsdokument.aufenthaltsgestattung,
        monate_in_deutschland=20,
        asylblg=True,
        krankenversicherung=Krankenversicherung.asylblg,
    ),
)
FAMILIE_AM = date(2025, 3, 1)


@pytest.mark.parametrize("lang", LANGS)
def test_overview_family_sees_what_it_cannot_get_first_and_a_total_of_0(lang: str) -> None:
    """Before issue 11's overview fix: 599 + 255 + 131 + 42 = 1,027 € a month. All four are
    excluded (§ 1 Abs. 2 SGB XI, § 62 Abs. 2 EStG): 0 €. The first three cards are the
    exclusions with why and what instead (§§ 4, 6 AsylbLG, 16 months to the
    Analogleistungen); no "assumes an unrestricted status" line, the family answered."""
    tr = Translator(lang)
    text = shown(open_scenario("uebersicht", FAMILIE, FAMILIE_AM, lang))
    total = tr("uebersicht.summe_monat", betrag=tr.isolate(tr.money(Decimal(0))))
    assert total.replace("\xa0", " ") in text
    stand = uebersicht(FAMILIE, FAMILIE_AM)
    positions = []
    for number, zeile in enumerate(stand.zeilen[:3], 1):
        titel = tr(
            "uebersicht.zeile.betrag", name=tr(zeile.name), betrag=tr("uebersicht.kein_anspruch")
        )
        positions.append(text.index(f"{tr.number(number)}. {titel}".replace("\xa0", " ")))
        for step in zeile.erklaerung.steps:
            assert tr.step(step).replace("\xa0", " ") in text
    assert positions == sorted(positions)
    pflegegeld = tr.quantity(Money(amount=Decimal(599), per="month")).replace("\xa0", " ")
    assert pflegegeld not in text
    assert tr("step.aufenthalt.nicht_gefragt").replace("\xa0", " ") not in text


@pytest.mark.parametrize("lang", LANGS)
def test_comparison_family_one_grade_more_changes_nothing_it_cannot_get(lang: str) -> None:
    """Amira gains 800 − 599 = +201 € from Pflegegrad 4; the family gains nothing, the
    Pflegekasse's benefits stay excluded (§ 1 Abs. 2 SGB XI): ±0 € and the line stays
    "kein Anspruch"."""
    tr = Translator(lang)
    scenario = FAMILIE.model_copy(
        update={"vergleich": Vergleich(umschalter=(Umschalter.pflegegrad_plus,))}
    )
    text = shown(open_scenario("vergleich", scenario, FAMILIE_AM, lang))
    assert tr("vergleich.differenz", betrag=signed(tr, Decimal(0))).replace("\xa0", " ") in text
    pflegegeld = tr.quantity(Money(amount=Decimal(800), per="month")).replace("\xa0", " ")
    assert pflegegeld not in text


@pytest.mark.parametrize("lang", LANGS)
def test_overview_and_comparison_name_what_is_at_discretion(lang: str) -> None:
    """Preset "blind_bayern" (1.9.2025) with a study title: Blindenhilfe 137.19 € only at
    discretion (§ 23 Abs. 1 Satz 3 SGB XII): the sure month is the Landesblindengeld of
    776 €, the 137.19 € come on top if the Sozialamt grants them."""
    tr = Translator(lang)
    b = ENTRIES["steuern_blind_bayern"]
    scenario = b.scenario.model_copy(
        update={
            "aufenthalt": Aufenthalt(
                staatsangehoerigkeit=Staatsangehoerigkeit.andere,
                dokument=Aufenthaltsdokument.aufenthaltserlaubnis,
                zweck=Aufenthaltszweck.studium_ausbildung,
                monate_in_deutschland=48,
                krankenversicherung=Krankenversicherung.gesetzlich,
            )
        }
    )
    text = shown(open_scenario("uebersicht", scenario, b.rechtsstand, lang))
    for key, amount in (
        ("uebersicht.summe_monat", "776"),
        ("uebersicht.summe_vorbehalt", "137.19"),
    ):
        line = tr(key, betrag=tr.isolate(tr.money(Decimal(amount))))
        assert line.replace("\xa0", " ") in text
    vorbehalt = tr("uebersicht.vorbehalt", status=tr("aufenthalt.status.ermessen"))
    assert vorbehalt.replace("\xa0", " ") in text
    vergleich = shown(open_scenario("vergleich", scenario, b.rechtsstand, lang))
    assert tr("vergleich.vorbehalt").replace("\xa0", " ") in vergleich
    jetzt = tr("vergleich.jetzt", date=tr.date(b.rechtsstand), betrag=tr.money(Decimal(776)))
    assert jetzt.replace("\xa0", " ") in vergleich

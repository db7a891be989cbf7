"""The overview: each area's own amounts as lines, ordered by what to do first."""

from datetime import date
from decimal import Decimal

import pytest

from engine.evaluate import evaluate_eingliederungshilfe, evaluate_pflege
from engine.explain import Money
from engine.household import Person
from engine.scenario import Scenario
from engine.uebersicht.beispiele import AMIRA, BIBLIOTHEK, YUSUF
from engine.uebersicht.zeilen import BEREICHE, geburtstag, uebersicht

ENTRIES = {e.key: e for e in BIBLIOTHEK}


def amounts(key: str) -> dict[str, tuple[Decimal, str | None]]:
    entry = ENTRIES[key]
    stand = uebersicht(entry.scenario, entry.rechtsstand)
    return {z.key: (z.betrag.amount, z.betrag.per) for z in stand.zeilen if z.betrag}


def test_amira_child_pg3_at_home_2026() -> None:
    """§ 37 Abs. 1 SGB XI PG 3: 599 €; § 45b: 131 €; § 40 Abs. 2: 42 € a month (2025–2027).
    Paid every month together with the Kindergeld of 259 € (§ 66 Abs. 1 EStG, 2026):
    599 + 131 + 42 + 259 = 1,031 €."""
    stand = uebersicht(AMIRA, date(2026, 6, 1))
    first = [z for z in stand.zeilen if z.bereich == "pflege"][:3]
    assert [z.key for z in first] == [
        "pflege.pflegegeld",
        "pflege.entlastungsbetrag",
        "pflege.pflegehilfsmittel",
    ]
    assert [(z.betrag.amount, z.betrag.per) for z in first] == [
        (Decimal("599.00"), "month"),
        (Decimal(131), "month"),
        (Decimal(42), "month"),
    ]
    assert first[0].legal_basis == "§ 37 Abs. 1 SGB XI"
    assert first[0].stelle == "stelle.pflegekasse"
    assert first[0].seite == "screens/pflege.py"
    assert stand.summe_monat == Decimal("1031.00")
    # Her 18th birthday (4.3.2037) is years away: the co-payment is noted, not urgent.
    assert first[2].frist is not None and first[2].frist.datum == date(2037, 3, 4)


def test_schmidt_pays_90_euro_until_mia_turns_18() -> None:
    """Ratgeber C V 3: (70,000 − 65,184) × 2 % = 96.32 → 90 € a month (§ 137 SGB IX);
    Mia, born 20.5.2011, is of age on 20.5.2029: her parents' income stops counting.
    Kindergeld 2023: 250 € (§ 66 Abs. 1 EStG), so the month: 250 − 90 = 160 €."""
    stand = uebersicht(ENTRIES["schmidt"].scenario, date(2023, 6, 1))
    beitrag = stand.zeilen[-1]
    assert beitrag.key == "eingliederungshilfe.kostenbeitrag"
    assert beitrag.art == "kosten"
    assert beitrag.betrag == Money(amount=Decimal(90), per="month")
    assert beitrag.frist is not None and beitrag.frist.datum == date(2029, 5, 20)
    assert stand.summe_monat == Decimal(160)
    freizeit = {z.key: z for z in stand.zeilen}["eingliederungshilfe.assistenz_freizeit"]
    assert (freizeit.key, freizeit.kostenfrei) == ("eingliederungshilfe.assistenz_freizeit", False)


def test_werkstatt_is_free_and_care_in_the_home_pays_278() -> None:
    """Lena: § 138 Abs. 1 Nr. 3 SGB IX (Werkstatt free); § 43a SGB XI: 15 % of the fee, at
    most 278 € a month (2025). As a Werkstatt worker she counts as voll erwerbsgemindert
    (§ 43 Abs. 2 Satz 3 Nr. 1 SGB VI): Grundsicherung (§ 41 Abs. 3 SGB XII) is paid first."""
    stand = uebersicht(ENTRIES["lena"].scenario, date(2026, 6, 1))
    by_key = {z.key: z for z in stand.zeilen}
    assert by_key["eingliederungshilfe.werkstatt"].kostenfrei is True
    assert by_key["pflege.besondere_wohnform"].betrag == Money(amount=Decimal(278), per="month")
    assert [z.key for z in stand.zeilen[:2]] == [
        "arbeit.grundsicherung",
        "pflege.besondere_wohnform",
    ]
    assert by_key["arbeit.erwerbsgemindert"].legal_basis == (
        "§ 41 Abs. 3 SGB XII; § 43 Abs. 2 Satz 3 Nr. 1 SGB VI"
    )


@pytest.mark.parametrize("entry", BIBLIOTHEK, ids=lambda e: e.key)
def test_overview_amounts_are_the_area_screens_amounts(entry) -> None:  # type: ignore[no-untyped-def]
    """One test over all presets: every amount in the overview is the area's own value."""
    scenario, on = entry.scenario, entry.rechtsstand
    stand = uebersicht(scenario, on)
    pflege = evaluate_pflege(scenario, on)
    care = {
        f"pflege.{item.key}": item.betrag.value
        for group in (
            pflege.leistungen.leistungen,
            pflege.leistungen.ersatzpflege,
            pflege.leistungen.krankenkasse,
            pflege.leistungen.pflegeperson,
        )
        for item in group
        if item.anspruch.value and item.betrag is not None
    }
    egh = evaluate_eingliederungshilfe(scenario, on)
    for zeile in stand.zeilen:
        if zeile.bereich == "pflege" and zeile.betrag is not None:
            assert zeile.betrag == care[zeile.key]
        if zeile.key == "eingliederungshilfe.kostenbeitrag":
            assert zeile.betrag == egh.kostenbeitrag.value
    monthly = [i.key for i in pflege.leistungen.monatlich()] if pflege.pflegegrad else []
    assert {z.key for z in stand.zeilen if z.im_monat and z.bereich == "pflege"} == {
        f"pflege.{k}" for k in monthly
    }


def test_without_a_grade_care_has_no_lines() -> None:
    """Meier has no Pflegegrad: the care screen's questions are still open."""
    stand = uebersicht(ENTRIES["meier"].scenario, date(2023, 6, 1))
    assert not [z for z in stand.zeilen if z.bereich == "pflege"]
    assert "eingliederungshilfe.mobilitaet" in {z.key for z in stand.zeilen}


@pytest.mark.parametrize(
    ("on", "first"),
    [
        # 10.2.2027 is 365 days ahead: the Kindergeld's adult test and the technical aids'
        # co-payment come first, the larger amount first.
        (date(2026, 2, 10), ("kinder.kindergeld", "pflege.pflegehilfsmittel")),
        # The 17th birthday tomorrow: the Betreuung can be applied for (§ 1814 Abs. 5 BGB).
        (date(2026, 2, 9), ("erbe.betreuung", "pflege.pflegegeld")),
        # 10.2.2026 is 366 days ahead: nothing urgent, the largest monthly amount first.
        (date(2025, 2, 9), ("pflege.pflegegeld", "kinder.kindergeld")),
    ],
)
def test_a_birthday_within_a_year_comes_first(on: date, first: tuple[str, str]) -> None:
    """Yusuf turns 18 on 10.2.2027: from then on he pays towards technical aids
    (§ 40 Abs. 3 Satz 4 SGB XI) and Kindergeld needs the adult-child test."""
    assert tuple(z.key for z in uebersicht(YUSUF, on).zeilen[:2]) == first


@pytest.mark.parametrize(
    ("born", "years", "day"),
    [
        (date(2009, 2, 10), 18, date(2027, 2, 10)),
        (date(2008, 2, 29), 18, date(2026, 3, 1)),  # no 29 February in 2026
        (date(2004, 2, 29), 18, date(2022, 3, 1)),
        (date(2008, 2, 29), 16, date(2024, 2, 29)),  # leap year: the day itself
    ],
)
def test_birthday_per_bgb(born: date, years: int, day: date) -> None:
    assert geburtstag(born, years) == day


@pytest.mark.parametrize(
    ("on", "egh_covered"), [(date(2026, 12, 31), True), (date(2027, 1, 1), False)]
)
def test_an_uncovered_area_is_named_not_dropped(on: date, egh_covered: bool) -> None:
    """The Bezugsgröße 2027 and the other areas' 2027 values are not published: those
    areas are named as not covered."""
    stand = uebersicht(YUSUF, on)
    assert [k for k, _ in stand.nicht_abgedeckt] == (
        [] if egh_covered else ["eingliederungshilfe", "kinder", "arbeit", "steuern", "erbe"]
    )
    assert any(z.bereich == "pflege" for z in stand.zeilen)


def test_every_area_has_an_adapter_with_a_screen() -> None:
    assert [b.key for b in BEREICHE] == [
        "pflege",
        "eingliederungshilfe",
        "kinder",
        "arbeit",
        "steuern",
        "erbe",
        "widerspruch",
    ]
    assert uebersicht(Scenario(person=Person()), date(2026, 6, 1)).zeilen == ()

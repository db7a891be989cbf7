"""Erbe und Vorsorge: statutory shares, Pflichtteil, protected amounts, months until the
inheritance is used up, § 93 / § 102 SGB XII, and the Betreuung. Every expected number is
computed by hand in the case's comment, from §§ 1924, 1931, 1371, 2303 BGB, § 90 SGB XII
with § 1 DVO (10,000 €), § 139 SGB IX (150 % of the Bezugsgröße: 47,460 € in 2026 →
71,190 €; 44,940 € in 2025 → 67,410 €) and § 85 Abs. 1 SGB XII (Grundbetrag 1,126 € in
2024–2026, 1,004 € in 2023)."""

from datetime import date
from decimal import Decimal

import pytest

from engine.erbe import rules as r
from engine.erbe.beispiele import BEISPIELE
from engine.erbe.scenario import Erbe, Programm
from engine.evaluate import ErbeResult, evaluate, evaluate_erbe
from engine.explain import Count, Money, Term
from engine.household import Person
from engine.parameters import NotCoveredResult
from engine.scenario import Scenario

ON = date(2026, 6, 1)
SH = Programm.sozialhilfe
EGH = Programm.eingliederungshilfe


def euro(value: str | int) -> Decimal:
    return Decimal(str(value))


def ergebnis(on: date = ON, partner: bool = False, **fields: object) -> r.ErbeErgebnis:
    return r.erbe(Erbe.model_validate(fields), partner, on)


def amount(result: object) -> Decimal:
    return result.value.amount  # type: ignore[attr-defined]


# Each case: estate, spouse, children -> spouse's share €, each child's €, Pflichtteil €.
SHARES = [
    # Spouse 1/4 + 1/4 (Zugewinn) = 1/2 = 150,000; the only child 1/2 = 150,000; PT 75,000.
    (300000, True, 1, "150000.00", "150000.00", "75000.00"),
    # Spouse 150,000; two children share the other half: 75,000 each; PT 37,500.
    (300000, True, 2, "150000.00", "75000.00", "37500.00"),
    # 120,000: spouse 60,000; three children 60,000 / 3 = 20,000 each; PT 10,000.
    (120000, True, 3, "60000.00", "20000.00", "10000.00"),
    # No spouse: the single child takes all (§ 1924 Abs. 1): 80,000; PT 40,000.
    (80000, False, 1, "0.00", "80000.00", "40000.00"),
    # No spouse, three children: 90,000 / 3 = 30,000; PT 15,000.
    (90000, False, 3, "0.00", "30000.00", "15000.00"),
    # 100,000, spouse, 3 children: 50,000 / 3 = 16,666.666… → 16,666.67 (to the cent);
    # PT 16,666.67 / 2 = 8,333.335 → 8,333.34 (half a cent up).
    (100000, True, 3, "50000.00", "16666.67", "8333.34"),
]


@pytest.mark.parametrize(("nachlass", "ehegatte", "kinder", "frau", "kind", "pt"), SHARES)
def test_statutory_shares_and_pflichtteil(
    nachlass: int, ehegatte: bool, kinder: int, frau: str, kind: str, pt: str
) -> None:
    e = ergebnis(nachlass=nachlass, ehegatte=ehegatte, kinder=kinder)
    assert amount(e.ehegatte_betrag) == euro(frau)
    assert amount(e.kind_betrag) == euro(kind)
    assert amount(e.pflichtteil) == euro(pt)
    assert e.gesetzlich is None  # the programme is not answered yet


# Both sides of each allowance: share inherited -> amount to be used first.
ALLOWANCES = [
    # § 90 SGB XII: 10,000 € protected.
    (SH, date(2026, 6, 1), False, "9999.99", "0"),
    (SH, date(2026, 6, 1), False, "10000", "0"),
    (SH, date(2026, 6, 1), False, "10000.01", "0.01"),
    # With a partner whose assets count: 2 × 10,000 = 20,000.
    (SH, date(2026, 6, 1), True, "20000", "0"),
    (SH, date(2026, 6, 1), True, "20000.01", "0.01"),
    # § 139 SGB IX 2026: 1.5 × 47,460 = 71,190.
    (EGH, date(2026, 1, 1), False, "71190", "0"),
    (EGH, date(2026, 1, 1), False, "71190.01", "0.01"),
    # 2025: 1.5 × 44,940 = 67,410; on 31.12.2025 71,190 € leaves 3,780 € to use.
    (EGH, date(2025, 12, 31), False, "67410", "0"),
    (EGH, date(2025, 12, 31), False, "71190", "3780"),
]


@pytest.mark.parametrize(("programm", "on", "partner", "erbteil", "einsatz"), ALLOWANCES)
def test_protected_amount_on_both_sides(
    programm: Programm, on: date, partner: bool, erbteil: str, einsatz: str
) -> None:
    e = ergebnis(on, partner, nachlass=erbteil, kinder=1, programm=programm)
    assert e.gesetzlich is not None
    assert amount(e.gesetzlich.einzusetzen) == euro(einsatz)
    assert e.gesetzlich.behalten == min(euro(erbteil), amount(e.schonvermoegen))


def test_workshop_parents_son_in_besondere_wohnform() -> None:
    """Preset "eltern": 300,000 €, spouse, two children; the son receives Grundsicherung
    (1,300 € a month) beside Eingliederungshilfe, so § 90 SGB XII applies.
    Statutory share 75,000 − 10,000 = 65,000 to be used; 65,000 / 1,300 = 50 months.
    Disinherited: Pflichtteil 37,500 − 10,000 = 27,500, which the Sozialamt takes by § 93;
    27,500 / 1,300 = 21.15 → 22 months (a month begun has no benefits).
    Behindertentestament: 0 counted. § 102: Grundsicherung only → no Kostenersatz (Abs. 5)."""
    beispiel = BEISPIELE["eltern"]
    result = evaluate_erbe(beispiel.scenario, beispiel.rechtsstand)
    assert isinstance(result, ErbeResult)
    e = result.erbe
    assert amount(e.kind_betrag) == 75000
    assert amount(e.schonvermoegen) == 10000
    assert e.gesetzlich and e.enterbt and e.testament and e.kostenersatz
    assert amount(e.gesetzlich.einzusetzen) == 65000
    assert e.gesetzlich.monate.value == Count(value=50, unit="months")  # type: ignore[union-attr]
    assert amount(e.enterbt.einzusetzen) == 27500
    assert e.enterbt.einzusetzen.legal_basis == "§ 93 Abs. 1 SGB XII"
    assert e.enterbt.monate.value.value == 22  # type: ignore[union-attr]
    assert amount(e.testament) == 0
    assert amount(e.kostenersatz) == 0
    assert e.kostenersatz.legal_basis == "§ 102 Abs. 5 SGB XII"
    # The chart: 75,000 at month 0, 75,000 − 50 × 1,300 = 10,000 at month 50, flat after;
    # with the testament the share stays whole; a year beyond: months 0…62.
    assert e.verlauf[0] == (0, 75000, 75000)
    assert e.verlauf[50][1] == 10000
    assert e.verlauf[-1] == (62, 10000, 75000)
    assert result.betreuung.zeitpunkt is not None
    assert result.betreuung.zeitpunkt.stand.value == Term(key="erbe.betreuung.volljaehrig")


def test_workshop_single_mother_daughter_egh_only() -> None:
    """Preset "mutter": 120,000 €, no spouse, one child; Eingliederungshilfe alone, 2,000 € a
    month. 2026: 120,000 − 71,190 = 48,810 to be used; 48,810 / 2,000 = 24.4 → 25 months.
    Disinherited: PT 60,000 < 71,190 → the Träger takes nothing (§ 141 SGB IX).
    No Kostenersatz in the Eingliederungshilfe."""
    beispiel = BEISPIELE["mutter"]
    result = evaluate_erbe(beispiel.scenario, beispiel.rechtsstand)
    assert isinstance(result, ErbeResult)
    e = result.erbe
    assert e.gesetzlich and e.enterbt and e.kostenersatz
    assert amount(e.schonvermoegen) == 71190
    assert amount(e.gesetzlich.einzusetzen) == 48810
    assert e.gesetzlich.monate.value.value == 25  # type: ignore[union-attr]
    assert amount(e.enterbt.einzusetzen) == 0
    assert e.enterbt.einzusetzen.legal_basis == "§ 141 SGB IX"
    assert e.enterbt.monate.value.value == 0  # type: ignore[union-attr]
    assert amount(e.kostenersatz) == 0
    assert e.kostenersatz.legal_basis == "§§ 135–142 SGB IX"


@pytest.mark.parametrize(
    ("einsatz", "monat", "monate"),
    [
        ("65000", "1300", 50),  # 65,000 / 1,300 = 50 exactly
        ("65000.01", "1300", 51),  # one cent more begins month 51
        ("64999.99", "1300", 50),
        ("0", "1300", 0),
    ],
)
def test_months_until_used_up(einsatz: str, monat: str, monate: int) -> None:
    result = r.monate_bis_verbraucht(
        r.einzusetzen(SH, euro(einsatz) + 10000, r.schonvermoegen(SH, False, ON)), euro(monat)
    )
    assert result.value == Count(value=monate, unit="months")


def test_own_assets_count_with_the_share() -> None:
    """Own 4,000 € + share 8,000 € = 12,000 − 10,000 = 2,000 to be used (§ 90 Abs. 1)."""
    e = ergebnis(nachlass=8000, kinder=1, programm=SH, vermoegen=4000, leistungen_monat=500)
    assert e.gesetzlich and e.gesetzlich.monate
    assert amount(e.gesetzlich.einzusetzen) == 2000
    assert e.gesetzlich.monate.value.value == 4  # 2,000 / 500
    # With the testament only the own assets fall: 4,000 stays (below 10,000) + 8,000.
    assert e.verlauf[-1][2] == 12000


# § 102 SGB XII, 2026: limit 3 × 1,126 = 3,378 €. Costs 500 €/month × 12 × 10 = 60,000.
KOSTENERSATZ = [
    # Estate 10,000: min(60,000 − 3,378, 10,000 − 3,378) = 6,622.
    ("500", "10000", "6622"),
    # Estate at the limit: nothing (Abs. 3 Nr. 1); one cent above: 0.01.
    ("500", "3378", "0"),
    ("500", "3378.01", "0.01"),
    # Costs 25 €/month × 120 = 3,000 ≤ 3,378: nothing (Abs. 1 Satz 2); 28.16 × 120 =
    # 3,379.20 → 1.20 above the limit.
    ("25", "10000", "0"),
    ("28.16", "10000", "1.20"),
]


@pytest.mark.parametrize(("monat", "nachlass", "ersatz"), KOSTENERSATZ)
def test_kostenersatz_both_sides(monat: str, nachlass: str, ersatz: str) -> None:
    assert amount(r.kostenersatz(SH, euro(monat), euro(nachlass), ON)) == euro(ersatz)


def test_kostenersatz_2023_grundbetrag() -> None:
    """2023: 3 × 1,004 = 3,012; estate 10,000, costs 60,000 → 10,000 − 3,012 = 6,988."""
    assert amount(r.kostenersatz(SH, euro(500), euro(10000), date(2023, 12, 31))) == 6988


def test_no_kostenersatz_for_eingliederungshilfe_or_grundsicherung() -> None:
    assert amount(r.kostenersatz(EGH, euro(500), euro(50000), ON)) == 0
    assert amount(r.kostenersatz(SH, euro(0), euro(50000), ON)) == 0


@pytest.mark.parametrize(
    ("on", "betrag", "unverified"),
    [
        (date(2023, 12, 31), 425, False),  # 17 × 25 €
        (date(2024, 1, 1), 449, False),  # + 24 € Sonderzahlung (2024 and 2025)
        (date(2025, 12, 31), 449, False),
        (date(2026, 1, 1), 450, True),  # secondary source only
    ],
)
def test_aufwandspauschale_by_date(on: date, betrag: int, unverified: bool) -> None:
    result = r.aufwandspauschale(on)
    assert result.value == Money(amount=Decimal(betrag), per="year")
    assert bool(result.unverified) == unverified


@pytest.mark.parametrize(("vermoegen", "frei"), [("25000", True), ("25000.01", False), ("0", True)])
def test_court_fee_free_up_to_25000(vermoegen: str, frei: bool) -> None:
    assert r.gerichtsgebuehr_frei(euro(vermoegen), ON).value is frei


@pytest.mark.parametrize(
    ("on", "stand"),
    [
        (date(2025, 6, 14), "erbe.betreuung.spaeter"),  # the day before the 17th birthday
        (date(2025, 6, 15), "erbe.betreuung.jetzt"),  # 17th birthday: apply now
        (date(2026, 6, 14), "erbe.betreuung.jetzt"),  # the day before the 18th
        (date(2026, 6, 15), "erbe.betreuung.volljaehrig"),
    ],
)
def test_betreuung_apply_from_17th_birthday(on: date, stand: str) -> None:
    result = r.betreuung_zeitpunkt(date(2008, 6, 15), on)
    assert result.antrag_ab == date(2025, 6, 15)
    assert result.volljaehrig_ab == date(2026, 6, 15)
    assert result.stand.value == Term(key=stand)


def test_leap_day_birthday() -> None:
    """Born 29.2.2008: 17 on 1.3.2025, 18 on 1.3.2026 (§ 188 Abs. 3 BGB)."""
    result = r.betreuung_zeitpunkt(date(2008, 2, 29), date(2025, 3, 1))
    assert (result.antrag_ab, result.volljaehrig_ab) == (date(2025, 3, 1), date(2026, 3, 1))
    assert result.stand.value == Term(key="erbe.betreuung.jetzt")


def test_alternatives() -> None:
    assert r.vorsorgevollmacht(True).value is True
    assert r.vorsorgevollmacht(None).value is False
    notvertretung = r.notvertretung(True, ON)
    assert notvertretung.value is True
    assert notvertretung.steps[0].values["monate"] == Count(value=6, unit="months")


def test_not_covered_in_2027_but_others_answer() -> None:
    scenario = Scenario(person=Person(geburtsdatum=date(2000, 1, 1)))
    assert isinstance(evaluate_erbe(scenario, date(2027, 1, 1)), NotCoveredResult)
    assert isinstance(evaluate(scenario, date(2026, 12, 31)).erbe, ErbeResult)

"""Kinderbetreuungskosten (§ 10 Abs. 1 Nr. 5 EStG) and the Steuerermäßigung for haushaltsnahe
Pflege- und Betreuungsleistungen (§ 35a Abs. 2 EStG), both sides of every boundary.

§ 10 Abs. 1 Nr. 5 Satz 1: until VZ 2024 "zwei Drittel der Aufwendungen, höchstens 4 000 Euro
je Kind", from VZ 2025 "80 Prozent der Aufwendungen, höchstens 4 800 Euro je Kind", for a
child under 14 or one who because of a disability that began before 25 cannot support
itself. § 35a Abs. 2: "um 20 Prozent, höchstens 4 000 Euro, der Aufwendungen"."""

from datetime import date
from decimal import Decimal

import pytest

from engine.evaluate import evaluate_steuern
from engine.explain import Money
from engine.nachteilsausgleiche.rules import (
    SteuernErgebnis,
    haushaltsnahe_pflege,
    kinderbetreuungskosten,
    steuerersparnis,
)
from engine.nachteilsausgleiche.scenario import Steuern, Veranlagung
from engine.nachteilsausgleiche.tarif import einkommensteuer
from engine.scenario import Scenario

VZ2024 = date(2024, 12, 31)
VZ2025 = date(2025, 1, 1)


def euro(amount) -> Decimal:
    assert isinstance(amount.value, Money)
    return amount.value.amount


@pytest.mark.parametrize(
    ("kosten", "on", "expected"),
    [
        # 2024: 2/3 × 6,000 = 4,000 = the cap; 2/3 × 5,998.50 = 3,999; 2/3 × 6,001.50 = 4,001
        ("6000", VZ2024, "4000.00"),
        ("5998.50", VZ2024, "3999.00"),
        ("6001.50", VZ2024, "4000"),
        # 2/3 × 100 = 66.666… → 66.67 € (rounded to the cent)
        ("100", VZ2024, "66.67"),
        # 2025: 80 % × 6,000 = 4,800 = the cap; 80 % × 5,998.75 = 4,799; × 6,001.25 = 4,801
        ("6000", VZ2025, "4800.00"),
        ("5998.75", VZ2025, "4799.00"),
        ("6001.25", VZ2025, "4800"),
        # the change date with 3,000 €: 2/3 → 2,000 on 31.12.2024, 80 % → 2,400 on 1.1.2025
        ("3000", VZ2024, "2000.00"),
        ("3000", VZ2025, "2400.00"),
    ],
)
def test_kinderbetreuung_share_and_cap(kosten: str, on: date, expected: str) -> None:
    result = kinderbetreuungskosten(Decimal(kosten), 8, False, Veranlagung.eltern, on)
    assert euro(result) == Decimal(expected)


@pytest.mark.parametrize(
    ("alter", "behindert", "expected"),
    [
        (13, False, "2400.00"),  # has not completed her 14th year
        (14, False, "0"),  # 14 and not disabled: nothing
        (14, True, "2400.00"),  # disabled: no age limit
        (40, True, "2400.00"),
        (None, True, "2400.00"),  # no birth date: only the disability route
        (None, False, "0"),
    ],
)
def test_kinderbetreuung_age_or_disability(
    alter: int | None, behindert: bool, expected: str
) -> None:
    result = kinderbetreuungskosten(Decimal(3000), alter, behindert, Veranlagung.eltern, VZ2025)
    assert euro(result) == Decimal(expected)
    if behindert and (alter is None or alter >= 14):
        assert result.steps[0].message == "step.est.kinderbetreuung_behinderung"


def test_kinderbetreuung_only_in_the_parents_return() -> None:
    result = kinderbetreuungskosten(Decimal(3000), 30, True, Veranlagung.selbst, VZ2025)
    assert euro(result) == 0
    assert result.steps[0].message == "step.est.kinderbetreuung_kein_kind"


@pytest.mark.parametrize(
    ("kosten", "steuer", "expected"),
    [
        # 20 % × 20,000 = 4,000 = the cap; × 19,995 = 3,999; × 20,005 = 4,001 → 4,000
        ("20000", "9000", "4000.00"),
        ("19995", "9000", "3999.00"),
        ("20005", "9000", "4000"),
        ("1234.56", "9000", "246.91"),  # 246.912 → 246.91
        # never more than the tax due: 4,000 against a tax of 3,999 and of 4,000
        ("20000", "3999", "3999"),
        ("20000", "4000", "4000"),
        ("5000", "0", "0"),
    ],
)
def test_haushaltsnahe_pflege_share_cap_and_tax(kosten: str, steuer: str, expected: str) -> None:
    result = haushaltsnahe_pflege(Decimal(kosten), Decimal(steuer), VZ2025)
    assert euro(result) == Decimal(expected)
    assert result.steps[0].legal_basis == "§ 35a Abs. 2 Sätze 1 und 2, Abs. 5 Satz 1 EStG"


def test_both_in_the_tax_result() -> None:
    """Parents, single return, 40,000 € in 2026, child of 10 without GdB; childcare 6,000 €:
    80 % = 4,800. Tax on 40,000 = 7,209 (test_tarif.py); on 35,200: z = 1.7401,
    (173.10 × 1.7401 + 2,397) × 1.7401 + 1,034.87 = 5,730.03 → 5,730; saves 1,479.
    § 35a: 20 % × 25,000 = 5,000, capped at 4,000 (the tax left, 5,730, is more).
    Together: 1,479 + 4,000 = 5,479."""
    steuern = Steuern(
        einkommen=Decimal(40000), kinderbetreuung=Decimal(6000), pflegeleistungen=Decimal(25000)
    )
    result = steuerersparnis(steuern, None, (), None, Veranlagung.eltern, 10, date(2026, 1, 1))
    assert result is not None
    assert euro(einkommensteuer(Decimal(35200), False, date(2026, 1, 1))) == 5730
    (abzug,) = result.abzuege
    assert abzug.art == "kinderbetreuungskosten"
    assert euro(abzug.betrag) == 4800
    assert abzug.ersparnis.amount == 1479
    assert euro(result.steuer_mit) == 5730
    assert result.ermaessigung is not None
    assert result.ermaessigung.ersparnis.amount == 4000
    assert result.ersparnis.amount == 5479


def test_35a_capped_by_the_tax_due() -> None:
    """Single, 14,000 € in 2026, no allowance: y = (14,000 − 12,348) / 10,000 = 0.1652,
    (914.51 × 0.1652 + 1,400) × 0.1652 = 256.24 → 256. § 35a: 20 % × 10,000 = 2,000, but
    only the 256 € tax due is reduced."""
    steuern = Steuern(einkommen=Decimal(14000), pflegeleistungen=Decimal(10000))
    result = steuerersparnis(steuern, None, (), None, Veranlagung.selbst, 40, date(2026, 1, 1))
    assert result is not None
    assert euro(result.steuer_mit) == 256
    assert result.ermaessigung is not None
    assert result.ermaessigung.ersparnis.amount == 256
    assert result.ersparnis.amount == 256


@pytest.mark.parametrize(
    ("rechtsstand", "expected"), [(date(2026, 5, 31), 1), (date(2026, 6, 1), 0)]
)
def test_14th_birthday_day_before_and_day_of(rechtsstand: date, expected: int) -> None:
    """Child born 1.6.2012, no disability: 13 on 31.5.2026, 14 on 1.6.2026."""
    scenario = Scenario.model_validate(
        {
            "person": {"geburtsdatum": "2012-06-01"},
            "steuern": {"einkommen": 40000, "kinderbetreuung": 3000, "veranlagung": "eltern"},
        }
    )
    result = evaluate_steuern(scenario, rechtsstand)
    assert isinstance(result, SteuernErgebnis) and result.steuer is not None
    arten = [a.art for a in result.steuer.abzuege if euro(a.betrag) > 0]
    assert arten.count("kinderbetreuungskosten") == expected

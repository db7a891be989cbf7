"""The Werkstatt pay slip (§ 221, § 59 SGB IX), Rentenversicherung (§ 162 SGB VI), the
Erwerbsminderungsrente after 20 years, Bürgergeld or Grundsicherung, and the paths."""

from datetime import date
from decimal import Decimal

import pytest

from engine.arbeit.rules import System, leistungssystem
from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.arbeit.werkstatt import (
    arbeitsfoerderungsgeld,
    ausbildungsgeld,
    erwerbsminderungsrente_ab,
    lohnzettel,
    rentenversicherung,
    weg,
)
from engine.evaluate import evaluate_arbeit
from engine.household import Person
from engine.scenario import Scenario

D = Decimal
W = Arbeitsweg


@pytest.mark.parametrize(
    ("entgelt", "afoeg"),
    [
        ("126", "52"),
        ("299", "52"),  # 299 + 52 = 351: still the full 52
        ("299.01", "51.99"),  # "Unterschiedsbetrag zwischen dem Arbeitsentgelt und 351"
        ("300", "51"),
        ("350.99", "0.01"),
        ("351", "0"),
        ("351.01", "0"),
    ],
)
def test_arbeitsfoerderungsgeld_both_sides_of_the_limit(entgelt: str, afoeg: str) -> None:
    """§ 59 Abs. 1 SGB IX: 52 € while Entgelt + AFöG ≤ 351 €, then 351 − Entgelt."""
    assert arbeitsfoerderungsgeld(D(entgelt), date(2025, 1, 1)).value.amount == D(afoeg)


@pytest.mark.parametrize(
    ("on", "betrag"), [(date(2024, 7, 31), 126), (date(2024, 8, 1), 133)], ids=str
)
def test_ausbildungsgeld_rises_on_1_august_2024(on: date, betrag: int) -> None:
    """§ 125 SGB III: 126 €, from 1.8.2024 133 € (the guide of Oct 2023 says 126 €)."""
    assert ausbildungsgeld(on).value.amount == betrag


def test_pay_slip_arbeitsbereich() -> None:
    """2025: Grundbetrag 133 + Steigerung 180 = 313; AFöG 351 − 313 = 38; paid 351."""
    zettel = lohnzettel(W.werkstatt_arbeitsbereich, D(180), date(2010, 9, 1), date(2025, 3, 1))
    assert zettel.entgelt.value.amount == D(313)
    assert zettel.arbeitsfoerderungsgeld.value.amount == D(38)
    assert zettel.auszahlung.amount == D(351)
    assert zettel.ausbildungsgeld is None
    assert zettel.erwerbsminderungsrente_ab.value.value == date(2030, 9, 1)


def test_pay_slip_berufsbildungsbereich_has_no_afoeg() -> None:
    zettel = lohnzettel(W.werkstatt_berufsbildung, D(0), None, date(2025, 3, 1))
    assert zettel.ausbildungsgeld.value.amount == D(133)
    assert zettel.arbeitsfoerderungsgeld is None
    assert zettel.auszahlung.amount == D(133)


@pytest.mark.parametrize(
    ("on", "betrag"),
    [
        (date(2023, 12, 31), "2716.00"),  # 40,740 / 12 × 0.8
        (date(2024, 1, 1), "2828.00"),  # 42,420 / 12 × 0.8
        (date(2025, 1, 1), "2996.00"),  # 44,940 / 12 × 0.8
        (date(2026, 1, 1), "3164.00"),  # 47,460 / 12 × 0.8
    ],
    ids=str,
)
def test_rentenversicherung_on_80_percent(on: date, betrag: str) -> None:
    """§ 162 Nr. 2 SGB VI: at least 80 % of the monthly Bezugsgröße."""
    assert rentenversicherung(on).value.amount == D(betrag)


def test_em_rente_after_20_years_from_29_february() -> None:
    """§ 43 Abs. 6 SGB VI; 29.2.2008 + 20 years is 29.2.2028 (a leap year again), but
    29.2.2080 + 20 years falls on 1.3.2100 (no leap year; § 188 Abs. 3 BGB)."""
    assert erwerbsminderungsrente_ab(date(2008, 2, 29), date(2026, 1, 1)).value.value == (
        date(2028, 2, 29)
    )
    assert erwerbsminderungsrente_ab(date(2080, 2, 29), date(2026, 1, 1)).value.value == (
        date(2100, 3, 1)
    )


@pytest.mark.parametrize(
    ("arbeitsweg", "erwerbsfaehig", "volljaehrig", "system"),
    [
        (W.werkstatt_arbeitsbereich, True, True, System.grundsicherung),
        (W.werkstatt_berufsbildung, None, True, System.grundsicherung),
        (W.tagesfoerderstaette, None, True, System.grundsicherung),
        (W.budget_fuer_arbeit, False, True, System.grundsicherung),
        (W.budget_fuer_arbeit, True, True, System.buergergeld),
        (W.berufsbildungswerk, None, True, System.offen),
        (W.werkstatt_arbeitsbereich, None, False, System.minderjaehrig),
    ],
)
def test_which_system(arbeitsweg, erwerbsfaehig, volljaehrig, system) -> None:
    """§ 41 Abs. 3, 3a SGB XII; § 43 Abs. 2 Satz 3 Nr. 1 SGB VI; § 7, § 8 SGB II."""
    result = leistungssystem(arbeitsweg, erwerbsfaehig, volljaehrig)
    assert result.value.key == f"arbeit.system.{system}"


@pytest.mark.parametrize(
    ("on", "stufe", "regelbedarf", "mehrbedarf"),
    [
        (date(2025, 3, 31), 3, "451", "157.85"),  # under 25: RBS 3; 35 % × 451 = 157.85
        (date(2025, 4, 1), 1, "563", "197.05"),  # 25th birthday: RBS 1; 35 % × 563
    ],
    ids=str,
)
def test_buergergeld_35_percent_and_the_25th_birthday(on, stufe, regelbedarf, mehrbedarf):
    """§ 20 Abs. 2 Satz 2 Nr. 2 SGB II (RBS 3 under 25 with the parents), § 21 Abs. 4."""
    scenario = Scenario(
        person=Person(geburtsdatum=date(2000, 4, 1)),
        arbeit=Arbeit(weg=W.berufsbildungswerk, erwerbsfaehig=True, bei_eltern=True),
    )
    bg = evaluate_arbeit(scenario, on).buergergeld
    assert bg.regelbedarf.steps[0].values["stufe"].value == stufe
    assert bg.regelbedarf.value.amount == D(regelbedarf)
    assert bg.mehrbedarf.value.amount == D(mehrbedarf)


@pytest.mark.parametrize(
    ("on", "system"),
    [(date(2025, 2, 28), System.minderjaehrig), (date(2025, 3, 1), System.grundsicherung)],
    ids=str,
)
def test_grundsicherung_from_the_18th_birthday(on: date, system: System) -> None:
    scenario = Scenario(
        person=Person(geburtsdatum=date(2007, 3, 1)),
        arbeit=Arbeit(weg=W.werkstatt_berufsbildung),
    )
    result = evaluate_arbeit(scenario, on)
    assert result.system.value.key == f"arbeit.system.{system}"
    assert (result.grundsicherung is not None) is (system is System.grundsicherung)


@pytest.mark.parametrize(
    ("arbeitsweg", "traeger", "frei"),
    [
        (W.werkstatt_berufsbildung, "agentur", None),
        (W.werkstatt_arbeitsbereich, "eingliederungshilfe", True),
        (W.andere_leistungsanbieter, "eingliederungshilfe", True),
        (W.budget_fuer_arbeit, "eingliederungshilfe", True),
        (W.budget_fuer_ausbildung, "agentur", None),
        (W.inklusionsbetrieb, "integrationsamt", None),
        (W.tagesfoerderstaette, "eingliederungshilfe", True),
    ],
)
def test_paths_who_pays(arbeitsweg, traeger, frei) -> None:
    """§ 63 SGB IX; § 138 Abs. 1 Nr. 3 SGB IX decided by the integration-aid engine."""
    result = weg(arbeitsweg, None, date(2025, 1, 1))
    assert result.traeger.value.key == f"arbeit.traeger.{traeger}"
    assert (result.kostenfrei.value if result.kostenfrei else None) is frei


def test_budget_fuer_arbeit_subsidy_has_no_cap() -> None:
    """§ 61 Abs. 2 SGB IX: 75 % of 4,000 = 3,000 (above the old 40 % BG cap of 1,414)."""
    scenario = Scenario(
        person=Person(geburtsdatum=date(1999, 1, 1)),
        arbeit=Arbeit(weg=W.budget_fuer_arbeit, erwerbsfaehig=False, arbeitsentgelt=D(4000)),
    )
    assert evaluate_arbeit(scenario, date(2024, 6, 1)).budget_zuschuss.value.amount == D(3000)


def test_not_covered_in_2027() -> None:
    result = evaluate_arbeit(Scenario(), date(2027, 1, 1))
    assert result.status == "not_covered"
    assert "regelbedarfsstufe_1" in [m.key for m in result.missing]


@pytest.mark.parametrize(
    ("erwerbsfaehig", "rule"),
    [(False, "§ 23 Abs. 2 SGB XII"), (True, "§ 7 Abs. 1 Satz 2 Nr. 3 SGB II")],
)
def test_residence_rule_of_the_system_that_applies(erwerbsfaehig: bool, rule: str) -> None:
    """AsylbLG recipients are excluded from both (§ 23 Abs. 2 SGB XII, § 7 SGB II): the
    screen shows the rule of the system the person belongs to."""
    from engine.asyl.rules import Aufenthaltsstatus, status_of
    from engine.household import Aufenthalt, Aufenthaltsdokument, Staatsangehoerigkeit

    scenario = Scenario(
        person=Person(geburtsdatum=date(1999, 1, 1)),
        aufenthalt=Aufenthalt(
            staatsangehoerigkeit=Staatsangehoerigkeit.andere,
            dokument=Aufenthaltsdokument.aufenthaltsgestattung,
            asylblg=True,
        ),
        arbeit=Arbeit(weg=W.budget_fuer_arbeit, erwerbsfaehig=erwerbsfaehig),
    )
    aufenthalt = evaluate_arbeit(scenario, date(2025, 1, 1)).aufenthalt
    assert status_of(aufenthalt) is Aufenthaltsstatus.ausgeschlossen
    assert aufenthalt.legal_basis.startswith(rule)


def test_no_month_computed_in_a_pflegeheim() -> None:
    """§ 27b, § 42 Nr. 4 b SGB XII: in a stationäre Einrichtung the living is part of the
    home's bill; the month of §§ 42 ff. for a Wohnung is not computed."""
    from engine.household import Wohnform

    scenario = Scenario(
        person=Person(geburtsdatum=date(1990, 1, 1), wohnform=Wohnform.vollstationaer),
        arbeit=Arbeit(weg=W.werkstatt_arbeitsbereich),
    )
    result = evaluate_arbeit(scenario, date(2025, 1, 1))
    assert result.system.value.key == "arbeit.system.grundsicherung"
    assert result.grundsicherung is None


@pytest.mark.parametrize(
    ("on", "zuschuss"),
    [
        (date(2023, 6, 13), "1358.00"),  # 75 % × 2,000 = 1,500, cap 40 % × 40,740 / 12
        (date(2023, 6, 14), "1500.00"),  # cap gone (Gesetz vom 6.6.2023)
    ],
    ids=str,
)
def test_budget_fuer_arbeit_cap_until_13_june_2023(on: date, zuschuss: str) -> None:
    """§ 61 Abs. 2 Satz 2 SGB IX aF: 40 % of 3,395 € = 1,358 € until 13.6.2023."""
    from engine.arbeit.werkstatt import budget_fuer_arbeit_zuschuss

    assert budget_fuer_arbeit_zuschuss(D(2000), on).value.amount == D(zuschuss)

"""§ 62 Belastungsgrenze and § 55 Abs. 2 Zahnersatz Härtefall, written out by hand.

Bezugsgröße (West / unified) 40,740 / 42,420 / 44,940 / 47,460 € for 2023–2026; East
39,480 / 41,580 € in 2023/2024; per child (§ 32 Abs. 6 EStG) 8,952 / 9,540 / 9,600 / 9,756 €.
"""

from datetime import date
from decimal import Decimal

import pytest

from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Bundesland,
    Krankenversicherung,
    Staatsangehoerigkeit,
)
from engine.widerspruch.scenario import Zuzahlung
from engine.widerspruch.zuzahlung import (
    belastungsgrenze,
    zahnersatz_haertefall,
    zuzahlungen_gelten,
)

D = Decimal

BELASTUNG = [
    # 40,000 − 15 % × 47,460 (7,119) − 2 × 9,756 (19,512) = 13,369 → 2 % = 267.38
    (Zuzahlung(brutto_jahr=D(40000), partner=True, kinder=2), date(2026, 1, 1), "267.38"),
    # chronisch: 1 % of 13,369 = 133.69
    (
        Zuzahlung(brutto_jahr=D(40000), partner=True, kinder=2, chronisch=True),
        date(2026, 1, 1),
        "133.69",
    ),
    # 31.12.2025: 40,000 − 6,741 − 19,200 = 14,059 → 281.18
    (Zuzahlung(brutto_jahr=D(40000), partner=True, kinder=2), date(2025, 12, 31), "281.18"),
    # 31.12.2024: 40,000 − 6,363 − 19,080 = 14,557 → 291.14
    (Zuzahlung(brutto_jahr=D(40000), partner=True, kinder=2), date(2024, 12, 31), "291.14"),
    # single, 30,000 €: 2 % = 600.00 / 1 % = 300.00
    (Zuzahlung(brutto_jahr=D(30000)), date(2026, 6, 1), "600.00"),
    (Zuzahlung(brutto_jahr=D(30000), chronisch=True), date(2026, 6, 1), "300.00"),
    # deductions larger than the income: 10,000 − 19,512 < 0 → 0
    (Zuzahlung(brutto_jahr=D(10000), kinder=2), date(2026, 6, 1), "0.00"),
    # Bürgergeld/Grundsicherung: 2 % / 1 % of 12 × RBS 1 (502 € in 2023, 563 € from 2024)
    (Zuzahlung(existenzsichernd=True), date(2023, 12, 31), "120.48"),
    (Zuzahlung(existenzsichernd=True), date(2024, 1, 1), "135.12"),
    (Zuzahlung(existenzsichernd=True, chronisch=True), date(2023, 12, 31), "60.24"),
    (Zuzahlung(existenzsichernd=True, chronisch=True), date(2024, 1, 1), "67.56"),
    (Zuzahlung(existenzsichernd=True, brutto_jahr=D(90000)), date(2026, 12, 31), "135.12"),
]


@pytest.mark.parametrize(("zuzahlung", "on", "grenze"), BELASTUNG)
def test_belastungsgrenze(zuzahlung: Zuzahlung, on: date, grenze: str) -> None:
    assert belastungsgrenze(zuzahlung, on).value.amount == D(grenze)


ZAHNERSATZ = [
    # 2026 single: 47,460 / 12 = 3,955 × 40 % = 1,582.00
    (Zuzahlung(), None, date(2026, 1, 1), "1582.00"),
    # partner + 2 children: 3,955 × (40 + 15 + 2 × 10) % = 2,966.25
    (Zuzahlung(partner=True, kinder=2), None, date(2026, 1, 1), "2966.25"),
    # one child only: 3,955 × 55 % = 2,175.25
    (Zuzahlung(kinder=1), None, date(2026, 1, 1), "2175.25"),
    # 2023 West 40,740 / 12 × 40 % = 1,358; East 39,480 / 12 × 40 % = 1,316
    (Zuzahlung(), Bundesland.NW, date(2023, 1, 1), "1358.00"),
    (Zuzahlung(), Bundesland.SN, date(2023, 1, 1), "1316.00"),
    # 31.12.2024 East 41,580 / 12 × 40 % = 1,386; West 42,420 → 1,414
    (Zuzahlung(), Bundesland.SN, date(2024, 12, 31), "1386.00"),
    (Zuzahlung(), Bundesland.NW, date(2024, 12, 31), "1414.00"),
    # 1.1.2025 one value: 44,940 / 12 × 40 % = 1,498
    (Zuzahlung(), Bundesland.SN, date(2025, 1, 1), "1498.00"),
    # parameters.md: first-member supplement 561.75 (2025) → 1,498 + 561.75 = 2,059.75
    (Zuzahlung(partner=True), None, date(2025, 6, 1), "2059.75"),
]


@pytest.mark.parametrize(("zuzahlung", "land", "on", "grenze"), ZAHNERSATZ)
def test_zahnersatz_grenze(
    zuzahlung: Zuzahlung, land: Bundesland | None, on: date, grenze: str
) -> None:
    assert zahnersatz_haertefall(zuzahlung, land, on).grenze.value.amount == D(grenze)


@pytest.mark.parametrize(
    ("brutto_jahr", "existenzsichernd", "haertefall"),
    [
        (D("18984"), False, True),  # 1,582.00 a month: at the limit
        (D("18984.12"), False, False),  # 1,582.01 a month: one cent above
        (D("90000"), True, True),  # Bürgergeld/Grundsicherung: always (Satz 2 Nr. 2)
    ],
)
def test_zahnersatz_haertefall_both_sides(
    brutto_jahr: Decimal, existenzsichernd: bool, haertefall: bool
) -> None:
    zuzahlung = Zuzahlung(brutto_jahr=brutto_jahr, existenzsichernd=existenzsichernd)
    assert zahnersatz_haertefall(zuzahlung, None, date(2026, 3, 1)).haertefall.value is haertefall


def _andere(**more: object) -> Aufenthalt:
    return Aufenthalt(
        staatsangehoerigkeit=Staatsangehoerigkeit.andere,
        dokument=Aufenthaltsdokument.aufenthaltsgestattung,
        asylblg=True,
        **more,
    )


VERSICHERUNG = [
    # (residence, Zuzahlungen apply, message, source)
    (Aufenthalt(), True, "step.zuzahlung.gkv", "not asked: taken as gesetzlich versichert"),
    (
        Aufenthalt(
            staatsangehoerigkeit=Staatsangehoerigkeit.deutsch,
            krankenversicherung=Krankenversicherung.gesetzlich,
        ),
        True,
        "step.zuzahlung.gkv",
        "§§ 61, 62 SGB V",
    ),
    (
        Aufenthalt(
            staatsangehoerigkeit=Staatsangehoerigkeit.deutsch,
            krankenversicherung=Krankenversicherung.privat,
        ),
        False,
        "step.zuzahlung.privat",
        "private tariff, § 192 VVG",
    ),
    (
        _andere(krankenversicherung=Krankenversicherung.sozialamt, monate_in_deutschland=40),
        True,
        "step.zuzahlung.karte",
        "§ 264 Abs. 4 SGB V: like Versicherte",
    ),
    # §§ 4, 6 AsylbLG until 36 months (§ 2 Abs. 1 AsylbLG from 27.2.2024): 35 | 36
    (
        _andere(krankenversicherung=Krankenversicherung.asylblg, monate_in_deutschland=35),
        False,
        "step.zuzahlung.asylblg",
        "§ 4 AsylbLG: 35 < 36 months, no Zuzahlungen",
    ),
    (
        _andere(krankenversicherung=Krankenversicherung.asylblg, monate_in_deutschland=36),
        True,
        "step.zuzahlung.karte",
        "§ 2 AsylbLG, 36 = 36: the § 264 card, Zuzahlungen as Versicherte",
    ),
    (
        Aufenthalt(
            staatsangehoerigkeit=Staatsangehoerigkeit.eu_ewr_schweiz,
            krankenversicherung=Krankenversicherung.keine,
        ),
        False,
        "step.zuzahlung.keine",
        "not insured",
    ),
]


@pytest.mark.parametrize(("aufenthalt", "gelten", "message", "source"), VERSICHERUNG)
def test_zuzahlungen_only_for_the_gesetzlich_versicherte(
    aufenthalt: Aufenthalt, gelten: bool, message: str, source: str
) -> None:
    """Audit of issue 11, gap 8: the Widerspruch screen computed Zuzahlungen and the § 62
    Belastungsgrenze for every household."""
    result = zuzahlungen_gelten(aufenthalt, date(2026, 11, 24))
    assert result.value is gelten, source
    assert result.steps[0].message == message, source

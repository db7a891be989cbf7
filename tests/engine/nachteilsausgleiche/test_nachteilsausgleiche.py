"""Nachteilsausgleiche: allowances, the tax they save, Wertmarke, Kfz-Steuer, Rundfunkbeitrag,
Blindengeld — both sides of every GdB, Merkzeichen, Pflegegrad, amount and date boundary.

Sources: § 33 Abs. 2a, 3 and § 33b Abs. 5, 6 EStG, § 228 SGB IX, § 3a KraftStG, § 4 RBStV,
§ 72 SGB XII and Art. 2 BayBlindG as quoted in engine/nachteilsausgleiche/rules.py;
amounts from shared/domain/parameters.md sections 3, 5, 6; arithmetic written per case.
"""

from datetime import date
from decimal import Decimal

import pytest

from engine.explain import Money
from engine.household import Bundesland, Merkzeichen
from engine.nachteilsausgleiche.rules import (
    blindengeld,
    fahrtkostenpauschale,
    kfz_steuer,
    merkzeichen_tabelle,
    pflege_pauschbetrag,
    rundfunkbeitrag,
    schwerbehindert,
    steuerersparnis,
    uebertragung,
    wertmarke,
    zumutbare_belastung,
)
from engine.nachteilsausgleiche.scenario import Steuern, Veranlagung

M = Merkzeichen
DAY = date(2025, 6, 1)


def euro(amount) -> Decimal:
    assert isinstance(amount.value, Money)
    return amount.value.amount


@pytest.mark.parametrize(
    ("gdb", "merkzeichen", "pflegegrad", "expected"),
    [
        (None, (), None, 0),
        (60, (M.G,), None, 0),  # GdB 60 with G: below 70
        (70, (), None, 0),  # GdB 70 without G: below 80
        (70, (M.G,), None, 900),  # Nr. 1: at least 70 and G
        (80, (), None, 900),  # Nr. 1: at least 80
        (100, (M.G, M.B), 3, 900),  # Pflegegrad 3 is no H
        (50, (M.aG,), None, 4500),  # Nr. 2
        (100, (M.Bl,), None, 4500),
        (100, (M.TBl,), None, 4500),
        (80, (M.H,), None, 4500),  # Nr. 2 replaces Nr. 1 (Satz 5): 4,500, not 5,400
        (None, (), 4, 4500),  # Pflegegrad 4 stands for H (§ 65 Abs. 2 Satz 2 EStDV)
        (None, (), 5, 4500),
    ],
    ids=str,
)
def test_fahrtkostenpauschale(gdb, merkzeichen, pflegegrad, expected) -> None:
    assert euro(fahrtkostenpauschale(gdb, merkzeichen, pflegegrad, DAY)) == expected


@pytest.mark.parametrize(
    ("pflegegrad", "merkzeichen", "hier", "weitere", "expected"),
    [
        (None, (), 1, 0, 0),
        (1, (), 1, 0, 0),  # Pflegegrad 1: none
        (2, (), 1, 0, 600),
        (3, (), 1, 0, 1100),
        (4, (), 1, 0, 1800),
        (5, (), 1, 0, 1800),
        (None, (M.H,), 1, 0, 1800),  # Satz 4: H
        (2, (M.H,), 1, 0, 1800),  # Satz 7: H, not 600 in addition
        (4, (), 1, 1, 900),  # Satz 9: 1,800 / 2 carers
        (4, (), 2, 1, 1200),  # two of three carers in this return: 1,800 × 2 / 3
        (2, (), 1, 2, 200),  # 600 / 3
        (3, (), 2, 0, 1100),  # both parents in one return: both halves
    ],
    ids=str,
)
def test_pflege_pauschbetrag(pflegegrad, merkzeichen, hier, weitere, expected) -> None:
    result = pflege_pauschbetrag(pflegegrad, merkzeichen, hier, weitere, DAY)
    assert euro(result) == expected


def test_uebertragung_auf_die_eltern() -> None:
    """§ 33b Abs. 5: 7,400 € of a child with H go to the parents; half each unless they are
    assessed together (both halves in one return)."""
    pausch = fahrtkostenpauschale(None, (M.H,), None, DAY)
    assert euro(uebertragung(pausch, Veranlagung.eltern, True, DAY)) == 4500
    assert euro(uebertragung(pausch, Veranlagung.eltern, False, DAY)) == 2250
    assert uebertragung(pausch, Veranlagung.selbst, False, DAY) == pausch


@pytest.mark.parametrize(
    ("einkommen", "splitting", "kinder", "expected"),
    [
        # no children, Grundtarif 5 / 6 / 7 %
        ("15340", False, 0, "767.00"),  # 15,340 × 5 %
        ("15341", False, 0, "767.06"),  # 767 + 1 × 6 %
        ("51130", False, 0, "2914.40"),  # 767 + 35,790 × 6 % = 767 + 2,147.40
        ("51131", False, 0, "2914.47"),  # + 1 × 7 %
        # no children, Splitting 4 / 5 / 6 %
        ("15340", True, 0, "613.60"),  # 15,340 × 4 %
        ("51131", True, 0, "2403.16"),  # 613.60 + 1,789.50 + 0.06
        # one or two children 2 / 3 / 4 %
        ("60000", True, 1, "1735.30"),  # 306.80 + 1,073.70 + 8,870 × 4 % (354.80)
        ("60000", False, 2, "1735.30"),  # the same table for one or two children
        # three or more 1 / 1 / 2 %
        ("60000", True, 3, "688.70"),  # 153.40 + 357.90 + 177.40
        ("0", False, 0, "0.00"),
    ],
    ids=str,
)
def test_zumutbare_belastung(einkommen, splitting, kinder, expected) -> None:
    result = zumutbare_belastung(Decimal(einkommen), splitting, kinder, DAY)
    assert euro(result) == Decimal(expected)


def test_family_with_child_h_pg4_saves_3272_in_2025() -> None:
    """Preset "eltern": parents married (Splitting), taxable income 60,000 €, child GdB 100,
    H, Pflegegrad 4, cared for at home by both. 2025 tariff (test_tarif.py):
    tax on 60,000 = 2 × 4,303 = 8,606.
    Behinderten-Pauschbetrag 7,400 (transferred whole, § 33b Abs. 5): tax on 52,600 =
    2 × ((176.64 · 0.8857 + 2,397) · 0.8857 + 1,015.13 = 3,276) = 6,552, saves 2,054.
    Pflege-Pauschbetrag 1,800: tax on 58,200 = 2 × ((176.64 · 1.1657 + 2,397) · 1.1657 +
    1,015.13 = 4,049) = 8,098, saves 508.
    Fahrtkosten 4,500 − zumutbare Belastung 1,735.30 = 2,764.70: tax on 57,235 = 2 × 3,914
    (half 28,617) = 7,828, saves 778.
    All together 11,964.70: tax on 48,035 = 2 × 2,667 = 5,334, saves 3,272."""
    steuern = Steuern(
        einkommen=Decimal(60000),
        zusammenveranlagung=True,
        pflege_zuhause=True,
        pflegepersonen_im_haushalt=2,
    )
    result = steuerersparnis(steuern, 100, (M.H, M.B), 4, Veranlagung.eltern, DAY)
    assert result is not None
    assert euro(result.steuer_ohne) == 8606
    assert euro(result.steuer_mit) == 5334
    assert result.ersparnis.amount == 3272
    by_art = {a.art: a for a in result.abzuege}
    assert euro(by_art["behinderten_pauschbetrag"].betrag) == 7400
    assert by_art["behinderten_pauschbetrag"].ersparnis.amount == 2054
    assert euro(by_art["pflege_pauschbetrag"].betrag) == 1800
    assert by_art["pflege_pauschbetrag"].ersparnis.amount == 508
    assert euro(by_art["fahrtkostenpauschale"].betrag) == Decimal("2764.70")
    assert by_art["fahrtkostenpauschale"].ersparnis.amount == 778


def test_adult_gdb80_g_single() -> None:
    """Preset "fahrer": single, 40,000 €, GdB 80 G, 2026. Pauschbetrag 2,120 (GdB 80);
    Fahrtkosten 900 − zumutbare Belastung (15,340 × 5 % + 24,660 × 6 % = 767 + 1,479.60 =
    2,246.60) = 0: nothing deducted. Tax on 40,000 = 7,209 (test_tarif.py); on 37,880:
    z = 2.0081, (173.10 · 2.0081 + 2,397) · 2.0081 + 1,034.87 = 6,546.89 → 6,546;
    saves 663."""
    steuern = Steuern(einkommen=Decimal(40000))
    result = steuerersparnis(steuern, 80, (M.G,), None, Veranlagung.selbst, date(2026, 1, 1))
    assert result is not None
    by_art = {a.art: a for a in result.abzuege}
    assert euro(by_art["behinderten_pauschbetrag"].betrag) == 2120
    assert euro(by_art["fahrtkostenpauschale"].betrag) == 0
    assert euro(result.steuer_ohne) == 7209
    assert result.ersparnis.amount == 663


def test_no_pflege_pauschbetrag_for_own_care_of_a_single_adult() -> None:
    steuern = Steuern(einkommen=Decimal(30000), pflege_zuhause=True)
    result = steuerersparnis(steuern, 100, (M.H,), 4, Veranlagung.selbst, DAY)
    assert result is not None
    assert "pflege_pauschbetrag" not in {a.art for a in result.abzuege}


def test_no_income_no_tax_result() -> None:
    assert steuerersparnis(Steuern(), 100, (), None, Veranlagung.selbst, DAY) is None


@pytest.mark.parametrize(
    ("merkzeichen", "grundsicherung", "day", "expected"),
    [
        ((M.G,), False, date(2024, 12, 31), 91),
        ((M.G,), False, date(2025, 1, 1), 104),
        ((M.aG,), False, date(2026, 12, 31), 104),
        ((M.Gl,), False, date(2023, 1, 1), 91),
        ((M.G,), True, DAY, 0),  # § 228 Abs. 4 Nr. 2
        ((M.H,), False, DAY, 0),  # Abs. 4 Nr. 1
        ((M.Bl,), False, DAY, 0),
    ],
    ids=str,
)
def test_wertmarke(merkzeichen, grundsicherung, day, expected) -> None:
    assert euro(wertmarke(merkzeichen, grundsicherung, day)) == expected


def test_wertmarke_half_year_and_none_without_free_travel() -> None:
    steps = wertmarke((M.G,), False, date(2025, 1, 1)).steps
    assert steps[0].values["halbjahr"].amount == 53
    assert wertmarke((M.G,), False, date(2024, 12, 31)).steps[0].values["halbjahr"].amount == 46
    assert wertmarke((M.RF, M.B), False, DAY) is None


@pytest.mark.parametrize(
    ("merkzeichen", "art", "ersparnis"),
    [
        ((M.H,), "befreiung", "240"),
        ((M.aG,), "befreiung", "240"),
        ((M.Bl,), "befreiung", "240"),
        ((M.G,), "ermaessigung", "120.00"),  # 240 × 50 %
        ((M.Gl,), "ermaessigung", "120.00"),
        ((M.RF, M.B), "keine", None),
        ((M.TBl,), "keine", None),  # TBl is not named in § 3a
    ],
    ids=str,
)
def test_kfz_steuer(merkzeichen, art, ersparnis) -> None:
    result = kfz_steuer(merkzeichen, Decimal(240), wertmarke(merkzeichen, False, DAY), DAY)
    assert result.art == art
    if ersparnis is None:
        assert result.ersparnis_jahr is None
    else:
        assert result.ersparnis_jahr.amount == Decimal(ersparnis)


def test_kfz_50_percent_is_compared_with_the_wertmarke() -> None:
    """G: 50 % off 240 € saves 120 €, the Wertmarke it rules out costs 104 € (2025)."""
    result = kfz_steuer((M.G,), Decimal(240), wertmarke((M.G,), False, DAY), DAY)
    assert result.wertmarke is not None and euro(result.wertmarke) == 104


@pytest.mark.parametrize(
    ("merkzeichen", "grundsicherung", "expected"),
    [
        ((), False, "18.36"),
        ((M.G,), False, "18.36"),
        ((M.RF,), False, "6.12"),
        ((M.TBl,), False, "0"),
        ((M.RF, M.TBl), False, "0"),
        ((M.RF,), True, "0"),
    ],
    ids=str,
)
def test_rundfunkbeitrag(merkzeichen, grundsicherung, expected) -> None:
    for day in (date(2023, 1, 1), date(2026, 12, 31)):
        assert euro(rundfunkbeitrag(merkzeichen, grundsicherung, day)) == Decimal(expected)


@pytest.mark.parametrize(("gdb", "expected"), [(None, False), (40, False), (50, True), (100, True)])
def test_schwerbehindert(gdb, expected) -> None:
    assert schwerbehindert(gdb).value is expected


def test_merkzeichen_table_has_every_mark_with_a_paragraph() -> None:
    table = merkzeichen_tabelle((M.G, M.B))
    assert [row.merkzeichen for row in table] == list(Merkzeichen)
    assert {row.merkzeichen for row in table if row.vorhanden} == {M.G, M.B}
    assert all(row.vorteile and all(v.legal_basis for v in row.vorteile) for row in table)


@pytest.mark.parametrize(
    ("day", "land", "hilfe"),
    [
        # Art. 2 Abs. 1 BayBlindG: 85 % of the adult Blindenhilfe, rounded to full euros
        (date(2023, 6, 30), "685", "121.40"),  # 806.40 × 0.85 = 685.44 → 685; 806.40 − 685
        (date(2023, 7, 1), "716", "125.77"),  # 841.77 × 0.85 = 715.5045 → 716 (from 0.50 up)
        (date(2025, 6, 30), "748", "132.28"),  # 880.28 × 0.85 = 748.238 → 748
        (date(2025, 7, 1), "776", "137.19"),  # 913.19 × 0.85 = 776.2115 → 776
        (date(2026, 7, 1), "809", "142.92"),  # 951.92 (derived) × 0.85 = 809.132 → 809
    ],
    ids=str,
)
def test_bayern_blindengeld_and_blindenhilfe_top_up(day, land, hilfe) -> None:
    result = blindengeld((M.Bl,), Bundesland.BY, False, None, True, day)
    assert result is not None
    assert euro(result.landesblindengeld) == Decimal(land)
    assert euro(result.blindenhilfe) == Decimal(hilfe)


def test_blindenhilfe_deductions() -> None:
    """§ 72 Abs. 1 Satz 2 SGB XII on 1.7.2025 (Pflegegeld PG 2 347 €, PG 3 599 €):
    PG 2: 913.19 − 347 × 50 % (173.50) = 739.69 (Land not in the data: NW);
    PG 4 minor: 599 × 40 % = 239.60 > cap 457.38 × 50 % = 228.69 → 457.38 − 228.69 = 228.69;
    Bavaria minor: 457.38 − 776 < 0 → 0; in a home (not at home) no Pflegegeld deduction."""
    day = date(2025, 7, 1)
    nw = blindengeld((M.Bl,), Bundesland.NW, False, 2, True, day)
    assert nw.landesblindengeld is None
    assert euro(nw.blindenhilfe) == Decimal("739.69")
    kind = blindengeld((M.TBl,), None, True, 4, True, day)
    assert euro(kind.blindenhilfe) == Decimal("228.69")
    assert euro(blindengeld((M.Bl,), Bundesland.BY, True, None, True, day).blindenhilfe) == 0
    heim = blindengeld((M.Bl,), Bundesland.NW, False, 4, False, day)
    assert euro(heim.blindenhilfe) == Decimal("913.19")
    assert blindengeld((M.G,), Bundesland.BY, False, None, True, day) is None

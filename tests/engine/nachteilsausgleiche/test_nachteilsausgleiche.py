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
    LANDESBLINDENGELD,
    blindengeld,
    fahrtkostenpauschale,
    kfz_steuer,
    landesblindengeld,
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
    result = steuerersparnis(steuern, 100, (M.H, M.B), 4, Veranlagung.eltern, None, DAY)
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
    result = steuerersparnis(steuern, 80, (M.G,), None, Veranlagung.selbst, None, date(2026, 1, 1))
    assert result is not None
    by_art = {a.art: a for a in result.abzuege}
    assert euro(by_art["behinderten_pauschbetrag"].betrag) == 2120
    assert euro(by_art["fahrtkostenpauschale"].betrag) == 0
    assert euro(result.steuer_ohne) == 7209
    assert result.ersparnis.amount == 663


def test_no_pflege_pauschbetrag_for_own_care_of_a_single_adult() -> None:
    steuern = Steuern(einkommen=Decimal(30000), pflege_zuhause=True)
    result = steuerersparnis(steuern, 100, (M.H,), 4, Veranlagung.selbst, None, DAY)
    assert result is not None
    assert "pflege_pauschbetrag" not in {a.art for a in result.abzuege}


def test_no_income_no_tax_result() -> None:
    assert steuerersparnis(Steuern(), 100, (), None, Veranlagung.selbst, None, DAY) is None


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
@pytest.mark.parametrize("day", [date(2023, 1, 1), DAY, date(2026, 12, 31)], ids=str)
def test_schwerbehindert(gdb, expected, day) -> None:
    """§ 2 Abs. 2 SGB IX: GdB 40 is not, GdB 50 is schwerbehindert, on every covered date;
    the step names the threshold and the parameter it comes from."""
    result = schwerbehindert(gdb, day)
    assert result.value is expected
    step = result.steps[0]
    assert step.values["ab"].value == 50  # type: ignore[union-attr]
    assert [p.key for p in step.parameters] == ["schwerbehindert_gdb"]


@pytest.mark.parametrize(
    ("gdb", "merkzeichen", "expected"),
    [(70, (M.G,), 900), (70, (), 0), (80, (), 900), (60, (M.G,), 0)],
    ids=str,
)
@pytest.mark.parametrize("day", [date(2023, 1, 1), date(2026, 12, 31)], ids=str)
def test_fahrtkosten_thresholds_are_dated_data(gdb, merkzeichen, expected, day) -> None:
    """§ 33 Abs. 2a Satz 2 Nr. 1 EStG: GdB 80, or 70 with G (einkommensteuer.toml), on the
    first and the last covered day; a refusal names both thresholds and their parameters."""
    result = fahrtkostenpauschale(gdb, merkzeichen, None, day)
    assert euro(result) == expected
    if not expected:
        step = result.steps[0]
        assert (step.values["ab"].value, step.values["ab_mit_g"].value) == (80, 70)  # type: ignore[union-attr]
        assert [p.key for p in step.parameters] == [
            "fahrtkostenpauschale_gdb",
            "fahrtkostenpauschale_gdb_mit_g",
        ]


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
    result = blindengeld((M.Bl,), Bundesland.BY, None, None, True, False, day)
    assert result is not None
    assert euro(result.landesblindengeld) == Decimal(land)
    assert euro(result.blindenhilfe) == Decimal(hilfe)


def test_blindenhilfe_deductions() -> None:
    """§ 72 Abs. 1 Satz 2 SGB XII on 1.7.2025 (Pflegegeld PG 2 347 €, PG 3 599 €):
    PG 2: 913.19 − 347 × 50 % (173.50) = 739.69 − NRW's Blindengeld 913.19 < 0 → 0;
    PG 4 minor: 599 × 40 % = 239.60 > cap 457.38 × 50 % = 228.69 → 457.38 − 228.69 = 228.69;
    Bavaria minor: 457.38 − 776 < 0 → 0; in a home (not at home) no Pflegegeld deduction:
    913.19 − Hamburg's 695.49 = 217.70 (Hamburg reduces nothing in a home in our data)."""
    day = date(2025, 7, 1)
    nw = blindengeld((M.Bl,), Bundesland.NW, 40, 2, True, False, day)
    assert euro(nw.landesblindengeld) == Decimal("913.19")
    assert nw.blindenhilfe.steps[1].values["anrechnung"].amount == Decimal("173.50")
    assert euro(nw.blindenhilfe) == 0
    kind = blindengeld((M.TBl,), None, 10, 4, True, False, day)
    assert euro(kind.blindenhilfe) == Decimal("228.69")
    assert euro(blindengeld((M.Bl,), Bundesland.BY, 10, None, True, False, day).blindenhilfe) == 0
    heim = blindengeld((M.Bl,), Bundesland.HH, 40, 4, False, True, day)
    assert euro(heim.blindenhilfe) == Decimal("217.70")
    assert blindengeld((M.G,), Bundesland.BY, 40, None, True, False, day) is None


def land(bundesland, alter, day, pflegegrad=None, zuhause=True, einrichtung=False) -> Decimal:
    result = blindengeld((M.Bl,), bundesland, alter, pflegegrad, zuhause, einrichtung, day)
    assert result is not None
    return euro(result.landesblindengeld)


B = Bundesland
ADULT, MINOR = 40, 10


@pytest.mark.parametrize(
    ("bundesland", "alter", "day", "expected"),
    [
        # BW § 2 Abs. 1 LBlHG: 410 € / 205 €, not adjusted
        (B.BW, ADULT, date(2023, 1, 1), "410"),
        (B.BW, ADULT, date(2026, 12, 31), "410"),
        (B.BW, MINOR, date(2023, 1, 1), "205"),
        (B.BW, MINOR, date(2026, 12, 31), "205"),
        # BE § 2 Abs. 1 LPflGG: 80 % of the adult Blindenhilfe, minors the same, to the cent
        (B.BE, ADULT, date(2023, 6, 30), "645.12"),  # 806.40 × 0.8
        (B.BE, ADULT, date(2023, 7, 1), "673.42"),  # 841.77 × 0.8 = 673.416
        (B.BE, ADULT, date(2024, 6, 30), "673.42"),
        (B.BE, ADULT, date(2024, 7, 1), "704.22"),  # 880.28 × 0.8 = 704.224
        (B.BE, MINOR, date(2025, 6, 30), "704.22"),
        (B.BE, MINOR, date(2025, 7, 1), "730.55"),  # 913.19 × 0.8 = 730.552
        (B.BE, ADULT, date(2026, 6, 30), "730.55"),
        (B.BE, ADULT, date(2026, 7, 1), "761.54"),  # 951.92 (derived) × 0.8 = 761.536
        # BB: 345.80 / 172.90 until 30.6.2024, then 425 / 212.50
        (B.BB, ADULT, date(2024, 6, 30), "345.80"),
        (B.BB, ADULT, date(2024, 7, 1), "425"),
        (B.BB, MINOR, date(2024, 6, 30), "172.90"),
        (B.BB, MINOR, date(2024, 7, 1), "212.50"),
        # HB: 494.97 / 247.49 (1.7.2023), 517.61 / 258.81 (1.7.2024), then × 40.79 / 39.32
        (B.HB, ADULT, date(2023, 6, 30), "474.17"),  # 494.97 × 36.02 / 37.60
        (B.HB, ADULT, date(2023, 7, 1), "494.97"),
        (B.HB, ADULT, date(2024, 6, 30), "494.97"),
        (B.HB, ADULT, date(2024, 7, 1), "517.61"),
        (B.HB, ADULT, date(2025, 7, 1), "536.96"),  # 517.61 × 40.79 / 39.32
        (B.HB, MINOR, date(2024, 6, 30), "247.49"),
        (B.HB, MINOR, date(2024, 7, 1), "258.81"),
        (B.HB, MINOR, date(2026, 7, 1), "279.87"),  # 517.61 × 42.52 / 39.32 / 2
        (B.HB, 1, date(2025, 7, 1), "268.48"),  # from the first birthday
        (B.HB, 0, date(2025, 7, 1), "0"),  # before it: nothing
        # HH: 670.43 from 1.7.2024 for every age, the other years × Rentenwert / 39.32
        (B.HH, ADULT, date(2024, 6, 30), "641.10"),  # 670.43 × 37.60 / 39.32
        (B.HH, ADULT, date(2024, 7, 1), "670.43"),
        (B.HH, MINOR, date(2025, 6, 30), "670.43"),
        (B.HH, MINOR, date(2025, 7, 1), "695.49"),  # 670.43 × 40.79 / 39.32
        (B.HH, ADULT, date(2026, 7, 1), "724.99"),  # 670.43 × 42.52 / 39.32
        # HE § 2 Abs. 1 LBliG: 86 % of the adult Blindenhilfe; minors the minor Blindenhilfe
        (B.HE, ADULT, date(2023, 6, 30), "693.50"),  # 806.40 × 0.86 = 693.504
        (B.HE, ADULT, date(2023, 7, 1), "723.92"),  # 841.77 × 0.86 = 723.9222
        (B.HE, ADULT, date(2024, 7, 1), "757.04"),  # 880.28 × 0.86 = 757.0408
        (B.HE, ADULT, date(2025, 7, 1), "785.34"),  # 913.19 × 0.86 = 785.3434
        (B.HE, MINOR, date(2024, 6, 30), "421.61"),
        (B.HE, MINOR, date(2024, 7, 1), "440.90"),
        # MV: 430 € / 273.05 €
        (B.MV, ADULT, date(2023, 1, 1), "430"),
        (B.MV, MINOR, date(2026, 12, 31), "273.05"),
        # NI § 2 LBlGG: 410 € until 2024, 450 € from 1.1.2025, every age
        (B.NI, ADULT, date(2024, 12, 31), "410"),
        (B.NI, ADULT, date(2025, 1, 1), "450"),
        (B.NI, MINOR, date(2024, 12, 31), "410"),
        (B.NI, MINOR, date(2025, 1, 1), "450"),
        # NW § 2 Abs. 1 GHBG: the Blindenhilfe until 60, then 473 €
        (B.NW, ADULT, date(2025, 6, 30), "880.28"),
        (B.NW, ADULT, date(2025, 7, 1), "913.19"),
        (B.NW, MINOR, date(2025, 6, 30), "440.90"),
        (B.NW, MINOR, date(2025, 7, 1), "457.38"),
        (B.NW, 59, date(2025, 7, 1), "913.19"),
        (B.NW, 60, date(2025, 7, 1), "473"),
        # RP § 2 LBlindenGG: 410 € / 205 €
        (B.RP, ADULT, date(2023, 1, 1), "410"),
        (B.RP, MINOR, date(2026, 12, 31), "205"),
        # SL § 1 Abs. 2 BlindhG: 450 / 317 €, from 2026 460 / 327 €
        (B.SL, ADULT, date(2025, 12, 31), "450"),
        (B.SL, ADULT, date(2026, 1, 1), "460"),
        (B.SL, MINOR, date(2025, 12, 31), "317"),
        (B.SL, MINOR, date(2026, 1, 1), "327"),
        # SN § 2 LBlindG: 380 € from 14, 285 € before, nothing before the first birthday
        (B.SN, ADULT, date(2023, 1, 1), "380"),
        (B.SN, 14, date(2026, 12, 31), "380"),
        (B.SN, 13, date(2026, 12, 31), "285"),
        (B.SN, 1, date(2026, 12, 31), "285"),
        (B.SN, 0, date(2026, 12, 31), "0"),
        # ST: 400.94 / 278.44 (1.7.2022) × the Rentenanpassung of the neue Länder each 1 July
        (B.ST, ADULT, date(2023, 6, 30), "400.94"),
        (B.ST, ADULT, date(2023, 7, 1), "424.44"),  # 400.94 × 1.0586 = 424.435
        (B.ST, ADULT, date(2024, 7, 1), "443.84"),  # 424.44 × 1.0457 = 443.837
        (B.ST, ADULT, date(2025, 7, 1), "460.44"),  # 443.84 × 1.0374 = 460.440
        (B.ST, ADULT, date(2026, 6, 30), "460.44"),
        (B.ST, ADULT, date(2026, 7, 1), "479.96"),  # 460.44 × 1.0424 = 479.963
        (B.ST, MINOR, date(2023, 6, 30), "278.44"),
        (B.ST, MINOR, date(2023, 7, 1), "294.76"),  # 278.44 × 1.0586 = 294.757
        # SH § 1 Abs. 2 LBlGG: 300 / 200 €, from 2025 325 / 225 €
        (B.SH, ADULT, date(2024, 12, 31), "300"),
        (B.SH, ADULT, date(2025, 1, 1), "325"),
        (B.SH, MINOR, date(2024, 12, 31), "200"),
        (B.SH, MINOR, date(2025, 1, 1), "225"),
        # TH § 2 ThürLBlGG: 400 €, from 1.7.2023 472 €, every age
        (B.TH, ADULT, date(2023, 6, 30), "400"),
        (B.TH, ADULT, date(2023, 7, 1), "472"),
        (B.TH, MINOR, date(2023, 6, 30), "400"),
        (B.TH, MINOR, date(2023, 7, 1), "472"),
        # Without a birth date the person counts as an adult
        (B.NW, None, date(2025, 7, 1), "913.19"),
    ],
    ids=str,
)
def test_landesblindengeld_by_land_age_and_date(bundesland, alter, day, expected) -> None:
    assert land(bundesland, alter, day) == Decimal(expected)


@pytest.mark.parametrize(
    ("bundesland", "alter", "day", "pflegegrad", "expected"),
    [
        # Rheinland-Pfalz: PG 2 minus 46 % of the PG 2 Pflegegeld, PG 3–5 minus 33 % of PG 3
        (B.RP, ADULT, date(2025, 7, 1), 1, "410"),  # PG 1: nothing deducted
        (B.RP, ADULT, date(2024, 12, 31), 2, "257.28"),  # 410 − 332 × 0.46 (152.72)
        (B.RP, ADULT, date(2025, 1, 1), 2, "250.38"),  # 410 − 347 × 0.46 (159.62)
        (B.RP, ADULT, date(2024, 12, 31), 3, "220.91"),  # 410 − 573 × 0.33 (189.09)
        (B.RP, ADULT, date(2025, 1, 1), 3, "212.33"),  # 410 − 599 × 0.33 (197.67)
        (B.RP, ADULT, date(2025, 1, 1), 5, "212.33"),  # grades 3 to 5 alike
        (B.RP, MINOR, date(2025, 1, 1), 3, "7.33"),  # 205 − 197.67
        (B.RP, MINOR, date(2025, 1, 1), 2, "45.38"),  # 205 − 159.62
        (B.BW, ADULT, date(2025, 1, 1), 3, "410"),  # not modelled for other Länder
    ],
    ids=str,
)
def test_landesblindengeld_pflegegeld_deduction(
    bundesland, alter, day, pflegegrad, expected
) -> None:
    assert land(bundesland, alter, day, pflegegrad) == Decimal(expected)


@pytest.mark.parametrize(
    ("bundesland", "einrichtung", "expected"),
    [
        # on 1.7.2025: Berlin § 4 LPflGG half of 730.55; Sachsen § 4 LBlindG half of 380;
        # Sachsen-Anhalt half of 460.44; Rheinland-Pfalz: the claim rests
        (B.BE, False, "730.55"),
        (B.BE, True, "365.28"),  # 730.55 × 0.5 = 365.275
        (B.SN, False, "380"),
        (B.SN, True, "190"),
        (B.ST, True, "230.22"),
        (B.RP, True, "0"),
        (B.NI, True, "450"),  # Niedersachsen's Heim amount is not modelled
    ],
    ids=str,
)
def test_landesblindengeld_in_einrichtung(bundesland, einrichtung, expected) -> None:
    assert land(bundesland, ADULT, date(2025, 7, 1), 4, False, einrichtung) == Decimal(expected)


@pytest.mark.parametrize(
    ("day", "pflegegrad", "land_betrag", "hilfe"),
    [
        # Niedersachsen pays less than the Blindenhilfe: § 72 tops up the difference
        (date(2025, 6, 30), None, "450", "430.28"),  # 880.28 − 450
        (date(2025, 7, 1), None, "450", "463.19"),  # 913.19 − 450
        (date(2024, 12, 31), None, "410", "470.28"),  # 880.28 − 410
    ],
    ids=str,
)
def test_blindenhilfe_tops_up_niedersachsen(day, pflegegrad, land_betrag, hilfe) -> None:
    result = blindengeld((M.Bl,), B.NI, ADULT, pflegegrad, True, False, day)
    assert euro(result.landesblindengeld) == Decimal(land_betrag)
    assert euro(result.blindenhilfe) == Decimal(hilfe)


def test_blindenhilfe_top_up_after_both_pflegegeld_deductions() -> None:
    """Rheinland-Pfalz, PG 2 at home, 1.7.2025: Land 410 − 159.62 = 250.38; Blindenhilfe
    913.19 − 347 × 50 % (173.50) − 250.38 = 489.31."""
    result = blindengeld((M.Bl,), B.RP, ADULT, 2, True, False, date(2025, 7, 1))
    assert euro(result.landesblindengeld) == Decimal("250.38")
    assert euro(result.blindenhilfe) == Decimal("489.31")


def test_every_land_is_in_the_data() -> None:
    for bundesland in Bundesland:
        assert land(bundesland, ADULT, date(2025, 7, 1)) > 0, bundesland


def test_every_land_has_its_landesblindengeld_law() -> None:
    """Issue 15: the 16 Landesblindengeldgesetze are all in the table; a Land not given is
    asked for, never answered with another Land's amount."""
    assert set(LANDESBLINDENGELD) == set(Bundesland)
    assert landesblindengeld(None, 40, None, True, False, date(2026, 6, 1)) is None

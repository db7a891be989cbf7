"""Hilfe zur Pflege (SGB XII): uncovered need, Lebenslagenmodell, § 85 income test, assets,
parents of adults. Amounts: parameters.md section 3; arithmetic written out per case."""

from datetime import date
from decimal import Decimal

import pytest

from engine.household import Einkommen, Einkunftsart, Eltern, Wohnform
from engine.pflege import hilfe_zur_pflege as h
from engine.pflege.scenario import HilfeZurPflege

D2023, D2024, D2026 = date(2023, 6, 1), date(2024, 6, 1), date(2026, 11, 23)


def amount(result: h.ExplainedAmount) -> Decimal:
    return result.value.amount  # type: ignore[union-attr]


def test_brochure_uncovered_need() -> None:
    # Ratgeber B II 1: PG 4, need 2,500 €, Sachleistung 1,693 € -> 807 €.
    assert amount(h.ungedeckter_bedarf(Decimal(2500), 4, D2023)) == 807
    assert amount(h.ungedeckter_bedarf(Decimal(1500), 4, D2023)) == 0
    assert amount(h.ungedeckter_bedarf(Decimal(300), 1, D2023)) == 300


@pytest.mark.parametrize(
    ("egh", "wohnform", "applies"),
    [
        (True, None, True),
        (True, Wohnform.zuhause, True),
        (True, Wohnform.wohngruppe, True),
        (True, Wohnform.besondere_wohnform, False),
        (True, Wohnform.vollstationaer, False),
        (False, Wohnform.zuhause, False),
    ],
)
def test_lebenslagenmodell(egh: bool, wohnform: Wohnform | None, applies: bool) -> None:
    hzp = HilfeZurPflege(eingliederungshilfe_vor_rentenalter=egh)
    assert h.lebenslagenmodell(hzp, wohnform).value is applies


def test_lebenslagenmodell_skips_the_sgb_xii_income_test() -> None:
    hzp = HilfeZurPflege(bedarf_monat=Decimal(2500), eingliederungshilfe_vor_rentenalter=True)
    result = h.hilfe_zur_pflege(hzp, 4, False, Eltern(), Wohnform.zuhause, D2023)
    assert result.einkommensgrenze is None and result.elternbeitrag is None


def test_einkommensgrenze_adult_2023() -> None:
    # 1,004 + rent 400 + 1 × 352 (partner) = 1,756 €.
    hzp = HilfeZurPflege(unterkunft_monat=Decimal(400), partner=True)
    assert amount(h.einkommensgrenze(hzp, False, Eltern(), D2023)) == 1756


def test_einkommensgrenze_minor_2024() -> None:
    # § 85 Abs. 2: 1,126 + rent 600 + 395 × (one parent + child + 2 siblings = 4) = 3,306 €.
    eltern = Eltern(
        elternteil_1=Einkommen(betrag_jahr=Decimal(30000), art=Einkunftsart.sv_beschaeftigung),
        elternteil_2=Einkommen(betrag_jahr=Decimal(20000), art=Einkunftsart.sv_beschaeftigung),
        kinder_im_haushalt=3,
    )
    hzp = HilfeZurPflege(unterkunft_monat=Decimal(600))
    assert amount(h.einkommensgrenze(hzp, True, eltern, D2024)) == 3306
    single = Eltern(elternteil_1=eltern.elternteil_1, kinder_im_haushalt=1)
    assert amount(h.einkommensgrenze(hzp, True, single, D2024)) == 1126 + 600 + 395


@pytest.mark.parametrize(
    ("erwerb", "on", "frei"),
    [
        ("500", D2023, "200.00"),
        ("815.75", D2023, "326.30"),
        ("816", D2023, "326.30"),
        ("1000", D2024, "365.95"),
        ("900", D2024, "360.00"),
    ],
)
def test_erwerbstaetigenfreibetrag(erwerb: str, on: date, frei: str) -> None:
    assert amount(h.erwerbstaetigenfreibetrag(Decimal(erwerb), on)) == Decimal(frei)


@pytest.mark.parametrize(
    ("grad", "blind", "expected"),
    [(4, False, "177.60"), (5, False, "177.60"), (3, True, "177.60"), (3, False, "444")],
)
def test_einsatz_of_income_above_the_limit(grad: int, blind: bool, expected: str) -> None:
    # Income 2,200 €, limit 1,756 € -> 444 € above; PG 4/5 or blind: at most 40 % = 177.60 €.
    result = h.einsatz_einkommen(Decimal(2200), Decimal(0), Decimal(1756), grad, blind, D2023)
    assert amount(result) == Decimal(expected)


def test_income_exactly_at_the_limit_asks_nothing() -> None:
    assert amount(h.einsatz_einkommen(Decimal(1756), 0, Decimal(1756), 4, False, D2023)) == 0  # type: ignore[arg-type]


def test_full_income_test_hand_computed() -> None:
    # Adult, 2023: income 2,400 of which 500 earned -> Freibetrag 200 -> 2,200; limit
    # 1,004 + 400 + 352 = 1,756; 444 above; PG 4: at most 177.60 €.
    hzp = HilfeZurPflege(
        bedarf_monat=Decimal(2500),
        einkommen_monat=Decimal(2400),
        erwerbseinkommen_monat=Decimal(500),
        unterkunft_monat=Decimal(400),
        partner=True,
    )
    result = h.hilfe_zur_pflege(hzp, 4, False, Eltern(), Wohnform.zuhause, D2023)
    assert amount(result.ungedeckt) == 807
    assert amount(result.einsatz) == Decimal("177.60")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("hzp", "minor", "eltern", "schon"),
    [
        (HilfeZurPflege(), False, Eltern(), 10000),
        (HilfeZurPflege(partner=True, unterhaltene_personen=1), False, Eltern(), 20500),
        (HilfeZurPflege(vermoegen_aus_erwerb=Decimal(30000)), False, Eltern(), 35000),
        (HilfeZurPflege(vermoegen_aus_erwerb=Decimal(8000)), False, Eltern(), 18000),
        (
            HilfeZurPflege(vermoegen_aus_erwerb=Decimal(8000), grundsicherung=True),
            False,
            Eltern(),
            10000,
        ),
        (
            HilfeZurPflege(vermoegen_aus_erwerb=Decimal(8000)),
            True,
            Eltern(
                elternteil_1=Einkommen(betrag_jahr=Decimal(1), art=Einkunftsart.rente),
                elternteil_2=Einkommen(betrag_jahr=Decimal(1), art=Einkunftsart.rente),
                kinder_im_haushalt=2,
            ),
            21000,
        ),
    ],
)
def test_vermoegensschonbetrag(
    hzp: HilfeZurPflege, minor: bool, eltern: Eltern, schon: int
) -> None:
    assert amount(h.vermoegensschonbetrag(hzp, minor, eltern, D2024)) == schon


def parents(einkommen: str) -> Eltern:
    return Eltern(
        elternteil_1=Einkommen(betrag_jahr=Decimal(einkommen), art=Einkunftsart.selbstaendig)
    )


@pytest.mark.parametrize(
    ("einkommen", "on", "beitrag", "unverified"),
    [
        ("100000", D2023, "0", False),
        ("100000.01", D2023, "42.20", False),
        ("150000", D2024, "42.20", False),
        ("150000", D2026, "43.72", True),
    ],
)
def test_elternbeitrag_for_adults(einkommen: str, on: date, beitrag: str, unverified: bool) -> None:
    result = h.elternbeitrag(parents(einkommen), on)
    assert amount(result) == Decimal(beitrag)
    assert bool(result.unverified) is unverified


def test_no_parental_contribution_for_minors_in_this_rule() -> None:
    result = h.hilfe_zur_pflege(HilfeZurPflege(), 3, True, parents("200000"), None, D2024)
    assert result.elternbeitrag is None

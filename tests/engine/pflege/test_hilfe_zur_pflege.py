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


@pytest.mark.parametrize(
    ("grad", "message", "anspruch"),
    [
        (None, "step.hzp.kein_grad", False),  # § 61a SGB XII: no grade, no Hilfe zur Pflege
        (1, "step.hzp.pg1", True),  # § 63 Abs. 2: Hilfsmittel, Wohnumfeld, Entlastungsbetrag
        (2, "step.hzp.pg2_5", True),  # § 63 Abs. 1: the full catalogue
    ],
)
def test_no_open_care_need_without_pflegegrad_2(
    grad: int | None, message: str, anspruch: bool
) -> None:
    """Issue 9 item 7: a need of 300 € at PG 1 or without a grade was shown as open for the
    Sozialamt; § 61a and § 63 Abs. 2 SGB XII leave nothing open for care at home.
    PG 2, 2023: 300 − Sachleistung 724 € -> 0 € as well; 800 − 724 = 76 € stays open."""
    hzp = HilfeZurPflege(bedarf_monat=Decimal(300), einkommen_monat=Decimal(5000))
    result = h.hilfe_zur_pflege(hzp, grad, False, Eltern(), Wohnform.zuhause, D2023)
    assert amount(result.ungedeckt) == 0
    assert result.pflegegrad.value is anspruch
    assert result.pflegegrad.steps[0].message == message
    if grad is None:
        assert result.einkommensgrenze is None and result.schonbetrag is None
    else:
        assert result.einkommensgrenze is not None
    assert amount(h.ungedeckter_bedarf(Decimal(800), 2, D2023)) == 76


@pytest.mark.parametrize(
    ("on", "grad", "monate", "rest"),
    [
        # 2023 (GVWG): 2,500 − 1,775 (§ 43, PG 4) = 725 € Eigenanteil; ≤ 12 months 5 %
        # = 36.25 € -> 688.75 €; 13 months 25 % = 181.25 € -> 543.75 €.
        (D2023, 4, 12, "688.75"),
        (D2023, 4, 13, "543.75"),
        # 2024 (PUEG): 15 % = 108.75 € -> 616.25 €; 24 months 30 % = 217.50 € -> 507.50 €;
        # 25 months 50 % = 362.50 € -> 362.50 €; 36 months still 50 %; 37 months 75 %
        # = 543.75 € -> 181.25 €.
        (date(2023, 12, 31), 4, 0, "688.75"),
        (date(2024, 1, 1), 4, 0, "616.25"),
        (D2024, 4, 24, "507.50"),
        (D2024, 4, 25, "362.50"),
        (D2024, 4, 36, "362.50"),
        (D2024, 4, 37, "181.25"),
        # 2025: § 43 PG 4 = 1,855 € -> 645 € Eigenanteil, 15 % = 96.75 € -> 548.25 €.
        (date(2025, 1, 1), 4, 1, "548.25"),
    ],
)
def test_nursing_home_subtracts_43_and_the_43c_zuschlag(
    on: date, grad: int, monate: int, rest: str
) -> None:
    """Issue 9 item 5: in a nursing home the § 43 amount (not the § 36 Sachleistung 1,693 €)
    and the § 43c Leistungszuschlag on the remaining Eigenanteil come first."""
    result = h.ungedeckter_bedarf(
        Decimal(2500), grad, on, Wohnform.vollstationaer, heim_monate=monate
    )
    assert amount(result) == Decimal(rest)


@pytest.mark.parametrize(
    ("on", "verguetung", "rest"),
    [
        (D2023, None, 2234),  # 2,500 − § 43a maximum 266 €
        (date(2025, 1, 1), None, 2222),  # 2,500 − 278 €
        (D2023, Decimal(1000), 2350),  # 15 % of 1,000 € = 150 € -> 2,350 €
    ],
)
def test_besondere_wohnform_subtracts_only_43a(
    on: date, verguetung: Decimal | None, rest: int
) -> None:
    """Issue 9 item 4: the Pflegekasse pays only § 43a SGB XI there, not the 1,693 €."""
    result = h.ungedeckter_bedarf(
        Decimal(2500), 4, on, Wohnform.besondere_wohnform, verguetung_monat=verguetung
    )
    assert amount(result) == rest


def test_care_in_a_besondere_wohnform_is_eingliederungshilfe() -> None:
    """Issue 9 item 4, § 103 Abs. 1 SGB IX: adult, PG 4, 2023, assets 70,000 €, parents
    earning 150,000 €. SGB XII would give 10,000 € Schonbetrag and 42.20 € from the parents;
    SGB IX: 150 % × 40,740 = 61,110 € free -> 8,890 € to use; parents pay nothing; no SGB XII
    Einkommensgrenze (the Kostenbeitrag follows §§ 135 ff. SGB IX)."""
    hzp = HilfeZurPflege(bedarf_monat=Decimal(2500), vermoegen=Decimal(70000))
    result = h.hilfe_zur_pflege(
        hzp, 4, False, parents("150000"), Wohnform.besondere_wohnform, D2023
    )
    assert result.besondere_wohnform.value
    assert amount(result.ungedeckt) == 2234
    assert amount(result.schonbetrag) == 61110  # type: ignore[arg-type]
    assert result.vermoegen_einzusetzen == 8890
    assert amount(result.elternbeitrag) == 0  # type: ignore[arg-type]
    assert result.einkommensgrenze is None and result.einsatz is None
    # At home the same family is in the SGB XII rules.
    home = h.hilfe_zur_pflege(hzp, 4, False, parents("150000"), Wohnform.zuhause, D2023)
    assert not home.besondere_wohnform.value
    assert amount(home.schonbetrag) == 10000  # type: ignore[arg-type]
    assert amount(home.elternbeitrag) == Decimal("42.20")  # type: ignore[arg-type]


def test_besondere_wohnform_with_grundsicherung_uses_no_assets() -> None:
    """§ 140 Abs. 3 with § 138 Abs. 1 Nr. 8 SGB IX: 2024, 42,420 × 1.5 = 63,630 € shown, yet
    nothing of 80,000 € is used while Grundsicherung is received; a minor's parents are not
    asked under § 94 SGB XII."""
    hzp = HilfeZurPflege(vermoegen=Decimal(80000), grundsicherung=True)
    result = h.hilfe_zur_pflege(hzp, 3, False, Eltern(), Wohnform.besondere_wohnform, D2024)
    assert amount(result.schonbetrag) == 63630  # type: ignore[arg-type]
    assert result.vermoegen_einzusetzen == 0
    minor = h.hilfe_zur_pflege(hzp, 3, True, Eltern(), Wohnform.besondere_wohnform, D2024)
    assert minor.elternbeitrag is None


@pytest.mark.parametrize(
    ("einkommen", "wohnform", "einsatz"),
    [
        # 2024, adult, rent 0, limit 1,126 €. Nursing home: § 88 Abs. 1 Satz 2 asks income
        # below the limit too, leaving the Barbetrag 27 % × 563 = 152.01 €.
        ("1000", Wohnform.vollstationaer, "847.99"),
        ("152.02", Wohnform.vollstationaer, "0.01"),
        ("152.01", Wohnform.vollstationaer, "0"),
        ("152.00", Wohnform.vollstationaer, "0"),
        # At home, PG 4: only 40 % of what lies above 1,126 € (§ 87 Abs. 1 Satz 3).
        ("1000", Wohnform.zuhause, "0"),
        ("1226", Wohnform.zuhause, "40.00"),
    ],
)
def test_income_below_the_limit_in_a_nursing_home(
    einkommen: str, wohnform: Wohnform, einsatz: str
) -> None:
    """Issue 9 item 5: in a care home income below the Einkommensgrenze is used too."""
    hzp = HilfeZurPflege(bedarf_monat=Decimal(3000), einkommen_monat=Decimal(einkommen))
    result = h.hilfe_zur_pflege(hzp, 4, False, Eltern(), wohnform, D2024)
    assert amount(result.einsatz) == Decimal(einsatz)  # type: ignore[arg-type]


def test_barbetrag_2023_and_minors_in_a_home_keep_the_limit() -> None:
    """2023: 27 % × 502 = 135.54 € stays (brochure E II 2 b); for a minor the Land fixes the
    Barbetrag, so the § 87 rule applies (1,000 € below the 1,004 € limit -> 0 €)."""
    hzp = HilfeZurPflege(einkommen_monat=Decimal(1000))
    adult = h.hilfe_zur_pflege(hzp, 4, False, Eltern(), Wohnform.vollstationaer, D2023)
    assert amount(adult.einsatz) == Decimal("864.46")  # type: ignore[arg-type]
    minor = h.hilfe_zur_pflege(hzp, 4, True, Eltern(), Wohnform.vollstationaer, D2023)
    assert amount(minor.einsatz) == 0  # type: ignore[arg-type]


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
    hzp = HilfeZurPflege(unterkunft_monat=Decimal(400))
    assert amount(h.einkommensgrenze(hzp, False, Eltern(), True, D2023)) == 1756


def test_einkommensgrenze_minor_2024() -> None:
    # § 85 Abs. 2: 1,126 + rent 600 + 395 × (one parent + child + 2 siblings = 4) = 3,306 €.
    eltern = Eltern(
        elternteil_1=Einkommen(betrag_jahr=Decimal(30000), art=Einkunftsart.sv_beschaeftigung),
        elternteil_2=Einkommen(betrag_jahr=Decimal(20000), art=Einkunftsart.sv_beschaeftigung),
        kinder_im_haushalt=3,
    )
    hzp = HilfeZurPflege(unterkunft_monat=Decimal(600))
    assert amount(h.einkommensgrenze(hzp, True, eltern, None, D2024)) == 3306
    single = Eltern(elternteil_1=eltern.elternteil_1, kinder_im_haushalt=1)
    assert amount(h.einkommensgrenze(hzp, True, single, None, D2024)) == 1126 + 600 + 395


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
    )
    result = h.hilfe_zur_pflege(hzp, 4, False, Eltern(), Wohnform.zuhause, D2023, partner=True)
    assert amount(result.ungedeckt) == 807
    assert amount(result.einsatz) == Decimal("177.60")  # type: ignore[arg-type]


BEIDE = Eltern(zusammenlebend=True, kinder_im_haushalt=1)


@pytest.mark.parametrize(
    ("eltern", "grenze", "schon"),
    [
        # § 85 Abs. 2 SGB XII, 2024, child aged 8, rent 800 €: 1,126 + 800 + 2 × 395 (one
        # parent, the child) = 2,716 €; § 1 DVO: 2 × 10,000 (both parents) + 500 (the child).
        (BEIDE, 2716, 20500),
        # The child counted or not in kinder_im_haushalt: the child itself always counts.
        (Eltern(zusammenlebend=True), 2716, 20500),
        # A sibling the parents mainly support: + 395 € and + 500 €.
        (Eltern(zusammenlebend=True, kinder_im_haushalt=2), 3111, 21000),
        # One parent (§ 85 Abs. 2 Satz 2): 1,126 + 800 + 395 = 2,321 €; 10,000 + 500.
        (Eltern(zusammenlebend=False, kinder_im_haushalt=1), 2321, 10500),
        # A link from before the question: both incomes given count as both parents.
        (
            Eltern(
                elternteil_1=Einkommen(betrag_jahr=Decimal(0), art=Einkunftsart.rente),
                elternteil_2=Einkommen(betrag_jahr=Decimal(0), art=Einkunftsart.rente),
            ),
            2716,
            20500,
        ),
    ],
)
def test_child_with_both_parents(eltern: Eltern, grenze: int, schon: int) -> None:
    """Issue 9 item 2: today 2,321 € and 10,500 € for a child living with both parents."""
    hzp = HilfeZurPflege(unterkunft_monat=Decimal(800))
    assert amount(h.einkommensgrenze(hzp, True, eltern, None, D2024)) == grenze
    assert amount(h.vermoegensschonbetrag(hzp, True, eltern, None, D2024)) == schon


@pytest.mark.parametrize(
    ("hzp", "minor", "eltern", "partner", "schon"),
    [
        (HilfeZurPflege(), False, Eltern(), None, 10000),
        (HilfeZurPflege(unterhaltene_personen=1), False, Eltern(), True, 20500),
        (HilfeZurPflege(vermoegen_aus_erwerb=Decimal(30000)), False, Eltern(), None, 35000),
        (HilfeZurPflege(vermoegen_aus_erwerb=Decimal(8000)), False, Eltern(), None, 18000),
        (
            HilfeZurPflege(vermoegen_aus_erwerb=Decimal(8000), grundsicherung=True),
            False,
            Eltern(),
            None,
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
            True,  # a minor's partner answer does not count: the parents' assets do
            21000,
        ),
    ],
)
def test_vermoegensschonbetrag(
    hzp: HilfeZurPflege, minor: bool, eltern: Eltern, partner: bool | None, schon: int
) -> None:
    assert amount(h.vermoegensschonbetrag(hzp, minor, eltern, partner, D2024)) == schon


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


@pytest.mark.parametrize(
    ("egh", "wohnform", "message"),
    [
        (False, Wohnform.besondere_wohnform, "step.hzp.lebenslagen_einrichtung"),
        (False, Wohnform.vollstationaer, "step.hzp.lebenslagen_einrichtung"),
        (False, Wohnform.zuhause, "step.hzp.lebenslagen_keine_egh"),
    ],
)
def test_lebenslagenmodell_reason_names_the_setting_first(
    egh: bool, wohnform: Wohnform, message: str
) -> None:
    """In a besondere Wohnform the Sozialhilfe rules must not be announced (§ 103 Abs. 1
    SGB IX applies there), whether or not Eingliederungshilfe came before pension age."""
    hzp = HilfeZurPflege(eingliederungshilfe_vor_rentenalter=egh)
    assert h.lebenslagenmodell(hzp, wohnform).steps[0].message == message


@pytest.mark.parametrize(
    ("partner", "grenze", "schon"),
    [
        # § 85 Abs. 1 SGB XII, 2024, adult, rent 500 €: Grundbetrag 2 × RBS 1 563 € = 1,126 €
        # + 500 € Unterkunft = 1,626 € alone; with the partner + Familienzuschlag 70 % × 563 €
        # = 394.10 €, rounded up to 395 € -> 2,021 €. § 90 Abs. 2 Nr. 9 SGB XII with § 1 DVO:
        # 10,000 € for the person, + 10,000 € for the partner -> 20,000 €.
        (None, 1626, 10000),  # not answered: no partner counted
        (False, 1626, 10000),
        (True, 2021, 20000),
    ],
)
def test_household_partner_answer_counts(partner: bool | None, grenze: int, schon: int) -> None:
    """Audit of issue 9, gap 2: the Hilfe zur Pflege read its own partner checkbox (hp), not
    the household's answer (pz): an adult with a partner got 1,626 € and 10,000 €."""
    hzp = HilfeZurPflege(unterkunft_monat=Decimal(500))
    assert amount(h.einkommensgrenze(hzp, False, Eltern(), partner, D2024)) == grenze
    assert amount(h.vermoegensschonbetrag(hzp, False, Eltern(), partner, D2024)) == schon

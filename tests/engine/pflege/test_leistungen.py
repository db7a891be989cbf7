"""What the Pflegegrad brings: amounts on the key dates, the brochure examples, the rules.

Amounts: shared/domain/parameters.md section 1 (copied by hand); examples: brochure B I.
Key dates of the issue: 31 Dec 2023, 1 Jan 2024, 1 Jan 2025, 1 Jul 2025 and today.
"""

from datetime import date
from decimal import Decimal

import pytest

from engine.household import Merkzeichen, Wohnform
from engine.pflege import leistungen as p
from engine.pflege.scenario import Pflege, Pflegeperson

DAYS = (
    date(2023, 12, 31),
    date(2024, 1, 1),
    date(2025, 1, 1),
    date(2025, 7, 1),
    date(2026, 11, 23),
)

# key -> grade -> amounts on DAYS
PER_GRADE = {
    "pflegegeld": {2: (316, 332, 347, 347, 347), 5: (901, 947, 990, 990, 990)},
    "pflegesachleistung": {3: (1363, 1432, 1497, 1497, 1497), 4: (1693, 1778, 1859, 1859, 1859)},
    "tages_nachtpflege": {2: (689, 689, 721, 721, 721), 5: (1995, 1995, 2085, 2085, 2085)},
    "vollstationaer": {3: (1262, 1262, 1319, 1319, 1319), 1: (125, 125, 131, 131, 131)},
}


def amount(leistung: p.Leistung) -> Decimal:
    assert leistung.betrag is not None, leistung.key
    return leistung.betrag.value.amount  # type: ignore[union-attr]


@pytest.mark.parametrize("index", range(len(DAYS)))
@pytest.mark.parametrize(("key", "grad"), [(k, g) for k, v in PER_GRADE.items() for g in v])
def test_amounts_on_key_dates(key: str, grad: int, index: int) -> None:
    on = DAYS[index]
    rule = {
        "pflegegeld": lambda: p.pflegegeld(grad, Decimal(0), on),
        "pflegesachleistung": lambda: p.pflegesachleistung(grad, Decimal(1), on),
        "tages_nachtpflege": lambda: p.tages_nachtpflege(grad, on),
        "vollstationaer": lambda: p.vollstationaere_pflege(grad, on),
    }[key]
    assert amount(rule()) == PER_GRADE[key][grad][index]


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        (lambda on: p.entlastungsbetrag(1, on), (125, 125, 131, 131, 131)),
        (lambda on: p.pflegehilfsmittel(1, True, on), (40, 40, 42, 42, 42)),
        (lambda on: p.wohnumfeldverbesserung(1, on), (4000, 4000, 4180, 4180, 4180)),
        (lambda on: p.wohngruppenzuschlag(2, Wohnform.wohngruppe, on), (214, 214, 224, 224, 224)),
        (lambda on: p.pflege_besondere_wohnform(3, None, on), (266, 266, 278, 278, 278)),
        (
            lambda on: p.umwandlungsanspruch(4, Decimal(0), on),
            ("677.20", "711.20", "743.60", "743.60", "743.60"),
        ),
        (lambda on: p.kurzzeitpflege_krankenkasse(None, on), (1774, 1774, 1854, 1854, 1854)),
    ],
)
def test_flat_amounts_on_key_dates(rule, expected) -> None:  # type: ignore[no-untyped-def]
    assert [amount(rule(on)) for on in DAYS] == [Decimal(str(v)) for v in expected]


def test_umwandlung_brochure_example() -> None:
    # Ratgeber B I 5 c: PG 4, Sachleistung 1,693 € -> up to 677.20 € a month.
    assert amount(p.umwandlungsanspruch(4, Decimal(0), date(2023, 6, 1))) == Decimal("677.20")


@pytest.mark.parametrize(
    ("genutzt", "betrag"),
    [
        ("0.80", "299.40"),  # issue 9 item 10: 20 % × 1,497 € (was 598.80 €)
        ("0.61", "583.83"),  # 39 % × 1,497 = 583.83 €
        ("0.60", "598.80"),  # 40 % × 1,497 = 598.80 €: the cap
        ("0.59", "598.80"),  # 41 % unused, still at most 40 %
        ("1", "0.00"),  # all used: nothing left to convert
    ],
)
def test_umwandlung_only_from_the_unused_sachleistung(genutzt: str, betrag: str) -> None:
    """§ 45a Abs. 4 Satz 1 SGB XI: PG 3, 2025, Sachleistung 1,497 €; only the share not
    used for the Pflegedienst converts, at most 40 %."""
    result = p.umwandlungsanspruch(3, Decimal(genutzt), date(2025, 3, 1))
    assert amount(result) == Decimal(betrag)


def test_kombinationsleistung_reduces_pflegegeld_by_the_share_used() -> None:
    # PG 3 in 2024: 60 % of 1,432 € used -> 859.20 €; Pflegegeld 573 € × 40 % = 229.20 €.
    on = date(2024, 5, 1)
    assert amount(p.pflegesachleistung(3, Decimal("0.6"), on)) == Decimal("859.20")
    assert amount(p.pflegegeld(3, Decimal("0.6"), on)) == Decimal("229.20")
    assert amount(p.pflegegeld(3, Decimal(1), on)) == 0
    assert amount(p.pflegegeld(3, Decimal(0), on)) == 573


@pytest.mark.parametrize("rule", [p.pflegegeld, p.pflegesachleistung])
def test_pflegegrad_1_gets_no_pflegegeld_or_sachleistung(rule) -> None:  # type: ignore[no-untyped-def]
    result = rule(1, Decimal(0), date(2024, 1, 1))
    assert not result.anspruch.value and result.betrag is None
    assert rule(2, Decimal(0), date(2024, 1, 1)).anspruch.value


def test_entlastungsbetrag_also_for_pflegegrad_1_not_without_grade() -> None:
    assert p.entlastungsbetrag(1, date(2024, 1, 1)).anspruch.value
    assert not p.entlastungsbetrag(None, date(2024, 1, 1)).anspruch.value


def test_pflegegeld_per_day_in_besondere_wohnform_brochure_example() -> None:
    # Ratgeber B I 9: PG 5, 901 € -> 30.03 € a day; 4 days (Fri–Mon, travel days full):
    # 901 × 4 / 30 = 120.133… -> 120.13 € (rounded once; 4 × 30.03 = 120.12 was wrong).
    result = p.pflegegeld_tage_zuhause(5, 4, date(2023, 3, 1))
    values = result.betrag.steps[-1].values  # type: ignore[union-attr]
    assert values["je_tag"].amount == Decimal("30.03")
    assert amount(result) == Decimal("120.13")


@pytest.mark.parametrize(
    ("tage", "betrag"),
    [
        (31, "901.00"),  # issue 9 item 9: at most the month (was 31 × 30.03 = 930.93 €)
        (30, "901.00"),  # 901 × 30 / 30
        (29, "870.97"),  # 901 × 29 / 30 = 870.966…
        (10, "300.33"),  # 901 × 10 / 30 = 300.333… (was 10 × 30.03 = 300.30 €)
        (0, "0.00"),
    ],
)
def test_pflegegeld_per_day_capped_and_rounded_once(tage: int, betrag: str) -> None:
    """§ 37 Abs. 2 Satz 1 and § 38 Satz 5 SGB XI: PG 5, 2023, a month counts 30 days."""
    assert amount(p.pflegegeld_tage_zuhause(5, tage, date(2023, 3, 1))) == Decimal(betrag)


def test_besondere_wohnform_15_percent_capped() -> None:
    on = date(2023, 3, 1)
    assert amount(p.pflege_besondere_wohnform(2, Decimal(1000), on)) == Decimal("150.00")
    assert amount(p.pflege_besondere_wohnform(2, Decimal("1773.33"), on)) == Decimal("266.00")
    assert amount(p.pflege_besondere_wohnform(2, Decimal(1774), on)) == 266


@pytest.mark.parametrize(
    ("grad", "alter", "on", "vp", "wochen"),
    [
        (2, 40, date(2023, 12, 31), 2418, 6),  # 1,612 + 806
        (4, 10, date(2023, 12, 31), 2418, 6),  # no under-25 rule before 2024
        (4, 24, date(2024, 1, 1), 3386, 8),  # 1,612 + 1,774 (PUEG)
        (4, 25, date(2024, 1, 1), 2418, 6),  # from the 25th birthday: general rule
        (3, 10, date(2024, 1, 1), 2418, 6),  # PG 3: general rule
        (5, 3, date(2025, 1, 1), 3539, 8),  # 1,685 + 1,854
        (2, 40, date(2025, 6, 30), 2528, 6),  # 1,685 + 843
    ],
)
def test_verhinderungspflege_until_june_2025(
    grad: int, alter: int, on: date, vp: int, wochen: int
) -> None:
    result = p.verhinderungspflege(grad, alter, on)
    assert result.anspruch.value and result.betrag is None  # the sum is the shared pot's
    steps = result.anspruch.steps
    step = next(s for s in steps if s.rule == "verhinderungspflege.betrag")
    assert step.values["gesamt"].amount == vp  # type: ignore[union-attr]
    assert step.values["wochen"].value == wochen  # type: ignore[union-attr]
    has_vorpflegezeit = any(s.rule.endswith("vorpflegezeit") for s in steps)
    assert has_vorpflegezeit == (wochen == 6)


@pytest.mark.parametrize(
    ("on", "kzp"), [(date(2023, 12, 31), 3386), (date(2024, 1, 1), 3386), (date(2025, 1, 1), 3539)]
)
def test_kurzzeitpflege_until_june_2025(on: date, kzp: int) -> None:
    step = p.kurzzeitpflege(2, on).anspruch.steps[-1]
    assert step.values["gesamt"].amount == kzp  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("grad", "alter", "on", "topf", "vp", "kzp"),
    [
        # § 39 Abs. 2 Satz 2, § 42 Abs. 2 Satz 4 SGB XI: what one uses of the other's amount
        # is deducted there. 2023: 1,612 + 1,774 = 3,386 € together; VP up to 1,612 + 806.
        (2, 40, date(2023, 12, 31), 3386, 2418, 3386),
        (3, 40, date(2024, 1, 1), 3386, 2418, 3386),
        # 2024, PG 4 under 25: VP may take all of the Kurzzeitpflege: 1,612 + 1,774.
        (4, 24, date(2024, 1, 1), 3386, 3386, 3386),
        # 1.1.–30.6.2025: 1,685 + 1,854 = 3,539 €; VP 1,685 + 843 = 2,528 € (PG 4/5 < 25: 3,539).
        (2, 40, date(2025, 1, 1), 3539, 2528, 3539),
        (5, 3, date(2025, 6, 30), 3539, 3539, 3539),
    ],
)
def test_one_pot_for_verhinderungs_and_kurzzeitpflege(
    grad: int, alter: int, on: date, topf: int, vp: int, kzp: int
) -> None:
    """Issue 9 item 11: 2025 H1 showed 3,539 € twice (reads as 7,078 €); one pot and its
    split instead. From 1.7.2025 the Gemeinsamer Jahresbetrag is 3,539 € (below)."""
    result = p.ersatzpflege_topf(grad, alter, on)
    assert amount(result) == topf
    split = result.betrag.steps[-1].values  # type: ignore[union-attr]
    assert (split["vp"].amount, split["kzp"].amount) == (vp, kzp)  # type: ignore[union-attr]
    ersatz = p.leistungen(grad, alter, True, Pflege(), None, (), on).ersatzpflege
    assert [x.key for x in ersatz if x.betrag is not None and x.betrag.value.per == "year"] == [
        "ersatzpflege_topf"
    ]


def test_gemeinsamer_jahresbetrag_from_july_2025() -> None:
    on = date(2025, 7, 1)
    result = p.gemeinsamer_jahresbetrag(2, on)
    assert amount(result) == 3539
    keys = [
        leistung.key for leistung in p.leistungen(2, 40, True, Pflege(), None, (), on).ersatzpflege
    ]
    assert keys[0] == "gemeinsamer_jahresbetrag"
    before = p.leistungen(2, 40, True, Pflege(), None, (), date(2025, 6, 30)).ersatzpflege
    assert [leistung.key for leistung in before][:3] == [
        "ersatzpflege_topf",
        "verhinderungspflege",
        "kurzzeitpflege",
    ]


def test_half_pflegegeld_during_replacement_care() -> None:
    assert amount(p.pflegegeld_bei_ersatzpflege(4, date(2023, 1, 1))) == Decimal("364.00")
    assert amount(p.pflegegeld_bei_ersatzpflege(5, date(2025, 1, 1))) == Decimal("495.00")


@pytest.mark.parametrize(
    ("on", "expected"),
    [(date(2025, 6, 30), "1200.00"), (date(2025, 7, 1), "1600.00")],  # 800 € × 1.5 / × 2
)
def test_replacement_care_by_close_relatives(on: date, expected: str) -> None:
    assert amount(p.ersatzpflege_angehoerige(4, on)) == Decimal(expected)


def test_hilfsmittel_co_payment_only_for_adults() -> None:
    adult = p.pflegehilfsmittel(2, True, date(2024, 1, 1)).betrag
    child = p.pflegehilfsmittel(2, False, date(2024, 1, 1)).betrag
    assert adult.steps[-1].message == "step.pflege.hilfsmittel_zuzahlung"  # type: ignore[union-attr]
    assert child.steps[-1].message == "step.pflege.hilfsmittel_keine_zuzahlung"  # type: ignore[union-attr]


def test_kurzzeitpflege_of_the_krankenkasse_only_without_grade_2_to_5() -> None:
    on = date(2024, 1, 1)
    assert p.kurzzeitpflege_krankenkasse(None, on).anspruch.value
    assert p.kurzzeitpflege_krankenkasse(1, on).anspruch.value
    assert not p.kurzzeitpflege_krankenkasse(2, on).anspruch.value


@pytest.mark.parametrize(
    ("grad", "merkzeichen", "mobil", "ok"),
    [
        (None, (), False, False),
        (2, (), True, False),
        (3, (), False, False),
        (3, (), True, True),
        (4, (), False, True),
        (5, (), False, True),
        (None, (Merkzeichen.aG,), False, True),
        (1, (Merkzeichen.Bl,), False, True),
        (2, (Merkzeichen.H,), False, True),
        # G, B or RF are not in § 8 Abs. 3 Krankentransport-Richtlinie.
        (2, (Merkzeichen.G, Merkzeichen.B, Merkzeichen.RF), False, False),
        (2, (Merkzeichen.G, Merkzeichen.aG), False, True),
    ],
)
def test_fahrkosten(grad: int | None, merkzeichen: tuple, mobil: bool, ok: bool) -> None:  # type: ignore[type-arg]
    assert p.fahrkosten(grad, merkzeichen, mobil).anspruch.value is ok


def person(
    stunden: str = "10", tage: int = 2, erwerb: str = "30", ag: int | None = None
) -> Pflegeperson:
    return Pflegeperson(
        pflege_stunden_woche=Decimal(stunden),
        pflege_tage_woche=tage,
        erwerb_stunden_woche=Decimal(erwerb),
        beschaeftigte_arbeitgeber=ag,
    )


@pytest.mark.parametrize(
    ("grad", "pp", "ok"),
    [
        (2, person(), True),
        (2, person(stunden="9.9"), False),
        (2, person(tage=1), False),
        (2, person(erwerb="30.1"), False),
        (1, person(), False),
        (5, person(stunden="40", tage=7, erwerb="0"), True),
    ],
)
def test_rentenversicherung_of_the_caregiver(grad: int, pp: Pflegeperson, ok: bool) -> None:
    assert p.rentenversicherung_pflegeperson(grad, pp, date(2024, 1, 1)).anspruch.value is ok


def test_unfallversicherung_needs_the_same_care_hours_not_the_work_limit() -> None:
    on = date(2024, 1, 1)
    assert p.unfallversicherung_pflegeperson(2, person(erwerb="40"), on).anspruch.value
    assert not p.unfallversicherung_pflegeperson(2, person(stunden="9"), on).anspruch.value


@pytest.mark.parametrize(
    ("beschaeftigte", "pflegezeit", "familienpflegezeit"),
    [
        (None, False, False),
        (15, False, False),
        (16, True, False),
        (25, True, False),
        (26, True, True),
    ],
)
def test_leave_by_employer_size(
    beschaeftigte: int | None, pflegezeit: bool, familienpflegezeit: bool
) -> None:
    on, pp = date(2024, 1, 1), person(ag=beschaeftigte)
    assert p.pflegezeit(1, pp, on).anspruch.value is pflegezeit
    assert p.familienpflegezeit(1, pp, on).anspruch.value is familienpflegezeit


def test_pflegeunterstuetzungsgeld_once_before_2024_every_year_after() -> None:
    pp = person(ag=3)
    before = p.kurzzeitige_arbeitsverhinderung(pp, date(2023, 12, 31))
    after = p.kurzzeitige_arbeitsverhinderung(pp, date(2024, 1, 1))
    assert before.anspruch.value and after.anspruch.value
    assert before.anspruch.steps[-1].message == "step.pflege.unterstuetzungsgeld_einmal"
    assert after.anspruch.steps[-1].message == "step.pflege.unterstuetzungsgeld_jahr"
    assert not p.kurzzeitige_arbeitsverhinderung(person(), date(2024, 1, 1)).anspruch.value


@pytest.mark.parametrize(
    ("wohnform", "keys"),
    [
        (None, {"pflegegeld", "pflegesachleistung", "entlastungsbetrag", "umwandlung"}),
        (Wohnform.wohngruppe, {"wohngruppenzuschlag", "anschubfinanzierung", "pflegegeld"}),
        (Wohnform.vollstationaer, {"vollstationaer", "leistungszuschlag"}),
        (Wohnform.besondere_wohnform, {"besondere_wohnform", "pflegegeld_tage"}),
    ],
)
def test_benefits_follow_the_living_situation(wohnform: Wohnform | None, keys: set[str]) -> None:
    result = p.leistungen(3, 30, True, Pflege(), wohnform, (), date(2024, 1, 1))
    found = {leistung.key for leistung in result.leistungen}
    assert keys <= found
    if wohnform in (Wohnform.vollstationaer, Wohnform.besondere_wohnform):
        assert "pflegegeld" not in found and not result.ersatzpflege


def test_monthly_chart_lists_only_paid_monthly_amounts() -> None:
    pflege = Pflege(sachleistung_anteil=Decimal("0.5"))
    result = p.leistungen(2, 30, True, pflege, None, (), date(2024, 1, 1))
    monthly = {leistung.key: amount(leistung) for leistung in result.monatlich()}
    assert monthly == {
        "pflegegeld": Decimal("166.00"),
        "pflegesachleistung": Decimal("380.50"),
        "entlastungsbetrag": 125,
        "pflegehilfsmittel": 40,
    }


@pytest.mark.parametrize(
    ("on", "monate", "anteil"),
    [
        # § 43c SGB XI (GVWG) 2023: ≤ 12 months 5 %, > 12: 25 %, > 24: 45 %, > 36: 70 %.
        (date(2023, 12, 31), 12, "0.05"),
        (date(2023, 12, 31), 13, "0.25"),
        (date(2023, 12, 31), 37, "0.70"),
        # PUEG from 1.1.2024: 15 / 30 / 50 / 75 %, thresholds unchanged.
        (date(2024, 1, 1), 0, "0.15"),
        (date(2024, 1, 1), 12, "0.15"),
        (date(2024, 1, 1), 13, "0.30"),
        (date(2024, 1, 1), 24, "0.30"),
        (date(2024, 1, 1), 25, "0.50"),
        (date(2024, 1, 1), 36, "0.50"),
        (date(2024, 1, 1), 37, "0.75"),
    ],
)
def test_leistungszuschlag_share_by_months(on: date, monate: int, anteil: str) -> None:
    share, step = p.leistungszuschlag_anteil(monate, on)
    assert share.value == Decimal(anteil)
    assert step.values["anteil"].value == Decimal(anteil)  # type: ignore[union-attr]


def test_leistungszuschlag_in_euros_only_with_the_eigenanteil() -> None:
    """§ 43c SGB XI, 2024, 13 months: Eigenanteil 1,200 € × 30 % = 360 €, 840 € to pay;
    without the bill's Eigenanteil only the share is shown; no Zuschlag below PG 2."""
    on = date(2024, 6, 1)
    euros = p.leistungszuschlag(4, 13, Decimal(1200), on)
    assert amount(euros) == 360
    assert euros.betrag.steps[-1].values["rest"].amount == 840  # type: ignore[union-attr]
    share = p.leistungszuschlag(4, 13, None, on)
    assert share.anspruch.value and share.betrag is None
    assert share.anspruch.steps[-1].values["anteil"].value == Decimal("0.30")  # type: ignore[union-attr]
    assert not p.leistungszuschlag(1, 13, Decimal(1200), on).anspruch.value

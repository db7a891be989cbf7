"""Kinder und Jugendliche: Kindergeld by date and the adult-child test (§ 32 Abs. 4 Satz 1
Nr. 3 EStG), the parents' benefits of the Krankenkasse (§§ 38, 43, 45 SGB V), the
Frühförderung / Kita / Schule switch and the Verfahrenslotse. Amounts: parameters.md
sections 5 and 7; ages: the day before and the day of each birthday."""

from datetime import date
from decimal import Decimal

import pytest

from engine.eingliederungshilfe.scenario import Behinderungsart, Eingliederungshilfe
from engine.evaluate import evaluate_kinder
from engine.explain import Count, Money, Term
from engine.household import Aufenthalt, Merkzeichen, Person
from engine.kinder import rules as r
from engine.kinder.beispiele import BEISPIELE
from engine.kinder.ergebnis import kindergeld
from engine.kinder.scenario import Kinder
from engine.parameters import NotCovered, NotCoveredResult
from engine.scenario import Scenario

D = Decimal


@pytest.mark.parametrize(
    ("day", "betrag"),
    [
        (date(2023, 1, 1), 250),
        (date(2024, 12, 31), 250),
        (date(2025, 1, 1), 255),
        (date(2025, 12, 31), 255),
        (date(2026, 1, 1), 259),
        (date(2026, 12, 31), 259),
    ],
    ids=str,
)
def test_kindergeld_by_date(day: date, betrag: int) -> None:
    """§ 66 Abs. 1 EStG: 250 € (2023, 2024), 255 € (2025), 259 € (2026)."""
    assert r.kindergeld_monat(day).value == Money(amount=D(betrag), per="month")


@pytest.mark.parametrize("day", [date(2022, 12, 31), date(2027, 1, 1)], ids=str)
def test_kindergeld_outside_the_data(day: date) -> None:
    with pytest.raises(NotCovered):
        r.kindergeld_monat(day)


@pytest.mark.parametrize(
    ("geburtsdatum", "monat", "counted"),
    [
        # Born 15.3.2008: 18 on 15.3.2026; at the beginning of March still 17 → March counts.
        (date(2008, 3, 15), date(2026, 3, 31), True),
        (date(2008, 3, 15), date(2026, 4, 1), False),
        # Born 1.3.2008: the 18th year is completed when 1.3.2026 begins → March no longer.
        (date(2008, 3, 1), date(2026, 2, 28), True),
        (date(2008, 3, 1), date(2026, 3, 1), False),
        # The month of birth counts (§ 32 Abs. 3 EStG).
        (date(2025, 5, 20), date(2025, 5, 1), True),
    ],
    ids=str,
)
def test_minor_counts_month_by_month(geburtsdatum: date, monat: date, counted: bool) -> None:
    """§ 32 Abs. 3 EStG: every month at whose beginning the child has not completed 18."""
    assert r.kind_ohne_weiteres(geburtsdatum, monat) is counted


@pytest.mark.parametrize(
    ("vor_25", "on", "ok"),
    [
        (False, date(2026, 5, 19), True),  # 24 years: a disability now arises before 25
        (False, date(2026, 5, 20), False),  # 25th birthday: only with the disability earlier
        (True, date(2026, 5, 20), True),
        (True, date(2026, 12, 31), True),  # no age limit for the child itself
    ],
    ids=str,
)
def test_disability_before_25(vor_25: bool, on: date, ok: bool) -> None:
    """§ 32 Abs. 4 Satz 1 Nr. 3 Halbsatz 2 EStG; child born 20.5.2001 (25 on 20.5.2026)."""
    assert r.behinderung_rechtzeitig(vor_25, date(2001, 5, 20), on).value is ok


ADULT = date(2001, 5, 20)  # 24 or 25 in 2023–2026, disability since birth


def adult_case(
    on: date,
    *,
    gdb: int | None = None,
    merkzeichen: tuple[Merkzeichen, ...] = (),
    pflegegrad: int | None = None,
    **kinder: object,
):
    person = Person(geburtsdatum=ADULT, gdb=gdb, merkzeichen=merkzeichen, pflegegrad=pflegegrad)
    return kindergeld(ADULT, Kinder(behinderung_vor_25=True, **kinder), person, Aufenthalt(), on)


# Hand computations (monthly, to the cent): Grundbedarf = Grundfreibetrag / 12
# (2023: 10,908 / 12 = 909.00; 2024: 11,784 / 12 = 982.00; 2025: 12,096 / 12 = 1,008.00;
# 2026: 12,348 / 12 = 1,029.00), Mehrbedarf = Behinderten-Pauschbetrag / 12 (GdB 50:
# 1,140 / 12 = 95.00; GdB 80: 2,120 / 12 = 176.67; H or Pflegegrad 4/5: 7,400 / 12 = 616.67).
KINDERGELD_CASES = [
    # 1 below the need, 2026: need 1,029.00 + 95.00 = 1,124.00; means 1,123.99 → claim 259 €.
    (date(2026, 6, 1), {"gdb": 50, "einkommen_monat": D("1123.99")}, "1124.00", "1123.99", 259),
    # 2 at the need: 1,124.00 cover 1,124.00 → no claim.
    (date(2026, 6, 1), {"gdb": 50, "einkommen_monat": D("1124.00")}, "1124.00", "1124.00", 0),
    # 3 above the need: 1,124.01 → no claim.
    (date(2026, 6, 1), {"gdb": 50, "einkommen_monat": D("1124.01")}, "1124.00", "1124.01", 0),
    # 4 with Pflegegeld, 2026: Pflegegrad 3, Pflegegeld 599 € counted on both sides;
    # need 1,029.00 + 616.67 (H) + 599.00 = 2,244.67; means Werkstatt 300 + 599 = 899 → 259 €.
    (
        date(2026, 6, 1),
        {
            "gdb": 100,
            "merkzeichen": (Merkzeichen.H,),
            "pflegegrad": 3,
            "pflegegeld": True,
            "einkommen_monat": D(300),
        },
        "2244.67",
        "899.00",
        259,
    ),
    # 5 Werkstatt income and Grundsicherung, 2025: need 1,008.00 + 176.67 (GdB 80)
    # = 1,184.67; means 250 + 800 = 1,050 → 255 €.
    (
        date(2025, 6, 1),
        {"gdb": 80, "einkommen_monat": D(250), "grundsicherung_monat": D(800)},
        "1184.67",
        "1050",
        255,
    ),
    # 6 Grundsicherung, 2024: need 982.00 + 616.67 (Pflegegrad 4) = 1,598.67; means
    # Grundsicherung 1,100 + income 500 = 1,600 ≥ need → no claim.
    (
        date(2024, 6, 1),
        {"pflegegrad": 4, "einkommen_monat": D(500), "grundsicherung_monat": D(1100)},
        "1598.67",
        "1600",
        0,
    ),
    # 7 the 2024 Grundfreibetrag raised retroactively: need 982.00 (no GdB, no Pauschbetrag);
    # income 970 → claim 250 €. With the guide's 11,604 € (967.00) there would be none.
    (date(2024, 6, 1), {"einkommen_monat": D(970)}, "982.00", "970", 250),
    # 8 individual costs instead of the Pauschbetrag, 2023: need 909.00 + 800.00 = 1,709.00;
    # means 1,708.99 → claim 250 €.
    (
        date(2023, 6, 1),
        {"gdb": 100, "mehrbedarf_monat": D(800), "einkommen_monat": D("1708.99")},
        "1709.00",
        "1708.99",
        250,
    ),
]


@pytest.mark.parametrize(
    ("on", "facts", "bedarf", "mittel", "betrag"),
    KINDERGELD_CASES,
    ids=[str(i) for i in range(1, 9)],
)
def test_adult_child_need_against_means(
    on: date, facts: dict, bedarf: str, mittel: str, betrag: int
) -> None:
    result = adult_case(on, **facts)
    assert result.volljaehrig
    assert result.lebensbedarf is not None
    assert result.lebensbedarf.bedarf == D(bedarf)
    assert result.lebensbedarf.mittel == D(mittel)
    assert result.betrag.value == Money(amount=D(betrag), per="month")
    assert result.pruefung is not None and result.pruefung.value is (betrag > 0)
    assert [s.rule for s in result.pruefung.steps][-1] == "kinder.kindergeld.vergleich"


def test_pflegegeld_is_neutral() -> None:
    """Case 4 without Pflegegeld: need 1,645.67, means 300 — the same claim."""
    facts = {"gdb": 100, "merkzeichen": (Merkzeichen.H,), "pflegegrad": 3}
    mit = adult_case(date(2026, 6, 1), pflegegeld=True, einkommen_monat=D(300), **facts)
    ohne = adult_case(date(2026, 6, 1), einkommen_monat=D(300), **facts)
    assert mit.lebensbedarf.bedarf - mit.lebensbedarf.mittel == D("1345.67")
    assert ohne.lebensbedarf.bedarf - ohne.lebensbedarf.mittel == D("1345.67")


def test_month_by_month_around_the_18th_birthday() -> None:
    """Born 15.6.2008, 18 on 15.6.2026: January to June 2026 as a minor (259 € each), from
    July the test; means 1,200 ≥ need 1,029.00 + 95.00 = 1,124.00 → 0 € from July."""
    person = Person(geburtsdatum=date(2008, 6, 15), gdb=50)
    kinder = Kinder(behinderung_vor_25=True, einkommen_monat=D(1200))
    result = kindergeld(date(2008, 6, 15), kinder, person, Aufenthalt(), date(2026, 6, 30))
    assert [m.minderjaehrig for m in result.monate] == [True] * 6 + [False] * 6
    assert [m.kindergeld for m in result.monate] == [D(259)] * 6 + [D(0)] * 6
    assert not result.volljaehrig  # June still counts as a minor's month
    juli = kindergeld(date(2008, 6, 15), kinder, person, Aufenthalt(), date(2026, 7, 1))
    assert juli.volljaehrig and juli.betrag.value == Money(amount=D(0), per="month")


def test_late_disability_gives_no_claim() -> None:
    """Disability after 25 (flag not set) on the 25th birthday: no test, no Kindergeld."""
    person = Person(geburtsdatum=ADULT, gdb=100)
    result = kindergeld(ADULT, Kinder(), person, Aufenthalt(), date(2026, 5, 20))
    assert result.behinderung is not None and not result.behinderung.value
    assert result.betrag.value == Money(amount=D(0), per="month")


# ---- parents' benefits -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("on", "allein", "kinder", "tage"),
    [
        (date(2023, 12, 31), False, 1, 30),
        (date(2024, 1, 1), False, 1, 15),
        (date(2023, 12, 31), True, 1, 60),
        (date(2024, 1, 1), True, 1, 30),
        (date(2023, 6, 1), False, 3, 65),  # 3 × 30 = 90, at most 65
        (date(2024, 6, 1), False, 3, 35),  # 3 × 15 = 45, at most 35
        (date(2024, 6, 1), False, 2, 30),  # 2 × 15 = 30, under 35
        (date(2023, 6, 1), True, 3, 130),  # 3 × 60 = 180, at most 130
        (date(2025, 12, 31), True, 3, 70),  # 3 × 30 = 90, at most 70
        (date(2026, 1, 1), False, 1, 15),  # extended for 2026 (not back to 10)
        (date(2026, 12, 31), True, 1, 30),
    ],
    ids=str,
)
def test_kinderkrankengeld_days(on: date, allein: bool, kinder: int, tage: int) -> None:
    """§ 45 Abs. 2, 2a SGB V: 30 / 60 (65 / 130) in 2023, 15 / 30 (35 / 70) 2024–2026."""
    result = r.kinderkrankengeld_tage(5, False, allein, kinder, on)
    assert result.value == Count(value=tage, unit="working_days")


@pytest.mark.parametrize(
    ("on", "hilfe", "tage"),
    [
        (date(2026, 3, 9), False, 15),  # day before the 12th birthday
        (date(2026, 3, 10), False, 0),  # 12th birthday
        (date(2026, 3, 10), True, 15),  # disabled and dependent on help: no age limit
    ],
    ids=str,
)
def test_kinderkrankengeld_age(on: date, hilfe: bool, tage: int) -> None:
    """§ 45 Abs. 1 Satz 1 SGB V; child born 10.3.2014."""
    alter = 11 if on < date(2026, 3, 10) else 12
    assert r.kinderkrankengeld_tage(alter, hilfe, False, 1, on).value.value == tage


@pytest.mark.parametrize(
    ("alter", "hilfe", "wochen"), [(11, False, 26), (12, False, 4), (12, True, 26), (30, True, 26)]
)
def test_haushaltshilfe(alter: int, hilfe: bool, wochen: int) -> None:
    """§ 38 Abs. 1 Satz 2–4 SGB V: 26 weeks with a child under 12 or disabled and
    dependent on help, otherwise 4."""
    assert r.haushaltshilfe(alter, hilfe, date(2026, 6, 1)).value == Count(
        value=wochen, unit="weeks"
    )


@pytest.mark.parametrize(
    ("alter", "ok", "message"),
    [
        (13, True, "step.kinder.nachsorge_ja"),
        (14, True, "step.kinder.nachsorge_schwer"),
        (17, True, "step.kinder.nachsorge_schwer"),
        (18, False, "step.kinder.nachsorge_nein"),
    ],
)
def test_nachsorge(alter: int, ok: bool, message: str) -> None:
    """§ 43 Abs. 2 SGB V: under 14, in besonders schwerwiegenden Fällen under 18."""
    result = r.nachsorge(alter, date(2026, 6, 1))
    assert result.value is ok and result.steps[0].message == message


def test_mitaufnahme() -> None:
    """§ 11 Abs. 3 SGB V always; § 44b Krankengeld only with Eingliederungshilfe."""
    assert r.mitaufnahme(True).value and not r.mitaufnahme(False).value


@pytest.mark.parametrize(
    ("on", "jung", "ok"),
    [
        (date(2023, 12, 31), True, False),
        (date(2024, 1, 1), True, True),
        (date(2024, 1, 1), False, False),
    ],
    ids=str,
)
def test_verfahrenslotse(on: date, jung: bool, ok: bool) -> None:
    """§ 10b SGB VIII in force since 1.1.2024, for junge Menschen (under 27)."""
    assert r.verfahrenslotse(jung, on).value is ok


@pytest.mark.parametrize(
    ("on", "vorher"), [(date(2025, 7, 31), True), (date(2025, 8, 1), False)], ids=str
)
def test_school_entry_switches_fruehfoerderung_to_schule(on: date, vorher: bool) -> None:
    """§ 79, § 138 Abs. 1 Nr. 1 SGB IX before school entry; § 112, Nr. 4 from it."""
    einschulung = date(2025, 8, 1)
    assert r.fruehfoerderung(einschulung, 6, on).value is vorher
    assert r.kita(einschulung, 6, on).value is vorher
    assert r.schule(einschulung, 6, on).value is not vorher


@pytest.mark.parametrize(("alter", "vorher"), [(6, True), (7, False), (24, False)])
def test_without_school_entry_the_age_decides(alter: int, vorher: bool) -> None:
    """By the completed 7th year every child is schulpflichtig (Schulgesetze der Länder)."""
    assert r.vor_der_schule(None, alter, date(2026, 6, 1)) is vorher
    assert r.schule(None, alter, date(2026, 6, 1)).value is not vorher


# ---- evaluate --------------------------------------------------------------------------


def scenario(**person: object) -> Scenario:
    return Scenario(
        person=Person(**person),
        eingliederungshilfe=Eingliederungshilfe(behinderungsart=Behinderungsart.seelisch),
    )


def test_evaluate_reuses_responsibility_and_short_term_care() -> None:
    """A 10-year-old with a seelische Behinderung: Jugendamt (§ 35a SGB VIII); without a
    Pflegegrad 2–5 the Krankenkasse's Kurzzeitpflege (§ 39c SGB V) applies."""
    result = evaluate_kinder(scenario(geburtsdatum=date(2016, 1, 1)), date(2026, 6, 1))
    assert result.zustaendigkeit.value == Term(key="traeger.jugendamt")
    assert result.kurzzeitpflege.anspruch.value
    assert result.alter == 10


def test_evaluate_without_birth_date_and_outside_the_data() -> None:
    assert evaluate_kinder(Scenario(), date(2026, 6, 1)) is None
    gap = evaluate_kinder(scenario(geburtsdatum=date(2016, 1, 1)), date(2027, 1, 1))
    assert isinstance(gap, NotCoveredResult)


def test_presets_as_the_guide_describes_them() -> None:
    """Baby: 2 children × 15 = 30 days; Schulkind: single parent, 30 days, Schulbegleitung
    free; Werkstatt: need 2,244.67 > means 1,599 → 259 € (2026)."""
    ergebnisse = {n: evaluate_kinder(b.scenario, b.rechtsstand) for n, b in BEISPIELE.items()}
    assert ergebnisse["baby"].alter == 0 and ergebnisse["baby"].fruehfoerderung.value
    assert ergebnisse["baby"].kinderkrankengeld.value.value == 30
    assert ergebnisse["schulkind"].schule.value
    assert ergebnisse["schulkind"].kinderkrankengeld.value.value == 30
    werkstatt = ergebnisse["werkstatt"].kindergeld
    assert werkstatt.lebensbedarf.bedarf == D("2244.67")
    assert werkstatt.lebensbedarf.mittel == D("1599")
    assert werkstatt.betrag.value == Money(amount=D(259), per="month")

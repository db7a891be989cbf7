"""Grundsicherung bei Erwerbsminderung (§§ 41 ff. SGB XII) to the cent: hand-computed cases
across 2023–2026 and the three living situations, each written out; both sides of every
boundary (assets 10,000 €, the parents' 100,000 €, the Werkstatt deduction, § 42a Abs. 5).

Amounts used: RBS 1/2 502/451 (2023), 563/506 (2024–2026); lunch per day 3.80 (2023),
4.13 (2024), 4.40 (2025), 4.57 (2026); Grundbetrag = Ausbildungsgeld 126, from 1.8.2024 133.
1/8 of RBS 1: 502/8 = 62.75 (2023); 563/8 = 70.375 → 70.38 (2024–2026).
"""

from datetime import date
from decimal import Decimal

import pytest

from engine.arbeit.grundsicherung import (
    absetzung_erwerb,
    absetzung_werkstatt,
    elternunterhalt,
    kdu_besondere_wohnform,
)
from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.evaluate import evaluate_arbeit
from engine.household import Einkommen, Einkunftsart, Eltern, Merkzeichen, Person, Wohnform
from engine.scenario import Scenario

D = Decimal
AB = Arbeitsweg.werkstatt_arbeitsbereich


def _gs(scenario: Scenario, on: date):
    result = evaluate_arbeit(scenario, on)
    return result.grundsicherung


def _scenario(arbeit: Arbeit, **person) -> Scenario:
    return Scenario(person=Person(geburtsdatum=date(1996, 5, 1), **person), arbeit=arbeit)


OWN_FLAT_G = _scenario(
    Arbeit(weg=AB, steigerungsbetrag=D(100), mittagessen_tage=20, miete=D(450)),
    merkzeichen=(Merkzeichen.G,),
)
BBB_PARENTS = Scenario(
    person=Person(geburtsdatum=date(2004, 3, 1)),
    arbeit=Arbeit(
        weg=Arbeitsweg.werkstatt_berufsbildung,
        mittagessen_tage=18,
        bei_eltern=True,
        personen_haushalt=3,
        kdu_angemessen=D(600),
        kdu_angemessen_ohne=D(500),
        heizkosten=D(120),
    ),
)
BW_2025 = _scenario(
    Arbeit(
        weg=AB,
        steigerungsbetrag=D(200),
        mittagessen_tage=20,
        miete=D(520),
        warmmiete_durchschnitt=D(440),
        zuschlaege_nachgewiesen=True,
    ),
    wohnform=Wohnform.besondere_wohnform,
)
BW_2026 = _scenario(
    Arbeit(weg=AB, mittagessen_tage=21, miete=D(600), warmmiete_durchschnitt=D(450)),
    wohnform=Wohnform.besondere_wohnform,
    merkzeichen=(Merkzeichen.aG,),
)
BW_2026_ZUSCHLAG = BW_2026.with_value(("arbeit", "zuschlaege_nachgewiesen"), True)
BUDGET = _scenario(
    Arbeit(
        weg=Arbeitsweg.budget_fuer_arbeit, erwerbsfaehig=False, arbeitsentgelt=D(1200), miete=D(500)
    )
)
PARENTS_CONTRACT = _scenario(
    Arbeit(
        weg=AB,
        steigerungsbetrag=D(50),
        bei_eltern=True,
        mietvertrag=True,
        miete=D(350),
        personen_haushalt=3,
        kdu_angemessen=D(750),
        heizkosten=D(150),
    )
)
CAPPED = _scenario(
    Arbeit(weg=Arbeitsweg.tagesfoerderstaette, ernaehrung=D(500)), merkzeichen=(Merkzeichen.G,)
)

CASES = [
    (
        OWN_FLAT_G,
        date(2024, 3, 1),
        "1191.31",
        "77.81",
        "1113.50",
        """Own flat, Arbeitsbereich, G, 2024 before August: Entgelt 126 + 100 = 226.
        Need 563 + 17 % × 563 = 95.71 + 20 × 4.13 = 82.60 + rent 450 = 1,191.31.
        Deduction 70.38 + (226 − 70.38) / 2 = 70.38 + 77.81 = 148.19; counted 77.81.
        Paid 1,191.31 − 77.81 = 1,113.50.""",
    ),
    (
        OWN_FLAT_G,
        date(2024, 7, 31),
        "1191.31",
        "77.81",
        "1113.50",
        "The day before the Grundbetrag rises: as above.",
    ),
    (
        OWN_FLAT_G,
        date(2024, 8, 1),
        "1191.31",
        "81.31",
        "1110.00",
        """From 1.8.2024 Grundbetrag 133: Entgelt 233; deduction 70.38 + 162.62 / 2 = 70.38
        + 81.31 = 151.69; counted 81.31; paid 1,191.31 − 81.31 = 1,110.00.""",
    ),
    (
        BBB_PARENTS,
        date(2023, 6, 1),
        "690.40",
        "126",
        "564.40",
        """19 years, Berufsbildungsbereich (§ 41 Abs. 3a), with the parents, no contract:
        RBS 1 502 + lunch 18 × 3.80 = 68.40 + KdU § 42a Abs. 3: 600 − 500 = 100, heating
        120 × 100 / 600 = 20 → 120; need 690.40. Ausbildungsgeld 126 counts in full.
        Paid 690.40 − 126 = 564.40.""",
    ),
    (
        BW_2025,
        date(2025, 2, 1),
        "1114.00",
        "131.31",
        "982.69",
        """Besondere Wohnform, Arbeitsbereich, Steigerung 200: Entgelt 333, AFöG 351 − 333
        = 18 (not counted). Need RBS 2 506 + 20 × 4.40 = 88 + rent 520 (≤ 125 % × 440 =
        550, contract shows the extras) = 1,114.00. Deduction 70.38 + 262.62 / 2 = 201.69;
        counted 131.31; paid 982.69.""",
    ),
    (
        BW_2026,
        date(2026, 5, 1),
        "1137.99",
        "31.31",
        "1106.68",
        """Besondere Wohnform, aG, 2026: Entgelt 133. Need 506 + 17 % × 506 = 86.02 + 21 ×
        4.57 = 95.97 + rent capped at the average 450 (no extras shown) = 1,137.99.
        Deduction 70.38 + 62.62 / 2 = 101.69; counted 31.31; paid 1,106.68.""",
    ),
    (
        BW_2026_ZUSCHLAG,
        date(2026, 5, 1),
        "1250.49",
        "31.31",
        "1219.18",
        """As above with the extras shown in the contract: rent up to 125 % × 450 = 562.50
        (of 600; the Eingliederungshilfe pays 37.50); need 1,250.49; paid 1,219.18.""",
    ),
    (
        BUDGET,
        date(2026, 1, 1),
        "1063",
        "918.50",
        "144.50",
        """Budget für Arbeit, voll erwerbsgemindert, own flat: net pay 1,200; § 82 Abs. 3
        Satz 1: 30 % = 360, at most 50 % × 563 = 281.50; counted 918.50. Need 563 + 500 =
        1,063; paid 144.50.""",
    ),
    (
        PARENTS_CONTRACT,
        date(2023, 12, 31),
        "802",
        "56.62",
        "745.38",
        """With the parents, rent contract (§ 42a Abs. 4): owed 350, per-head share (750 +
        150) / 3 = 300 → 300. 2023: need 502 + 300 = 802. Entgelt 126 + 50 = 176;
        deduction 62.75 + 113.25 / 2 = 62.75 + 56.63 = 119.38; counted 56.62; paid 745.38.""",
    ),
    (
        PARENTS_CONTRACT,
        date(2024, 1, 1),
        "863",
        "52.81",
        "810.19",
        """The same on 1.1.2024: need 563 + 300 = 863; deduction 70.38 + 105.62 / 2 = 123.19;
        counted 52.81; paid 810.19.""",
    ),
    (
        CAPPED,
        date(2025, 7, 1),
        "1126.00",
        "0",
        "1126.00",
        """Tagesförderstätte, G and costly food 500: § 30 Mehrbedarfe 95.71 + 500 = 595.71,
        capped at RBS 1 563 (§ 42b Abs. 4); need 563 + 563 = 1,126.00, no income.""",
    ),
]


@pytest.mark.parametrize(
    ("scenario", "on", "bedarf", "einkommen", "zahl", "rechnung"),
    CASES,
    ids=[f"{c[1]}-{i}" for i, c in enumerate(CASES)],
)
def test_month_to_the_cent(scenario, on, bedarf, einkommen, zahl, rechnung) -> None:
    gs = _gs(scenario, on)
    assert gs.gesamtbedarf.amount == D(bedarf), rechnung
    assert gs.einkommen_angerechnet.amount == D(einkommen), rechnung
    assert gs.zahlbetrag.value.amount == D(zahl), rechnung


def test_eingliederungshilfe_pays_above_125_percent() -> None:
    """600 − 1.25 × 450 = 37.50 (§ 42a Abs. 6 Satz 2 SGB XII)."""
    gs = _gs(BW_2026_ZUSCHLAG, date(2026, 5, 1))
    assert gs.eingliederungshilfe_wohnkosten.value.amount == D("37.50")


@pytest.mark.parametrize(
    ("miete", "nachgewiesen", "kdu"),
    [
        ("450.00", False, "450.00"),
        ("450.01", False, "450.00"),
        ("562.50", True, "562.50"),
        ("562.51", True, "562.50"),
    ],
)
def test_besondere_wohnform_limits(miete: str, nachgewiesen: bool, kdu: str) -> None:
    """100 % of the average 450 without extras shown; 125 % = 562.50 with them."""
    arbeit = Arbeit(
        miete=D(miete), warmmiete_durchschnitt=D(450), zuschlaege_nachgewiesen=nachgewiesen
    )
    result = kdu_besondere_wohnform(arbeit, date(2026, 1, 1))
    assert result.grundsicherung.value.amount == D(kdu)


@pytest.mark.parametrize(
    ("vermoegen", "zahl"), [("10000.00", "1113.50"), ("10000.01", "0")], ids=str
)
def test_assets_both_sides_of_10000(vermoegen: str, zahl: str) -> None:
    """§ 90 Abs. 2 Nr. 9 SGB XII: 10,000 € protected; one cent more is to be used first."""
    scenario = OWN_FLAT_G.with_value(("arbeit", "vermoegen"), vermoegen)
    gs = _gs(scenario, date(2024, 3, 1))
    assert gs.vermoegen.value is (zahl != "0")
    assert gs.zahlbetrag.value.amount == D(zahl)


@pytest.mark.parametrize(
    ("einkommen", "ueber"), [("100000.00", False), ("100000.01", True)], ids=str
)
def test_parents_income_both_sides_of_100000(einkommen: str, ueber: bool) -> None:
    """§ 94 Abs. 1a SGB XII: "jeweils mehr als 100 000 Euro" — each parent on their own."""
    eltern = Eltern(
        elternteil_1=Einkommen(betrag_jahr=D(einkommen), art=Einkunftsart.sv_beschaeftigung),
        elternteil_2=Einkommen(betrag_jahr=D(90000), art=Einkunftsart.sv_beschaeftigung),
    )
    assert elternunterhalt(eltern, date(2025, 1, 1)).value is ueber


def test_parents_income_does_not_change_the_payment() -> None:
    """Above the limit the claim may pass to the Sozialamt; the payment stays."""
    rich = OWN_FLAT_G.with_value(
        ("eltern", "elternteil_1"), {"betrag_jahr": "150000", "art": "sv_beschaeftigung"}
    )
    gs = _gs(rich, date(2024, 3, 1))
    assert gs.elternunterhalt.value is True
    assert gs.zahlbetrag.value.amount == D("1113.50")


@pytest.mark.parametrize(
    ("entgelt", "on", "absetzung"),
    [
        ("62.75", date(2023, 12, 31), "62.75"),  # all of it up to 1/8 of 502
        ("62.76", date(2023, 12, 31), "62.76"),  # 62.75 + 0.01 / 2 = 0.005 → 0.01
        ("70.38", date(2024, 1, 1), "70.38"),
        ("70.39", date(2024, 1, 1), "70.39"),  # 70.38 + 0.005 → 0.01
        ("70.40", date(2024, 1, 1), "70.39"),  # 70.38 + 0.01
        ("500", date(2026, 12, 31), "285.19"),  # 70.38 + 429.62 / 2 = 214.81
    ],
)
def test_werkstatt_deduction(entgelt: str, on: date, absetzung: str) -> None:
    """§ 82 Abs. 3 Satz 2 SGB XII: 1/8 of RBS 1 plus half of the rest."""
    assert absetzung_werkstatt(D(entgelt), on).value.amount == D(absetzung)


@pytest.mark.parametrize(
    ("entgelt", "absetzung"), [("938.00", "281.40"), ("938.33", "281.50"), ("938.34", "281.50")]
)
def test_earnings_deduction_cap(entgelt: str, absetzung: str) -> None:
    """§ 82 Abs. 3 Satz 1: 30 %, at most 50 % × 563 = 281.50 (reached at 938.33)."""
    assert absetzung_erwerb(D(entgelt), date(2025, 6, 1)).value.amount == D(absetzung)


def test_non_counting_income_is_listed_and_not_counted() -> None:
    """AFöG 52 (§ 59 Abs. 2 SGB IX), Pflegegeld 347 (§ 13 Abs. 5 SGB XI) and Blindengeld
    (zweckbestimmt) leave the payment at 1,113.50."""
    scenario = OWN_FLAT_G.with_value(("arbeit", "pflegegeld"), "347").with_value(
        ("arbeit", "blindengeld"), "200"
    )
    gs = _gs(scenario, date(2024, 3, 1))
    assert [(p.key, p.betrag.value.amount) for p in gs.nicht_angerechnet] == [
        ("arbeitsfoerderungsgeld", D(52)),
        ("pflegegeld", D(347)),
        ("blindengeld", D(200)),
    ]
    assert gs.zahlbetrag.value.amount == D("1113.50")


@pytest.mark.parametrize(
    ("on", "je_tag"),
    [(date(2024, 12, 31), "82.60"), (date(2025, 1, 1), "88.00"), (date(2026, 1, 1), "91.40")],
    ids=str,
)
def test_lunch_changes_with_the_year(on: date, je_tag: str) -> None:
    """§ 42b Abs. 2: 20 days × 4.13 / 4.40 / 4.57."""
    gs = _gs(OWN_FLAT_G, on)
    [mittag] = [p for p in gs.bedarf if p.key == "mehrbedarf_mittagessen"]
    assert mittag.betrag.value.amount == D(je_tag)


@pytest.mark.parametrize(
    ("name", "zahl"),
    [("berufsbildung", "636.83"), ("arbeitsbereich", "1138.80"), ("budget", "264.50")],
)
def test_presets(name: str, zahl: str) -> None:
    """The arithmetic is written beside each preset in engine/arbeit/beispiele.py."""
    from engine.arbeit.beispiele import BEISPIELE

    beispiel = BEISPIELE[name]
    gs = _gs(beispiel.scenario, beispiel.rechtsstand)
    assert gs.zahlbetrag.value.amount == D(zahl)


def test_sweep_keeps_half_of_each_euro_above_the_eighth() -> None:
    """500 points from 133 to 1,500: each step of Entgelt adds half to what is kept once
    AFöG is gone (§ 82 Abs. 3 Satz 2). 2026 need 563 + 95.71 + 91.40 + 450 = 1,200.11; at
    1,500 counted (1,500 − 70.38) / 2 = 714.81 → Grundsicherung 485.30."""
    from engine.evaluate import evaluate_arbeit_verlauf

    punkte = evaluate_arbeit_verlauf(OWN_FLAT_G, date(2026, 1, 1), D(1500), 500)
    assert len(punkte) == 500
    assert punkte[0].entgelt == D(133)
    assert punkte[-1].entgelt == D(1500)
    assert punkte[-1].grundsicherung == D("485.30")
    a, b = punkte[300], punkte[301]
    assert b.arbeitsfoerderungsgeld == a.arbeitsfoerderungsgeld == 0
    assert abs((b.gesamt - a.gesamt) - (b.entgelt - a.entgelt) / 2) <= D("0.01")


@pytest.mark.parametrize("index", [0, 1, 40, 41, 250, 499])
def test_sweep_equals_the_full_month(index: int) -> None:
    """Every sweep point is the month the full rules compute for that pay (here with a
    pension of 100 € beside it, 2024 after the Grundbetrag rose)."""
    from engine.evaluate import evaluate_arbeit_verlauf

    scenario = OWN_FLAT_G.with_value(("arbeit", "rente"), "100")
    on = date(2024, 9, 1)
    punkt = evaluate_arbeit_verlauf(scenario, on, D(1400), 500)[index]
    full = _gs(scenario.with_value(("arbeit", "steigerungsbetrag"), punkt.entgelt - 133), on)
    assert punkt.grundsicherung == full.zahlbetrag.value.amount
    afoeg = [p for p in full.nicht_angerechnet if p.key == "arbeitsfoerderungsgeld"]
    assert punkt.arbeitsfoerderungsgeld == (afoeg[0].betrag.value.amount if afoeg else 0)


def test_parents_without_income_given_are_presumed_below_the_limit() -> None:
    """§ 94 Abs. 1a Satz 3 SGB XII: the income is presumed not to exceed 100,000 €."""
    result = elternunterhalt(Eltern(), date(2025, 1, 1))
    assert result.value is False
    assert result.steps[0].message == "step.gs.eltern.vermutet"


def test_month_in_two_stacks() -> None:
    """1.3.2024, own flat, G: need 563 / 95.71 + 82.60 = 178.31 / 450; has 77.81 counted,
    1,113.50 Grundsicherung, free 226 − 77.81 = 148.19 + AFöG 52 = 200.19; both stacks add
    up: 1,191.31 = 77.81 + 1,113.50, and 1,391.50 = Entgelt 226 + AFöG 52 + 1,113.50."""
    from engine.arbeit.grundsicherung import monatsbild

    bild = monatsbild(_gs(OWN_FLAT_G, date(2024, 3, 1)))
    assert bild.bedarf == (("regelbedarf", D(563)), ("mehrbedarf", D("178.31")), ("kdu", D(450)))
    assert bild.einnahmen == (
        ("angerechnet", D("77.81")),
        ("grundsicherung", D("1113.50")),
        ("frei", D("200.19")),
    )

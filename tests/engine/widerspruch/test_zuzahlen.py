"""Zuzahlungen je Leistung (§ 61 SGB V and the paragraphs applying it), the exemption of
children (not for rides), the year against the Belastungsgrenze, and the besondere
Wohnform split of § 42a Abs. 5 SGB XII from the work-and-living engine — written out."""

from datetime import date
from decimal import Decimal

import pytest

from engine.arbeit.scenario import Arbeit
from engine.evaluate import evaluate_widerspruch
from engine.explain import ExplainedAmount, Money
from engine.household import Merkzeichen, Person, Wohnform
from engine.scenario import Scenario
from engine.widerspruch.beispiele import BEISPIELE
from engine.widerspruch.scenario import Leistungsart, Widerspruch, Zuzahlung
from engine.widerspruch.zuzahlen import (
    Zuzahlungsrechnung,
    bis_zur_grenze,
    heilmittel,
    krankenpflege,
    minderjaehrig_befreit,
    regelzuzahlung,
    stationaer,
    verbrauchshilfsmittel,
    zuzahlung_fuer,
)
from engine.widerspruch.zuzahlung import belastungsgrenze

D = Decimal
ON = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("kosten", "betrag"),
    [
        ("4.00", "4.00"),  # 10 % = 0.40 → at least 5 €, but never more than the cost: 4 €
        ("5.00", "5.00"),  # the minimum equals the cost
        ("49.00", "5.00"),  # 10 % = 4.90 < 5 → 5 €
        ("50.00", "5.00"),  # 10 % = 5.00 exactly
        ("50.10", "5.01"),  # 10 % = 5.01, above the minimum
        ("99.90", "9.99"),  # 10 % = 9.99, below the maximum
        ("100.00", "10.00"),  # 10 % = 10.00 exactly
        ("100.10", "10.00"),  # 10 % = 10.01 → at most 10 €
        ("180", "10.00"),  # 18 € → 10 €
    ],
)
def test_regelzuzahlung(kosten: str, betrag: str) -> None:
    """§ 61 Satz 1 SGB V: 10 %, at least 5 €, at most 10 €, never more than the cost."""
    assert regelzuzahlung(D(kosten), ON).value.amount == D(betrag)


@pytest.mark.parametrize(
    ("kosten", "betrag"),
    [("30", "3.00"), ("99", "9.90"), ("100", "10.00"), ("101", "10.00"), ("150", "10.00")],
)
def test_verbrauchshilfsmittel(kosten: str, betrag: str) -> None:
    """§ 33 Abs. 8 Satz 3: 10 % of the month's need, at most 10 € (no 5 € minimum: 30 € →
    3 €)."""
    ergebnis = verbrauchshilfsmittel(D(kosten), ON)
    assert ergebnis.value == Money(amount=D(betrag), per="month")


@pytest.mark.parametrize(("tage", "betrag"), [(0, 0), (1, 10), (27, 270), (28, 280), (29, 280)])
def test_stationaer(tage: int, betrag: int) -> None:
    """§ 61 Satz 2, § 39 Abs. 4: 10 € a day for at most 28 days in the calendar year."""
    assert stationaer(tage, ON).value.amount == D(betrag)


def test_heilmittel() -> None:
    """§ 61 Satz 3: Verordnung of 6 × 41.50 € = 249 € → 24.90 € + 10 € = 34.90 €."""
    assert heilmittel(D(249), ON).value.amount == D("34.90")


@pytest.mark.parametrize(("tage", "betrag"), [(27, "64.00"), (28, "66.00"), (29, "66.00")])
def test_krankenpflege(tage: int, betrag: str) -> None:
    """§ 37 Abs. 5: 20 € a day; 27 days: 10 % × 540 = 54 + 10 = 64 €; 28 days:
    10 % × 560 = 56 + 10 = 66 €; the 29th day costs nothing more."""
    assert krankenpflege(D(20), tage, ON).value.amount == D(betrag)


GEBURT = date(2008, 6, 10)


@pytest.mark.parametrize(
    ("leistung", "on", "befreit"),
    [
        (Leistungsart.arzneimittel, date(2026, 6, 9), True),  # 17 the day before
        (Leistungsart.arzneimittel, date(2026, 6, 10), False),  # 18 on the birthday
        (Leistungsart.hilfsmittel, date(2026, 6, 9), True),
        (Leistungsart.heilmittel, date(2026, 6, 9), True),
        (Leistungsart.krankenhaus, date(2026, 6, 10), False),
        (Leistungsart.fahrkosten, date(2026, 6, 9), False),  # rides: every age
        (Leistungsart.fahrkosten, date(2026, 6, 10), False),
    ],
)
def test_minderjaehrig_befreit(leistung: Leistungsart, on: date, befreit: bool) -> None:
    """Zuzahlungen from the completed 18th year (§ 187 Abs. 2 BGB: on the 18th birthday);
    Fahrkosten under § 60 Abs. 2 also for children."""
    assert minderjaehrig_befreit(leistung, GEBURT, on).value is befreit


def _grenze() -> ExplainedAmount:
    """Grundsicherung, chronisch krank, 2026: 1 % of 12 × 563 € = 67.56 €."""
    return belastungsgrenze(Zuzahlung(existenzsichernd=True, chronisch=True), ON)


@pytest.mark.parametrize(
    ("bisher", "rest", "message"),
    [
        ("40", "27.56", "step.zuzahlen.rest"),  # 67.56 − 40 = 27.56
        ("67.55", "0.01", "step.zuzahlen.rest"),
        ("67.56", "0", "step.zuzahlen.erreicht"),
        ("70", "0", "step.zuzahlen.erreicht"),  # 2.44 € paid beyond the limit
    ],
)
def test_bis_zur_grenze(bisher: str, rest: str, message: str) -> None:
    """§ 62 Abs. 1 Satz 1: no more Zuzahlungen once the Belastungsgrenze is reached."""
    ergebnis = bis_zur_grenze(D(bisher), _grenze())
    assert ergebnis.value.amount == D(rest)
    assert ergebnis.steps[0].message == message


def test_zuzahlung_fuer_chooses_the_rule() -> None:
    assert zuzahlung_fuer(Zuzahlung(), ON) is None
    krankenhaus = Zuzahlung(leistung=Leistungsart.krankenhaus, kosten=D(500), tage=3)
    assert zuzahlung_fuer(krankenhaus, ON).value.amount == D(30)  # type: ignore[union-attr]
    fahrt = Zuzahlung(leistung=Leistungsart.fahrkosten, kosten=D(38))
    assert zuzahlung_fuer(fahrt, ON).value.amount == D(5)  # type: ignore[union-attr]


def test_preset_wohnform() -> None:
    """Hilfsmittel 180 € → 10 €; Grundsicherung and chronisch: limit 67.56 €, 40 € paid →
    27.56 €; aG → rides paid; Wohnkosten 620 €, average 450 € × 125 % = 562.50 € as
    Lebensunterhalt, 620 − 562.50 = 57.50 € Eingliederungshilfe."""
    beispiel = BEISPIELE["wohnform"]
    ergebnis = evaluate_widerspruch(beispiel.scenario, beispiel.rechtsstand)
    rechnung = ergebnis.zuzahlen
    assert isinstance(rechnung, Zuzahlungsrechnung)
    assert rechnung.betrag.value.amount == D(10)  # type: ignore[union-attr]
    assert rechnung.befreit.value is False  # type: ignore[union-attr]
    assert rechnung.jahr.value.amount == D("27.56")  # type: ignore[union-attr]
    assert ergebnis.fahrkosten.anspruch.value is True
    teile = ergebnis.besondere_wohnform
    assert teile.grundsicherung.value.amount == D("562.50")  # type: ignore[union-attr]
    assert teile.eingliederungshilfe.value.amount == D("57.50")  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("wohnform", "miete", "zuschlag", "teile"),
    [
        (Wohnform.zuhause, 620, True, None),
        # without separately shown costs: at most the average 450 €, nothing for the EGH
        (Wohnform.besondere_wohnform, 620, False, ("450", "0")),
        # 562.50 exactly: all Lebensunterhalt; one euro more goes to the EGH
        (Wohnform.besondere_wohnform, "562.50", True, ("562.50", "0")),
        (Wohnform.besondere_wohnform, "563.50", True, ("562.50", "1.00")),
    ],
)
def test_besondere_wohnform_from_the_work_part(
    wohnform: Wohnform, miete: object, zuschlag: bool, teile: tuple[str, str] | None
) -> None:
    """The split comes from the work screen's answers (scenario.arbeit), § 42a Abs. 5, 6."""
    scenario = Scenario(
        person=Person(wohnform=wohnform, merkzeichen=(Merkzeichen.G,)),
        arbeit=Arbeit(
            miete=D(str(miete)), warmmiete_durchschnitt=D(450), zuschlaege_nachgewiesen=zuschlag
        ),
        widerspruch=Widerspruch(),
    )
    ergebnis = evaluate_widerspruch(scenario, ON).besondere_wohnform
    if teile is None:
        assert ergebnis is None
        return
    assert ergebnis.grundsicherung.value.amount == D(teile[0])  # type: ignore[union-attr]
    assert ergebnis.eingliederungshilfe.value.amount == D(teile[1])  # type: ignore[union-attr]

"""Issue 11: the residence status of the path into work — § 100 SGB IX where the
Eingliederungshilfe pays (§ 63 Abs. 2, § 111 SGB IX), the Agentur für Arbeit's paths
(§ 57, § 63 Abs. 1 Nr. 1 SGB IX) untouched by § 100 Abs. 2."""

from datetime import date

import pytest

from engine.arbeit.aufenthalt import weg_aufenthalt
from engine.arbeit.rules import arbeit_ergebnis
from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.household import Aufenthalt, Aufenthaltsdokument, Aufenthaltszweck, Eltern, Person
from engine.household import Staatsangehoerigkeit as S

A = Aufenthaltsstatus
W = Arbeitsweg
DAY = date(2026, 3, 1)


def duldung(monate: int) -> Aufenthalt:
    """An adult with a Duldung on AsylbLG (§ 1 Abs. 1 Nr. 4 AsylbLG)."""
    return Aufenthalt(
        staatsangehoerigkeit=S.andere,
        dokument=Aufenthaltsdokument.duldung,
        monate_in_deutschland=monate,
        asylblg=True,
    )


NIEDERLASSUNG = Aufenthalt(
    staatsangehoerigkeit=S.andere, dokument=Aufenthaltsdokument.niederlassungserlaubnis
)
STUDIUM = Aufenthalt(
    staatsangehoerigkeit=S.andere,
    dokument=Aufenthaltsdokument.aufenthaltserlaubnis,
    zweck=Aufenthaltszweck.studium_ausbildung,
)

CASES = [
    (W.werkstatt_arbeitsbereich, duldung(20), A.ausgeschlossen, "§ 100 Abs. 2 SGB IX: 20 < 36"),
    (W.werkstatt_arbeitsbereich, duldung(35), A.ausgeschlossen, "35 < 36"),
    (W.werkstatt_arbeitsbereich, duldung(36), A.analog, "§ 2 Abs. 1 AsylbLG: 36 ≥ 36"),
    (W.andere_leistungsanbieter, duldung(20), A.ausgeschlossen, "§ 60 SGB IX is EGH"),
    (W.budget_fuer_arbeit, duldung(20), A.ausgeschlossen, "§ 61 SGB IX is EGH"),
    (W.tagesfoerderstaette, duldung(20), A.ausgeschlossen, "§ 81 SGB IX is EGH"),
    (W.studium, STUDIUM, A.ermessen, "§ 112 SGB IX, § 100 Abs. 1 Satz 1: not settled"),
    (W.werkstatt_arbeitsbereich, NIEDERLASSUNG, A.anspruch, "§ 100 Abs. 1 Satz 2 SGB IX"),
    (W.werkstatt_berufsbildung, duldung(20), A.pruefen, "§ 63 Abs. 1 Nr. 1: Agentur"),
    (W.berufsbildungswerk, duldung(20), A.pruefen, "§ 51 SGB IX: Agentur"),
    (W.inklusionsbetrieb, duldung(20), A.pruefen, "§ 215 SGB IX: a job, Integrationsamt"),
    (W.werkstatt_berufsbildung, NIEDERLASSUNG, A.anspruch, "no residence limit"),
    (W.werkstatt_berufsbildung, Aufenthalt(), A.nicht_gefragt, "not asked"),
]


@pytest.mark.parametrize(("weg", "aufenthalt", "expected", "source"), CASES)
def test_weg(weg: W, aufenthalt: Aufenthalt, expected: A, source: str) -> None:
    result = weg_aufenthalt(weg, aufenthalt, False, DAY)
    assert status_of(result.status) is expected, source


def test_paths_name_their_programme() -> None:
    werkstatt = weg_aufenthalt(W.werkstatt_arbeitsbereich, duldung(20), False, DAY)
    bbb = weg_aufenthalt(W.werkstatt_berufsbildung, duldung(20), False, DAY)
    assert werkstatt.programm == "aufenthalt.programm.eingliederungshilfe"
    assert bbb.programm == "aufenthalt.programm.teilhabe_arbeitsleben"


def test_werkstatt_adult_with_duldung_hears_paragraph_6_and_the_months_left() -> None:
    """§ 100 Abs. 2 SGB IX, § 6 Abs. 1 AsylbLG; 36 − 20 = 16 months to the Analogleistungen;
    the Grundsicherung is excluded too (§ 23 Abs. 2 SGB XII)."""
    ergebnis = arbeit_ergebnis(
        Arbeit(weg=W.werkstatt_arbeitsbereich),
        Person(geburtsdatum=date(1990, 1, 1)),
        Eltern(),
        duldung(20),
        True,
        36,
        DAY,
    )
    assert ergebnis.weg_aufenthalt is not None
    steps = ergebnis.weg_aufenthalt.status.steps
    assert [s.message for s in steps][:2] == [
        "step.egh.aufenthalt.asylblg",
        "step.egh.aufenthalt.paragraph6",
    ]
    assert [s.values["fehlen"].value for s in steps if "fehlen" in s.values] == [16]
    assert status_of(ergebnis.aufenthalt) is A.ausgeschlossen
    assert ergebnis.aufenthalt.legal_basis == "§ 23 Abs. 2 SGB XII"

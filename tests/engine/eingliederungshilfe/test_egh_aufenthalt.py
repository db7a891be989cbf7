"""§ 100 SGB IX by residence status; each case names its paragraph."""

from datetime import date

import pytest

from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.eingliederungshilfe.aufenthalt import eingliederungshilfe_aufenthalt
from engine.household import (
    Aufenthalt,
)
from engine.household import (
    Aufenthaltsdokument as D,
)
from engine.household import (
    Aufenthaltszweck as Z,
)
from engine.household import (
    Staatsangehoerigkeit as S,
)

A = Aufenthaltsstatus
DAY = date(2026, 11, 24)


def andere(dokument: D, zweck: Z | None = None, **more: object) -> Aufenthalt:
    return Aufenthalt(staatsangehoerigkeit=S.andere, dokument=dokument, zweck=zweck, **more)


CASES = [
    (Aufenthalt(), False, DAY, A.nicht_gefragt, "not asked"),
    (Aufenthalt(staatsangehoerigkeit=S.deutsch), False, DAY, A.anspruch, "German"),
    (Aufenthalt(staatsangehoerigkeit=S.eu_ewr_schweiz), False, DAY, A.anspruch, "Kapitel C: EU"),
    (
        Aufenthalt(staatsangehoerigkeit=S.eu_ewr_schweiz, zweck=Z.arbeitsuche),
        True,
        DAY,
        A.ermessen,
        "§ 100 Abs. 1 Satz 1: EU, job search only",
    ),
    (andere(D.niederlassungserlaubnis), False, DAY, A.anspruch, "§ 100 Abs. 1 Satz 2"),
    (andere(D.daueraufenthalt_eu), False, DAY, A.anspruch, "§ 100 Abs. 1 Satz 2 (§ 9a)"),
    (andere(D.aufenthaltserlaubnis, Z.schutz), False, DAY, A.anspruch, "§ 100 Abs. 1 Satz 2"),
    (andere(D.aufenthaltserlaubnis, Z.familiaer), False, DAY, A.anspruch, "§ 100 Abs. 1 S. 2"),
    (andere(D.aufenthaltserlaubnis, Z.studium_ausbildung), False, DAY, A.ermessen, "Abs. 1 S. 1"),
    (andere(D.fiktionsbescheinigung), True, DAY, A.ermessen, "§ 100 Abs. 1 Satz 1"),
    # § 24 AufenthG: out of the AsylbLG since 1.6.2022 (Rechtskreiswechsel), Kapitel C
    (andere(D.voruebergehender_schutz), False, DAY, A.anspruch, "Kapitel C: Ukraine"),
    # § 100 Abs. 2 SGB IX and § 2 AsylbLG
    (
        andere(D.aufenthaltsgestattung, asylblg=True, monate_in_deutschland=20),
        True,
        DAY,
        A.ausgeschlossen,
        "§ 100 Abs. 2; 20 < 36 months (§ 2 Abs. 1 AsylbLG 2024)",
    ),
    (
        andere(D.aufenthaltsgestattung, asylblg=True, monate_in_deutschland=20),
        True,
        date(2024, 2, 26),
        A.analog,
        "§ 2 Abs. 1 AsylbLG (2019): 20 ≥ 18",
    ),
    (
        andere(D.aufenthaltsgestattung, asylblg=True, monate_in_deutschland=20),
        True,
        date(2024, 2, 27),
        A.ausgeschlossen,
        "§ 2 Abs. 1 AsylbLG (2024): 20 < 36",
    ),
    (
        andere(D.duldung, monate_in_deutschland=35),
        False,
        DAY,
        A.ausgeschlossen,
        "§ 100 Abs. 2: 35 < 36",
    ),
    (andere(D.duldung, monate_in_deutschland=36), False, DAY, A.analog, "§ 2 AsylbLG: 36"),
    (
        andere(D.aufenthaltserlaubnis, Z.ausreisehindernis, asylblg=True, monate_in_deutschland=3),
        False,
        DAY,
        A.ausgeschlossen,
        "§ 100 Abs. 2 with § 1 Abs. 1 Nr. 3 AsylbLG (§ 25 Abs. 5 AufenthG)",
    ),
]


@pytest.mark.parametrize(("aufenthalt", "kind", "day", "expected", "source"), CASES)
def test_status(aufenthalt: Aufenthalt, kind: bool, day: date, expected: A, source: str) -> None:
    assert status_of(eingliederungshilfe_aufenthalt(aufenthalt, kind, day)) is expected, source


def test_children_under_discretion_hear_it_is_usually_in_their_favour() -> None:
    """Ratgeber Kapitel C: "insbesondere bei behinderten Kindern … in der Regel zugunsten"."""
    aufenthalt = andere(D.aufenthaltserlaubnis, Z.studium_ausbildung)
    kind = eingliederungshilfe_aufenthalt(aufenthalt, True, DAY)
    erwachsen = eingliederungshilfe_aufenthalt(aufenthalt, False, DAY)
    assert "step.egh.aufenthalt.ermessen_kind" in [s.message for s in kind.steps]
    assert "step.egh.aufenthalt.ermessen_kind" not in [s.message for s in erwachsen.steps]


def test_excluded_child_is_told_what_instead() -> None:
    """Issue 11 family: § 6 AsylbLG for children, Analogleistungen in 16 months (36 − 20),
    and the Schwerbehindertenausweis anyway."""
    aufenthalt = andere(D.aufenthaltsgestattung, asylblg=True, monate_in_deutschland=20)
    result = eingliederungshilfe_aufenthalt(aufenthalt, True, DAY)
    assert [s.message for s in result.steps] == [
        "step.egh.aufenthalt.asylblg",
        "step.egh.aufenthalt.paragraph6_kind",
        "step.asyl.analog.noch_nicht",
        "step.aufenthalt.schwerbehindertenausweis",
    ]
    assert result.steps[2].values["fehlen"].value == 16

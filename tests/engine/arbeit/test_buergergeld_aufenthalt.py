"""§ 7 Abs. 1 Satz 2 SGB II: exclusions from the Bürgergeld; both sides of 3 months."""

from datetime import date

import pytest

from engine.arbeit.aufenthalt import buergergeld_aufenthalt
from engine.asyl.rules import Aufenthaltsstatus, status_of
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
EU = S.eu_ewr_schweiz

CASES = [
    (Aufenthalt(), A.nicht_gefragt, "not asked"),
    (Aufenthalt(staatsangehoerigkeit=S.deutsch), A.anspruch, "German"),
    (
        Aufenthalt(staatsangehoerigkeit=EU, monate_in_deutschland=2),
        A.ausgeschlossen,
        "Nr. 1: 2 < 3",
    ),
    (Aufenthalt(staatsangehoerigkeit=EU, monate_in_deutschland=3), A.anspruch, "Nr. 1: 3 = 3"),
    (
        Aufenthalt(staatsangehoerigkeit=EU, monate_in_deutschland=1, erwerbstaetig=True),
        A.anspruch,
        "Nr. 1: Arbeitnehmer",
    ),
    (
        Aufenthalt(staatsangehoerigkeit=EU, zweck=Z.arbeitsuche, monate_in_deutschland=9),
        A.ausgeschlossen,
        "Nr. 2 Buchst. b",
    ),
    (
        Aufenthalt(staatsangehoerigkeit=EU, zweck=Z.arbeitsuche, monate_in_deutschland=59),
        A.ausgeschlossen,
        "Satz 4: 59 < 60 months",
    ),
    (
        Aufenthalt(staatsangehoerigkeit=EU, zweck=Z.arbeitsuche, monate_in_deutschland=60),
        A.anspruch,
        "Satz 4: five years (60 months)",
    ),
    (
        Aufenthalt(
            staatsangehoerigkeit=S.andere,
            dokument=D.aufenthaltserlaubnis,
            zweck=Z.schutz,
            monate_in_deutschland=1,
        ),
        A.anspruch,
        "Satz 3: humanitarian titles",
    ),
    (
        Aufenthalt(staatsangehoerigkeit=S.andere, dokument=D.aufenthaltsgestattung),
        A.ausgeschlossen,
        "Nr. 3: AsylbLG",
    ),
    (
        Aufenthalt(staatsangehoerigkeit=S.andere, dokument=D.voruebergehender_schutz),
        A.anspruch,
        "§ 74 SGB II: § 24 AufenthG since 1.6.2022",
    ),
]


@pytest.mark.parametrize(("aufenthalt", "expected", "source"), CASES)
def test_buergergeld(aufenthalt: Aufenthalt, expected: A, source: str) -> None:
    assert status_of(buergergeld_aufenthalt(aufenthalt, DAY)) is expected, source

"""§ 2 Abs. 2 SGB IX: the Schwerbehindertenausweis by residence or work."""

import pytest

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
from engine.nachteilsausgleiche.aufenthalt import schwerbehindertenausweis_aufenthalt

A = Aufenthaltsstatus
ANDERE = S.andere

CASES = [
    (Aufenthalt(), A.nicht_gefragt, "not asked"),
    (Aufenthalt(staatsangehoerigkeit=S.deutsch), A.anspruch, "German"),
    (Aufenthalt(staatsangehoerigkeit=S.eu_ewr_schweiz), A.anspruch, "Kapitel N: EU citizens"),
    (
        Aufenthalt(staatsangehoerigkeit=ANDERE, dokument=D.aufenthaltserlaubnis, zweck=Z.schutz),
        A.anspruch,
        "Kapitel N: Aufenthaltserlaubnis",
    ),
    (Aufenthalt(staatsangehoerigkeit=ANDERE, dokument=D.niederlassungserlaubnis), A.anspruch, "N"),
    (
        Aufenthalt(staatsangehoerigkeit=ANDERE, dokument=D.aufenthaltsgestattung),
        A.pruefen,
        "N: asylum",
    ),
    (Aufenthalt(staatsangehoerigkeit=ANDERE, dokument=D.duldung), A.pruefen, "lawful if lasting"),
    (
        Aufenthalt(staatsangehoerigkeit=ANDERE, dokument=D.duldung, erwerbstaetig=True),
        A.anspruch,
        "§ 2 Abs. 2 SGB IX: Beschäftigung",
    ),
    (Aufenthalt(staatsangehoerigkeit=ANDERE), A.pruefen, "document not given"),
]


@pytest.mark.parametrize(("aufenthalt", "expected", "source"), CASES)
def test_schwerbehindertenausweis(aufenthalt: Aufenthalt, expected: A, source: str) -> None:
    assert status_of(schwerbehindertenausweis_aufenthalt(aufenthalt)) is expected, source

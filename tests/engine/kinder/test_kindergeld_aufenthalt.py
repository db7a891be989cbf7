"""§ 62 EStG: Kindergeld by the applying parent's residence status; both sides of the
3 months (Abs. 1a) and the 15 months (Abs. 2 Nr. 3)."""

from datetime import date

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
from engine.kinder.aufenthalt import kindergeld_aufenthalt

A = Aufenthaltsstatus
DAY = date(2026, 11, 24)


def andere(dokument: D | None, zweck: Z | None = None, **more: object) -> Aufenthalt:
    return Aufenthalt(staatsangehoerigkeit=S.andere, dokument=dokument, zweck=zweck, **more)


def eu(**more: object) -> Aufenthalt:
    return Aufenthalt(staatsangehoerigkeit=S.eu_ewr_schweiz, **more)


CASES = [
    (Aufenthalt(), A.nicht_gefragt, "not asked"),
    (Aufenthalt(staatsangehoerigkeit=S.deutsch), A.anspruch, "§ 62 Abs. 1 EStG"),
    # § 62 Abs. 1a EStG
    (eu(monate_in_deutschland=2), A.ausgeschlossen, "Abs. 1a Satz 1: 2 < 3"),
    (eu(monate_in_deutschland=3), A.anspruch, "Abs. 1a: 3 = 3"),
    (eu(monate_in_deutschland=1, erwerbstaetig=True), A.anspruch, "Abs. 1a: inländische Einkünfte"),
    (eu(monate_in_deutschland=6, zweck=Z.arbeitsuche), A.ausgeschlossen, "Abs. 1a Satz 3"),
    # § 62 Abs. 2 EStG
    (andere(D.niederlassungserlaubnis), A.anspruch, "Abs. 2 Nr. 1"),
    (andere(D.daueraufenthalt_eu), A.anspruch, "Abs. 2 Nr. 1"),
    (andere(D.aufenthaltserlaubnis, Z.erwerbstaetigkeit), A.anspruch, "Abs. 2 Nr. 2"),
    (andere(D.aufenthaltserlaubnis, Z.schutz), A.anspruch, "Abs. 2 Nr. 2 (§ 25 Abs. 1, 2)"),
    (andere(D.aufenthaltserlaubnis, Z.familiaer), A.anspruch, "Abs. 2 Nr. 2"),
    (andere(D.voruebergehender_schutz), A.anspruch, "Abs. 2 Nr. 2, § 24 struck 1.6.2022"),
    (andere(D.aufenthaltserlaubnis, Z.studium_ausbildung), A.ausgeschlossen, "Nr. 2 Buchst. b"),
    (
        andere(D.aufenthaltserlaubnis, Z.studium_ausbildung, erwerbstaetig=True),
        A.anspruch,
        "Nr. 2 Buchst. b: works",
    ),
    (andere(D.aufenthaltserlaubnis, Z.arbeitsuche), A.ausgeschlossen, "Nr. 2 Buchst. a"),
    (andere(D.aufenthaltserlaubnis), A.pruefen, "purpose not given"),
    # § 62 Abs. 2 Nr. 2 Buchst. c, Nr. 3 EStG: 15 months or work
    (
        andere(D.aufenthaltserlaubnis, Z.humanitaer, monate_in_deutschland=14),
        A.ausgeschlossen,
        "14 < 15",
    ),
    (andere(D.aufenthaltserlaubnis, Z.humanitaer, monate_in_deutschland=15), A.anspruch, "15 = 15"),
    (
        andere(
            D.aufenthaltserlaubnis, Z.ausreisehindernis, monate_in_deutschland=1, erwerbstaetig=True
        ),
        A.anspruch,
        "Nr. 3: lawful work",
    ),
    (andere(D.fiktionsbescheinigung), A.pruefen, "§ 81 Abs. 4 AufenthG"),
    (andere(D.aufenthaltsgestattung, monate_in_deutschland=20), A.ausgeschlossen, "no title"),
    (andere(D.duldung), A.ausgeschlossen, "no title"),
    (andere(D.duldung, erwerbstaetig=True), A.pruefen, "Nr. 4: Beschäftigungsduldung"),
    (andere(None), A.pruefen, "document not given"),
    # Abkommen über Soziale Sicherheit (e.g. Türkei, Marokko, Tunesien)
    (
        andere(D.aufenthaltsgestattung, abkommensstaat=True, erwerbstaetig=True),
        A.anspruch,
        "Abkommen: employed",
    ),
    (
        andere(D.aufenthaltsgestattung, abkommensstaat=True),
        A.ausgeschlossen,
        "Abkommen: not employed",
    ),
]


@pytest.mark.parametrize(("aufenthalt", "expected", "source"), CASES)
def test_kindergeld(aufenthalt: Aufenthalt, expected: A, source: str) -> None:
    assert status_of(kindergeld_aufenthalt(aufenthalt, DAY)) is expected, source

"""§ 62 EStG: Kindergeld by the applying parent's residence status; both sides of the
3 months (Abs. 1a, not applied since EuGH C-411/20) and the 15 months (Abs. 2 Nr. 4)."""

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
    # Abs. 1a Satz 1 would exclude month 0 to 2; EuGH 1.8.2022, C-411/20: inapplicable.
    (eu(monate_in_deutschland=0), A.anspruch, "Abs. 1a Satz 1 not applied: month 0 < 3"),
    (eu(monate_in_deutschland=2), A.anspruch, "Abs. 1a Satz 1 not applied: 2 < 3"),
    (
        eu(monate_in_deutschland=2, zweck=Z.arbeitsuche),
        A.anspruch,
        "C-411/20: first 3 months, Satz 3 only after them",
    ),
    (eu(monate_in_deutschland=3), A.anspruch, "Abs. 1a: 3 = 3"),
    (eu(monate_in_deutschland=3, zweck=Z.arbeitsuche), A.ausgeschlossen, "Abs. 1a Satz 3: 3"),
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
    # § 62 Abs. 2 Nr. 2 Buchst. c, Nr. 3, 4 EStG: 15 months or work
    (
        andere(D.aufenthaltserlaubnis, Z.humanitaer, monate_in_deutschland=14, aufnahme=False),
        A.ausgeschlossen,
        "§ 23 Abs. 1 (Krieg), § 23a, § 25 Abs. 3, 4: 14 < 15",
    ),
    # Titles Buchst. c does not name: § 22, § 23 Abs. 2, 4 AufenthG — Nr. 2 from month 0
    (
        andere(D.aufenthaltserlaubnis, Z.humanitaer, monate_in_deutschland=0, aufnahme=True),
        A.anspruch,
        "Nr. 2: § 23 Abs. 4 Resettlement, month 0",
    ),
    (
        andere(D.aufenthaltserlaubnis, Z.humanitaer, monate_in_deutschland=14, aufnahme=True),
        A.anspruch,
        "Nr. 2: § 22 / § 23 Abs. 2, 14 months, no work",
    ),
    (
        andere(
            D.aufenthaltserlaubnis, Z.ausreisehindernis, monate_in_deutschland=14, aufnahme=True
        ),
        A.ausgeschlossen,
        "Buchst. c: § 25 Abs. 5 stays named whatever the follow-up said",
    ),
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
    (andere(D.duldung, erwerbstaetig=True), A.pruefen, "Nr. 5: Beschäftigungsduldung"),
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


@pytest.mark.parametrize("day", [date(2023, 1, 1), date(2026, 11, 24)])
def test_eu_first_months_name_the_judgment_on_every_covered_date(day: date) -> None:
    """EuGH 1.8.2022, C-411/20 reads Union law as it always stood: § 62 Abs. 1a Satz 1 EStG
    (in force since 1.8.2019) is set aside from the first covered day on; the step still
    names the 3 months the statute says."""
    result = kindergeld_aufenthalt(eu(monate_in_deutschland=2), day)
    assert status_of(result) is A.anspruch
    assert "C-411/20" in result.legal_basis
    (step,) = result.steps
    assert step.message == "step.kindergeld.aufenthalt.eu_eugh"
    assert step.values["frist"].value == 3

"""The residence status travels into the care and integration-aid answers (issue 11)."""

from datetime import date

from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.evaluate import evaluate
from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Krankenversicherung,
    Person,
    Staatsangehoerigkeit,
)
from engine.scenario import Scenario

DAY = date(2026, 11, 24)
# Issue 11 "done when": Aufenthaltsgestattung, 20 months, AsylbLG, child aged 6 with PG 3.
FAMILIE = Scenario(
    person=Person(geburtsdatum=date(2020, 5, 1), pflegegrad=3),
    aufenthalt=Aufenthalt(
        staatsangehoerigkeit=Staatsangehoerigkeit.andere,
        dokument=Aufenthaltsdokument.aufenthaltsgestattung,
        monate_in_deutschland=20,
        asylblg=True,
        krankenversicherung=Krankenversicherung.asylblg,
    ),
)


def test_not_asked_is_said_in_every_area() -> None:
    result = evaluate(Scenario(), DAY)
    parts = [
        result.pflege.aufenthalt.pflegeversicherung,
        result.pflege.aufenthalt.hilfe_zur_pflege,
        result.eingliederungshilfe.aufenthalt,
    ]
    assert {status_of(p) for p in parts} == {Aufenthaltsstatus.nicht_gefragt}


def test_issue_family_is_excluded_with_alternatives() -> None:
    """§ 100 Abs. 2 SGB IX, § 23 Abs. 2 SGB XII, § 1 Abs. 2 SGB XI; 20 < 36 months."""
    result = evaluate(FAMILIE, DAY)
    assert status_of(result.eingliederungshilfe.aufenthalt) is Aufenthaltsstatus.ausgeschlossen
    assert status_of(result.pflege.aufenthalt.hilfe_zur_pflege) is Aufenthaltsstatus.ausgeschlossen
    pv = result.pflege.aufenthalt.pflegeversicherung
    assert status_of(pv) is Aufenthaltsstatus.ausgeschlossen
    assert "step.egh.aufenthalt.paragraph6_kind" in [
        s.message for s in result.eingliederungshilfe.aufenthalt.steps
    ]


def test_issue_family_on_26_february_2024_had_analogleistungen() -> None:
    """§ 2 Abs. 1 AsylbLG (2019): 20 ≥ 18 on 26.2.2024; 20 < 36 on 27.2.2024."""
    before = evaluate(FAMILIE, date(2024, 2, 26))
    after = evaluate(FAMILIE, date(2024, 2, 27))
    assert status_of(before.eingliederungshilfe.aufenthalt) is Aufenthaltsstatus.analog
    assert status_of(after.eingliederungshilfe.aufenthalt) is Aufenthaltsstatus.ausgeschlossen

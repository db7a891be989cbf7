"""Evaluate a scenario for a Rechtsstand date: the one entry point every screen calls."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, computed_field

from engine.explain import ExplainedAmount, ExplainedDecision, ParameterUse
from engine.parameters import check_covered
from engine.person import lebensalter, volljaehrig
from engine.scenario import Scenario


class FieldIssue(BaseModel):
    """An input that is valid on its own but not for this date (path like pydantic's loc)."""

    path: tuple[str, ...]
    message: str


class PersonResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    lebensalter: ExplainedAmount
    volljaehrig: ExplainedDecision


class Result(BaseModel):
    """Everything the engine says about one scenario on one date."""

    model_config = ConfigDict(frozen=True)

    rechtsstand: date
    scenario: Scenario
    person: PersonResult | None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unverified(self) -> tuple[ParameterUse, ...]:
        """All unverified parameter values any part of the result used."""
        parts = [self.person.lebensalter, self.person.volljaehrig] if self.person else []
        seen: dict[tuple[str, date], ParameterUse] = {}
        for part in parts:
            for use in part.unverified:
                seen.setdefault((use.key, use.valid_from), use)
        return tuple(seen.values())


def check_for_date(scenario: Scenario, rechtsstand: date) -> list[FieldIssue]:
    """Inputs that contradict the Rechtsstand date (a birth date after it)."""
    geburtsdatum = scenario.person.geburtsdatum
    if geburtsdatum is not None and geburtsdatum > rechtsstand:
        return [FieldIssue(path=("person", "geburtsdatum"), message="after the Rechtsstand date")]
    return []


def evaluate(scenario: Scenario, rechtsstand: date) -> Result:
    """Evaluate ``scenario`` with the law in force on ``rechtsstand``.

    Raises NotCovered for a date outside the parameter data and ValueError listing
    :func:`check_for_date` issues, so no caller gets an answer for a date we cannot back.
    """
    check_covered(rechtsstand)
    issues = check_for_date(scenario, rechtsstand)
    if issues:
        raise ValueError("; ".join(f"{'.'.join(i.path)}: {i.message}" for i in issues))
    geburtsdatum = scenario.person.geburtsdatum
    person = None
    if geburtsdatum is not None:
        person = PersonResult(
            lebensalter=lebensalter(geburtsdatum, rechtsstand),
            volljaehrig=volljaehrig(geburtsdatum, rechtsstand),
        )
    return Result(rechtsstand=rechtsstand, scenario=scenario, person=person)

"""Result building blocks: every amount and every yes/no carries its explanation.

The engine returns message keys and raw, typed numbers (engine.md rule 6); the i18n layer
turns them into German or Arabic text with Babel. Nothing here formats for people.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

from engine.parameters import ParameterValue, Unit


def N_(key: str) -> str:
    """Mark a message key for extraction into the catalogs (pybabel -k N_); returns it."""
    return key


class Money(BaseModel):
    kind: Literal["money"] = "money"
    amount: Decimal
    per: Literal["month", "year", "week", "day", "measure"] | None = None


class Share(BaseModel):
    """A fraction: 0.85 is shown as 85 %."""

    kind: Literal["share"] = "share"
    value: Decimal


class Count(BaseModel):
    kind: Literal["count"] = "count"
    value: int
    # "calendar_year": the count is a year of the calendar (2023), written without grouping.
    unit: (
        Literal[
            "years", "months", "weeks", "days", "working_days", "hours", "persons", "calendar_year"
        ]
        | None
    ) = None


class Points(BaseModel):
    """Points of the assessment instrument (Einzelpunkte, gewichtete Punkte): 47.5."""

    kind: Literal["points"] = "points"
    value: Decimal


class Day(BaseModel):
    kind: Literal["date"] = "date"
    value: date


class Term(BaseModel):
    """A translated term (message key), e.g. a legal status such as "minderjährig"."""

    kind: Literal["term"] = "term"
    key: str


Quantity = Annotated[Money | Share | Count | Points | Day | Term, Field(discriminator="kind")]

_MONEY_PERIODS = {
    Unit.EUR: None,
    Unit.EUR_PER_MONTH: "month",
    Unit.EUR_PER_YEAR: "year",
    Unit.EUR_PER_WEEK: "week",
    Unit.EUR_PER_DAY: "day",
    Unit.EUR_PER_MEASURE: "measure",
}
_COUNT_UNITS = {
    Unit.YEARS: "years",
    Unit.MONTHS: "months",
    Unit.WEEKS: "weeks",
    Unit.DAYS: "days",
    Unit.WORKING_DAYS: "working_days",
    Unit.HOURS: "hours",
    Unit.PERSONS: "persons",
    Unit.GDB: None,
}


def quantity_of(parameter: ParameterValue) -> Money | Share | Count | Points:
    """The parameter's value as a typed quantity, ready for formatting."""
    if parameter.unit is Unit.POINTS:
        return Points(value=parameter.value)
    if parameter.unit in _MONEY_PERIODS:
        return Money(amount=parameter.value, per=_MONEY_PERIODS[parameter.unit])
    if parameter.unit is Unit.SHARE:
        return Share(value=parameter.value)
    return Count(value=int(parameter.value), unit=_COUNT_UNITS[parameter.unit])


class ParameterUse(BaseModel):
    """A parameter value a step relied on, with its date and source (engine.md rule 6)."""

    model_config = ConfigDict(frozen=True)

    key: str
    value: Quantity
    valid_from: date
    legal_basis: str
    source: str
    status: Literal["verified", "derived", "unverified"]

    @classmethod
    def of(cls, parameter: ParameterValue) -> ParameterUse:
        return cls(
            key=parameter.key,
            value=quantity_of(parameter),
            valid_from=parameter.valid_from,
            legal_basis=parameter.legal_basis,
            source=parameter.source,
            status=parameter.status,
        )


def uses(*values: ParameterValue) -> tuple[ParameterUse, ...]:
    """The parameter values a step relied on, ready to be shown with date and source."""
    return tuple(ParameterUse.of(value) for value in values)


class Step(BaseModel):
    """One step of an explanation: what rule was applied to which numbers."""

    model_config = ConfigDict(frozen=True)

    rule: str
    message: str
    values: dict[str, Quantity] = {}
    legal_basis: str
    parameters: tuple[ParameterUse, ...] = ()


class Explained(BaseModel):
    """Base of every explained result: its legal basis and the ordered steps to it."""

    model_config = ConfigDict(frozen=True)

    legal_basis: str
    steps: tuple[Step, ...] = Field(min_length=1)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unverified(self) -> tuple[ParameterUse, ...]:
        """Parameters behind this result that no source confirmed: shown to the user."""
        return tuple(p for s in self.steps for p in s.parameters if p.status == "unverified")


class ExplainedAmount(Explained):
    value: Quantity


class ExplainedDecision(Explained):
    value: bool

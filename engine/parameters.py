"""Dated legal parameters: every amount, percentage and limit the rules use.

The data lives beside the rules that read it: ``engine/<area>/<name>.toml`` (and the
general ``engine/allgemein.toml``), one table per amount, laid out like the law's tables
(see engine/PARAMETERS.md). Loading validates everything at import:
unsorted or duplicate dates, missing sources and unknown units fail loudly.

Evaluating for a date picks the latest ``valid_from <= date`` (engine.md rule 3). A date
outside the period the data was checked for raises :class:`NotCovered`; it is never
answered with the nearest year.
"""

from __future__ import annotations

import tomllib
from datetime import date
from decimal import Decimal
from enum import StrEnum
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ENGINE_DIR = Path(__file__).parent


class Unit(StrEnum):
    EUR = "EUR"
    EUR_PER_MONTH = "EUR_PER_MONTH"
    EUR_PER_YEAR = "EUR_PER_YEAR"
    EUR_PER_WEEK = "EUR_PER_WEEK"
    EUR_PER_DAY = "EUR_PER_DAY"
    EUR_PER_MEASURE = "EUR_PER_MEASURE"
    SHARE = "SHARE"  # a fraction, 0.85 = 85 %
    YEARS = "YEARS"
    MONTHS = "MONTHS"
    WEEKS = "WEEKS"
    DAYS = "DAYS"
    WORKING_DAYS = "WORKING_DAYS"
    HOURS = "HOURS"
    PERSONS = "PERSONS"  # a head count, e.g. employees of an employer
    POINTS = "POINTS"  # Gesamtpunkte of the assessment instrument (§ 15 SGB XI)


Status = Literal["verified", "derived", "unverified"]


class NotCovered(LookupError):
    """The date lies outside the period for which the parameter data was checked."""

    def __init__(self, key: str, on: date, covered_from: date, covered_until: date) -> None:
        super().__init__(f"{key}: {on.isoformat()} is outside {covered_from}..{covered_until}")
        self.key = key
        self.on = on
        self.covered_from = covered_from
        self.covered_until = covered_until


class NotInForce(LookupError):
    """The amount did not exist (yet, or any more) on the date, e.g. a repealed budget."""

    def __init__(self, key: str, on: date) -> None:
        super().__init__(f"{key} is not in force on {on.isoformat()}")
        self.key = key
        self.on = on


class ParameterEntry(BaseModel):
    """One row of a parameter's history: a value and the date from which it applies."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    valid_from: date
    value: Decimal | None = None
    ended: bool = False
    legal_basis: str = Field(min_length=3)
    source: str = Field(min_length=3)
    checked_on: date
    status: Status = "verified"

    @model_validator(mode="after")
    def _value_or_ended(self) -> ParameterEntry:
        if self.ended == (self.value is not None):
            raise ValueError("an entry has either a value or ended = true, not both or neither")
        return self


class ParameterValue(BaseModel):
    """The value of one parameter on one date, with everything needed to explain it."""

    model_config = ConfigDict(frozen=True)

    key: str
    value: Decimal
    unit: Unit
    valid_from: date
    legal_basis: str
    source: str
    status: Status


class Parameter(BaseModel):
    """One legal amount with its dated history."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    key: str
    area: str
    label_de: str = Field(min_length=3)
    unit: Unit
    covered_from: date
    covered_until: date
    entries: tuple[ParameterEntry, ...] = Field(min_length=1)

    @field_validator("entries")
    @classmethod
    def _dates_strictly_increasing(
        cls, entries: tuple[ParameterEntry, ...]
    ) -> tuple[ParameterEntry, ...]:
        for earlier, later in pairwise(entries):
            if later.valid_from == earlier.valid_from:
                raise ValueError(f"duplicate valid_from {later.valid_from}")
            if later.valid_from < earlier.valid_from:
                raise ValueError(
                    f"valid_from not sorted: {later.valid_from} after {earlier.valid_from}"
                )
        if entries[0].ended:
            raise ValueError("the first entry cannot end the amount")
        return entries

    def value_on(self, on: date) -> ParameterValue:
        """The value in force on ``on``: the latest entry with ``valid_from <= on``."""
        if not self.covered_from <= on <= self.covered_until:
            raise NotCovered(self.key, on, self.covered_from, self.covered_until)
        current = None
        for entry in self.entries:
            if entry.valid_from <= on:
                current = entry
        if current is None or current.ended:
            raise NotInForce(self.key, on)
        assert current.value is not None
        return ParameterValue(
            key=self.key,
            value=current.value,
            unit=self.unit,
            valid_from=current.valid_from,
            legal_basis=current.legal_basis,
            source=current.source,
            status=current.status,
        )

    def in_force(self, on: date) -> bool:
        try:
            self.value_on(on)
        except NotInForce:
            return False
        return True


class _AreaMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    area: str
    covered_from: date
    covered_until: date

    @model_validator(mode="after")
    def _ordered(self) -> _AreaMeta:
        if self.covered_from > self.covered_until:
            raise ValueError("covered_from after covered_until")
        return self


def _decimal(value: object) -> object:
    """TOML integers become Decimal too, so money never passes through float."""
    return Decimal(value) if isinstance(value, int) and not isinstance(value, bool) else value


def parse_area(text: str, origin: str) -> list[Parameter]:
    """Parse one area file; raises ValueError naming the file and the parameter."""
    raw = tomllib.loads(text, parse_float=Decimal)
    meta = _AreaMeta.model_validate(raw.pop("meta", None) or {})
    parameters = []
    for key, table in raw.items():
        try:
            entries = [
                {name: _decimal(v) if name == "value" else v for name, v in entry.items()}
                for entry in table.get("entries", [])
            ]
            parameters.append(
                Parameter(
                    key=key,
                    area=meta.area,
                    label_de=table.get("label_de", ""),
                    unit=table.get("unit"),
                    covered_from=meta.covered_from,
                    covered_until=meta.covered_until,
                    entries=tuple(entries),
                )
            )
        except ValueError as error:
            raise ValueError(f"{origin}: parameter {key!r}: {error}") from error
    return parameters


def parameter_files(directory: Path = ENGINE_DIR) -> list[Path]:
    """Every parameter file: the general one and those in the area packages."""
    return sorted([*directory.glob("*.toml"), *directory.glob("*/*.toml")])


def load_parameters(directory: Path = ENGINE_DIR) -> dict[str, Parameter]:
    """All parameters of all area files, keyed by their unique key."""
    registry: dict[str, Parameter] = {}
    for path in parameter_files(directory):
        for parameter in parse_area(path.read_text(encoding="utf-8"), path.name):
            if parameter.key in registry:
                raise ValueError(f"{path.name}: parameter {parameter.key!r} defined twice")
            registry[parameter.key] = parameter
    if not registry:
        raise ValueError(f"no parameter files in {directory}")
    return registry


PARAMETERS: dict[str, Parameter] = load_parameters()


def param(key: str, on: date) -> ParameterValue:
    """The value of parameter ``key`` in force on ``on`` (raises NotCovered / NotInForce)."""
    return PARAMETERS[key].value_on(on)


@cache
def covered_period() -> tuple[date, date]:
    """The dates for which every parameter file was checked: the Rechtsstand range."""
    return (
        max(p.covered_from for p in PARAMETERS.values()),
        min(p.covered_until for p in PARAMETERS.values()),
    )


def check_covered(on: date) -> None:
    """Refuse a Rechtsstand outside the checked period (engine.md rule 3)."""
    start, end = covered_period()
    if not start <= on <= end:
        raise NotCovered("rechtsstand", on, start, end)


def parameters_in_force(on: date, area: str | None = None) -> list[ParameterValue]:
    """Every parameter in force on ``on`` (optionally of one area), in file order."""
    check_covered(on)
    return [
        p.value_on(on)
        for p in PARAMETERS.values()
        if (area is None or p.area == area) and p.in_force(on)
    ]


def areas() -> list[str]:
    return list(dict.fromkeys(p.area for p in PARAMETERS.values()))

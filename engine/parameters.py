"""Dated legal parameters: every amount, percentage and limit the rules use.

The data lives beside the rules that read it: ``engine/<area>/<name>.toml`` (and the
general ``engine/allgemein.toml``), one table per amount, laid out like the law's tables
(see engine/PARAMETERS.md). Loading validates everything at import:
unsorted or duplicate dates, missing sources and unknown units fail loudly.

Evaluating for a date picks the latest ``valid_from <= date`` (engine.md rule 3). A date
outside the period the data was checked for raises :class:`NotCovered`; it is never
answered with the nearest year.

Coverage belongs to each file (``[meta] covered_until``): the care amounts can be checked
for a year whose Bezugsgröße is not yet published. The Rechtsstand range the app offers is
the union of the areas' ranges; an area asked about a date its data does not cover names
the values it is waiting for (``[meta] waiting_for``).
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

# The day the whole data set was last reviewed against its sources. The parameter lint
# asks every checked_on to lie within about a year before it; moving it forward is the
# re-review (tests compare with this date, never with the calendar).
REVIEWED_ON = date(2026, 11, 25)


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
    GDB = "GDB"  # a Grad der Behinderung (§ 152 Abs. 1 SGB IX), a plain number


Status = Literal["verified", "derived", "unverified"]


class NotCovered(LookupError):
    """The date lies outside the period for which the parameter data was checked.

    ``missing`` names the parameters whose values for that date are not yet published
    (the file's ``waiting_for``), or the parameter itself when its file names none.
    """

    def __init__(
        self,
        key: str,
        on: date,
        covered_from: date,
        covered_until: date,
        area: str | None = None,
        missing: tuple[str, ...] = (),
    ) -> None:
        super().__init__(f"{key}: {on.isoformat()} is outside {covered_from}..{covered_until}")
        self.key = key
        self.on = on
        self.covered_from = covered_from
        self.covered_until = covered_until
        self.area = area
        self.missing = missing or (key,)


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
    # The file's values whose publication the coverage after covered_until waits for.
    waiting_for: tuple[str, ...] = ()
    # From this day the values rest on current law while a reform that may change them is
    # pending; the screens say so.
    provisional_from: date | None = None
    # True for the general file (engine/*.toml): it serves every area and does not widen
    # the Rechtsstand range on its own.
    general: bool = False
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
            waiting = self.waiting_for if on > self.covered_until else ()
            raise NotCovered(
                self.key, on, self.covered_from, self.covered_until, self.area, waiting
            )
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
    waiting_for: tuple[str, ...] = ()
    provisional_from: date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> _AreaMeta:
        if self.covered_from > self.covered_until:
            raise ValueError("covered_from after covered_until")
        return self


def _decimal(value: object) -> object:
    """TOML integers become Decimal too, so money never passes through float."""
    return Decimal(value) if isinstance(value, int) and not isinstance(value, bool) else value


def parse_area(text: str, origin: str, general: bool = False) -> list[Parameter]:
    """Parse one area file; raises ValueError naming the file and the parameter."""
    raw = tomllib.loads(text, parse_float=Decimal)
    meta = _AreaMeta.model_validate(raw.pop("meta", None) or {})
    unknown = [key for key in meta.waiting_for if key not in raw]
    if unknown:
        raise ValueError(f"{origin}: waiting_for names parameters not in the file: {unknown}")
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
                    waiting_for=meta.waiting_for,
                    provisional_from=meta.provisional_from,
                    general=general,
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
        text = path.read_text(encoding="utf-8")
        for parameter in parse_area(text, path.name, general=path.parent == directory):
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


class AreaCoverage(BaseModel):
    """How far one area's data is checked, and which values its next period waits for."""

    model_config = ConfigDict(frozen=True)

    area: str
    covered_from: date
    covered_until: date
    waiting_for: tuple[str, ...]
    provisional_from: date | None
    general: bool


@cache
def area_coverage() -> dict[str, AreaCoverage]:
    """Each area's checked period, in file order (an area is one parameter file)."""
    coverage: dict[str, AreaCoverage] = {}
    for p in PARAMETERS.values():
        coverage.setdefault(
            p.area,
            AreaCoverage(
                area=p.area,
                covered_from=p.covered_from,
                covered_until=p.covered_until,
                waiting_for=p.waiting_for,
                provisional_from=p.provisional_from,
                general=p.general,
            ),
        )
    return coverage


@cache
def covered_period() -> tuple[date, date]:
    """The Rechtsstand range: the union of the legal areas' checked periods.

    The general file is left out: it serves every area, and its open-ended limits (the
    age of majority) alone would offer dates for which no area can answer.
    """
    legal = [c for c in area_coverage().values() if not c.general]
    return min(c.covered_from for c in legal), max(c.covered_until for c in legal)


def check_covered(on: date) -> None:
    """Refuse a Rechtsstand outside the range any area covers (engine.md rule 3)."""
    start, end = covered_period()
    if not start <= on <= end:
        raise NotCovered("rechtsstand", on, start, end)


class MissingParameter(BaseModel):
    """A parameter whose value for the asked date is not yet published."""

    model_config = ConfigDict(frozen=True)

    key: str
    label_de: str


class NotCoveredResult(BaseModel):
    """The answer of an area (or part) whose data does not reach the Rechtsstand date.

    Returned instead of the area's result, so one uncovered area does not fail the
    whole evaluation; ``missing`` names the values that are not yet published.
    """

    model_config = ConfigDict(frozen=True)

    status: Literal["not_covered"] = "not_covered"
    area: str
    rechtsstand: date
    covered_from: date
    covered_until: date
    missing: tuple[MissingParameter, ...]

    @classmethod
    def of(cls, error: NotCovered) -> NotCoveredResult:
        return cls(
            area=error.area or error.key,
            rechtsstand=error.on,
            covered_from=error.covered_from,
            covered_until=error.covered_until,
            missing=tuple(
                MissingParameter(key=key, label_de=PARAMETERS[key].label_de)
                for key in error.missing
                if key in PARAMETERS
            ),
        )


def coverage_gap(areas: tuple[str, ...], on: date) -> NotCoveredResult | None:
    """The first of ``areas`` whose data does not cover ``on``, as a typed answer."""
    for area in areas:
        c = area_coverage()[area]
        if not c.covered_from <= on <= c.covered_until:
            waiting = c.waiting_for if on > c.covered_until else ()
            return NotCoveredResult.of(
                NotCovered(area, on, c.covered_from, c.covered_until, area, waiting)
            )
    return None


def parameters_in_force(on: date, area: str | None = None) -> list[ParameterValue]:
    """Every parameter in force on ``on`` (optionally of one area), in file order.

    Raises NotCovered when a parameter asked for is not covered on ``on``; callers that
    list several areas ask :func:`coverage_gap` first.
    """
    check_covered(on)
    return [
        p.value_on(on)
        for p in PARAMETERS.values()
        if (area is None or p.area == area) and p.in_force(on)
    ]


def areas() -> list[str]:
    return list(dict.fromkeys(p.area for p in PARAMETERS.values()))

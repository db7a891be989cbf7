"""The household scenario: what the family tells us once, shared by every screen.

One scenario per household. Every screen reads the parts it needs and adds what it learns,
so nobody types the child's birth date or the parents' incomes twice. The scenario is the
only input that travels in a share link (engine/link.py); results never do.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

SCENARIO_VERSION = 1

GEBURTSDATUM_MIN = date(1900, 1, 1)
GEBURTSDATUM_MAX = date(2100, 12, 31)

Euro = Annotated[Decimal, Field(ge=0, le=10_000_000, decimal_places=2)]


class Wohnform(StrEnum):
    """Living situation; decides which care benefits apply (SGB XI) and Kostenträger."""

    zuhause = "zuhause"
    wohngruppe = "wohngruppe"  # ambulant betreute Wohngruppe, § 38a SGB XI
    vollstationaer = "vollstationaer"  # Pflegeheim, § 43 SGB XI
    besondere_wohnform = "besondere_wohnform"  # Einrichtung der Eingliederungshilfe, § 43a SGB XI


class Einkunftsart(StrEnum):
    """Main kind of income; decides the Einkommensgrenze (§ 136 Abs. 2 SGB IX)."""

    sv_beschaeftigung = "sv_beschaeftigung"
    selbstaendig = "selbstaendig"
    nicht_sv_beschaeftigung = "nicht_sv_beschaeftigung"
    rente = "rente"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Einkommen(_Model):
    """One person's yearly income / Jahreseinkünfte einer Person."""

    betrag_jahr: Euro
    """Summe der Einkünfte im Jahr in Euro / sum of the year's income in euros."""
    art: Einkunftsart
    """Hauptsächliche Einkunftsart / main kind of income."""


class Person(_Model):
    """Die Person mit Behinderung / the person with a disability (child or adult)."""

    geburtsdatum: date | None = Field(default=None, ge=GEBURTSDATUM_MIN, le=GEBURTSDATUM_MAX)
    """Geburtsdatum / date of birth."""
    pflegegrad: int | None = Field(default=None, ge=1, le=5)
    """Bekannter Pflegegrad 1–5 (§ 15 SGB XI) / known care level 1–5."""
    wohnform: Wohnform | None = None
    """Wohnsituation / living situation."""


class Eltern(_Model):
    """Eltern der Person (bei Minderjährigen zählt ihr Einkommen) / the person's parents."""

    elternteil_1: Einkommen | None = None
    """Einkommen des ersten Elternteils / income of the first parent."""
    elternteil_2: Einkommen | None = None
    """Einkommen des zweiten Elternteils / income of the second parent."""
    kinder_im_haushalt: int = Field(default=0, ge=0, le=15)
    """Unterhaltsberechtigte Kinder im Haushalt / dependent children in the household."""


class Scenario(_Model):
    """Ein Haushalt, wie ihn alle Seiten teilen / one household as all screens share it."""

    version: Literal[1] = SCENARIO_VERSION
    """Version des Formats / format version."""
    person: Person = Person()
    eltern: Eltern = Eltern()

    def with_value(self, path: tuple[str, ...], value: object) -> Scenario:
        """A copy with the field at ``path`` set and the whole scenario validated again."""
        data = self.model_dump()
        node = data
        for name in path[:-1]:
            if node.get(name) is None:
                node[name] = {}
            node = node[name]
        node[path[-1]] = value
        return Scenario.model_validate(data)

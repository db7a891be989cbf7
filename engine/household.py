"""The household facts every area needs: the person, the parents, incomes, living situation.

Each legal area adds its own part of the scenario (engine/<area>/scenario.py); the
scenario (engine/scenario.py) composes them. Only inputs travel in a share link; the link
fields of these facts are declared here, beside the models.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from engine.linkfield import LinkField, encode_flag

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
    sonstige = "sonstige"  # other kinds, e.g. rent or capital: § 136 Abs. 2 Satz 2 SGB IX


class Model(BaseModel):
    """Base of every scenario part: strict, immutable, documented fields."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class Einkommen(Model):
    """One person's yearly income / Jahreseinkünfte einer Person."""

    betrag_jahr: Euro
    """Summe der Einkünfte im Jahr in Euro / sum of the year's income in euros."""
    art: Einkunftsart
    """Hauptsächliche Einkunftsart / main kind of income."""


class Person(Model):
    """Die Person mit Behinderung / the person with a disability (child or adult)."""

    geburtsdatum: date | None = Field(default=None, ge=GEBURTSDATUM_MIN, le=GEBURTSDATUM_MAX)
    """Geburtsdatum / date of birth."""
    pflegegrad: int | None = Field(default=None, ge=1, le=5)
    """Bekannter Pflegegrad 1–5 (§ 15 SGB XI) / known care level 1–5."""
    wohnform: Wohnform | None = None
    """Wohnsituation / living situation."""
    partner: bool | None = None
    """Volljährige: lebt mit nicht getrennt lebendem Ehe- oder Lebenspartner / adult: partner."""


class Eltern(Model):
    """Eltern der Person (bei Minderjährigen zählt ihr Einkommen) / the person's parents."""

    elternteil_1: Einkommen | None = None
    """Einkommen des ersten Elternteils / income of the first parent."""
    elternteil_2: Einkommen | None = None
    """Einkommen des zweiten Elternteils / income of the second parent."""
    kinder_im_haushalt: int = Field(default=0, ge=0, le=15)
    """Unterhaltsberechtigte Kinder im Haushalt / dependent children in the household."""
    zusammenlebend: bool | None = None
    """Das Kind lebt mit beiden Eltern in einem Haushalt / the child lives with both parents."""

    @property
    def zusammen(self) -> bool:
        """Both parents live in the child's household: as the family said; a scenario from
        before the question was asked (old links) counts both incomes given as both parents."""
        if self.zusammenlebend is not None:
            return self.zusammenlebend
        return self.elternteil_1 is not None and self.elternteil_2 is not None

    @property
    def im_haushalt(self) -> tuple[Einkommen, ...]:
        """Incomes of the parents living in the child's household: the first parent's alone
        when the family said the child lives with one parent; otherwise every income given
        (a 0 € income is an income)."""
        eltern = [self.elternteil_1]
        if self.zusammenlebend is not False:
            eltern.append(self.elternteil_2)
        return tuple(e for e in eltern if e is not None)


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("gd", ("person", "geburtsdatum")),
    LinkField("pg", ("person", "pflegegrad")),
    LinkField("wf", ("person", "wohnform")),
    LinkField("pz", ("person", "partner"), encode_flag),
    LinkField("e1", ("eltern", "elternteil_1", "betrag_jahr")),
    LinkField("a1", ("eltern", "elternteil_1", "art")),
    LinkField("e2", ("eltern", "elternteil_2", "betrag_jahr")),
    LinkField("a2", ("eltern", "elternteil_2", "art")),
    LinkField("k", ("eltern", "kinder_im_haushalt")),
    LinkField("ez", ("eltern", "zusammenlebend"), encode_flag),
)

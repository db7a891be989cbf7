"""The inheritance and guardianship area's part of the household scenario, with its link
fields (prefix "x"). The person's birth date, wohnform and partner are household facts."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from engine.household import Euro, Model
from engine.linkfield import LinkField, encode_flag


class Programm(StrEnum):
    """Which law asks the inheritance to be used: decides the protected amount."""

    sozialhilfe = "sozialhilfe"  # Grundsicherung or Hilfe zur Pflege (SGB XII), also beside EGH
    eingliederungshilfe = "eingliederungshilfe"  # Eingliederungshilfe alone (SGB IX Teil 2)


class Erblasserstaat(StrEnum):
    """Staatsangehörigkeit des Elternteils, um dessen Erbe es geht: the ones whose treaty
    takes precedence over the EU-Erbrechtsverordnung (Art. 75 Abs. 1) are told apart."""

    deutsch = "deutsch"  # also with a further citizenship
    tuerkisch = "tuerkisch"  # deutsch-türkisches Nachlassabkommen 1929
    iranisch = "iranisch"  # deutsch-persisches Niederlassungsabkommen 1929
    andere = "andere"  # every other one, EU citizens included


class Erbe(Model):
    """Was der Bildschirm Erbe und Vorsorge fragt / what the inheritance screen asks."""

    nachlass: Euro = Decimal(0)
    """Wert des Nachlasses des Elternteils / value of the parent's estate."""
    ehegatte: bool = False
    """Ein Ehegatte überlebt, Zugewinngemeinschaft / a spouse survives (Zugewinngemeinschaft)."""
    kinder: int = Field(default=1, ge=1, le=15)
    """Kinder des Erblassers, das Kind mit Behinderung eingerechnet / the testator's children."""
    programm: Programm | None = None
    """Welche Leistungen das Kind bezieht / which benefits the child receives."""
    leistungen_monat: Euro = Decimal(0)
    """Leistungen, die das Kind heute im Monat bezieht / benefits received per month now."""
    kostenersatz_monat: Euro = Decimal(0)
    """Davon Sozialhilfe außer Grundsicherung (z. B. Hilfe zur Pflege) / of which SGB XII
    benefits other than Grundsicherung (§ 102 Abs. 5 SGB XII)."""
    vermoegen: Euro = Decimal(0)
    """Eigenes Vermögen des Kindes heute / the child's own assets today."""
    vollmacht_moeglich: bool | None = None
    """Das Kind kann verstehen, wem es eine Vollmacht gibt / can grant a power of attorney."""
    staatsangehoerigkeit: Erblasserstaat | None = None
    """Staatsangehörigkeit des Elternteils / the parent's citizenship."""
    rechtswahl: bool | None = None
    """Der Elternteil wählt im Testament das Recht seiner Staatsangehörigkeit (Art. 22
    EU-ErbVO) / the parent's will chooses the law of the nationality."""


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("xn", ("erbe", "nachlass")),
    LinkField("xe", ("erbe", "ehegatte"), encode_flag),
    LinkField("xk", ("erbe", "kinder")),
    LinkField("xp", ("erbe", "programm")),
    LinkField("xm", ("erbe", "leistungen_monat")),
    LinkField("xr", ("erbe", "kostenersatz_monat")),
    LinkField("xa", ("erbe", "vermoegen")),
    LinkField("xv", ("erbe", "vollmacht_moeglich"), encode_flag),
    LinkField("xs", ("erbe", "staatsangehoerigkeit")),
    LinkField("xw", ("erbe", "rechtswahl"), encode_flag),
)

"""The Widerspruch area's part of the household scenario, with its link fields.

Only what the deadline and the Krankenversicherung amounts need. Names, addresses and the
file number of the letter are typed on the screen and never enter the scenario or a link.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from engine.household import Euro, Model
from engine.linkfield import LinkField, encode_flag
from engine.widerspruch.fristen import Rechtsbehelf, Zugang


class Thema(StrEnum):
    """Worum es im Bescheid geht / what the decision is about (chooses the letter's text)."""

    pflegegrad = "pflegegrad"
    sonstiges = "sonstiges"


class Leistungsart(StrEnum):
    """Wofür zugezahlt wird / what the Zuzahlung is for (chooses the rule)."""

    arzneimittel = "arzneimittel"
    hilfsmittel = "hilfsmittel"
    verbrauch = "verbrauch"
    fahrkosten = "fahrkosten"
    heilmittel = "heilmittel"
    krankenpflege = "krankenpflege"
    krankenhaus = "krankenhaus"


class Zuzahlung(Model):
    """Die Familie des Versicherten für §§ 55, 62 SGB V / the insured person's household.

    The insured member is often a parent (the child is familienversichert), so these are
    the member's household, not the person's own partner (Person.partner)."""

    brutto_jahr: Euro = Decimal(0)
    """Bruttoeinnahmen zum Lebensunterhalt des Haushalts im Jahr / gross household income."""
    partner: bool = False
    """Ehegatte oder Lebenspartner im Haushalt / spouse or civil partner in the household."""
    kinder: int = Field(default=0, ge=0, le=15)
    """Kinder im Haushalt (familienversichert) / children in the household."""
    chronisch: bool = False
    """Schwerwiegend chronisch krank in Dauerbehandlung (§ 62 Abs. 1 Satz 2 SGB V)."""
    existenzsichernd: bool = False
    """Bürgergeld, Grundsicherung oder Hilfe zum Lebensunterhalt (§ 62 Abs. 2 Satz 5, 6)."""
    leistung: Leistungsart | None = None
    """Rechner: wofür zugezahlt wird / calculator: the benefit."""
    kosten: Euro = Decimal(0)
    """Rechner: Preis, Kosten der Verordnung oder der Fahrt; Verbrauch: im Monat;
    häusliche Krankenpflege: je Tag / price or cost (per month, per day where so)."""
    tage: int = Field(default=0, ge=0, le=366)
    """Rechner: Tage im Krankenhaus oder mit häuslicher Krankenpflege im Jahr."""
    bisher_jahr: Euro = Decimal(0)
    """Zuzahlungen des Haushalts in diesem Kalenderjahr bisher / paid so far this year."""


class Widerspruch(Model):
    """Was der Fristen-Bildschirm fragt / what the deadline screen asks."""

    bescheid_datum: datetime.date | None = None
    """Datum, an dem der Bescheid zur Post gegeben oder abgesandt wurde / date of posting."""
    zugang: Zugang = Zugang.post
    """Wie der Bescheid kam / how it arrived."""
    rechtsbehelf: Rechtsbehelf = Rechtsbehelf.widerspruch
    """Bescheid (Widerspruch) oder Widerspruchsbescheid (Klage)."""
    belehrung_fehlt: bool = False
    """Rechtsbehelfsbelehrung fehlt oder ist falsch (§ 66 Abs. 2 SGG)."""
    thema: Thema = Thema.sonstiges
    """Worum es geht / subject of the decision."""
    zuzahlung: Zuzahlung = Zuzahlung()


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("zd", ("widerspruch", "bescheid_datum")),
    LinkField("zz", ("widerspruch", "zugang")),
    LinkField("zr", ("widerspruch", "rechtsbehelf")),
    LinkField("zb", ("widerspruch", "belehrung_fehlt"), encode_flag),
    LinkField("zt", ("widerspruch", "thema")),
    LinkField("ze", ("widerspruch", "zuzahlung", "brutto_jahr")),
    LinkField("zp", ("widerspruch", "zuzahlung", "partner"), encode_flag),
    LinkField("zk", ("widerspruch", "zuzahlung", "kinder")),
    LinkField("zc", ("widerspruch", "zuzahlung", "chronisch"), encode_flag),
    LinkField("zs", ("widerspruch", "zuzahlung", "existenzsichernd"), encode_flag),
    LinkField("zl", ("widerspruch", "zuzahlung", "leistung")),
    LinkField("zw", ("widerspruch", "zuzahlung", "kosten")),
    LinkField("zn", ("widerspruch", "zuzahlung", "tage")),
    LinkField("zj", ("widerspruch", "zuzahlung", "bisher_jahr")),
)

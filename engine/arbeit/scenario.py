"""The work area's part of the household scenario, with its link fields (prefix "j").

Birth date, Merkzeichen, Wohnform and partner are household facts (engine/household.py);
the parents' incomes are in Eltern. This part adds only what the work screen asks.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from engine.household import GEBURTSDATUM_MAX, GEBURTSDATUM_MIN, Euro, Model
from engine.linkfield import LinkField, encode_flag


class Arbeitsweg(StrEnum):
    """Where the person works, trains or studies (Ratgeber Kapitel G)."""

    werkstatt_berufsbildung = "werkstatt_berufsbildung"  # Eingangsverfahren, BBB: § 57 SGB IX
    werkstatt_arbeitsbereich = "werkstatt_arbeitsbereich"  # § 58 SGB IX
    andere_leistungsanbieter = "andere_leistungsanbieter"  # § 60 SGB IX
    budget_fuer_arbeit = "budget_fuer_arbeit"  # § 61 SGB IX
    budget_fuer_ausbildung = "budget_fuer_ausbildung"  # § 61a SGB IX
    inklusionsbetrieb = "inklusionsbetrieb"  # § 215 SGB IX
    berufsbildungswerk = "berufsbildungswerk"  # § 51 SGB IX
    studium = "studium"  # § 112 Abs. 1 Nr. 2 SGB IX
    tagesfoerderstaette = "tagesfoerderstaette"  # § 81 SGB IX


class Arbeit(Model):
    """Was der Bildschirm Arbeit und Geld fragt / what the work screen asks."""

    weg: Arbeitsweg | None = None
    """Werkstatt, Budget für Arbeit, Ausbildung … / where the person works or trains."""
    erwerbsfaehig: bool | None = None
    """Kann mindestens drei Stunden täglich auf dem allgemeinen Arbeitsmarkt arbeiten
    (§ 8 SGB II) / can work at least three hours a day on the open labour market."""
    werkstatt_seit: date | None = Field(default=None, ge=GEBURTSDATUM_MIN, le=GEBURTSDATUM_MAX)
    """Beginn der Werkstattbeschäftigung / first day in the Werkstatt."""
    steigerungsbetrag: Euro = Decimal(0)
    """Werkstatt: Steigerungsbetrag im Monat (§ 221 Abs. 2 SGB IX) / performance part."""
    arbeitsentgelt: Euro = Decimal(0)
    """Außerhalb der Werkstatt: Nettoentgelt im Monat / net monthly pay outside a Werkstatt."""
    mittagessen_tage: int = Field(default=0, ge=0, le=23)
    """Arbeitstage mit gemeinsamem Mittagessen im Monat / working days with lunch."""
    bei_eltern: bool = False
    """Wohnt in der Wohnung der Eltern (nicht in einer besonderen Wohnform) / lives in the
    parents' flat."""
    miete: Euro = Decimal(0)
    """Eigene Wohnung: Warmmiete; bei den Eltern mit Mietvertrag: vereinbarter Anteil;
    besondere Wohnform: Wohnkosten laut Vertrag / rent actually owed."""
    mietvertrag: bool = False
    """Bei den Eltern: vertraglich zur Miete verpflichtet (§ 42a Abs. 4 SGB XII)."""
    personen_haushalt: int = Field(default=3, ge=2, le=15)
    """Bei den Eltern: Personen in der Wohnung / people in the parents' flat."""
    kdu_angemessen: Euro = Decimal(0)
    """Bei den Eltern: angemessene Unterkunftskosten (ohne Heizung) für so viele Personen."""
    kdu_angemessen_ohne: Euro = Decimal(0)
    """Bei den Eltern: angemessene Unterkunftskosten für eine Person weniger."""
    heizkosten: Euro = Decimal(0)
    """Bei den Eltern: Heizkosten der ganzen Wohnung im Monat."""
    warmmiete_durchschnitt: Euro = Decimal(0)
    """Besondere Wohnform: durchschnittliche Warmmiete eines Einpersonenhaushalts (§ 45a)."""
    zuschlaege_nachgewiesen: bool = False
    """Besondere Wohnform: zusätzliche Kosten gesondert im Vertrag ausgewiesen (§ 42a Abs. 5)."""
    ernaehrung: Euro = Decimal(0)
    """Mehrbedarf kostenaufwändige Ernährung (ärztlich bescheinigt, § 30 Abs. 5 SGB XII)."""
    rente: Euro = Decimal(0)
    """Rente und andere anrechenbare Einkünfte im Monat / pension and other income."""
    pflegegeld: Euro = Decimal(0)
    """Pflegegeld im Monat (zählt nicht, § 13 Abs. 5 SGB XI) / care allowance."""
    blindengeld: Euro = Decimal(0)
    """Blindengeld im Monat (zweckbestimmt, zählt nicht) / blind allowance."""
    vermoegen: Euro = Decimal(0)
    """Vermögen der Person (Konto, Sparbuch) / the person's assets."""


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("jw", ("arbeit", "weg")),
    LinkField("jf", ("arbeit", "erwerbsfaehig"), encode_flag),
    LinkField("jd", ("arbeit", "werkstatt_seit")),
    LinkField("js", ("arbeit", "steigerungsbetrag")),
    LinkField("je", ("arbeit", "arbeitsentgelt")),
    LinkField("jt", ("arbeit", "mittagessen_tage")),
    LinkField("jp", ("arbeit", "bei_eltern"), encode_flag),
    LinkField("jm", ("arbeit", "miete")),
    LinkField("jv", ("arbeit", "mietvertrag"), encode_flag),
    LinkField("jh", ("arbeit", "personen_haushalt")),
    LinkField("ja", ("arbeit", "kdu_angemessen")),
    LinkField("jo", ("arbeit", "kdu_angemessen_ohne")),
    LinkField("jk", ("arbeit", "heizkosten")),
    LinkField("jx", ("arbeit", "warmmiete_durchschnitt")),
    LinkField("jz", ("arbeit", "zuschlaege_nachgewiesen"), encode_flag),
    LinkField("jn", ("arbeit", "ernaehrung")),
    LinkField("jr", ("arbeit", "rente")),
    LinkField("jg", ("arbeit", "pflegegeld")),
    LinkField("jb", ("arbeit", "blindengeld")),
    LinkField("jq", ("arbeit", "vermoegen")),
)

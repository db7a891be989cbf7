"""The integration-aid area's part of the household scenario, with its link fields."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from pydantic import Field

from engine.household import Einkommen, Euro, Model
from engine.linkfield import LinkField, decode_tuple, encode_flag, encode_tuple


class Behinderungsart(StrEnum):
    """Art der Behinderung; decides Jugendamt vs. Träger der Eingliederungshilfe for minors."""

    koerperlich = "koerperlich"
    geistig = "geistig"
    seelisch = "seelisch"


class Ursache(StrEnum):
    """Ursache der Behinderung (Kausalitätsprinzip, Ratgeber Kapitel H)."""

    keine = "keine"  # keine besondere Ursache
    unfall = "unfall"  # Arbeits-, Schul-, Kita- oder Wegeunfall: Unfallversicherung
    gewalt_impfschaden = "gewalt_impfschaden"  # Soziale Entschädigung: Versorgungsamt


class EghLeistung(StrEnum):
    """Leistungen der Eingliederungshilfe the family asks about (§§ 102 ff. SGB IX)."""

    heilpaedagogische_leistungen = "heilpaedagogische_leistungen"
    kita_assistenz = "kita_assistenz"
    assistenz_einfach = "assistenz_einfach"
    assistenz_qualifiziert = "assistenz_qualifiziert"
    assistenz_freizeit = "assistenz_freizeit"
    mobilitaet = "mobilitaet"
    wohnraum = "wohnraum"
    begleitung_krankenhaus = "begleitung_krankenhaus"
    besuchsbeihilfen = "besuchsbeihilfen"
    schulbegleitung = "schulbegleitung"
    schulische_berufsausbildung = "schulische_berufsausbildung"
    # § 138 Abs. 1 Nr. 5 SGB IX: the same in a besondere Ausbildungsstätte über Tag und Nacht
    schulische_berufsausbildung_internat = "schulische_berufsausbildung_internat"
    werkstatt = "werkstatt"
    andere_leistungsanbieter = "andere_leistungsanbieter"
    budget_fuer_arbeit = "budget_fuer_arbeit"
    tagesfoerderstaette = "tagesfoerderstaette"
    medizinische_rehabilitation = "medizinische_rehabilitation"


class Eingliederungshilfe(Model):
    """Was der Eingliederungshilfe-Bildschirm fragt / what the integration-aid screen asks."""

    behinderungsart: Behinderungsart | None = None
    """Körperliche, geistige oder seelische Behinderung / kind of disability."""
    ursache: Ursache = Ursache.keine
    """Besondere Ursache (Unfall, Gewalttat, Impfschaden) / special cause."""
    leistungen: tuple[EghLeistung, ...] = ()
    """Gewünschte Leistungen / benefits asked about."""
    vor_einschulung: bool = False
    """Das Kind ist noch nicht eingeschult / the child has not started school yet."""
    existenzsichernd: bool = False
    """Bezieht Grundsicherung, Bürgergeld oder Leistungen nach dem BVG / SGB XIV."""
    einkommen_abweichend: bool = False
    """Einkommen im laufenden Jahr erheblich anders als im Vorvorjahr (§ 135 Abs. 2 SGB IX)."""
    einkommen: Einkommen | None = None
    """Volljährige: eigenes Einkommen / adults: own income."""
    partner: Einkommen | None = None
    """Volljährige: Einkommen des Partners (zählt nicht, nur für § 136 Abs. 4) / partner."""
    kinder: int = Field(default=0, ge=0, le=15)
    """Volljährige: unterhaltsberechtigte Kinder im Haushalt / adults: dependent children."""
    vermoegen: Euro = Decimal(0)
    """Verwertbares Vermögen (bei Kindern der Eltern) / countable assets."""
    einrichtung: bool = False
    """Minderjährige: Leistung über Tag und Nacht (z. B. Internat einer Förderschule) oder über
    Tag in einer Einrichtung (§ 142 Abs. 1 SGB IX) / day-and-night or day care."""


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("eb", ("eingliederungshilfe", "behinderungsart")),
    LinkField("eu", ("eingliederungshilfe", "ursache")),
    LinkField("el", ("eingliederungshilfe", "leistungen"), encode_tuple, decode_tuple),
    LinkField("es", ("eingliederungshilfe", "vor_einschulung"), encode_flag),
    LinkField("eg", ("eingliederungshilfe", "existenzsichernd"), encode_flag),
    LinkField("ea", ("eingliederungshilfe", "einkommen_abweichend"), encode_flag),
    LinkField("ee", ("eingliederungshilfe", "einkommen", "betrag_jahr")),
    LinkField("ek", ("eingliederungshilfe", "einkommen", "art")),
    LinkField("ep", ("eingliederungshilfe", "partner", "betrag_jahr")),
    LinkField("eq", ("eingliederungshilfe", "partner", "art")),
    LinkField("en", ("eingliederungshilfe", "kinder")),
    LinkField("ev", ("eingliederungshilfe", "vermoegen")),
    LinkField("et", ("eingliederungshilfe", "einrichtung"), encode_flag),
)

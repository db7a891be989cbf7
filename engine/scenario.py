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

from pydantic import BaseModel, ConfigDict, Field, field_validator

from engine.nba import KRITERIUM, Skala

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

    @property
    def zusammen(self) -> bool:
        """Both parents are in the household (both incomes given)."""
        return self.elternteil_1 is not None and self.elternteil_2 is not None


class Merkzeichen(StrEnum):
    """Merkzeichen im Schwerbehindertenausweis that decide the care screen's Fahrkosten."""

    aG = "aG"
    Bl = "Bl"
    H = "H"


class Messung(_Model):
    """Wie oft eine Maßnahme nötig ist (Modul 5) / how often a measure is needed."""

    anzahl: int = Field(ge=0, le=999)
    """Anzahl / count."""
    je: Literal["tag", "woche", "monat"]
    """pro Tag, Woche oder Monat / per day, week or month."""


class Begutachtung(_Model):
    """Selbsteinschätzung nach dem Begutachtungsinstrument / self-assessment (§ 15 SGB XI).

    Answers are keyed by the official criterion numbers of Anlage 1 ("1.1" … "6.6", "4.K",
    "5.16") with the index on the criterion's scale, 0 (selbständig, nie) to 3 (unselbständig,
    täglich); "4.K" is 0 or 1. Children from 18 months answer what the child can do.
    """

    antworten: dict[str, int] = {}
    """Antwort je Kriterium (Index 0–3) / answer per criterion (index 0–3)."""
    messungen: dict[str, Messung] = {}
    """Modul 5: Häufigkeit je Maßnahme 5.1–5.15, 5.K / module 5 frequencies."""
    inkontinenz: bool = False
    """Überwiegend/vollständig inkontinent oder künstliche Ableitung (zählt 4.11/4.12)."""
    bedarfskonstellation: bool = False
    """Gebrauchsunfähigkeit beider Arme und beider Beine (§ 15 Abs. 4 SGB XI)."""

    @field_validator("antworten")
    @classmethod
    def _known_answers(cls, antworten: dict[str, int]) -> dict[str, int]:
        for nummer, index in antworten.items():
            kriterium = KRITERIUM.get(nummer)
            if kriterium is None or kriterium.skala is Skala.messung:
                raise ValueError(f"{nummer!r} is not a criterion answered on a scale")
            top = 1 if kriterium.skala is Skala.ja_nein else 3
            if not 0 <= index <= top:
                raise ValueError(f"{nummer}: answer must be between 0 and {top}")
        return antworten

    @field_validator("messungen")
    @classmethod
    def _known_measures(cls, messungen: dict[str, Messung]) -> dict[str, Messung]:
        for nummer in messungen:
            kriterium = KRITERIUM.get(nummer)
            if kriterium is None or kriterium.skala is not Skala.messung:
                raise ValueError(f"{nummer!r} is not a measure of module 5")
        return messungen


class Pflegeperson(_Model):
    """Wer zu Hause pflegt / the person who cares at home (not as a job)."""

    pflege_stunden_woche: Decimal = Field(default=Decimal(0), ge=0, le=168, decimal_places=1)
    """Pflege in Stunden je Woche (alle Pflegebedürftigen zusammen) / care hours per week."""
    pflege_tage_woche: int = Field(default=0, ge=0, le=7)
    """An wie vielen Tagen der Woche / on how many days a week."""
    erwerb_stunden_woche: Decimal = Field(default=Decimal(0), ge=0, le=100, decimal_places=1)
    """Erwerbsarbeit in Stunden je Woche / paid work in hours per week."""
    beschaeftigte_arbeitgeber: int | None = Field(default=None, ge=0, le=1_000_000)
    """Beschäftigte beim Arbeitgeber (leer: nicht angestellt) / the employer's head count."""


class HilfeZurPflege(_Model):
    """Angaben für die Hilfe zur Pflege (SGB XII) / inputs for Hilfe zur Pflege."""

    bedarf_monat: Euro | None = None
    """Festgestellter Pflegebedarf im Monat / assessed monthly care need in euros."""
    einkommen_monat: Euro = Decimal(0)
    """Bereinigtes Monatseinkommen (nach Steuern, Beiträgen), bei Kindern mit den Eltern."""
    erwerbseinkommen_monat: Euro = Decimal(0)
    """Davon eigenes Erwerbseinkommen der pflegebedürftigen Person / own earnings."""
    unterkunft_monat: Euro = Decimal(0)
    """Angemessene Kosten der Unterkunft im Monat / reasonable monthly housing costs."""
    partner: bool = False
    """Volljährige: nicht getrennt lebender Ehe- oder Lebenspartner / adult: partner."""
    unterhaltene_personen: int = Field(default=0, ge=0, le=15)
    """Volljährige: überwiegend unterhaltene Personen / adult: persons mainly supported."""
    vermoegen: Euro = Decimal(0)
    """Verwertbares Vermögen (ohne selbst bewohntes Haus) / countable assets."""
    vermoegen_aus_erwerb: Euro = Decimal(0)
    """Davon während der Hilfe aus eigener Arbeit angespart / of which saved from own work."""
    grundsicherung: bool = False
    """Bezieht auch Grundsicherung / also receives Grundsicherung (SGB XII, 4. Kapitel)."""
    eingliederungshilfe_vor_rentenalter: bool = False
    """Eingliederungshilfe schon vor der Regelaltersgrenze / integration aid before pension age."""
    blind: bool = False
    """Blind (§ 72 SGB XII) / blind."""


class Pflege(_Model):
    """Was der Pflege-Bildschirm fragt / what the care screen asks."""

    begutachtung: Begutachtung = Begutachtung()
    """Selbsteinschätzung (leer: Pflegegrad bekannt) / self-assessment."""
    sachleistung_anteil: Decimal = Field(default=Decimal(0), ge=0, le=1, decimal_places=2)
    """Genutzter Anteil der Pflegesachleistung (Kombinationsleistung) / share used."""
    tage_zuhause_monat: int = Field(default=0, ge=0, le=31)
    """Besondere Wohnform: Tage zu Hause im Monat, An- und Abreise voll / days at home."""
    verguetung_einrichtung_monat: Euro | None = None
    """Besondere Wohnform: vereinbarte Vergütung im Monat / the home's monthly fee."""
    merkzeichen: tuple[Merkzeichen, ...] = ()
    """Merkzeichen aG, Bl oder H im Schwerbehindertenausweis / markings on the ID."""
    mobilitaet_dauerhaft_beeintraechtigt: bool = False
    """Muss wegen dauerhaft eingeschränkter Mobilität gefahren werden / needs transport."""
    pflegeperson: Pflegeperson | None = None
    hilfe_zur_pflege: HilfeZurPflege | None = None


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
    werkstatt = "werkstatt"
    andere_leistungsanbieter = "andere_leistungsanbieter"
    budget_fuer_arbeit = "budget_fuer_arbeit"
    tagesfoerderstaette = "tagesfoerderstaette"
    medizinische_rehabilitation = "medizinische_rehabilitation"


class Eingliederungshilfe(_Model):
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
    """Volljährige: Einkommen des Partners (zählt nicht, nur für Zuschläge) / partner's income."""
    kinder: int = Field(default=0, ge=0, le=15)
    """Volljährige: unterhaltsberechtigte Kinder im Haushalt / adults: dependent children."""
    vermoegen: Euro = Decimal(0)
    """Verwertbares Vermögen (bei Kindern der Eltern) / countable assets."""


class Scenario(_Model):
    """Ein Haushalt, wie ihn alle Seiten teilen / one household as all screens share it."""

    version: Literal[1] = SCENARIO_VERSION
    """Version des Formats / format version."""
    person: Person = Person()
    eltern: Eltern = Eltern()
    pflege: Pflege = Pflege()
    eingliederungshilfe: Eingliederungshilfe = Eingliederungshilfe()

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

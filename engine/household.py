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

from engine.linkfield import LinkField, decode_tuple, encode_flag, encode_tuple

GEBURTSDATUM_MIN = date(1900, 1, 1)
GEBURTSDATUM_MAX = date(2100, 12, 31)

GDB_STUFEN = tuple(range(20, 101, 10))
"""§ 152 Abs. 1 Satz 5 SGB IX: the GdB is set from 20 to 100 in steps of ten."""

Euro = Annotated[Decimal, Field(ge=0, le=10_000_000, decimal_places=2)]


class Wohnform(StrEnum):
    """Living situation; decides which care benefits apply (SGB XI) and Kostenträger."""

    zuhause = "zuhause"
    wohngruppe = "wohngruppe"  # ambulant betreute Wohngruppe, § 38a SGB XI
    vollstationaer = "vollstationaer"  # Pflegeheim, § 43 SGB XI
    besondere_wohnform = "besondere_wohnform"  # Einrichtung der Eingliederungshilfe, § 43a SGB XI


class Merkzeichen(StrEnum):
    """Merkzeichen im Schwerbehindertenausweis (§ 3 Schwerbehindertenausweisverordnung)."""

    G = "G"  # erheblich gehbehindert, § 229 Abs. 1 SGB IX
    aG = "aG"  # außergewöhnlich gehbehindert, § 229 Abs. 3 SGB IX
    H = "H"  # hilflos, § 33b Abs. 6 EStG
    Bl = "Bl"  # blind, § 72 Abs. 5 SGB XII
    TBl = "TBl"  # taubblind, § 3 Abs. 1 Nr. 8 SchwbAwV
    Gl = "Gl"  # gehörlos, § 228 Abs. 1 SGB IX
    RF = "RF"  # Rundfunkbeitrag ermäßigt, § 4 Abs. 2 RBStV
    B = "B"  # Begleitperson, § 229 Abs. 2 SGB IX
    kl1 = "1Kl"  # 1. Klasse, § 3 Abs. 1 Nr. 6 SchwbAwV


class Bundesland(StrEnum):
    """Land, in dem der Haushalt wohnt (ISO 3166-2:DE); Landesrecht (Blindengeld, Feiertage)."""

    BW = "BW"
    BY = "BY"
    BE = "BE"
    BB = "BB"
    HB = "HB"
    HH = "HH"
    HE = "HE"
    MV = "MV"
    NI = "NI"
    NW = "NW"
    RP = "RP"
    SL = "SL"
    SN = "SN"
    ST = "ST"
    SH = "SH"
    TH = "TH"


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
    gdb: int | None = Field(default=None, ge=GDB_STUFEN[0], le=GDB_STUFEN[-1], multiple_of=10)
    """Grad der Behinderung 20–100 in Zehnerstufen (§ 152 Abs. 1 SGB IX) / degree of
    disability."""
    merkzeichen: tuple[Merkzeichen, ...] = ()
    """Merkzeichen im Schwerbehindertenausweis / marks in the disability card."""
    bundesland: Bundesland | None = None
    """Bundesland, in dem der Haushalt wohnt / federal state the household lives in."""


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


class Staatsangehoerigkeit(StrEnum):
    """Staatsangehörigkeit; decides which residence rules apply at all."""

    deutsch = "deutsch"
    eu_ewr_schweiz = "eu_ewr_schweiz"  # Freizügigkeit (FreizügG/EU, FZA Schweiz)
    andere = "andere"


class Aufenthaltsdokument(StrEnum):
    """The document a person without EU citizenship holds (AufenthG, AsylG)."""

    niederlassungserlaubnis = "niederlassungserlaubnis"  # § 9 AufenthG
    daueraufenthalt_eu = "daueraufenthalt_eu"  # Erlaubnis zum Daueraufenthalt-EU, § 9a AufenthG
    aufenthaltserlaubnis = "aufenthaltserlaubnis"  # § 7 AufenthG, with its Aufenthaltszweck
    voruebergehender_schutz = "voruebergehender_schutz"  # Aufenthaltserlaubnis § 24 AufenthG
    fiktionsbescheinigung = "fiktionsbescheinigung"  # § 81 Abs. 5 AufenthG
    aufenthaltsgestattung = "aufenthaltsgestattung"  # § 55 AsylG: asylum procedure
    duldung = "duldung"  # § 60a AufenthG


class Aufenthaltszweck(StrEnum):
    """Purpose group of an Aufenthaltserlaubnis (chapter 2 of the AufenthG); for EU citizens
    the ground of the right of residence (§ 2 FreizügG/EU). The groups are the ones the
    residence rules tell apart (§ 62 Abs. 2 EStG, § 23 SGB XII, § 7 SGB II)."""

    erwerbstaetigkeit = "erwerbstaetigkeit"  # §§ 18–21 AufenthG; EU: Arbeitnehmer
    studium_ausbildung = "studium_ausbildung"  # §§ 16–17 AufenthG
    familiaer = "familiaer"  # §§ 27–36 AufenthG; EU: Familienangehörige
    schutz = "schutz"  # § 25 Abs. 1, 2 AufenthG: Asyl, Flüchtling, subsidiärer Schutz
    humanitaer = "humanitaer"  # §§ 22, 23, 23a, 25 Abs. 3, 4 AufenthG (Aufenthalt.aufnahme)
    ausreisehindernis = "ausreisehindernis"  # § 25 Abs. 5 AufenthG
    arbeitsuche = "arbeitsuche"  # § 20 AufenthG; EU: § 2 Abs. 2 Nr. 1a FreizügG/EU
    kein_aufenthaltsrecht = "kein_aufenthaltsrecht"  # EU citizen without a right of residence


class Krankenversicherung(StrEnum):
    """How the person is insured for illness; membership decides the care insurance."""

    gesetzlich = "gesetzlich"  # SGB V member or family-insured: soziale Pflegeversicherung
    privat = "privat"  # private Kranken- and Pflege-Pflichtversicherung (§ 23 SGB XI)
    sozialamt = "sozialamt"  # § 264 Abs. 2 SGB V: Gesundheitskarte, paid by the Sozialamt
    asylblg = "asylblg"  # §§ 4, 6 AsylbLG: Behandlungsschein of the Sozialamt
    keine = "keine"


class Aufenthalt(Model):
    """Aufenthaltsstatus der Person mit Behinderung (bei Kindern zählt für Kindergeld der
    Elternteil, der es beantragt) / residence facts of the person with a disability.

    Every field is optional: a family that skips the questions is answered as if its
    residence status were unrestricted, and told so.
    """

    staatsangehoerigkeit: Staatsangehoerigkeit | None = None
    """Staatsangehörigkeit / citizenship."""
    dokument: Aufenthaltsdokument | None = None
    """Aufenthaltstitel oder Dokument / residence title or document."""
    zweck: Aufenthaltszweck | None = None
    """Zweck der Aufenthaltserlaubnis (EU: Grund des Aufenthaltsrechts) / purpose."""
    monate_in_deutschland: int | None = Field(default=None, ge=0, le=1200)
    """Monate in Deutschland (am Rechtsstand-Tag) / months in Germany on the Rechtsstand day."""
    asylblg: bool | None = None
    """Bezieht Leistungen nach dem Asylbewerberleistungsgesetz / receives AsylbLG benefits."""
    analog_vor_2024: bool | None = None
    """Bezog schon vor dem 27.2.2024 Analogleistungen (§ 2 AsylbLG) / already received them."""
    krankenversicherung: Krankenversicherung | None = None
    """Wie die Person krankenversichert ist / how the person is insured."""
    aufnahme: bool | None = None
    """Humanitäre Aufenthaltserlaubnis nach § 22, § 23 Abs. 2 oder Abs. 4 AufenthG (Aufnahme
    aus dem Ausland, Bundesaufnahme, Resettlement) / admitted from abroad; § 62 Abs. 2
    Nr. 2 Buchst. c EStG does not name these titles."""
    erwerbstaetig: bool | None = None
    """Arbeitet in Deutschland (Arbeitnehmer oder selbständig) / works in Germany."""
    abkommensstaat: bool | None = None
    """Staatsangehörigkeit eines Abkommensstaates (Bosnien-Herzegowina, Kosovo, Marokko,
    Montenegro, Serbien, Tunesien, Türkei) / citizen of a social security agreement state."""

    @property
    def gefragt(self) -> bool:
        """The family said at least its citizenship; otherwise nothing can be decided."""
        return self.staatsangehoerigkeit is not None


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("gd", ("person", "geburtsdatum")),
    LinkField("pg", ("person", "pflegegrad")),
    LinkField("wf", ("person", "wohnform")),
    LinkField("pz", ("person", "partner"), encode_flag),
    LinkField("gb", ("person", "gdb")),
    LinkField("mz", ("person", "merkzeichen"), encode_tuple, decode_tuple),
    LinkField("bl", ("person", "bundesland")),
    LinkField("e1", ("eltern", "elternteil_1", "betrag_jahr")),
    LinkField("a1", ("eltern", "elternteil_1", "art")),
    LinkField("e2", ("eltern", "elternteil_2", "betrag_jahr")),
    LinkField("a2", ("eltern", "elternteil_2", "art")),
    LinkField("k", ("eltern", "kinder_im_haushalt")),
    LinkField("ez", ("eltern", "zusammenlebend"), encode_flag),
    # Residence facts (issue 11): every key starts with "r".
    LinkField("rs", ("aufenthalt", "staatsangehoerigkeit")),
    LinkField("rt", ("aufenthalt", "dokument")),
    LinkField("rz", ("aufenthalt", "zweck")),
    LinkField("rm", ("aufenthalt", "monate_in_deutschland")),
    LinkField("ra", ("aufenthalt", "asylblg"), encode_flag),
    LinkField("rv", ("aufenthalt", "analog_vor_2024"), encode_flag),
    LinkField("rk", ("aufenthalt", "krankenversicherung")),
    LinkField("re", ("aufenthalt", "erwerbstaetig"), encode_flag),
    LinkField("rb", ("aufenthalt", "abkommensstaat"), encode_flag),
    LinkField("rh", ("aufenthalt", "aufnahme"), encode_flag),
)

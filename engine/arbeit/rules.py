"""Arbeit und Lebensunterhalt: which system secures the living (Grundsicherung, SGB XII,
or Bürgergeld, SGB II), the Werkstatt pay slip, the paths into work, and the month.

§ 21 Satz 1 SGB XII and § 5 Abs. 2 SGB II keep the two apart: whoever is erwerbsfähig
(§ 8 SGB II) gets Bürgergeld, whoever is dauerhaft voll erwerbsgemindert (§ 41 Abs. 3
SGB XII) Grundsicherung.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from engine.arbeit.aufenthalt import WegAufenthalt, buergergeld_aufenthalt, weg_aufenthalt
from engine.arbeit.grundsicherung import (
    RBS_KEYS,
    ZERO,
    GrundsicherungErgebnis,
    Wohnsituation,
    angerechnet,
    cent,
    grundsicherung,
    werkstatt_freibetrag,
    wohnsituation,
)
from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.arbeit.werkstatt import (
    ARBEITSBEREICH,
    Lohnzettel,
    Weg,
    afoeg_betrag,
    budget_fuer_arbeit_zuschuss,
    lohnzettel,
    weg,
)
from engine.explain import N_, Count, ExplainedAmount, Money, Share, Step, Term, uses
from engine.household import Aufenthalt, Eltern, Person, Wohnform
from engine.parameters import param
from engine.pflege.aufenthalt import grundsicherung_aufenthalt

# Paths whose people count as voll erwerbsgemindert by law.
VOLL_ERWERBSGEMINDERT = (*ARBEITSBEREICH, Arbeitsweg.tagesfoerderstaette)
# § 21 Abs. 4 SGB II: Leistungen zur Teilhabe am Arbeitsleben (§ 49 SGB IX) or
# Eingliederungshilfe nach § 112 SGB IX.
TEILHABE_ARBEITSLEBEN = (
    Arbeitsweg.berufsbildungswerk,
    Arbeitsweg.budget_fuer_ausbildung,
    Arbeitsweg.studium,
)


# The income lines of the Werkstatt pay, which the sweep varies.
WERKSTATT_POSTEN = ("werkstattentgelt", "absetzung_werkstatt")


class System(StrEnum):
    grundsicherung = "grundsicherung"
    buergergeld = "buergergeld"
    offen = "offen"
    minderjaehrig = "minderjaehrig"


def leistungssystem(
    arbeitsweg: Arbeitsweg | None, erwerbsfaehig: bool | None, volljaehrig: bool
) -> ExplainedAmount:
    """Grundsicherung (§ 41 Abs. 3 SGB XII: volljährig and dauerhaft voll erwerbsgemindert)
    or Bürgergeld (§ 7 Abs. 1, § 8 SGB II: erwerbsfähig). Werkstatt workers count as voll
    erwerbsgemindert (§ 43 Abs. 2 Satz 3 Nr. 1 SGB VI), people in the Eingangsverfahren
    and Berufsbildungsbereich for its duration (§ 41 Abs. 3a SGB XII)."""
    if not volljaehrig:
        system, message, basis = (
            System.minderjaehrig,
            N_("step.arbeit.system.minderjaehrig"),
            "§ 41 Abs. 3 SGB XII",
        )
    elif arbeitsweg is Arbeitsweg.werkstatt_berufsbildung:
        system, message, basis = (
            System.grundsicherung,
            N_("step.arbeit.system.berufsbildung"),
            "§ 41 Abs. 3a SGB XII",
        )
    elif arbeitsweg in VOLL_ERWERBSGEMINDERT:
        system, message, basis = (
            System.grundsicherung,
            N_("step.arbeit.system.werkstatt"),
            "§ 41 Abs. 3 SGB XII; § 43 Abs. 2 Satz 3 Nr. 1 SGB VI",
        )
    elif erwerbsfaehig is None:
        system, message, basis = (
            System.offen,
            N_("step.arbeit.system.offen"),
            "§ 8 SGB II; § 45 SGB XII",
        )
    elif erwerbsfaehig:
        system, message, basis = (
            System.buergergeld,
            N_("step.arbeit.system.buergergeld"),
            "§ 7 Abs. 1, § 8 SGB II; § 21 SGB XII",
        )
    else:
        system, message, basis = (
            System.grundsicherung,
            N_("step.arbeit.system.erwerbsgemindert"),
            "§ 41 Abs. 3 SGB XII",
        )
    return ExplainedAmount(
        value=Term(key=f"arbeit.system.{system}"),
        legal_basis=basis,
        steps=(Step(rule="arbeit.system", message=message, legal_basis=basis),),
    )


class BuergergeldErgebnis(BaseModel):
    """The part of the Bürgergeld the screen shows: the Regelbedarf and the 35 %."""

    model_config = ConfigDict(frozen=True)

    regelbedarf: ExplainedAmount
    mehrbedarf: ExplainedAmount | None


def buergergeld_regelbedarf(
    situation: Wohnsituation, partner: bool | None, alter: int | None, on: date
) -> ExplainedAmount:
    """§ 20 Abs. 2 SGB II: RBS 1 for a single adult; Satz 2 Nr. 2: RBS 3 for an adult under
    25 in the parents' household (a difference from the SGB XII, where it is RBS 1);
    Abs. 4: RBS 2 for partners."""
    if partner:
        stufe, message = 2, N_("step.bg.rbs.partner")
    elif situation is Wohnsituation.bei_eltern and alter is not None and alter < 25:
        stufe, message = 3, N_("step.bg.rbs.unter25")
    else:
        stufe, message = 1, N_("step.bg.rbs.allein")
    rbs = param(RBS_KEYS[stufe], on)
    value = Money(amount=rbs.value, per="month")
    return ExplainedAmount(
        value=value,
        legal_basis="§ 20 SGB II",
        steps=(
            Step(
                rule="bg.regelbedarf",
                message=message,
                values={"stufe": Count(value=stufe), "betrag": value},
                legal_basis="§ 20 Abs. 2, 4 SGB II",
                parameters=uses(rbs),
            ),
        ),
    )


def mehrbedarf_teilhabe(regelbedarf: Decimal, on: date) -> ExplainedAmount:
    """§ 21 Abs. 4 Satz 1 SGB II: "Bei erwerbsfähigen Leistungsberechtigten mit
    Behinderungen, denen Leistungen zur Teilhabe am Arbeitsleben nach § 49 des Neunten
    Buches … oder Leistungen der Eingliederungshilfe nach § 112 des Neunten Buches erbracht
    werden, wird ein Mehrbedarf von 35 Prozent des nach § 20 maßgebenden Regelbedarfs
    anerkannt." """
    anteil = param("mehrbedarf_teilhabe_arbeitsleben_anteil", on)
    betrag = cent(regelbedarf * anteil.value)
    value = Money(amount=betrag, per="month")
    return ExplainedAmount(
        value=value,
        legal_basis="§ 21 Abs. 4 SGB II",
        steps=(
            Step(
                rule="bg.mehrbedarf_teilhabe",
                message=N_("step.bg.mehrbedarf_teilhabe"),
                values={
                    "anteil": Share(value=anteil.value),
                    "regelbedarf": Money(amount=regelbedarf, per="month"),
                    "betrag": value,
                },
                legal_basis="§ 21 Abs. 4 SGB II",
                parameters=uses(anteil),
            ),
        ),
    )


class ArbeitErgebnis(BaseModel):
    """The work screen's answer."""

    model_config = ConfigDict(frozen=True)

    wege: tuple[Weg, ...]
    lohnzettel: Lohnzettel
    budget_zuschuss: ExplainedAmount | None
    system: ExplainedAmount
    aufenthalt: ExplainedAmount  # of the Grundsicherung or the Bürgergeld
    weg_aufenthalt: WegAufenthalt | None  # of the chosen path into work
    grundsicherung: GrundsicherungErgebnis | None
    buergergeld: BuergergeldErgebnis | None


def _werkstatt_einkommen(zettel: Lohnzettel) -> tuple[Decimal, Decimal, Decimal]:
    def amount(x: ExplainedAmount | None) -> Decimal:
        return x.value.amount if x is not None else ZERO  # type: ignore[union-attr]

    return (
        amount(zettel.entgelt),
        amount(zettel.ausbildungsgeld),
        amount(zettel.arbeitsfoerderungsgeld),
    )


def arbeit_ergebnis(
    arbeit: Arbeit,
    person: Person,
    eltern: Eltern,
    aufenthalt: Aufenthalt,
    volljaehrig: bool,
    alter: int | None,
    on: date,
) -> ArbeitErgebnis:
    """Everything the work screen shows for the Rechtsstand date ``on``."""
    zettel = lohnzettel(arbeit.weg, arbeit.steigerungsbetrag, arbeit.werkstatt_seit, on)
    system = leistungssystem(arbeit.weg, arbeit.erwerbsfaehig, volljaehrig)
    key = system.value.key  # type: ignore[union-attr]
    gs = bg = None
    # In a Pflegeheim the Grundsicherung is part of the Einrichtung's bill (§ 27b, § 42 Nr. 4
    # Buchstabe b SGB XII): the care screen's Hilfe zur Pflege answers there, not this month.
    im_heim = person.wohnform is Wohnform.vollstationaer
    if key == f"arbeit.system.{System.grundsicherung}" and not im_heim:
        entgelt, ag, afoeg = _werkstatt_einkommen(zettel)
        gs = grundsicherung(
            arbeit,
            person.wohnform,
            person.partner,
            person.merkzeichen,
            eltern,
            entgelt,
            ag,
            afoeg,
            on,
        )
    elif key == f"arbeit.system.{System.buergergeld}":
        situation = wohnsituation(person.wohnform, arbeit.bei_eltern)
        rb = buergergeld_regelbedarf(situation, person.partner, alter, on)
        bg = BuergergeldErgebnis(
            regelbedarf=rb,
            mehrbedarf=(
                mehrbedarf_teilhabe(rb.value.amount, on)  # type: ignore[union-attr]
                if arbeit.weg in TEILHABE_ARBEITSLEBEN
                else None
            ),
        )
    return ArbeitErgebnis(
        wege=tuple(weg(w, person.wohnform, on) for w in Arbeitsweg),
        lohnzettel=zettel,
        budget_zuschuss=(
            budget_fuer_arbeit_zuschuss(arbeit.arbeitsentgelt, on)
            if arbeit.weg is Arbeitsweg.budget_fuer_arbeit
            else None
        ),
        system=system,
        aufenthalt=(
            buergergeld_aufenthalt(aufenthalt, on)
            if bg is not None
            else grundsicherung_aufenthalt(aufenthalt, on)
        ),
        weg_aufenthalt=(
            weg_aufenthalt(arbeit.weg, aufenthalt, not volljaehrig, on)
            if arbeit.weg is not None
            else None
        ),
        grundsicherung=gs,
        buergergeld=bg,
    )


class Verlaufspunkt(BaseModel):
    """One point of the sweep: at this Werkstatt pay, what the person has in the month."""

    model_config = ConfigDict(frozen=True)

    entgelt: Decimal
    arbeitsfoerderungsgeld: Decimal
    grundsicherung: Decimal
    gesamt: Decimal


def verlauf(
    arbeit: Arbeit,
    person: Person,
    eltern: Eltern,
    on: date,
    bis: Decimal,
    punkte: int,
) -> tuple[Verlaufspunkt, ...]:
    """Grundsicherung as the Werkstatt pay rises from the Grundbetrag to ``bis`` (the
    Steigerungsbetrag swept in ``punkte`` even steps): who keeps how much of one more euro
    (§ 82 Abs. 3 Satz 2 SGB XII, § 59 SGB IX). The month is computed once with the rules
    above; only the pay, its Arbeitsförderungsgeld and its free part change along the way,
    computed by the same functions those rules use."""
    grundbetrag = param("ausbildungsgeld_werkstatt", on).value
    basis = grundsicherung(
        arbeit,
        person.wohnform,
        person.partner,
        person.merkzeichen,
        eltern,
        grundbetrag,
        ZERO,
        ZERO,
        on,
    )
    bedarf = basis.gesamtbedarf.amount
    ohne_werkstatt = angerechnet(tuple(p for p in basis.einkommen if p.key not in WERKSTATT_POSTEN))
    sockel = cent(
        param("regelbedarfsstufe_1", on).value * param("werkstatt_absetzung_rbs1_anteil", on).value
    )
    rest = param("werkstatt_absetzung_rest_anteil", on).value
    hoechst = param("arbeitsfoerderungsgeld_max", on).value
    grenze = param("arbeitsfoerderungsgeld_grenze", on).value
    geschont = basis.vermoegen.value
    schritt = max(bis - grundbetrag, ZERO) / (punkte - 1)
    result = []
    for i in range(punkte):
        entgelt = grundbetrag + cent(schritt * i)
        afoeg = afoeg_betrag(entgelt, hoechst, grenze)
        einkommen = ohne_werkstatt + entgelt - werkstatt_freibetrag(entgelt, sockel, rest)
        zahl = max(bedarf - einkommen, ZERO) if geschont else ZERO
        result.append(
            Verlaufspunkt(
                entgelt=entgelt,
                arbeitsfoerderungsgeld=afoeg,
                grundsicherung=zahl,
                gesamt=entgelt + afoeg + zahl,
            )
        )
    return tuple(result)

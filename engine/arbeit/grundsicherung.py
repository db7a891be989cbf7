"""Grundsicherung bei Erwerbsminderung (§§ 41 ff. SGB XII) for one month, to the cent.

Need (§ 42): Regelbedarfsstufe by living situation, Mehrbedarfe (§ 30, § 42b), Unterkunft
und Heizung (§ 42a); less the income to be used (§§ 82–84, § 43) gives the Zahlungsanspruch
(§ 43a Abs. 2). Assets (§ 90) and the parents' Unterhalt (§ 94 Abs. 1a) are decisions of
their own. Amounts: grundsicherung.toml; the Schonbetrag and the parents' limit are read
from engine/pflege/sozialhilfe.toml.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from engine.arbeit.scenario import Arbeit
from engine.explain import (
    N_,
    Count,
    ExplainedAmount,
    ExplainedDecision,
    Money,
    Share,
    Step,
    uses,
)
from engine.household import Eltern, Merkzeichen, Wohnform
from engine.parameters import param

ZERO = Decimal(0)
CENT = Decimal("0.01")

RBS_KEYS = {1: "regelbedarfsstufe_1", 2: "regelbedarfsstufe_2", 3: "regelbedarfsstufe_3"}


def cent(amount: Decimal) -> Decimal:
    """Rounding of every amount this chapter computes: to the cent, half up. The SGB XII
    orders no rounding for §§ 30, 42a, 82; Sozialämter compute to the cent (a Bescheid shows
    1/8 of 563 € as 70.38 €)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)


def _monat(amount: Decimal) -> Money:
    return Money(amount=amount, per="month")


class Wohnsituation(StrEnum):
    """The three living situations § 42a SGB XII tells apart."""

    eigene_wohnung = "eigene_wohnung"  # § 42a Abs. 2 Nr. 1, § 35
    bei_eltern = "bei_eltern"  # § 42a Abs. 3, 4
    besondere_wohnform = "besondere_wohnform"  # § 42a Abs. 2 Nr. 2, Abs. 5, 6


def wohnsituation(wohnform: Wohnform | None, bei_eltern: bool) -> Wohnsituation:
    """§ 42a Abs. 2 SGB XII: a Wohnung (own, shared or the parents') or the personal room
    and common rooms of a besondere Wohnform."""
    if wohnform is Wohnform.besondere_wohnform:
        return Wohnsituation.besondere_wohnform
    return Wohnsituation.bei_eltern if bei_eltern else Wohnsituation.eigene_wohnung


def regelbedarf(situation: Wohnsituation, partner: bool | None, on: date) -> ExplainedAmount:
    """§ 42 Nr. 1 SGB XII with § 8 Abs. 1 RBEG: Regelbedarfsstufe 1 for an adult living in a
    Wohnung without a partner (also with the parents), 2 with a partner, and 2 for an adult
    in a besondere Wohnform (§ 8 Abs. 1 Satz 1 Nr. 2 Buchstabe b RBEG)."""
    if situation is Wohnsituation.besondere_wohnform:
        stufe, message = 2, N_("step.gs.rbs.besondere_wohnform")
    elif partner:
        stufe, message = 2, N_("step.gs.rbs.partner")
    else:
        stufe, message = 1, N_("step.gs.rbs.allein")
    rbs = param(RBS_KEYS[stufe], on)
    return ExplainedAmount(
        value=_monat(rbs.value),
        legal_basis="§ 42 Nr. 1 SGB XII; § 8 Abs. 1 RBEG",
        steps=(
            Step(
                rule="gs.regelbedarf",
                message=message,
                values={"stufe": Count(value=stufe), "betrag": _monat(rbs.value)},
                legal_basis="§ 8 Abs. 1 RBEG",
                parameters=uses(rbs),
            ),
        ),
    )


def mehrbedarf_gehbehindert(
    merkzeichen: tuple[Merkzeichen, ...], regelsatz: Decimal, on: date
) -> ExplainedAmount | None:
    """§ 30 Abs. 1 Nr. 2 SGB XII: "Für Personen, die … voll erwerbsgemindert nach dem
    Sechsten Buch sind und durch einen Bescheid der … zuständigen Behörde oder einen Ausweis
    nach § 152 Absatz 5 des Neunten Buches die Feststellung des Merkzeichens G nachweisen,
    wird ein Mehrbedarf von 17 vom Hundert der maßgebenden Regelbedarfsstufe anerkannt".
    aG includes G (§ 229 Abs. 3 SGB IX: außergewöhnlich gehbehindert)."""
    if Merkzeichen.G not in merkzeichen and Merkzeichen.aG not in merkzeichen:
        return None
    anteil = param("mehrbedarf_gehbehindert_anteil", on)
    betrag = cent(regelsatz * anteil.value)
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 30 Abs. 1 Nr. 2 SGB XII",
        steps=(
            Step(
                rule="gs.mehrbedarf_g",
                message=N_("step.gs.mehrbedarf_g"),
                values={
                    "anteil": Share(value=anteil.value),
                    "regelsatz": _monat(regelsatz),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 30 Abs. 1 Nr. 2 SGB XII",
                parameters=uses(anteil),
            ),
        ),
    )


def mehrbedarf_mittagessen(tage: int, on: date) -> ExplainedAmount | None:
    """§ 42b Abs. 2 SGB XII: lunch in a Werkstatt, with an anderer Leistungsanbieter or a
    comparable day structure; "Die Mehraufwendungen je Arbeitstag sind ein Dreißigstel des
    Betrags, der sich nach § 2 Absatz 1 Satz 2 der Sozialversicherungsentgeltverordnung …
    ergibt." Counted per working day with lunch."""
    if tage == 0:
        return None
    tag = param("mittagessen_mehrbedarf_tag", on)
    betrag = cent(tag.value * tage)
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 42b Abs. 2 SGB XII",
        steps=(
            Step(
                rule="gs.mehrbedarf_mittagessen",
                message=N_("step.gs.mehrbedarf_mittagessen"),
                values={
                    "tage": Count(value=tage, unit="working_days"),
                    "je_tag": Money(amount=tag.value, per="day"),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 42b Abs. 2 Satz 3 SGB XII",
                parameters=uses(tag),
            ),
        ),
    )


def mehrbedarf_ernaehrung(betrag: Decimal) -> ExplainedAmount | None:
    """§ 30 Abs. 5 SGB XII: "Für Kranke, Genesende, behinderte Menschen oder von einer
    Krankheit oder von einer Behinderung bedrohte Menschen, die einer kostenaufwändigen
    Ernährung bedürfen, wird ein Mehrbedarf in angemessener Höhe anerkannt." The amount is
    the family's input (as certified, e.g. from the Empfehlungen des Deutschen Vereins)."""
    if betrag == ZERO:
        return None
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 30 Abs. 5 SGB XII",
        steps=(
            Step(
                rule="gs.mehrbedarf_ernaehrung",
                message=N_("step.gs.mehrbedarf_ernaehrung"),
                values={"betrag": _monat(betrag)},
                legal_basis="§ 30 Abs. 5 SGB XII",
            ),
        ),
    )


def mehrbedarf_deckel(
    summe_30: Decimal, regelsatz: Decimal
) -> tuple[Decimal, ExplainedAmount | None]:
    """§ 42b Abs. 4 SGB XII: "Die Summe des nach Absatz 3 und § 30 Absatz 1 bis 5 insgesamt
    anzuerkennenden Mehrbedarfs darf die Höhe der maßgebenden Regelbedarfsstufe nicht
    übersteigen." (The lunch of § 42b Abs. 2 is not part of that sum.)"""
    if summe_30 <= regelsatz:
        return summe_30, None
    return regelsatz, ExplainedAmount(
        value=_monat(regelsatz - summe_30),
        legal_basis="§ 42b Abs. 4 SGB XII",
        steps=(
            Step(
                rule="gs.mehrbedarf_deckel",
                message=N_("step.gs.mehrbedarf_deckel"),
                values={"summe": _monat(summe_30), "regelsatz": _monat(regelsatz)},
                legal_basis="§ 42b Abs. 4 SGB XII",
            ),
        ),
    )


def _kdu(value: Decimal, message: str, basis: str, values: dict, parameters=()) -> ExplainedAmount:
    return ExplainedAmount(
        value=_monat(value),
        legal_basis=basis,
        steps=(
            Step(
                rule="gs.kdu",
                message=message,
                values={**values, "betrag": _monat(value)},
                legal_basis=basis,
                parameters=parameters,
            ),
        ),
    )


def kdu_eigene_wohnung(miete: Decimal) -> ExplainedAmount:
    """§ 42a Abs. 1 with § 35 Abs. 1 SGB XII: "Bedarfe für Unterkunft und Heizung werden in
    Höhe der tatsächlichen Aufwendungen anerkannt, soweit diese angemessen sind"; in the
    first year (Karenzzeit, Satz 2–3) the actual rent in any case. The screen takes the
    warm rent as angemessen and says so."""
    return _kdu(miete, N_("step.gs.kdu.eigene_wohnung"), "§ 42a Abs. 1, § 35 Abs. 1 SGB XII", {})


def kdu_bei_eltern(arbeit: Arbeit) -> ExplainedAmount:
    """§ 42a Abs. 3 SGB XII, adult living in the parents' flat without a rent contract:
    "diejenigen Aufwendungen für Unterkunft …, die sich aus der Differenz der angemessenen
    Aufwendungen für den Mehrpersonenhaushalt entsprechend der Anzahl der dort wohnenden
    Personen ergeben und für einen Haushalt mit einer um eins verringerten Personenzahl";
    heating: "der Anteil an den tatsächlichen Gesamtaufwendungen für die Heizung …, der sich
    für die Aufwendungen für die Unterkunft nach Satz 2 ergibt" (here: the difference's
    share of the household's angemessene Unterkunft). Abs. 4 Satz 1, with a contract: the
    rent owed up to the per-head share of the household's angemessene Aufwendungen."""
    if arbeit.mietvertrag:
        gesamt = arbeit.kdu_angemessen + arbeit.heizkosten
        kopfteil = cent(gesamt / arbeit.personen_haushalt)
        betrag = min(arbeit.miete, kopfteil)
        return _kdu(
            betrag,
            N_("step.gs.kdu.kopfteil"),
            "§ 42a Abs. 4 Satz 1 SGB XII",
            {
                "miete": _monat(arbeit.miete),
                "gesamt": _monat(gesamt),
                "personen": Count(value=arbeit.personen_haushalt, unit="persons"),
                "kopfteil": _monat(kopfteil),
            },
        )
    differenz = max(arbeit.kdu_angemessen - arbeit.kdu_angemessen_ohne, ZERO)
    heizung = (
        cent(arbeit.heizkosten * differenz / arbeit.kdu_angemessen)
        if arbeit.kdu_angemessen > ZERO
        else ZERO
    )
    return _kdu(
        differenz + heizung,
        N_("step.gs.kdu.differenz"),
        "§ 42a Abs. 3 Satz 2–4 SGB XII",
        {
            "angemessen": _monat(arbeit.kdu_angemessen),
            "angemessen_ohne": _monat(arbeit.kdu_angemessen_ohne),
            "differenz": _monat(differenz),
            "heizung": _monat(heizung),
        },
    )


class KduBesondereWohnform(BaseModel):
    model_config = ConfigDict(frozen=True)

    grundsicherung: ExplainedAmount
    eingliederungshilfe: ExplainedAmount  # § 42a Abs. 6 Satz 2: above 125 % (0 if none)


def kdu_besondere_wohnform(arbeit: Arbeit, on: date) -> KduBesondereWohnform:
    """§ 42a Abs. 5 SGB XII: the costs of the personal room and the share of the common
    rooms count "als angemessen, wenn sie die Höhe der durchschnittlichen angemessenen
    tatsächlichen Aufwendungen für die Warmmiete von Einpersonenhaushalten nach § 45a nicht
    überschreiten"; Satz 4: "um bis zu 25 Prozent höhere" when the contract shows the
    additional costs separately. Abs. 6 Satz 2: beyond 125 % the Eingliederungshilfe pays
    (§ 113 Abs. 5 SGB IX)."""
    zuschlag = param("kdu_besondere_wohnform_zuschlag_anteil", on)
    grenze = arbeit.warmmiete_durchschnitt
    if arbeit.zuschlaege_nachgewiesen:
        grenze = cent(grenze * (1 + zuschlag.value))
    gs = min(arbeit.miete, grenze)
    hoechstgrenze = cent(arbeit.warmmiete_durchschnitt * (1 + zuschlag.value))
    egh = max(arbeit.miete - hoechstgrenze, ZERO) if arbeit.zuschlaege_nachgewiesen else ZERO
    return KduBesondereWohnform(
        grundsicherung=_kdu(
            gs,
            N_("step.gs.kdu.besondere_wohnform_zuschlag")
            if arbeit.zuschlaege_nachgewiesen
            else N_("step.gs.kdu.besondere_wohnform"),
            "§ 42a Abs. 5 SGB XII",
            {
                "miete": _monat(arbeit.miete),
                "durchschnitt": _monat(arbeit.warmmiete_durchschnitt),
                "grenze": _monat(grenze),
                "anteil": Share(value=zuschlag.value),
            },
            uses(zuschlag),
        ),
        eingliederungshilfe=_kdu(
            egh,
            N_("step.gs.kdu.eingliederungshilfe"),
            "§ 42a Abs. 6 Satz 2 SGB XII; § 113 Abs. 5 SGB IX",
            {"hoechstgrenze": _monat(hoechstgrenze)},
            uses(zuschlag),
        ),
    )


def werkstatt_freibetrag(entgelt: Decimal, sockel: Decimal, rest_anteil: Decimal) -> Decimal:
    """The sum § 82 Abs. 3 Satz 2 leaves free: all of the Entgelt up to the eighth of RBS 1
    (``sockel``), and ``rest_anteil`` of what lies above it."""
    return min(entgelt, sockel) + cent(max(entgelt - sockel, ZERO) * rest_anteil)


def absetzung_werkstatt(entgelt: Decimal, on: date) -> ExplainedAmount:
    """§ 82 Abs. 3 Satz 2 SGB XII: "Abweichend von Satz 1 ist bei einer Beschäftigung in
    einer Werkstatt für behinderte Menschen oder bei einem anderen Leistungsanbieter nach
    § 60 des Neunten Buches von dem Entgelt ein Achtel der Regelbedarfsstufe 1 … zuzüglich
    50 vom Hundert des diesen Betrag übersteigenden Entgelts abzusetzen." Never more than
    the Entgelt itself."""
    rbs1 = param("regelbedarfsstufe_1", on)
    achtel = param("werkstatt_absetzung_rbs1_anteil", on)
    rest = param("werkstatt_absetzung_rest_anteil", on)
    sockel = cent(rbs1.value * achtel.value)
    ueber = max(entgelt - sockel, ZERO)
    betrag = werkstatt_freibetrag(entgelt, sockel, rest.value)
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 82 Abs. 3 Satz 2 SGB XII",
        steps=(
            Step(
                rule="gs.absetzung_werkstatt",
                message=N_("step.gs.absetzung_werkstatt"),
                values={
                    "entgelt": _monat(entgelt),
                    "sockel": _monat(sockel),
                    "anteil": Share(value=rest.value),
                    "ueber": _monat(ueber),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 82 Abs. 3 Satz 2 SGB XII",
                parameters=uses(rbs1, achtel, rest),
            ),
        ),
    )


def absetzung_erwerb(entgelt: Decimal, on: date) -> ExplainedAmount:
    """§ 82 Abs. 3 Satz 1 SGB XII: "… ein Betrag in Höhe von 30 vom Hundert des Einkommens
    aus selbständiger und nichtselbständiger Tätigkeit …, höchstens jedoch 50 vom Hundert
    der Regelbedarfsstufe 1" (pay outside a Werkstatt, e.g. with a Budget für Arbeit)."""
    rbs1 = param("regelbedarfsstufe_1", on)
    anteil = param("erwerbstaetigen_absetzung_anteil", on)
    hoechst = param("erwerbstaetigen_absetzung_max_rbs1_anteil", on)
    grenze = cent(rbs1.value * hoechst.value)
    betrag = min(cent(entgelt * anteil.value), grenze)
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 82 Abs. 3 Satz 1 SGB XII",
        steps=(
            Step(
                rule="gs.absetzung_erwerb",
                message=N_("step.gs.absetzung_erwerb"),
                values={
                    "entgelt": _monat(entgelt),
                    "anteil": Share(value=anteil.value),
                    "grenze": _monat(grenze),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 82 Abs. 3 Satz 1 SGB XII",
                parameters=uses(rbs1, anteil, hoechst),
            ),
        ),
    )


def vermoegen_geschont(vermoegen: Decimal, on: date) -> ExplainedDecision:
    """§ 90 Abs. 2 Nr. 9 SGB XII with § 1 Satz 1 Nr. 1 DVO: kleinere Barbeträge up to
    10,000 € per adult are protected; what lies above must be used first (§ 90 Abs. 1), so
    no Grundsicherung is paid while it lasts."""
    schonbetrag = param("vermoegen_schonbetrag", on)
    geschont = vermoegen <= schonbetrag.value
    return ExplainedDecision(
        value=geschont,
        legal_basis="§ 90 Abs. 2 Nr. 9 SGB XII",
        steps=(
            Step(
                rule="gs.vermoegen",
                message=N_("step.gs.vermoegen.geschont")
                if geschont
                else N_("step.gs.vermoegen.einzusetzen"),
                values={
                    "vermoegen": Money(amount=vermoegen),
                    "schonbetrag": Money(amount=schonbetrag.value),
                    "ueber": Money(amount=max(vermoegen - schonbetrag.value, ZERO)),
                },
                legal_basis="§ 90 Abs. 2 Nr. 9 SGB XII; § 1 DVO zu § 90",
                parameters=uses(schonbetrag),
            ),
        ),
    )


def elternunterhalt(eltern: Eltern, on: date) -> ExplainedDecision:
    """§ 94 Abs. 1a Satz 1 SGB XII: "Unterhaltsansprüche der Leistungsberechtigten gegenüber
    ihren Kindern und Eltern sind nicht zu berücksichtigen, es sei denn, deren jährliches
    Gesamteinkommen … beträgt jeweils mehr als 100 000 Euro". True: a parent's income lies
    above the limit, so a claim may pass to the Sozialamt (capped by § 94 Abs. 2)."""
    grenze = param("elternbeitrag_einkommensgrenze", on)
    einkommen = [e.betrag_jahr for e in (eltern.elternteil_1, eltern.elternteil_2) if e]
    hoechstes = max(einkommen, default=ZERO)
    ueber = hoechstes > grenze.value
    if ueber:
        message = N_("step.gs.eltern.ueber")
    elif einkommen:
        message = N_("step.gs.eltern.unter")
    else:
        # Satz 3: "Es wird vermutet, dass das Einkommen der unterhaltsverpflichteten Personen
        # nach Satz 1 die Jahreseinkommensgrenze nicht überschreitet."
        message = N_("step.gs.eltern.vermutet")
    return ExplainedDecision(
        value=ueber,
        legal_basis="§ 94 Abs. 1a SGB XII",
        steps=(
            Step(
                rule="gs.elternunterhalt",
                message=message,
                values={
                    "einkommen": Money(amount=hoechstes, per="year"),
                    "grenze": Money(amount=grenze.value, per="year"),
                },
                legal_basis="§ 94 Abs. 1a, 2 SGB XII",
                parameters=uses(grenze),
            ),
        ),
    )


class Posten(BaseModel):
    """One line of the month: a need or an income, with its explanation."""

    model_config = ConfigDict(frozen=True)

    key: str
    betrag: ExplainedAmount


class GrundsicherungErgebnis(BaseModel):
    """The month's Grundsicherung: need, income used, what is paid."""

    model_config = ConfigDict(frozen=True)

    wohnsituation: Wohnsituation
    bedarf: tuple[Posten, ...]  # Regelbedarf, Mehrbedarfe, KdU
    gesamtbedarf: Money
    einkommen: tuple[Posten, ...]  # counted income after the deductions
    einkommen_angerechnet: Money
    nicht_angerechnet: tuple[Posten, ...]  # AFöG, Pflegegeld, Blindengeld
    zahlbetrag: ExplainedAmount
    eingliederungshilfe_wohnkosten: ExplainedAmount | None
    vermoegen: ExplainedDecision
    elternunterhalt: ExplainedDecision


def _posten(key: str, betrag: Decimal, message: str, basis: str) -> Posten:
    return Posten(
        key=key,
        betrag=ExplainedAmount(
            value=_monat(betrag),
            legal_basis=basis,
            steps=(
                Step(
                    rule=f"gs.{key}",
                    message=message,
                    values={"betrag": _monat(betrag)},
                    legal_basis=basis,
                ),
            ),
        ),
    )


def einkommen_posten(
    werkstattentgelt: Decimal,
    ausbildungsgeld: Decimal,
    arbeit: Arbeit,
    on: date,
) -> tuple[Posten, ...]:
    """§ 82 Abs. 1 SGB XII: every income counts, less the deductions of Abs. 3. The
    Ausbildungsgeld is a social benefit, not pay: counted in full (BSG B 4 AS 37/14 R for
    the SGB II; no Werkstatt deduction, which names the Entgelt)."""
    posten = []
    if werkstattentgelt > ZERO:
        absetzung = absetzung_werkstatt(werkstattentgelt, on)
        posten.append(
            _posten(
                "werkstattentgelt",
                werkstattentgelt,
                N_("step.gs.einkommen.werkstattentgelt"),
                "§ 82 Abs. 1 SGB XII; § 221 Abs. 2 SGB IX",
            )
        )
        posten.append(Posten(key="absetzung_werkstatt", betrag=absetzung))
    if ausbildungsgeld > ZERO:
        posten.append(
            _posten(
                "ausbildungsgeld",
                ausbildungsgeld,
                N_("step.gs.einkommen.ausbildungsgeld"),
                "§ 82 Abs. 1 SGB XII; § 125 SGB III",
            )
        )
    if arbeit.arbeitsentgelt > ZERO:
        posten.append(
            _posten(
                "arbeitsentgelt",
                arbeit.arbeitsentgelt,
                N_("step.gs.einkommen.arbeitsentgelt"),
                "§ 82 Abs. 1, 2 SGB XII",
            )
        )
        posten.append(
            Posten(key="absetzung_erwerb", betrag=absetzung_erwerb(arbeit.arbeitsentgelt, on))
        )
    if arbeit.rente > ZERO:
        posten.append(
            _posten("rente", arbeit.rente, N_("step.gs.einkommen.rente"), "§ 82 Abs. 1 SGB XII")
        )
    return tuple(posten)


ABSETZUNGEN = ("absetzung_werkstatt", "absetzung_erwerb")


def angerechnet(posten: tuple[Posten, ...]) -> Decimal:
    """Income less its deductions (§ 82 Abs. 3), never below zero."""
    summe = ZERO
    for p in posten:
        amount = p.betrag.value.amount  # type: ignore[union-attr]
        summe += -amount if p.key in ABSETZUNGEN else amount
    return max(summe, ZERO)


def nicht_angerechnet(arbeitsfoerderungsgeld: Decimal, arbeit: Arbeit) -> tuple[Posten, ...]:
    """Income that does not count: the Arbeitsförderungsgeld (§ 59 Abs. 2 SGB IX: "bleibt
    bei Sozialleistungen, deren Zahlung von anderen Einkommen abhängig ist, als Einkommen
    unberücksichtigt"), the Pflegegeld (§ 13 Abs. 5 Satz 1 SGB XI) and the Blindengeld of
    the Länder (zweckbestimmt, § 83 Abs. 1 SGB XII)."""
    rows = (
        (
            "arbeitsfoerderungsgeld",
            arbeitsfoerderungsgeld,
            N_("step.gs.frei.afoeg"),
            "§ 59 Abs. 2 SGB IX",
        ),
        ("pflegegeld", arbeit.pflegegeld, N_("step.gs.frei.pflegegeld"), "§ 13 Abs. 5 SGB XI"),
        ("blindengeld", arbeit.blindengeld, N_("step.gs.frei.blindengeld"), "§ 83 Abs. 1 SGB XII"),
    )
    return tuple(_posten(k, b, m, basis) for k, b, m, basis in rows if b > ZERO)


def zahlbetrag(gesamtbedarf: Decimal, einkommen: Decimal, geschont: bool) -> ExplainedAmount:
    """§ 43a Abs. 2 SGB XII: "Die Höhe der monatlichen Geldleistung … ergibt sich aus dem
    Gesamtbedarf nach Absatz 1 … abzüglich des nach § 43 Absatz 1 bis 4 einzusetzenden
    Einkommens und Vermögens"; nothing while assets above the Schonbetrag are to be used."""
    if not geschont:
        betrag, message = ZERO, N_("step.gs.zahlbetrag.vermoegen")
    else:
        betrag, message = max(gesamtbedarf - einkommen, ZERO), N_("step.gs.zahlbetrag")
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 43a SGB XII",
        steps=(
            Step(
                rule="gs.zahlbetrag",
                message=message,
                values={
                    "bedarf": _monat(gesamtbedarf),
                    "einkommen": _monat(einkommen),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 43a Abs. 1, 2 SGB XII",
            ),
        ),
    )


def grundsicherung(
    arbeit: Arbeit,
    wohnform: Wohnform | None,
    partner: bool | None,
    merkzeichen: tuple[Merkzeichen, ...],
    eltern: Eltern,
    werkstattentgelt: Decimal,
    ausbildungsgeld: Decimal,
    arbeitsfoerderungsgeld: Decimal,
    on: date,
) -> GrundsicherungErgebnis:
    """§§ 41–43a SGB XII for one month: need less counted income."""
    situation = wohnsituation(wohnform, arbeit.bei_eltern)
    rbs = regelbedarf(situation, partner, on)
    regelsatz = rbs.value.amount  # type: ignore[union-attr]
    bedarf = [Posten(key="regelbedarf", betrag=rbs)]
    g = mehrbedarf_gehbehindert(merkzeichen, regelsatz, on)
    ernaehrung = mehrbedarf_ernaehrung(arbeit.ernaehrung)
    nach_30 = [p for p in (("mehrbedarf_g", g), ("mehrbedarf_ernaehrung", ernaehrung)) if p[1]]
    bedarf += [Posten(key=k, betrag=v) for k, v in nach_30]
    summe_30 = sum((v.value.amount for _, v in nach_30), ZERO)  # type: ignore[union-attr]
    _, deckel = mehrbedarf_deckel(summe_30, regelsatz)
    if deckel is not None:
        bedarf.append(Posten(key="mehrbedarf_deckel", betrag=deckel))
    mittag = mehrbedarf_mittagessen(arbeit.mittagessen_tage, on)
    if mittag is not None:
        bedarf.append(Posten(key="mehrbedarf_mittagessen", betrag=mittag))
    egh_wohnen = None
    if situation is Wohnsituation.besondere_wohnform:
        kdu = kdu_besondere_wohnform(arbeit, on)
        bedarf.append(Posten(key="kdu", betrag=kdu.grundsicherung))
        egh_wohnen = kdu.eingliederungshilfe
    elif situation is Wohnsituation.bei_eltern:
        bedarf.append(Posten(key="kdu", betrag=kdu_bei_eltern(arbeit)))
    else:
        bedarf.append(Posten(key="kdu", betrag=kdu_eigene_wohnung(arbeit.miete)))
    gesamt = sum((p.betrag.value.amount for p in bedarf), ZERO)  # type: ignore[union-attr]
    einkommen = einkommen_posten(werkstattentgelt, ausbildungsgeld, arbeit, on)
    anrechnung = angerechnet(einkommen)
    vermoegen = vermoegen_geschont(arbeit.vermoegen, on)
    return GrundsicherungErgebnis(
        wohnsituation=situation,
        bedarf=tuple(bedarf),
        gesamtbedarf=_monat(gesamt),
        einkommen=einkommen,
        einkommen_angerechnet=_monat(anrechnung),
        nicht_angerechnet=nicht_angerechnet(arbeitsfoerderungsgeld, arbeit),
        zahlbetrag=zahlbetrag(gesamt, anrechnung, vermoegen.value),
        eingliederungshilfe_wohnkosten=egh_wohnen,
        vermoegen=vermoegen,
        elternunterhalt=elternunterhalt(eltern, on),
    )


class Monatsbild(BaseModel):
    """The month in two stacks: what the person needs and what the person has."""

    model_config = ConfigDict(frozen=True)

    bedarf: tuple[tuple[str, Decimal], ...]
    einnahmen: tuple[tuple[str, Decimal], ...]


def _summe(posten: tuple[Posten, ...], passt) -> Decimal:  # type: ignore[no-untyped-def]
    return sum((p.betrag.value.amount for p in posten if passt(p.key)), ZERO)  # type: ignore[union-attr]


def monatsbild(gs: GrundsicherungErgebnis) -> Monatsbild:
    """The need (Regelbedarf; Mehrbedarfe after the § 42b Abs. 4 cap; Unterkunft und
    Heizung) beside what the person has (income counted, the Grundsicherung, and income that
    stays free: the § 82 Abs. 3 deductions and what does not count at all). Without assets
    above the Schonbetrag, need = counted income + Grundsicherung. Parts of 0 € are left
    out."""
    zufluss = _summe(gs.einkommen, lambda key: key not in ABSETZUNGEN)
    angerechnet_ = gs.einkommen_angerechnet.amount
    frei = zufluss - angerechnet_ + _summe(gs.nicht_angerechnet, lambda _: True)
    bedarf = (
        ("regelbedarf", _summe(gs.bedarf, lambda key: key == "regelbedarf")),
        ("mehrbedarf", _summe(gs.bedarf, lambda key: key.startswith("mehrbedarf"))),
        ("kdu", _summe(gs.bedarf, lambda key: key == "kdu")),
    )
    einnahmen = (
        ("angerechnet", angerechnet_),
        ("grundsicherung", gs.zahlbetrag.value.amount),  # type: ignore[union-attr]
        ("frei", frei),
    )
    return Monatsbild(
        bedarf=tuple(p for p in bedarf if p[1]),
        einnahmen=tuple(p for p in einnahmen if p[1]),
    )

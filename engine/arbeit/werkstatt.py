"""The Werkstatt pay slip (§ 221 SGB IX, § 59 SGB IX), its social-insurance facts (§ 162,
§ 43 SGB VI) and the paths into work with who pays (Ratgeber Kapitel G)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from engine.arbeit.grundsicherung import ZERO, cent
from engine.arbeit.scenario import Arbeitsweg
from engine.eingliederungshilfe.rules import kostenfrei
from engine.eingliederungshilfe.scenario import EghLeistung, Eingliederungshilfe
from engine.explain import (
    N_,
    Count,
    Day,
    ExplainedAmount,
    ExplainedDecision,
    Money,
    Share,
    Step,
    Term,
    uses,
)
from engine.household import Wohnform
from engine.parameters import PARAMETERS, param

ARBEITSBEREICH = (Arbeitsweg.werkstatt_arbeitsbereich, Arbeitsweg.andere_leistungsanbieter)


def _nach_jahren(start: date, jahre: int) -> date:
    """The same calendar day ``jahre`` later; 29 February falls on 1 March (§ 188 Abs. 3 BGB)."""
    try:
        return start.replace(year=start.year + jahre)
    except ValueError:
        return date(start.year + jahre, 3, 1)


def _monat(amount: Decimal) -> Money:
    return Money(amount=amount, per="month")


def ausbildungsgeld(on: date) -> ExplainedAmount:
    """§ 125 SGB III: Ausbildungsgeld im Eingangsverfahren und Berufsbildungsbereich einer
    Werkstatt (126 €, from 1.8.2024 133 €), paid by the Agentur für Arbeit."""
    betrag = param("ausbildungsgeld_werkstatt", on)
    return ExplainedAmount(
        value=_monat(betrag.value),
        legal_basis="§ 125 SGB III",
        steps=(
            Step(
                rule="werkstatt.ausbildungsgeld",
                message=N_("step.werkstatt.ausbildungsgeld"),
                values={"betrag": _monat(betrag.value)},
                legal_basis="§ 125 SGB III",
                parameters=uses(betrag),
            ),
        ),
    )


def arbeitsentgelt(steigerungsbetrag: Decimal, on: date) -> ExplainedAmount:
    """§ 221 Abs. 2 SGB IX: the Arbeitsentgelt "setzt sich aus einem Grundbetrag in Höhe des
    Ausbildungsgeldes, das die Bundesagentur für Arbeit … im Berufsbildungsbereich zuletzt
    leistet, und einem leistungsangemessenen Steigerungsbetrag zusammen"."""
    grundbetrag = param("ausbildungsgeld_werkstatt", on)
    betrag = grundbetrag.value + steigerungsbetrag
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 221 Abs. 2 SGB IX",
        steps=(
            Step(
                rule="werkstatt.entgelt",
                message=N_("step.werkstatt.entgelt"),
                values={
                    "grundbetrag": _monat(grundbetrag.value),
                    "steigerung": _monat(steigerungsbetrag),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 221 Abs. 2 SGB IX",
                parameters=uses(grundbetrag),
            ),
        ),
    )


def afoeg_betrag(entgelt: Decimal, hoechst: Decimal, grenze: Decimal) -> Decimal:
    """§ 59 Abs. 1 SGB IX in numbers: ``hoechst`` while Entgelt + AFöG ≤ ``grenze``, then
    the difference to ``grenze``, never below zero."""
    return min(hoechst, max(grenze - entgelt, ZERO))


def arbeitsfoerderungsgeld(entgelt: Decimal, on: date) -> ExplainedAmount:
    """§ 59 Abs. 1 SGB IX: "Das Arbeitsförderungsgeld beträgt monatlich 52 Euro für jeden im
    Arbeitsbereich beschäftigten Menschen, dessen Arbeitsentgelt zusammen mit dem
    Arbeitsförderungsgeld den Betrag von 351 Euro nicht übersteigt. Ist das Arbeitsentgelt
    höher als 299 Euro, beträgt das Arbeitsförderungsgeld monatlich den Unterschiedsbetrag
    zwischen dem Arbeitsentgelt und 351 Euro." """
    hoechst = param("arbeitsfoerderungsgeld_max", on)
    grenze = param("arbeitsfoerderungsgeld_grenze", on)
    betrag = afoeg_betrag(entgelt, hoechst.value, grenze.value)
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 59 Abs. 1 SGB IX",
        steps=(
            Step(
                rule="werkstatt.afoeg",
                message=N_("step.werkstatt.afoeg"),
                values={
                    "entgelt": _monat(entgelt),
                    "hoechst": _monat(hoechst.value),
                    "grenze": _monat(grenze.value),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 59 Abs. 1 SGB IX",
                parameters=uses(hoechst, grenze),
            ),
        ),
    )


def rentenversicherung(on: date) -> ExplainedAmount:
    """§ 162 Nr. 2 SGB VI: pension contributions of Werkstatt workers are paid on the
    actual pay, "mindestens 80 vom Hundert der Bezugsgröße" (monthly: a twelfth of the
    yearly Bezugsgröße); the Werkstatt and the Land pay the difference (§ 179 SGB VI)."""
    bezugsgroesse = param("bezugsgroesse_jahr", on)
    anteil = param("werkstatt_rentenversicherung_bezugsgroesse_anteil", on)
    betrag = cent(bezugsgroesse.value / 12 * anteil.value)
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 162 Nr. 2 SGB VI",
        steps=(
            Step(
                rule="werkstatt.rentenversicherung",
                message=N_("step.werkstatt.rentenversicherung"),
                values={
                    "bezugsgroesse": Money(amount=bezugsgroesse.value, per="year"),
                    "anteil": Share(value=anteil.value),
                    "betrag": _monat(betrag),
                },
                legal_basis="§ 162 Nr. 2 SGB VI",
                parameters=uses(bezugsgroesse, anteil),
            ),
        ),
    )


def erwerbsminderungsrente_ab(werkstatt_seit: date, on: date) -> ExplainedAmount:
    """§ 43 Abs. 6 SGB VI: "Versicherte, die bereits vor Erfüllung der allgemeinen Wartezeit
    voll erwerbsgemindert waren und seitdem ununterbrochen voll erwerbsgemindert sind, haben
    Anspruch auf Rente wegen voller Erwerbsminderung, wenn sie die Wartezeit von 20 Jahren
    erfüllt haben." The day the 20 years of Werkstatt contributions are full (assuming no
    gap; earlier contribution times count too)."""
    jahre = param("werkstatt_wartezeit_erwerbsminderungsrente_jahre", on)
    ab = _nach_jahren(werkstatt_seit, int(jahre.value))
    return ExplainedAmount(
        value=Day(value=ab),
        legal_basis="§ 43 Abs. 6 SGB VI",
        steps=(
            Step(
                rule="werkstatt.em_rente",
                message=N_("step.werkstatt.em_rente"),
                values={
                    "seit": Day(value=werkstatt_seit),
                    "jahre": Count(value=int(jahre.value), unit="years"),
                    "ab": Day(value=ab),
                },
                legal_basis="§ 43 Abs. 6, § 50 Abs. 2 SGB VI",
                parameters=uses(jahre),
            ),
        ),
    )


class Lohnzettel(BaseModel):
    """What the Werkstatt or the Agentur für Arbeit pays in the month."""

    model_config = ConfigDict(frozen=True)

    ausbildungsgeld: ExplainedAmount | None
    entgelt: ExplainedAmount | None
    arbeitsfoerderungsgeld: ExplainedAmount | None
    auszahlung: Money
    rentenversicherung: ExplainedAmount | None
    erwerbsminderungsrente_ab: ExplainedAmount | None


def lohnzettel(
    weg: Arbeitsweg | None,
    steigerungsbetrag: Decimal,
    werkstatt_seit: date | None,
    on: date,
) -> Lohnzettel:
    """The month's pay: Ausbildungsgeld in the Berufsbildungsbereich; Entgelt and
    Arbeitsförderungsgeld in the Arbeitsbereich (also with an anderer Leistungsanbieter,
    § 60 Abs. 2 Nr. 7 SGB IX)."""
    ag = ausbildungsgeld(on) if weg is Arbeitsweg.werkstatt_berufsbildung else None
    entgelt = arbeitsentgelt(steigerungsbetrag, on) if weg in ARBEITSBEREICH else None
    afoeg = (
        arbeitsfoerderungsgeld(entgelt.value.amount, on)  # type: ignore[union-attr]
        if entgelt is not None
        else None
    )
    werkstatt = weg is Arbeitsweg.werkstatt_berufsbildung or weg in ARBEITSBEREICH
    parts = [x.value.amount for x in (ag, entgelt, afoeg) if x is not None]  # type: ignore[union-attr]
    return Lohnzettel(
        ausbildungsgeld=ag,
        entgelt=entgelt,
        arbeitsfoerderungsgeld=afoeg,
        auszahlung=_monat(sum(parts, ZERO)),
        rentenversicherung=rentenversicherung(on) if werkstatt else None,
        erwerbsminderungsrente_ab=(
            erwerbsminderungsrente_ab(werkstatt_seit, on)
            if werkstatt and werkstatt_seit is not None
            else None
        ),
    )


# Who pays each path, and the Eingliederungshilfe benefit behind it (None: another Träger).
TRAEGER: dict[Arbeitsweg, tuple[str, str, EghLeistung | None]] = {
    Arbeitsweg.werkstatt_berufsbildung: ("agentur", "§ 57, § 63 Abs. 1 Nr. 1 SGB IX", None),
    Arbeitsweg.werkstatt_arbeitsbereich: (
        "eingliederungshilfe",
        "§ 58, § 63 Abs. 2 SGB IX",
        EghLeistung.werkstatt,
    ),
    Arbeitsweg.andere_leistungsanbieter: (
        "eingliederungshilfe",
        "§ 60 SGB IX",
        EghLeistung.andere_leistungsanbieter,
    ),
    Arbeitsweg.budget_fuer_arbeit: (
        "eingliederungshilfe",
        "§ 61 SGB IX",
        EghLeistung.budget_fuer_arbeit,
    ),
    Arbeitsweg.budget_fuer_ausbildung: ("agentur", "§ 61a SGB IX", None),
    Arbeitsweg.inklusionsbetrieb: ("integrationsamt", "§§ 215, 217 SGB IX", None),
    Arbeitsweg.berufsbildungswerk: ("agentur", "§ 51 SGB IX; §§ 112 ff. SGB III", None),
    Arbeitsweg.studium: ("eingliederungshilfe", "§ 112 Abs. 1 Nr. 2 SGB IX", None),
    Arbeitsweg.tagesfoerderstaette: (
        "eingliederungshilfe",
        "§ 81 SGB IX",
        EghLeistung.tagesfoerderstaette,
    ),
}


class Weg(BaseModel):
    """A path into work: who pays, and whether the Eingliederungshilfe asks a contribution."""

    model_config = ConfigDict(frozen=True)

    weg: Arbeitsweg
    traeger: ExplainedAmount  # Term: the Träger
    kostenfrei: ExplainedDecision | None  # from the integration-aid engine (§ 138 SGB IX)


def weg(arbeitsweg: Arbeitsweg, wohnform: Wohnform | None, on: date) -> Weg:
    """The Träger of the path (§ 63 SGB IX for the Werkstatt; § 61a for the Budget für
    Ausbildung; § 185 for the Integrationsamt) and, for benefits of the Eingliederungshilfe,
    whether they are free of a contribution: § 138 Abs. 1 Nr. 3 SGB IX for the Arbeitsbereich,
    the anderer Leistungsanbieter and the Budget für Arbeit (the integration-aid engine's
    catalogue decides). A Studium with Eingliederungshilfe (§ 112) is subject to the
    contribution of §§ 135 ff. unless another ground frees it."""
    traeger, basis, leistung = TRAEGER[arbeitsweg]
    frei = (
        kostenfrei(leistung, Eingliederungshilfe(), False, False, wohnform)
        if leistung is not None
        else None
    )
    return Weg(
        weg=arbeitsweg,
        traeger=ExplainedAmount(
            value=Term(key=f"arbeit.traeger.{traeger}"),
            legal_basis=basis,
            steps=(
                Step(
                    rule="arbeit.traeger",
                    message=N_("step.arbeit.traeger"),
                    values={
                        "weg": Term(key=f"arbeit.weg.{arbeitsweg}"),
                        "traeger": Term(key=f"arbeit.traeger.{traeger}"),
                    },
                    legal_basis=basis,
                ),
            ),
        ),
        kostenfrei=frei,
    )


def budget_fuer_arbeit_zuschuss(entgelt: Decimal, on: date) -> ExplainedAmount:
    """§ 61 Abs. 2 Satz 1 SGB IX: "Der Lohnkostenzuschuss beträgt bis zu 75 Prozent des vom
    Arbeitgeber regelmäßig gezahlten Arbeitsentgelts"; until 13.6.2023 Satz 2 capped it at
    40 % of the monthly Bezugsgröße (a Land could allow more), no federal cap since."""
    anteil = param("budget_fuer_arbeit_lohnkostenzuschuss_anteil", on)
    betrag = cent(entgelt * anteil.value)
    values = {"entgelt": _monat(entgelt), "anteil": Share(value=anteil.value)}
    parameters = [anteil]
    message = N_("step.arbeit.budget_zuschuss")
    if PARAMETERS["budget_fuer_arbeit_deckel_bezugsgroesse_anteil"].in_force(on):
        deckel_anteil = param("budget_fuer_arbeit_deckel_bezugsgroesse_anteil", on)
        bezugsgroesse = param("bezugsgroesse_jahr", on)
        deckel = cent(bezugsgroesse.value / 12 * deckel_anteil.value)
        betrag = min(betrag, deckel)
        values["deckel"] = _monat(deckel)
        parameters += [deckel_anteil, bezugsgroesse]
        message = N_("step.arbeit.budget_zuschuss_deckel")
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis="§ 61 Abs. 2 SGB IX",
        steps=(
            Step(
                rule="arbeit.budget_zuschuss",
                message=message,
                values={**values, "betrag": _monat(betrag)},
                legal_basis="§ 61 Abs. 2 SGB IX",
                parameters=uses(*parameters),
            ),
        ),
    )

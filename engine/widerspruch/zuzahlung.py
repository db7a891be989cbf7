"""Krankenversicherung: the Belastungsgrenze for Zuzahlungen (§ 62 SGB V) and the
Härtefall for Zahnersatz (§ 55 Abs. 2 SGB V).

Amounts: zuzahlung.toml; the Bezugsgröße: eingliederungshilfe.toml (bezugsgroesse_jahr).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from engine.asyl.rules import analogleistungen
from engine.explain import N_, Count, ExplainedAmount, ExplainedDecision, Money, Step, uses
from engine.household import Aufenthalt, Bundesland, Krankenversicherung
from engine.parameters import NotInForce, ParameterValue, param
from engine.widerspruch.scenario import Zuzahlung

ZERO = Decimal(0)
CENT = Decimal("0.01")
# § 18 Abs. 2 SGB IV: the Bezugsgröße (Ost) of the Beitrittsgebiet. Berlin is split in law
# (East Berlin belonged to it); it is counted with the West here and the screen says so.
BEITRITTSGEBIET = (Bundesland.BB, Bundesland.MV, Bundesland.SN, Bundesland.ST, Bundesland.TH)


def auf_cent(value: Decimal) -> Decimal:
    """Money is shown to the cent; rounded half up once, at the end of each rule."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _jahr(amount: Decimal) -> Money:
    return Money(amount=amount, per="year")


def zuzahlungen_gelten(aufenthalt: Aufenthalt, on: date) -> ExplainedDecision:
    """§§ 61, 62 SGB V and § 55 SGB V bind only the gesetzliche Krankenversicherung: its
    Versicherte pay the Zuzahlungen up to the Belastungsgrenze, and the Zahnersatz Härtefall
    is theirs. § 264 Abs. 4 Satz 1 SGB V: "Für die in Absatz 2 Satz 1 genannten Empfänger
    gelten § 11 Abs. 1 sowie die §§ 61 und 62 entsprechend": people with a card from the
    Sozialamt (also AsylbLG recipients after the § 2 waiting time) pay Zuzahlungen up to
    the Belastungsgrenze like Versicherte. Not for the privately insured (their tariff,
    § 192 VVG) nor under §§ 4, 6 AsylbLG (the Sozialamt pays without Zuzahlungen). Without
    an answer the household is taken as gesetzlich versichert."""
    kasse = aufenthalt.krankenversicherung
    karte = kasse is Krankenversicherung.sozialamt or (
        kasse is Krankenversicherung.asylblg and analogleistungen(aufenthalt, on).value
    )
    if kasse in (None, Krankenversicherung.gesetzlich):
        value, message, basis = True, N_("step.zuzahlung.gkv"), "§§ 61, 62 SGB V"
    elif karte:
        value, message, basis = True, N_("step.zuzahlung.karte"), "§ 264 Abs. 4 SGB V"
    elif kasse is Krankenversicherung.privat:
        value, message, basis = False, N_("step.zuzahlung.privat"), "§§ 55, 61, 62 SGB V; § 192 VVG"
    elif kasse is Krankenversicherung.asylblg:
        value, message, basis = False, N_("step.zuzahlung.asylblg"), "§§ 4, 6 AsylbLG"
    else:
        value, message, basis = (
            False,
            N_("step.zuzahlung.keine"),
            "§ 5 Abs. 1 Nr. 13 SGB V; § 193 Abs. 3 VVG",
        )
    return ExplainedDecision(
        value=value,
        legal_basis=basis,
        steps=(Step(rule="zuzahlung.versicherung", message=message, legal_basis=basis),),
    )


def belastungsgrenze(zuzahlung: Zuzahlung, on: date) -> ExplainedAmount:
    """§ 62 SGB V. Abs. 1 Satz 2: "Die Belastungsgrenze beträgt 2 vom Hundert der jährlichen
    Bruttoeinnahmen zum Lebensunterhalt; für chronisch Kranke, die wegen derselben
    schwerwiegenden Krankheit in Dauerbehandlung sind, beträgt sie 1 vom Hundert". Abs. 2
    Satz 2, 3: the income is reduced by 15 % of the annual Bezugsgröße for the first
    Angehöriger in the household, by 10 % for each further one, and for each child by the
    Freibeträge of § 32 Abs. 6 Satz 1, 2 EStG instead. Abs. 2 Satz 5, 6: on Bürgergeld,
    Grundsicherung or Hilfe zum Lebensunterhalt only the Regelbedarf of Regelbedarfsstufe 1
    counts, for the whole household (the published amount of the year)."""
    if zuzahlung.existenzsichernd:
        key = (
            "belastungsgrenze_grundsicherung_chronisch_jahr"
            if zuzahlung.chronisch
            else "belastungsgrenze_grundsicherung_jahr"
        )
        betrag = param(key, on)
        return ExplainedAmount(
            value=_jahr(betrag.value),
            legal_basis="§ 62 Abs. 2 Satz 5, 6 SGB V",
            steps=(
                Step(
                    rule="zuzahlung.grundsicherung",
                    message=N_("step.zuzahlung.grundsicherung"),
                    values={"grenze": _jahr(betrag.value)},
                    legal_basis="§ 62 Abs. 2 Satz 5, 6 SGB V",
                    parameters=uses(betrag),
                ),
            ),
        )
    bezugsgroesse = param("bezugsgroesse_jahr", on)
    steps: list[Step] = []
    used: list[ParameterValue] = []
    abzug = ZERO
    if zuzahlung.partner:
        erster = param("abzug_erster_angehoeriger_anteil", on)
        abzug += bezugsgroesse.value * erster.value
        used += [erster, bezugsgroesse]
    if zuzahlung.kinder:
        kind = param("kinderfreibetrag_zuzahlung_jahr", on)
        abzug += kind.value * zuzahlung.kinder
        used.append(kind)
    abzug = auf_cent(abzug)
    einnahmen = max(ZERO, zuzahlung.brutto_jahr - abzug)
    steps.append(
        Step(
            rule="zuzahlung.abzuege",
            message=N_("step.zuzahlung.abzuege"),
            values={
                "brutto": _jahr(zuzahlung.brutto_jahr),
                "abzug": _jahr(abzug),
                "kinder": Count(value=zuzahlung.kinder),
                "einnahmen": _jahr(einnahmen),
            },
            legal_basis="§ 62 Abs. 2 Satz 2, 3 SGB V",
            parameters=uses(*used),
        )
    )
    anteil = param(
        "belastungsgrenze_anteil_chronisch" if zuzahlung.chronisch else "belastungsgrenze_anteil",
        on,
    )
    grenze = auf_cent(einnahmen * anteil.value)
    steps.append(
        Step(
            rule="zuzahlung.grenze",
            message=N_("step.zuzahlung.grenze"),
            values={"einnahmen": _jahr(einnahmen), "grenze": _jahr(grenze)},
            legal_basis="§ 62 Abs. 1 Satz 2 SGB V",
            parameters=uses(anteil),
        )
    )
    return ExplainedAmount(value=_jahr(grenze), legal_basis="§ 62 SGB V", steps=tuple(steps))


def bezugsgroesse_zahnersatz(bundesland: Bundesland | None, on: date) -> ParameterValue:
    """§ 55 Abs. 2 SGB V names "§ 18 des Vierten Buches": until 2024 the Bezugsgröße (Ost)
    of § 18 Abs. 2 SGB IV in the Beitrittsgebiet, from 2025 one value."""
    if bundesland in BEITRITTSGEBIET:
        try:
            return param("bezugsgroesse_ost_jahr", on)
        except NotInForce:
            pass
    return param("bezugsgroesse_jahr", on)


class ZahnersatzErgebnis(BaseModel):
    model_config = ConfigDict(frozen=True)

    grenze: ExplainedAmount
    haertefall: ExplainedDecision


def zahnersatz_haertefall(
    zuzahlung: Zuzahlung, bundesland: Bundesland | None, on: date
) -> ZahnersatzErgebnis:
    """§ 55 Abs. 2 SGB V: the Krankenkasse pays the whole Regelversorgung when the monthly
    Bruttoeinnahmen zum Lebensunterhalt do not exceed 40 % of the monthly Bezugsgröße, raised
    by 15 % for the first and 10 % for each further Angehöriger in the household (Satz 2
    Nr. 1, Satz 4), and always on Bürgergeld, Grundsicherung or Hilfe zum Lebensunterhalt
    (Satz 2 Nr. 2)."""
    bezugsgroesse = bezugsgroesse_zahnersatz(bundesland, on)
    monat = bezugsgroesse.value / 12
    anteil = param("zahnersatz_haertefall_anteil", on)
    erster = param("zahnersatz_erster_angehoeriger_anteil", on)
    weiterer = param("zahnersatz_weiterer_angehoeriger_anteil", on)
    angehoerige = int(zuzahlung.partner) + zuzahlung.kinder
    faktor = anteil.value
    if angehoerige:
        faktor += erster.value + weiterer.value * (angehoerige - 1)
    grenze = auf_cent(monat * faktor)
    einnahmen = auf_cent(zuzahlung.brutto_jahr / 12)
    monatlich = Money(amount=grenze, per="month")
    grenze_result = ExplainedAmount(
        value=monatlich,
        legal_basis="§ 55 Abs. 2 SGB V",
        steps=(
            Step(
                rule="zahnersatz.grenze",
                message=N_("step.zahnersatz.grenze"),
                values={
                    "angehoerige": Count(value=angehoerige, unit="persons"),
                    "grenze": monatlich,
                },
                legal_basis="§ 55 Abs. 2 Satz 2 Nr. 1, Satz 4 SGB V",
                parameters=uses(bezugsgroesse, anteil, erster, weiterer),
            ),
        ),
    )
    if zuzahlung.existenzsichernd:
        step = Step(
            rule="zahnersatz.grundsicherung",
            message=N_("step.zahnersatz.grundsicherung"),
            legal_basis="§ 55 Abs. 2 Satz 2 Nr. 2 SGB V",
        )
        haertefall = True
    else:
        haertefall = einnahmen <= grenze
        step = Step(
            rule="zahnersatz.vergleich",
            message=N_("step.zahnersatz.vergleich"),
            values={"einnahmen": Money(amount=einnahmen, per="month"), "grenze": monatlich},
            legal_basis="§ 55 Abs. 2 Satz 2 Nr. 1 SGB V",
        )
    return ZahnersatzErgebnis(
        grenze=grenze_result,
        haertefall=ExplainedDecision(
            value=haertefall, legal_basis="§ 55 Abs. 2 SGB V", steps=(step,)
        ),
    )

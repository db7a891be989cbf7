"""Krankenversicherung: what one benefit costs the insured person (§ 61 SGB V and the
paragraphs that apply it), children's exemption, and the year's Zuzahlungen against the
Belastungsgrenze (§ 62 Abs. 1 SGB V).

Amounts: zuzahlung.toml. Whether the Krankenkasse pays rides to outpatient treatment at
all is the care engine's rule (engine/pflege/leistungen.fahrkosten); here only the share.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from engine.explain import N_, Count, ExplainedAmount, ExplainedDecision, Money, Share, Step, uses
from engine.parameters import param
from engine.person import completed_years
from engine.widerspruch.scenario import Leistungsart, Zuzahlung
from engine.widerspruch.zuzahlung import ZERO, auf_cent

# § 60 Abs. 2 Satz 1 SGB V: rides carry the Zuzahlung of § 61 Satz 1 at every age.
AUCH_FUER_KINDER = (Leistungsart.fahrkosten,)
ALTER_BASIS = {
    Leistungsart.arzneimittel: "§ 31 Abs. 3 Satz 1 SGB V",
    Leistungsart.hilfsmittel: "§ 33 Abs. 8 Satz 1 SGB V",
    Leistungsart.verbrauch: "§ 33 Abs. 8 Satz 1 SGB V",
    Leistungsart.heilmittel: "§ 32 Abs. 2 Satz 1 SGB V",
    Leistungsart.krankenpflege: "§ 37 Abs. 5 SGB V",
    Leistungsart.krankenhaus: "§ 39 Abs. 4 SGB V",
    Leistungsart.fahrkosten: "§ 60 Abs. 2 Satz 1 SGB V",
}


def _euro(amount: Decimal) -> Money:
    return Money(amount=amount)


def regelzuzahlung(kosten: Decimal, on: date) -> ExplainedAmount:
    """§ 61 Satz 1 SGB V: "Zuzahlungen, die Versicherte zu leisten haben, betragen 10 vom
    Hundert des Abgabepreises, mindestens jedoch 5 Euro und höchstens 10 Euro; allerdings
    jeweils nicht mehr als die Kosten des jeweiligen Mittels." Arzneimittel (§ 31 Abs. 3),
    Hilfsmittel not for consumption (§ 33 Abs. 8) and each ride (§ 60 Abs. 2)."""
    anteil = param("zuzahlung_anteil", on)
    mindestens = param("zuzahlung_mindestens", on)
    hoechstens = param("zuzahlung_hoechstens", on)
    betrag = min(max(auf_cent(kosten * anteil.value), mindestens.value), hoechstens.value)
    betrag = auf_cent(min(betrag, kosten))
    return ExplainedAmount(
        value=_euro(betrag),
        legal_basis="§ 61 Satz 1 SGB V",
        steps=(
            Step(
                rule="zuzahlen.regel",
                message=N_("step.zuzahlen.regel"),
                values={
                    "kosten": _euro(kosten),
                    "anteil": Share(value=anteil.value),
                    "min": _euro(mindestens.value),
                    "max": _euro(hoechstens.value),
                    "betrag": _euro(betrag),
                },
                legal_basis="§ 61 Satz 1 SGB V",
                parameters=uses(anteil, mindestens, hoechstens),
            ),
        ),
    )


def verbrauchshilfsmittel(kosten_monat: Decimal, on: date) -> ExplainedAmount:
    """§ 33 Abs. 8 Satz 3 SGB V: "Die Zuzahlung bei zum Verbrauch bestimmten Hilfsmitteln
    beträgt 10 vom Hundert des insgesamt von der Krankenkasse zu übernehmenden Betrags,
    jedoch höchstens 10 Euro für den gesamten Monatsbedarf an solchen Hilfsmitteln" (no
    minimum of 5 €)."""
    anteil = param("zuzahlung_anteil", on)
    deckel = param("zuzahlung_verbrauch_monat_max", on)
    betrag = auf_cent(min(kosten_monat * anteil.value, deckel.value))
    return ExplainedAmount(
        value=Money(amount=betrag, per="month"),
        legal_basis="§ 33 Abs. 8 Satz 3 SGB V",
        steps=(
            Step(
                rule="zuzahlen.verbrauch",
                message=N_("step.zuzahlen.verbrauch"),
                values={
                    "kosten": Money(amount=kosten_monat, per="month"),
                    "anteil": Share(value=anteil.value),
                    "max": Money(amount=deckel.value, per="month"),
                    "betrag": Money(amount=betrag, per="month"),
                },
                legal_basis="§ 33 Abs. 8 Satz 3 SGB V",
                parameters=uses(anteil, deckel),
            ),
        ),
    )


def stationaer(tage: int, on: date) -> ExplainedAmount:
    """§ 61 Satz 2 SGB V: "Als Zuzahlungen zu stationären Maßnahmen … werden je
    Kalendertag 10 Euro erhoben"; § 39 Abs. 4 SGB V: for the hospital "für längstens
    28 Tage" in a calendar year (days of an Anschlussrehabilitation count, § 40 Abs. 6)."""
    je_tag = param("zuzahlung_tag_stationaer", on)
    hoechstens = param("zuzahlung_tage_stationaer_max", on)
    gezaehlt = min(tage, int(hoechstens.value))
    betrag = auf_cent(je_tag.value * gezaehlt)
    return ExplainedAmount(
        value=_euro(betrag),
        legal_basis="§ 61 Satz 2, § 39 Abs. 4 SGB V",
        steps=(
            Step(
                rule="zuzahlen.stationaer",
                message=N_("step.zuzahlen.stationaer"),
                values={
                    "tage": Count(value=tage, unit="days"),
                    "max": Count(value=int(hoechstens.value), unit="days"),
                    "je_tag": Money(amount=je_tag.value, per="day"),
                    "betrag": _euro(betrag),
                },
                legal_basis="§ 61 Satz 2, § 39 Abs. 4 SGB V",
                parameters=uses(je_tag, hoechstens),
            ),
        ),
    )


def _verordnung(kosten: Decimal, rule: str, message: str, basis: str, on: date, extra=()):  # type: ignore[no-untyped-def]
    anteil = param("zuzahlung_anteil", on)
    verordnung = param("zuzahlung_verordnung", on)
    betrag = auf_cent(kosten * anteil.value) + verordnung.value
    return ExplainedAmount(
        value=_euro(betrag),
        legal_basis=basis,
        steps=(
            Step(
                rule=rule,
                message=message,
                values={
                    "kosten": _euro(kosten),
                    "anteil": Share(value=anteil.value),
                    "verordnung": _euro(verordnung.value),
                    "betrag": _euro(betrag),
                },
                legal_basis=basis,
                parameters=uses(anteil, verordnung, *extra),
            ),
        ),
    )


def heilmittel(kosten: Decimal, on: date) -> ExplainedAmount:
    """§ 61 Satz 3 SGB V with § 32 Abs. 2: "Bei Heilmitteln … beträgt die Zuzahlung
    10 vom Hundert der Kosten sowie 10 Euro je Verordnung"."""
    return _verordnung(
        kosten,
        "zuzahlen.heilmittel",
        N_("step.zuzahlen.heilmittel"),
        "§ 61 Satz 3, § 32 Abs. 2 SGB V",
        on,
    )


def krankenpflege(kosten_tag: Decimal, tage: int, on: date) -> ExplainedAmount:
    """§ 37 Abs. 5 SGB V: the Zuzahlung of § 61 Satz 3 (10 % and 10 € per Verordnung)
    "begrenzt auf die für die ersten 28 Kalendertage der Leistungsinanspruchnahme je
    Kalenderjahr anfallenden Kosten"."""
    hoechstens = param("zuzahlung_tage_krankenpflege_max", on)
    kosten = kosten_tag * min(tage, int(hoechstens.value))
    return _verordnung(
        kosten,
        "zuzahlen.krankenpflege",
        N_("step.zuzahlen.krankenpflege"),
        "§ 61 Satz 3, § 37 Abs. 5 SGB V",
        on,
        (hoechstens,),
    )


def minderjaehrig_befreit(
    leistung: Leistungsart, geburtsdatum: date, on: date
) -> ExplainedDecision:
    """Versicherte, die das 18. Lebensjahr vollendet haben, leisten Zuzahlungen (§ 31
    Abs. 3, § 32 Abs. 2, § 33 Abs. 8, § 37 Abs. 5, § 39 Abs. 4 SGB V): children are free,
    except for rides (§ 60 Abs. 2 Satz 1 has no age limit). Age by § 187 Abs. 2 BGB: 18 on
    the birthday."""
    grenze = param("zuzahlung_alter", on)
    jahre = completed_years(geburtsdatum, on)
    befreit = jahre < grenze.value and leistung not in AUCH_FUER_KINDER
    if leistung in AUCH_FUER_KINDER:
        message = N_("step.zuzahlen.kind_fahrt")
    elif befreit:
        message = N_("step.zuzahlen.kind_frei")
    else:
        message = N_("step.zuzahlen.erwachsen")
    return ExplainedDecision(
        value=befreit,
        legal_basis=ALTER_BASIS[leistung],
        steps=(
            Step(
                rule="zuzahlen.alter",
                message=message,
                values={
                    "jahre": Count(value=jahre, unit="years"),
                    "grenze": Count(value=int(grenze.value), unit="years"),
                },
                legal_basis=ALTER_BASIS[leistung],
                parameters=uses(grenze),
            ),
        ),
    )


def zuzahlung_fuer(zuzahlung: Zuzahlung, on: date) -> ExplainedAmount | None:
    """The Zuzahlung for the benefit chosen on the screen (None until one is chosen)."""
    art, kosten = zuzahlung.leistung, zuzahlung.kosten
    if art is None:
        return None
    if art is Leistungsart.verbrauch:
        return verbrauchshilfsmittel(kosten, on)
    if art is Leistungsart.krankenhaus:
        return stationaer(zuzahlung.tage, on)
    if art is Leistungsart.heilmittel:
        return heilmittel(kosten, on)
    if art is Leistungsart.krankenpflege:
        return krankenpflege(kosten, zuzahlung.tage, on)
    return regelzuzahlung(kosten, on)


def bis_zur_grenze(bisher: Decimal, grenze: ExplainedAmount) -> ExplainedAmount:
    """§ 62 Abs. 1 Satz 1 SGB V: "Versicherte haben während jedes Kalenderjahres nur
    Zuzahlungen bis zur Belastungsgrenze zu leisten; wird die Belastungsgrenze bereits
    innerhalb eines Kalenderjahres erreicht, hat die Krankenkasse eine Bescheinigung darüber
    zu erteilen, dass für den Rest des Kalenderjahres keine Zuzahlungen mehr zu leisten
    sind." The amount still to pay this year (0 once the limit is reached)."""
    limit = grenze.value.amount  # type: ignore[union-attr]
    rest = max(limit - bisher, ZERO)
    return ExplainedAmount(
        value=_euro(rest),
        legal_basis="§ 62 Abs. 1 Satz 1 SGB V",
        steps=(
            Step(
                rule="zuzahlen.jahr",
                message=N_("step.zuzahlen.erreicht") if rest == ZERO else N_("step.zuzahlen.rest"),
                values={
                    "bisher": _euro(bisher),
                    "grenze": _euro(limit),
                    "rest": _euro(rest),
                    "mehr": _euro(max(bisher - limit, ZERO)),
                },
                legal_basis="§ 62 Abs. 1 Satz 1 SGB V",
            ),
        ),
    )


class Zuzahlungsrechnung(BaseModel):
    """The calculator's answer: the Zuzahlung (None until a benefit is chosen), the age
    decision (None without a birth date) and the year against the Belastungsgrenze."""

    model_config = ConfigDict(frozen=True)

    betrag: ExplainedAmount | None
    befreit: ExplainedDecision | None
    jahr: ExplainedAmount


def rechnen(
    zuzahlung: Zuzahlung, geburtsdatum: date | None, grenze: ExplainedAmount, on: date
) -> Zuzahlungsrechnung:
    """One benefit's Zuzahlung for the person, and the household's year so far."""
    art = zuzahlung.leistung
    befreit = None
    if art is not None and geburtsdatum is not None:
        befreit = minderjaehrig_befreit(art, geburtsdatum, on)
    return Zuzahlungsrechnung(
        betrag=zuzahlung_fuer(zuzahlung, on),
        befreit=befreit,
        jahr=bis_zur_grenze(zuzahlung.bisher_jahr, grenze),
    )

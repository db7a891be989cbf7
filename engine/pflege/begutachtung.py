"""Pflegegrad from the assessment instrument: § 15 SGB XI with Anlagen 1 and 2.

Answers (engine.scenario.Begutachtung) → Einzelpunkte per criterion → raw sum per module →
gewichtete Punkte (Anlage 2) → the higher of modules 2 and 3 → Gesamtpunkte → Pflegegrad.
Children are scored by the rules for their age on the day of the assessment.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from pydantic import BaseModel, ConfigDict

from engine.explain import N_, Count, Day, Explained, ParameterUse, Points, Step, Term
from engine.parameters import param
from engine.person import completed_years
from engine.pflege.nba import (
    ANLAGE_1,
    ANLAGE_2,
    ANLAGE_2_STUFEN,
    BRI_KINDER,
    EINZELPUNKTE,
    GRUPPE_A,
    GRUPPE_A_SCHWELLEN,
    GRUPPE_B,
    GRUPPE_B_SCHWELLEN,
    GRUPPE_C,
    GRUPPE_C_EINZELPUNKTE,
    GRUPPE_C_SCHWELLEN,
    GRUPPE_C_WERTE,
    INKONTINENZ_KRITERIEN,
    KRITERIEN,
    PRO_TAG,
    SAEUGLING_MODUL_4,
    Alter,
    Kriterium,
    Schwelle,
    Skala,
)
from engine.pflege.scenario import Begutachtung, Messung

SAEUGLING_BIS = Alter(monate=18)
ERWACHSENEN_REGELN_AB_JAHREN = 11  # BRi 5: from the completed 11th year, adult scoring
GESAMTPUNKTE_MAX = Decimal(100)


class Altersstufe(StrEnum):
    saeugling = "saeugling"  # up to 18 months, § 15 Abs. 7 SGB XI
    kind = "kind"  # 18 months to the completed 11th year, § 15 Abs. 6 SGB XI
    erwachsen = "erwachsen"


def vollendet_am(geburtsdatum: date, alter: Alter) -> date:
    """The first day on which ``alter`` is completed (§ 187 Abs. 2 Satz 2, § 188 BGB).

    The day of birth counts, so n months are completed when the n-th monthly birthday
    begins; a birthday missing in the month (31 Jan → February) completes the period
    at the end of that month's last day (§ 188 Abs. 3 BGB), i.e. on the 1st of the next.
    """
    months = geburtsdatum.month - 1 + alter.monate
    year, month = geburtsdatum.year + months // 12, months % 12 + 1
    if geburtsdatum.day <= calendar.monthrange(year, month)[1]:
        day = date(year, month, geburtsdatum.day)
    else:
        day = date(year + month // 12, month % 12 + 1, 1)
    return day + timedelta(weeks=alter.wochen)


def altersstufe(geburtsdatum: date | None, stichtag: date) -> Altersstufe:
    """§ 15 Abs. 6, 7 SGB XI: Kinder "bis zu 18 Monaten", Kinder, and from 11 adult rules."""
    if geburtsdatum is None:
        return Altersstufe.erwachsen
    if stichtag < vollendet_am(geburtsdatum, SAEUGLING_BIS):
        return Altersstufe.saeugling
    if completed_years(geburtsdatum, stichtag) < ERWACHSENEN_REGELN_AB_JAHREN:
        return Altersstufe.kind
    return Altersstufe.erwachsen


def altersuebliche_stufe(kriterium: Kriterium, geburtsdatum: date, stichtag: date) -> int:
    """BRi chapter 5: the level an age-appropriately developed child has (3 = none yet)."""
    if kriterium.altersnorm is None:
        return 0
    targets = (0,) if len(kriterium.altersnorm) == 1 else (2, 1, 0)
    stufe = 3
    for target, alter in zip(targets, kriterium.altersnorm, strict=True):
        if stichtag >= vollendet_am(geburtsdatum, alter):
            stufe = target
    return stufe


def wird_gefragt(
    kriterium: Kriterium,
    stufe: Altersstufe,
    geburtsdatum: date | None,
    stichtag: date,
    inkontinenz: bool,
) -> bool:
    """Whether the instrument assesses ``kriterium`` for this person on this day.

    Infants: only modules 3 and 5 and 4.K (§ 15 Abs. 7 SGB XI, BRi 5.1). Children: not while
    the age-typical level is itself unselbständig (BRi 5). 4.11/4.12 only with incontinence
    or a künstliche Ableitung (Anlage 1); 5.K and 4.K only for children.
    """
    if kriterium.nummer in INKONTINENZ_KRITERIEN and not inkontinenz:
        return False
    if stufe is Altersstufe.saeugling:
        return kriterium.modul in (3, 5) or kriterium.nummer in SAEUGLING_MODUL_4
    if kriterium.nummer in SAEUGLING_MODUL_4:
        return False
    if stufe is Altersstufe.erwachsen:
        return kriterium.nummer != "5.K"
    assert geburtsdatum is not None
    return altersuebliche_stufe(kriterium, geburtsdatum, stichtag) < 3


def einzelpunkte(kriterium: Kriterium, antwort: int, altersuebliche: int = 0) -> int:
    """Anlage 1: points of one answer; children count only the deviation (BRi 5).

    "Einzelpunkte = max(0, Stufe des Kindes − altersübliche Stufe)", then the factor of
    4.8 (×3) and 4.9/4.10 (×2) and the special scale of 4.13 apply as for adults.
    """
    abweichung = max(0, antwort - altersuebliche)
    return EINZELPUNKTE[kriterium.skala][abweichung] * kriterium.faktor


def _stufe(summe: Fraction, schwellen: tuple[Schwelle, ...]) -> int:
    return sum(s.erreicht(summe) for s in schwellen)


def _pro_tag(messung: Messung | None) -> Fraction:
    return PRO_TAG[messung.je] * messung.anzahl if messung else Fraction(0)


def gruppe_c_punkte(nummer: str, messung: Messung | None) -> Fraction:
    """Anlage 1, Modul 5, 5.12–5.15 and 5.K: points per occurrence.

    5.12 needed daily counts a flat 60; the visits (5.13–5.K) are asked per week or month,
    and a daily visit counts as seven a week.
    """
    if messung is None or messung.anzahl == 0:
        return Fraction(0)
    wert = GRUPPE_C_WERTE[nummer]
    if messung.je == "tag":
        if wert.taeglich_pauschal is not None:
            return wert.taeglich_pauschal
        return wert.je_woche * 7 * messung.anzahl
    return (wert.je_woche if messung.je == "woche" else wert.je_monat) * messung.anzahl


class Modul5Gruppen(BaseModel):
    model_config = ConfigDict(frozen=True)

    a_pro_tag: Fraction
    a_punkte: int
    b_pro_tag: Fraction
    b_punkte: int
    c_summe: Fraction
    c_punkte: int
    diaet_punkte: int


def modul_5(messungen: dict[str, Messung], diaet: int) -> Modul5Gruppen:
    """Anlage 1, Modul 5: three groups of measures, each scored on its summed frequency."""
    a = sum((_pro_tag(messungen.get(n)) for n in GRUPPE_A), Fraction(0))
    b = sum((_pro_tag(messungen.get(n)) for n in GRUPPE_B), Fraction(0))
    c = sum((gruppe_c_punkte(n, messungen.get(n)) for n in GRUPPE_C), Fraction(0))
    return Modul5Gruppen(
        a_pro_tag=a,
        a_punkte=_stufe(a, GRUPPE_A_SCHWELLEN),
        b_pro_tag=b,
        b_punkte=_stufe(b, GRUPPE_B_SCHWELLEN),
        c_summe=c,
        c_punkte=GRUPPE_C_EINZELPUNKTE[_stufe(c, GRUPPE_C_SCHWELLEN)],
        diaet_punkte=diaet,
    )


def gewichtete_punkte(modul: int, rohpunkte: int) -> tuple[int, Decimal]:
    """Anlage 2 to § 15 SGB XI: the band (0–4) and gewichtete Punkte of a raw sum."""
    stufen = ANLAGE_2_STUFEN[modul]
    stufe = stufen.stufe(rohpunkte)
    return stufe, stufen.gewichtete_punkte[stufe]


class ModulErgebnis(BaseModel):
    model_config = ConfigDict(frozen=True)

    modul: int
    begutachtet: bool
    rohpunkte: int
    stufe: int
    gewichtete_punkte: Decimal
    gezaehlt: bool
    fragen: int
    beantwortet: int


class Hebel(BaseModel):
    """What one more band in a module would add (to show where the next grade could come from)."""

    model_config = ConfigDict(frozen=True)

    modul: int
    plus_punkte: Decimal
    rohpunkte_fehlen: int
    reicht: bool


class Begutachtungsergebnis(Explained):
    altersstufe: Altersstufe
    module: tuple[ModulErgebnis, ...]
    gesamtpunkte: Decimal
    pflegegrad: int | None
    bedarfskonstellation: bool
    naechster_pflegegrad: int | None
    fehlende_punkte: Decimal | None
    hebel: tuple[Hebel, ...]
    offene_fragen: int


GRADE = (1, 2, 3, 4, 5)


def _schwellen(stichtag: date) -> list[tuple[int, ParameterUse, Decimal]]:
    uses = []
    for grad in GRADE:
        value = param(f"pflegegrad_schwelle_pg{grad}", stichtag)
        uses.append((grad, ParameterUse.of(value), value.value))
    return uses


def pflegegrad(
    gesamtpunkte: Decimal, stufe: Altersstufe, stichtag: date
) -> tuple[int | None, int | None, Decimal | None, Step]:
    """§ 15 Abs. 3 Satz 4 SGB XI; infants one grade higher (§ 15 Abs. 7 SGB XI).

    Lower bounds count ("ab 12,5 bis unter 27"); below 12.5 there is no grade. Returns the
    grade, the next reachable grade and the points missing to it, and the step.
    """
    schwellen = _schwellen(stichtag)
    saeugling = stufe is Altersstufe.saeugling

    def grad_fuer(schwellen_grad: int) -> int:
        return min(schwellen_grad + 1, 5) if saeugling else schwellen_grad

    grad = None
    for schwellen_grad, _, wert in schwellen:
        if gesamtpunkte >= wert:
            grad = grad_fuer(schwellen_grad)
    naechster, fehlen = None, None
    for schwellen_grad, _, wert in schwellen:
        if gesamtpunkte < wert and grad_fuer(schwellen_grad) != grad:
            naechster, fehlen = grad_fuer(schwellen_grad), wert - gesamtpunkte
            break
    basis = "§ 15 Abs. 7 SGB XI" if saeugling else "§ 15 Abs. 3 SGB XI"
    step = Step(
        rule="begutachtung.pflegegrad",
        message=N_("step.begutachtung.pflegegrad_saeugling")
        if saeugling
        else N_("step.begutachtung.pflegegrad"),
        values={
            "punkte": Points(value=gesamtpunkte),
            "grad": Term(key=f"term.pflegegrad.{grad or 0}"),
        },
        legal_basis=basis,
        parameters=tuple(use for _, use, _ in schwellen),
    )
    return grad, naechster, fehlen, step


def _antwort(begutachtung: Begutachtung, kriterium: Kriterium) -> int | None:
    return begutachtung.antworten.get(kriterium.nummer)


def begutachten(
    begutachtung: Begutachtung, geburtsdatum: date | None, stichtag: date
) -> Begutachtungsergebnis:
    """§ 15 SGB XI: the Pflegegrad the answers lead to on the day of the assessment.

    Unanswered criteria count as no impairment (0 points) and are reported as open.
    """
    stufe = altersstufe(geburtsdatum, stichtag)
    steps = [
        Step(
            rule="begutachtung.altersstufe",
            message=N_("step.begutachtung.altersstufe"),
            values={
                "stichtag": Day(value=stichtag),
                "stufe": Term(key=f"term.altersstufe.{stufe}"),
            },
            legal_basis="§ 15 Abs. 6 und 7 SGB XI",
        )
    ]
    roh: dict[int, int] = dict.fromkeys(range(1, 7), 0)
    fragen: dict[int, int] = dict.fromkeys(range(1, 7), 0)
    beantwortet: dict[int, int] = dict.fromkeys(range(1, 7), 0)
    for kriterium in KRITERIEN:
        if not wird_gefragt(kriterium, stufe, geburtsdatum, stichtag, begutachtung.inkontinenz):
            continue
        fragen[kriterium.modul] += 1
        if kriterium.skala is Skala.messung:
            beantwortet[5] += kriterium.nummer in begutachtung.messungen
            continue
        antwort = _antwort(begutachtung, kriterium)
        if antwort is None:
            continue
        beantwortet[kriterium.modul] += 1
        if kriterium.modul == 5:
            continue  # 5.16 enters with the groups below
        altersueblich = (
            altersuebliche_stufe(kriterium, geburtsdatum, stichtag)
            if stufe is Altersstufe.kind and geburtsdatum is not None
            else 0
        )
        roh[kriterium.modul] += einzelpunkte(kriterium, antwort, altersueblich)
    gruppen = modul_5(begutachtung.messungen, begutachtung.antworten.get("5.16", 0))
    roh[5] = gruppen.a_punkte + gruppen.b_punkte + gruppen.c_punkte + gruppen.diaet_punkte
    steps.append(
        Step(
            rule="begutachtung.modul5",
            message=N_("step.begutachtung.modul5"),
            values={
                "a": Points(value=_decimal(gruppen.a_pro_tag)),
                "a_punkte": Count(value=gruppen.a_punkte),
                "b": Points(value=_decimal(gruppen.b_pro_tag)),
                "b_punkte": Count(value=gruppen.b_punkte),
                "c": Points(value=_decimal(gruppen.c_summe)),
                "c_punkte": Count(value=gruppen.c_punkte),
                "diaet": Count(value=gruppen.diaet_punkte),
            },
            legal_basis=ANLAGE_1,
        )
    )
    begutachtet = {m: fragen[m] > 0 for m in range(1, 7)}
    stufen_gp = {m: gewichtete_punkte(m, roh[m]) for m in range(1, 7)}
    gezaehlt_2_3 = 2 if stufen_gp[2][1] >= stufen_gp[3][1] and begutachtet[2] else 3
    module = []
    for m in range(1, 7):
        band, gp = stufen_gp[m]
        gezaehlt = begutachtet[m] and (m not in (2, 3) or m == gezaehlt_2_3)
        module.append(
            ModulErgebnis(
                modul=m,
                begutachtet=begutachtet[m],
                rohpunkte=roh[m],
                stufe=band,
                gewichtete_punkte=gp,
                gezaehlt=gezaehlt,
                fragen=fragen[m],
                beantwortet=beantwortet[m],
            )
        )
        if begutachtet[m]:
            steps.append(
                Step(
                    rule=f"begutachtung.modul{m}.gewichtet",
                    message=N_("step.begutachtung.modul"),
                    values={
                        "modul": Term(key=f"modul.{m}"),
                        "roh": Count(value=roh[m]),
                        "stufe": Term(key=f"term.stufe.{band}"),
                        "gp": Points(value=gp),
                    },
                    legal_basis=ANLAGE_2,
                )
            )
    if begutachtet[2] or begutachtet[3]:
        steps.append(
            Step(
                rule="begutachtung.modul2_3",
                message=N_("step.begutachtung.modul2_3"),
                values={
                    "m2": Points(value=stufen_gp[2][1]),
                    "m3": Points(value=stufen_gp[3][1]),
                    "gezaehlt": Term(key=f"modul.{gezaehlt_2_3}"),
                },
                legal_basis="§ 15 Abs. 3 Satz 3 SGB XI",
            )
        )
    gesamt = min(
        sum((m.gewichtete_punkte for m in module if m.gezaehlt), Decimal(0)), GESAMTPUNKTE_MAX
    )
    steps.append(
        Step(
            rule="begutachtung.gesamtpunkte",
            message=N_("step.begutachtung.gesamtpunkte"),
            values={"punkte": Points(value=gesamt)},
            legal_basis="§ 15 Abs. 3 Satz 2 SGB XI",
        )
    )
    grad, naechster, fehlen, grad_step = pflegegrad(gesamt, stufe, stichtag)
    steps.append(grad_step)
    if begutachtung.bedarfskonstellation:
        grad, naechster, fehlen = 5, None, None
        steps.append(
            Step(
                rule="begutachtung.bedarfskonstellation",
                message=N_("step.begutachtung.bedarfskonstellation"),
                values={"punkte": Points(value=gesamt)},
                legal_basis="§ 15 Abs. 4 SGB XI",
            )
        )
    hebel = _hebel(module, stufe, begutachtung, fehlen) if fehlen is not None else ()
    offen = sum(m.fragen - m.beantwortet for m in module)
    basis = "§ 15 SGB XI mit Anlagen 1 und 2"
    if stufe is not Altersstufe.erwachsen:
        basis += "; " + BRI_KINDER
    return Begutachtungsergebnis(
        legal_basis=basis,
        steps=tuple(steps),
        altersstufe=stufe,
        module=tuple(module),
        gesamtpunkte=gesamt,
        pflegegrad=grad,
        bedarfskonstellation=begutachtung.bedarfskonstellation,
        naechster_pflegegrad=naechster,
        fehlende_punkte=fehlen,
        hebel=hebel,
        offene_fragen=offen,
    )


def _decimal(value: Fraction) -> Decimal:
    """A group sum for display, two decimals (the comparison itself used the exact value)."""
    return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.01"))


def _hebel(
    module: list[ModulErgebnis],
    stufe: Altersstufe,
    begutachtung: Begutachtung,
    fehlen: Decimal,
) -> tuple[Hebel, ...]:
    """Per assessed module: what its next band of Anlage 2 would add to the total."""
    counted_2_3 = max(m.gewichtete_punkte for m in module if m.modul in (2, 3))
    result = []
    for m in module:
        if not m.begutachtet:
            continue
        current = counted_2_3 if m.modul in (2, 3) else m.gewichtete_punkte
        stufen = ANLAGE_2_STUFEN[m.modul]
        if stufe is Altersstufe.saeugling and m.modul == 4:
            if begutachtung.antworten.get("4.K"):
                continue
            target_roh = EINZELPUNKTE[Skala.ja_nein][1]
        elif m.stufe < 4:
            target_roh = stufen.untergrenzen[m.stufe]
        else:
            continue
        plus = stufen.gewichtete_punkte[stufen.stufe(target_roh)] - current
        if plus > 0:
            result.append(
                Hebel(
                    modul=m.modul,
                    plus_punkte=plus,
                    rohpunkte_fehlen=target_roh - m.rohpunkte,
                    reicht=plus >= fehlen,
                )
            )
    return tuple(result)

"""§ 32a EStG: the income tax tariff of each year (Grundtarif and Splitting).

The formulas' numbers are dated parameters (einkommensteuer.toml, est_*), read for the
Rechtsstand's year; the Grundfreibetrag is the lead's `grundfreibetrag` parameter.
Solidaritätszuschlag and Kirchensteuer are left out: the screen says so.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_FLOOR, Decimal

from engine.explain import N_, ExplainedAmount, Money, Step, Term, uses
from engine.parameters import ParameterValue, param

LEGAL_BASIS = "§ 32a Abs. 1 EStG"
SPLITTING_BASIS = "§ 32a Abs. 5 EStG"
ZERO = Decimal(0)


def volle_euro(betrag: Decimal) -> Decimal:
    """§ 32a Abs. 1 Sätze 1 und 6 EStG: the income and the resulting tax are rounded down
    to full euros ("auf volle Euro abgerundet")."""
    return betrag.to_integral_value(rounding=ROUND_FLOOR)


def _tarif(zve: Decimal, on: date) -> tuple[Decimal, int, tuple[ParameterValue, ...]]:
    """§ 32a Abs. 1 Satz 2 EStG for a rounded income: the tax, the zone 1–5 and the
    parameters read. y and z are one ten-thousandth of the part above the Grundfreibetrag
    and above the end of zone 2 (Sätze 3 and 4)."""
    x = volle_euro(zve)
    gfb = param("grundfreibetrag", on)
    if x <= gfb.value:
        return ZERO, 1, (gfb,)
    schritt = param("est_tarif_schritt", on)
    zone2_ende = param("est_zone2_ende", on)
    if x <= zone2_ende.value:
        faktor, eingang = param("est_zone2_faktor", on), param("est_zone2_eingang", on)
        y = (x - gfb.value) / schritt.value
        steuer = (faktor.value * y + eingang.value) * y
        return volle_euro(steuer), 2, (gfb, schritt, zone2_ende, faktor, eingang)
    zone3_ende = param("est_zone3_ende", on)
    if x <= zone3_ende.value:
        faktor, eingang = param("est_zone3_faktor", on), param("est_zone3_eingang", on)
        sockel = param("est_zone3_sockel", on)
        z = (x - zone2_ende.value) / schritt.value
        steuer = (faktor.value * z + eingang.value) * z + sockel.value
        return volle_euro(steuer), 3, (zone2_ende, schritt, zone3_ende, faktor, eingang, sockel)
    zone4_ende = param("est_zone4_ende", on)
    if x <= zone4_ende.value:
        satz, abzug = param("est_zone4_satz", on), param("est_zone4_abzug", on)
        return volle_euro(satz.value * x - abzug.value), 4, (zone3_ende, zone4_ende, satz, abzug)
    satz, abzug = param("est_zone5_satz", on), param("est_zone5_abzug", on)
    return volle_euro(satz.value * x - abzug.value), 5, (zone4_ende, satz, abzug)


def tarifliche_einkommensteuer(zve: Decimal, on: date) -> ExplainedAmount:
    """§ 32a Abs. 1 EStG (Grundtarif): "Die tarifliche Einkommensteuer bemisst sich nach dem
    auf volle Euro abgerundeten zu versteuernden Einkommen" — 0 up to the Grundfreibetrag,
    (a · y + 1 400) · y, (b · z + 2 397) · z + c, 0,42 · x − d, 0,45 · x − e; "Der sich
    ergebende Steuerbetrag ist auf den nächsten vollen Euro-Betrag abzurunden.\""""
    steuer, zone, used = _tarif(zve, on)
    return ExplainedAmount(
        value=Money(amount=steuer, per="year"),
        legal_basis=LEGAL_BASIS,
        steps=(
            Step(
                rule="est.tarif",
                message=N_("step.est.tarif"),
                values={
                    "einkommen": Money(amount=volle_euro(zve), per="year"),
                    "zone": Term(key=f"est.zone.{zone}"),
                    "steuer": Money(amount=steuer, per="year"),
                },
                legal_basis=LEGAL_BASIS,
                parameters=uses(*used),
            ),
        ),
    )


def splittingtarif(zve: Decimal, on: date) -> ExplainedAmount:
    """§ 32a Abs. 5 EStG: for spouses assessed together the tax is "das Zweifache des
    Steuerbetrags, der sich für die Hälfte Ihres gemeinsam zu versteuernden Einkommens nach
    Absatz 1 ergibt (Splitting-Verfahren)"."""
    anteil = param("est_splitting_anteil", on)
    haelfte = volle_euro(zve) * anteil.value
    steuer_haelfte, zone, used = _tarif(haelfte, on)
    steuer = (steuer_haelfte / anteil.value).quantize(Decimal(1))
    return ExplainedAmount(
        value=Money(amount=steuer, per="year"),
        legal_basis=SPLITTING_BASIS,
        steps=(
            Step(
                rule="est.splitting",
                message=N_("step.est.splitting"),
                values={
                    "einkommen": Money(amount=volle_euro(zve), per="year"),
                    "haelfte": Money(amount=volle_euro(haelfte), per="year"),
                    "zone": Term(key=f"est.zone.{zone}"),
                    "steuer": Money(amount=steuer, per="year"),
                },
                legal_basis=SPLITTING_BASIS,
                parameters=uses(anteil, *used),
            ),
        ),
    )


def einkommensteuer(zve: Decimal, splitting: bool, on: date) -> ExplainedAmount:
    """The tariff that applies: § 32a Abs. 5 for spouses assessed together, else Abs. 1."""
    return splittingtarif(zve, on) if splitting else tarifliche_einkommensteuer(zve, on)

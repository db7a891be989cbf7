"""Facts about the person that every area needs: age on the Rechtsstand date, majority."""

from __future__ import annotations

from datetime import date

from engine.explain import (
    N_,
    Count,
    Day,
    ExplainedAmount,
    ExplainedDecision,
    ParameterUse,
    Step,
    Term,
)
from engine.parameters import param

AGE_BASIS = "§ 187 Abs. 2 Satz 2, § 188 Abs. 2 BGB"


def completed_years(geburtsdatum: date, stichtag: date) -> int:
    """Vollendete Lebensjahre, §§ 187 Abs. 2 Satz 2, 188 Abs. 2 BGB.

    "Der Tag der Geburt wird bei der Berechnung des Lebensalters mitgerechnet": a year of
    life is completed when the birthday begins. Someone born on 29 February completes it
    on 1 March in other years (§ 188 Abs. 3 BGB), which the tuple comparison yields.
    """
    before_birthday = (stichtag.month, stichtag.day) < (geburtsdatum.month, geburtsdatum.day)
    return stichtag.year - geburtsdatum.year - before_birthday


def lebensalter(geburtsdatum: date, stichtag: date) -> ExplainedAmount:
    """Lebensalter in vollendeten Jahren am Stichtag (§ 187 Abs. 2 Satz 2 BGB)."""
    jahre = completed_years(geburtsdatum, stichtag)
    return ExplainedAmount(
        value=Count(value=jahre, unit="years"),
        legal_basis=AGE_BASIS,
        steps=(
            Step(
                rule="person.lebensalter",
                message=N_("step.person.lebensalter"),
                values={
                    "geburtsdatum": Day(value=geburtsdatum),
                    "stichtag": Day(value=stichtag),
                    "jahre": Count(value=jahre, unit="years"),
                },
                legal_basis=AGE_BASIS,
            ),
        ),
    )


def volljaehrig(geburtsdatum: date, stichtag: date) -> ExplainedDecision:
    """§ 2 BGB: "Die Volljährigkeit tritt mit der Vollendung des 18. Lebensjahres ein."

    Minors' benefits depend on their parents' income (e.g. § 136 Abs. 5 SGB IX), adults'
    only on their own, so every area asks this first.
    """
    grenze = param("volljaehrigkeit_alter", stichtag)
    jahre = completed_years(geburtsdatum, stichtag)
    ist_volljaehrig = jahre >= grenze.value
    return ExplainedDecision(
        value=ist_volljaehrig,
        legal_basis=grenze.legal_basis,
        steps=(
            Step(
                rule="person.volljaehrig",
                message=N_("step.person.volljaehrig"),
                values={
                    "jahre": Count(value=jahre, unit="years"),
                    "grenze": Count(value=int(grenze.value), unit="years"),
                    "status": Term(
                        key=N_("term.volljaehrig") if ist_volljaehrig else N_("term.minderjaehrig")
                    ),
                },
                legal_basis=grenze.legal_basis,
                parameters=(ParameterUse.of(grenze),),
            ),
        ),
    )

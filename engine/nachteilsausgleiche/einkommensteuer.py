"""Einkommensteuer (EStG): the Grundfreibetrag of the year and the Behinderten-Pauschbetrag.

Both are read by the tax screen and by the Kindergeld test for an adult child (§ 32 Abs. 4
Satz 1 Nr. 3 EStG: the child's need is the Grundfreibetrag plus its disability-related
extra need, for which the Pauschbetrag stands). Amounts: einkommensteuer.toml.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from engine.explain import N_, Count, ExplainedAmount, Money, Step, Term, uses
from engine.household import Merkzeichen
from engine.parameters import param

ERHOEHT_MERKZEICHEN = (Merkzeichen.H, Merkzeichen.Bl, Merkzeichen.TBl)
"""§ 33b Abs. 3 Satz 3 EStG: hilflos, blind or taubblind."""
ERHOEHT_PFLEGEGRADE = (4, 5)
"""§ 33b Abs. 3 Satz 3 EStG: Pflegegrad 4 or 5 counts as hilflos."""


def _jahr(amount: Decimal) -> Money:
    return Money(amount=amount, per="year")


def grundfreibetrag(on: date) -> ExplainedAmount:
    """§ 32a Abs. 1 Satz 2 Nr. 1 EStG: the tax-free basic allowance of the year ``on`` lies
    in; each value holds from 1 January (for 2024 the value raised retroactively in
    December 2024 holds for the whole year)."""
    wert = param("grundfreibetrag", on)
    return ExplainedAmount(
        value=_jahr(wert.value),
        legal_basis="§ 32a Abs. 1 Satz 2 Nr. 1 EStG",
        steps=(
            Step(
                rule="est.grundfreibetrag",
                message=N_("step.est.grundfreibetrag"),
                values={
                    "jahr": Count(value=on.year, unit="calendar_year"),
                    "betrag": _jahr(wert.value),
                },
                legal_basis="§ 32a Abs. 1 Satz 2 Nr. 1 EStG",
                parameters=uses(wert),
            ),
        ),
    )


def behinderten_pauschbetrag(
    gdb: int | None,
    merkzeichen: tuple[Merkzeichen, ...],
    pflegegrad: int | None,
    on: date,
) -> ExplainedAmount:
    """§ 33b Abs. 3 EStG (since 2021): by the GdB from 20 (Satz 2); 7,400 € for Merkzeichen
    H, Bl or TBl or Pflegegrad 4 or 5 (Satz 3), instead of, not on top of, the GdB amount.
    Since 2021 a GdB under 50 needs no further condition (§ 33b Abs. 2 EStG)."""
    erhoeht = [m for m in merkzeichen if m in ERHOEHT_MERKZEICHEN]
    if erhoeht or pflegegrad in ERHOEHT_PFLEGEGRADE:
        wert = param("behinderten_pauschbetrag_erhoeht", on)
        grund = (
            Term(key=f"merkzeichen.{erhoeht[0]}")
            if erhoeht
            else Term(key=f"term.pflegegrad.{pflegegrad}")
        )
        step = Step(
            rule="est.pauschbetrag.erhoeht",
            message=N_("step.est.pauschbetrag_erhoeht"),
            values={"grund": grund, "betrag": _jahr(wert.value)},
            legal_basis="§ 33b Abs. 3 Satz 3 EStG",
            parameters=uses(wert),
        )
        betrag = wert.value
    elif gdb is not None:
        wert = param(f"behinderten_pauschbetrag_gdb{gdb}", on)
        step = Step(
            rule="est.pauschbetrag.gdb",
            message=N_("step.est.pauschbetrag_gdb"),
            values={"gdb": Count(value=gdb), "betrag": _jahr(wert.value)},
            legal_basis="§ 33b Abs. 3 Satz 2 EStG",
            parameters=uses(wert),
        )
        betrag = wert.value
    else:
        step = Step(
            rule="est.pauschbetrag.kein",
            message=N_("step.est.pauschbetrag_kein"),
            legal_basis="§ 33b Abs. 2 EStG",
        )
        betrag = Decimal(0)
    return ExplainedAmount(value=_jahr(betrag), legal_basis="§ 33b Abs. 3 EStG", steps=(step,))

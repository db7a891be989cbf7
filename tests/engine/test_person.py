"""Lebensalter (§§ 187 Abs. 2 Satz 2, 188 BGB) and Volljährigkeit (§ 2 BGB).

Hand computations: the day of birth counts, so a year of life is completed when the
birthday begins; someone born on 29 February completes it on 1 March in common years.
"""

from datetime import date

import pytest

from engine.explain import Count, Term
from engine.person import completed_years, lebensalter, volljaehrig


@pytest.mark.parametrize(
    ("born", "on", "years"),
    [
        (date(2008, 11, 23), date(2026, 11, 22), 17),  # day before the 18th birthday
        (date(2008, 11, 23), date(2026, 11, 23), 18),  # the birthday itself
        (date(2008, 11, 23), date(2026, 11, 24), 18),
        (date(2008, 2, 29), date(2026, 2, 28), 17),  # § 188 Abs. 3 BGB: no 29 February
        (date(2008, 2, 29), date(2026, 3, 1), 18),
        (date(2008, 2, 29), date(2024, 2, 29), 16),  # leap year: the birthday exists
        (date(2019, 3, 4), date(2025, 7, 1), 6),
        (date(2026, 11, 23), date(2026, 11, 23), 0),  # born on the Stichtag
    ],
)
def test_completed_years(born: date, on: date, years: int) -> None:
    assert completed_years(born, on) == years


@pytest.mark.parametrize(
    ("on", "adult"),
    [(date(2026, 11, 22), False), (date(2026, 11, 23), True)],
)
def test_volljaehrig_on_both_sides_of_18th_birthday(on: date, adult: bool) -> None:
    decision = volljaehrig(date(2008, 11, 23), on)
    assert decision.value is adult
    [step] = decision.steps
    assert step.legal_basis == "§ 2 BGB"
    assert step.values["status"] == Term(key="term.volljaehrig" if adult else "term.minderjaehrig")
    [used] = step.parameters
    assert used.key == "volljaehrigkeit_alter"
    assert used.value == Count(value=18, unit="years")


def test_lebensalter_explains_itself() -> None:
    result = lebensalter(date(2019, 3, 4), date(2025, 7, 1))
    assert result.value == Count(value=6, unit="years")
    [step] = result.steps
    assert step.message == "step.person.lebensalter"
    assert step.legal_basis == "§ 187 Abs. 2 Satz 2, § 188 Abs. 2 BGB"
    assert result.unverified == ()

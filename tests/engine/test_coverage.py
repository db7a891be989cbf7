"""Coverage per area in the evaluation: an uncovered area answers "not covered", the rest
still answers (issue 9 item 15). Dates and values: see COVERED_UNTIL in test_parameters."""

from datetime import date

import pytest

from engine.evaluate import (
    PflegeResult,
    _covered,
    evaluate,
    evaluate_eingliederungshilfe,
    evaluate_pflege,
)
from engine.parameters import NotCovered, NotCoveredResult, covered_period, param
from engine.scenario import Scenario

CHILD = Scenario.model_validate(
    {"person": {"geburtsdatum": "2019-03-04", "pflegegrad": 3}, "pflege": {}}
)


@pytest.mark.parametrize(
    ("day", "covered"),
    [(date(2026, 12, 31), True), (date(2027, 1, 1), False)],
    ids=str,
)
def test_eingliederungshilfe_ends_with_the_bezugsgroesse(day: date, covered: bool) -> None:
    result = evaluate_eingliederungshilfe(CHILD, day)
    assert isinstance(result, NotCoveredResult) is not covered
    if not covered:
        assert isinstance(result, NotCoveredResult)
        assert [m.key for m in result.missing] == ["bezugsgroesse_jahr"]


@pytest.mark.parametrize(
    ("day", "covered"),
    [(date(2027, 12, 31), True), (date(2028, 1, 1), False)],
    ids=str,
)
def test_care_ends_with_the_next_dynamisierung(day: date, covered: bool) -> None:
    """§ 30 Abs. 1 SGB XI: the 2025 amounts hold until the next increase on 1.1.2028."""
    result = evaluate_pflege(CHILD, day)
    assert isinstance(result, PflegeResult) is covered


def test_hilfe_zur_pflege_names_the_regelbedarf_even_before_its_questions() -> None:
    before = evaluate_pflege(CHILD, date(2026, 12, 31))
    after = evaluate_pflege(CHILD, date(2027, 1, 1))
    assert isinstance(before, PflegeResult) and before.hilfe_zur_pflege is None
    assert isinstance(after, PflegeResult)
    assert isinstance(after.hilfe_zur_pflege, NotCoveredResult)
    assert after.hilfe_zur_pflege.area == "sozialhilfe"


def test_one_uncovered_area_does_not_fail_the_evaluation() -> None:
    result = evaluate(CHILD, date(2027, 3, 1))
    assert isinstance(result.pflege, PflegeResult)
    assert isinstance(result.eingliederungshilfe, NotCoveredResult)
    assert result.person is not None and result.person.lebensalter.value.value == 7


def test_a_date_no_area_covers_is_refused() -> None:
    with pytest.raises(NotCovered):
        evaluate(CHILD, date(2028, 1, 1))


def test_a_parameter_of_an_undeclared_area_is_caught_too() -> None:
    """The declared areas are checked first; a read outside them still answers typed."""
    result = _covered((), date(2027, 1, 1), lambda: param("hzp_grundbetrag", date(2027, 1, 1)))
    assert isinstance(result, NotCoveredResult)
    assert result.area == "sozialhilfe"


def test_care_reaches_the_end_of_the_offered_range() -> None:
    """The care screen shows its amounts for every Rechtsstand the app offers; only its
    Hilfe-zur-Pflege part and the integration-aid screen can be uncovered."""
    assert isinstance(evaluate_pflege(CHILD, covered_period()[1]), PflegeResult)

"""§ 2 Abs. 1 and § 20 AsylbLG: the waiting time for the Analogleistungen, on both sides of
27.2.2024 and of 18 / 36 months; who is leistungsberechtigt under § 1 AsylbLG."""

from datetime import date

import pytest

from engine.asyl.rules import (
    Aufenthaltsstatus,
    analogleistungen,
    asylblg_berechtigt,
    fragt_analog_vor_2024,
    nicht_gefragt,
    status_of,
    wartezeit,
)
from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Aufenthaltszweck,
    Staatsangehoerigkeit,
)

ANDERE = Staatsangehoerigkeit.andere
GESTATTUNG = Aufenthaltsdokument.aufenthaltsgestattung


def asyl(monate: int | None, vor_2024: bool | None = None) -> Aufenthalt:
    return Aufenthalt(
        staatsangehoerigkeit=ANDERE,
        dokument=GESTATTUNG,
        monate_in_deutschland=monate,
        asylblg=True,
        analog_vor_2024=vor_2024,
    )


# Each row: day, months in Germany, Analogleistungen already before 27.2.2024, expected.
ANALOG = [
    # § 2 Abs. 1 AsylbLG i. d. F. from 21.8.2019: 18 months
    (date(2024, 2, 26), 17, None, False, "§ 2 Abs. 1 AsylbLG (2019): 17 < 18"),
    (date(2024, 2, 26), 18, None, True, "§ 2 Abs. 1 AsylbLG (2019): 18 = 18"),
    # from 27.2.2024: 36 months (Rückführungsverbesserungsgesetz)
    (date(2024, 2, 27), 18, None, False, "§ 2 Abs. 1 AsylbLG (2024): 18 < 36"),
    (date(2024, 2, 27), 35, None, False, "§ 2 Abs. 1 AsylbLG (2024): 35 < 36"),
    (date(2024, 2, 27), 36, None, True, "§ 2 Abs. 1 AsylbLG (2024): 36 = 36"),
    (date(2026, 11, 24), 20, None, False, "issue 11 family: 20 < 36"),
    # § 20 AsylbLG: who had Analogleistungen before 27.2.2024 keeps the old § 2
    (date(2024, 2, 27), 20, True, True, "§ 20 AsylbLG: 20 ≥ 18 (old § 2)"),
    (date(2025, 6, 1), 17, True, False, "§ 20 AsylbLG: still 18 months, 17 < 18"),
    (date(2024, 2, 27), 20, False, False, "no Analogleistungen before: 36 months"),
    (date(2024, 2, 27), None, None, False, "months unknown: not over"),
]


@pytest.mark.parametrize(("day", "monate", "vor", "expected", "source"), ANALOG)
def test_analogleistungen(
    day: date, monate: int | None, vor: bool | None, expected: bool, source: str
) -> None:
    assert analogleistungen(asyl(monate, vor), day).value is expected, source


@pytest.mark.parametrize(
    ("day", "vor", "months"),
    [
        (date(2024, 2, 26), None, 18),
        (date(2024, 2, 27), None, 36),
        (date(2024, 2, 26), True, 18),  # § 20 applies from 27.2.2024 only; same value
        (date(2024, 2, 27), True, 18),  # § 20 AsylbLG
    ],
)
def test_wartezeit_is_dated(day: date, vor: bool | None, months: int) -> None:
    assert wartezeit(day, vor).value == months


def test_steps_say_how_long_is_left() -> None:
    """20 months on 24.11.2026, 36 needed: 16 more (36 − 20)."""
    [step] = analogleistungen(asyl(20), date(2026, 11, 24)).steps
    assert step.message == "step.asyl.analog.noch_nicht"
    assert step.values["fehlen"].value == 16
    assert step.parameters[0].valid_from == date(2024, 2, 27)


def test_transition_is_named() -> None:
    steps = analogleistungen(asyl(20, True), date(2024, 3, 1)).steps
    assert [s.legal_basis for s in steps] == ["§ 20 AsylbLG", "§ 2 Abs. 1 AsylbLG"]


@pytest.mark.parametrize(
    ("aufenthalt", "expected"),
    [
        (Aufenthalt(staatsangehoerigkeit=ANDERE, dokument=GESTATTUNG), True),  # § 1 Nr. 1
        (Aufenthalt(staatsangehoerigkeit=ANDERE, dokument=Aufenthaltsdokument.duldung), True),
        (
            Aufenthalt(
                staatsangehoerigkeit=ANDERE,
                dokument=Aufenthaltsdokument.aufenthaltserlaubnis,
                zweck=Aufenthaltszweck.ausreisehindernis,
                asylblg=True,
            ),
            True,
        ),  # § 1 Abs. 1 Nr. 3 AsylbLG, as the family says
        (
            Aufenthalt(
                staatsangehoerigkeit=ANDERE,
                dokument=Aufenthaltsdokument.aufenthaltserlaubnis,
                zweck=Aufenthaltszweck.schutz,
            ),
            False,
        ),
        (Aufenthalt(staatsangehoerigkeit=Staatsangehoerigkeit.eu_ewr_schweiz, asylblg=True), False),
    ],
)
def test_asylblg_berechtigt(aufenthalt: Aufenthalt, expected: bool) -> None:
    """§ 1 Abs. 1 AsylbLG; EU citizens are never leistungsberechtigt under it."""
    assert asylblg_berechtigt(aufenthalt) is expected


def test_nicht_gefragt_says_what_it_assumes() -> None:
    result = nicht_gefragt("§ 100 SGB IX")
    assert status_of(result) is Aufenthaltsstatus.nicht_gefragt
    assert [s.message for s in result.steps] == ["step.aufenthalt.nicht_gefragt"]


@pytest.mark.parametrize(
    ("on", "monate", "gefragt"),
    [
        # Before the Rückführungsverbesserungsgesetz the question changes nothing.
        (date(2024, 2, 26), 20, False),
        # On 27.2.2024 (0 months since): the old 18 months reached the day before, the new
        # 36 not yet — § 20 AsylbLG decides; 17 months: old time not reached; 36: new one is.
        (date(2024, 2, 27), 17, False),
        (date(2024, 2, 27), 18, True),
        (date(2024, 2, 27), 35, True),
        (date(2024, 2, 27), 36, False),
        # 27.3.2024 is one month later: 19 months now were 18 on 26.2.2024, 18 were 17.
        (date(2024, 3, 27), 19, True),
        (date(2024, 3, 27), 18, False),
        # 26.3.2024 is not yet a full month later: 18 months were 18 on the day before.
        (date(2024, 3, 26), 18, True),
    ],
)
def test_analog_question_only_where_paragraph_20_decides(
    on: date, monate: int, gefragt: bool
) -> None:
    """§ 2 Abs. 1 and § 20 AsylbLG: 18 months until 26.2.2024, 36 from 27.2.2024."""
    assert fragt_analog_vor_2024(asyl(monate), on) is gefragt


def test_analog_question_not_for_germans() -> None:
    deutsch = Aufenthalt(
        staatsangehoerigkeit=Staatsangehoerigkeit.deutsch, monate_in_deutschland=20
    )
    assert fragt_analog_vor_2024(deutsch, date(2024, 2, 27)) is False

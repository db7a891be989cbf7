"""Deadlines: each case written out by hand from § 37 Abs. 2 SGB X and §§ 64, 66, 84, 87 SGG.

Weekdays from the calendar; public holidays: Neujahr (nationwide), Fronleichnam 4.6.2026
(NW, not BE). Before 1.1.2025 the Bekanntgabe is the third day after posting, from then
(posted on or after 1.1.2025) the fourth (Art. 33 PostModG).
"""

from datetime import date

import pytest

from engine.household import Bundesland
from engine.parameters import NotCovered
from engine.widerspruch.fristen import Rechtsbehelf, Zugang, frist, monate_spaeter

W, K = Rechtsbehelf.widerspruch, Rechtsbehelf.klage
POST, EL, PERS = Zugang.post, Zugang.elektronisch, Zugang.persoenlich

# (posted, way, remedy, Belehrung right, Land, Bekanntgabe, computed end, end, why)
CASES = [
    (date(2024, 12, 30), POST, W, True, None, date(2025, 1, 2), date(2025, 2, 2), date(2025, 2, 3),
     "posted Mon 30.12.2024: 3rd day Thu 2.1.2025; +1 month Sun 2.2.2025 -> Mon 3.2."),
    (date(2024, 12, 31), POST, W, True, None, date(2025, 1, 3), date(2025, 2, 3), date(2025, 2, 3),
     "posted 31.12.2024, the day before the change: 3rd day Fri 3.1.2025 -> Mon 3.2.2025"),
    (date(2025, 1, 1), POST, W, True, None, date(2025, 1, 5), date(2025, 2, 5), date(2025, 2, 5),
     "posted 1.1.2025, the day of the change: 4th day Sun 5.1. (not moved) -> Wed 5.2.2025"),
    (date(2025, 1, 2), EL, W, True, None, date(2025, 1, 6), date(2025, 2, 6), date(2025, 2, 6),
     "sent electronically Thu 2.1.2025: 4th day Mon 6.1. -> Thu 6.2.2025"),
    (date(2024, 12, 30), EL, W, True, None, date(2025, 1, 2), date(2025, 2, 2), date(2025, 2, 3),
     "sent electronically 30.12.2024: still the 3rd day, Thu 2.1.2025"),
    (date(2025, 1, 27), POST, W, True, None, date(2025, 1, 31), date(2025, 2, 28),
     date(2025, 2, 28),
     "month end: Bekanntgabe Fri 31.1.2025; February has no 31st -> Fri 28.2.2025"),
    (date(2024, 1, 28), POST, W, True, None, date(2024, 1, 31), date(2024, 2, 29),
     date(2024, 2, 29),
     "leap year: Bekanntgabe Wed 31.1.2024 -> Thu 29.2.2024"),
    (date(2025, 11, 27), POST, W, True, Bundesland.BE, date(2025, 12, 1), date(2026, 1, 1),
     date(2026, 1, 2), "year end: Bekanntgabe Mon 1.12.2025 -> Neujahr Thu 1.1.2026 -> Fri 2.1."),
    (date(2026, 2, 3), POST, W, True, Bundesland.BE, date(2026, 2, 7), date(2026, 3, 7),
     date(2026, 3, 9), "weekend: Bekanntgabe Sat 7.2.2026 -> Sat 7.3.2026 -> Mon 9.3."),
    (date(2026, 4, 30), POST, W, True, Bundesland.NW, date(2026, 5, 4), date(2026, 6, 4),
     date(2026, 6, 5), "NW: Thu 4.6.2026 is Fronleichnam -> Fri 5.6.2026"),
    (date(2026, 4, 30), POST, W, True, Bundesland.BE, date(2026, 5, 4), date(2026, 6, 4),
     date(2026, 6, 4), "BE: Fronleichnam is no holiday -> Thu 4.6.2026"),
    (date(2026, 4, 30), POST, W, True, None, date(2026, 5, 4), date(2026, 6, 4), date(2026, 6, 4),
     "no Land given: only nationwide holidays -> Thu 4.6.2026"),
    (date(2026, 4, 30), POST, W, False, Bundesland.NW, date(2026, 5, 4), date(2027, 5, 4),
     date(2027, 5, 4), "no Rechtsbehelfsbelehrung: one year (§ 66 Abs. 2 SGG) -> Tue 4.5.2027"),
    (date(2026, 12, 18), POST, K, True, Bundesland.BY, date(2026, 12, 22), date(2027, 1, 22),
     date(2027, 1, 22), "Klage: Widerspruchsbescheid posted Fri 18.12.2026 -> Fri 22.1.2027"),
    (date(2026, 1, 15), PERS, W, True, None, date(2026, 1, 15), date(2026, 2, 15),
     date(2026, 2, 16), "handed over Thu 15.1.2026: same day; Sun 15.2. -> Mon 16.2.2026"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("posted", "way", "remedy", "right", "land", "known", "computed", "end", "why"),
    CASES,
    ids=[c[-1][:40] for c in CASES],
)
def test_deadline(
    posted: date,
    way: Zugang,
    remedy: Rechtsbehelf,
    right: bool,
    land: Bundesland | None,
    known: date,
    computed: date,
    end: date,
    why: str,
) -> None:
    result = frist(posted, way, remedy, right, land)
    assert result.bekanntgabe.value.value == known, why
    assert result.rechnerisches_ende == computed, why
    assert result.ende.value.value == end, why
    assert result.jahresfrist is not right


def test_skipped_days_are_listed_for_the_calendar() -> None:
    """Bekanntgabe Sat 7.2.2026: Sat 7.3. and Sun 8.3. are skipped."""
    result = frist(date(2026, 2, 3), POST, W, True, Bundesland.BE)
    assert result.uebersprungen == (date(2026, 3, 7), date(2026, 3, 8))


def test_fronleichnam_step_names_the_move() -> None:
    result = frist(date(2026, 4, 30), POST, W, True, Bundesland.NW)
    assert [s.rule for s in result.ende.steps] == ["frist.dauer", "frist.werktag"]
    assert result.ende.steps[1].legal_basis == "§ 64 Abs. 3 SGG"


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2025, 1, 31), 1, date(2025, 2, 28)),  # no 31 February
        (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year
        (date(2025, 3, 31), 1, date(2025, 4, 30)),  # no 31 April
        (date(2025, 12, 15), 1, date(2026, 1, 15)),  # over the year end
        (date(2024, 2, 29), 12, date(2025, 2, 28)),  # a year from 29 February
    ],
)
def test_month_arithmetic(start: date, months: int, end: date) -> None:
    assert monate_spaeter(start, months) == end


def test_bescheid_before_the_covered_period_is_refused() -> None:
    with pytest.raises(NotCovered):
        frist(date(2022, 12, 31), POST, W, True, None)

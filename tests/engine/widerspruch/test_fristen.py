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

# Bescheide posted around and after 1.1.2027 (issue 9 item 15, audit gap 3: the screen said
# "noch nicht berechnet"): the periods are statutory, so the deadline is computed as for
# 2026. Fourth day after posting (§ 37 Abs. 2 SGB X), never moved itself; only the end of
# the period moves (§ 64 Abs. 3 SGG). Holidays 2027: Neujahr Fri 1.1., Karfreitag Fri 26.3.,
# Ostermontag Mon 29.3., Fronleichnam Thu 27.5. (NW, not BE); 2028: Neujahr Sat 1.1.
CASES_2027 = [
    (date(2026, 12, 29), POST, W, True, None, date(2027, 1, 2), date(2027, 2, 2), date(2027, 2, 2),
     "posted Tue 29.12.2026: 29 + 4 = Sat 2.1.2027, not moved; +1 month Tue 2.2.2027"),
    (date(2026, 12, 28), POST, W, True, None, date(2027, 1, 1), date(2027, 2, 1), date(2027, 2, 1),
     "posted Mon 28.12.2026: 4th day Neujahr Fri 1.1.2027, not moved -> Mon 1.2.2027"),
    (date(2026, 12, 28), POST, W, False, None, date(2027, 1, 1), date(2028, 1, 1),
     date(2028, 1, 3),
     "no Belehrung: 1.1.2027 + 1 year = Neujahr Sat 1.1.2028, Sun 2.1. -> Mon 3.1.2028"),
    (date(2027, 1, 4), POST, W, True, Bundesland.BY, date(2027, 1, 8), date(2027, 2, 8),
     date(2027, 2, 8), "posted Mon 4.1.2027: Fri 8.1. -> Mon 8.2.2027"),
    (date(2027, 1, 25), POST, W, True, None, date(2027, 1, 29), date(2027, 2, 28),
     date(2027, 3, 1),
     "posted Mon 25.1.2027: Fri 29.1.; February 2027 has no 29th -> Sun 28.2. -> Mon 1.3."),
    (date(2027, 1, 7), EL, K, True, None, date(2027, 1, 11), date(2027, 2, 11), date(2027, 2, 11),
     "Klage: Widerspruchsbescheid sent electronically Thu 7.1.2027: Mon 11.1. -> Thu 11.2."),
    (date(2027, 2, 22), POST, W, True, Bundesland.BE, date(2027, 2, 26), date(2027, 3, 26),
     date(2027, 3, 30),
     "Easter: Fri 26.2.2027 -> Karfreitag 26.3., Sat, Sun, Ostermontag 29.3. -> Tue 30.3."),
    (date(2027, 4, 23), POST, W, True, Bundesland.NW, date(2027, 4, 27), date(2027, 5, 27),
     date(2027, 5, 28), "NW: Thu 27.5.2027 is Fronleichnam -> Fri 28.5.2027"),
    (date(2027, 4, 23), POST, W, True, Bundesland.BE, date(2027, 4, 27), date(2027, 5, 27),
     date(2027, 5, 27), "BE: Fronleichnam is no holiday -> Thu 27.5.2027"),
    (date(2027, 12, 27), POST, W, True, None, date(2027, 12, 31), date(2028, 1, 31),
     date(2028, 1, 31), "last covered Bekanntgabe: Fri 31.12.2027 -> Mon 31.1.2028"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("posted", "way", "remedy", "right", "land", "known", "computed", "end", "why"),
    CASES + CASES_2027,
    ids=[c[-1][:40] for c in CASES + CASES_2027],
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


def test_easter_2027_lists_the_four_skipped_days() -> None:
    """Karfreitag 26.3., Sat 27.3., Sun 28.3., Ostermontag 29.3.2027 are skipped."""
    result = frist(date(2027, 2, 22), POST, W, True, Bundesland.BE)
    assert result.uebersprungen == tuple(date(2027, 3, d) for d in (26, 27, 28, 29))
    assert result.ende.steps[-1].legal_basis == "§ 64 Abs. 3 SGG"


def test_bekanntgabe_after_the_covered_period_is_refused() -> None:
    """Posted Tue 28.12.2027: the 4th day is 1.1.2028, after the data's end (31.12.2027);
    one day earlier (27.12.2027) is computed above."""
    with pytest.raises(NotCovered):
        frist(date(2027, 12, 28), POST, W, True, None)

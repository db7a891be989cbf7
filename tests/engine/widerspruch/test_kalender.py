"""The calendar grid and the .ics reminder."""

from datetime import date

from engine.widerspruch.kalender import ics, monate_zwischen, monatsblatt


def test_june_2026_starts_on_monday() -> None:
    """1.6.2026 is a Monday; 30.6. a Tuesday: five weeks."""
    blatt = monatsblatt(2026, 6)
    assert blatt[0][0] == date(2026, 6, 1)
    assert len(blatt) == 5
    assert blatt[-1][1] == date(2026, 6, 30)
    assert blatt[-1][2] is None


def test_months_between_cross_the_year() -> None:
    assert monate_zwischen(date(2025, 12, 1), date(2026, 1, 2)) == [(2025, 12), (2026, 1)]


def test_ics_is_one_all_day_event_with_a_reminder() -> None:
    text = ics(
        date(2026, 6, 5), "Frist: Widerspruch", "Letzter Tag; bitte, rechtzeitig", date(2026, 5, 15)
    )
    lines = text.split("\r\n")
    assert "DTSTART;VALUE=DATE:20260605" in lines
    assert "DTEND;VALUE=DATE:20260606" in lines
    assert "TRIGGER:-P7D" in lines
    assert "DESCRIPTION:Letzter Tag\\; bitte\\, rechtzeitig" in lines
    assert text.endswith("END:VCALENDAR\r\n")

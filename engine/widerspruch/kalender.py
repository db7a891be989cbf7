"""The deadline as a calendar: the month grid for the picture and an .ics reminder.

Both are built in memory for the download; nothing is stored or sent anywhere.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

# RFC 5545: lines end with CRLF; a reminder this many days before the last day.
_CRLF = "\r\n"
ERINNERUNG_TAGE_VORHER = 7


def monatsblatt(jahr: int, monat: int) -> list[list[date | None]]:
    """The weeks of a month, Monday first (as German calendars print them)."""
    wochen = calendar.Calendar(firstweekday=0).monthdatescalendar(jahr, monat)
    return [[tag if tag.month == monat else None for tag in woche] for woche in wochen]


def monate_zwischen(von: date, bis: date) -> list[tuple[int, int]]:
    """The months from ``von`` to ``bis`` (both included), as (year, month)."""
    monate = []
    jahr, monat = von.year, von.month
    while (jahr, monat) <= (bis.year, bis.month):
        monate.append((jahr, monat))
        jahr, monat = (jahr + 1, 1) if monat == 12 else (jahr, monat + 1)
    return monate


def _text(value: str) -> str:
    """RFC 5545 § 3.3.11 TEXT escaping."""
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(ende: date, titel: str, beschreibung: str, erstellt: date) -> str:
    """A one-day event on the last day of the period with an alarm a week before; the
    summary and description come translated from the screen."""
    folgetag = ende + timedelta(days=1)
    stempel = erstellt.strftime("%Y%m%d")
    zeilen = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hilfen-Check//Widerspruch//DE",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:frist-{ende.isoformat()}-{stempel}@hilfen-check",
        f"DTSTAMP:{stempel}T000000Z",
        f"DTSTART;VALUE=DATE:{ende.strftime('%Y%m%d')}",
        f"DTEND;VALUE=DATE:{folgetag.strftime('%Y%m%d')}",
        f"SUMMARY:{_text(titel)}",
        f"DESCRIPTION:{_text(beschreibung)}",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{_text(titel)}",
        f"TRIGGER:-P{ERINNERUNG_TAGE_VORHER}D",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return _CRLF.join(zeilen) + _CRLF

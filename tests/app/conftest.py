"""Every AppTest runs on the same day, so no screen test depends on the calendar.

The app takes its default Rechtsstand from ui.state.todays_date; a link without a date
opens on this day (a Tuesday during the review of the parameter data).
"""

from datetime import date

import pytest

import ui.state

TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> date:
    monkeypatch.setattr(ui.state, "todays_date", lambda: TODAY)
    return TODAY

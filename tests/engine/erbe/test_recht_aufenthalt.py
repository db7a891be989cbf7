"""Art. 5, 13 ESÜ (Betreuung) and Art. 21, 22 EU-ErbVO (Erbe, from 17.8.2015)."""

from datetime import date

import pytest

from engine.erbe.aufenthalt import RECHT_TERM, Recht, betreuungsrecht, erbstatut


@pytest.mark.parametrize(
    ("in_deutschland", "expected"),
    [(True, Recht.deutsches), (False, Recht.aufenthaltsrecht)],
)
def test_betreuung_follows_habitual_residence(in_deutschland: bool, expected: Recht) -> None:
    """Art. 5 Abs. 1, Art. 13 Abs. 1 ESÜ; not the nationality (Ratgeber Kapitel P outdated)."""
    assert betreuungsrecht(in_deutschland).value.key == RECHT_TERM[expected]


# Each row: day of death, habitual residence in Germany, German, choice of law, expected.
ERBE = [
    (date(2015, 8, 16), True, False, False, Recht.heimatrecht, "Art. 25 Abs. 1 EGBGB a. F."),
    (date(2015, 8, 16), True, True, False, Recht.deutsches, "Art. 25 EGBGB a. F.: German"),
    (date(2015, 8, 17), True, False, False, Recht.deutsches, "Art. 21 Abs. 1 EU-ErbVO"),
    (date(2026, 11, 24), False, False, False, Recht.aufenthaltsrecht, "Art. 21 Abs. 1"),
    (date(2026, 11, 24), True, False, True, Recht.heimatrecht, "Art. 22 EU-ErbVO"),
    (date(2026, 11, 24), False, True, True, Recht.deutsches, "Art. 22: German chose German"),
]


@pytest.mark.parametrize(("tod", "aufenthalt", "deutsch", "wahl", "expected", "source"), ERBE)
def test_erbstatut(
    tod: date, aufenthalt: bool, deutsch: bool, wahl: bool, expected: Recht, source: str
) -> None:
    assert erbstatut(tod, aufenthalt, deutsch, wahl).value.key == RECHT_TERM[expected], source

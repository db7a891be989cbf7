"""Art. 5, 13 ESÜ (Betreuung); Art. 21, 22, 75 EU-ErbVO (Erbe, from 17.8.2015) with the
treaties that take precedence: § 14 deutsch-türkisches Nachlassabkommen, Art. 8 Abs. 3
deutsch-persisches Niederlassungsabkommen."""

from datetime import date

import pytest

from engine.erbe.aufenthalt import RECHT_TERM, Recht, betreuungsrecht, erbstatut
from engine.erbe.scenario import Erblasserstaat as E


@pytest.mark.parametrize(
    ("in_deutschland", "expected"),
    [(True, Recht.deutsches), (False, Recht.aufenthaltsrecht)],
)
def test_betreuung_follows_habitual_residence(in_deutschland: bool, expected: Recht) -> None:
    """Art. 5 Abs. 1, Art. 13 Abs. 1 ESÜ; not the nationality (Ratgeber Kapitel P outdated)."""
    assert betreuungsrecht(in_deutschland).value.key == RECHT_TERM[expected]


DAY = date(2026, 11, 24)
# Each row: day of death, habitual residence in Germany, citizenship, choice of law, expected.
ERBE = [
    (date(2015, 8, 16), True, E.andere, False, Recht.heimatrecht, "Art. 25 Abs. 1 EGBGB a. F."),
    (date(2015, 8, 16), True, E.deutsch, False, Recht.deutsches, "Art. 25 EGBGB a. F.: German"),
    (date(2015, 8, 17), True, E.andere, False, Recht.deutsches, "Art. 21 Abs. 1 EU-ErbVO"),
    (DAY, True, E.deutsch, False, Recht.deutsches, "German, lived in Germany: Art. 21 Abs. 1"),
    (DAY, True, E.andere, False, Recht.deutsches, "Syrian, lived in Germany: Art. 21 Abs. 1"),
    (DAY, True, E.andere, True, Recht.heimatrecht, "Syrian chose Syrian law: Art. 22"),
    (DAY, False, E.andere, False, Recht.aufenthaltsrecht, "lived abroad: Art. 21 Abs. 1"),
    (DAY, False, E.deutsch, True, Recht.deutsches, "Art. 22: German chose German"),
    (DAY, True, E.tuerkisch, False, Recht.nachlassspaltung, "§ 14 Nachlassabkommen"),
    (DAY, True, E.tuerkisch, True, Recht.nachlassspaltung, "§ 14 NA goes first (Art. 75)"),
    (date(2015, 8, 16), True, E.tuerkisch, False, Recht.nachlassspaltung, "§ 14 NA before"),
    (DAY, True, E.iranisch, False, Recht.heimatrecht, "Art. 8 Abs. 3 NA Iran"),
    (DAY, True, E.iranisch, True, Recht.heimatrecht, "Art. 8 Abs. 3 NA Iran (Art. 75)"),
]


@pytest.mark.parametrize(("tod", "aufenthalt", "staat", "wahl", "expected", "source"), ERBE)
def test_erbstatut(
    tod: date, aufenthalt: bool, staat: E, wahl: bool, expected: Recht, source: str
) -> None:
    assert erbstatut(tod, aufenthalt, staat, wahl).value.key == RECHT_TERM[expected], source


@pytest.mark.parametrize(
    ("staat", "basis"),
    [
        (E.tuerkisch, "§ 14 Nachlassabkommen"),
        (E.iranisch, "Art. 8 Abs. 3 Niederlassungsabkommen"),
        (E.andere, "Art. 21 Abs. 1 EU-ErbVO"),
    ],
)
def test_each_answer_cites_its_rule(staat: E, basis: str) -> None:
    assert basis in erbstatut(DAY, True, staat, False).legal_basis

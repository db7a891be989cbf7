"""§ 32a EStG: the tariff of 2023–2026 to the euro, both sides of every zone boundary.

Each case writes out the formula of § 32a Abs. 1 Satz 2 EStG in the version of its year
(numbers typed from the law text, not read from the parameters): zone 1 "0", zone 2
"(a · y + 1 400) · y" with y = (x − Grundfreibetrag) / 10 000, zone 3
"(b · z + 2 397) · z + c" with z = (x − end of zone 2) / 10 000, zones 4 and 5
"0,42 · x − d" and "0,45 · x − e"; the result rounded down to full euros (Satz 6).
The test evaluates the written formula and checks it equals both the expected euros and the
engine. Versions: 2023 Inflationsausgleichsgesetz; 2024 as changed retroactively in
December 2024 (Grundfreibetrag 11,784 €, the guide's 11,604 € is superseded); 2025 and 2026
Steuerfortentwicklungsgesetz (2026 text: gesetze-im-internet.de as of August 2026).
"""

import re
from datetime import date
from decimal import ROUND_FLOOR, Decimal

import pytest

from engine.nachteilsausgleiche.tarif import (
    einkommensteuer,
    splittingtarif,
    tarifliche_einkommensteuer,
)

# year -> (taxable income in €, the § 32a formula written out, expected tax in €)
CASES = {
    2023: (
        (0, "0", 0),
        (10908, "0", 0),
        (10909, "(979.18 * (10909 - 10908) / 10000 + 1400) * (10909 - 10908) / 10000", 0),
        (11408, "(979.18 * (11408 - 10908) / 10000 + 1400) * (11408 - 10908) / 10000", 72),
        (15999, "(979.18 * (15999 - 10908) / 10000 + 1400) * (15999 - 10908) / 10000", 966),
        (
            16000,
            "(192.59 * (16000 - 15999) / 10000 + 2397) * (16000 - 15999) / 10000 + 966.53",
            966,
        ),
        (
            30000,
            "(192.59 * (30000 - 15999) / 10000 + 2397) * (30000 - 15999) / 10000 + 966.53",
            4700,
        ),
        (
            62809,
            "(192.59 * (62809 - 15999) / 10000 + 2397) * (62809 - 15999) / 10000 + 966.53",
            16406,
        ),
        (62810, "0.42 * 62810 - 9972.98", 16407),
        (100000, "0.42 * 100000 - 9972.98", 32027),
        (277825, "0.42 * 277825 - 9972.98", 106713),
        (277826, "0.45 * 277826 - 18307.73", 106713),
        (500000, "0.45 * 500000 - 18307.73", 206692),
    ),
    2024: (
        (0, "0", 0),
        (11784, "0", 0),
        (11785, "(954.80 * (11785 - 11784) / 10000 + 1400) * (11785 - 11784) / 10000", 0),
        (12284, "(954.80 * (12284 - 11784) / 10000 + 1400) * (12284 - 11784) / 10000", 72),
        (17005, "(954.80 * (17005 - 11784) / 10000 + 1400) * (17005 - 11784) / 10000", 991),
        (
            17006,
            "(181.19 * (17006 - 17005) / 10000 + 2397) * (17006 - 17005) / 10000 + 991.21",
            991,
        ),
        (
            30000,
            "(181.19 * (30000 - 17005) / 10000 + 2397) * (30000 - 17005) / 10000 + 991.21",
            4412,
        ),
        (
            66760,
            "(181.19 * (66760 - 17005) / 10000 + 2397) * (66760 - 17005) / 10000 + 991.21",
            17402,
        ),
        (66761, "0.42 * 66761 - 10636.31", 17403),
        (100000, "0.42 * 100000 - 10636.31", 31363),
        (277825, "0.42 * 277825 - 10636.31", 106050),
        (277826, "0.45 * 277826 - 18971.06", 106050),
        (500000, "0.45 * 500000 - 18971.06", 206028),
    ),
    2025: (
        (0, "0", 0),
        (12096, "0", 0),
        (12097, "(932.30 * (12097 - 12096) / 10000 + 1400) * (12097 - 12096) / 10000", 0),
        (12596, "(932.30 * (12596 - 12096) / 10000 + 1400) * (12596 - 12096) / 10000", 72),
        (17443, "(932.30 * (17443 - 12096) / 10000 + 1400) * (17443 - 12096) / 10000", 1015),
        (
            17444,
            "(176.64 * (17444 - 17443) / 10000 + 2397) * (17444 - 17443) / 10000 + 1015.13",
            1015,
        ),
        (
            30000,
            "(176.64 * (30000 - 17443) / 10000 + 2397) * (30000 - 17443) / 10000 + 1015.13",
            4303,
        ),
        (
            68480,
            "(176.64 * (68480 - 17443) / 10000 + 2397) * (68480 - 17443) / 10000 + 1015.13",
            17849,
        ),
        (68481, "0.42 * 68481 - 10911.92", 17850),
        (100000, "0.42 * 100000 - 10911.92", 31088),
        (277825, "0.42 * 277825 - 10911.92", 105774),
        (277826, "0.45 * 277826 - 19246.67", 105775),
        (500000, "0.45 * 500000 - 19246.67", 205753),
    ),
    2026: (
        (0, "0", 0),
        (12348, "0", 0),
        (12349, "(914.51 * (12349 - 12348) / 10000 + 1400) * (12349 - 12348) / 10000", 0),
        (12848, "(914.51 * (12848 - 12348) / 10000 + 1400) * (12848 - 12348) / 10000", 72),
        (17799, "(914.51 * (17799 - 12348) / 10000 + 1400) * (17799 - 12348) / 10000", 1034),
        (
            17800,
            "(173.10 * (17800 - 17799) / 10000 + 2397) * (17800 - 17799) / 10000 + 1034.87",
            1035,
        ),
        (
            30000,
            "(173.10 * (30000 - 17799) / 10000 + 2397) * (30000 - 17799) / 10000 + 1034.87",
            4217,
        ),
        (
            69878,
            "(173.10 * (69878 - 17799) / 10000 + 2397) * (69878 - 17799) / 10000 + 1034.87",
            18213,
        ),
        (69879, "0.42 * 69879 - 11135.63", 18213),
        (100000, "0.42 * 100000 - 11135.63", 30864),
        (277825, "0.42 * 277825 - 11135.63", 105550),
        (277826, "0.45 * 277826 - 19470.38", 105551),
        (500000, "0.45 * 500000 - 19470.38", 205529),
    ),
}


def _written_out(formula: str) -> Decimal:
    """Evaluate a formula as written in the law, in exact decimals, rounded down (Satz 6)."""
    exact = re.sub(r"\d+(?:\.\d+)?", lambda m: f"Decimal('{m[0]}')", formula)
    return eval(exact).to_integral_value(rounding=ROUND_FLOOR)


@pytest.mark.parametrize(
    ("year", "zve", "formula", "expected"),
    [(year, *case) for year, cases in CASES.items() for case in cases],
    ids=str,
)
def test_grundtarif(year: int, zve: int, formula: str, expected: int) -> None:
    assert _written_out(formula) == expected
    for day in (date(year, 1, 1), date(year, 12, 31)):
        result = tarifliche_einkommensteuer(Decimal(zve), day)
        assert result.value.amount == expected


@pytest.mark.parametrize(
    ("year", "zve", "expected"),
    [
        # 60,000 € married: 2 × tax on 30,000 € (§ 32a Abs. 5), cases above
        (2023, 60000, 2 * 4700),
        (2024, 60000, 2 * 4412),
        (2025, 60000, 2 * 4303),
        (2026, 60000, 2 * 4217),
        # twice the Grundfreibetrag: half is exactly the Grundfreibetrag, tax 0; one euro
        # more: half is x.50, rounded down to the Grundfreibetrag (Abs. 1 Satz 1), still 0
        (2023, 2 * 10908, 0),
        (2023, 2 * 10908 + 1, 0),
        (2026, 2 * 12348 + 2, 0),
        # 200,000 €: 2 × (0.42 × 100,000 − 11,135.63) = 2 × 30,864 in 2026
        (2026, 200000, 2 * 30864),
        (2024, 200000, 2 * 31363),
    ],
    ids=str,
)
def test_splitting(year: int, zve: int, expected: int) -> None:
    assert splittingtarif(Decimal(zve), date(year, 7, 1)).value.amount == expected


def test_splitting_is_chosen_for_spouses() -> None:
    day = date(2025, 3, 1)
    assert einkommensteuer(Decimal(60000), True, day).value.amount == 8606
    assert einkommensteuer(Decimal(60000), False, day).value.amount == 14415


def test_income_with_cents_is_rounded_down_first() -> None:
    """Abs. 1 Satz 1: 12,349.99 € counts as 12,349 €, in 2026 one euro above the
    Grundfreibetrag: (914.51 · 0.0001 + 1 400) · 0.0001 = 0.14 €, rounded down 0."""
    assert tarifliche_einkommensteuer(Decimal("12349.99"), date(2026, 1, 1)).value.amount == 0

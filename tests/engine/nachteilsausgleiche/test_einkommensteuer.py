"""§ 32a Abs. 1 Satz 2 Nr. 1 and § 33b Abs. 3 EStG: the Grundfreibetrag of each year and
the Behinderten-Pauschbetrag on both sides of every GdB, Merkzeichen and Pflegegrad line.
Amounts: shared/domain/parameters.md section 5."""

from datetime import date
from decimal import Decimal

import pytest

from engine.household import Merkzeichen
from engine.nachteilsausgleiche.einkommensteuer import behinderten_pauschbetrag, grundfreibetrag
from engine.parameters import NotCovered


@pytest.mark.parametrize(
    ("on", "betrag"),
    [
        (date(2023, 12, 31), 10908),
        # 2024: 11,604 € in the guide, raised retroactively to 11,784 € for the whole year.
        (date(2024, 1, 1), 11784),
        (date(2024, 12, 31), 11784),
        (date(2025, 1, 1), 12096),
        (date(2025, 12, 31), 12096),
        (date(2026, 1, 1), 12348),
        (date(2026, 12, 31), 12348),
    ],
)
def test_grundfreibetrag_of_the_year(on: date, betrag: int) -> None:
    result = grundfreibetrag(on)
    assert result.value.amount == betrag  # type: ignore[union-attr]
    assert result.steps[0].values["jahr"].value == on.year  # type: ignore[union-attr]


def test_grundfreibetrag_2027_waits_for_the_law() -> None:
    with pytest.raises(NotCovered):
        grundfreibetrag(date(2027, 1, 1))


ON = date(2025, 6, 1)


@pytest.mark.parametrize(
    ("gdb", "betrag"),
    [
        (None, 0),
        (20, 384),
        (30, 620),
        (40, 860),
        (50, 1140),
        (60, 1440),
        (70, 1780),
        (80, 2120),
        (90, 2460),
        (100, 2840),
    ],
)
def test_pauschbetrag_by_gdb(gdb: int | None, betrag: int) -> None:
    """§ 33b Abs. 3 Satz 2: from GdB 20, no further condition since 2021 (Abs. 2)."""
    assert behinderten_pauschbetrag(gdb, (), None, ON).value.amount == betrag  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("gdb", "merkzeichen", "pflegegrad", "betrag"),
    [
        # Satz 3: H, Bl or TBl, or PG 4/5 → 7,400 € instead of (not on top of) 2,840 €.
        (100, (Merkzeichen.H,), None, 7400),
        (100, (Merkzeichen.Bl,), None, 7400),
        (100, (Merkzeichen.TBl,), None, 7400),
        (None, (), 4, 7400),
        (50, (), 5, 7400),
        # PG 3 or Merkzeichen G, aG, B, RF do not raise it.
        (50, (), 3, 1140),
        (80, (Merkzeichen.G, Merkzeichen.aG, Merkzeichen.B, Merkzeichen.RF), None, 2120),
        (None, (Merkzeichen.G,), 3, 0),
    ],
)
def test_pauschbetrag_raised(
    gdb: int | None, merkzeichen: tuple[Merkzeichen, ...], pflegegrad: int | None, betrag: int
) -> None:
    result = behinderten_pauschbetrag(gdb, merkzeichen, pflegegrad, ON)
    assert result.value.amount == Decimal(betrag)  # type: ignore[union-attr]
    assert result.steps[-1].legal_basis.startswith("§ 33b")

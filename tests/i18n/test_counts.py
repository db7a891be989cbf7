"""Counts agree with their noun (plural forms from the catalog), also for fractions of
points, and whole euros drop their ",00" only where nothing is lost."""

from decimal import Decimal

import pytest

from engine.explain import Points
from i18n import Translator


@pytest.mark.parametrize(
    ("language", "n", "text"),
    [
        # source: CLDR plural rules, de: one = 1, other; ar: zero, one, two, few = 3–10,
        # many = 11–99, other = 100–102 and fractions.
        ("de", "1", "1 Punkt"),
        ("de", "2", "2 Punkte"),
        ("de", "12.5", "12,5 Punkte"),
        ("ar", "1", "نقطة واحدة"),
        ("ar", "2", "نقطتان"),
        ("ar", "3", "3 نقاط"),
        ("ar", "10", "10 نقاط"),
        ("ar", "11", "11 نقطة"),
        ("ar", "100", "100 نقطة"),
        ("ar", "12.5", "12.5 نقطة"),
        ("ar", "3.75", "3.75 نقطة"),
    ],
)
def test_points_agree_with_their_number(language: str, n: str, text: str) -> None:
    tr = Translator(language)
    assert tr.plural("points", Decimal(n)) == text
    assert tr.quantity(Points(value=Decimal(n))) == tr.isolate(text)


@pytest.mark.parametrize(
    ("language", "n", "text"),
    [
        ("de", 1, "Bis PG 3 fehlt 1 Punkt."),
        ("de", Decimal("12.5"), "Bis PG 3 fehlen 12,5 Punkte."),
        ("ar", 10, "تنقص 10 نقاط للوصول إلى PG 3."),
        ("ar", Decimal("12.5"), "تنقص 12.5 نقطة للوصول إلى PG 3."),
    ],
)
def test_missing_points_sentence_agrees(language: str, n, text: str) -> None:
    assert Translator(language).plural("pflege.ergebnis.fehlen", n, grad="PG 3") == text


@pytest.mark.parametrize(
    ("language", "amount", "text"),
    [
        ("de", "35000", "35.000\xa0€"),
        ("de", "35000.00", "35.000\xa0€"),
        ("de", "96.32", "96,32\xa0€"),  # cents are never dropped
        ("ar", "35000", "\u200f35,000\xa0€"),
        ("ar", "96.32", "\u200f96.32\xa0€"),
    ],
)
def test_whole_euros_drop_only_zero_cents(language: str, amount: str, text: str) -> None:
    assert Translator(language).euros(Decimal(amount)) == text

"""The life-stage timeline: each point's day from the birth date and its rule's age, and
whether it has passed — on the day before and on the day itself (§ 187 Abs. 2 Satz 2,
§ 188 BGB)."""

from datetime import date, timedelta

import pytest

from engine.kinder.zeitleiste import geburtstag, zeitleiste

GEBURT = date(2010, 5, 20)
ON = date(2026, 6, 1)

# key -> day, for a child born 20.5.2010 (ages from the rules in force on 1.6.2026).
EXPECTED = {
    "pflege_18_monate": date(2011, 11, 20),  # 20.5.2010 + 18 months (§ 15 Abs. 7 SGB XI)
    "einschulung": date(2016, 8, 1),
    "pflege_11": date(2021, 5, 20),
    "krankenkasse_12": date(2022, 5, 20),  # § 45 Abs. 1, § 38 Abs. 1 SGB V: 12
    "nachsorge_14": date(2024, 5, 20),  # § 43 Abs. 2 SGB V: 14
    "betreuung_17": date(2027, 5, 20),  # § 1814 Abs. 5 BGB: 17
    "volljaehrig_18": date(2028, 5, 20),  # § 2 BGB: 18
    "junge_volljaehrige_21": date(2031, 5, 20),  # § 41 SGB VIII: 21
    "kindergeld_25": date(2035, 5, 20),  # § 32 Abs. 4 Satz 1 Nr. 3 EStG: 25
}


def test_days_in_order() -> None:
    punkte = zeitleiste(GEBURT, date(2016, 8, 1), ON)
    assert {p.key: p.datum for p in punkte} == EXPECTED
    assert [p.datum for p in punkte] == sorted(EXPECTED.values())
    assert all(p.regel.legal_basis for p in punkte)
    assert all(p.tun == f"zeitleiste.{p.key}.tun" for p in punkte)


def test_without_school_entry_no_school_point() -> None:
    assert "einschulung" not in {p.key for p in zeitleiste(GEBURT, None, ON)}


TAG = date(2025, 6, 15)
# key -> a birth date that puts the point on 15.6.2025 (inside the data's years).
GEBURT_FUER_TAG = {
    "pflege_18_monate": date(2023, 12, 15),
    "pflege_11": date(2014, 6, 15),
    "krankenkasse_12": date(2013, 6, 15),
    "nachsorge_14": date(2011, 6, 15),
    "betreuung_17": date(2008, 6, 15),
    "volljaehrig_18": date(2007, 6, 15),
    "junge_volljaehrige_21": date(2004, 6, 15),
    "kindergeld_25": date(2000, 6, 15),
    "einschulung": date(2019, 3, 1),
}


@pytest.mark.parametrize("key", sorted(GEBURT_FUER_TAG))
def test_passed_from_the_day_itself(key: str) -> None:
    geburt = GEBURT_FUER_TAG[key]
    before = {p.key: p for p in zeitleiste(geburt, TAG, TAG - timedelta(1))}
    on_day = {p.key: p for p in zeitleiste(geburt, TAG, TAG)}
    assert on_day[key].datum == TAG
    assert not before[key].vorbei
    assert on_day[key].vorbei


@pytest.mark.parametrize(
    ("geburt", "jahre", "tag"),
    [
        (date(2008, 2, 29), 18, date(2026, 3, 1)),  # § 188 Abs. 3 BGB: no 29.2. in 2026
        (date(2008, 2, 29), 16, date(2024, 2, 29)),
        (date(2008, 12, 31), 18, date(2026, 12, 31)),
    ],
    ids=str,
)
def test_birthdays(geburt: date, jahre: int, tag: date) -> None:
    assert geburtstag(geburt, jahre) == tag


@pytest.mark.parametrize(
    ("geburt", "tag"),
    [(date(2024, 1, 31), date(2025, 7, 31)), (date(2024, 8, 31), date(2026, 3, 1))],
    ids=str,
)
def test_18_months(geburt: date, tag: date) -> None:
    """18 months from 31.8.2024: February 2026 has no 31st → 1.3.2026 (§ 188 Abs. 3 BGB)."""
    punkte = {p.key: p.datum for p in zeitleiste(geburt, None, date(2026, 6, 1))}
    assert punkte["pflege_18_monate"] == tag

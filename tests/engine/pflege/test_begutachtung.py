"""Pflegegrad from the assessment instrument (§ 15 SGB XI, Anlagen 1 and 2, BRi chapter 5).

Expected values are copied by hand from shared/domain/nba.md (sections 2–6) and the
brochure (B I 1); none are computed with the code under test.
"""

from datetime import date
from decimal import Decimal

import pytest

from engine.pflege.begutachtung import (
    Altersstufe,
    altersstufe,
    begutachten,
    einzelpunkte,
    gewichtete_punkte,
    modul_5,
    pflegegrad,
    vollendet_am,
    wird_gefragt,
)
from engine.pflege.nba import KRITERIUM, Alter
from engine.pflege.scenario import Begutachtung, Messung

TAG = date(2024, 6, 1)

# nba.md section 4: module -> ((last raw of a band, GP), (first raw of the next band, GP)).
ANLAGE_2 = {
    1: [(1, "0", 2, "2.5"), (3, "2.5", 4, "5"), (5, "5", 6, "7.5"), (9, "7.5", 10, "10")],
    2: [
        (1, "0", 2, "3.75"),
        (5, "3.75", 6, "7.5"),
        (10, "7.5", 11, "11.25"),
        (16, "11.25", 17, "15"),
    ],
    3: [(0, "0", 1, "3.75"), (2, "3.75", 3, "7.5"), (4, "7.5", 5, "11.25"), (6, "11.25", 7, "15")],
    4: [(2, "0", 3, "10"), (7, "10", 8, "20"), (18, "20", 19, "30"), (36, "30", 37, "40")],
    5: [(0, "0", 1, "5"), (1, "5", 2, "10"), (3, "10", 4, "15"), (5, "15", 6, "20")],
    6: [
        (0, "0", 1, "3.75"),
        (3, "3.75", 4, "7.5"),
        (6, "7.5", 7, "11.25"),
        (11, "11.25", 12, "15"),
    ],
}
MAXIMA = {1: (15, "10"), 2: (33, "15"), 3: (65, "15"), 4: (54, "40"), 5: (15, "20"), 6: (18, "15")}


@pytest.mark.parametrize(
    ("modul", "below", "gp_below", "at", "gp_at"),
    [(m, *row) for m, rows in ANLAGE_2.items() for row in rows],
)
def test_anlage_2_both_sides_of_every_band(
    modul: int, below: int, gp_below: str, at: int, gp_at: str
) -> None:
    assert gewichtete_punkte(modul, below)[1] == Decimal(gp_below)
    assert gewichtete_punkte(modul, at)[1] == Decimal(gp_at)


@pytest.mark.parametrize(("modul", "raw_gp"), MAXIMA.items())
def test_anlage_2_maximum(modul: int, raw_gp: tuple[int, str]) -> None:
    assert gewichtete_punkte(modul, raw_gp[0]) == (4, Decimal(raw_gp[1]))


# § 15 Abs. 3 (from 18 months) and Abs. 7 (infants, one grade up): points -> grade.
GRADE_TABLE = [
    ("0", None, None),
    ("12.49", None, None),
    ("12.5", 1, 2),
    ("26.99", 1, 2),
    ("27", 2, 3),
    ("47.49", 2, 3),
    ("47.5", 3, 4),
    ("69.99", 3, 4),
    ("70", 4, 5),
    ("89.99", 4, 5),
    ("90", 5, 5),
    ("100", 5, 5),
]


@pytest.mark.parametrize(("punkte", "erwachsen", "saeugling"), GRADE_TABLE)
@pytest.mark.parametrize("tag", [date(2023, 1, 1), date(2026, 11, 23)])
def test_grade_thresholds(punkte: str, erwachsen: int, saeugling: int, tag: date) -> None:
    assert pflegegrad(Decimal(punkte), Altersstufe.erwachsen, tag)[0] == erwachsen
    assert pflegegrad(Decimal(punkte), Altersstufe.kind, tag)[0] == erwachsen
    assert pflegegrad(Decimal(punkte), Altersstufe.saeugling, tag)[0] == saeugling


def test_missing_points_to_the_next_grade() -> None:
    grad, naechster, fehlen, _ = pflegegrad(Decimal("45"), Altersstufe.erwachsen, TAG)
    assert (grad, naechster, fehlen) == (2, 3, Decimal("2.5"))
    grad, naechster, fehlen, _ = pflegegrad(Decimal("45"), Altersstufe.saeugling, TAG)
    assert (grad, naechster, fehlen) == (3, 4, Decimal("2.5"))
    assert pflegegrad(Decimal("95"), Altersstufe.erwachsen, TAG)[1:3] == (None, None)


def adult(**antworten: int) -> Begutachtung:
    return Begutachtung(antworten={k.replace("_", "."): v for k, v in antworten.items()})


def test_modules_2_and_3_count_only_the_higher() -> None:
    # M2 raw 6 -> 7.5; M3 one "selten" (1 point) -> 3.75: the total counts 7.5 only.
    result = begutachten(adult(**{"2_1": 3, "2_2": 3, "3_1": 1}), None, TAG)
    assert result.gesamtpunkte == Decimal("7.5")
    counted = {m.modul: m.gezaehlt for m in result.module}
    assert counted[2] and not counted[3]
    # M3 "täglich" twice = 10 raw -> 15 beats M2.
    result = begutachten(adult(**{"2_1": 3, "2_2": 3, "3_1": 3, "3_2": 3}), None, TAG)
    assert result.gesamtpunkte == Decimal("15")
    counted = {m.modul: m.gezaehlt for m in result.module}
    assert counted[3] and not counted[2]


def test_everything_at_maximum_is_100_points_and_grade_5() -> None:
    antworten = {n: (1 if n == "4.K" else 3) for n in KRITERIUM if KRITERIUM[n].skala != "messung"}
    antworten["4.13"] = 2  # "täglich zusätzlich" is the 6-point answer
    messungen = {
        "5.1": Messung(anzahl=9, je="tag"),
        "5.8": Messung(anzahl=3, je="tag"),
        "5.12": Messung(anzahl=1, je="tag"),
    }
    result = begutachten(
        Begutachtung(antworten=antworten, messungen=messungen, inkontinenz=True), None, TAG
    )
    assert [m.rohpunkte for m in result.module] == [15, 33, 65, 54, 15, 18]
    assert result.gesamtpunkte == Decimal(100)
    assert result.pflegegrad == 5


def test_example_adult_assessment_hand_computed() -> None:
    # M1: 1.4 and 1.5 überwiegend unselbständig = 4 raw -> 5; M2: 2.2 größtenteils = 1 -> 0;
    # M4: 4.4 unselbständig 3 + 4.8 überwiegend selbständig 3 + 4.10 überwiegend selbständig 2
    # = 8 raw -> 20; M5: 5.1 twice a day -> group A 1 point -> 5; M6: 6.3 = 1 -> 3.75.
    # Total 5 + 0 + 20 + 5 + 3.75 = 33.75 -> Pflegegrad 2, 13.75 missing to 3.
    answers = adult(**{"1_4": 2, "1_5": 2, "2_2": 1, "4_4": 3, "4_8": 1, "4_10": 1, "6_3": 1})
    answers = answers.model_copy(update={"messungen": {"5.1": Messung(anzahl=2, je="tag")}})
    result = begutachten(answers, date(1950, 5, 5), TAG)
    assert [m.gewichtete_punkte for m in result.module] == [
        Decimal(v) for v in ("5", "0", "0", "20", "5", "3.75")
    ]
    assert result.gesamtpunkte == Decimal("33.75")
    assert (result.pflegegrad, result.naechster_pflegegrad) == (2, 3)
    assert result.fehlende_punkte == Decimal("13.75")
    # One more band in module 4 (+10, 11 raw points) is not enough; none alone is.
    hebel = {h.modul: h for h in result.hebel}
    assert hebel[4].plus_punkte == Decimal(10) and hebel[4].rohpunkte_fehlen == 11
    assert not any(h.reicht for h in result.hebel)


def test_besondere_bedarfskonstellation_gives_grade_5_and_keeps_the_total() -> None:
    result = begutachten(Begutachtung(bedarfskonstellation=True), None, TAG)
    assert result.pflegegrad == 5
    assert result.gesamtpunkte == 0
    assert result.fehlende_punkte is None


def test_besondere_bedarfskonstellation_for_infants() -> None:
    result = begutachten(Begutachtung(bedarfskonstellation=True), date(2024, 3, 1), TAG)
    assert result.altersstufe is Altersstufe.saeugling
    assert result.pflegegrad == 5


@pytest.mark.parametrize(("antwort", "punkte"), [(0, 0), (1, 0), (2, 6), (3, 3)])
def test_4_13_special_scale(antwort: int, punkte: int) -> None:
    assert einzelpunkte(KRITERIUM["4.13"], antwort) == punkte


@pytest.mark.parametrize(
    ("nummer", "antwort", "punkte"),
    [("4.8", 1, 3), ("4.8", 3, 9), ("4.9", 2, 4), ("4.10", 3, 6), ("3.1", 2, 3), ("3.1", 3, 5)],
)
def test_factors_and_frequency_scale(nummer: str, antwort: int, punkte: int) -> None:
    assert einzelpunkte(KRITERIUM[nummer], antwort) == punkte


def test_incontinence_criteria_count_only_with_incontinence() -> None:
    answers = adult(**{"4_11": 3, "4_12": 3})
    assert begutachten(answers, None, TAG).module[3].rohpunkte == 0
    with_flag = answers.model_copy(update={"inkontinenz": True})
    assert begutachten(with_flag, None, TAG).module[3].rohpunkte == 6


def m(anzahl: int, je: str) -> Messung:
    return Messung(anzahl=anzahl, je=je)


@pytest.mark.parametrize(
    ("messungen", "a", "b", "c"),
    [
        ({}, 0, 0, 0),
        # Group A: < 1 a day 0; 1–3 → 1; more than 3 up to 8 → 2; more than 8 → 3.
        ({"5.1": m(6, "woche")}, 0, 0, 0),
        ({"5.1": m(7, "woche")}, 1, 0, 0),
        ({"5.1": m(3, "tag")}, 1, 0, 0),
        ({"5.1": m(2, "tag"), "5.6": m(2, "tag")}, 2, 0, 0),
        ({"5.1": m(8, "tag")}, 2, 0, 0),
        ({"5.1": m(8, "tag"), "5.7": m(1, "tag")}, 3, 0, 0),
        # Group B: < 1 a week 0; 1 a week to < 1 a day 1; 1 to < 3 a day 2; ≥ 3 a day 3.
        ({"5.8": m(4, "monat")}, 0, 0, 0),
        ({"5.8": m(1, "woche")}, 0, 1, 0),
        ({"5.8": m(5, "monat")}, 0, 1, 0),
        ({"5.8": m(6, "woche")}, 0, 1, 0),
        ({"5.8": m(1, "tag")}, 0, 2, 0),
        ({"5.9": m(2, "tag")}, 0, 2, 0),
        ({"5.9": m(2, "tag"), "5.11": m(7, "woche")}, 0, 3, 0),
        # Group C: 4.3 per weekly visit, 1 per monthly; 0–<4.3 0, <8.6 1, <12.9 2, <60 3, ≥60 6.
        ({"5.13": m(4, "monat")}, 0, 0, 0),
        ({"5.13": m(1, "woche")}, 0, 0, 1),
        ({"5.13": m(8, "monat")}, 0, 0, 1),
        ({"5.13": m(2, "woche")}, 0, 0, 2),
        ({"5.15": m(1, "woche")}, 0, 0, 2),
        ({"5.14": m(3, "woche")}, 0, 0, 3),
        ({"5.12": m(6, "woche")}, 0, 0, 3),
        ({"5.12": m(1, "tag")}, 0, 0, 6),
        ({"5.K": m(1, "woche"), "5.15": m(1, "woche")}, 0, 0, 3),
    ],
)
def test_module_5_groups(messungen: dict[str, Messung], a: int, b: int, c: int) -> None:
    gruppen = modul_5(messungen, 0)
    assert (gruppen.a_punkte, gruppen.b_punkte, gruppen.c_punkte) == (a, b, c)


def test_module_5_raw_sum_and_weighting() -> None:
    # A 1 + B 2 + C 1 + 5.16 unselbständig 3 = 7 raw -> 20 GP.
    answers = Begutachtung(
        antworten={"5.16": 3},
        messungen={"5.1": m(1, "tag"), "5.8": m(1, "tag"), "5.13": m(1, "woche")},
    )
    result = begutachten(answers, None, TAG)
    assert result.module[4].rohpunkte == 7
    assert result.module[4].gewichtete_punkte == 20


# Age: "bis zu 18 Monaten" through the day the 18th month is completed (nba.md 6.1).
def test_vollendet_am_follows_the_bgb() -> None:
    assert vollendet_am(date(2024, 1, 15), Alter(monate=18)) == date(2025, 7, 15)
    assert vollendet_am(date(2023, 8, 31), Alter(monate=18)) == date(2025, 3, 1)
    assert vollendet_am(date(2024, 1, 1), Alter(wochen=6)) == date(2024, 2, 12)


@pytest.mark.parametrize(
    ("stichtag", "stufe"),
    [
        (date(2025, 7, 14), Altersstufe.saeugling),
        (date(2025, 7, 15), Altersstufe.kind),
        (date(2035, 1, 14), Altersstufe.kind),
        (date(2035, 1, 15), Altersstufe.erwachsen),
    ],
)
def test_age_groups_on_both_sides(stichtag: date, stufe: Altersstufe) -> None:
    assert altersstufe(date(2024, 1, 15), stichtag) is stufe


def test_no_birth_date_means_adult_rules() -> None:
    assert altersstufe(None, TAG) is Altersstufe.erwachsen


def test_brochure_six_months_27_to_47_5_points_is_grade_3() -> None:
    # Ratgeber B I 1: a six-month-old with 27 to under 47.5 points gets Pflegegrad 3.
    # 4.K yes = 20 raw -> 30 GP; M3 "häufig" once = 3 raw -> 7.5; total 37.5.
    answers = Begutachtung(antworten={"4.K": 1, "3.2": 2})
    result = begutachten(answers, date(2024, 1, 1), date(2024, 7, 1))
    assert result.altersstufe is Altersstufe.saeugling
    assert result.gesamtpunkte == Decimal("37.5")
    assert result.pflegegrad == 3
    # The same answers scored under the adult table would give only Pflegegrad 2.
    assert pflegegrad(Decimal("37.5"), Altersstufe.erwachsen, TAG)[0] == 2


def test_infants_are_asked_only_modules_3_5_and_4k() -> None:
    stufe = Altersstufe.saeugling
    asked = {n for n, k in KRITERIUM.items() if wird_gefragt(k, stufe, date(2024, 1, 1), TAG, True)}
    assert "4.K" in asked and "5.K" in asked and "3.1" in asked and "5.16" in asked
    assert not asked & {"1.1", "2.1", "4.1", "4.13", "6.1"}


def test_infant_answers_outside_the_infant_instrument_do_not_count() -> None:
    answers = Begutachtung(antworten={"1.1": 3, "4.8": 3, "2.1": 3, "6.1": 3})
    assert begutachten(answers, date(2024, 1, 1), TAG).gesamtpunkte == 0


def test_child_scores_only_the_deviation_bri_examples() -> None:
    # BRi: Essen unselbständig vs. typical überwiegend selbständig (20 months–2½ years) -> 6;
    # Toilette überwiegend unselbständig vs. typical selbständig (from 6 years) -> 4.
    assert einzelpunkte(KRITERIUM["4.8"], 3, 1) == 6
    assert einzelpunkte(KRITERIUM["4.10"], 2, 0) == 4
    assert einzelpunkte(KRITERIUM["4.10"], 1, 1) == 0
    geburt = date(2022, 1, 1)
    answers = Begutachtung(antworten={"4.8": 3})
    assert begutachten(answers, geburt, date(2023, 9, 1)).module[3].rohpunkte == 6  # 20 M
    assert begutachten(answers, geburt, date(2024, 7, 1)).module[3].rohpunkte == 9  # 2½ J


@pytest.mark.parametrize(
    ("nummer", "not_before", "from_day"),
    [
        ("4.1", date(2023, 12, 31), date(2024, 1, 1)),  # from 2 years
        ("2.3", date(2024, 6, 30), date(2024, 7, 1)),  # from 2½ years
        ("4.4", date(2025, 6, 30), date(2025, 7, 1)),  # from 3½ years
        ("2.7", date(2025, 12, 31), date(2026, 1, 1)),  # from 4 years
    ],
)
def test_child_criteria_are_asked_from_the_bri_age(
    nummer: str, not_before: date, from_day: date
) -> None:
    geburt, k = date(2022, 1, 1), KRITERIUM[nummer]
    assert not wird_gefragt(k, Altersstufe.kind, geburt, not_before, False)
    assert wird_gefragt(k, Altersstufe.kind, geburt, from_day, False)


def test_incontinence_for_children_from_five() -> None:
    geburt, k = date(2020, 3, 1), KRITERIUM["4.11"]
    assert not wird_gefragt(k, Altersstufe.kind, geburt, date(2025, 2, 28), True)
    assert wird_gefragt(k, Altersstufe.kind, geburt, date(2025, 3, 1), True)


def test_from_eleven_the_adult_points_apply() -> None:
    # Ruhen und Schlafen: typical überwiegend selbständig (1) from 5, selbständig from 11;
    # the day before the 11th birthday 3 − 1 = 2 count, from the birthday all 3.
    answers = Begutachtung(antworten={"6.2": 3})
    geburt = date(2015, 6, 1)
    assert begutachten(answers, geburt, date(2026, 5, 31)).module[5].rohpunkte == 2
    assert begutachten(answers, geburt, date(2026, 6, 1)).module[5].rohpunkte == 3


def test_unanswered_questions_are_counted() -> None:
    result = begutachten(adult(**{"1_1": 0}), None, TAG)
    # Adults: 5 + 11 + 13 + 13 + 16 + 6 = 64 questions; 4.11/4.12 only with incontinence.
    assert result.offene_fragen == 64 - 2 - 1

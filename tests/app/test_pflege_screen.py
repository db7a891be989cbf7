"""The care screen as a parent uses it: the assessment clicked through, its link, benefits."""

import json

import pytest
from app_session import open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from ui.state import input_key

ANSWER = ("pflege", "begutachtung", "antworten")


def open_care(query_params: dict[str, str] | None = None) -> AppTest:
    at = open_app({"lang": "de", "d": "2024-06-01", **(query_params or {})})
    at.switch_page("screens/pflege.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    """What a person reads; Babel puts a no-break space between amount and €."""
    return visible_text(at).replace("\xa0", " ")


def answer(at: AppTest, nummer: str, index: int) -> None:
    at.radio(key=input_key((*ANSWER, nummer))).set_value(index).run()
    assert not at.exception, at.exception


def go_to_module(at: AppTest, modul: int) -> None:
    at.selectbox(key="pflege.modul").set_value(modul).run()


def click_through(at: AppTest) -> None:
    """Hand-computed adult case (2024 thresholds):
    M1 all five "überwiegend selbständig" = 5 raw → 5; M2 skipped; M3 3.2 täglich = 5 raw →
    11.25; M4 4.4 unselbständig 3 + 4.8 überwiegend selbständig 3 + 4.10 überwiegend
    selbständig 2 = 8 raw → 20; M5 medication twice a day = group A 1 → 5; M6 skipped.
    Total 41.25 → Pflegegrad 2; 6.25 missing to Pflegegrad 3.
    """
    for nummer in ("1.1", "1.2", "1.3", "1.4", "1.5"):
        answer(at, nummer, 1)
    at.button[-1].click().run()  # "Weiter (auch ohne Antwort)": module 2 is skipped
    at.button[-1].click().run()
    answer(at, "3.2", 3)
    at.button[-1].click().run()
    answer(at, "4.4", 3)
    answer(at, "4.8", 1)
    answer(at, "4.10", 1)
    go_to_module(at, 5)
    at.number_input(
        key=input_key(("pflege", "begutachtung", "messungen", "5.1", "anzahl"))
    ).set_value(2).run()
    assert not at.exception, at.exception


def test_full_assessment_in_german() -> None:
    at = open_care()
    click_through(at)
    assert at.success[0].value == "Voraussichtlich Pflegegrad 2 – 41,25 von 100 Punkten"
    text = shown(at)
    assert "Bis Pflegegrad 3 fehlen 6,25 Punkte." in text
    assert "Modul 4 (Selbstversorgung): die nächste Stufe bringt +10 Punkte" in text
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    bars = {bar["name"]: bar["x"][0] for bar in spec["data"]}
    assert bars == {
        "M1 Mobilität": 5.0,
        "M3 Verhalten, Psyche": 11.25,
        "M4 Selbstversorgung": 20.0,
        "M5 Krankheit, Therapie": 5.0,
    }
    assert [a["text"] for a in spec["layout"]["annotations"]] == [f"PG {g}" for g in range(1, 6)]


def test_full_assessment_in_arabic_gives_the_same_grade() -> None:
    at = open_care({"lang": "ar"})
    click_through(at)
    headline = at.success[0].value
    assert "(Pflegegrad 2)" in headline and "41.25" in headline
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    names = [bar["name"] for bar in spec["data"]]
    assert all("\u2067" in name for name in names)  # Arabic labels, isolated for plotly
    assert any("العناية الذاتية" in name for name in names)


def test_finished_assessment_link_reopens_with_the_same_result() -> None:
    at = open_care()
    click_through(at)
    link = query(at)
    assert link["na"].startswith("11111") and link["nm"] == "5.1_2t"
    reopened = open_app(link)
    reopened.switch_page("screens/pflege.py").run()
    assert reopened.success[0].value == "Voraussichtlich Pflegegrad 2 – 41,25 von 100 Punkten"
    assert reopened.radio(key=input_key((*ANSWER, "1.1"))).value == 1


def test_modules_can_be_skipped_and_revisited() -> None:
    at = open_care()
    answer(at, "1.1", 2)
    assert at.get("progress")[0].proto.text == "1 von 62 Fragen beantwortet"  # same run
    at.button[-1].click().run()
    at.button[-1].click().run()
    assert at.selectbox(key="pflege.modul").value == 3
    go_to_module(at, 1)
    assert at.radio(key=input_key((*ANSWER, "1.1"))).value == 2
    assert at.get("progress")[0].proto.text == "1 von 62 Fragen beantwortet"


def test_six_month_old_with_feeding_problems_gets_grade_3() -> None:
    # Ratgeber B I 1: six months old, 27 to under 47.5 points → Pflegegrad 3.
    at = open_care({"gd": "2023-12-01", "v": "1"})
    assert "Kinder bis 18 Monate" in at.info[0].value
    go_to_module(at, 4)
    answer(at, "4.K", 1)
    go_to_module(at, 3)
    answer(at, "3.2", 2)
    assert at.success[0].value == "Voraussichtlich Pflegegrad 3 – 37,5 von 100 Punkten"


def test_known_grade_shows_the_benefits_of_the_date() -> None:
    at = open_care({"d": "2023-06-01", "pg": "4", "v": "1"})
    text = shown(at)
    assert "**Pflegegeld**: 728,00 € im Monat" in text
    assert "**Umwandlungsanspruch**: 677,20 € im Monat" in text
    assert "**Verhinderungspflege**: 2.418,00 € im Jahr" in text
    at2 = open_care({"d": "2025-07-01", "pg": "4", "v": "1"})
    assert "**Gemeinsamer Jahresbetrag**: 3.539,00 € im Jahr" in shown(at2)


def test_kombinationsleistung_chart() -> None:
    at = open_care({"pg": "3", "sa": "0.6", "v": "1"})
    text = shown(at)
    assert "**Pflegegeld**: 229,20 € im Monat" in text  # 573 € × 40 %
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    kombi = charts[-1]
    assert [bar["x"][0] for bar in kombi["data"]] == [60.0, 40.0]
    assert "859,20\xa0€" in kombi["data"][0]["text"][0]


def test_hilfe_zur_pflege_brochure_gap() -> None:
    at = open_care({"d": "2023-06-01", "pg": "4", "hb": "2500", "v": "1"})
    assert "Nicht von der Pflegekasse gedeckt: 807,00 € im Monat" in shown(at)


@pytest.mark.parametrize(
    ("bad", "named"),
    [
        ({"na": "9z"}, "Antworten der Selbsteinschätzung"),
        ({"nm": "5.1_x"}, "Häufigkeiten in Modul 5"),
        ({"sa": "2"}, "Anteil der Pflegesachleistung"),
        ({"mz": "XX"}, "Merkzeichen"),
    ],
)
def test_tampered_care_link_is_named_not_a_traceback(bad: dict[str, str], named: str) -> None:
    at = open_care({**bad, "pg": "3", "v": "1"})
    warning = at.warning[0].value
    assert warning.startswith("Einige Angaben im Link konnten wir nicht übernehmen.")
    assert f"- {named}: ungültiger Wert, nicht übernommen" in warning
    assert "**Pflegegeld**: 573,00 € im Monat" in shown(at)


@pytest.mark.parametrize(("einkommen", "beitrag"), [("100000", "0,00"), ("120000", "42,20")])
def test_parents_of_an_adult_pay_only_above_100000(einkommen: str, beitrag: str) -> None:
    at = open_care(
        {"d": "2023-06-01", "pg": "4", "gd": "1990-01-01", "hb": "2500", "hi": "1000"}
        | {"e1": einkommen, "a1": "selbstaendig", "v": "1"}
    )
    assert f"Beitrag der Eltern: {beitrag} € im Monat" in shown(at)


def test_incontinence_opens_4_11_and_4_12() -> None:
    at = open_care()
    go_to_module(at, 4)
    assert len(at.radio) == 11  # 4.1–4.10 and 4.13
    at.checkbox(key=input_key(("pflege", "begutachtung", "inkontinenz"))).check().run()
    assert len(at.radio) == 13
    assert at.get("progress")[0].proto.text == "0 von 64 Fragen beantwortet"

"""The care screen as a parent uses it: the assessment clicked through, its link, benefits."""

import pytest
from app_session import chart_specs, open_app, query, visible_text
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
    spec = chart_specs(at, "chart.punkte")[0]
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
    spec = chart_specs(at, "chart.punkte")[0]
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
    # Issue 9 item 11: one pot (1,612 + 1,774 €), VP up to 2,418 € of it, not side by side.
    assert "**Verhinderungs- und Kurzzeitpflege zusammen**: 3.386,00 € im Jahr" in text
    assert "**Verhinderungspflege**: ja" in text
    assert "2.418,00 € im Jahr" in text
    at2 = open_care({"d": "2025-07-01", "pg": "4", "v": "1"})
    assert "**Gemeinsamer Jahresbetrag**: 3.539,00 € im Jahr" in shown(at2)


def test_kombinationsleistung_chart() -> None:
    at = open_care({"pg": "3", "sa": "0.6", "v": "1"})
    text = shown(at)
    assert "**Pflegegeld**: 229,20 € im Monat" in text  # 573 € × 40 %
    kombi = chart_specs(at, "chart.kombi")[-1]
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


def test_child_with_both_parents_gets_the_85_abs_2_limit() -> None:
    """Issue 9 item 2, § 85 Abs. 2 SGB XII, 2024: child aged 8, rent 800 €. One parent
    (the default without an answer): 1,126 + 800 + 395 = 2,321 €, 10,000 + 500 € protected.
    Both parents: 1,126 + 800 + 2 × 395 = 2,716 €; § 1 DVO: 2 × 10,000 + 500 = 20,500 €."""
    at = open_care({"gd": "2016-03-01", "pg": "4", "hb": "2500", "hu": "800", "v": "1"})
    kinder = at.number_input(key=input_key(("eltern", "kinder_im_haushalt")))
    assert kinder.value == 1  # the child itself, never a silent 0
    assert "Einkommensgrenze: 2.321,00 € im Monat" in shown(at)
    # Audit of issue 9, gap 4: opening the panel answers nothing for the family.
    frage = at.selectbox(key=input_key(("eltern", "zusammenlebend")))
    assert frage.value is None and "ez" not in query(at)
    frage.set_value(True).run()
    assert not at.exception, at.exception
    text = shown(at)
    assert "Einkommensgrenze: 2.716,00 € im Monat" in text
    assert "Geschütztes Vermögen: 20.500,00 €" in text
    assert query(at)["ez"] == "1" and query(at)["k"] == "1"


def test_nursing_home_months_and_eigenanteil() -> None:
    """Issue 9 item 5, 2024, PG 4, 13 months: § 43c 30 % of the Eigenanteil 1,200 € = 360 €;
    37 months: 75 % = 900 €. Hilfe zur Pflege: 2,500 − 1,775 (§ 43) = 725 €, 30 % = 217.50 €
    -> 507.50 € open (not 2,500 − 1,693 = 807 €)."""
    at = open_care(
        {"pg": "4", "wf": "vollstationaer", "qm": "13", "qe": "1200", "hb": "2500", "v": "1"}
    )
    text = shown(at)
    assert "**Leistungszuschlag zum Eigenanteil im Pflegeheim**: 360,00 € im Monat" in text
    assert "Nicht von der Pflegekasse gedeckt: 507,50 € im Monat" in text
    at.number_input(key=input_key(("pflege", "heim_monate"))).set_value(37).run()
    assert "**Leistungszuschlag zum Eigenanteil im Pflegeheim**: 900,00 € im Monat" in shown(at)


def test_no_grade_leaves_no_open_need() -> None:
    """Issue 9 item 7, § 61a SGB XII: without a Pflegegrad no Hilfe zur Pflege."""
    at = open_care({"hb": "2500", "v": "1"})
    assert any("Ohne Pflegegrad gibt es keine Hilfe zur Pflege" in i.value for i in at.info)
    assert "Nicht von der Pflegekasse gedeckt: 0,00 € im Monat" in shown(at)


def test_besondere_wohnform_uses_the_eingliederungshilfe_rules() -> None:
    """Issue 9 item 4, 2023, adult, PG 4: 2,500 − 266 (§ 43a) = 2,234 € open; assets
    70,000 − 61,110 (150 % × 40,740) = 8,890 €; parents earning 150,000 € pay nothing."""
    at = open_care(
        {"d": "2023-06-01", "pg": "4", "gd": "1990-01-01", "wf": "besondere_wohnform"}
        | {"hb": "2500", "hv": "70000", "e1": "150000", "a1": "selbstaendig", "v": "1"}
    )
    text = shown(at)
    assert "Nicht von der Pflegekasse gedeckt: 2.234,00 € im Monat" in text
    assert "Geschütztes Vermögen: 61.110,00 €; einzusetzen: 8.890,00 €" in text
    assert "Beitrag der Eltern: 0,00 € im Monat" in text
    assert any("§ 103 Abs. 1 SGB IX" in i.value for i in at.info)


@pytest.mark.parametrize(
    ("params", "line"),
    [
        # Issue 9 item 10, PG 3, 2025, 80 % of 1,497 € used: 20 % = 299.40 € (not 598.80 €).
        ({"d": "2025-03-01", "pg": "3", "sa": "0.8"}, "**Umwandlungsanspruch**: 299,40 € im Monat"),
        # Issue 9 item 9, PG 5, 2023, 31 days at home: at most 901 € (not 31 × 30.03 €).
        (
            {"d": "2023-06-01", "pg": "5", "wf": "besondere_wohnform", "tz": "31"},
            "**Pflegegeld für Tage zu Hause**: 901,00 € im Monat",
        ),
    ],
)
def test_care_amounts_by_the_law(params: dict[str, str], line: str) -> None:
    assert line in shown(open_care({**params, "v": "1"}))


def test_care_merkzeichen_keep_the_households_other_merkzeichen() -> None:
    """The care screen asks aG, Bl and H only (§ 8 Abs. 3 Krankentransport-Richtlinie); a G
    and a B the household gave on another screen stay in the scenario and the link."""
    at = open_care({"pg": "2", "mz": "G.B", "v": "1"})
    pills = at.button_group(key=input_key(("person", "merkzeichen")))
    assert list(pills.value) == []
    assert "keine Fahrkosten" in shown(at)
    pills.set_value(["aG"]).run()
    assert not at.exception, at.exception
    assert query(at)["mz"] == "G.aG.B"
    assert "Mit Merkzeichen aG, Bl oder H" in shown(at)
    at.button_group(key=input_key(("person", "merkzeichen"))).set_value([]).run()
    assert query(at)["mz"] == "G.B"


PARTNER = input_key(("person", "partner"))
# Adult, 2024, PG 4, need 2,500 €, rent 500 €.
ADULT = {"gd": "1980-01-01", "pg": "4", "hb": "2500", "hu": "500", "v": "1"}


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_adult_with_a_partner_counts_the_households_answer(lang: str) -> None:
    """Audit of issue 9, gap 2, § 85 Abs. 1 SGB XII, 2024: 2 × 563 + 500 = 1,626 € alone;
    with the partner + 395 € (70 % × 563 = 394.10, rounded up) = 2,021 €. § 90 Abs. 2 Nr. 9
    SGB XII with § 1 DVO: 10,000 € alone, 20,000 € with the partner. The care screen asks
    the household question (pz) with the integration-aid screen's widget."""
    at = open_care({**ADULT, "lang": lang})
    frage = at.selectbox(key=PARTNER)
    assert frage.value is None
    text = shown(at)
    alone, together, schon = (
        ("1.626,00", "2.021,00", "20.000,00")
        if lang == "de"
        else ("1,626.00", "2,021.00", "20,000.00")
    )
    assert alone in text
    frage.set_value(True).run()
    assert not at.exception, at.exception
    text = shown(at)
    if lang == "de":
        assert frage.label.startswith("Lebt die Person mit einem Ehe- oder Lebenspartner")
        assert "Einkommensgrenze: 2.021,00 € im Monat" in text
        assert "Geschütztes Vermögen: 20.000,00 €" in text
    else:
        assert "شريك حياة" in at.selectbox(key=PARTNER).label
        assert together in text and schon in text
    link = query(at)
    assert link["pz"] == "1" and "hp" not in link
    at.selectbox(key=PARTNER).set_value(False).run()
    assert alone in shown(at) and query(at)["pz"] == "0"


def test_partner_answered_elsewhere_shows_here_and_old_links_keep_theirs() -> None:
    """The answer from the integration-aid screen or the questionnaire (pz) is the one fact;
    a link from before with only the care screen's own checkbox (hp=1) means the same."""
    for partner in ({"pz": "1"}, {"hp": "1"}):
        at = open_care({**ADULT, **partner})
        assert at.selectbox(key=PARTNER).value is True
        assert "Einkommensgrenze: 2.021,00 € im Monat" in shown(at)
        assert query(at)["pz"] == "1" and "hp" not in query(at)


def test_a_parent_income_of_zero_is_kept() -> None:
    """Audit of issue 9, gap 8: 0 € typed for an adult's parent is an income (issue 9
    item 1), not an empty field; § 94 Abs. 1a SGB XII: nothing above 100,000 € -> 0 €."""
    at = open_care({**ADULT, "e1": "50000", "a1": "rente"})
    at.number_input(key=input_key(("eltern", "elternteil_1", "betrag_jahr"))).set_value(0).run()
    assert not at.exception, at.exception
    assert query(at)["e1"] == "0" and query(at)["a1"] == "rente"
    assert "Beitrag der Eltern: 0,00 € im Monat" in shown(at)

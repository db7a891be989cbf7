"""Issue 11: the residence status first on the care and integration-aid screens."""

import pytest
from app_session import open_app, open_charts, visible_text
from streamlit.testing.v1 import AppTest

# Issue 11 "done when": Aufenthaltsgestattung, 20 months, AsylbLG, child aged 6 with PG 3.
FAMILIE = {
    "d": "2026-11-24",
    "gd": "2020-05-01",
    "pg": "3",
    "rs": "andere",
    "rt": "aufenthaltsgestattung",
    "rm": "20",
    "ra": "1",
    "rk": "asylblg",
    "v": "1",
}


def open_page(page: str, params: dict[str, str]) -> AppTest:
    at = open_app(params)
    at.switch_page(page).run()
    assert not at.exception, at.exception
    return at


def test_family_sees_in_arabic_why_integration_aid_is_excluded_and_what_instead() -> None:
    """§ 100 Abs. 2 SGB IX; § 6 Abs. 1 AsylbLG for children; Analogleistungen after 36
    months (§ 2 Abs. 1 AsylbLG since 27.2.2024): 36 − 20 = 16 months left."""
    at = open_page("screens/eingliederungshilfe.py", {"lang": "ar", **FAMILIE})
    [box] = at.warning
    text = box.value
    assert text.startswith("**المساعدة على الاندماج \u2068(Eingliederungshilfe)\u2069: مستبعد")
    assert "\u2068(§ 6 Abs. 1 AsylbLG)\u2069" in text
    assert "\u206836 شهرًا\u2069" in text and "\u206816 شهرًا\u2069" in text
    assert "Schwerbehindertenausweis" in text
    assert "§\xa0100 Abs.\xa02 SGB\xa0IX" in text


def test_family_sees_in_arabic_what_applies_for_care() -> None:
    """§ 1 Abs. 2 SGB XI (not insured: §§ 4, 6 AsylbLG) and § 23 Abs. 2 SGB XII."""
    at = open_app({"lang": "ar", **FAMILIE})
    at.session_state["pflege.hzp_panel"] = True  # the panel is built when opened
    at.switch_page("screens/pflege.py").run()
    titles = [w.value.split("\n")[0] for w in at.warning]
    assert titles == [
        "**تأمين الرعاية \u2068(Pflegeversicherung)\u2069: مستبعد \u2068(ausgeschlossen)\u2069"
        " – لكن توجد طرق أخرى**",
        "**المساعدة على الرعاية \u2068(Hilfe zur Pflege)\u2069: مستبعد \u2068(ausgeschlossen)\u2069"
        " – لكن توجد طرق أخرى**",
    ]
    assert "\u2068§\xa023 Abs.\xa02 SGB\xa0XII\u2069" in at.warning[1].value


def test_same_family_on_26_february_2024_gets_analogleistungen() -> None:
    """§ 2 Abs. 1 AsylbLG (2019): 20 ≥ 18 months on 26.2.2024."""
    at = open_page("screens/eingliederungshilfe.py", {"lang": "de", **FAMILIE, "d": "2024-02-26"})
    assert not at.warning
    [box] = [i for i in at.info if "Analogleistungen" in i.value]
    assert box.value.startswith("**Eingliederungshilfe: Anspruch über § 2 AsylbLG")


@pytest.mark.parametrize("page", ["screens/pflege.py", "screens/eingliederungshilfe.py"])
def test_without_residence_facts_one_line_says_what_is_assumed(page: str) -> None:
    params = {"lang": "de", "d": "2026-11-24", "gd": "2020-05-01", "pg": "3", "v": "1"}
    at = open_page(page, params)
    text = visible_text(at)
    assert text.count("setzt einen uneingeschränkten Aufenthaltsstatus voraus") == 1
    assert not [w for w in at.warning if "Aufenthalt" in w.value]


@pytest.mark.parametrize(
    ("day", "months", "since"),
    [
        ("2024-02-26", "18 Monate", "21. August 2019"),
        ("2024-02-27", "36 Monate", "27. Februar 2024"),
    ],
)
def test_foreign_nationals_box_names_the_dated_waiting_time(
    day: str, months: str, since: str
) -> None:
    """§ 2 Abs. 1 AsylbLG: the box no longer says 18 months after 26.2.2024."""
    query = {"lang": "de", "d": day, "gd": "2015-03-15", "v": "1"}
    at = open_page("screens/eingliederungshilfe.py", query)
    [text] = [m.value for m in at.markdown if "Analogleistungen" in m.value]
    assert f"wenn sie {months} in Deutschland sind" in text.replace("\xa0", " ")
    assert since in text


# § 62 EStG on the Kinder screen, Rechtsstand 24.11.2026, child aged 6. An entitlement shows
# no residence box (ui/render.py:aufenthalt); an exclusion shows it first.
KINDER = {"d": "2026-11-24", "gd": "2020-05-01", "v": "1"}
HUMANITAER = {"rs": "andere", "rt": "aufenthaltserlaubnis", "rz": "humanitaer", "rm": "2"}


@pytest.mark.parametrize(
    ("language", "params", "excluded"),
    [
        # § 23 Abs. 4 (Resettlement), 2 months, no work: § 62 Abs. 2 Nr. 2 EStG, no wait.
        ("de", {**HUMANITAER, "rh": "1"}, None),
        ("ar", {**HUMANITAER, "rh": "1"}, None),
        # § 25 Abs. 3 etc., 2 < 15 months, no work: Nr. 2 Buchst. c, Nr. 4 EStG.
        ("de", {**HUMANITAER, "rh": "0"}, "Kindergeld gibt es, sobald Sie hier arbeiten"),
        ("ar", {**HUMANITAER, "rh": "0"}, "(Kindergeld)"),
        # EU citizen in month 1 without income: EuGH 1.8.2022, C-411/20 sets Abs. 1a Satz 1
        # aside (the box said "ausgeschlossen" before).
        ("de", {"rs": "eu_ewr_schweiz", "rm": "1"}, None),
        ("ar", {"rs": "eu_ewr_schweiz", "rm": "1"}, None),
    ],
)
def test_kindergeld_box_follows_paragraph_62(
    language: str, params: dict[str, str], excluded: str | None
) -> None:
    at = open_page("screens/kinder.py", {"lang": language, **KINDER, **params})
    # The residence box cites § 62 EStG; the headline below it only points up to it.
    boxes = [w.value for w in at.warning if "Kindergeld" in w.value and "EStG" in w.value]
    if excluded is None:
        assert boxes == []
    else:
        [box] = boxes
        assert excluded in box


def card(at: AppTest, name: str) -> str:
    """The benefit card whose first line names ``name`` (the German term, in both languages)."""
    [text] = [m.value for m in at.markdown if m.value.startswith(f"**{name}**:")]
    return text


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_family_reads_on_each_care_benefit_that_it_does_not_apply(lang: str) -> None:
    """Audit of issue 11, gap 2: the SGB XI amounts under the "ausgeschlossen" box said
    nothing. Now each card says first that it does not apply and what applies instead
    (§§ 4, 6 AsylbLG; 36 − 20 = 16 months to § 2 AsylbLG); the 599 € of Pflegegeld (PG 3,
    § 37 SGB XI) only for comparison, and no monthly chart counts it."""
    at = open_page("screens/pflege.py", {"lang": lang, **FAMILIE})
    if lang == "de":
        text = card(at, "Pflegegeld")
        head, vorab = text.split("\n\n")[:2]
        assert head == "**Pflegegeld**: gilt nicht für Sie"
        assert vorab.startswith("- Mit Leistungen nach dem AsylbLG sind Sie nicht in der Pfleg")
        assert "(§ 6 Abs. 1 AsylbLG, Ermessen)" in vorab and "16 Monate" in vorab
        assert "Nur zum Vergleich – so viel bekommen Versicherte:" in text
        assert text.index("gilt nicht") < text.index("599,00")
        assert "Antrag: Sozialamt" in text
        fahrt = card(at, "Fahrkosten zur ambulanten Behandlung")
        assert "gilt nicht für Sie" in fahrt and "§ 4 AsylbLG" in fahrt
    else:
        text = card(at, "مخصّص الرعاية \u2068(Pflegegeld)\u2069")
        head = text.split("\n\n")[0]
        assert head == "**مخصّص الرعاية \u2068(Pflegegeld)\u2069**: لا تنطبق عليكم"
        assert "AsylbLG" in text and "\u206816 شهرًا\u2069" in text
        assert "مكتب الشؤون الاجتماعية" in text
    # Neither the monthly nor the Kombinationsleistung chart, even with their panels opened.
    assert not open_charts(at, "chart.monatlich", "chart.kombi").get("plotly_chart")
    assert not at.get("slider")  # no share of a Pflegesachleistung that does not apply


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_privately_insured_get_the_same_amounts_and_are_told_who_pays(lang: str) -> None:
    """§ 23 Abs. 1 SGB XI: the private Pflege-Pflichtversicherung pays the same 599 €."""
    params = {"lang": lang, "d": "2026-11-24", "gd": "2020-05-01", "pg": "3", "v": "1"}
    at = open_page("screens/pflege.py", {**params, "rs": "deutsch", "rk": "privat"})
    charts = [c.key for c in open_charts(at, "chart.monatlich", "chart.kombi").get("plotly_chart")]
    assert charts == ["chart.monatlich", "chart.kombi"]  # the same amounts are counted
    if lang == "de":
        text = card(at, "Pflegegeld")
        assert text.startswith("**Pflegegeld**: 599,00\xa0€ im Monat\n\n- Sie sind privat")
        assert "Antrag: Ihre private Pflegeversicherung" in text
        assert "§ 192 VVG" in card(at, "Fahrkosten zur ambulanten Behandlung")
    else:
        text = card(at, "مخصّص الرعاية \u2068(Pflegegeld)\u2069")
        assert "599.00" in text and "private Pflegeversicherung" in text

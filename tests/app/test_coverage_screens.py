"""Screens on dates only some areas cover (issue 9 item 15): care through 2027 with a note
on the pending reform, Hilfe zur Pflege and the integration-aid screen name the value
that is not yet published. Ends: see COVERED_UNTIL in tests/engine/test_parameters.py."""

import pytest
from app_session import chart_specs, open_app, visible_text
from streamlit.testing.v1 import AppTest


def open_screen(screen: str, params: dict[str, str]) -> AppTest:
    at = open_app(params)
    at.switch_page(f"screens/{screen}.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return visible_text(at).replace("\xa0", " ")


EGH_MISSING_DE = "- Noch nicht veröffentlicht für 2027: Bezugsgröße (West, ab 2025 einheitlich)"
HZP_MISSING_DE = (
    "- Noch nicht veröffentlicht für 2027: Einkommensgrenze: Grundbetrag (2 × Regelbedarfsstufe 1)"
)
REFORM = "Pflegereform (Pflegeneuordnungsgesetz) ist noch nicht beschlossen"


@pytest.mark.parametrize(("day", "covered"), [("2026-12-31", True), ("2027-01-01", False)])
def test_integration_aid_ends_with_the_bezugsgroesse(day: str, covered: bool) -> None:
    at = open_screen("eingliederungshilfe", {"lang": "de", "d": day, "gd": "2015-05-05", "v": "1"})
    text = shown(at)
    assert ("Wer ist zuständig?" in text) is covered
    assert (EGH_MISSING_DE in text) is not covered


def test_integration_aid_2027_names_the_missing_value_in_german() -> None:
    at = open_screen("eingliederungshilfe", {"lang": "de", "d": "2027-03-01"})
    [warning] = [w.value.replace("\xa0", " ") for w in at.warning]
    assert warning.splitlines() == [
        "**Für den 1. März 2027 kann dieser Teil noch nicht berechnet werden.** Unsere geprüften "
        "Werte dafür reichen bis zum 31. Dezember 2026; bitte wählen Sie einen früheren "
        "Rechtsstand.",
        EGH_MISSING_DE,
    ]
    assert not chart_specs(at, "chart.wasserfall", "chart.verlauf")
    assert "Beispielfamilien für Schulungen" in shown(at)  # the examples (2023) still open


def test_integration_aid_2027_names_the_missing_value_in_arabic() -> None:
    at = open_screen("eingliederungshilfe", {"lang": "ar", "d": "2027-03-01"})
    [warning] = [w.value for w in at.warning]
    assert "لا يمكن حساب هذا الجزء بعد" in warning
    assert "لم يُنشر بعد لعام 2027" in warning
    assert "(Bezugsgröße)" in warning


def test_integration_aid_example_opens_from_an_uncovered_date() -> None:
    at = open_screen("eingliederungshilfe", {"lang": "de", "d": "2027-03-01"})
    at.button(key="egh.beispiel.schmidt").click().run()
    assert "Kostenbeitrag: **90,00 € im Monat**" in shown(at)


@pytest.mark.parametrize(
    ("day", "pflegegeld", "reform", "hzp"),
    [
        ("2026-12-31", "800,00", False, True),
        ("2027-01-01", "800,00", True, False),
        ("2027-03-01", "800,00", True, False),
        ("2027-12-31", "800,00", True, False),
    ],
)
def test_care_shows_its_amounts_through_2027(
    day: str, pflegegeld: str, reform: bool, hzp: bool
) -> None:
    """PG 4: 800 € from 2025 until the next Dynamisierung on 1.1.2028 (§ 30 Abs. 1 SGB XI);
    the Hilfe zur Pflege needs the Regelbedarfsstufe 1 of the year (§ 85 SGB XII)."""
    at = open_screen("pflege", {"lang": "de", "d": day, "pg": "4", "hb": "2500", "v": "1"})
    text = shown(at)
    assert f"**Pflegegeld**: {pflegegeld} € im Monat" in text
    assert (REFORM in text) is reform
    assert ("Nicht von der Pflegekasse gedeckt" in text) is hzp
    assert (HZP_MISSING_DE in text) is not hzp


def test_care_reform_note_in_arabic() -> None:
    at = open_screen("pflege", {"lang": "ar", "d": "2027-03-01", "pg": "4", "v": "1"})
    assert any("(Pflegeneuordnungsgesetz)" in i.value for i in at.info)


def test_amounts_screen_2027_lists_care_and_names_what_is_missing() -> None:
    at = open_screen("betraege", {"lang": "de", "d": "2027-03-01"})
    text = shown(at)
    assert "**Pflegegeld bei Pflegegrad 4**  \n800,00 € im Monat · seit 1. Januar 2025" in text
    assert EGH_MISSING_DE in text
    assert HZP_MISSING_DE in text

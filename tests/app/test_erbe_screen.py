"""The inheritance screen as a workshop uses it: presets, answers, the link, both languages.

Expected numbers: tests/engine/erbe/test_erbe_rules.py (hand computations): preset "eltern"
child 75,000 €, Pflichtteil 37,500 €, 65,000 € to be used = 50 months; preset "mutter"
48,810 € to be used = 25 months (§ 139 SGB IX, 71,190 € in 2026)."""

import pytest
from app_session import chart_specs, open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from ui.state import input_key


def open_erbe(params: dict[str, str] | None = None) -> AppTest:
    at = open_app({"lang": "de", **(params or {})})
    at.switch_page("screens/erbe.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return visible_text(at).replace("\xa0", " ")


def test_parents_preset_shows_the_three_cases_and_the_chart() -> None:
    at = open_erbe()
    at.button(key="erbe.beispiel.eltern").click().run()
    text = shown(at)
    assert "Jedes Kind: 25 % = 75.000,00 €" in text
    assert "Ehegatte: 50 % = 150.000,00 €" in text
    assert "Pflichtteil eines enterbten Kindes: 37.500,00 €" in text
    assert "Zuerst einzusetzen: 65.000,00 €" in text
    assert "Das reicht für die heutigen Leistungen: 50 Monate" in text
    assert "Zuerst einzusetzen: 27.500,00 €" in text
    assert "22 Monate" in text
    assert "Grundsicherung müssen die Erben des Kindes nicht ersetzen" in text
    assert "Notar" in text and "Fachanwalt für Erbrecht" in text
    assert query(at)["d"] == "2026-06-01" and query(at)["xn"] == "300000"
    (chart,) = chart_specs(at, "chart.erbe")
    ohne, mit = chart["data"]
    assert ohne["y"][0] == 75000.0 and ohne["y"][50] == 10000.0 and ohne["y"][-1] == 10000.0
    assert set(mit["y"]) == {75000.0}
    assert ohne["name"] == "ohne Testament"


def test_mother_preset_egh_only() -> None:
    at = open_erbe()
    at.button(key="erbe.beispiel.mutter").click().run()
    text = shown(at)
    assert "Ihr Kind darf 71.190,00 € behalten" in text
    assert "Zuerst einzusetzen: 48.810,00 €" in text
    assert "25 Monate" in text
    assert "Eingliederungshilfe müssen die Erben des Kindes nicht ersetzen" in text
    # The daughter turned 18 on 1.2.2025.
    assert "seit dem 1. Februar 2025 volljährig" in text


def test_answers_by_hand_and_betreuung_dates() -> None:
    """Born 15.6.2008, Rechtsstand 1.6.2026: 17 since 15.6.2025, so apply now."""
    at = open_erbe({"d": "2026-06-01", "gd": "2008-06-15", "v": "1"})
    at.number_input(key=input_key(("erbe", "nachlass"))).set_value(90000).run()
    at.number_input(key=input_key(("erbe", "kinder"))).set_value(3).run()
    text = shown(at)
    assert "Jedes Kind: 33,33 % = 30.000,00 €" in text
    assert "Pflichtteil eines enterbten Kindes: 15.000,00 €" in text
    assert "Wählen Sie die Leistungen Ihres Kindes" in text
    assert "Beantragen Sie die Betreuung jetzt" in text
    assert "15. Juni 2026" in text and "15. Juni 2025" in text
    assert "Aufwandspauschale von 450,00 € im Jahr" in text
    assert (
        "450,00 € im Jahr (gilt seit 1. Januar 2026, § 1878 Abs. 1 BGB) ⚠ nicht bestätigt" in text
    )
    assert any("keiner amtlichen Quelle" in w.value for w in at.warning)


def test_link_reopens_in_arabic_with_the_same_numbers() -> None:
    at = open_erbe()
    at.button(key="erbe.beispiel.eltern").click().run()
    reopened = open_erbe({**query(at), "lang": "ar"})
    text = visible_text(reopened)
    assert "\u200f65,000.00\xa0€" in text
    assert "(Pflichtteil)" in text and "(Behindertentestament)" in text
    assert "(Notar)" in text


def test_date_not_covered_says_so() -> None:
    text = shown(open_erbe({"d": "2027-03-01"}))
    assert "Aufwandspauschale ehrenamtliche Betreuung je Jahr" in text


# The parent's citizenship decides the law of the estate (Rechtsstand 1.6.2026, the family
# lives in Germany): Art. 21, 22, 75 EU-ErbVO, § 14 Nachlassabkommen Türkei, Art. 8 Abs. 3
# Niederlassungsabkommen Iran (tests/engine/erbe/test_recht_aufenthalt.py).
LAW_CASES = [
    ({"xs": "deutsch"}, "Für das Erbe gilt: deutsches Recht.", "Art. 21 Abs. 1 EU-ErbVO"),
    ({"xs": "andere"}, "Für das Erbe gilt: deutsches Recht.", "Art. 21 Abs. 1 EU-ErbVO"),
    (
        {"xs": "andere", "xw": "1"},
        "Für das Erbe gilt: Recht des Heimatstaates.",
        "Art. 22 EU-ErbVO",
    ),
    (
        {"xs": "tuerkisch"},
        "Für das Erbe gilt: türkisches Recht für das bewegliche Vermögen, deutsches Recht für "
        "Grundstücke in Deutschland.",
        "§ 14 Nachlassabkommen",
    ),
    ({"xs": "iranisch"}, "Für das Erbe gilt: Recht des Heimatstaates.", "Art. 8 Abs. 3"),
]


@pytest.mark.parametrize(("params", "recht", "basis"), LAW_CASES)
def test_the_parents_citizenship_decides_the_law_of_the_estate(
    params: dict[str, str], recht: str, basis: str
) -> None:
    at = open_erbe({"d": "2026-06-01", "v": "1", **params})
    text = shown(at).replace("**", "")
    assert recht in text
    assert basis in text
    asked = [s.label for s in at.segmented_control] + [s.label for s in at.selectbox]
    assert any("Rechtswahl" in label for label in asked) is (params["xs"] == "andere")


def test_without_the_parents_citizenship_the_screen_asks_and_names_no_law() -> None:
    text = shown(open_erbe({"d": "2026-06-01", "v": "1"}))
    assert "Wählen Sie die Staatsangehörigkeit des Elternteils" in text
    assert "Für das Erbe gilt" not in text
    assert "Betreuungsgericht" in text


def test_choosing_the_citizenship_goes_into_the_link_and_reopens_in_arabic() -> None:
    at = open_erbe({"d": "2026-06-01", "v": "1"})
    at.selectbox(key=input_key(("erbe", "staatsangehoerigkeit"))).set_value("tuerkisch").run()
    assert query(at)["xs"] == "tuerkisch"
    reopened = open_erbe({**query(at), "lang": "ar"})
    text = visible_text(reopened)
    assert "(deutsch-türkisches Nachlassabkommen)" in text
    assert "(Nachlassspaltung)" in text
    assert "§\xa014 Nachlassabkommen" in text

"""The children's screen: the three workshop presets, an answer typed by hand, the link,
both languages; what is shown equals the engine's result."""

from app_session import chart_specs, open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from engine.evaluate import evaluate_kinder
from engine.kinder.beispiele import BEISPIELE
from ui.state import input_key


def open_kinder(params: dict[str, str] | None = None) -> AppTest:
    at = open_app({"lang": "de", **(params or {})})
    at.switch_page("screens/kinder.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return (visible_text(at) + "\n" + "\n".join(s.value for s in at.success)).replace("\xa0", " ")


def charts(at: AppTest) -> list[dict]:
    return chart_specs(at, "chart.kinder.bedarf_mittel", "chart.kinder.zeitleiste")


def test_without_birth_date_asks_for_it() -> None:
    at = open_kinder({"d": "2026-06-01"})
    assert "Bitte geben Sie das Geburtsdatum Ihres Kindes an" in shown(at)


def test_werkstatt_preset_shows_the_adult_test() -> None:
    """Need 1,029.00 + 616.67 + 599.00 = 2,244.67 > means 300 + 700 + 599 = 1,599 → 259 €."""
    at = open_kinder()
    at.button(key="kinder.beispiel.werkstatt").click().run()
    assert not at.exception
    assert query(at)["d"] == "2026-06-01"
    text = shown(at)
    assert "Kindergeld in diesem Monat: **259,00 € im Monat**" in text
    assert "Bedarf 2.244,67 € im Monat, eigene Mittel 1.599,00 € im Monat." in text
    need_means, timeline = charts(at)
    bars = {trace["name"]: trace["x"] for trace in need_means["data"] if trace["type"] == "bar"}
    assert bars["Grundbedarf"] == [1029.0, 0.0]
    assert bars["Pflegegeld (beide Seiten)"] == [599.0, 599.0]
    assert bars["Grundsicherung"] == [0.0, 700.0]
    beispiel = BEISPIELE["werkstatt"]
    ergebnis = evaluate_kinder(beispiel.scenario, beispiel.rechtsstand)
    assert len(timeline["data"][0]["y"]) == len(ergebnis.zeitleiste)


def test_baby_preset_and_its_timeline() -> None:
    """Born 1.12.2025: 18 months on 1.6.2027; two children, parents together: 2 × 15 = 30."""
    at = open_kinder()
    at.button(key="kinder.beispiel.baby").click().run()
    text = shown(at)
    assert "**Kinderkrankengeld je Elternteil im Jahr**: 30 Arbeitstage" in text
    assert "**18 Monate: Pflegegrad neu** – 1. Juni 2027" in text
    assert "Frühförderung, kostenfrei**: ja" in text


def test_schulkind_preset_in_arabic() -> None:
    at = open_kinder()
    at.button(key="kinder.beispiel.schulkind").click().run()
    reopened = open_kinder({**query(at), "lang": "ar"})
    text = shown(reopened)
    assert "(Schulbegleitung)" in text
    assert "(Kinderkrankengeld)" in text
    assert reopened.title[0].value.startswith("الأطفال والشباب")


def test_income_typed_by_hand_ends_the_claim() -> None:
    """24-year-old, GdB 50, 2026: need 1,029.00 + 95.00 = 1,124.00; income 1,124 covers it."""
    at = open_kinder({"d": "2026-06-01", "gd": "2002-05-20", "gb": "50", "cb": "1", "v": "1"})
    assert "Kindergeld in diesem Monat: **259,00 € im Monat**" in shown(at)
    at.number_input(key=input_key(("kinder", "einkommen_monat"))).set_value(1124).run()
    assert "Kindergeld in diesem Monat: **0,00 € im Monat**" in shown(at)
    assert query(at)["ce"] == "1124"


def test_minor_gets_kindergeld_by_date() -> None:
    """2024: 250 €; 2025: 255 €."""
    for day, betrag in (("2024-12-31", "250,00"), ("2025-01-01", "255,00")):
        at = open_kinder({"d": day, "gd": "2015-03-01", "v": "1"})
        assert f"Kindergeld in diesem Monat: **{betrag} € im Monat**" in shown(at)

"""The tax and Ausweis screen (issue 15): the three presets, answers by hand, the link, and
Arabic; what is shown equals the engine's result."""

from decimal import Decimal

from app_session import chart_specs, open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from engine.evaluate import evaluate_steuern
from engine.explain import Money
from engine.nachteilsausgleiche.beispiele import BEISPIELE
from i18n import Translator
from ui.state import input_key


def open_steuern(params: dict[str, str] | None = None) -> AppTest:
    at = open_app({"lang": "de", **(params or {})})
    at.switch_page("screens/steuern.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return (visible_text(at) + "\n" + "\n".join(s.value for s in at.success)).replace("\xa0", " ")


def test_eltern_preset_saves_3272_euro_and_charts_each_allowance() -> None:
    at = open_steuern()
    at.button(key="steuern.beispiel.eltern").click().run()
    assert not at.exception
    assert query(at)["d"] == "2025-06-01"
    text = shown(at)
    assert "Alle zusammen sparen 3.272,00 € im Jahr Einkommensteuer." in text
    assert (
        "**Behinderten-Pauschbetrag**: 7.400,00 € im Jahr – spart allein 2.054,00 € im Jahr" in text
    )
    assert "Splittingtarif: Einkommensteuer ohne die Abzüge 8.606,00 € im Jahr" in text
    (chart,) = chart_specs(at, "chart.ersparnis")
    assert chart["data"][0]["x"] == [2054.0, 778.0, 508.0]


def test_fahrer_preset_compares_kfz_steuer_and_wertmarke() -> None:
    at = open_steuern()
    at.button(key="steuern.beispiel.fahrer").click().run()
    text = shown(at)
    assert (
        "die halbe Kfz-Steuer spart 120,00 € im Jahr, die Wertmarke kostet 104,00 € im Jahr" in text
    )
    assert "Alle zusammen sparen 663,00 € im Jahr Einkommensteuer." in text


def test_blind_bayern_preset_shows_blindengeld_and_top_up() -> None:
    at = open_steuern()
    at.button(key="steuern.beispiel.blind_bayern").click().run()
    beispiel = BEISPIELE["blind_bayern"]
    result = evaluate_steuern(beispiel.scenario, beispiel.rechtsstand)
    assert result.blindengeld.blindenhilfe.value.amount == Decimal("137.19")
    text = shown(at)
    assert "**Landesblindengeld**: 776,00 € im Monat." in text
    assert "**Blindenhilfe** (Sozialamt): 137,19 € im Monat." in text
    assert "**Rundfunkbeitrag**: 6,12 € im Monat." in text


def test_answers_by_hand_and_the_link_reopen_in_arabic() -> None:
    # GdB 50 without Merkzeichen, single, 30,000 € in 2024: Pauschbetrag 1,140 €;
    # tax on 30,000 = 4,412, on 28,860: z = 1.1855, (181.19 · 1.1855 + 2,397) · 1.1855 +
    # 991.21 = 4,087.35 → 4,087; saves 325.
    at = open_steuern({"d": "2024-05-01", "gb": "50", "v": "1"})
    at.number_input(key=input_key(("steuern", "einkommen"))).set_value(30000).run()
    assert "Alle zusammen sparen 325,00 € im Jahr Einkommensteuer." in shown(at)
    assert query(at)["ue"] == "30000"
    reopened = open_steuern({**query(at), "lang": "ar"})
    tr = Translator("ar")
    saved = tr.quantity(Money(amount=Decimal(325), per="year"))
    assert tr("steuern.est.ersparnis", betrag=saved).replace("\xa0", " ") in shown(reopened)
    assert "(Einkommensteuer)" in shown(reopened)


def test_without_a_merkzeichen_there_is_no_wertmarke_and_the_full_rundfunkbeitrag() -> None:
    at = open_steuern({"d": "2026-01-01"})
    text = shown(at)
    assert "Freifahrt mit Wertmarke gibt es mit G, aG, H, Bl oder Gl." in text
    assert "**Rundfunkbeitrag**: 18,36 € im Monat." in text


def test_kinderbetreuung_and_35a_in_the_tax_section_the_chart_and_arabic() -> None:
    """Eltern preset (2025, GdB 100, H, PG 4, married, 60,000 €) plus childcare 6,000 €:
    80 % = 4,800 € Sonderausgaben (§ 10 Abs. 1 Nr. 5 EStG, no age limit for the disabled
    child), and care services 25,000 €: 20 % = 5,000, capped at 4,000 € off the tax (§ 35a
    Abs. 2 EStG). What is shown equals the engine's result."""
    at = open_steuern()
    at.button(key="steuern.beispiel.eltern").click().run()
    at.number_input(key=input_key(("steuern", "kinderbetreuung"))).set_value(6000).run()
    at.number_input(key=input_key(("steuern", "pflegeleistungen"))).set_value(25000).run()
    assert not at.exception, at.exception
    assert (query(at)["ub"], query(at)["ud"]) == ("6000", "25000")
    beispiel = BEISPIELE["eltern"]
    scenario = beispiel.scenario.model_copy(
        update={
            "steuern": beispiel.scenario.steuern.model_copy(
                update={"kinderbetreuung": Decimal(6000), "pflegeleistungen": Decimal(25000)}
            )
        }
    )
    result = evaluate_steuern(scenario, beispiel.rechtsstand)
    tr = Translator("de")
    gesamt = tr.quantity(result.steuer.ersparnis).replace("\xa0", " ")
    text = shown(at)
    assert f"Alle zusammen sparen {gesamt} Einkommensteuer." in text
    assert "**Kinderbetreuungskosten (Sonderausgaben)**: 4.800,00 € im Jahr" in text
    assert (
        "**Haushaltsnahe Pflege (§ 35a EStG)**: Steuerermäßigung, wird von der Steuer selbst "
        "abgezogen, nicht vom Einkommen – spart 4.000,00 € im Jahr"
    ) in text
    assert "außergewöhnliche Belastung (§ 33 EStG" in text
    (chart,) = chart_specs(at, "chart.ersparnis")
    assert len(chart["data"][0]["x"]) == 5
    assert 4000.0 in chart["data"][0]["x"]
    reopened = open_steuern({**query(at), "lang": "ar"})
    arabic = shown(reopened)
    assert "(Kinderbetreuungskosten)" in arabic
    assert "(Steuerermäßigung)" in arabic

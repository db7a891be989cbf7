"""The work screen as an advisor uses it: the three presets, answers, the link, Arabic."""

import pytest
from app_session import chart_specs, open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from engine.arbeit.beispiele import BEISPIELE
from engine.evaluate import evaluate_arbeit
from ui.state import input_key


def open_arbeit(params: dict[str, str] | None = None) -> AppTest:
    at = open_app({"lang": "de", **(params or {})})
    at.switch_page("screens/arbeit.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return visible_text(at).replace("\xa0", " ")


@pytest.mark.parametrize(
    ("name", "betrag"),
    [("berufsbildung", "636,83 €"), ("arbeitsbereich", "1.138,80 €"), ("budget", "264,50 €")],
)
def test_preset_shows_the_engine_result(name: str, betrag: str) -> None:
    at = open_arbeit()
    at.button(key=f"arbeit.beispiel.{name}").click().run()
    assert not at.exception, at.exception
    assert query(at)["d"] == "2026-03-01"
    headline = at.success[0].value.replace("\xa0", " ")
    assert headline.startswith(f"**Grundsicherung im Monat: {betrag} im Monat**")
    beispiel = BEISPIELE[name]
    engine = evaluate_arbeit(beispiel.scenario, beispiel.rechtsstand).grundsicherung
    assert betrag.replace(".", "").replace(",", ".").removesuffix(" €") == str(
        engine.zahlbetrag.value.amount
    )


def test_arbeitsbereich_pay_slip_and_charts() -> None:
    """Entgelt 133 + 120 = 253, AFöG 52, paid 305; sweep of 500 points, line at 253."""
    at = open_arbeit()
    at.button(key="arbeit.beispiel.arbeitsbereich").click().run()
    text = shown(at)
    assert "**Ausgezahlt im Monat: 305,00 € im Monat**" in text
    assert "also ab 1. September 2035" in text
    monat, sweep = chart_specs(at, "chart.arbeit.monat", "chart.arbeit.verlauf")
    need = sum(t["x"][0] for t in monat["data"] if t["y"][0] == "Bedarf")
    assert round(need, 2) == 1230.11
    assert len(sweep["data"][0]["x"]) == 500
    assert sweep["layout"]["shapes"][0]["x0"] == 253.0


def test_advisor_changes_the_steigerungsbetrag() -> None:
    """Steigerung 120 → 220: Entgelt 353, no AFöG (353 > 351); counted (353 − 70.38) / 2 =
    141.31; 1,230.11 − 141.31 = 1,088.80."""
    at = open_arbeit()
    at.button(key="arbeit.beispiel.arbeitsbereich").click().run()
    at.number_input(key=input_key(("arbeit", "steigerungsbetrag"))).set_value(220).run()
    assert "1.088,80 €" in at.success[0].value.replace("\xa0", " ")
    assert query(at)["js"] == "220"


def test_assets_above_10000_stop_the_payment() -> None:
    at = open_arbeit()
    at.button(key="arbeit.beispiel.budget").click().run()
    at.number_input(key=input_key(("arbeit", "vermoegen"))).set_value(10001).run()
    assert "Keine Grundsicherung" in at.warning[0].value


def test_link_reopens_in_arabic_with_the_same_amount() -> None:
    at = open_arbeit()
    at.button(key="arbeit.beispiel.berufsbildung").click().run()
    reopened = open_arbeit({**query(at), "lang": "ar"})
    headline = reopened.success[0].value
    assert "636.83" in headline and "(Grundsicherung)" in headline


def test_without_birth_date_asks_for_it() -> None:
    at = open_arbeit({"d": "2025-01-01", "v": "1"})
    assert "Bitte Geburtsdatum und Weg angeben" in shown(at)


def test_erwerbsfaehig_gives_buergergeld_with_35_percent() -> None:
    """25 on 1.4.2025 in the parents' flat, Berufsbildungswerk: RBS 1 563, 35 % = 197.05."""
    at = open_arbeit(
        {"d": "2025-04-01", "gd": "2000-04-01", "jw": "berufsbildungswerk", "jf": "1", "v": "1"}
    )
    text = shown(at)
    assert "Bürgergeld (Jobcenter)" in text
    assert "35 % von 563,00 € im Monat = 197,05 € im Monat" in text


def test_2027_is_not_covered() -> None:
    at = open_arbeit({"d": "2027-01-01", "v": "1"})
    assert "Regelbedarfsstufe 1" in at.warning[0].value


def test_besondere_wohnform_from_a_link() -> None:
    """2026, aG, Entgelt 133: 506 + 86.02 + 21 × 4.57 + 450 (average, no extras shown) =
    1,137.99; counted 31.31 → 1,106.68 (tests/engine/arbeit/test_grundsicherung.py)."""
    at = open_arbeit(
        {
            "d": "2026-05-01",
            "gd": "1996-05-01",
            "wf": "besondere_wohnform",
            "mz": "aG",
            "jw": "werkstatt_arbeitsbereich",
            "jt": "21",
            "jm": "600",
            "jx": "450",
            "v": "1",
        }
    )
    assert "1.106,68 €" in at.success[0].value.replace("\xa0", " ")
    assert "Besondere Wohnform: Wohnkosten 600,00 € im Monat" in shown(at)


def test_pflegeheim_points_to_the_care_screen() -> None:
    at = open_arbeit(
        {
            "d": "2025-01-01",
            "gd": "1990-01-01",
            "wf": "vollstationaer",
            "jw": "tagesfoerderstaette",
            "v": "1",
        }
    )
    assert "Im Pflegeheim" in at.info[0].value

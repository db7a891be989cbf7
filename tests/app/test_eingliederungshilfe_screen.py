"""The integration-aid screen as an advisor uses it: presets, incomes, the link, both languages."""

import json
from datetime import date

import pytest
from app_session import open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from i18n import Translator
from ui.state import input_key


def open_egh(params: dict[str, str] | None = None) -> AppTest:
    at = open_app({"lang": "de", **(params or {})})
    at.switch_page("screens/eingliederungshilfe.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    return visible_text(at).replace("\xa0", " ")


def test_schmidt_preset_gives_90_euro() -> None:
    at = open_egh()
    at.button(key="egh.beispiel.schmidt").click().run()
    assert at.warning[0].value.replace("\xa0", " ") == (
        "Einkommensgrenze 65.184,00 € im Jahr – Kostenbeitrag: **90,00 € im Monat**"
    )
    assert query(at)["d"] == "2023-06-01"
    charts = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    waterfall, sweep = charts
    assert waterfall["data"][0]["y"] == [70000.0, -65184.0, 4816.0, 96.32, 90.0]
    assert len(sweep["data"][0]["x"]) == 401
    assert sweep["data"][1]["x"] == [70000.0] and sweep["data"][1]["y"] == [90.0]


def test_meier_preset_pays_nothing() -> None:
    at = open_egh()
    at.button(key="egh.beispiel.meier").click().run()
    assert at.success[0].value.replace("\xa0", " ") == (
        "Einkommensgrenze 38.703,00 € im Jahr – kein Kostenbeitrag (0,00 € im Monat)"
    )


def test_schmidt_link_reopens_with_90_euro_in_arabic() -> None:
    at = open_egh()
    at.button(key="egh.beispiel.schmidt").click().run()
    link = {**query(at), "lang": "ar"}
    reopened = open_egh(link)
    headline = reopened.warning[0].value
    assert "90.00" in headline and "(Kostenbeitrag)" in headline and "65,184.00" in headline


def test_advisor_enters_incomes_by_hand() -> None:
    # Adult, own pension 30,000 € in 2024: limit 60 % × 42,420 = 25,452; 4,548 above;
    # 2 % = 90.96 → 90 € a month.
    at = open_egh({"d": "2024-03-01", "gd": "1980-01-01", "v": "1"})
    at.number_input(key=input_key(("eingliederungshilfe", "einkommen", "betrag_jahr"))).set_value(
        30000
    ).run()
    at.selectbox(key=input_key(("eingliederungshilfe", "einkommen", "art"))).set_value(
        "rente"
    ).run()
    assert "Kostenbeitrag: **90,00 € im Monat**" in at.warning[0].value.replace("\xa0", " ")
    assert "Eltern volljähriger Menschen mit Behinderung zahlen keinen Kostenbeitrag." in shown(at)


def test_seelische_behinderung_of_a_minor_goes_to_the_jugendamt() -> None:
    at = open_egh(
        {
            "d": "2023-06-01",
            "gd": "2012-01-01",
            "eb": "seelisch",
            "el": "assistenz_freizeit",
            "v": "1",
        }
    )
    text = shown(at)
    assert "Zuständig: **Jugendamt**" in text
    assert "**Freizeitassistenz**: kostenfrei" in text
    assert not at.get("plotly_chart")


def test_grundsicherung_makes_everything_free() -> None:
    at = open_egh({"gd": "1990-01-01", "el": "mobilitaet.wohnraum", "eg": "1", "v": "1"})
    text = shown(at)
    assert "**Leistungen zur Mobilität (z. B. Fahrdienst, Kfz-Hilfe)**: kostenfrei" in text
    assert "**Leistungen für Wohnraum**: kostenfrei" in text


@pytest.mark.parametrize(("key", "value"), [("eb", "psychisch"), ("el", "foo"), ("ek", "lotto")])
def test_tampered_egh_link_is_named(key: str, value: str) -> None:
    at = open_egh({key: value, "v": "1"})
    assert "ungültiger Wert, nicht übernommen" in at.warning[0].value


@pytest.mark.parametrize("language", ["de", "ar"])
def test_without_birth_date_it_asks_instead_of_assuming_an_adult(language: str) -> None:
    at = open_egh({"lang": language, "d": "2024-03-01", "eb": "koerperlich", "v": "1"})
    asked = Translator(language)("egh.geburtsdatum_fehlt")
    assert [i.value for i in at.info] == [asked]
    adult = Translator(language)("egh.beitrag.eltern_volljaehriger")
    assert adult not in shown(at) and not at.multiselect
    at.date_input(key=input_key(("person", "geburtsdatum"))).set_value(date(2015, 3, 15)).run()
    assert asked not in shown(at) and at.multiselect

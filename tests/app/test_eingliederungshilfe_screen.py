"""The integration-aid screen as an advisor uses it: presets, incomes, the link, both languages."""

from datetime import date

import pytest
from app_session import chart_specs, open_app, query, visible_text
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
    waterfall, sweep = chart_specs(at, "chart.wasserfall", "chart.verlauf")
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
    at = open_egh({"d": "2024-03-01", "gd": "1980-01-01", "pz": "0", "v": "1"})
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
    assert not chart_specs(at, "chart.wasserfall", "chart.verlauf")


def test_grundsicherung_makes_everything_free() -> None:
    at = open_egh({"gd": "1990-01-01", "el": "mobilitaet.wohnraum", "eg": "1", "v": "1"})
    text = shown(at)
    assert "**Leistungen zur Mobilität (z. B. Fahrdienst, Kfz-Hilfe)**: kostenfrei" in text
    assert "**Leistungen für Wohnraum**: kostenfrei" in text


@pytest.mark.parametrize(("key", "value"), [("eb", "psychisch"), ("el", "foo"), ("ek", "lotto")])
def test_tampered_egh_link_is_named(key: str, value: str) -> None:
    at = open_egh({key: value, "v": "1"})
    assert "ungültiger Wert, nicht übernommen" in at.warning[0].value


# --- Issue 9: who lives in the household, free benefits, § 142, young adults ---------------


def eingabe(at: AppTest, *path: str):  # type: ignore[no-untyped-def]
    """The select box or number field of the scenario input at ``path``."""
    auswahl = path[-1] in {"zusammenlebend", "partner", "art"}
    return (at.selectbox if auswahl else at.number_input)(key=input_key(path))


def test_both_parents_and_a_second_income_of_zero_pay_nothing() -> None:
    # § 136 Abs. 2 Nr. 1 + Abs. 5 SGB IX, 2023: 85 % × 40,740 = 34,629 + 75 % = 30,555 →
    # 65,184; the parents' 60,000 + 0 is below: no Kostenbeitrag.
    at = open_egh({"d": "2023-06-01", "gd": "2011-05-20", "v": "1"})
    eingabe(at, "eltern", "zusammenlebend").set_value(True).run()
    eingabe(at, "eltern", "elternteil_1", "betrag_jahr").set_value(60000).run()
    eingabe(at, "eltern", "elternteil_2", "betrag_jahr").set_value(0).run()
    eingabe(at, "eltern", "kinder_im_haushalt").set_value(2).run()
    assert at.success[0].value.replace("\xa0", " ") == (
        "Einkommensgrenze 65.184,00 € im Jahr – kein Kostenbeitrag (0,00 € im Monat)"
    )
    assert query(at)["e2"] == "0" and query(at)["ez"] == "1"
    assert not at.caption
    # One parent: § 136 Abs. 3, 34,629 + 2 × 4,074 = 42,777; 17,223 over; 2 % = 344.46 → 340.
    eingabe(at, "eltern", "zusammenlebend").set_value(False).run()
    assert input_key(("eltern", "elternteil_2", "betrag_jahr")) not in [
        w.key for w in at.number_input
    ]
    assert "Kostenbeitrag: **340,00 € im Monat**" in at.warning[0].value.replace("\xa0", " ")
    assert "auch bei Alleinerziehenden" in at.caption[0].value


def test_adult_whose_spouse_earns_nothing_gets_the_partner_supplement() -> None:
    # § 136 Abs. 3 SGB IX, 2023: 34,629 + 15 % × 40,740 = 6,111 → 40,740; 40,000 below.
    at = open_egh({"d": "2023-06-01", "gd": "1980-01-01", "v": "1"})
    eingabe(at, "eingliederungshilfe", "einkommen", "betrag_jahr").set_value(40000).run()
    eingabe(at, "person", "partner").set_value(True).run()
    eingabe(at, "eingliederungshilfe", "partner", "betrag_jahr").set_value(0).run()
    assert at.success[0].value.replace("\xa0", " ") == (
        "Einkommensgrenze 40.740,00 € im Jahr – kein Kostenbeitrag (0,00 € im Monat)"
    )
    # No partner: 40,000 − 34,629 = 5,371; 2 % = 107.42 → 100 €.
    eingabe(at, "person", "partner").set_value(False).run()
    assert "Kostenbeitrag: **100,00 € im Monat**" in at.warning[0].value.replace("\xa0", " ")


def test_schulbegleitung_alone_asks_neither_income_nor_assets() -> None:
    # § 138 Abs. 1 Nr. 4 and § 140 Abs. 3 SGB IX: Schmidt with 80,000 € assets pays nothing.
    at = open_egh()
    at.button(key="egh.beispiel.schmidt").click().run()
    at.multiselect(key=input_key(("eingliederungshilfe", "leistungen"))).set_value(
        ["schulbegleitung"]
    ).run()
    assert at.success[0].value.replace("\xa0", " ") == (
        "Kein Kostenbeitrag (0,00 € im Monat) und kein Einsatz von Vermögen"
    )
    assert not at.warning and not chart_specs(at, "chart.wasserfall", "chart.verlauf")
    assert input_key(("eingliederungshilfe", "vermoegen")) not in [w.key for w in at.number_input]
    # With Freizeitassistenz too, the 90 € are for that benefit alone.
    at.multiselect(key=input_key(("eingliederungshilfe", "leistungen"))).set_value(
        ["schulbegleitung", "assistenz_freizeit"]
    ).run()
    assert "Kostenbeitrag: **90,00 € im Monat**" in at.warning[0].value.replace("\xa0", " ")
    nur_fuer = next(i.value for i in at.info if "zählen nur für" in i.value)
    assert nur_fuer.endswith("- Freizeitassistenz")


def test_grundsicherung_assets_do_not_count_here() -> None:
    at = open_egh({"gd": "1990-01-01", "eg": "1", "ev": "12000", "v": "1"})
    text = shown(at)
    assert "Einkommen und Vermögen zählen für die Eingliederungshilfe nicht" in text
    assert "eigene Vermögensgrenzen" in text and "10.000" not in text


def test_boarding_school_shows_the_haeusliche_ersparnis() -> None:
    at = open_egh({"d": "2023-06-01", "gd": "2011-05-20", "el": "schulbegleitung", "v": "1"})
    assert "häusliche Ersparnis" not in shown(at)
    at.checkbox(key=input_key(("eingliederungshilfe", "einrichtung"))).check().run()
    box = next(i.value for i in at.info if "häusliche Ersparnis" in i.value)
    assert "kein Kostenbeitrag nach § 137 SGB IX" in box and "setzt der Träger fest" in box
    assert query(at)["et"] == "1"


def test_young_adult_with_seelische_behinderung_may_stay_with_the_jugendamt() -> None:
    # Born 1 Jan 2005, 19 on 1 Jun 2024: § 41 SGB VIII, as a rule until the 21st birthday.
    at = open_egh({"d": "2024-06-01", "gd": "2005-01-01", "eb": "seelisch", "v": "1"})
    text = shown(at)
    assert "Zuständig: **Jugendamt (Hilfe für junge Volljährige, § 41 SGB VIII)" in text
    assert "vor dem 21. Geburtstag" in text and "bis zum 27. Geburtstag" in text


def test_rent_income_is_offered_and_uses_75_percent() -> None:
    # § 136 Abs. 2 Satz 2 SGB IX, 2023: 75 % × 40,740 = 30,555; 31,055 is 500 over → 10 €.
    at = open_egh({"d": "2023-06-01", "gd": "1980-01-01", "pz": "0", "v": "1"})
    art = eingabe(at, "eingliederungshilfe", "einkommen", "art")
    assert "anderen Einkünften, z. B. Miete oder Kapitalerträge" in art.options
    eingabe(at, "eingliederungshilfe", "einkommen", "betrag_jahr").set_value(31055).run()
    eingabe(at, "eingliederungshilfe", "einkommen", "art").set_value("sonstige").run()
    assert "Kostenbeitrag: **10,00 € im Monat**" in at.warning[0].value.replace("\xa0", " ")


def test_household_questions_in_arabic() -> None:
    at = open_egh({"lang": "ar", "gd": "2015-01-01", "v": "1"})
    labels = [w.label for w in at.selectbox]
    assert "مع من يعيش الطفل؟" in labels
    adult = open_egh({"lang": "ar", "gd": "1980-01-01", "v": "1"})
    assert any("شريك حياة" in w.label for w in adult.selectbox)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_without_birth_date_it_asks_instead_of_assuming_an_adult(language: str) -> None:
    at = open_egh({"lang": language, "d": "2024-03-01", "eb": "koerperlich", "v": "1"})
    asked = Translator(language)("egh.geburtsdatum_fehlt")
    assert [i.value for i in at.info] == [asked]
    adult = Translator(language)("egh.beitrag.eltern_volljaehriger")
    assert adult not in shown(at) and not at.multiselect
    at.date_input(key=input_key(("person", "geburtsdatum"))).set_value(date(2015, 3, 15)).run()
    assert asked not in shown(at) and at.multiselect


# The audit's young adult (born 1.1.2005, 19 on 1.6.2024), Freizeitassistenz, 45,000 € own
# income, 80,000 € assets: the SGB IX answer was 170 € a month and 16,370 € of assets.
YOUNG_ADULT = {
    "d": "2024-06-01",
    "gd": "2005-01-01",
    "eb": "seelisch",
    "el": "assistenz_freizeit",
    "ee": "45000",
    "ek": "sv_beschaeftigung",
    "pz": "0",
    "ev": "80000",
    "v": "1",
}


@pytest.mark.parametrize("language", ["de", "ar"])
def test_young_adult_at_the_jugendamt_sees_the_sgb_viii_answer(language: str) -> None:
    tr = Translator(language)
    at = open_egh({**YOUNG_ADULT, "lang": language})
    text = shown(at)
    sgb8 = tr("egh.beitrag.sgb8_junge_volljaehrige")
    assert sgb8 in [i.value for i in at.info]
    # Who is responsible first, then what the Jugendamt asks; the SGB IX figures nowhere.
    traeger = tr("traeger.jugendamt_junge_volljaehrige")
    assert text.index(traeger) < text.index(sgb8)
    assert not at.warning and not chart_specs(at, "chart.wasserfall", "chart.verlauf")
    for figure in ("170", "16.370", "16,370", "63.630", "63,630"):
        assert figure not in text
    assert tr("step.egh.alle_frei") in text


OLD_LINK = {
    "d": "2023-06-01",
    "gd": "2015-01-01",
    "eb": "geistig",
    "e1": "60000",
    "a1": "sv_beschaeftigung",
    "k": "2",
    "v": "1",
}


@pytest.mark.parametrize("language", ["de", "ar"])
def test_old_link_asks_who_the_child_lives_with(language: str) -> None:
    # The old screen's link for "both parents, 60,000 € and 0 €" (the 0 € was dropped): it
    # reopens at 340 € (one parent: limit 42,777 €) and now says that this is an assumption.
    tr = Translator(language)
    at = open_egh({**OLD_LINK, "lang": language})
    notice, headline = (w.value.replace("\xa0", " ") for w in at.warning)
    assert tr("field.eltern.zusammenlebend") in notice
    assert tr("egh.eltern.einer") in notice
    assert ("340,00 €" if language == "de" else "340.00") in headline
    # The answer replaces the assumption: both parents → 65,184 € limit, nothing to pay.
    at.selectbox(key=input_key(("eltern", "zusammenlebend"))).set_value(True).run()
    assert not at.warning
    success = at.success[0].value.replace("\xa0", " ")
    assert ("65.184,00 €" if language == "de" else "65,184.00") in success
    assert ("(0,00 € " if language == "de" else "0.00") in success
    assert query(at)["ez"] == "1"

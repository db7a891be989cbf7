"""The deadline screen: presets, answers by hand, the downloads, both languages.

Expected dates: tests/engine/widerspruch/test_fristen.py (written out). Preset
"pflegegrad": posted Thu 30.4.2026 → Mon 4.5.2026 → Thu 4.6.2026 is Fronleichnam in NRW →
Fri 5.6.2026. Preset "zahnersatz": sent 2.12.2025 → Sat 6.12.2025 → one year → Mon 7.12.2026.
"""

import pytest
from app_session import open_app, query, visible_text
from streamlit.testing.v1 import AppTest

from ui.state import input_key


def open_widerspruch(params: dict[str, str] | None = None) -> AppTest:
    at = open_app({"lang": "de", "v": "1", **(params or {})})
    at.switch_page("screens/widerspruch.py").run()
    assert not at.exception, at.exception
    return at


def shown(at: AppTest) -> str:
    """Visible text and the letter preview, without the bidi isolates around terms."""
    text = "\n".join([visible_text(at), *(str(t.value) for t in at.get("text"))])
    return text.replace("\xa0", " ").replace("\u2068", "").replace("\u2069", "")


def test_pflegegrad_preset_fronleichnam_and_modules() -> None:
    at = open_widerspruch()
    at.button(key="wsp.beispiel.pflegegrad").click().run()
    text = shown(at)
    assert "bekannt gegeben am 4. Mai 2026" in text
    assert "Letzter Tag für den Widerspruch: 5. Juni 2026" in text
    assert "**[5]**" in text and "~~4~~" in text
    assert "Modul 4: Selbstversorgung" in text
    assert query(at)["zd"] == "2026-04-30" and query(at)["bl"] == "NW"
    # The letter's fields are typed, never in the link.
    at.text_input(key="wsp.brief.absender").input("Amira Beispiel").run()
    at.text_input(key="wsp.brief.aktenzeichen").input("PK-4711").run()
    assert "Amira" not in str(query(at))
    assert "Aktenzeichen PK-4711, Widerspruch ein." in shown(at)


def test_zahnersatz_preset_year_and_haertefall() -> None:
    at = open_widerspruch()
    at.button(key="wsp.beispiel.zahnersatz").click().run()
    text = shown(at)
    assert "bekannt gegeben am 6. Dezember 2025" in text
    assert "Letzter Tag für den Widerspruch: 7. Dezember 2026" in text
    assert "Belastungsgrenze für Zuzahlungen: 135,12 €" in text
    assert "Sie sind ein Härtefall" in text


def test_berlin_by_hand_keeps_fronleichnam_a_workday() -> None:
    at = open_widerspruch({"d": "2026-05-15", "zd": "2026-04-30", "bl": "BE"})
    assert "Letzter Tag für den Widerspruch: 4. Juni 2026" in shown(at)
    at.checkbox(key=input_key(("widerspruch", "belehrung_fehlt"))).check().run()
    assert "Letzter Tag für den Widerspruch: 4. Mai 2027" in shown(at)


def test_belastungsgrenze_by_hand() -> None:
    """2026: 40,000 − 7,119 − 2 × 9,756 = 13,369 → 2 % = 267.38 €."""
    at = open_widerspruch({"d": "2026-06-01", "ze": "40000", "zp": "1", "zk": "2"})
    assert "Belastungsgrenze für Zuzahlungen: 267,38 €" in shown(at)


def test_arabic_screen() -> None:
    at = open_widerspruch({"lang": "ar"})
    at.button(key="wsp.beispiel.pflegegrad").click().run()
    text = shown(at)
    assert "الموعد النهائي (Frist)" in text
    assert "آخر يوم للاعتراض (Widerspruch)" in text
    assert "ماذا تقول الرسالة" in text


def test_first_covered_bescheid_day() -> None:
    """Posted Sun 1.1.2023: 3rd day Wed 4.1.2023 → Sat 4.2.2023 → Mon 6.2.2023."""
    at = open_widerspruch({"d": "2026-01-10", "zd": "2023-01-01"})
    assert "Letzter Tag für den Widerspruch: 6. Februar 2023" in shown(at)


def test_wohnform_preset_zuzahlung_and_split() -> None:
    """Hilfsmittel 180 €: 10 % = 18 € → at most 10 €; 67.56 − 40 = 27.56 € to the limit;
    Wohnkosten 620 €, 450 € × 125 % = 562.50 € Lebensunterhalt, 57.50 € Fachleistung."""
    at = open_widerspruch()
    at.button(key="wsp.beispiel.wohnform").click().run()
    text = shown(at)
    assert "**Zuzahlung: 10,00 €.**" in text
    assert "noch 27,56 € bis zur Befreiung" in text
    assert "Lebensunterhalt (Grundsicherung) trägt: 562,50 € im Monat." in text
    assert "Fachleistung (Eingliederungshilfe) trägt darüber hinaus: 57,50 € im Monat." in text
    link = query(at)
    assert (link["zl"], link["zw"], link["jm"], link["wf"]) == (
        "hilfsmittel",
        "180",
        "620",
        "besondere_wohnform",
    )


def test_child_free_the_day_before_18_not_on_the_birthday() -> None:
    """Born 10.6.2008, Arzneimittel for 100 €: on 9.6.2026 (17) free; on 10.6.2026 (18)
    10 % = 10 €. A ride for 38 € costs 5 € even at 17 (§ 60 Abs. 2)."""
    params = {"gd": "2008-06-10", "zl": "arzneimittel", "zw": "100"}
    text = shown(open_widerspruch({**params, "d": "2026-06-09"}))
    assert "Keine Zuzahlung:** unter 18 Jahren befreit." in text
    assert "**Zuzahlung: 10,00 €.**" in shown(open_widerspruch({**params, "d": "2026-06-10"}))
    fahrt = open_widerspruch({"gd": "2008-06-10", "d": "2026-06-09"})
    fahrt.selectbox(key=input_key(("widerspruch", "zuzahlung", "leistung"))).select(
        "fahrkosten"
    ).run()
    fahrt.number_input(key=input_key(("widerspruch", "zuzahlung", "kosten"))).set_value(38).run()
    text = shown(fahrt)
    assert "**Zuzahlung: 5,00 €.**" in text
    assert "Fahrkosten zur ambulanten Behandlung" in text
    assert query(fahrt)["zl"] == "fahrkosten" and query(fahrt)["zw"] == "38"


def test_hospital_days_and_limit_reached_by_hand() -> None:
    """30 days in hospital: 10 € × 28 = 280 €; 300 € paid against 600 € (2 % of 30,000 €):
    300 € to go; 650 € paid: limit reached, 50 € back."""
    at = open_widerspruch(
        {"d": "2026-06-01", "ze": "30000", "zl": "krankenhaus", "zn": "30", "zj": "300"}
    )
    text = shown(at)
    assert "**Zuzahlung: 280,00 €.**" in text
    assert "noch 300,00 € bis zur Befreiung" in text
    at.number_input(key=input_key(("widerspruch", "zuzahlung", "bisher_jahr"))).set_value(650).run()
    assert "Belastungsgrenze 600,00 € erreicht" in shown(at)
    assert "50,00 € zu viel" in shown(at)


def test_wohnform_chosen_here_shares_the_work_answers() -> None:
    """Rent typed on the work screen (jm, jx) shows here once the Wohnform is chosen here:
    without separately shown costs at most the average 450 €, nothing for the EGH."""
    at = open_widerspruch({"d": "2026-06-01", "jm": "500", "jx": "450"})
    assert "Lebensunterhalt (Grundsicherung) trägt" not in shown(at)
    at.selectbox(key=input_key(("person", "wohnform"))).select("besondere_wohnform").run()
    text = shown(at)
    assert "Lebensunterhalt (Grundsicherung) trägt: 450,00 € im Monat." in text
    assert "darüber hinaus: 0,00 € im Monat." in text
    assert query(at)["wf"] == "besondere_wohnform" and query(at)["jm"] == "500"


def test_arabic_calculator_and_wohnform() -> None:
    at = open_widerspruch({"lang": "ar"})
    at.button(key="wsp.beispiel.wohnform").click().run()
    text = shown(at)
    assert "حساب المساهمة (Zuzahlung)" in text
    assert "المعيشة (Lebensunterhalt، Grundsicherung)" in text
    assert "الخدمة المتخصصة (Fachleistung، Eingliederungshilfe)" in text


def test_bescheid_posted_in_january_2027_gets_its_deadline() -> None:
    """Audit of issue 9, gap 3: posted Mon 25.1.2027 → 4th day Fri 29.1.2027 → February 2027
    has no 29th → Sun 28.2. → Mon 1.3.2027 (§ 37 Abs. 2 SGB X, § 64 Abs. 2, 3 SGG)."""
    at = open_widerspruch({"d": "2027-01-27", "zd": "2027-01-25"})
    text = shown(at)
    assert "bekannt gegeben am 29. Januar 2027" in text
    assert "Letzter Tag für den Widerspruch: 1. März 2027" in text
    # Only the Zuzahlung part keeps its own end (its 2027 values are not published).
    assert text.count("noch nicht berechnet") == 1
    assert "Belastungsgrenze bei Bürgergeld" in text
    arabic = shown(open_widerspruch({"lang": "ar", "d": "2027-01-27", "zd": "2027-01-25"}))
    assert "آخر يوم للاعتراض (Widerspruch)" in arabic and "2027" in arabic


@pytest.mark.parametrize(
    ("params", "de", "ar"),
    [
        ({"rs": "deutsch", "rk": "privat"}, "Sie sind privat krankenversichert", "Tarif"),
        (
            {"rs": "andere", "rt": "aufenthaltsgestattung", "rm": "20", "ra": "1", "rk": "asylblg"},
            "Mit Leistungen nach §§ 4, 6 AsylbLG zahlen Sie keine Zuzahlungen",
            "Behandlungsschein",
        ),
    ],
)
def test_no_zuzahlung_computed_for_the_privately_insured_or_under_the_asylblg(
    params: dict[str, str], de: str, ar: str
) -> None:
    """Audit of issue 11, gap 8: §§ 55, 61, 62 SGB V bind only the gesetzliche KV; the same
    household, gesetzlich versichert, has a Belastungsgrenze of 600 € (2 % of 30,000 €)."""
    base = {"d": "2026-06-01", "ze": "30000", "zl": "arzneimittel", "zw": "100"}
    text = shown(open_widerspruch({**base, **params}))
    assert de in text
    assert "Belastungsgrenze für Zuzahlungen:" not in text and "Zuzahlung: " not in text
    arabic = shown(open_widerspruch({**base, **params, "lang": "ar"}))
    assert ar in arabic and "(Zuzahlungen)" in arabic
    insured = shown(open_widerspruch({**base, "rs": "deutsch", "rk": "gesetzlich"}))
    assert "Belastungsgrenze für Zuzahlungen: 600,00 €" in insured


def test_card_from_the_sozialamt_pays_zuzahlungen_like_the_insured() -> None:
    """§ 264 Abs. 4 SGB V: Arzneimittel 100 € → 10 % = 10 € (§ 61 Satz 1 SGB V), limit
    600 € (2 % of 30,000 €); one line says why."""
    params = {"d": "2026-06-01", "ze": "30000", "zl": "arzneimittel", "zw": "100"}
    text = shown(open_widerspruch({**params, "rs": "andere", "rt": "duldung", "rk": "sozialamt"}))
    assert "wie gesetzlich Versicherte, bis zur selben Belastungsgrenze" in text
    assert "Belastungsgrenze für Zuzahlungen: 600,00 €" in text
    assert "**Zuzahlung: 10,00 €.**" in text

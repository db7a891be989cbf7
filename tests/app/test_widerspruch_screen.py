"""The deadline screen: presets, answers by hand, the downloads, both languages.

Expected dates: tests/engine/widerspruch/test_fristen.py (written out). Preset
"pflegegrad": posted Thu 30.4.2026 → Mon 4.5.2026 → Thu 4.6.2026 is Fronleichnam in NRW →
Fri 5.6.2026. Preset "zahnersatz": sent 2.12.2025 → Sat 6.12.2025 → one year → Mon 7.12.2026.
"""

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

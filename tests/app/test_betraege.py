"""The amounts screen: what is in force on the Rechtsstand date, with date and basis.

Expected values: shared/domain/parameters.md section 1 (Gemeinsamer Jahresbetrag 3,539 €
from 1 Jul 2025; Verhinderungspflege 1,685 € until 30 Jun 2025; three unverified 2025
values: Wohnumfeldverbesserung for several people, both Anschubfinanzierung amounts).
"""

import pytest
from app_session import open_app, visible_text


def open_betraege(language: str, day: str):
    at = open_app({"lang": language, "d": day})
    at.switch_page("screens/betraege.py").run()
    assert not at.exception
    return at


VP = "**Verhinderungspflege je Kalenderjahr**  \n1.685,00\xa0€ im Jahr · seit 1. Januar 2025"
GJB = (
    "**Gemeinsamer Jahresbetrag für Verhinderungs- und Kurzzeitpflege**  \n"
    "3.539,00\xa0€ im Jahr · seit 1. Juli 2025"
)


@pytest.mark.parametrize(
    ("day", "shown", "absent"),
    [("2025-06-30", VP, "Gemeinsamer Jahresbetrag"), ("2025-07-01", GJB, "Verhinderungspflege je")],
)
def test_amounts_follow_the_rechtsstand(day: str, shown: str, absent: str) -> None:
    text = visible_text(open_betraege("de", day))
    assert shown in text
    assert absent not in text


@pytest.mark.parametrize(
    ("day", "count"),
    # 2024-12-31: the unverified Landesblindengeld entries of BB (2), HB (2), NI and SN
    # (nachteilsausgleiche.toml); from 2025-01-01 four care amounts, and NI's 410 € gives way
    # to a verified 450 € while SH's 325 / 225 € begin: 4 + 2 + 2 + 1 + 2 = 11.
    [("2024-12-31", 6), ("2025-01-01", 11)],
)
def test_unverified_amounts_are_counted_and_marked(day: str, count: int) -> None:
    at = open_betraege("de", day)
    warnings = [w.value for w in at.warning]
    assert any(f"{count} Beträge sind noch nicht bestätigt" in w for w in warnings)
    assert visible_text(at).count("⚠ nicht bestätigt") == count


def test_arabic_amounts_use_the_arabic_pattern_and_german_terms() -> None:
    text = visible_text(open_betraege("ar", "2025-07-01"))
    assert (
        "مخصص الرعاية \u2068(Pflegegeld)\u2069 عند درجة الرعاية \u2068(Pflegegrad)\u2069 4" in text
    )
    assert "\u2068\u200f800.00\xa0€ شهريًا\u2069" in text
    assert "\u2068§\xa037 Abs.\xa01 Satz\xa03 SGB\xa0XI\u2069" in text


def test_sources_on_request() -> None:
    at = open_betraege("de", "2025-07-01")
    assert "Quelle:" not in visible_text(at)
    at.toggle(key="betraege.show_sources").set_value(True).run()
    assert "Quelle: BMG-Bekanntmachung der Leistungsbeträge ab 1.1.2025" in visible_text(at)


def test_every_area_lists_its_amounts() -> None:
    labels = [e.label for e in open_betraege("de", "2026-11-23").expander if "Wert" in e.label]
    assert labels == [
        "Pflegeversicherung (59 Werte)",
        "Krankenversicherung, SGB V (2 Werte)",
        "Sozialhilfe, SGB XII (11 Werte)",
        "Eingliederungshilfe (15 Werte)",
        "Aufenthalt und Asyl (8 Werte)",
        "Allgemein (1 Wert)",
        "Arbeit und Werkstatt (6 Werte)",
        "Grundsicherung und Bürgergeld (11 Werte)",
        "Erbe und Betreuung (10 Werte)",
        "Kinder, EStG und SGB V (14 Werte)",
        "Einkommensteuer, EStG (52 Werte)",
        "Nachteilsausgleiche: Wertmarke, Rundfunkbeitrag, Kfz-Steuer, Blindenhilfe (49 Werte)",
        "Widerspruch und Klage (4 Werte)",
        "Zuzahlungen und Zahnersatz (18 Werte)",
    ]

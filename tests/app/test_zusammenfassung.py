"""The summary PDF for three presets: its text carries the amounts, paragraphs, where to
apply, the Rechtsstand, the version, the day made and the link, in German and Arabic."""

import io
from datetime import date

import pytest
from pypdf import PdfReader
from test_uebersicht_screens import FAMILIE

from engine.scenario import Scenario
from engine.uebersicht.beispiele import BIBLIOTHEK
from ui.zusammenfassung import app_version, summary_pdf

ENTRIES = {e.key: e for e in BIBLIOTHEK}
MADE = date(2026, 11, 25)
LINK = "https://hilfen-check.example/uebersicht?lang=de&d=2026-06-01&g=2019-03-04&pg=3"


def pdf_text(key: str) -> str:
    entry = ENTRIES[key]
    data = summary_pdf(entry.scenario, entry.rechtsstand, MADE, LINK)
    assert data.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(data))
    # Extracted lines keep the no-break spaces and the Arabic isolates as written.
    text = "\n".join(page.extract_text() for page in reader.pages)
    return text.replace("\xa0", " ").replace("\u2068", "").replace("\u2069", "")


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        (
            "amira",
            [
                # § 37 Abs. 1 SGB XI PG 3, § 45b, § 40 Abs. 2 SGB XI (2025 onwards).
                "1. Pflegegeld: 599,00 € im Monat",
                "Rechtsgrundlage: § 37 Abs. 1 SGB XI",
                "Entlastungsbetrag: 131,00 € im Monat",
                "Rechtsgrundlage: § 45b Abs. 1 SGB XI",
                "Zahlt, Antrag bei: Pflegekasse",
                # 599 + 131 + 42 + Kindergeld 259 (§ 66 Abs. 1 EStG, 2026) = 1,031
                "Leistungen jeden Monat zusammen, abzüglich Kostenbeiträge: 1.031,00 €",
                "Kindergeld: 259,00 € im Monat",
                "Rechtsstand: 1. Juni 2026",
                "Geboren am 4. März 2019, am Rechtsstand 7 Jahre alt",
                "Merkzeichen: G (erheblich gehbehindert), H (hilflos)",
            ],
        ),
        (
            "schmidt",
            [
                # (70,000 − 65,184) × 2 % = 96.32 → 90 € (§ 137 SGB IX, Ratgeber C V 3).
                "Kostenbeitrag zur Eingliederungshilfe: 90,00 € im Monat",
                "Rechtsgrundlage: § 137 SGB IX",
                "Freizeitassistenz: mit Kostenbeitrag aus dem Einkommen",
                "Rechtsgrundlage: § 78 Abs. 1 SGB IX",
                "Ab dem 18. Geburtstag am 20. Mai 2029",
                # Kindergeld 250 € (2023) − 90 € = 160 €
                "abzüglich Kostenbeiträge: 160,00 €",
                "Rechtsstand: 1. Juni 2023",
            ],
        ),
        (
            "lena",
            [
                # § 43a SGB XI: 15 % of the fee, at most 278 € (2025 onwards).
                "Pflege in der besonderen Wohnform: 278,00 € im Monat",
                "Rechtsgrundlage: § 43a Satz 1–3 SGB XI",
                "Werkstatt für behinderte Menschen: kostenfrei",
                "Rechtsgrundlage: § 58 SGB IX",
                "Wohnform: besondere Wohnform",
            ],
        ),
        (
            "widerspruch_zahnersatz",
            [
                # Sent electronically Tue 2.12.2025 → Sat 6.12.2025 (4th day); no
                # Belehrung: one year → Sun 6.12.2026 → Mon 7.12.2026 (§ 64 Abs. 3 SGG).
                "1. Widerspruch gegen den Bescheid: Frist",
                "Letzter Tag: 7. Dezember 2026.",
                "Rechtsgrundlage: § 66 Abs. 2 SGG",
                # 2 % of 12 × 563 € (RBS 1, 2026) = 135.12 € (§ 62 Abs. 2 Satz 5, 6 SGB V).
                "Zuzahlungen höchstens im Jahr (Belastungsgrenze, § 62 SGB V): 135,12 € im Jahr",
                "(Härtefall, § 55 Abs. 2 SGB V): kostenfrei",
            ],
        ),
        (
            "kemal",
            [
                # RBS 3 451 € (2026), 35 % = 157.85 € (§ 20, § 21 Abs. 4 SGB II).
                "Jobcenter): 451,00 € im Monat",
                "3. Bürgergeld: Mehrbedarf 35 % bei Teilhabe am Arbeitsleben",
                "Zahlt, Antrag bei: Jobcenter (setzt den Zahlbetrag fest)",
                # Only the Kindergeld of 259 € (2026) is in the month's total.
                "abzüglich Kostenbeiträge: 259,00 €",
            ],
        ),
    ],
)
def test_german_for_the_office(key: str, expected: list[str]) -> None:
    text = pdf_text(key)
    for line in expected:
        assert line in text, line
    assert f"Hilfen-Check {app_version()} · erstellt am 25. November 2026" in text
    assert LINK in text


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("amira", ["Pflegegeld", "§ 37 Abs. 1 SGB XI", "(Pflegekasse)", "€ 599.00"]),
        ("schmidt", ["Kostenbeitrag", "§ 137 SGB IX", "€ 90.00", "(Eingliederungshilfe)"]),
        ("lena", ["(besondere Wohnform)", "§ 43a Satz 1–3 SGB XI", "€ 278.00", "Werkstatt"]),
        ("widerspruch_zahnersatz", ["Widerspruch", "(Frist)", "§ 66 Abs. 2 SGG", "€ 135.12"]),
        ("kemal", ["Bürgergeld", "(Jobcenter)", "€ 451.00", "€ 157.85"]),
    ],
)
def test_arabic_after_each_item(key: str, expected: list[str]) -> None:
    """Arabic words come out of the PDF in visual order (pypdf), so the euro sign stands
    left of the amount; the German terms and paragraphs inside stay whole."""
    text = pdf_text(key).replace("\u200f", "")
    assert "ملخص" in text and "الرسمية" in text
    for part in expected:
        assert part in text, part


def test_nothing_answered_yet_says_so() -> None:
    data = summary_pdf(Scenario(), date(2026, 6, 1), MADE, LINK)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Keine Angaben zum Haushalt." in text
    assert "Noch keine Ergebnisse" in text


def test_an_excluded_benefit_is_a_no_line_with_what_instead() -> None:
    """Issue 11's family (Aufenthaltsgestattung, 20 months, AsylbLG, child 6 with PG 3) on
    1.3.2025: the Pflegekasse's benefits are excluded (§ 1 Abs. 2 SGB XI), the card says
    what instead (§§ 4, 6 AsylbLG at the Sozialamt, 36 − 20 = 16 months to the
    Analogleistungen) in German and Arabic, and the month's total is 0 € instead of
    599 + 255 + 131 + 42 = 1,027 €."""
    data = summary_pdf(FAMILIE, date(2025, 3, 1), MADE, LINK)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    text = text.replace("\xa0", " ").replace("\u2068", "").replace("\u2069", "")
    flat = " ".join(text.split())
    for part in (
        "1. Leistungen der Pflegekasse (Pflegegeld, Entlastungsbetrag und weitere): kein Anspruch",
        "Rechtsgrundlage: § 1 Abs. 2 SGB XI",
        "im Einzelfall, was zur Sicherung der Gesundheit unerlässlich ist (§ 6 AsylbLG)",
        "bei Ihnen fehlen noch 16 Monate",
        "abzüglich Kostenbeiträge: 0,00 €",
    ):
        assert part in flat, part
    # Arabic in visual order (pypdf): "لا يوجد استحقاق" (kein Anspruch) reads reversed.
    arabic = flat.split("الأسرة بيانات", 1)[1]
    for part in ("Pflegekasse)", "استحقاق يوجد", "§ 6 AsylbLG", "شهرًا 16"):
        assert part in arabic, part
    assert "599,00 €" not in flat

"""The letter for the two presets: its key fields, checked by hand."""

from datetime import date

import pytest

from engine.evaluate import evaluate_widerspruch
from engine.widerspruch.beispiele import BEISPIELE
from engine.widerspruch.brief import Briefdaten, widerspruchsbrief


def brief(name: str) -> tuple[str, object]:
    beispiel = BEISPIELE[name]
    result = evaluate_widerspruch(beispiel.scenario, beispiel.rechtsstand)
    teil = beispiel.scenario.widerspruch
    daten = Briefdaten(
        absender="Amira Beispiel",
        adresse="Musterstraße 1, 50667 Köln",
        behoerde="AOK Pflegekasse",
        aktenzeichen="PK-4711",
        bescheid_vom=teil.bescheid_datum,
        ort_datum="Köln, 20.05.2026",
        rechtsbehelf=teil.rechtsbehelf,
        bescheid_grad=beispiel.scenario.person.pflegegrad,
        selbst_grad=result.selbst_pflegegrad,
        module=result.module,
    )
    return widerspruchsbrief(daten), result


def test_pflegegrad_letter_names_the_modules() -> None:
    """Bescheid: Pflegegrad 2 (30.4.2026); self-assessment with modules 1, 2, 4 answered."""
    text, result = brief("pflegegrad")
    assert "Widerspruch gegen Ihren Bescheid vom 30.04.2026" in text
    assert "Aktenzeichen PK-4711, Widerspruch ein." in text
    assert "Die Begründung folgt gesondert." in text
    assert "Akteneinsicht (§ 25 SGB X)" in text
    assert result.selbst_pflegegrad > 2
    assert "Der Bescheid stellt Pflegegrad 2 fest." in text
    assert f"ergibt sich Pflegegrad {result.selbst_pflegegrad}." in text
    assert "- Modul 4 (Selbstversorgung)" in text
    assert "- Modul 2 (Kognitive und kommunikative Fähigkeiten)" in text
    assert result.frist.ende.value.value == date(2026, 6, 5)  # Fronleichnam in NRW


def test_zahnersatz_letter_has_no_modules_and_a_year() -> None:
    """Sent electronically 2.12.2025 → 4th day Sat 6.12.2025; no Belehrung: one year →
    Sun 6.12.2026 → Mon 7.12.2026."""
    text, result = brief("zahnersatz")
    assert "Widerspruch gegen Ihren Bescheid vom 02.12.2025" in text
    assert "Modul" not in text
    assert result.frist.bekanntgabe.value.value == date(2025, 12, 6)
    assert result.frist.ende.value.value == date(2026, 12, 7)
    assert result.zahnersatz.haertefall.value is True
    assert str(result.belastungsgrenze.value.amount) == "135.12"


@pytest.mark.parametrize("name", sorted(BEISPIELE))
def test_letter_keeps_no_data(name: str) -> None:
    """The typed names are not part of the scenario (nothing stored, nothing in a link)."""
    assert "Amira" not in BEISPIELE[name].scenario.model_dump_json()


def test_no_modules_when_the_bescheid_grade_is_reached() -> None:
    """The preset's self-assessment reaches Pflegegrad 3: a Bescheid with 3 (or 4) leaves
    nothing to name; with 2 the counted modules with points, highest first."""
    beispiel = BEISPIELE["pflegegrad"]
    selbst = evaluate_widerspruch(beispiel.scenario, beispiel.rechtsstand)
    assert selbst.selbst_pflegegrad == 3
    assert selbst.module == (4, 2, 1)
    for grad in (3, 4):
        scenario = beispiel.scenario.with_value(("person", "pflegegrad"), grad)
        assert evaluate_widerspruch(scenario, beispiel.rechtsstand).module == ()

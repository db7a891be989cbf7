"""The Widerspruch letter: a German text built from the typed data (never stored).

"Widerspruch; Begründung folgt" keeps the deadline (§ 84 Abs. 1 SGG asks only for the
Widerspruch in writing within the month); the request for the file rests on § 25 SGB X
(Akteneinsicht). For the Pflegegrad the letter names the modules where the family's
self-assessment (engine/pflege/begutachtung.py) scores more than the Bescheid's grade.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from engine.pflege.begutachtung import Begutachtungsergebnis
from engine.widerspruch.fristen import Rechtsbehelf

MODULNAMEN = {
    1: "Modul 1 (Mobilität)",
    2: "Modul 2 (Kognitive und kommunikative Fähigkeiten)",
    3: "Modul 3 (Verhaltensweisen und psychische Problemlagen)",
    4: "Modul 4 (Selbstversorgung)",
    5: "Modul 5 (Bewältigung von und selbständiger Umgang mit krankheits- oder "
    "therapiebedingten Anforderungen und Belastungen)",
    6: "Modul 6 (Gestaltung des Alltagslebens und sozialer Kontakte)",
}


def abweichende_module(
    bescheid_grad: int | None, selbsteinschaetzung: Begutachtungsergebnis | None
) -> tuple[int, ...]:
    """The modules to name (§ 15 Abs. 2 SGB XI, Anlage 1): when the self-assessment reaches
    a higher grade than the Bescheid, every counted module that scores points in it, the
    highest weighted points first; otherwise none."""
    if selbsteinschaetzung is None or selbsteinschaetzung.pflegegrad is None:
        return ()
    if bescheid_grad is not None and selbsteinschaetzung.pflegegrad <= bescheid_grad:
        return ()
    module = [m for m in selbsteinschaetzung.module if m.gezaehlt and m.gewichtete_punkte > 0]
    module.sort(key=lambda m: (-m.gewichtete_punkte, m.modul))
    return tuple(m.modul for m in module)


@dataclass(frozen=True)
class Briefdaten:
    """What the family types on the screen for the letter (kept only for this run)."""

    absender: str
    adresse: str
    behoerde: str
    aktenzeichen: str
    bescheid_vom: date
    ort_datum: str
    rechtsbehelf: Rechtsbehelf
    bescheid_grad: int | None = None
    selbst_grad: int | None = None
    module: tuple[int, ...] = ()


def _de(tag: date) -> str:
    return tag.strftime("%d.%m.%Y")


def widerspruchsbrief(daten: Briefdaten) -> str:
    """The letter as plain text, ready to print and sign (§ 84 Abs. 1 SGG: schriftlich)."""
    gegenstand = "Widerspruchsbescheid" if daten.rechtsbehelf is Rechtsbehelf.klage else "Bescheid"
    zeilen = [
        daten.absender,
        daten.adresse,
        "",
        daten.behoerde,
        "",
        daten.ort_datum,
        "",
        f"Aktenzeichen: {daten.aktenzeichen}",
        f"Widerspruch gegen Ihren {gegenstand} vom {_de(daten.bescheid_vom)}",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        f"hiermit lege ich gegen Ihren {gegenstand} vom {_de(daten.bescheid_vom)}, "
        f"Aktenzeichen {daten.aktenzeichen}, Widerspruch ein.",
        "",
        "Die Begründung folgt gesondert.",
        "",
        "Zugleich beantrage ich Akteneinsicht (§ 25 SGB X). Bitte senden Sie mir eine Kopie "
        "der vollständigen Verwaltungsakte, insbesondere aller Gutachten und Stellungnahmen, "
        "die der Entscheidung zugrunde liegen.",
    ]
    if daten.module:
        zeilen += [
            "",
            f"Der Bescheid stellt Pflegegrad {daten.bescheid_grad} fest. Nach unserer eigenen "
            f"Einschätzung mit dem Begutachtungsinstrument (§ 15 SGB XI) ergibt sich "
            f"Pflegegrad {daten.selbst_grad}. Die Abweichungen betreffen insbesondere:",
            *(f"- {MODULNAMEN[m]}" for m in daten.module),
            "Ich bitte, das Gutachten in diesen Modulen zu überprüfen.",
        ]
    zeilen += [
        "",
        "Bitte bestätigen Sie mir den Eingang dieses Widerspruchs.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "",
        "(Unterschrift)",
        daten.absender,
        "",
    ]
    return "\n".join(zeilen)

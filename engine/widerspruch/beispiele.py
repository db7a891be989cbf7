"""Example families for the deadline screen (engine.md rule 10), with their Rechtsstand.

Names and file numbers for the letter are not part of a preset: the family types them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engine.arbeit.scenario import Arbeit
from engine.household import Bundesland, Merkzeichen, Person, Wohnform
from engine.pflege.scenario import Begutachtung, Pflege
from engine.scenario import Scenario
from engine.widerspruch.fristen import Zugang
from engine.widerspruch.scenario import Leistungsart, Thema, Widerspruch, Zuzahlung


@dataclass(frozen=True)
class Beispiel:
    scenario: Scenario
    rechtsstand: date


# Modules 4 (Selbstversorgung) and 2 (Kognition) answered "überwiegend unselbständig".
_SELBSTEINSCHAETZUNG = Begutachtung(
    antworten={
        **{f"4.{n}": 2 for n in range(1, 12)},
        **{f"2.{n}": 2 for n in range(1, 12)},
        **{f"1.{n}": 1 for n in range(1, 6)},
    }
)

BEISPIELE: dict[str, Beispiel] = {
    # Pflegekasse in NRW grants Pflegegrad 2, posted Thu 30.4.2026; the family's own
    # assessment reaches a higher grade. Deadline: Bekanntgabe Mon 4.5.2026, one month →
    # Thu 4.6.2026 is Fronleichnam in NRW → Fri 5.6.2026.
    "pflegegrad": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(2015, 3, 1), pflegegrad=2, bundesland=Bundesland.NW),
            pflege=Pflege(begutachtung=_SELBSTEINSCHAETZUNG),
            widerspruch=Widerspruch(bescheid_datum=date(2026, 4, 30), thema=Thema.pflegegrad),
        ),
        date(2026, 5, 15),
    ),
    # Krankenkasse in Berlin refuses the Zahnersatz Härtefall to a woman on Grundsicherung;
    # the Bescheid, sent electronically Tue 2.12.2025, has no Rechtsbehelfsbelehrung: one
    # year from Sat 6.12.2025 → Sun 6.12.2026 → Mon 7.12.2026.
    "zahnersatz": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(1980, 7, 1), bundesland=Bundesland.BE),
            widerspruch=Widerspruch(
                bescheid_datum=date(2025, 12, 2),
                zugang=Zugang.elektronisch,
                belehrung_fehlt=True,
                zuzahlung=Zuzahlung(brutto_jahr=Decimal(6756), existenzsichernd=True),
            ),
        ),
        date(2026, 1, 10),
    ),
    # A young man with Merkzeichen aG on Grundsicherung, chronisch krank, lives in a
    # besondere Wohnform in Hessen: Wohnkosten 620 €, average warm rent 450 €, additional
    # costs shown in the contract → Lebensunterhalt up to 125 % = 562.50 €, the
    # Eingliederungshilfe pays 57.50 €. A wheelchair cushion for 180 € costs him 10 €
    # (10 % = 18 €, at most 10 €); 40 € paid so far against 67.56 € → 27.56 € to go.
    "wohnform": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(2000, 9, 15),
                pflegegrad=3,
                wohnform=Wohnform.besondere_wohnform,
                merkzeichen=(Merkzeichen.aG,),
                bundesland=Bundesland.HE,
            ),
            arbeit=Arbeit(
                miete=Decimal(620),
                warmmiete_durchschnitt=Decimal(450),
                zuschlaege_nachgewiesen=True,
            ),
            widerspruch=Widerspruch(
                zuzahlung=Zuzahlung(
                    existenzsichernd=True,
                    chronisch=True,
                    leistung=Leistungsart.hilfsmittel,
                    kosten=Decimal(180),
                    bisher_jahr=Decimal(40),
                )
            ),
        ),
        date(2026, 3, 1),
    ),
}

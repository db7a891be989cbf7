"""Workshop presets for the work screen (engine.md rule 10): three young adults.

Each is set in 2026 (Rechtsstand 1.3.2026): RBS 1 563 €, RBS 2 506 €, lunch 4.57 € a day,
Grundbetrag 133 €.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.household import Einkommen, Einkunftsart, Eltern, Merkzeichen, Person, Wohnform
from engine.scenario import Scenario

RECHTSSTAND = date(2026, 3, 1)


@dataclass(frozen=True)
class Beispiel:
    scenario: Scenario
    rechtsstand: date


BEISPIELE: dict[str, Beispiel] = {
    # Jonas, 19, Berufsbildungsbereich, lives with his parents (3 people, no rent contract):
    # 563 + 19 × 4.57 = 86.83 + KdU (600 − 500) + 120 × 100 / 600 = 120 → need 769.83;
    # Ausbildungsgeld 133 counts in full → Grundsicherung 636.83 €.
    "berufsbildung": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(2006, 10, 1), wohnform=Wohnform.zuhause),
            eltern=Eltern(
                elternteil_1=Einkommen(
                    betrag_jahr=Decimal(58000), art=Einkunftsart.sv_beschaeftigung
                ),
                elternteil_2=Einkommen(
                    betrag_jahr=Decimal(24000), art=Einkunftsart.sv_beschaeftigung
                ),
                zusammenlebend=True,
            ),
            arbeit=Arbeit(
                weg=Arbeitsweg.werkstatt_berufsbildung,
                mittagessen_tage=19,
                bei_eltern=True,
                personen_haushalt=3,
                kdu_angemessen=Decimal(600),
                kdu_angemessen_ohne=Decimal(500),
                heizkosten=Decimal(120),
            ),
        ),
        RECHTSSTAND,
    ),
    # Aylin, 30, Arbeitsbereich since 1.9.2015, Merkzeichen G, own flat (warm 480 €):
    # Entgelt 133 + 120 = 253, AFöG 52; need 563 + 95.71 + 20 × 4.57 = 91.40 + 480 =
    # 1,230.11; deduction 70.38 + (253 − 70.38) / 2 = 161.69, counted 91.31 →
    # Grundsicherung 1,138.80 €.
    "arbeitsbereich": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(1995, 6, 12),
                wohnform=Wohnform.zuhause,
                gdb=70,
                merkzeichen=(Merkzeichen.G,),
            ),
            arbeit=Arbeit(
                weg=Arbeitsweg.werkstatt_arbeitsbereich,
                werkstatt_seit=date(2015, 9, 1),
                steigerungsbetrag=Decimal(120),
                mittagessen_tage=20,
                miete=Decimal(480),
            ),
        ),
        RECHTSSTAND,
    ),
    # Marek, 26, Budget für Arbeit, voll erwerbsgemindert, own flat (warm 520 €), net pay
    # 1,100 €: 30 % = 330, capped at 281.50 → counted 818.50; need 563 + 520 = 1,083 →
    # Grundsicherung 264.50 €.
    "budget": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(1999, 11, 20), wohnform=Wohnform.zuhause, gdb=50),
            arbeit=Arbeit(
                weg=Arbeitsweg.budget_fuer_arbeit,
                erwerbsfaehig=False,
                arbeitsentgelt=Decimal(1100),
                miete=Decimal(520),
            ),
        ),
        RECHTSSTAND,
    ),
}

"""Example families for workshops, tests and screenshots (engine.md rule 10), issue 15."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engine.household import Bundesland, Merkzeichen, Person, Wohnform
from engine.nachteilsausgleiche.scenario import Steuern, Veranlagung
from engine.scenario import Scenario


@dataclass(frozen=True)
class Beispiel:
    scenario: Scenario
    rechtsstand: date


BEISPIELE: dict[str, Beispiel] = {
    # Parents, married, taxable income 60,000 €, caring at home for their son (10) with
    # GdB 100, H and B, Pflegegrad 4. Saves 3,272 € income tax in 2025.
    "eltern": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(2015, 3, 1),
                pflegegrad=4,
                wohnform=Wohnform.zuhause,
                gdb=100,
                merkzeichen=(Merkzeichen.H, Merkzeichen.B),
                bundesland=Bundesland.NW,
            ),
            steuern=Steuern(
                einkommen=Decimal(60000),
                zusammenveranlagung=True,
                veranlagung=Veranlagung.eltern,
                kinder=1,
                pflege_zuhause=True,
                pflegepersonen_im_haushalt=2,
            ),
        ),
        date(2025, 6, 1),
    ),
    # An adult (45), single, GdB 80 with G, who drives: taxable income 40,000 €, car tax
    # 240 € a year. Pauschbetrag 2,120 €; Kfz-Steuer 50 % (120 €) or the Wertmarke.
    "fahrer": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(1981, 5, 20),
                wohnform=Wohnform.zuhause,
                gdb=80,
                merkzeichen=(Merkzeichen.G,),
                bundesland=Bundesland.HE,
            ),
            steuern=Steuern(einkommen=Decimal(40000), kfz_steuer=Decimal(240)),
        ),
        date(2026, 1, 15),
    ),
    # A blind adult (62) in Bavaria, single, GdB 100, H, Bl, RF, B (in the Ausweis order);
    # taxable income 25,000 €.
    # Bayerisches Blindengeld 776 € a month from 1.7.2025, Blindenhilfe top-up 137.19 €.
    "blind_bayern": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(1963, 9, 9),
                wohnform=Wohnform.zuhause,
                gdb=100,
                merkzeichen=(Merkzeichen.H, Merkzeichen.Bl, Merkzeichen.RF, Merkzeichen.B),
                bundesland=Bundesland.BY,
            ),
            steuern=Steuern(einkommen=Decimal(25000)),
        ),
        date(2025, 9, 1),
    ),
}

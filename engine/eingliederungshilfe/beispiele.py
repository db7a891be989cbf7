"""Example families for workshops, tests and screenshots (engine.md rule 10).

The two families of the Ratgeber's income-limit examples (Kapitel C V 3), with the
Rechtsstand they are set in: benefits in 2023, income of 2021.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engine.eingliederungshilfe.scenario import Behinderungsart, EghLeistung, Eingliederungshilfe
from engine.household import Einkommen, Einkunftsart, Eltern, Person, Wohnform
from engine.scenario import Scenario


@dataclass(frozen=True)
class Beispiel:
    scenario: Scenario
    rechtsstand: date


BEISPIELE: dict[str, Beispiel] = {
    # Leon Meier, 14, körperliche Behinderung, needs Leistungen zur Mobilität in 2023; his
    # single mother earned 35,000 € in 2021 (not sv-pflichtig); his brother Max lives with
    # them. Limit 38,703 €, no contribution.
    "meier": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(2009, 3, 15), wohnform=Wohnform.zuhause),
            eltern=Eltern(
                elternteil_1=Einkommen(
                    betrag_jahr=Decimal(35000), art=Einkunftsart.nicht_sv_beschaeftigung
                ),
                kinder_im_haushalt=2,
                zusammenlebend=False,
            ),
            eingliederungshilfe=Eingliederungshilfe(
                behinderungsart=Behinderungsart.koerperlich,
                leistungen=(EghLeistung.mobilitaet,),
            ),
        ),
        date(2023, 6, 1),
    ),
    # Mia Schmidt, 12, geistige Behinderung, needs Freizeitassistenz for a theatre workshop in
    # 2023; mother 50,000 € self-employed, father 20,000 € employed (2021), five minor
    # children. Limit 65,184 €, 90 € a month.
    "schmidt": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(2011, 5, 20), wohnform=Wohnform.zuhause),
            eltern=Eltern(
                elternteil_1=Einkommen(betrag_jahr=Decimal(50000), art=Einkunftsart.selbstaendig),
                elternteil_2=Einkommen(
                    betrag_jahr=Decimal(20000), art=Einkunftsart.sv_beschaeftigung
                ),
                kinder_im_haushalt=5,
                zusammenlebend=True,
            ),
            eingliederungshilfe=Eingliederungshilfe(
                behinderungsart=Behinderungsart.geistig,
                leistungen=(EghLeistung.assistenz_freizeit,),
            ),
        ),
        date(2023, 6, 1),
    ),
}

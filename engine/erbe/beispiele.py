"""Workshop families for the inheritance screen (engine.md rule 10), with their Rechtsstand.

- "eltern": married parents (Zugewinngemeinschaft) with two children; their son, 30, lives
  in a besondere Wohnform and receives Grundsicherung (1,300 € a month) beside
  Eingliederungshilfe. The estate of the parent who dies first: 300,000 €.
- "mutter": a single mother whose daughter, 19, lives at home and receives Eingliederungshilfe
  alone (Assistenz, 2,000 € a month). Her estate: 120,000 €.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from engine.eingliederungshilfe.beispiele import Beispiel
from engine.eingliederungshilfe.scenario import Eingliederungshilfe
from engine.erbe.scenario import Erbe, Programm
from engine.household import Person, Wohnform
from engine.scenario import Scenario

BEISPIELE: dict[str, Beispiel] = {
    "eltern": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(1996, 3, 10),
                wohnform=Wohnform.besondere_wohnform,
                partner=False,
            ),
            eingliederungshilfe=Eingliederungshilfe(existenzsichernd=True),
            erbe=Erbe(
                nachlass=Decimal(300000),
                ehegatte=True,
                kinder=2,
                programm=Programm.sozialhilfe,
                leistungen_monat=Decimal(1300),
                vollmacht_moeglich=False,
            ),
        ),
        date(2026, 6, 1),
    ),
    "mutter": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(2007, 2, 1), wohnform=Wohnform.zuhause, partner=False),
            erbe=Erbe(
                nachlass=Decimal(120000),
                ehegatte=False,
                kinder=1,
                programm=Programm.eingliederungshilfe,
                leistungen_monat=Decimal(2000),
            ),
        ),
        date(2026, 6, 1),
    ),
}

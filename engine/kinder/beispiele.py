"""Example families of the children's screen for workshops, tests and screenshots
(engine.md rule 10), after situations of the Ratgeber (Kapitel F, N, A XI), in 2026."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from engine.eingliederungshilfe.beispiele import Beispiel
from engine.eingliederungshilfe.scenario import Behinderungsart, EghLeistung, Eingliederungshilfe
from engine.household import Eltern, Merkzeichen, Person, Wohnform
from engine.kinder.scenario import Kinder
from engine.scenario import Scenario

RECHTSSTAND = date(2026, 6, 1)

BEISPIELE: dict[str, Beispiel] = {
    # A baby of six months with Pflegegrad 2, Frühförderung at home; parents together, two
    # children. Kinderkrankengeld 2 × 15 = 30 days per parent (§ 45 Abs. 2a SGB V).
    "baby": Beispiel(
        Scenario(
            person=Person(geburtsdatum=date(2025, 12, 1), pflegegrad=2, wohnform=Wohnform.zuhause),
            eltern=Eltern(kinder_im_haushalt=2, zusammenlebend=True),
            eingliederungshilfe=Eingliederungshilfe(
                behinderungsart=Behinderungsart.koerperlich,
                leistungen=(EghLeistung.heilpaedagogische_leistungen,),
                vor_einschulung=True,
            ),
            kinder=Kinder(auf_hilfe_angewiesen=True, pflegegeld=True),
        ),
        RECHTSSTAND,
    ),
    # A 7-year-old with a geistige Behinderung at school since 1.8.2025 with a
    # Schulbegleitung (§ 112 SGB IX, free); single mother, one child: 30 days.
    "schulkind": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(2019, 1, 15), pflegegrad=3, gdb=60, wohnform=Wohnform.zuhause
            ),
            eltern=Eltern(kinder_im_haushalt=1, zusammenlebend=False),
            eingliederungshilfe=Eingliederungshilfe(
                behinderungsart=Behinderungsart.geistig,
                leistungen=(EghLeistung.schulbegleitung,),
            ),
            kinder=Kinder(einschulung=date(2025, 8, 1), auf_hilfe_angewiesen=True),
        ),
        RECHTSSTAND,
    ),
    # A 24-year-old living with the parents, working in a Werkstatt (300 € a month), on
    # Grundsicherung (700 €), Pflegegrad 3 with Pflegegeld (599 €), GdB 100 with H.
    # Need 1,029.00 + 616.67 + 599.00 = 2,244.67 > means 300 + 700 + 599 = 1,599 → 259 €.
    "werkstatt": Beispiel(
        Scenario(
            person=Person(
                geburtsdatum=date(2002, 5, 20),
                pflegegrad=3,
                gdb=100,
                merkzeichen=(Merkzeichen.G, Merkzeichen.H),
                wohnform=Wohnform.zuhause,
            ),
            eltern=Eltern(kinder_im_haushalt=1, zusammenlebend=True),
            eingliederungshilfe=Eingliederungshilfe(
                behinderungsart=Behinderungsart.geistig,
                leistungen=(EghLeistung.werkstatt,),
            ),
            kinder=Kinder(
                auf_hilfe_angewiesen=True,
                behinderung_vor_25=True,
                einkommen_monat=Decimal(300),
                grundsicherung_monat=Decimal(700),
                pflegegeld=True,
            ),
        ),
        RECHTSSTAND,
    ),
}

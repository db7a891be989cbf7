"""The workshop library: every screen's presets in one place, grouped by life situation.

Each entry names a household, the Rechtsstand it is set in, a one-line story (message key
``bibliothek.story.<key>``) and the screens it opens filled in. An area adds its presets
here with its own group and story; the households below are the overview's own, each
touching several areas.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from engine.arbeit.beispiele import BEISPIELE as ARBEIT_BEISPIELE
from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.eingliederungshilfe.beispiele import BEISPIELE as EGH_BEISPIELE
from engine.eingliederungshilfe.scenario import Behinderungsart, EghLeistung, Eingliederungshilfe
from engine.erbe.beispiele import BEISPIELE as ERBE_BEISPIELE
from engine.household import Einkommen, Einkunftsart, Eltern, Merkzeichen, Person, Wohnform
from engine.kinder.beispiele import BEISPIELE as KINDER_BEISPIELE
from engine.nachteilsausgleiche.beispiele import BEISPIELE as STEUERN_BEISPIELE
from engine.scenario import Scenario
from engine.widerspruch.beispiele import BEISPIELE as WIDERSPRUCH_BEISPIELE

# Life situations, in the order the library shows them.
GRUPPEN = ("kind", "jugend", "erwachsen")


@dataclass(frozen=True)
class Eintrag:
    key: str
    gruppe: str
    scenario: Scenario
    rechtsstand: date
    seiten: tuple[str, ...]  # page files, the first is opened by the entry


PFLEGE = "screens/pflege.py"
EGH = "screens/eingliederungshilfe.py"
UEBERSICHT = "screens/uebersicht.py"

# Amira, 7, Pflegegrad 3 at home, GdB 80 with G and H; her parents ask what care brings
# in 2026: Pflegegeld 599 €, Entlastungsbetrag 131 €, Pflegehilfsmittel 42 € a month.
AMIRA = Scenario(
    person=Person(
        geburtsdatum=date(2019, 3, 4),
        pflegegrad=3,
        wohnform=Wohnform.zuhause,
        gdb=80,
        merkzeichen=(Merkzeichen.G, Merkzeichen.H),
    ),
)
# Yusuf, 17, Pflegegrad 2, körperlich behindert, wants Freizeitassistenz; parents earn
# 40,000 € and 25,000 € (2025). His 18th birthday on 10 February 2027 changes who pays.
YUSUF = Scenario(
    person=Person(geburtsdatum=date(2009, 2, 10), pflegegrad=2, wohnform=Wohnform.zuhause),
    eltern=Eltern(
        elternteil_1=Einkommen(betrag_jahr=Decimal(40000), art=Einkunftsart.sv_beschaeftigung),
        elternteil_2=Einkommen(betrag_jahr=Decimal(25000), art=Einkunftsart.sv_beschaeftigung),
        kinder_im_haushalt=2,
        zusammenlebend=True,
    ),
    eingliederungshilfe=Eingliederungshilfe(
        behinderungsart=Behinderungsart.koerperlich,
        leistungen=(EghLeistung.assistenz_freizeit,),
    ),
)
# Lena, 24, geistige Behinderung, Pflegegrad 4, lives in a besondere Wohnform and works in
# a Werkstatt: the Werkstatt is free (§ 138 Abs. 1 Nr. 3 SGB IX), she counts as voll
# erwerbsgemindert (§ 43 Abs. 2 Satz 3 Nr. 1 SGB VI), the Pflegekasse pays a share of the
# home's fee (§ 43a SGB XI).
LENA = Scenario(
    person=Person(
        geburtsdatum=date(2002, 4, 1),
        pflegegrad=4,
        wohnform=Wohnform.besondere_wohnform,
        gdb=100,
        merkzeichen=(Merkzeichen.G, Merkzeichen.H),
    ),
    eingliederungshilfe=Eingliederungshilfe(
        behinderungsart=Behinderungsart.geistig,
        leistungen=(EghLeistung.werkstatt,),
    ),
    arbeit=Arbeit(weg=Arbeitsweg.werkstatt_arbeitsbereich),
)
# Kemal, 20, learns a trade in a Berufsbildungswerk and lives with his parents: he is
# erwerbsfähig, so Bürgergeld (§ 7 Abs. 1, § 8 SGB II). Regelbedarfsstufe 3 for an adult
# under 25 in the parents' household (§ 20 Abs. 2 Satz 2 Nr. 2 SGB II): 451 € (2026); with
# Leistungen zur Teilhabe am Arbeitsleben 35 % of it on top (§ 21 Abs. 4 SGB II):
# 451 × 0.35 = 157.85 €. What the Jobcenter pays depends on income and assets.
KEMAL = Scenario(
    person=Person(geburtsdatum=date(2006, 1, 20), wohnform=Wohnform.zuhause),
    arbeit=Arbeit(weg=Arbeitsweg.berufsbildungswerk, erwerbsfaehig=True, bei_eltern=True),
)
IM_JAHR_2026 = date(2026, 6, 1)

BIBLIOTHEK: tuple[Eintrag, ...] = (
    Eintrag("amira", "kind", AMIRA, IM_JAHR_2026, (UEBERSICHT, PFLEGE)),
    Eintrag(
        "schmidt",
        "kind",
        EGH_BEISPIELE["schmidt"].scenario,
        EGH_BEISPIELE["schmidt"].rechtsstand,
        (EGH, UEBERSICHT),
    ),
    Eintrag(
        "meier",
        "jugend",
        EGH_BEISPIELE["meier"].scenario,
        EGH_BEISPIELE["meier"].rechtsstand,
        (EGH, UEBERSICHT),
    ),
    Eintrag("yusuf", "jugend", YUSUF, IM_JAHR_2026, (UEBERSICHT, EGH, PFLEGE)),
    Eintrag("lena", "erwachsen", LENA, IM_JAHR_2026, (UEBERSICHT, PFLEGE, EGH)),
    Eintrag("kemal", "erwachsen", KEMAL, IM_JAHR_2026, (UEBERSICHT, "screens/arbeit.py")),
)

# The other screens' presets: (area, preset, life situation); each opens its own screen
# first, then the overview. Its story is ``bibliothek.story.<area>_<preset>``.
BEREICHS_BEISPIELE = (
    (
        "kinder",
        KINDER_BEISPIELE,
        (("baby", "kind"), ("schulkind", "kind"), ("werkstatt", "erwachsen")),
    ),
    (
        "arbeit",
        ARBEIT_BEISPIELE,
        (("berufsbildung", "erwachsen"), ("arbeitsbereich", "erwachsen"), ("budget", "erwachsen")),
    ),
    (
        "steuern",
        STEUERN_BEISPIELE,
        (("eltern", "kind"), ("fahrer", "erwachsen"), ("blind_bayern", "erwachsen")),
    ),
    ("erbe", ERBE_BEISPIELE, (("eltern", "erwachsen"), ("mutter", "erwachsen"))),
    (
        "widerspruch",
        WIDERSPRUCH_BEISPIELE,
        (("pflegegrad", "kind"), ("zahnersatz", "erwachsen"), ("wohnform", "erwachsen")),
    ),
)

BIBLIOTHEK += tuple(
    Eintrag(
        f"{bereich}_{key}",
        gruppe,
        beispiele[key].scenario,
        beispiele[key].rechtsstand,
        (f"screens/{bereich}.py", UEBERSICHT),
    )
    for bereich, beispiele, eintraege in BEREICHS_BEISPIELE
    for key, gruppe in eintraege
)

"""The assessment instrument (Neues Begutachtungsassessment) as the law lays it out.

Anlage 1 to § 15 SGB XI (criteria, answer scales, Einzelpunkte), Anlage 2 (raw sum →
gewichtete Punkte) and the age tables of the Begutachtungs-Richtlinien, chapter 5, for
children. Source of every row: shared/domain/nba.md (sections 2–6). The grade thresholds
are dated parameters (pflegegrad_schwelle_pg1 … pg5 in pflege.toml) because a
reform of them is pending; these tables have not changed since 2017.

Pure data; the rules that use it are in engine/begutachtung.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

ANLAGE_1 = "§ 15 Abs. 2 SGB XI, Anlage 1"
ANLAGE_2 = "§ 15 Abs. 3 SGB XI, Anlage 2"
BRI_KINDER = "§ 15 Abs. 6 SGB XI; Begutachtungs-Richtlinien Kapitel 5"


class Skala(StrEnum):
    """The answer scales of Anlage 1; the answer is always an index 0…3 (0 = no problem)."""

    selbstaendigkeit = "selbstaendigkeit"  # selbständig … unselbständig
    faehigkeit = "faehigkeit"  # vorhanden … nicht vorhanden (Modul 2)
    haeufigkeit = "haeufigkeit"  # nie … täglich (Modul 3)
    sonde = "sonde"  # 4.13: entfällt … ausschließlich
    ja_nein = "ja_nein"  # 4.K
    messung = "messung"  # Modul 5, 5.1–5.15 and 5.K: counts per day, week or month


# Einzelpunkte per answer index, Anlage 1.
EINZELPUNKTE: dict[Skala, tuple[int, ...]] = {
    Skala.selbstaendigkeit: (0, 1, 2, 3),
    Skala.faehigkeit: (0, 1, 2, 3),
    Skala.haeufigkeit: (0, 1, 3, 5),
    # 4.13: selbständig / nicht täglich / täglich zusätzlich / ausschließlich: fewer points
    # for exclusive tube feeding is intended (the effort of oral feeding largely ends).
    Skala.sonde: (0, 0, 6, 3),
    Skala.ja_nein: (0, 20),
}


@dataclass(frozen=True)
class Alter:
    """An age in completed months and weeks (the BRi age tables use both)."""

    monate: int = 0
    wochen: int = 0


@dataclass(frozen=True)
class Kriterium:
    nummer: str
    modul: int
    name_de: str
    skala: Skala
    faktor: int = 1
    # Ages at which the age-typical level improves to 2, 1 and 0 (BRi chapter 5); a
    # one-step norm improves from 3 straight to 0. None: scored as for adults at every age.
    altersnorm: tuple[Alter, ...] | None = None


def _j(jahre: int, monate: int = 0) -> Alter:
    return Alter(monate=12 * jahre + monate)


def _m(monate: int) -> Alter:
    return Alter(monate=monate)


_S, _F, _H = Skala.selbstaendigkeit, Skala.faehigkeit, Skala.haeufigkeit

KRITERIEN: tuple[Kriterium, ...] = (
    Kriterium("1.1", 1, "Positionswechsel im Bett", _S, altersnorm=(_m(1), _m(3), _m(9))),
    Kriterium("1.2", 1, "Halten einer stabilen Sitzposition", _S, altersnorm=(_m(6), _m(8), _m(9))),
    Kriterium("1.3", 1, "Umsetzen", _S, altersnorm=(_m(8), _m(9), _m(11))),
    Kriterium(
        "1.4", 1, "Fortbewegen innerhalb des Wohnbereichs", _S, altersnorm=(_m(12), _m(13), _m(18))
    ),
    Kriterium("1.5", 1, "Treppensteigen", _S, altersnorm=(_m(15), _m(18), _j(2, 6))),
    Kriterium(
        "2.1",
        2,
        "Erkennen von Personen aus dem näheren Umfeld",
        _F,
        altersnorm=(Alter(wochen=6), _m(9), _m(15)),
    ),
    Kriterium("2.2", 2, "Örtliche Orientierung", _F, altersnorm=(_m(13), _m(18), _j(6))),
    Kriterium("2.3", 2, "Zeitliche Orientierung", _F, altersnorm=(_j(2, 6), _j(5), _j(7))),
    Kriterium(
        "2.4",
        2,
        "Erinnern an wesentliche Ereignisse oder Beobachtungen",
        _F,
        altersnorm=(_m(9), _j(3), _j(5, 6)),
    ),
    Kriterium(
        "2.5",
        2,
        "Steuern von mehrschrittigen Alltagshandlungen",
        _F,
        altersnorm=(_m(5), _m(12), _m(15)),
    ),
    Kriterium(
        "2.6",
        2,
        "Treffen von Entscheidungen im Alltag",
        _F,
        altersnorm=(_m(18), _j(2, 6), _j(4, 6)),
    ),
    Kriterium(
        "2.7",
        2,
        "Verstehen von Sachverhalten und Informationen",
        _F,
        altersnorm=(_j(4), _j(5), _j(6)),
    ),
    Kriterium(
        "2.8", 2, "Erkennen von Risiken und Gefahren", _F, altersnorm=(_j(2, 6), _j(6, 6), _j(10))
    ),
    Kriterium(
        "2.9", 2, "Mitteilen von elementaren Bedürfnissen", _F, altersnorm=(_m(3), _m(13), _j(4))
    ),
    Kriterium("2.10", 2, "Verstehen von Aufforderungen", _F, altersnorm=(_m(16), _m(18), _j(2, 6))),
    Kriterium("2.11", 2, "Beteiligen an einem Gespräch", _F, altersnorm=(_m(15), _j(2), _j(4))),
    Kriterium("3.1", 3, "Motorisch geprägte Verhaltensauffälligkeiten", _H),
    Kriterium("3.2", 3, "Nächtliche Unruhe", _H),
    Kriterium("3.3", 3, "Selbstschädigendes und autoaggressives Verhalten", _H),
    Kriterium("3.4", 3, "Beschädigen von Gegenständen", _H),
    Kriterium("3.5", 3, "Physisch aggressives Verhalten gegenüber anderen Personen", _H),
    Kriterium("3.6", 3, "Verbale Aggression", _H),
    Kriterium("3.7", 3, "Andere pflegerelevante vokale Auffälligkeiten", _H),
    Kriterium("3.8", 3, "Abwehr pflegerischer und anderer unterstützender Maßnahmen", _H),
    Kriterium("3.9", 3, "Wahnvorstellungen", _H),
    Kriterium("3.10", 3, "Ängste", _H),
    Kriterium("3.11", 3, "Antriebslosigkeit bei depressiver Stimmungslage", _H),
    Kriterium("3.12", 3, "Sozial inadäquate Verhaltensweisen", _H),
    Kriterium("3.13", 3, "Sonstige pflegerelevante inadäquate Handlungen", _H),
    Kriterium("4.1", 4, "Waschen des vorderen Oberkörpers", _S, altersnorm=(_j(2), _j(4), _j(6))),
    Kriterium(
        "4.2", 4, "Körperpflege im Bereich des Kopfes", _S, altersnorm=(_m(18), _j(3, 6), _j(5))
    ),
    Kriterium("4.3", 4, "Waschen des Intimbereichs", _S, altersnorm=(_j(2), _j(4), _j(6))),
    Kriterium(
        "4.4",
        4,
        "Duschen und Baden einschließlich Waschen der Haare",
        _S,
        altersnorm=(_j(3, 6), _j(4), _j(8)),
    ),
    Kriterium(
        "4.5", 4, "An- und Auskleiden des Oberkörpers", _S, altersnorm=(_m(18), _j(3, 6), _j(6))
    ),
    Kriterium(
        "4.6", 4, "An- und Auskleiden des Unterkörpers", _S, altersnorm=(_m(18), _j(3, 6), _j(6))
    ),
    Kriterium(
        "4.7",
        4,
        "Mundgerechtes Zubereiten der Nahrung und Eingießen von Getränken",
        _S,
        altersnorm=(_j(2), _j(5, 6), _j(8)),
    ),
    Kriterium("4.8", 4, "Essen", _S, faktor=3, altersnorm=(_m(7), _m(20), _j(2, 6))),
    Kriterium("4.9", 4, "Trinken", _S, faktor=2, altersnorm=(_m(8), _m(11), _j(2))),
    Kriterium(
        "4.10",
        4,
        "Benutzen einer Toilette oder eines Toilettenstuhls",
        _S,
        faktor=2,
        altersnorm=(_m(18), _j(3, 6), _j(6)),
    ),
    Kriterium(
        "4.11",
        4,
        "Bewältigen der Folgen einer Harninkontinenz und Umgang mit Dauerkatheter und Urostoma",
        _S,
        altersnorm=(_j(5),),
    ),
    Kriterium(
        "4.12",
        4,
        "Bewältigen der Folgen einer Stuhlinkontinenz und Umgang mit Stoma",
        _S,
        altersnorm=(_j(5),),
    ),
    Kriterium("4.13", 4, "Ernährung parenteral oder über Sonde", Skala.sonde, altersnorm=(_m(18),)),
    Kriterium(
        "4.K",
        4,
        "Bestehen gravierender Probleme bei der Nahrungsaufnahme bei Kindern bis zu 18 Monaten, "
        "die einen außergewöhnlich pflegeintensiven Hilfebedarf auslösen",
        Skala.ja_nein,
    ),
    Kriterium("5.1", 5, "Medikation", Skala.messung),
    Kriterium("5.2", 5, "Injektionen (subcutan oder intramuskulär)", Skala.messung),
    Kriterium("5.3", 5, "Versorgung intravenöser Zugänge (Port)", Skala.messung),
    Kriterium("5.4", 5, "Absaugen und Sauerstoffgabe", Skala.messung),
    Kriterium("5.5", 5, "Einreibungen oder Kälte- und Wärmeanwendungen", Skala.messung),
    Kriterium("5.6", 5, "Messung und Deutung von Körperzuständen", Skala.messung),
    Kriterium("5.7", 5, "Körpernahe Hilfsmittel", Skala.messung),
    Kriterium("5.8", 5, "Verbandswechsel und Wundversorgung", Skala.messung),
    Kriterium("5.9", 5, "Versorgung mit Stoma", Skala.messung),
    Kriterium(
        "5.10",
        5,
        "Regelmäßige Einmalkatheterisierung und Nutzung von Abführmethoden",
        Skala.messung,
    ),
    Kriterium("5.11", 5, "Therapiemaßnahmen in häuslicher Umgebung", Skala.messung),
    Kriterium(
        "5.12", 5, "Zeit- und technikintensive Maßnahmen in häuslicher Umgebung", Skala.messung
    ),
    Kriterium("5.13", 5, "Arztbesuche", Skala.messung),
    Kriterium(
        "5.14",
        5,
        "Besuch anderer medizinischer oder therapeutischer Einrichtungen (bis zu drei Stunden)",
        Skala.messung,
    ),
    Kriterium(
        "5.15",
        5,
        "Zeitlich ausgedehnte Besuche anderer medizinischer oder therapeutischer Einrichtungen "
        "(länger als drei Stunden)",
        Skala.messung,
    ),
    Kriterium("5.K", 5, "Besuche von Einrichtungen zur Frühförderung bei Kindern", Skala.messung),
    Kriterium(
        "5.16",
        5,
        "Einhaltung einer Diät und anderer krankheits- oder therapiebedingter "
        "Verhaltensvorschriften",
        _S,
    ),
    Kriterium(
        "6.1",
        6,
        "Gestaltung des Tagesablaufs und Anpassung an Veränderungen",
        _S,
        altersnorm=(_j(2, 6), _j(5), _j(7)),
    ),
    Kriterium("6.2", 6, "Ruhen und Schlafen", _S, altersnorm=(_m(6), _j(5), _j(11))),
    Kriterium("6.3", 6, "Sichbeschäftigen", _S, altersnorm=(_m(6), _j(3), _j(5))),
    Kriterium(
        "6.4",
        6,
        "Vornehmen von in die Zukunft gerichteten Planungen",
        _S,
        altersnorm=(_j(2, 6), _j(3), _j(5)),
    ),
    Kriterium(
        "6.5",
        6,
        "Interaktion mit Personen im direkten Kontakt",
        _S,
        altersnorm=(Alter(wochen=6), _m(9), _m(12)),
    ),
    Kriterium(
        "6.6",
        6,
        "Kontaktpflege zu Personen außerhalb des direkten Umfelds",
        _S,
        altersnorm=(_m(12), _j(3), _j(5)),
    ),
)
KRITERIUM: dict[str, Kriterium] = {k.nummer: k for k in KRITERIEN}

MODULE: dict[int, str] = {
    1: "Mobilität",
    2: "Kognitive und kommunikative Fähigkeiten",
    3: "Verhaltensweisen und psychische Problemlagen",
    4: "Selbstversorgung",
    5: "Bewältigung von und selbständiger Umgang mit krankheits- oder therapiebedingten "
    "Anforderungen und Belastungen",
    6: "Gestaltung des Alltagslebens und sozialer Kontakte",
}

# 4.11 and 4.12 count only with überwiegende/vollständige Inkontinenz or a künstliche
# Ableitung von Stuhl oder Harn (Anlage 1, Modul 4).
INKONTINENZ_KRITERIEN = ("4.11", "4.12")
# Kinder bis 18 Monate: 4.K replaces 4.1–4.13 (§ 15 Abs. 7 SGB XI, BRi 5.1).
SAEUGLING_MODUL_4 = ("4.K",)


@dataclass(frozen=True)
class Stufen:
    """One row of Anlage 2: lower bounds of the raw sum for bands 1–4, GP of bands 0–4."""

    untergrenzen: tuple[int, int, int, int]
    gewichtete_punkte: tuple[Decimal, Decimal, Decimal, Decimal, Decimal]

    def stufe(self, rohpunkte: int) -> int:
        return sum(rohpunkte >= grenze for grenze in self.untergrenzen)


def _gp(*values: str) -> tuple[Decimal, Decimal, Decimal, Decimal, Decimal]:
    a, b, c, d, e = (Decimal(v) for v in values)
    return a, b, c, d, e


_GP_2_3 = _gp("0", "3.75", "7.5", "11.25", "15")
ANLAGE_2_STUFEN: dict[int, Stufen] = {
    1: Stufen((2, 4, 6, 10), _gp("0", "2.5", "5", "7.5", "10")),
    2: Stufen((2, 6, 11, 17), _GP_2_3),
    3: Stufen((1, 3, 5, 7), _GP_2_3),
    4: Stufen((3, 8, 19, 37), _gp("0", "10", "20", "30", "40")),
    5: Stufen((1, 2, 4, 6), _gp("0", "5", "10", "15", "20")),
    6: Stufen((1, 4, 7, 12), _gp("0", "3.75", "7.5", "11.25", "15")),
}
ROHPUNKTE_MAX: dict[int, int] = {1: 15, 2: 33, 3: 65, 4: 54, 5: 15, 6: 18}

# Modul 5, Anlage 1: how often a measure is needed, converted to "per day".
PRO_TAG: dict[str, Fraction] = {
    "tag": Fraction(1),
    "woche": Fraction(1, 7),
    "monat": Fraction(1, 30),
}
GRUPPE_A = ("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7")
GRUPPE_B = ("5.8", "5.9", "5.10", "5.11")
GRUPPE_C = ("5.12", "5.13", "5.14", "5.15", "5.K")


@dataclass(frozen=True)
class Schwelle:
    """A lower band bound on a per-day or point sum; ``inklusiv``: the bound itself counts."""

    wert: Fraction
    inklusiv: bool = True

    def erreicht(self, summe: Fraction) -> bool:
        return summe >= self.wert if self.inklusiv else summe > self.wert


# Gruppe A: < 1 → 0; 1 to 3 → 1; more than 3 to 8 → 2; more than 8 → 3 (per day).
GRUPPE_A_SCHWELLEN = (
    Schwelle(Fraction(1)),
    Schwelle(Fraction(3), False),
    Schwelle(Fraction(8), False),
)
# Gruppe B: < 1/week → 0; 1/week to < 1/day → 1; 1 to < 3/day → 2; ≥ 3/day → 3.
GRUPPE_B_SCHWELLEN = (Schwelle(Fraction(1, 7)), Schwelle(Fraction(1)), Schwelle(Fraction(3)))
# Gruppe C: points per occurrence, summed, then 0–<4.3 → 0 … 12.9–<60 → 3, ≥ 60 → 6.
GRUPPE_C_SCHWELLEN = (
    Schwelle(Fraction("4.3")),
    Schwelle(Fraction("8.6")),
    Schwelle(Fraction("12.9")),
    Schwelle(Fraction(60)),
)
GRUPPE_C_EINZELPUNKTE = (0, 1, 2, 3, 6)


@dataclass(frozen=True)
class GruppeCWert:
    """Points one occurrence of a group-C measure earns (Anlage 1, Modul 5)."""

    je_woche: Fraction
    je_monat: Fraction
    taeglich_pauschal: Fraction | None = None  # 5.12 daily: a flat 60


_ARZT = GruppeCWert(Fraction("4.3"), Fraction(1))
GRUPPE_C_WERTE: dict[str, GruppeCWert] = {
    "5.12": GruppeCWert(Fraction("8.6"), Fraction(2), taeglich_pauschal=Fraction(60)),
    "5.13": _ARZT,
    "5.14": _ARZT,
    "5.15": GruppeCWert(Fraction("8.6"), Fraction(2)),
    "5.K": _ARZT,
}

# How the instrument asks each measure: visits (5.13–5.15, 5.K) per week or month only.
ZEITRAEUME_BESUCHE = ("woche", "monat")
ZEITRAEUME = ("tag", "woche", "monat")


def zeitraeume(nummer: str) -> tuple[str, ...]:
    return ZEITRAEUME_BESUCHE if nummer in ("5.13", "5.14", "5.15", "5.K") else ZEITRAEUME

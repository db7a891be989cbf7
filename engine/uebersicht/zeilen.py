"""The overview: every area's result for one household as lines of one list.

Each area plugs in with ONE adapter (a :class:`Bereich` in :data:`BEREICHE`): the area's
``evaluate_<area>`` and a pure function turning its result into :class:`Zeile` objects.
The overview, the comparison and the summary PDF read only these lines, so a new area
shows up in all three once its adapter is listed. Amounts are the area's own values,
never computed again here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from engine.arbeit.rules import VOLL_ERWERBSGEMINDERT, ArbeitErgebnis, BuergergeldErgebnis
from engine.arbeit.scenario import Arbeitsweg
from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.eingliederungshilfe.aufenthalt import eingliederungshilfe_aufenthalt
from engine.eingliederungshilfe.rules import EingliederungshilfeErgebnis
from engine.erbe.scenario import Erbe
from engine.evaluate import (
    ErbeResult,
    PflegeResult,
    WiderspruchResult,
    evaluate_arbeit,
    evaluate_eingliederungshilfe,
    evaluate_erbe,
    evaluate_kinder,
    evaluate_pflege,
    evaluate_steuern,
    evaluate_widerspruch,
)
from engine.explain import N_, Count, Explained, ExplainedAmount, Money, Term
from engine.kinder.ergebnis import KinderErgebnis
from engine.nachteilsausgleiche.einkommensteuer import behinderten_pauschbetrag
from engine.nachteilsausgleiche.rules import SteuernErgebnis
from engine.parameters import NotCoveredResult, param
from engine.pflege.leistungen import Leistung
from engine.scenario import Scenario
from engine.widerspruch.fristen import Fristergebnis, Rechtsbehelf
from engine.widerspruch.scenario import Zuzahlung

# What to do first: the last day for a Widerspruch or a Klage (a right is lost after it),
# then a line whose day that matters lies within a year, then a benefit the residence
# status excludes (the family plans without it, and the way instead, e.g. an application
# under § 6 AsylbLG, is to be taken now), then money paid every month, then benefits to
# apply for, then budgets drawn when needed, then what the household pays; within a rank
# the larger amount first.
BALD = timedelta(days=365)
RANG_RECHTSBEHELF = -10
RANG_BALD = 0
RANG_AUSSCHLUSS = 5
RANG_MONATLICH = 10
RANG_ANTRAG = 20
RANG_BUDGET = 30
RANG_KOSTEN = 40
# Residence statuses that leave a benefit to the office: at discretion (§ 100 Abs. 1 Satz 1
# SGB IX, § 23 Abs. 1 Satz 3 SGB XII) or on a fact the office checks (e.g. the
# Vorversicherungszeit, § 33 Abs. 2 SGB XI). Such an amount is shown but kept out of the
# sure total: the family should not plan its month with money that may be refused.
VORBEHALT = (Aufenthaltsstatus.ermessen, Aufenthaltsstatus.pruefen)


class Frist(BaseModel):
    """A day that matters for a line (a birthday, a deadline) and what it changes."""

    model_config = ConfigDict(frozen=True)

    datum: date
    message: str  # message key with {date}


class Zeile(BaseModel):
    """One benefit or cost of one area, as the overview, the comparison and the PDF show it."""

    model_config = ConfigDict(frozen=True)

    bereich: str  # the area key, e.g. "pflege"
    key: str  # unique in the overview: "<bereich>.<benefit>"; the comparison pairs by it
    name: str  # message key of the benefit's name
    art: Literal["leistung", "kosten"]
    betrag: Money | None  # the area's amount; None: a service without an amount
    kostenfrei: bool | None  # None: free or not does not apply
    im_monat: bool  # the amount is paid (or paid out) every month: part of the total
    stelle: str  # message key: who pays and where to apply
    stelle_wie: str = N_("uebersicht.stelle")  # message key with {stelle}: what to do there
    legal_basis: str
    erklaerung: Explained  # the area's steps behind the line
    seite: str  # the area screen's page file, e.g. "screens/pflege.py"
    rang: int
    frist: Frist | None = None
    anspruch: bool = True  # False: a "no" line, its explanation says why and what instead
    # The residence status of the programme behind the line (:func:`aufenthalt_zeilen`);
    # None where no residence rule applies.
    aufenthalt: Aufenthaltsstatus | None = None

    @property
    def vorbehalt(self) -> bool:
        """The office decides at discretion or checks a fact not asked: the amount is shown
        but is not sure."""
        return self.aufenthalt in VORBEHALT

    @property
    def _signed(self) -> Decimal:
        if not self.im_monat or self.betrag is None or not self.anspruch:
            return Decimal(0)
        return -self.betrag.amount if self.art == "kosten" else self.betrag.amount

    @property
    def monatlich(self) -> Decimal:
        """The line's signed amount per month in the sure total (costs negative); 0 outside
        it, and 0 for a line under a residence reservation (:attr:`vorbehalt`)."""
        return Decimal(0) if self.vorbehalt else self._signed

    @property
    def monatlich_vorbehalt(self) -> Decimal:
        """The signed amount per month of a line under a residence reservation, else 0."""
        return self._signed if self.vorbehalt else Decimal(0)


@dataclass(frozen=True)
class Bereich:
    """An area's adapter: how to evaluate it and how its result reads as overview lines."""

    key: str
    name: str  # message key of the area's name (its navigation entry)
    seite: str
    evaluate: Callable[[Scenario, date], Any]
    zeilen: Callable[[Any, Scenario, date], list[Zeile]]


class Uebersicht(BaseModel):
    """All lines of a household on a date, in the order to act on them."""

    model_config = ConfigDict(frozen=True)

    rechtsstand: date
    zeilen: tuple[Zeile, ...]
    nicht_abgedeckt: tuple[tuple[str, NotCoveredResult], ...]

    @property
    def summe_monat(self) -> Decimal:
        """Benefits sure to be paid every month less what the household pays every month."""
        return sum((z.monatlich for z in self.zeilen), Decimal(0))

    @property
    def summe_vorbehalt(self) -> Decimal:
        """What comes on top every month if the offices grant what is at their discretion
        or confirm what they check (:attr:`Zeile.vorbehalt`)."""
        return sum((z.monatlich_vorbehalt for z in self.zeilen), Decimal(0))

    @property
    def aufenthalt_angenommen(self) -> bool:
        """A line rests on an unrestricted residence status because the family skipped the
        residence questions: the overview says so once, as the area screens do."""
        return any(z.aufenthalt is Aufenthaltsstatus.nicht_gefragt for z in self.zeilen)


def geburtstag(geburtsdatum: date, jahre: int) -> date:
    """The first day on which ``jahre`` years are completed (§ 187 Abs. 2, § 188 Abs. 2
    BGB): the birthday; born on 29 February, 1 March in a common year."""
    erster = date(geburtsdatum.year + jahre, geburtsdatum.month, 1)
    return erster + timedelta(days=geburtsdatum.day - 1)


def volljaehrig_ab(scenario: Scenario, rechtsstand: date) -> date | None:
    """The 18th birthday if it lies after ``rechtsstand`` (§ 2 BGB), else None."""
    geburtsdatum = scenario.person.geburtsdatum
    if geburtsdatum is None:
        return None
    alter = int(param("volljaehrigkeit_alter", rechtsstand).value)
    tag = geburtstag(geburtsdatum, alter)
    return tag if tag > rechtsstand else None


def _pflege_zeile(item: Leistung, rang: int, im_monat: bool, frist: Frist | None) -> Zeile:
    shown = item.betrag or item.anspruch
    return Zeile(
        bereich="pflege",
        key=f"pflege.{item.key}",
        name=f"leistung.{item.key}",
        art="leistung",
        betrag=item.betrag.value if item.betrag is not None else None,  # type: ignore[arg-type]
        kostenfrei=None,
        im_monat=im_monat,
        stelle=item.stelle,
        legal_basis=item.anspruch.legal_basis,
        erklaerung=shown,
        seite="screens/pflege.py",
        rang=rang,
        frist=frist,
    )


def pflege_zeilen(result: PflegeResult, scenario: Scenario, rechtsstand: date) -> list[Zeile]:
    """Every care benefit with a claim and an amount above 0 (or a yes without one); the
    per-month ones in the total. Without a Pflegegrad (known or assessed) the care screen's
    questions are still open: no lines.

    The 18th birthday matters for the Pflegehilfsmittel (§ 40 Abs. 3 Satz 4 SGB XI: adults
    pay a share of each technical aid).

    The Pflegekasse's benefits (SGB XI) follow the Pflegeversicherung's residence result
    (§ 1 Abs. 2 SGB XI: membership decides; with §§ 4, 6 AsylbLG or a § 264 SGB V card the
    Sozialamt pays care instead), as the care screen shows it first."""
    if result.pflegegrad is None:
        return []
    leistungen = result.leistungen
    monatlich = {item.key for item in leistungen.monatlich()}
    volljaehrig = volljaehrig_ab(scenario, rechtsstand)

    def zeilen(gruppen: tuple[tuple[Leistung, ...], ...]) -> list[Zeile]:
        gewaehlt = []
        for item in (i for gruppe in gruppen for i in gruppe):
            if not item.anspruch.value or (item.betrag and not item.betrag.value.amount):  # type: ignore[union-attr]
                continue
            frist = None
            if item.key == "pflegehilfsmittel" and volljaehrig is not None:
                frist = Frist(datum=volljaehrig, message=N_("uebersicht.frist.pflegehilfsmittel"))
            rang = RANG_MONATLICH if item.key in monatlich else RANG_BUDGET
            gewaehlt.append(_pflege_zeile(item, rang, item.key in monatlich, frist))
        return gewaehlt

    pflegekasse = aufenthalt_zeilen(
        zeilen((leistungen.leistungen, leistungen.ersatzpflege)),
        result.aufenthalt.pflegeversicherung,
        "pflegeversicherung",
        N_("uebersicht.name.pflegeversicherung_aufenthalt"),
    )
    return pflegekasse + zeilen((leistungen.krankenkasse, leistungen.pflegeperson))


def eingliederungshilfe_zeilen(
    result: EingliederungshilfeErgebnis, scenario: Scenario, rechtsstand: date
) -> list[Zeile]:
    """Each benefit asked for (free or not) at the responsible Träger, and the monthly
    Kostenbeitrag. A minor's parents' income stops counting at 18 (§ 135 with § 136 Abs. 1
    and 5 SGB IX: an adult's contribution follows only their own income). All of them
    follow the § 100 SGB IX residence result (:func:`aufenthalt_zeilen`); at discretion the
    Kostenbeitrag too is only owed once the Träger grants the benefit."""
    stelle = result.zustaendigkeit.value
    stelle_key = stelle.key if isinstance(stelle, Term) else N_("traeger.eingliederungshilfe")
    volljaehrig = volljaehrig_ab(scenario, rechtsstand) if result.minderjaehrig else None
    frist = None
    if volljaehrig is not None and not result.sgb_viii:
        frist = Frist(datum=volljaehrig, message=N_("uebersicht.frist.eltern_einkommen"))
    zeilen = [
        Zeile(
            bereich="eingliederungshilfe",
            key=f"eingliederungshilfe.{item.leistung}",
            name=f"egh.leistung.{item.leistung}",
            art="leistung",
            betrag=None,
            kostenfrei=item.kostenfrei.value or result.beitragsfrei.value,
            im_monat=False,
            stelle=stelle_key,
            legal_basis=item.basis,
            erklaerung=item.kostenfrei,
            seite="screens/eingliederungshilfe.py",
            rang=RANG_ANTRAG,
        )
        for item in result.leistungen
    ]
    beitrag = result.kostenbeitrag
    if beitrag is not None and isinstance(beitrag.value, Money) and beitrag.value.amount > 0:
        zeilen.append(
            Zeile(
                bereich="eingliederungshilfe",
                key="eingliederungshilfe.kostenbeitrag",
                name=N_("uebersicht.kostenbeitrag"),
                art="kosten",
                betrag=beitrag.value,
                kostenfrei=False,
                im_monat=beitrag.value.per == "month",
                stelle=stelle_key,
                legal_basis=beitrag.legal_basis,
                erklaerung=beitrag,
                seite="screens/eingliederungshilfe.py",
                rang=RANG_KOSTEN,
                frist=frist,
            )
        )
    elif frist is not None and result.leistungen and not result.beitragsfrei.value:
        zeilen.append(
            Zeile(
                bereich="eingliederungshilfe",
                key="eingliederungshilfe.eltern_einkommen",
                name=N_("uebersicht.name.eltern_einkommen"),
                art="leistung",
                betrag=None,
                kostenfrei=None,
                im_monat=False,
                stelle=stelle_key,
                legal_basis=result.beitragsfrei.legal_basis,
                erklaerung=result.beitragsfrei,
                seite="screens/eingliederungshilfe.py",
                rang=RANG_ANTRAG,
                frist=frist,
            )
        )
    return aufenthalt_zeilen(
        zeilen,
        result.aufenthalt,
        "aufenthalt",
        N_("uebersicht.name.eingliederungshilfe_aufenthalt"),
    )


def _betrag(erklaerung: Explained) -> Money | None:
    """The explained amount when it is money above 0, else None."""
    value = erklaerung.value
    return value if isinstance(value, Money) and value.amount > 0 else None


def _zeile(bereich: str, key: str, name: str, erklaerung: Explained, **rest: Any) -> Zeile:
    """A line whose amount and legal basis are the area's explained result's own; the
    area's screen has the area's key as its file name."""
    felder: dict[str, Any] = {
        "art": "leistung",
        "betrag": _betrag(erklaerung),
        "kostenfrei": None,
        "im_monat": False,
        "rang": RANG_ANTRAG,
        "legal_basis": erklaerung.legal_basis,
    }
    felder.update(rest)
    return Zeile(
        bereich=bereich,
        key=f"{bereich}.{key}",
        name=name,
        erklaerung=erklaerung,
        seite=f"screens/{bereich}.py",
        **felder,
    )


def _monatlich(bereich: str, key: str, name: str, erklaerung: Explained, stelle: str) -> Zeile:
    """An amount paid every month: part of the total, among the first lines."""
    return _zeile(bereich, key, name, erklaerung, im_monat=True, stelle=stelle, rang=RANG_MONATLICH)


def aufenthalt_zeilen(
    zeilen: list[Zeile], status: ExplainedAmount | None, key: str, name: str
) -> list[Zeile]:
    """One programme's lines under its residence result, the area's own rule
    (engine/<area>/aufenthalt.py, as the area's screen shows it). Excluded: one "kein
    Anspruch" line instead, its explanation the result's steps (why, with the paragraph,
    and what the family can do instead), never in the month's total. At discretion or to
    be checked: the lines with their amounts, marked, outside the sure total. Owed, owed
    through § 2 AsylbLG, or not asked: the lines as they are (not asked is noted once)."""
    if not zeilen or status is None:
        return zeilen
    art = status_of(status)
    if art is Aufenthaltsstatus.ausgeschlossen:
        erste = zeilen[0]
        return [
            erste.model_copy(
                update={
                    "key": f"{erste.bereich}.{key}",
                    "name": name,
                    "art": "leistung",
                    "betrag": None,
                    "kostenfrei": None,
                    "im_monat": False,
                    "legal_basis": status.legal_basis,
                    "erklaerung": status,
                    "rang": RANG_AUSSCHLUSS,
                    "frist": None,
                    "anspruch": False,
                    "aufenthalt": art,
                }
            )
        ]
    if art in VORBEHALT:
        return [
            z.model_copy(
                update={
                    "aufenthalt": art,
                    "erklaerung": z.erklaerung.model_copy(
                        update={"steps": status.steps + z.erklaerung.steps}
                    ),
                }
            )
            for z in zeilen
        ]
    return [z.model_copy(update={"aufenthalt": art}) for z in zeilen]


# The children's screen's yes-or-no benefits that are free when they apply (§ 138 Abs. 1
# Nr. 1, 4 and 7 SGB IX; § 10b SGB VIII), with the line's name.
KINDER_FREI = {
    "fruehfoerderung": N_("uebersicht.name.fruehfoerderung"),
    "kita": N_("uebersicht.name.kita"),
    "schule": N_("uebersicht.name.schule"),
}


def kinder_zeilen(
    result: KinderErgebnis | None, scenario: Scenario, rechtsstand: date
) -> list[Zeile]:
    """Kindergeld every month (its adult-child test from the 18th birthday, § 32 Abs. 4
    Satz 1 Nr. 3 EStG), the free Frühförderung, Kita or school help, the Verfahrenslotse,
    and the Krankenkasse's days and weeks for the parents. Without a birth date the
    children's screen has no answer: no lines.

    The Kindergeld follows the § 62 EStG residence result, as the children's screen shows
    it; Frühförderung, Kita and school help are Eingliederungshilfe and follow § 100 SGB IX
    (the integration-aid screen's rule)."""
    if result is None:
        return []
    stelle = result.zustaendigkeit.value
    stelle_key = stelle.key if isinstance(stelle, Term) else N_("traeger.eingliederungshilfe")
    volljaehrig = volljaehrig_ab(scenario, rechtsstand)
    frist = (
        Frist(datum=volljaehrig, message=N_("uebersicht.frist.kindergeld")) if volljaehrig else None
    )
    kindergeld = result.kindergeld.betrag
    zeilen = aufenthalt_zeilen(
        [
            _zeile(
                "kinder",
                "kindergeld",
                N_("uebersicht.name.kindergeld"),
                kindergeld,
                im_monat=True,
                stelle=N_("stelle.familienkasse"),
                rang=RANG_MONATLICH,
                frist=frist,
            )
        ]
        if _betrag(kindergeld) is not None
        else [],
        result.kindergeld.aufenthalt,
        "kindergeld",
        N_("uebersicht.name.kindergeld"),
    )
    frei = [
        _zeile("kinder", key, name, entscheidung, kostenfrei=True, stelle=stelle_key)
        for key, name in KINDER_FREI.items()
        if (entscheidung := getattr(result, key)).value and result.minderjaehrig
    ]
    zeilen += aufenthalt_zeilen(
        frei,
        eingliederungshilfe_aufenthalt(scenario.aufenthalt, result.minderjaehrig, rechtsstand),
        "eingliederungshilfe",
        N_("uebersicht.name.kinder_egh_aufenthalt"),
    )
    if result.verfahrenslotse.value:
        zeilen.append(
            _zeile(
                "kinder",
                "verfahrenslotse",
                N_("uebersicht.name.verfahrenslotse"),
                result.verfahrenslotse,
                kostenfrei=True,
                stelle=N_("traeger.jugendamt"),
            )
        )
    for key, name, erklaerung in (
        ("kinderkrankengeld", N_("uebersicht.name.kinderkrankengeld"), result.kinderkrankengeld),
        ("haushaltshilfe", N_("uebersicht.name.haushaltshilfe"), result.haushaltshilfe),
    ):
        if isinstance(erklaerung.value, Count) and erklaerung.value.value > 0:
            zeilen.append(
                _zeile(
                    "kinder",
                    key,
                    name,
                    erklaerung,
                    stelle=N_("stelle.krankenkasse"),
                    rang=RANG_BUDGET,
                )
            )
    return zeilen


def buergergeld_zeilen(bg: BuergergeldErgebnis, aufenthalt: ExplainedAmount) -> list[Zeile]:
    """The Bürgergeld as far as the work screen computes it: the Regelbedarf (§ 20 SGB II)
    and the 35 % Mehrbedarf for Teilhabe am Arbeitsleben (§ 21 Abs. 4 SGB II). Both are
    the need, not the amount paid: the Jobcenter deducts income (§ 11b SGB II) and checks
    assets (§ 12 SGB II), which are not asked; so they stay out of the month's total.
    Excluded by residence status (§ 7 Abs. 1 Satz 2 SGB II): one "no" line instead."""
    jobcenter = N_("stelle.jobcenter")
    zeilen = [
        _zeile(
            "arbeit",
            "buergergeld",
            N_("uebersicht.name.buergergeld_regelbedarf"),
            bg.regelbedarf,
            stelle=jobcenter,
        )
    ]
    if bg.mehrbedarf is not None:
        zeilen.append(
            _zeile(
                "arbeit",
                "mehrbedarf_teilhabe",
                N_("uebersicht.name.mehrbedarf_teilhabe"),
                bg.mehrbedarf,
                stelle=jobcenter,
            )
        )
    return aufenthalt_zeilen(
        zeilen, aufenthalt, "buergergeld", N_("uebersicht.name.buergergeld_aufenthalt")
    )


def arbeit_zeilen(result: ArbeitErgebnis, scenario: Scenario, rechtsstand: date) -> list[Zeile]:
    """The month's pay from the Werkstatt or the Agentur für Arbeit, the Grundsicherung paid
    (its 17 % Mehrbedarf for Merkzeichen G named, § 30 Abs. 1 SGB XII, part of the amount
    paid), the Werkstatt's voll erwerbsgemindert (§ 43 Abs. 2 Satz 3 Nr. 1 SGB VI), the
    Budget für Arbeit's wage subsidy paid to the employer, or for an erwerbsfähig adult
    the Bürgergeld's need (:func:`buergergeld_zeilen`). The Grundsicherung follows the
    § 23 SGB XII residence result the work screen shows, the Budget für Arbeit (§ 61
    SGB IX, Eingliederungshilfe) the § 100 SGB IX one."""
    zettel = result.lohnzettel
    zeilen = []
    for key, name, erklaerung, stelle in (
        (
            "ausbildungsgeld",
            N_("uebersicht.name.ausbildungsgeld"),
            zettel.ausbildungsgeld,
            N_("stelle.agentur_fuer_arbeit"),
        ),
        ("entgelt", N_("uebersicht.name.entgelt"), zettel.entgelt, N_("stelle.werkstatt")),
        (
            "arbeitsfoerderungsgeld",
            N_("uebersicht.name.arbeitsfoerderungsgeld"),
            zettel.arbeitsfoerderungsgeld,
            N_("stelle.werkstatt"),
        ),
    ):
        if erklaerung is not None and _betrag(erklaerung) is not None:
            zeilen.append(_monatlich("arbeit", key, name, erklaerung, stelle))
    weg = scenario.arbeit.weg
    if weg in (*VOLL_ERWERBSGEMINDERT, Arbeitsweg.werkstatt_berufsbildung):
        zeilen.append(
            _zeile(
                "arbeit",
                "erwerbsgemindert",
                N_("uebersicht.name.erwerbsgemindert"),
                result.system,
                stelle=N_("stelle.sozialamt"),
            )
        )
    if result.budget_zuschuss is not None:
        zeilen += aufenthalt_zeilen(
            [
                _zeile(
                    "arbeit",
                    "budget_zuschuss",
                    N_("uebersicht.name.budget_zuschuss"),
                    result.budget_zuschuss,
                    stelle=N_("traeger.eingliederungshilfe"),
                )
            ],
            eingliederungshilfe_aufenthalt(
                scenario.aufenthalt, volljaehrig_ab(scenario, rechtsstand) is not None, rechtsstand
            ),
            "budget_aufenthalt",
            N_("uebersicht.name.budget_zuschuss"),
        )
    gs = result.grundsicherung
    if gs is not None and _betrag(gs.zahlbetrag) is not None:
        sozialamt = N_("stelle.sozialamt")
        grundsicherung = [
            _zeile(
                "arbeit",
                "grundsicherung",
                N_("uebersicht.name.grundsicherung"),
                gs.zahlbetrag,
                im_monat=True,
                stelle=sozialamt,
                rang=RANG_MONATLICH,
            )
        ]
        grundsicherung += [
            _zeile(
                "arbeit",
                posten.key,
                N_("uebersicht.name.mehrbedarf_g"),
                posten.betrag,
                stelle=sozialamt,
                rang=RANG_MONATLICH,
            )
            for posten in gs.bedarf
            if posten.key == "mehrbedarf_g"
        ]
        zeilen += aufenthalt_zeilen(
            grundsicherung,
            result.aufenthalt,
            "grundsicherung",
            N_("uebersicht.name.grundsicherung"),
        )
    if result.buergergeld is not None:
        zeilen += buergergeld_zeilen(result.buergergeld, result.aufenthalt)
    return zeilen


# Each income-tax allowance of the tax screen, with the line's name.
ABZUG_NAME = {
    "behinderten_pauschbetrag": N_("uebersicht.name.behinderten_pauschbetrag"),
    "pflege_pauschbetrag": N_("uebersicht.name.pflege_pauschbetrag"),
    "fahrtkostenpauschale": N_("uebersicht.name.fahrtkostenpauschale"),
}


def _pauschbetrag(scenario: Scenario, rechtsstand: date) -> ExplainedAmount:
    person = scenario.person
    return behinderten_pauschbetrag(person.gdb, person.merkzeichen, person.pflegegrad, rechtsstand)


def steuern_zeilen(result: SteuernErgebnis, scenario: Scenario, rechtsstand: date) -> list[Zeile]:
    """The Behinderten-Pauschbetrag (7,400 € for Pflegegrad 4 or 5, H, Bl or TBl, § 33b
    Abs. 3 Satz 3 EStG) even before an income is given, the other allowances and the tax
    they save, the Wertmarke (free or its price), the Kfz-Steuer saved and the
    Landesblindengeld and Blindenhilfe every month; the Blindenhilfe under its § 23 SGB XII
    residence result (at discretion without a settled status, Abs. 1 Satz 3)."""
    finanzamt = N_("stelle.finanzamt")
    steuer = result.steuer
    abzuege = (
        [(a.art, a.betrag) for a in steuer.abzuege]
        if steuer is not None
        else [("behinderten_pauschbetrag", _pauschbetrag(scenario, rechtsstand))]
    )
    zeilen = [
        _zeile("steuern", art, ABZUG_NAME[art], betrag, stelle=finanzamt)
        for art, betrag in abzuege
        if _betrag(betrag) is not None
    ]
    if steuer is not None and steuer.ersparnis.amount > 0:
        zeilen.append(
            _zeile(
                "steuern",
                "ersparnis",
                N_("uebersicht.name.steuerersparnis"),
                steuer.steuer_mit,
                betrag=steuer.ersparnis,
                stelle=finanzamt,
            )
        )
    # The Wertmarke and the Kfz-Steuer follow the Schwerbehindertenausweis (§ 228 SGB IX,
    # § 3a KraftStG), so its residence result (§ 2 Abs. 2 SGB IX).
    ausweis = []
    wertmarke = result.wertmarke
    if wertmarke is not None:
        preis = _betrag(wertmarke)
        ausweis.append(
            _zeile(
                "steuern",
                "wertmarke",
                N_("uebersicht.name.wertmarke"),
                wertmarke,
                art="kosten" if preis else "leistung",
                kostenfrei=preis is None,
                stelle=N_("traeger.versorgungsamt"),
                rang=RANG_KOSTEN if preis else RANG_ANTRAG,
            )
        )
    kfz = result.kfz
    if kfz.art != "keine":
        ausweis.append(
            _zeile(
                "steuern",
                "kfz",
                N_("uebersicht.name.kfz"),
                kfz.erklaerung,
                betrag=kfz.ersparnis_jahr if kfz.art == "ermaessigung" else kfz.steuer_jahr,
                kostenfrei=kfz.art == "befreiung",
                stelle=N_("stelle.hauptzollamt"),
            )
        )
    zeilen += aufenthalt_zeilen(
        ausweis, result.aufenthalt, "sbausweis", N_("aufenthalt.programm.sbausweis")
    )
    blind = result.blindengeld
    if blind is not None:
        for key, name, erklaerung, stelle in (
            (
                "landesblindengeld",
                N_("uebersicht.name.landesblindengeld"),
                blind.landesblindengeld,
                N_("stelle.blindengeld"),
            ),
            (
                "blindenhilfe",
                N_("uebersicht.name.blindenhilfe"),
                blind.blindenhilfe,
                N_("stelle.sozialamt"),
            ),
        ):
            if erklaerung is not None and _betrag(erklaerung) is not None:
                zeile = _monatlich("steuern", key, name, erklaerung, stelle)
                zeilen += (
                    aufenthalt_zeilen(
                        [zeile],
                        result.blindenhilfe_aufenthalt,
                        "blindenhilfe",
                        N_("uebersicht.name.blindenhilfe"),
                    )
                    if key == "blindenhilfe"
                    else [zeile]
                )
    return zeilen


def erbe_zeilen(result: ErbeResult, scenario: Scenario, rechtsstand: date) -> list[Zeile]:
    """What the child must use of a statutory inheritance before the Sozialamt pays again
    (§ 90 SGB XII, § 139 SGB IX: none with a Behindertentestament), the Betreuung to apply
    for from the 17th birthday (§ 1814 Abs. 5 BGB) and the Betreuer's Aufwandspauschale
    (§ 1878 BGB). The inheritance lines need the screen's answers (the estate); the
    Betreuung of a minor is dated from the birth date alone."""
    gericht = N_("stelle.betreuungsgericht")
    zeilen = []
    betreuung = result.betreuung
    zeitpunkt = betreuung.zeitpunkt
    if zeitpunkt is not None and zeitpunkt.volljaehrig_ab > rechtsstand:
        zeilen.append(
            _zeile(
                "erbe",
                "betreuung",
                N_("uebersicht.name.betreuung"),
                zeitpunkt.stand,
                kostenfrei=betreuung.gebuehr_frei_heute.value,
                stelle=gericht,
                frist=(
                    Frist(datum=zeitpunkt.antrag_ab, message=N_("uebersicht.frist.betreuung"))
                    if zeitpunkt.antrag_ab > rechtsstand
                    else Frist(
                        datum=zeitpunkt.volljaehrig_ab,
                        message=N_("uebersicht.frist.betreuung_jetzt"),
                    )
                ),
            )
        )
    if scenario.erbe == Erbe():
        return zeilen
    gesetzlich = result.erbe.gesetzlich
    if gesetzlich is not None and _betrag(gesetzlich.einzusetzen) is not None:
        zeilen.append(
            _zeile(
                "erbe",
                "einsatz",
                N_("uebersicht.name.erbe_einsatz"),
                gesetzlich.einzusetzen,
                art="kosten",
                kostenfrei=False,
                stelle=N_("stelle.sozialamt"),
                rang=RANG_KOSTEN,
            )
        )
    zeilen.append(
        _zeile(
            "erbe",
            "aufwandspauschale",
            N_("uebersicht.name.aufwandspauschale"),
            betreuung.aufwandspauschale,
            stelle=gericht,
            rang=RANG_BUDGET,
        )
    )
    return zeilen


# The deadline line's name and where the Widerspruch or the Klage goes (§ 84 Abs. 1 SGG: to
# the office that issued the Bescheid; § 87, § 91 SGG: to the Sozialgericht).
RECHTSBEHELF_NAME = {
    Rechtsbehelf.widerspruch: N_("uebersicht.name.frist_widerspruch"),
    Rechtsbehelf.klage: N_("uebersicht.name.frist_klage"),
}
RECHTSBEHELF_STELLE = {
    Rechtsbehelf.widerspruch: N_("stelle.bescheid_behoerde"),
    Rechtsbehelf.klage: N_("stelle.sozialgericht"),
}


def frist_zeile(frist: Fristergebnis, rechtsstand: date) -> Zeile:
    """The last day for the Widerspruch or the Klage: the Bekanntgabe (§ 37 Abs. 2 SGB X),
    one month or one year from it (§§ 84, 87, 66 Abs. 2 SGG), moved past Saturdays, Sundays
    and the Land's holidays (§ 64 Abs. 3 SGG). Before all other lines while it runs; once
    passed it says so and moves down among the lines to apply for."""
    ende = frist.ende
    letzter_tag = ende.value.value  # type: ignore[union-attr]
    vorbei = letzter_tag < rechtsstand
    return _zeile(
        "widerspruch",
        "frist",
        RECHTSBEHELF_NAME[frist.rechtsbehelf],
        ende.model_copy(update={"steps": frist.bekanntgabe.steps + ende.steps}),
        stelle=RECHTSBEHELF_STELLE[frist.rechtsbehelf],
        stelle_wie=N_("uebersicht.stelle_einlegen"),
        rang=RANG_ANTRAG if vorbei else RANG_RECHTSBEHELF,
        frist=Frist(
            datum=letzter_tag,
            message=N_("uebersicht.frist.rechtsbehelf_vorbei")
            if vorbei
            else N_("uebersicht.frist.rechtsbehelf"),
        ),
    )


def widerspruch_zeilen(
    result: WiderspruchResult, scenario: Scenario, rechtsstand: date
) -> list[Zeile]:
    """The deadline once the Bescheid's date is given (:func:`frist_zeile`). Once the
    Krankenversicherung questions are answered: the Belastungsgrenze of the year, the most
    the household pays in Zuzahlungen (§ 62 SGB V), the Zahnersatz Härtefall when it
    applies (§ 55 Abs. 2 SGB V), and from the calculator the benefit's Zuzahlung (or that a
    minor pays none) and what is left to pay this year. All costs stay out of the month's
    total. The Fahrkosten and the Wohnumfeldverbesserung are the care screen's lines and the
    Wohnkosten of a besondere Wohnform the work screen's Grundsicherung."""
    zeilen = []
    if isinstance(result.frist, Fristergebnis):
        zeilen.append(frist_zeile(result.frist, rechtsstand))
    zuzahlung = scenario.widerspruch.zuzahlung
    grenze = result.belastungsgrenze
    if zuzahlung == Zuzahlung() or isinstance(grenze, NotCoveredResult):
        return zeilen
    kasse = N_("stelle.krankenkasse_zuzahlung")

    def kosten(key: str, name: str, erklaerung: ExplainedAmount) -> Zeile:
        """A cost of the year, 0 € included (a Belastungsgrenze of 0 € is an answer)."""
        return _zeile(
            "widerspruch",
            key,
            name,
            erklaerung,
            art="kosten",
            betrag=erklaerung.value,
            kostenfrei=False,
            stelle=kasse,
            rang=RANG_KOSTEN,
        )

    zeilen.append(kosten("belastungsgrenze", N_("uebersicht.name.belastungsgrenze"), grenze))
    zahn = result.zahnersatz
    if not isinstance(zahn, NotCoveredResult) and zahn.haertefall.value:
        zeilen.append(
            _zeile(
                "widerspruch",
                "zahnersatz",
                N_("uebersicht.name.zahnersatz_haertefall"),
                zahn.haertefall.model_copy(
                    update={"steps": zahn.grenze.steps + zahn.haertefall.steps}
                ),
                kostenfrei=True,
                stelle=kasse,
            )
        )
    rechnung = result.zuzahlen
    if isinstance(rechnung, NotCoveredResult):
        return zeilen
    befreit = rechnung.befreit
    if befreit is not None and befreit.value:
        zeilen.append(
            _zeile(
                "widerspruch",
                "zuzahlung",
                N_("uebersicht.name.zuzahlung"),
                befreit,
                kostenfrei=True,
                stelle=kasse,
            )
        )
    elif rechnung.betrag is not None:
        zeilen.append(kosten("zuzahlung", N_("uebersicht.name.zuzahlung"), rechnung.betrag))
    if zuzahlung.bisher_jahr > 0:
        zeilen.append(kosten("zuzahlung_rest", N_("uebersicht.name.zuzahlung_rest"), rechnung.jahr))
    return zeilen


BEREICHE: tuple[Bereich, ...] = (
    Bereich("pflege", N_("nav.pflege"), "screens/pflege.py", evaluate_pflege, pflege_zeilen),
    Bereich(
        "eingliederungshilfe",
        N_("nav.eingliederungshilfe"),
        "screens/eingliederungshilfe.py",
        evaluate_eingliederungshilfe,
        eingliederungshilfe_zeilen,
    ),
    Bereich("kinder", N_("nav.kinder"), "screens/kinder.py", evaluate_kinder, kinder_zeilen),
    Bereich("arbeit", N_("nav.arbeit"), "screens/arbeit.py", evaluate_arbeit, arbeit_zeilen),
    Bereich("steuern", N_("nav.steuern"), "screens/steuern.py", evaluate_steuern, steuern_zeilen),
    Bereich("erbe", N_("nav.erbe"), "screens/erbe.py", evaluate_erbe, erbe_zeilen),
    Bereich(
        "widerspruch",
        N_("nav.widerspruch"),
        "screens/widerspruch.py",
        evaluate_widerspruch,
        widerspruch_zeilen,
    ),
)


BEREICH = {bereich.key: bereich for bereich in BEREICHE}


def _reihenfolge(zeile: Zeile, rechtsstand: date) -> tuple[int, date, Decimal]:
    frist = zeile.frist.datum if zeile.frist else date.max
    betrag = zeile.betrag.amount if zeile.betrag else Decimal(0)
    if zeile.rang < RANG_BALD:
        return (zeile.rang, frist, -betrag)
    bald = rechtsstand <= frist and frist - rechtsstand <= BALD
    return (RANG_BALD, frist, -betrag) if bald else (zeile.rang, date.max, -betrag)


def uebersicht(scenario: Scenario, rechtsstand: date) -> Uebersicht:
    """Every area's lines for the household on ``rechtsstand``, the first to act on first;
    an area whose data does not reach the date is named instead of its lines."""
    zeilen: list[Zeile] = []
    nicht_abgedeckt: list[tuple[str, NotCoveredResult]] = []
    for bereich in BEREICHE:
        result = bereich.evaluate(scenario, rechtsstand)
        if isinstance(result, NotCoveredResult):
            nicht_abgedeckt.append((bereich.key, result))
        else:
            zeilen += bereich.zeilen(result, scenario, rechtsstand)
    return Uebersicht(
        rechtsstand=rechtsstand,
        zeilen=tuple(sorted(zeilen, key=lambda z: _reihenfolge(z, rechtsstand))),
        nicht_abgedeckt=tuple(nicht_abgedeckt),
    )

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

from engine.eingliederungshilfe.rules import EingliederungshilfeErgebnis
from engine.evaluate import PflegeResult, evaluate_eingliederungshilfe, evaluate_pflege
from engine.explain import N_, Explained, Money, Term
from engine.parameters import NotCoveredResult, param
from engine.pflege.leistungen import Leistung
from engine.scenario import Scenario

# What to do first: a line whose day that matters lies within a year, then money paid
# every month, then benefits to apply for, then budgets drawn when needed, then what the
# household pays; within a rank the larger amount first.
BALD = timedelta(days=365)
RANG_BALD = 0
RANG_MONATLICH = 10
RANG_ANTRAG = 20
RANG_BUDGET = 30
RANG_KOSTEN = 40


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
    legal_basis: str
    erklaerung: Explained  # the area's steps behind the line
    seite: str  # the area screen's page file, e.g. "screens/pflege.py"
    rang: int
    frist: Frist | None = None

    @property
    def monatlich(self) -> Decimal:
        """The line's signed amount per month in the total (costs negative); 0 outside it."""
        if not self.im_monat or self.betrag is None:
            return Decimal(0)
        return -self.betrag.amount if self.art == "kosten" else self.betrag.amount


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
        """Benefits paid every month less what the household pays every month."""
        return sum((z.monatlich for z in self.zeilen), Decimal(0))


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
    pay a share of each technical aid)."""
    if result.pflegegrad is None:
        return []
    leistungen = result.leistungen
    monatlich = {item.key for item in leistungen.monatlich()}
    volljaehrig = volljaehrig_ab(scenario, rechtsstand)
    zeilen = []
    gruppen = (
        leistungen.leistungen,
        leistungen.ersatzpflege,
        leistungen.krankenkasse,
        leistungen.pflegeperson,
    )
    for item in (i for gruppe in gruppen for i in gruppe):
        if not item.anspruch.value or (item.betrag and not item.betrag.value.amount):  # type: ignore[union-attr]
            continue
        frist = None
        if item.key == "pflegehilfsmittel" and volljaehrig is not None:
            frist = Frist(datum=volljaehrig, message=N_("uebersicht.frist.pflegehilfsmittel"))
        rang = RANG_MONATLICH if item.key in monatlich else RANG_BUDGET
        zeilen.append(_pflege_zeile(item, rang, item.key in monatlich, frist))
    return zeilen


def eingliederungshilfe_zeilen(
    result: EingliederungshilfeErgebnis, scenario: Scenario, rechtsstand: date
) -> list[Zeile]:
    """Each benefit asked for (free or not) at the responsible Träger, and the monthly
    Kostenbeitrag. A minor's parents' income stops counting at 18 (§ 135 with § 136 Abs. 1
    and 5 SGB IX: an adult's contribution follows only their own income)."""
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
)


BEREICH = {bereich.key: bereich for bereich in BEREICHE}


def _reihenfolge(zeile: Zeile, rechtsstand: date) -> tuple[int, date, Decimal]:
    frist = zeile.frist.datum if zeile.frist else date.max
    bald = frist - rechtsstand <= BALD
    betrag = zeile.betrag.amount if zeile.betrag else Decimal(0)
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

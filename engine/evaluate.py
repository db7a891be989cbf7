"""Evaluate a scenario for a Rechtsstand date: the one entry point every screen calls."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from datetime import date
from decimal import Decimal
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, computed_field

from engine.arbeit.grundsicherung import KduBesondereWohnform, kdu_besondere_wohnform
from engine.arbeit.rules import ArbeitErgebnis, Verlaufspunkt, arbeit_ergebnis, verlauf
from engine.eingliederungshilfe.aufenthalt import eingliederungshilfe_aufenthalt
from engine.eingliederungshilfe.rules import EingliederungshilfeErgebnis, eingliederungshilfe
from engine.erbe.rules import BetreuungErgebnis, ErbeErgebnis, betreuung, erbe
from engine.explain import Explained, ExplainedAmount, ExplainedDecision, ParameterUse
from engine.household import Wohnform
from engine.kinder.ergebnis import KinderErgebnis, kinder_ergebnis
from engine.nachteilsausgleiche.aufenthalt import schwerbehindertenausweis_aufenthalt
from engine.nachteilsausgleiche.rules import (
    SteuernErgebnis,
    blindengeld,
    kfz_steuer,
    merkzeichen_tabelle,
    rundfunkbeitrag,
    schwerbehindert,
    steuerersparnis,
    wertmarke,
)
from engine.nachteilsausgleiche.scenario import Veranlagung
from engine.parameters import NotCovered, NotCoveredResult, check_covered, coverage_gap
from engine.person import completed_years, lebensalter, volljaehrig
from engine.pflege.aufenthalt import (
    blindenhilfe_aufenthalt,
    hilfe_zur_pflege_aufenthalt,
    kostentraeger,
    leistungen_nach_versicherung,
    pflegeversicherung_aufenthalt,
    zuordnen,
)
from engine.pflege.begutachtung import Begutachtungsergebnis, begutachten
from engine.pflege.hilfe_zur_pflege import HilfeZurPflegeErgebnis, hilfe_zur_pflege
from engine.pflege.leistungen import (
    Begutachtungshinweis,
    Leistung,
    PflegeLeistungen,
    begutachtungshinweis,
    fahrkosten,
    leistungen,
    wohnumfeldverbesserung,
)
from engine.pflege.scenario import Begutachtung
from engine.scenario import Scenario
from engine.widerspruch.brief import abweichende_module
from engine.widerspruch.fristen import Fristergebnis, frist
from engine.widerspruch.zuzahlen import Zuzahlungsrechnung, rechnen
from engine.widerspruch.zuzahlung import (
    ZahnersatzErgebnis,
    belastungsgrenze,
    zahnersatz_haertefall,
    zuzahlungen_gelten,
)


class FieldIssue(BaseModel):
    """An input that is valid on its own but not for this date (path like pydantic's loc)."""

    path: tuple[str, ...]
    message: str


class PersonResult(BaseModel):
    model_config = ConfigDict(frozen=True)

    lebensalter: ExplainedAmount
    volljaehrig: ExplainedDecision


class PflegeAufenthalt(BaseModel):
    """What the residence status means for care: shown first when it limits anything."""

    model_config = ConfigDict(frozen=True)

    pflegeversicherung: ExplainedAmount
    hilfe_zur_pflege: ExplainedAmount


class PflegeResult(BaseModel):
    """The care screen's answer: the grade (known or assessed) and what it brings."""

    model_config = ConfigDict(frozen=True)

    begutachtung: Begutachtungsergebnis | None
    pflegegrad: int | None
    pflegegrad_quelle: Literal["bekannt", "begutachtung", "keiner"]
    leistungen: PflegeLeistungen
    # None until its questions are answered; not covered on dates its data does not reach.
    hilfe_zur_pflege: HilfeZurPflegeErgebnis | NotCoveredResult | None
    hinweis: Begutachtungshinweis
    aufenthalt: PflegeAufenthalt


class ErbeResult(BaseModel):
    """The inheritance screen's answer: shares and cases, and the Betreuung."""

    model_config = ConfigDict(frozen=True)

    erbe: ErbeErgebnis
    betreuung: BetreuungErgebnis


def _explained_parts(value: object) -> list[Explained]:
    """Every explained result inside ``value`` (models, tuples), depth first."""
    if isinstance(value, Explained):
        return [value]
    if isinstance(value, BaseModel):
        return [
            p for name in type(value).model_fields for p in _explained_parts(getattr(value, name))
        ]
    if isinstance(value, tuple | list):
        return [p for item in value for p in _explained_parts(item)]
    return []


class WiderspruchResult(BaseModel):
    """The deadline screen's answer: the deadline, the modules for the letter, the
    Krankenversicherung limits and the Pflegekasse's Wohnumfeld amount."""

    model_config = ConfigDict(frozen=True)

    # None until the Bescheid's date is given; not covered for a Bescheid before 2023.
    frist: Fristergebnis | NotCoveredResult | None
    selbst_pflegegrad: int | None
    module: tuple[int, ...]
    # Whether §§ 55, 61, 62 SGB V reach the household (gesetzlich or § 264 card); when not,
    # the three amounts below are the ones for Versicherte and are not shown.
    zuzahlungen_gelten: ExplainedDecision
    belastungsgrenze: ExplainedAmount | NotCoveredResult
    zahnersatz: ZahnersatzErgebnis | NotCoveredResult
    zuzahlen: Zuzahlungsrechnung | NotCoveredResult
    fahrkosten: Leistung
    wohnumfeld: Leistung
    # None unless the person lives in a besondere Wohnform (§ 42a Abs. 5 SGB XII).
    besondere_wohnform: KduBesondereWohnform | NotCoveredResult | None


class Result(BaseModel):
    """Everything the engine says about one scenario on one date."""

    model_config = ConfigDict(frozen=True)

    rechtsstand: date
    scenario: Scenario
    person: PersonResult | None
    pflege: PflegeResult | NotCoveredResult
    eingliederungshilfe: EingliederungshilfeErgebnis | NotCoveredResult
    steuern: SteuernErgebnis | NotCoveredResult
    erbe: ErbeResult | NotCoveredResult
    arbeit: ArbeitErgebnis | NotCoveredResult
    # None until the child's birth date is known.
    kinder: KinderErgebnis | NotCoveredResult | None = None
    widerspruch: WiderspruchResult

    @computed_field  # type: ignore[prop-decorator]
    @property
    def unverified(self) -> tuple[ParameterUse, ...]:
        """All unverified parameter values any part of the result used."""
        seen: dict[tuple[str, date], ParameterUse] = {}
        parts = [
            self.person,
            self.pflege,
            self.eingliederungshilfe,
            self.erbe,
            self.arbeit,
            self.kinder,
            self.steuern,
        ]
        for part in [p for model in parts for p in _explained_parts(model)]:
            for use in part.unverified:
                seen.setdefault((use.key, use.valid_from), use)
        return tuple(seen.values())


# The parameter areas each part reads; a date one of them does not cover answers the part
# with the values it is waiting for, even before the part's questions are answered.
PFLEGE_AREAS = ("pflege", "krankenversicherung", "asyl")
HILFE_ZUR_PFLEGE_AREAS = ("sozialhilfe", "pflege")
EINGLIEDERUNGSHILFE_AREAS = ("eingliederungshilfe", "asyl")
KINDER_AREAS = ("kinder", "einkommensteuer", "krankenversicherung", "pflege", "erbe", "asyl")
STEUERN_AREAS = ("einkommensteuer", "nachteilsausgleiche", "asyl")
ERBE_AREAS = ("erbe", "sozialhilfe", "eingliederungshilfe")
ARBEIT_AREAS = ("grundsicherung", "arbeit", "sozialhilfe", "eingliederungshilfe", "asyl")

T = TypeVar("T")


def _covered(
    areas: tuple[str, ...], rechtsstand: date, part: Callable[[], T]
) -> T | NotCoveredResult:
    """The part's result, or a typed "not covered" naming the missing parameters.

    A parameter of another area read on the way (not listed in ``areas``) is caught too,
    so one uncovered area never fails the whole evaluation.
    """
    gap = coverage_gap(areas, rechtsstand)
    if gap is not None:
        return gap
    try:
        return part()
    except NotCovered as error:
        return NotCoveredResult.of(error)


# A session's kept results: set per run by the app (ui/state.py), absent elsewhere.
_KEPT: ContextVar[dict[tuple[str, str, date], object] | None] = ContextVar("kept", default=None)
# A screen needs a few distinct inputs per run; more means the household changed meanwhile.
RESULTS_KEPT = 8


def keep_results(store: dict[tuple[str, str, date], object] | None) -> None:
    """Keep this run's results in ``store``, the session's own dict (None: keep nothing).

    A screen asks for the same answer many times in one run (each section reads its own
    part): with a store, the pure evaluation runs once per distinct input. The store belongs
    to one session and goes with it, so no household's data outlives its session on the
    server; the CLI and the tests set none.
    """
    _KEPT.set(store)


def _kept(name: str, scenario: Scenario, rechtsstand: date, compute: Callable[[], T]) -> T:
    store = _KEPT.get()
    if store is None:
        return compute()
    key = (name, scenario.model_dump_json(), rechtsstand)
    if key not in store:
        if len(store) >= RESULTS_KEPT:
            store.clear()
        store[key] = compute()
    return store[key]  # type: ignore[return-value]


def _minderjaehrig(scenario: Scenario, rechtsstand: date) -> bool:
    """Without a birth date the person is taken as an adult (the rules then ask less)."""
    geburtsdatum = scenario.person.geburtsdatum
    return geburtsdatum is not None and not volljaehrig(geburtsdatum, rechtsstand).value


def evaluate_eingliederungshilfe(
    scenario: Scenario, rechtsstand: date
) -> EingliederungshilfeErgebnis | NotCoveredResult:
    """Responsibility, free benefits and the Kostenbeitrag (§§ 135–142 SGB IX)."""
    return _kept(
        "eingliederungshilfe",
        scenario,
        rechtsstand,
        lambda: _eingliederungshilfe(scenario, rechtsstand),
    )


def _eingliederungshilfe(
    scenario: Scenario, rechtsstand: date
) -> EingliederungshilfeErgebnis | NotCoveredResult:
    geburtsdatum = scenario.person.geburtsdatum
    minderjaehrig = _minderjaehrig(scenario, rechtsstand)
    return _covered(
        EINGLIEDERUNGSHILFE_AREAS,
        rechtsstand,
        lambda: eingliederungshilfe(
            scenario.eingliederungshilfe,
            _minderjaehrig(scenario, rechtsstand),
            scenario.eltern,
            scenario.person.wohnform,
            rechtsstand,
            alter=completed_years(geburtsdatum, rechtsstand) if geburtsdatum else None,
            partner=scenario.person.partner,
        ).model_copy(
            update={
                "aufenthalt": eingliederungshilfe_aufenthalt(
                    scenario.aufenthalt, minderjaehrig, rechtsstand
                )
            }
        ),
    )


def evaluate_kinder(
    scenario: Scenario, rechtsstand: date
) -> KinderErgebnis | NotCoveredResult | None:
    """The children's screen: who pays, what is free, Kindergeld, the parents' benefits of
    the Krankenkasse and the life-stage timeline (engine/kinder)."""
    return _kept(
        "kinder",
        scenario,
        rechtsstand,
        lambda: _covered(
            KINDER_AREAS,
            rechtsstand,
            lambda: kinder_ergebnis(
                scenario.person,
                scenario.eltern,
                scenario.aufenthalt,
                scenario.eingliederungshilfe,
                scenario.kinder,
                rechtsstand,
            ),
        ),
    )


def evaluate_erbe(scenario: Scenario, rechtsstand: date) -> ErbeResult | NotCoveredResult:
    """Statutory shares, Pflichtteil, the cases with and without a Behindertentestament, and
    the Betreuung from the 18th birthday (engine/erbe/rules.py)."""
    return _kept(
        "erbe",
        scenario,
        rechtsstand,
        lambda: _covered(ERBE_AREAS, rechtsstand, lambda: _erbe(scenario, rechtsstand)),
    )


def _erbe(scenario: Scenario, rechtsstand: date) -> ErbeResult:
    partner = bool(scenario.person.partner)
    ergebnis = erbe(scenario.erbe, partner, rechtsstand)
    erbteil = ergebnis.kind_betrag.value.amount  # type: ignore[union-attr]
    return ErbeResult(
        erbe=ergebnis,
        betreuung=betreuung(
            scenario.person.geburtsdatum, partner, scenario.erbe, erbteil, rechtsstand
        ),
    )


def evaluate_arbeit(scenario: Scenario, rechtsstand: date) -> ArbeitErgebnis | NotCoveredResult:
    """Paths into work, the Werkstatt pay slip and what the person lives on (§§ 41 ff.
    SGB XII or SGB II)."""
    return _kept(
        "arbeit",
        scenario,
        rechtsstand,
        lambda: _covered(ARBEIT_AREAS, rechtsstand, lambda: _arbeit(scenario, rechtsstand)),
    )


def evaluate_arbeit_verlauf(
    scenario: Scenario, rechtsstand: date, bis: Decimal, punkte: int
) -> tuple[Verlaufspunkt, ...]:
    """The Grundsicherung across Werkstatt pay from the Grundbetrag to ``bis`` (the sweep
    chart); raises NotCovered like the part it sweeps."""
    return _kept(
        f"arbeit.verlauf.{bis}.{punkte}",
        scenario,
        rechtsstand,
        lambda: verlauf(
            scenario.arbeit, scenario.person, scenario.eltern, rechtsstand, bis, punkte
        ),
    )


def _arbeit(scenario: Scenario, rechtsstand: date) -> ArbeitErgebnis:
    geburtsdatum = scenario.person.geburtsdatum
    return arbeit_ergebnis(
        scenario.arbeit,
        scenario.person,
        scenario.eltern,
        scenario.aufenthalt,
        not _minderjaehrig(scenario, rechtsstand),
        completed_years(geburtsdatum, rechtsstand) if geburtsdatum else None,
        rechtsstand,
    )


def evaluate_pflege(scenario: Scenario, rechtsstand: date) -> PflegeResult | NotCoveredResult:
    """Pflegegrad and benefits: a known grade wins over the self-assessment."""
    return _kept(
        "pflege",
        scenario,
        rechtsstand,
        lambda: _covered(PFLEGE_AREAS, rechtsstand, lambda: _pflege(scenario, rechtsstand)),
    )


def _pflege(scenario: Scenario, rechtsstand: date) -> PflegeResult:
    person = scenario.person
    begutachtung = scenario.pflege.begutachtung
    ergebnis = None
    if begutachtung != Begutachtung():
        ergebnis = begutachten(begutachtung, person.geburtsdatum, rechtsstand)
    if person.pflegegrad is not None:
        grad, quelle = person.pflegegrad, "bekannt"
    elif ergebnis is not None:
        grad, quelle = ergebnis.pflegegrad, "begutachtung"
    else:
        grad, quelle = None, "keiner"
    geburtsdatum = person.geburtsdatum
    alter = completed_years(geburtsdatum, rechtsstand) if geburtsdatum else None
    erwachsen = not _minderjaehrig(scenario, rechtsstand)
    hzp = scenario.pflege.hilfe_zur_pflege
    return PflegeResult(
        begutachtung=ergebnis,
        pflegegrad=grad,
        pflegegrad_quelle=quelle,
        leistungen=leistungen_nach_versicherung(
            leistungen(
                grad,
                alter,
                erwachsen,
                scenario.pflege,
                person.wohnform,
                person.merkzeichen,
                rechtsstand,
            ),
            scenario.aufenthalt,
            rechtsstand,
        ),
        hilfe_zur_pflege=_covered(
            HILFE_ZUR_PFLEGE_AREAS,
            rechtsstand,
            lambda: (
                hilfe_zur_pflege(
                    hzp,
                    grad,
                    not erwachsen,
                    scenario.eltern,
                    person.wohnform,
                    rechtsstand,
                    scenario.pflege.verguetung_einrichtung_monat,
                    scenario.pflege.heim_monate,
                    person.partner,
                )
                if hzp is not None
                else None
            ),
        ),
        hinweis=begutachtungshinweis(rechtsstand),
        aufenthalt=PflegeAufenthalt(
            pflegeversicherung=pflegeversicherung_aufenthalt(scenario.aufenthalt, rechtsstand),
            hilfe_zur_pflege=hilfe_zur_pflege_aufenthalt(scenario.aufenthalt, rechtsstand),
        ),
    )


def evaluate_steuern(scenario: Scenario, rechtsstand: date) -> SteuernErgebnis | NotCoveredResult:
    """Income tax allowances, Wertmarke, Kfz-Steuer, Rundfunkbeitrag, Blindengeld."""
    return _kept("steuern", scenario, rechtsstand, lambda: _steuern(scenario, rechtsstand))


def _steuern(scenario: Scenario, rechtsstand: date) -> SteuernErgebnis | NotCoveredResult:
    person, steuern = scenario.person, scenario.steuern
    minderjaehrig = _minderjaehrig(scenario, rechtsstand)
    veranlagung = steuern.veranlagung or (
        Veranlagung.eltern if minderjaehrig else Veranlagung.selbst
    )
    zuhause = person.wohnform in (None, Wohnform.zuhause)

    alter = completed_years(person.geburtsdatum, rechtsstand) if person.geburtsdatum else None

    def ergebnis() -> SteuernErgebnis:
        blind = blindengeld(
            person.merkzeichen,
            person.bundesland,
            alter,
            person.pflegegrad,
            zuhause,
            person.wohnform in (Wohnform.vollstationaer, Wohnform.besondere_wohnform),
            rechtsstand,
        )
        freifahrt = wertmarke(person.merkzeichen, steuern.grundsicherung, rechtsstand)
        return SteuernErgebnis(
            schwerbehindert=schwerbehindert(person.gdb, rechtsstand),
            merkzeichen=merkzeichen_tabelle(person.merkzeichen),
            veranlagung=veranlagung,
            steuer=steuerersparnis(
                steuern,
                person.gdb,
                person.merkzeichen,
                person.pflegegrad,
                veranlagung,
                alter,
                rechtsstand,
            ),
            wertmarke=freifahrt,
            kfz=kfz_steuer(person.merkzeichen, steuern.kfz_steuer, freifahrt, rechtsstand),
            rundfunkbeitrag=rundfunkbeitrag(
                person.merkzeichen, steuern.grundsicherung, rechtsstand
            ),
            blindengeld=blind,
            aufenthalt=schwerbehindertenausweis_aufenthalt(scenario.aufenthalt),
            blindenhilfe_aufenthalt=None
            if blind is None
            else blindenhilfe_aufenthalt(scenario.aufenthalt, rechtsstand),
        )

    return _covered(STEUERN_AREAS, rechtsstand, ergebnis)


WIDERSPRUCH_AREAS = ("widerspruch",)
ZUZAHLUNG_AREAS = ("zuzahlung", "eingliederungshilfe")
WOHNFORM_AREAS = ("grundsicherung",)


def evaluate_widerspruch(scenario: Scenario, rechtsstand: date) -> WiderspruchResult:
    """Deadline (§ 37 SGB X, §§ 64, 66, 84, 87 SGG), the letter's modules, §§ 55, 62 SGB V
    and § 40 Abs. 4 SGB XI."""
    return _kept("widerspruch", scenario, rechtsstand, lambda: _widerspruch(scenario, rechtsstand))


def _widerspruch(scenario: Scenario, rechtsstand: date) -> WiderspruchResult:
    teil = scenario.widerspruch
    person = scenario.person
    datum = teil.bescheid_datum
    fristergebnis = None
    if datum is not None:
        fristergebnis = _covered(
            WIDERSPRUCH_AREAS,
            datum,
            lambda: frist(
                datum, teil.zugang, teil.rechtsbehelf, not teil.belehrung_fehlt, person.bundesland
            ),
        )
    selbst = None
    if scenario.pflege.begutachtung != Begutachtung():
        selbst = _covered(
            PFLEGE_AREAS,
            rechtsstand,
            lambda: begutachten(scenario.pflege.begutachtung, person.geburtsdatum, rechtsstand),
        )
    ergebnis = selbst if isinstance(selbst, Begutachtungsergebnis) else None
    grenze = _covered(
        ZUZAHLUNG_AREAS, rechtsstand, lambda: belastungsgrenze(teil.zuzahlung, rechtsstand)
    )
    wohnform = None
    if person.wohnform is Wohnform.besondere_wohnform:
        wohnform = _covered(
            WOHNFORM_AREAS,
            rechtsstand,
            lambda: kdu_besondere_wohnform(scenario.arbeit, rechtsstand),
        )
    # The screen's two care benefits say who pays, as on the care screen.
    fahrt, wohnumfeld = zuordnen(
        (
            fahrkosten(
                person.pflegegrad,
                person.merkzeichen,
                scenario.pflege.mobilitaet_dauerhaft_beeintraechtigt,
            ),
            wohnumfeldverbesserung(person.pflegegrad, rechtsstand),
        ),
        kostentraeger(scenario.aufenthalt, rechtsstand),
    )
    return WiderspruchResult(
        frist=fristergebnis,
        selbst_pflegegrad=ergebnis.pflegegrad if ergebnis else None,
        module=abweichende_module(person.pflegegrad, ergebnis),
        zuzahlungen_gelten=zuzahlungen_gelten(scenario.aufenthalt, rechtsstand),
        belastungsgrenze=grenze,
        zahnersatz=_covered(
            ZUZAHLUNG_AREAS,
            rechtsstand,
            lambda: zahnersatz_haertefall(teil.zuzahlung, person.bundesland, rechtsstand),
        ),
        zuzahlen=grenze
        if isinstance(grenze, NotCoveredResult)
        else rechnen(teil.zuzahlung, person.geburtsdatum, grenze, rechtsstand),
        fahrkosten=fahrt,
        wohnumfeld=wohnumfeld,
        besondere_wohnform=wohnform,
    )


def check_for_date(scenario: Scenario, rechtsstand: date) -> list[FieldIssue]:
    """Inputs that contradict the Rechtsstand date (a birth date after it)."""
    geburtsdatum = scenario.person.geburtsdatum
    if geburtsdatum is not None and geburtsdatum > rechtsstand:
        return [FieldIssue(path=("person", "geburtsdatum"), message="after the Rechtsstand date")]
    return []


def evaluate(scenario: Scenario, rechtsstand: date) -> Result:
    """Evaluate ``scenario`` with the law in force on ``rechtsstand``.

    Raises NotCovered for a date no area covers and ValueError listing
    :func:`check_for_date` issues, so no caller gets an answer for a date we cannot back.
    An area whose data does not reach the date answers with a :class:`NotCoveredResult`
    naming the missing parameters; the other areas still answer.
    """
    check_covered(rechtsstand)
    issues = check_for_date(scenario, rechtsstand)
    if issues:
        raise ValueError("; ".join(f"{'.'.join(i.path)}: {i.message}" for i in issues))
    geburtsdatum = scenario.person.geburtsdatum
    person = None
    if geburtsdatum is not None:
        person = PersonResult(
            lebensalter=lebensalter(geburtsdatum, rechtsstand),
            volljaehrig=volljaehrig(geburtsdatum, rechtsstand),
        )
    return Result(
        rechtsstand=rechtsstand,
        scenario=scenario,
        person=person,
        pflege=evaluate_pflege(scenario, rechtsstand),
        eingliederungshilfe=evaluate_eingliederungshilfe(scenario, rechtsstand),
        steuern=evaluate_steuern(scenario, rechtsstand),
        widerspruch=evaluate_widerspruch(scenario, rechtsstand),
        arbeit=evaluate_arbeit(scenario, rechtsstand),
        erbe=evaluate_erbe(scenario, rechtsstand),
        kinder=evaluate_kinder(scenario, rechtsstand),
    )

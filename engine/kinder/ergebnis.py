"""The children's screen's answer for one child on one date, built from the rules."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from engine.eingliederungshilfe.aufenthalt import eingliederungshilfe_aufenthalt
from engine.eingliederungshilfe.rules import zustaendigkeit
from engine.eingliederungshilfe.scenario import Eingliederungshilfe
from engine.explain import ExplainedAmount, ExplainedDecision, Money
from engine.household import Aufenthalt, Eltern, Person
from engine.kinder import rules as r
from engine.kinder.aufenthalt import kindergeld_aufenthalt
from engine.kinder.scenario import Kinder
from engine.kinder.zeitleiste import Lebensabschnitt, zeitleiste
from engine.nachteilsausgleiche.einkommensteuer import behinderten_pauschbetrag, grundfreibetrag
from engine.parameters import param
from engine.person import completed_years
from engine.pflege.leistungen import Leistung, kurzzeitpflege_krankenkasse, pflegegeld

ZERO = Decimal(0)


class Kindergeld(BaseModel):
    """Kindergeld for the Rechtsstand month, and for an adult child the month-by-month test
    of the Rechtsstand's calendar year."""

    model_config = ConfigDict(frozen=True)

    betrag: ExplainedAmount  # for the Rechtsstand month (0 € without a claim)
    volljaehrig: bool  # the adult-child test applies this month
    behinderung: ExplainedDecision | None  # disability before 25; None for a minor
    pruefung: ExplainedDecision | None  # need vs. means this month; None for a minor
    lebensbedarf: r.Lebensbedarf | None
    monate: tuple[r.Monatspruefung, ...]
    aufenthalt: ExplainedAmount


class KinderErgebnis(BaseModel):
    model_config = ConfigDict(frozen=True)

    alter: int
    minderjaehrig: bool  # Kita and school are asked about for minors only
    zustaendigkeit: ExplainedAmount
    verfahrenslotse: ExplainedDecision
    # § 100 SGB IX: Frühförderung, Kita and school help are Eingliederungshilfe.
    eingliederungshilfe_aufenthalt: ExplainedAmount
    fruehfoerderung: ExplainedDecision
    kita: ExplainedDecision
    schule: ExplainedDecision
    kindergeld: Kindergeld
    kinderkrankengeld: ExplainedAmount
    kinderkrankengeld_versicherung: ExplainedAmount  # § 45 SGB V: who is insured for it
    haushaltshilfe: ExplainedAmount
    haushaltshilfe_versicherung: ExplainedAmount  # § 38 SGB V, § 264 SGB V, §§ 4, 6 AsylbLG
    mitaufnahme: ExplainedDecision
    kurzzeitpflege: Leistung
    nachsorge: ExplainedDecision
    zeitleiste: tuple[Lebensabschnitt, ...]


def _pflegegeld_monat(kinder: Kinder, person: Person, on: date) -> Decimal:
    if not kinder.pflegegeld:
        return ZERO
    leistung = pflegegeld(person.pflegegrad, ZERO, on)
    if leistung.betrag is None:
        return ZERO
    assert isinstance(leistung.betrag.value, Money)
    return leistung.betrag.value.amount


def _lebensbedarf(
    kinder: Kinder, person: Person, on: date
) -> tuple[r.Lebensbedarf, ExplainedAmount, ExplainedAmount | None]:
    freibetrag = grundfreibetrag(on)
    pausch = (
        None
        if kinder.mehrbedarf_monat is not None
        else behinderten_pauschbetrag(person.gdb, person.merkzeichen, person.pflegegrad, on)
    )
    jahr_gfb = freibetrag.value.amount  # type: ignore[union-attr]
    jahr_pb = ZERO if pausch is None else pausch.value.amount  # type: ignore[union-attr]
    bedarf = r.lebensbedarf(
        kinder.einkommen_monat,
        kinder.grundsicherung_monat,
        kinder.mehrbedarf_monat,
        jahr_gfb,
        jahr_pb,
        _pflegegeld_monat(kinder, person, on),
    )
    return bedarf, freibetrag, pausch


def _monat(geburtsdatum: date, kinder: Kinder, person: Person, monat: date) -> r.Monatspruefung:
    betrag = param("kindergeld_monat", monat).value
    if r.kind_ohne_weiteres(geburtsdatum, monat):
        return r.Monatspruefung(
            monat=monat, minderjaehrig=True, lebensbedarf=None, anspruch=True, kindergeld=betrag
        )
    rechtzeitig = r.behinderung_rechtzeitig(kinder.behinderung_vor_25, geburtsdatum, monat).value
    bedarf = _lebensbedarf(kinder, person, monat)[0]
    ok = rechtzeitig and r.ausserstande(bedarf)
    return r.Monatspruefung(
        monat=monat,
        minderjaehrig=False,
        lebensbedarf=bedarf,
        anspruch=ok,
        kindergeld=betrag if ok else ZERO,
    )


def kindergeld(
    geburtsdatum: date, kinder: Kinder, person: Person, aufenthalt: Aufenthalt, on: date
) -> Kindergeld:
    """§ 62, § 63, § 66 EStG with § 32 Abs. 3 and Abs. 4 Satz 1 Nr. 3 EStG, month by month
    for the calendar year of ``on`` (DA-KG A 19: the Familienkasse tests each month)."""
    monate = tuple(
        _monat(geburtsdatum, kinder, person, date(on.year, m, 1))
        for m in range(1, r.MONATE_IM_JAHR + 1)
    )
    voll = r.kindergeld_monat(on)
    jahr = {"monate": monate, "aufenthalt": kindergeld_aufenthalt(aufenthalt, on)}
    if r.kind_ohne_weiteres(geburtsdatum, on):
        return Kindergeld(
            betrag=voll,
            volljaehrig=False,
            behinderung=None,
            pruefung=None,
            lebensbedarf=None,
            **jahr,
        )
    behinderung = r.behinderung_rechtzeitig(kinder.behinderung_vor_25, geburtsdatum, on)
    bedarf, freibetrag, pausch = _lebensbedarf(kinder, person, on)
    ok = behinderung.value and r.ausserstande(bedarf)
    pruefung = ExplainedDecision(
        value=r.ausserstande(bedarf),
        legal_basis="§ 32 Abs. 4 Satz 1 Nr. 3 EStG",
        steps=r.lebensbedarf_schritte(bedarf, freibetrag, pausch),
    )
    if not behinderung.value:
        steps = behinderung.steps
    elif ok:
        steps = (*behinderung.steps, *pruefung.steps, *voll.steps)
    else:
        steps = (*behinderung.steps, *pruefung.steps)
    betrag = ExplainedAmount(
        value=voll.value if ok else Money(amount=ZERO, per="month"),
        legal_basis="§ 32 Abs. 4 Satz 1 Nr. 3, § 66 Abs. 1 EStG",
        steps=steps,
    )
    return Kindergeld(
        betrag=betrag,
        volljaehrig=True,
        behinderung=behinderung,
        pruefung=pruefung,
        lebensbedarf=bedarf,
        **jahr,
    )


def kinder_ergebnis(
    person: Person,
    eltern: Eltern,
    aufenthalt: Aufenthalt,
    eingliederungshilfe: Eingliederungshilfe,
    kinder: Kinder,
    on: date,
) -> KinderErgebnis | None:
    """Everything the children's screen shows; None until the birth date is known."""
    geburtsdatum = person.geburtsdatum
    if geburtsdatum is None:
        return None
    alter = completed_years(geburtsdatum, on)
    minderjaehrig = alter < int(param("volljaehrigkeit_alter", on).value)
    jung = alter < int(param("junger_volljaehriger_hoechstalter", on).value)
    return KinderErgebnis(
        alter=alter,
        minderjaehrig=minderjaehrig,
        zustaendigkeit=zustaendigkeit(
            eingliederungshilfe.behinderungsart,
            minderjaehrig,
            eingliederungshilfe.ursache,
            on,
            alter,
        ),
        verfahrenslotse=r.verfahrenslotse(jung, on),
        eingliederungshilfe_aufenthalt=eingliederungshilfe_aufenthalt(
            aufenthalt, minderjaehrig, on
        ),
        fruehfoerderung=r.fruehfoerderung(kinder.einschulung, alter, on),
        kita=r.kita(kinder.einschulung, alter, on),
        schule=r.schule(kinder.einschulung, alter, on),
        kindergeld=kindergeld(geburtsdatum, kinder, person, aufenthalt, on),
        kinderkrankengeld=r.kinderkrankengeld_tage(
            alter,
            kinder.auf_hilfe_angewiesen,
            eltern.zusammenlebend is False,
            eltern.kinder_im_haushalt,
            on,
        ),
        kinderkrankengeld_versicherung=r.kinderkrankengeld_versicherung(aufenthalt),
        haushaltshilfe=r.haushaltshilfe(alter, kinder.auf_hilfe_angewiesen, on),
        haushaltshilfe_versicherung=r.haushaltshilfe_versicherung(aufenthalt, on),
        mitaufnahme=r.mitaufnahme(bool(eingliederungshilfe.leistungen)),
        kurzzeitpflege=kurzzeitpflege_krankenkasse(person.pflegegrad, on),
        nachsorge=r.nachsorge(alter, on),
        zeitleiste=zeitleiste(geburtsdatum, kinder.einschulung, on),
    )

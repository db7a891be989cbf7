"""Kinder und Jugendliche: who is responsible, what is free before and at school, the
Kindergeld (with the test for an adult disabled child) and the parents' benefits of the
Krankenkasse (Ratgeber Kapitel F, N, A VI, A VIII, A XI).

Amounts and age limits: kinder.toml; the Grundfreibetrag and the Behinderten-Pauschbetrag
come from the tax area (engine/nachteilsausgleiche/einkommensteuer.py).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from engine.asyl.rules import (
    Aufenthaltsstatus,
    analogleistungen,
    nicht_gefragt,
    status_ergebnis,
)
from engine.explain import N_, Count, Day, ExplainedAmount, ExplainedDecision, Money, Step, uses
from engine.household import Aufenthalt, Krankenversicherung
from engine.parameters import ParameterValue, param
from engine.person import completed_years

CENT = Decimal("0.01")
MONATE_IM_JAHR = 12
# § 10b SGB VIII (Kinder- und Jugendstärkungsgesetz, BGBl. 2021 I S. 1444, Art. 1 Nr. 9 in
# Kraft am 1.1.2024): a Verfahrenslotse at the Jugendamt for young people with a disability.
VERFAHRENSLOTSE_AB = date(2024, 1, 1)


def auf_cent(value: Decimal) -> Decimal:
    """Monthly shares of yearly amounts to the cent, half up (DA-KG A 19.4 compares the
    monthly need with the monthly means; no other rounding is ordered)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _years(parameter: ParameterValue) -> int:
    return int(parameter.value)


def _decision(rule: str, ok: bool, yes: str, no: str, basis: str, **values: object) -> Step:
    return Step(rule=rule, message=yes if ok else no, values=values, legal_basis=basis)


def verfahrenslotse(minderjaehrig_oder_jung: bool, on: date) -> ExplainedDecision:
    """§ 10b Abs. 1 SGB VIII (since 1.1.2024): "Junge Menschen, die Leistungen der
    Eingliederungshilfe wegen einer Behinderung … geltend machen oder bei denen solche
    Leistungsansprüche in Betracht kommen, sowie ihre Mütter, Väter, … haben bei der
    Antragstellung, Verfolgung und Wahrnehmung dieser Leistungen Anspruch auf Unterstützung
    und Begleitung durch einen Verfahrenslotsen." Junge Menschen: under 27 (§ 7 Abs. 1 Nr. 4).
    """
    in_kraft = on >= VERFAHRENSLOTSE_AB
    ok = in_kraft and minderjaehrig_oder_jung
    if not in_kraft:
        message = N_("step.kinder.lotse_noch_nicht")
    elif ok:
        message = N_("step.kinder.lotse_ja")
    else:
        message = N_("step.kinder.lotse_alter")
    return ExplainedDecision(
        value=ok,
        legal_basis="§ 10b SGB VIII",
        steps=(
            Step(
                rule="kinder.verfahrenslotse",
                message=message,
                values={"ab": Day(value=VERFAHRENSLOTSE_AB)},
                legal_basis="§ 10b SGB VIII; § 7 Abs. 1 Nr. 4 SGB VIII",
            ),
        ),
    )


def vor_der_schule(einschulung: date | None, alter: int, on: date) -> bool:
    """Not yet at school on ``on``: the school entry lies after ``on``; without a known
    entry, the child is younger than the age by which every Land's school law has made it
    schulpflichtig (e.g. § 35 Abs. 1 SchulG NRW: six completed by 30 September)."""
    if einschulung is not None:
        return on < einschulung
    return alter < _years(param("schulpflicht_spaetestens_alter", on))


def fruehfoerderung(einschulung: date | None, alter: int, on: date) -> ExplainedDecision:
    """§ 46 Abs. 1 SGB IX: "Die medizinischen Leistungen zur Früherkennung und Frühförderung
    für Kinder mit Behinderungen und von Behinderung bedrohte Kinder …"; as Komplexleistung
    with the heilpädagogische Leistungen (§ 79 SGB IX) "für Kinder, die noch nicht eingeschult
    sind", free of charge (§ 138 Abs. 1 Nr. 1 SGB IX; Ratgeber Kapitel F II). The
    Krankenkasse and the Träger der Eingliederungshilfe share the cost (§ 46 Abs. 5)."""
    ok = vor_der_schule(einschulung, alter, on)
    values = {} if einschulung is None else {"einschulung": Day(value=einschulung)}
    return ExplainedDecision(
        value=ok,
        legal_basis="§ 46, § 79 SGB IX",
        steps=(
            _decision(
                "kinder.fruehfoerderung",
                ok,
                N_("step.kinder.fruehfoerderung_ja"),
                N_("step.kinder.fruehfoerderung_nein"),
                "§ 46, § 79 Abs. 1, § 138 Abs. 1 Nr. 1 SGB IX",
                **values,
            ),
        ),
    )


def kita(einschulung: date | None, alter: int, on: date) -> ExplainedDecision:
    """§ 113 Abs. 2 Nr. 2, § 75 SGB IX: Assistenz in the Kita (Ratgeber Kapitel F III);
    "Leistungen zur Teilhabe an Bildung … für Kinder, die noch nicht eingeschult sind" are free
    of charge (§ 138 Abs. 1 Nr. 1 and Nr. 7 SGB IX)."""
    ok = vor_der_schule(einschulung, alter, on)
    return ExplainedDecision(
        value=ok,
        legal_basis="§ 113 SGB IX; § 138 Abs. 1 SGB IX",
        steps=(
            _decision(
                "kinder.kita",
                ok,
                N_("step.kinder.kita_ja"),
                N_("step.kinder.kita_nein"),
                "§ 113 Abs. 2 Nr. 2 SGB IX; § 138 Abs. 1 Nr. 1, 7 SGB IX",
            ),
        ),
    )


def schule(einschulung: date | None, alter: int, on: date) -> ExplainedDecision:
    """§ 112 Abs. 1 Nr. 1 SGB IX: "Hilfen zu einer Schulbildung, insbesondere im Rahmen der
    allgemeinen Schulpflicht …", e.g. a Schulbegleitung, at a Förderschule or an inclusive
    school, free of charge (§ 138 Abs. 1 Nr. 4 SGB IX). A boarding school of a Förderschule:
    the parents bear only the häusliche Ersparnis (§ 142 Abs. 1 SGB IX; Ratgeber F IV, E II 1).
    """
    ok = not vor_der_schule(einschulung, alter, on)
    return ExplainedDecision(
        value=ok,
        legal_basis="§ 112 SGB IX; § 138 Abs. 1 Nr. 4 SGB IX",
        steps=(
            _decision(
                "kinder.schule",
                ok,
                N_("step.kinder.schule_ja"),
                N_("step.kinder.schule_nein"),
                "§ 112 Abs. 1 Nr. 1, § 138 Abs. 1 Nr. 4, § 142 Abs. 1 SGB IX",
            ),
        ),
    )


# ---- Kindergeld -------------------------------------------------------------------------


def kindergeld_monat(on: date) -> ExplainedAmount:
    """§ 66 Abs. 1 EStG: "Das Kindergeld beträgt monatlich für jedes Kind 259 Euro" (2026;
    250 € in 2023 and 2024, 255 € in 2025)."""
    betrag = param("kindergeld_monat", on)
    return ExplainedAmount(
        value=Money(amount=betrag.value, per="month"),
        legal_basis=betrag.legal_basis,
        steps=(
            Step(
                rule="kinder.kindergeld.betrag",
                message=N_("step.kinder.kindergeld_betrag"),
                values={"betrag": Money(amount=betrag.value, per="month")},
                legal_basis=betrag.legal_basis,
                parameters=uses(betrag),
            ),
        ),
    )


def kind_ohne_weiteres(geburtsdatum: date, monat: date) -> bool:
    """§ 32 Abs. 3 EStG: "Ein Kind wird in dem Kalendermonat, in dem es lebend geboren wurde,
    und in jedem folgenden Kalendermonat, zu dessen Beginn es das 18. Lebensjahr noch nicht
    vollendet hat, berücksichtigt." ``monat`` is any day of the month."""
    grenze = param("kindergeld_grundalter", monat)
    erster = monat.replace(day=1)
    return completed_years(geburtsdatum, erster) < _years(grenze)


def behinderung_rechtzeitig(
    behinderung_vor_25: bool, geburtsdatum: date, on: date
) -> ExplainedDecision:
    """§ 32 Abs. 4 Satz 1 Nr. 3 EStG: a child "das wegen körperlicher, geistiger oder
    seelischer Behinderung außerstande ist, sich selbst zu unterhalten; Voraussetzung ist,
    dass die Behinderung vor Vollendung des 25. Lebensjahres eingetreten ist". Without an age
    limit for the child itself (Ratgeber Kapitel N)."""
    grenze = param("kindergeld_behinderung_vor_alter", on)
    alter = completed_years(geburtsdatum, on)
    ok = behinderung_vor_25 or alter < _years(grenze)
    return ExplainedDecision(
        value=ok,
        legal_basis="§ 32 Abs. 4 Satz 1 Nr. 3 EStG",
        steps=(
            Step(
                rule="kinder.kindergeld.vor_25",
                message=N_("step.kinder.vor_25_ja") if ok else N_("step.kinder.vor_25_nein"),
                values={"grenze": Count(value=_years(grenze))},
                legal_basis="§ 32 Abs. 4 Satz 1 Nr. 3 Halbsatz 2 EStG",
                parameters=uses(grenze),
            ),
        ),
    )


class Lebensbedarf(BaseModel):
    """The monthly need and means of an adult disabled child (DA-KG A 19.3 to 19.5)."""

    model_config = ConfigDict(frozen=True)

    grundbedarf: Decimal
    mehrbedarf: Decimal
    pflegegeld: Decimal
    einkommen: Decimal
    grundsicherung: Decimal

    @property
    def bedarf(self) -> Decimal:
        return self.grundbedarf + self.mehrbedarf + self.pflegegeld

    @property
    def mittel(self) -> Decimal:
        return self.einkommen + self.grundsicherung + self.pflegegeld


class Monatspruefung(BaseModel):
    """One calendar month of the Familienkasse's test: minor, or need against means."""

    model_config = ConfigDict(frozen=True)

    monat: date  # the first day of the month
    minderjaehrig: bool
    lebensbedarf: Lebensbedarf | None  # None: a minor, the test is not needed
    anspruch: bool
    kindergeld: Decimal


def _money(amount: Decimal) -> Money:
    return Money(amount=amount, per="month")


def lebensbedarf_schritte(
    bedarf: Lebensbedarf,
    grundfreibetrag: ExplainedAmount,
    pauschbetrag: ExplainedAmount | None,
) -> tuple[Step, ...]:
    """The steps of one month's comparison, each with its amounts (DA-KG A 19.4, 19.5)."""
    basis = "§ 32 Abs. 4 Satz 1 Nr. 3 EStG; DA-KG A 19.4"
    if pauschbetrag is None:
        mehrbedarf = Step(
            rule="kinder.kindergeld.mehrbedarf",
            message=N_("step.kinder.mehrbedarf_einzeln"),
            values={"mehrbedarf": _money(bedarf.mehrbedarf)},
            legal_basis="DA-KG A 19.4 Abs. 3",
        )
    else:
        mehrbedarf = Step(
            rule="kinder.kindergeld.mehrbedarf",
            message=N_("step.kinder.mehrbedarf_pauschal"),
            values={
                "jahr": pauschbetrag.value,
                "mehrbedarf": _money(bedarf.mehrbedarf),
            },
            legal_basis="DA-KG A 19.4 Abs. 4; § 33b Abs. 3 EStG",
            parameters=tuple(p for s in pauschbetrag.steps for p in s.parameters),
        )
    anspruch = bedarf.mittel < bedarf.bedarf
    return (
        Step(
            rule="kinder.kindergeld.grundbedarf",
            message=N_("step.kinder.grundbedarf"),
            values={"jahr": grundfreibetrag.value, "grundbedarf": _money(bedarf.grundbedarf)},
            legal_basis="§ 32a Abs. 1 Satz 2 Nr. 1 EStG; DA-KG A 19.3",
            parameters=tuple(p for s in grundfreibetrag.steps for p in s.parameters),
        ),
        mehrbedarf,
        Step(
            rule="kinder.kindergeld.pflegegeld",
            message=N_("step.kinder.pflegegeld"),
            values={"pflegegeld": _money(bedarf.pflegegeld)},
            legal_basis="DA-KG A 19.4 Abs. 3; A 19.5",
        ),
        Step(
            rule="kinder.kindergeld.vergleich",
            message=N_("step.kinder.vergleich_ja")
            if anspruch
            else N_("step.kinder.vergleich_nein"),
            values={"bedarf": _money(bedarf.bedarf), "mittel": _money(bedarf.mittel)},
            legal_basis=basis,
        ),
    )


def lebensbedarf(
    einkommen_monat: Decimal,
    grundsicherung_monat: Decimal,
    mehrbedarf_monat: Decimal | None,
    grundfreibetrag_jahr: Decimal,
    pauschbetrag_jahr: Decimal,
    pflegegeld_monat: Decimal,
) -> Lebensbedarf:
    """DA-KG A 19.3 to 19.5: the need is the Grundbedarf (the Grundfreibetrag of § 32a
    Abs. 1 Satz 2 Nr. 1 EStG, a twelfth per month) plus the behinderungsbedingter Mehrbedarf:
    the Behinderten-Pauschbetrag (§ 33b Abs. 3 EStG, a twelfth) or, instead, the costs shown
    individually, and the Pflegegeld in the amount paid. The means are the child's income and
    Bezüge: earnings (after Werbungskosten), Grundsicherung, and the Pflegegeld, which so
    counts on both sides (Ratgeber Kapitel N; bvkm "Kindergeld für erwachsene Menschen mit
    Behinderung"). The Kindergeld itself is not a means of the child."""
    mehrbedarf = (
        mehrbedarf_monat
        if mehrbedarf_monat is not None
        else auf_cent(pauschbetrag_jahr / MONATE_IM_JAHR)
    )
    return Lebensbedarf(
        grundbedarf=auf_cent(grundfreibetrag_jahr / MONATE_IM_JAHR),
        mehrbedarf=mehrbedarf,
        pflegegeld=pflegegeld_monat,
        einkommen=einkommen_monat,
        grundsicherung=grundsicherung_monat,
    )


def ausserstande(bedarf: Lebensbedarf) -> bool:
    """§ 32 Abs. 4 Satz 1 Nr. 3 EStG, DA-KG A 19.2: the child is außerstande, sich selbst zu
    unterhalten, when its means do not cover its whole need: means below need. Means equal
    to the need cover it."""
    return bedarf.mittel < bedarf.bedarf


# ---- Parents' benefits of the Krankenkasse (Ratgeber Kapitel A XI) ----------------------


def _ohne_altersgrenze(alter: int, grenze: ParameterValue, auf_hilfe_angewiesen: bool) -> bool:
    return alter < _years(grenze) or auf_hilfe_angewiesen


def kinderkrankengeld_tage(
    alter: int,
    auf_hilfe_angewiesen: bool,
    alleinerziehend: bool,
    kinder: int,
    on: date,
) -> ExplainedAmount:
    """§ 45 Abs. 1, 2, 2a SGB V: Kinderkrankengeld when a parent must stay at home to care
    for a sick child who "das zwölfte Lebensjahr noch nicht vollendet hat oder behindert und
    auf Hilfe angewiesen ist"; per calendar year for each child and parent 15 working days,
    30 for single parents, together at most 35 (70) — 2024 to 2026; 30 / 60 (65 / 130) in
    2023. No limit while a parent is co-admitted with the child in hospital (§ 45 Abs. 1a)
    or for a child with a terminal illness (§ 45 Abs. 4). Days per parent for ``kinder``
    children (at least this one), capped."""
    basis = "§ 45 SGB V"
    grenze = param("kinderkrankengeld_altersgrenze", on)
    ok = _ohne_altersgrenze(alter, grenze, auf_hilfe_angewiesen)
    if alter < _years(grenze):
        message = N_("step.kinder.kkg_alter_ja")
    elif auf_hilfe_angewiesen:
        message = N_("step.kinder.kkg_hilfe_ja")
    else:
        message = N_("step.kinder.kkg_alter_nein")
    steps = [
        Step(
            rule="kinder.kinderkrankengeld.alter",
            message=message,
            values={"grenze": Count(value=_years(grenze))},
            legal_basis="§ 45 Abs. 1 Satz 1 SGB V",
            parameters=uses(grenze),
        )
    ]
    tage = 0
    if ok:
        je_kind, hoechst = (
            param(key, on)
            for key in (
                (
                    "kinderkrankengeld_tage_kind_alleinerziehend",
                    "kinderkrankengeld_tage_hoechst_alleinerziehend",
                )
                if alleinerziehend
                else ("kinderkrankengeld_tage_kind", "kinderkrankengeld_tage_hoechst")
            )
        )
        anzahl = max(1, kinder)
        tage = min(_years(je_kind) * anzahl, _years(hoechst))
        steps.append(
            Step(
                rule="kinder.kinderkrankengeld.tage",
                message=N_("step.kinder.kkg_tage_alleinerziehend")
                if alleinerziehend
                else N_("step.kinder.kkg_tage"),
                values={
                    "je_kind": Count(value=_years(je_kind), unit="working_days"),
                    "kinder": Count(value=anzahl),
                    "hoechst": Count(value=_years(hoechst), unit="working_days"),
                    "tage": Count(value=tage, unit="working_days"),
                },
                legal_basis=je_kind.legal_basis,
                parameters=uses(je_kind, hoechst),
            )
        )
    steps.append(
        Step(
            rule="kinder.kinderkrankengeld.krankenhaus",
            message=N_("step.kinder.kkg_krankenhaus"),
            legal_basis="§ 45 Abs. 1a, Abs. 4 SGB V",
        )
    )
    return ExplainedAmount(
        value=Count(value=tage, unit="working_days"), legal_basis=basis, steps=tuple(steps)
    )


def haushaltshilfe(alter: int, auf_hilfe_angewiesen: bool, on: date) -> ExplainedAmount:
    """§ 38 Abs. 1 SGB V: Haushaltshilfe when a parent cannot run the household because of a
    hospital stay or a cure and "im Haushalt ein Kind lebt, das bei Beginn der Haushaltshilfe
    das zwölfte Lebensjahr noch nicht vollendet hat oder das behindert und auf Hilfe
    angewiesen ist"; for a severe illness without a hospital stay up to 4 weeks, with such a
    child up to 26 weeks. The value: the longest weeks for a severe illness."""
    grenze = param("haushaltshilfe_kind_altersgrenze", on)
    kurz = param("haushaltshilfe_wochen", on)
    lang = param("haushaltshilfe_wochen_kind", on)
    ok = _ohne_altersgrenze(alter, grenze, auf_hilfe_angewiesen)
    wochen = lang if ok else kurz
    return ExplainedAmount(
        value=Count(value=_years(wochen), unit="weeks"),
        legal_basis="§ 38 SGB V",
        steps=(
            Step(
                rule="kinder.haushaltshilfe",
                message=N_("step.kinder.haushaltshilfe_kind")
                if ok
                else N_("step.kinder.haushaltshilfe_ohne"),
                values={
                    "grenze": Count(value=_years(grenze)),
                    "wochen": Count(value=_years(wochen), unit="weeks"),
                },
                legal_basis="§ 38 Abs. 1 Satz 2 bis 4 SGB V",
                parameters=uses(grenze, wochen),
            ),
        ),
    )


def mitaufnahme(eingliederungshilfe: bool) -> ExplainedDecision:
    """§ 11 Abs. 3 SGB V: the Krankenkasse pays for a parent co-admitted with the child when
    it is medically necessary; § 44b SGB V (since 1.11.2022): Krankengeld for the
    accompanying person of a person who receives Eingliederungshilfe, when the accompaniment
    of at least eight hours a day is medically necessary. True: Krankengeld can come too."""
    return ExplainedDecision(
        value=eingliederungshilfe,
        legal_basis="§ 11 Abs. 3, § 44b SGB V",
        steps=(
            Step(
                rule="kinder.mitaufnahme",
                message=N_("step.kinder.mitaufnahme"),
                legal_basis="§ 11 Abs. 3 SGB V",
            ),
            _decision(
                "kinder.mitaufnahme.krankengeld",
                eingliederungshilfe,
                N_("step.kinder.mitaufnahme_krankengeld_ja"),
                N_("step.kinder.mitaufnahme_krankengeld_nein"),
                "§ 44b SGB V",
            ),
        ),
    )


def nachsorge(alter: int, on: date) -> ExplainedDecision:
    """§ 43 Abs. 2 SGB V: sozialmedizinische Nachsorge after a hospital stay or stationäre
    Rehabilitation "für Kinder und Jugendliche, die das 14. Lebensjahr, in besonders
    schwerwiegenden Fällen das 18. Lebensjahr, noch nicht vollendet haben"."""
    grenze = param("nachsorge_altersgrenze", on)
    schwer = param("nachsorge_altersgrenze_schwer", on)
    if alter < _years(grenze):
        ok, message = True, N_("step.kinder.nachsorge_ja")
    elif alter < _years(schwer):
        ok, message = True, N_("step.kinder.nachsorge_schwer")
    else:
        ok, message = False, N_("step.kinder.nachsorge_nein")
    return ExplainedDecision(
        value=ok,
        legal_basis="§ 43 Abs. 2 SGB V",
        steps=(
            Step(
                rule="kinder.nachsorge",
                message=message,
                values={
                    "grenze": Count(value=_years(grenze)),
                    "schwer": Count(value=_years(schwer)),
                },
                legal_basis="§ 43 Abs. 2 Satz 1 SGB V",
                parameters=uses(grenze, schwer),
            ),
        ),
    )


# ---- Who the Krankenkasse pays: the household's insurance (issue 11) --------------------
# The household's answer stands for the parent's insurance: a child is insured through a
# parent (Familienversicherung, § 10 SGB V) or with the family by the Sozialamt.


_KEINE = (N_("step.kinder.kasse.keine"), "§ 5 Abs. 1 Nr. 13 SGB V; § 193 Abs. 3 VVG")
_A = Aufenthaltsstatus
_K = Krankenversicherung
# Per insurance: the benefit's status and the step that says why (message, citation).
_KINDERKRANKENGELD = {
    _K.gesetzlich: (
        _A.anspruch,
        (N_("step.kinder.kasse.kkg_gesetzlich"), "§ 45 Abs. 1, § 44 Abs. 2 SGB V"),
    ),
    _K.privat: (
        _A.ausgeschlossen,
        (N_("step.kinder.kasse.kkg_privat"), "§ 45 Abs. 1 SGB V; § 192 VVG"),
    ),
    _K.sozialamt: (
        _A.ausgeschlossen,
        (N_("step.kinder.kasse.kkg_paragraph264"), "§ 264 Abs. 2, 4 SGB V"),
    ),
    _K.asylblg: (_A.ausgeschlossen, (N_("step.kinder.kasse.kkg_asylblg"), "§§ 4, 6 AsylbLG")),
    _K.keine: (_A.ausgeschlossen, _KEINE),
}
_HAUSHALTSHILFE = {
    _K.gesetzlich: (_A.anspruch, (N_("step.kinder.kasse.hh_gesetzlich"), "§ 38 Abs. 1 SGB V")),
    _K.sozialamt: (
        _A.anspruch,
        (
            N_("step.kinder.kasse.hh_paragraph264"),
            "§ 264 Abs. 2, 4 SGB V; § 27 Abs. 1 Satz 2 Nr. 4 SGB V",
        ),
    ),
    _K.privat: (
        _A.ausgeschlossen,
        (N_("step.kinder.kasse.hh_privat"), "§ 38 Abs. 1 SGB V; § 192 VVG"),
    ),
    _K.asylblg: (
        _A.ausgeschlossen,
        (N_("step.kinder.kasse.hh_asylblg"), "§ 4, § 6 Abs. 1 AsylbLG"),
    ),
    _K.keine: (_A.ausgeschlossen, _KEINE),
}


def _nach_kasse(
    aufenthalt: Aufenthalt,
    basis: str,
    tabelle: dict[Krankenversicherung, tuple[Aufenthaltsstatus, tuple[str, str]]],
    stattdessen: tuple[str, str],
    dann: tuple[Step, ...] = (),
) -> ExplainedAmount:
    """A benefit's status by the household's insurance: why, and where it is excluded,
    what to do instead, then ``dann`` (what comes later)."""
    kasse = aufenthalt.krankenversicherung
    if kasse is None:
        return nicht_gefragt(basis)
    status, grund = tabelle[kasse]
    gruende = (grund,) if status is Aufenthaltsstatus.anspruch else (grund, stattdessen)
    steps = tuple(
        Step(rule="kinder.krankenkasse", message=message, legal_basis=legal_basis)
        for message, legal_basis in gruende
    )
    if status is Aufenthaltsstatus.ausgeschlossen:
        steps += dann
    return status_ergebnis(status, basis, steps)


def kinderkrankengeld_versicherung(aufenthalt: Aufenthalt) -> ExplainedAmount:
    """§ 45 Abs. 1 Satz 1 SGB V: "Versicherte haben Anspruch auf Krankengeld, wenn es nach
    ärztlichem Zeugnis erforderlich ist, daß sie zur Beaufsichtigung, Betreuung oder Pflege
    ihres erkrankten und versicherten Kindes der Arbeit fernbleiben" — only members of the
    gesetzliche Krankenversicherung with a claim to Krankengeld (§ 44 Abs. 2 SGB V: not the
    family-insured, not Bürgergeld recipients). Private insurance: the tariff decides
    (§ 192 VVG), there is no Kinderkrankengeld of the Krankenkasse. § 264 Abs. 2 SGB V: the
    Krankenkasse takes over the Krankenbehandlung (§ 27), not the Krankengeld. §§ 4, 6
    AsylbLG: no insurance, no Krankengeld. What instead: § 45 Abs. 5 SGB V, unpaid leave
    "auch [für] Arbeitnehmer, die nicht Versicherte mit Anspruch auf Krankengeld … sind";
    § 616 BGB, paid leave for a short time unless the contract excludes it."""
    return _nach_kasse(
        aufenthalt,
        "§ 45 SGB V",
        _KINDERKRANKENGELD,
        (N_("step.kinder.kasse.kkg_freistellung"), "§ 45 Abs. 5 SGB V; § 616 BGB"),
    )


def haushaltshilfe_versicherung(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 38 Abs. 1 Satz 1 SGB V: "Versicherte erhalten Haushaltshilfe, wenn ihnen … die
    Weiterführung des Haushalts nicht möglich ist" — a benefit of the gesetzliche
    Krankenversicherung. § 264 Abs. 2 SGB V with § 27 Abs. 1 Satz 2 Nr. 4 SGB V: Haushaltshilfe
    is Krankenbehandlung, so card holders get it from the Krankenkasse. Private insurance:
    only if the tariff says so. §§ 4, 6 AsylbLG: not a benefit of § 4; § 6 Abs. 1 in the
    individual case "zur Deckung besonderer Bedürfnisse von Kindern", and after the waiting
    time of § 2 Abs. 1 AsylbLG the card. What instead for everyone: § 20 SGB VIII, help from
    the Jugendamt "bei der Betreuung und Versorgung des im Haushalt lebenden Kindes" when the
    caring parent drops out for health reasons."""
    asyl = aufenthalt.krankenversicherung is Krankenversicherung.asylblg
    return _nach_kasse(
        aufenthalt,
        "§ 38 SGB V",
        _HAUSHALTSHILFE,
        (N_("step.kinder.kasse.hh_jugendamt"), "§ 20 SGB VIII"),
        analogleistungen(aufenthalt, on).steps if asyl else (),
    )

"""Hilfe zur Pflege (SGB XII): when the need is larger than what the care insurance pays.

The Sozialamt covers the uncovered need if the household cannot pay it (§ 61 SGB XII).
Which income and asset rules apply depends on § 103 SGB IX: in a besondere Wohnform
(Abs. 1) and in the Lebenslagenmodell (Abs. 2) the care is part of the Eingliederungshilfe
and §§ 135 ff. SGB IX apply; otherwise §§ 82, 85, 87, 88, 90 SGB XII and, for parents of
adults, § 94 SGB XII. Amounts: sozialhilfe.toml beside this module (the Bezugsgröße and the
§ 139 SGB IX share in engine/eingliederungshilfe/eingliederungshilfe.toml).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from engine.explain import (
    N_,
    Count,
    ExplainedAmount,
    ExplainedDecision,
    Money,
    ParameterUse,
    Share,
    Step,
    uses,
)
from engine.household import Eltern, Wohnform
from engine.parameters import param
from engine.pflege.leistungen import (
    auf_cent,
    leistungszuschlag_anteil,
    pflege_besondere_wohnform,
)
from engine.pflege.scenario import HilfeZurPflege

ZERO = Decimal(0)


def _money(amount: Decimal, per: str | None = "month") -> Money:
    return Money(amount=amount, per=per)  # type: ignore[arg-type]


def pflegegrad_umfang(grad: int | None) -> ExplainedDecision:
    """§ 61a with § 63 SGB XII: Hilfe zur Pflege needs a Pflegegrad. Pflegegrad 2–5 get the
    benefits of § 63 Abs. 1; Pflegegrad 1 only Pflegehilfsmittel (§ 64d),
    Wohnumfeldverbesserung (§ 64e) and the Entlastungsbetrag (§ 66), § 63 Abs. 2."""
    if grad is None:
        message, basis = N_("step.hzp.kein_grad"), "§ 61a SGB XII"
    elif grad == 1:
        message, basis = N_("step.hzp.pg1"), "§ 63 Abs. 2 SGB XII"
    else:
        message, basis = N_("step.hzp.pg2_5"), "§ 63 Abs. 1 SGB XII"
    return ExplainedDecision(
        value=grad is not None,
        legal_basis=basis,
        steps=(Step(rule="hzp.pflegegrad", message=message, legal_basis=basis),),
    )


def _ungedeckt(
    bedarf: Decimal,
    gedeckt: Decimal,
    basis: str,
    parameters: tuple[ParameterUse, ...],
    extra: tuple[Step, ...] = (),
) -> ExplainedAmount:
    rest = max(ZERO, bedarf - gedeckt)
    step = Step(
        rule="hzp.ungedeckt",
        message=N_("step.hzp.ungedeckt"),
        values={"bedarf": _money(bedarf), "gedeckt": _money(gedeckt), "rest": _money(rest)},
        legal_basis=basis,
        parameters=parameters,
    )
    return ExplainedAmount(value=_money(rest), legal_basis=basis, steps=(*extra, step))


def ungedeckter_bedarf(
    bedarf_monat: Decimal,
    grad: int | None,
    on: date,
    wohnform: Wohnform | None = None,
    verguetung_monat: Decimal | None = None,
    heim_monate: int = 0,
) -> ExplainedAmount:
    """§ 61 SGB XII with § 13 Abs. 3a SGB XI: the care insurance pays first; Hilfe zur Pflege
    covers the rest of the need (brochure: PG 4, need 2,500 €, Sachleistung 1,693 € → 807 €).
    What the care insurance pays depends on the setting: at home the Sachleistung (§ 36), in
    a nursing home the § 43 amount and the § 43c Leistungszuschlag on what remains, in a
    besondere Wohnform the § 43a amount. Without Pflegegrad 2 (§ 61a, § 63 Abs. 2 SGB XII)
    no care need is open for the Sozialamt.
    """
    if grad is None or grad < 2:
        umfang = pflegegrad_umfang(grad)
        return ExplainedAmount(
            value=_money(ZERO), legal_basis=umfang.legal_basis, steps=umfang.steps
        )
    if wohnform is Wohnform.vollstationaer:
        return _ungedeckt_heim(bedarf_monat, grad, heim_monate, on)
    if wohnform is Wohnform.besondere_wohnform:
        kasse = pflege_besondere_wohnform(grad, verguetung_monat, on).betrag
        assert kasse is not None
        gedeckt = kasse.value.amount  # type: ignore[union-attr]
        parameters = tuple(p for s in kasse.steps for p in s.parameters)
        return _ungedeckt(
            bedarf_monat, gedeckt, "§ 103 Abs. 1 SGB IX; § 43a SGB XI", parameters, kasse.steps
        )
    sachleistung = param(f"pflegesachleistung_pg{grad}", on)
    return _ungedeckt(
        bedarf_monat, sachleistung.value, "§ 61 SGB XII; § 36 Abs. 3 SGB XI", uses(sachleistung)
    )


def _ungedeckt_heim(bedarf: Decimal, grad: int, heim_monate: int, on: date) -> ExplainedAmount:
    """§ 43 Abs. 2 and § 43c SGB XI: in a nursing home the Pflegekasse pays its amount and
    the Leistungszuschlag on the Eigenanteil left (PG 4, 2023: 2,500 − 1,775 = 725 €,
    5 % = 36.25 €, 688.75 € open)."""
    basis = "§ 61 SGB XII; §§ 43, 43c SGB XI"
    betrag = param(f"vollstationaer_pg{grad}", on)
    eigenanteil = max(ZERO, bedarf - betrag.value)
    anteil, anteil_step = leistungszuschlag_anteil(heim_monate, on)
    zuschlag = auf_cent(eigenanteil * anteil.value)
    rest = eigenanteil - zuschlag
    step = Step(
        rule="hzp.ungedeckt",
        message=N_("step.hzp.ungedeckt_heim"),
        values={
            "bedarf": _money(bedarf),
            "gedeckt": _money(betrag.value),
            "eigenanteil": _money(eigenanteil),
            "zuschlag": _money(zuschlag),
            "rest": _money(rest),
        },
        legal_basis=basis,
        parameters=uses(betrag),
    )
    return ExplainedAmount(value=_money(rest), legal_basis=basis, steps=(anteil_step, step))


def lebenslagenmodell(hzp: HilfeZurPflege, wohnform: Wohnform | None) -> ExplainedDecision:
    """§ 103 Abs. 2 SGB IX: Eingliederungshilfe received before the Regelaltersgrenze, living
    outside Einrichtungen and besondere Wohnformen: it includes the Hilfe zur Pflege, and the
    Eingliederungshilfe's income and asset rules apply (§§ 135 ff. SGB IX).
    """
    basis = "§ 103 Abs. 2 SGB IX"
    zuhause = wohnform in (None, Wohnform.zuhause, Wohnform.wohngruppe)
    applies = hzp.eingliederungshilfe_vor_rentenalter and zuhause
    if applies:
        message = N_("step.hzp.lebenslagen_ja")
    elif not zuhause:
        message = N_("step.hzp.lebenslagen_einrichtung")
    else:
        message = N_("step.hzp.lebenslagen_keine_egh")
    return ExplainedDecision(
        value=applies,
        legal_basis=basis,
        steps=(Step(rule="hzp.lebenslagenmodell", message=message, legal_basis=basis),),
    )


def _kinder_mit_person(eltern: Eltern) -> int:
    """The children the parents mainly support; ``kinder_im_haushalt`` counts the person."""
    return max(eltern.kinder_im_haushalt, 1)


def familienzuschlaege(
    hzp: HilfeZurPflege, minderjaehrig: bool, eltern: Eltern, partner: bool | None
) -> int:
    """§ 85 Abs. 1 Nr. 3 / Abs. 2 Nr. 3 SGB XII: who earns a Familienzuschlag.

    Adults: the nicht getrennt lebende Ehegatte or Lebenspartner (the household's answer,
    ``Person.partner``; unanswered counts as none) and each person they mainly support.
    Minors: one parent when the parents live together, the child, and every other child the
    parents mainly support (``kinder_im_haushalt`` counts the child itself).
    """
    if not minderjaehrig:
        return int(bool(partner)) + hzp.unterhaltene_personen
    return int(eltern.zusammen) + _kinder_mit_person(eltern)


def einkommensgrenze(
    hzp: HilfeZurPflege, minderjaehrig: bool, eltern: Eltern, partner: bool | None, on: date
) -> ExplainedAmount:
    """§ 85 Abs. 1 (Abs. 2 for minors) SGB XII: Grundbetrag + angemessene Unterkunftskosten
    + Familienzuschläge."""
    basis = "§ 85 Abs. 2 SGB XII" if minderjaehrig else "§ 85 Abs. 1 SGB XII"
    grundbetrag = param("hzp_grundbetrag", on)
    zuschlag = param("hzp_familienzuschlag", on)
    anzahl = familienzuschlaege(hzp, minderjaehrig, eltern, partner)
    grenze = grundbetrag.value + hzp.unterkunft_monat + zuschlag.value * anzahl
    return ExplainedAmount(
        value=_money(grenze),
        legal_basis=basis,
        steps=(
            Step(
                rule="hzp.einkommensgrenze",
                message=N_("step.hzp.einkommensgrenze"),
                values={
                    "grundbetrag": _money(grundbetrag.value),
                    "unterkunft": _money(hzp.unterkunft_monat),
                    "anzahl": Count(value=anzahl),
                    "zuschlag": _money(zuschlag.value),
                    "grenze": _money(grenze),
                },
                legal_basis=basis,
                parameters=uses(grundbetrag, zuschlag),
            ),
        ),
    )


def erwerbstaetigenfreibetrag(erwerbseinkommen: Decimal, on: date) -> ExplainedAmount:
    """§ 82 Abs. 6 SGB XII: for Hilfe zur Pflege 40 % of earned income stays free, at most
    65 % of Regelbedarfsstufe 1."""
    basis = "§ 82 Abs. 6 SGB XII"
    anteil = param("hzp_erwerbstaetigenfreibetrag_anteil", on)
    hoechst = param("hzp_erwerbstaetigenfreibetrag_max", on)
    frei = min(auf_cent(erwerbseinkommen * anteil.value), hoechst.value)
    return ExplainedAmount(
        value=_money(frei),
        legal_basis=basis,
        steps=(
            Step(
                rule="hzp.freibetrag",
                message=N_("step.hzp.freibetrag"),
                values={"erwerb": _money(erwerbseinkommen), "frei": _money(frei)},
                legal_basis=basis,
                parameters=uses(anteil, hoechst),
            ),
        ),
    )


def einsatz_einkommen(
    einkommen: Decimal,
    freibetrag: Decimal,
    grenze: Decimal,
    grad: int | None,
    blind: bool,
    on: date,
    heim: bool = False,
) -> ExplainedAmount:
    """§ 87 Abs. 1 SGB XII: income above the limit is used "in angemessenem Umfang"; for
    Pflegegrad 4 or 5 and blind people at most 40 % of it (Satz 3). The value is the most
    the Sozialamt can ask per month; below Pflegegrad 4 it decides the share case by case.

    ``heim``: an adult who needs a nursing home for a longer time is asked for income below
    the limit too (§ 88 Abs. 1 Satz 2 SGB XII); what stays is the Barbetrag for personal
    needs, at least 27 % of Regelbedarfsstufe 1 (§ 27b Abs. 3 Satz 2 Nr. 1 SGB XII). The
    allowance for a resident's own earnings (§ 88 Abs. 2) is not modelled; the § 82 Abs. 6
    allowance passed in as ``freibetrag`` is used instead. Minors are left to § 87: their
    Barbetrag is fixed by the Land (§ 27b Abs. 3 Satz 2 Nr. 2).
    """
    basis = "§ 87 Abs. 1 SGB XII"
    bereinigt = max(ZERO, einkommen - freibetrag)
    ueber = max(ZERO, bereinigt - grenze)
    values = {
        "einkommen": _money(bereinigt),
        "grenze": _money(grenze),
        "ueber": _money(ueber),
    }
    if heim:
        barbetrag = param("barbetrag_einrichtung", on)
        hoechstens = max(ZERO, bereinigt - barbetrag.value)
        step = Step(
            rule="hzp.einsatz",
            message=N_("step.hzp.einsatz_heim"),
            values={
                "einkommen": _money(bereinigt),
                "grenze": _money(grenze),
                "barbetrag": _money(barbetrag.value),
                "hoechstens": _money(hoechstens),
            },
            legal_basis="§ 88 Abs. 1 Satz 2 SGB XII; § 27b Abs. 3 SGB XII",
            parameters=uses(barbetrag),
        )
        return ExplainedAmount(
            value=_money(hoechstens), legal_basis="§ 88 Abs. 1 Satz 2 SGB XII", steps=(step,)
        )
    if (grad is not None and grad >= 4) or blind:
        anteil = param("hzp_einsatz_anteil_max", on)
        hoechstens = auf_cent(ueber * anteil.value)
        step = Step(
            rule="hzp.einsatz",
            message=N_("step.hzp.einsatz_40"),
            values={**values, "hoechstens": _money(hoechstens)},
            legal_basis="§ 87 Abs. 1 Satz 3 SGB XII",
            parameters=uses(anteil),
        )
    else:
        hoechstens = ueber
        step = Step(
            rule="hzp.einsatz",
            message=N_("step.hzp.einsatz_angemessen"),
            values=values,
            legal_basis="§ 87 Abs. 1 Satz 1 SGB XII",
        )
    return ExplainedAmount(value=_money(hoechstens), legal_basis=basis, steps=(step,))


def vermoegensschonbetrag(
    hzp: HilfeZurPflege, minderjaehrig: bool, eltern: Eltern, partner: bool | None, on: date
) -> ExplainedAmount:
    """§ 90 Abs. 2 Nr. 9 SGB XII with § 1 DVO: 10,000 € per adult whose assets count (the
    person and the partner the household named, or a minor's parents) + 500 € per person
    mainly supported; plus up to 25,000 € saved from own work during the Hilfe zur Pflege
    (§ 66a SGB XII), not for minors and not alongside Grundsicherung.
    """
    basis = "§ 90 Abs. 2 Nr. 9 SGB XII; § 1 DVO zu § 90"
    je_person = param("vermoegen_schonbetrag", on)
    je_unterhalten = param("vermoegen_schonbetrag_unterhaltene_person", on)
    if minderjaehrig:
        erwachsene = 1 + eltern.zusammen
        unterhaltene = _kinder_mit_person(eltern)
    else:
        erwachsene = 1 + bool(partner)
        unterhaltene = hzp.unterhaltene_personen
    schon = je_person.value * erwachsene + je_unterhalten.value * unterhaltene
    steps = [
        Step(
            rule="hzp.schonbetrag",
            message=N_("step.hzp.schonbetrag"),
            values={
                "erwachsene": Count(value=erwachsene),
                "unterhaltene": Count(value=unterhaltene),
                "schon": _money(schon, None),
            },
            legal_basis=basis,
            parameters=uses(je_person, je_unterhalten),
        )
    ]
    if not minderjaehrig and not hzp.grundsicherung and hzp.vermoegen_aus_erwerb > 0:
        zusatz_max = param("vermoegen_aus_erwerb_zusatz", on)
        zusatz = min(hzp.vermoegen_aus_erwerb, zusatz_max.value)
        schon += zusatz
        steps.append(
            Step(
                rule="hzp.schonbetrag_erwerb",
                message=N_("step.hzp.schonbetrag_erwerb"),
                values={"zusatz": _money(zusatz, None), "schon": _money(schon, None)},
                legal_basis="§ 66a SGB XII",
                parameters=uses(zusatz_max),
            )
        )
    return ExplainedAmount(value=_money(schon, None), legal_basis=basis, steps=tuple(steps))


def elternbeitrag(eltern: Eltern, on: date) -> ExplainedAmount:
    """§ 94 Abs. 1a, 2 SGB XII: parents of an adult pay only if one of them earns more than
    100,000 € a year, and then a fixed monthly amount."""
    basis = "§ 94 Abs. 1a und 2 SGB XII"
    grenze = param("elternbeitrag_einkommensgrenze", on)
    einkommen = [e.betrag_jahr for e in (eltern.elternteil_1, eltern.elternteil_2) if e is not None]
    ueber = any(e > grenze.value for e in einkommen)
    beitrag = param("elternbeitrag_hilfe_zur_pflege", on) if ueber else None
    betrag = beitrag.value if beitrag else ZERO
    return ExplainedAmount(
        value=_money(betrag),
        legal_basis=basis,
        steps=(
            Step(
                rule="hzp.elternbeitrag",
                message=N_("step.hzp.elternbeitrag_ja")
                if ueber
                else N_("step.hzp.elternbeitrag_nein"),
                values={"grenze": _money(grenze.value, "year"), "betrag": _money(betrag)},
                legal_basis=basis,
                parameters=uses(grenze, *((beitrag,) if beitrag else ())),
            ),
        ),
    )


def besondere_wohnform(wohnform: Wohnform | None) -> ExplainedDecision:
    """§ 103 Abs. 1 Satz 1 SGB IX: Eingliederungshilfe in a besondere Wohnform (§ 43a with
    § 71 Abs. 4 SGB XI) "umfasst die Leistung auch die Pflegeleistungen in diesen
    Einrichtungen": the care there is part of the Eingliederungshilfe, not Hilfe zur Pflege."""
    basis = "§ 103 Abs. 1 SGB IX"
    applies = wohnform is Wohnform.besondere_wohnform
    message = (
        N_("step.hzp.besondere_wohnform_ja") if applies else N_("step.hzp.besondere_wohnform_nein")
    )
    return ExplainedDecision(
        value=applies,
        legal_basis=basis,
        steps=(Step(rule="hzp.besondere_wohnform", message=message, legal_basis=basis),),
    )


def vermoegensfreibetrag_eingliederungshilfe(grundsicherung: bool, on: date) -> ExplainedAmount:
    """§ 139 Satz 2 SGB IX: in the Eingliederungshilfe assets up to 150 % of the yearly
    Bezugsgröße stay free (2023: 40,740 × 1.5 = 61,110 €), partner's assets never count
    (guide C V 3 c). § 140 Abs. 3 with § 138 Abs. 1 Nr. 8 SGB IX: alongside Grundsicherung or
    Bürgergeld the Eingliederungshilfe asks no assets at all."""
    basis = "§ 139 SGB IX"
    bg = param("bezugsgroesse_jahr", on)
    anteil = param("vermoegensfreibetrag_anteil", on)
    frei = (bg.value * anteil.value).quantize(Decimal(1))
    steps = [
        Step(
            rule="hzp.schonbetrag",
            message=N_("step.hzp.schonbetrag_sgb_ix"),
            values={
                "bg": _money(bg.value, "year"),
                "anteil": Share(value=anteil.value),
                "schon": _money(frei, None),
            },
            legal_basis="§ 139 Satz 2 SGB IX",
            parameters=uses(bg, anteil),
        )
    ]
    if grundsicherung:
        steps.append(
            Step(
                rule="hzp.schonbetrag_existenzsichernd",
                message=N_("step.hzp.vermoegen_frei_existenzsichernd"),
                legal_basis="§ 140 Abs. 3 SGB IX; § 138 Abs. 1 Nr. 8 SGB IX",
            )
        )
    return ExplainedAmount(value=_money(frei, None), legal_basis=basis, steps=tuple(steps))


def elternbeitrag_eingliederungshilfe() -> ExplainedAmount:
    """§ 136 Abs. 1 SGB IX: only the person's income (for minors the parents' in the
    household) counts in the Eingliederungshilfe; parents of adults pay nothing, § 94 SGB XII
    does not apply to it (guide C V 2 and C VIII)."""
    basis = "§ 136 Abs. 1 SGB IX"
    return ExplainedAmount(
        value=_money(ZERO),
        legal_basis=basis,
        steps=(
            Step(
                rule="hzp.elternbeitrag",
                message=N_("step.hzp.elternbeitrag_sgb_ix"),
                legal_basis=basis,
            ),
        ),
    )


class HilfeZurPflegeErgebnis(BaseModel):
    model_config = ConfigDict(frozen=True)

    pflegegrad: ExplainedDecision
    ungedeckt: ExplainedAmount
    lebenslagenmodell: ExplainedDecision
    besondere_wohnform: ExplainedDecision
    einkommensgrenze: ExplainedAmount | None = None
    freibetrag: ExplainedAmount | None = None
    einsatz: ExplainedAmount | None = None
    schonbetrag: ExplainedAmount | None = None
    vermoegen_einzusetzen: Decimal | None = None
    elternbeitrag: ExplainedAmount | None = None


def hilfe_zur_pflege(
    hzp: HilfeZurPflege,
    grad: int | None,
    minderjaehrig: bool,
    eltern: Eltern,
    wohnform: Wohnform | None,
    on: date,
    verguetung_monat: Decimal | None = None,
    heim_monate: int = 0,
    partner: bool | None = None,
) -> HilfeZurPflegeErgebnis:
    """The uncovered need and what the household would have to pay towards it; ``partner``
    is the household's answer (``Person.partner``)."""
    umfang = pflegegrad_umfang(grad)
    ungedeckt = ungedeckter_bedarf(
        hzp.bedarf_monat or ZERO, grad, on, wohnform, verguetung_monat, heim_monate
    )
    modell = lebenslagenmodell(hzp, wohnform)
    wohnform_egh = besondere_wohnform(wohnform)
    teile = {
        "pflegegrad": umfang,
        "ungedeckt": ungedeckt,
        "lebenslagenmodell": modell,
        "besondere_wohnform": wohnform_egh,
    }
    if not umfang.value or modell.value:
        return HilfeZurPflegeErgebnis(**teile)
    if wohnform_egh.value:
        schon = vermoegensfreibetrag_eingliederungshilfe(hzp.grundsicherung, on)
        frei = schon.value.amount  # type: ignore[union-attr]
        return HilfeZurPflegeErgebnis(
            **teile,
            schonbetrag=schon,
            vermoegen_einzusetzen=ZERO if hzp.grundsicherung else max(ZERO, hzp.vermoegen - frei),
            elternbeitrag=None if minderjaehrig else elternbeitrag_eingliederungshilfe(),
        )
    grenze = einkommensgrenze(hzp, minderjaehrig, eltern, partner, on)
    frei = erwerbstaetigenfreibetrag(hzp.erwerbseinkommen_monat, on)
    einsatz = einsatz_einkommen(
        hzp.einkommen_monat,
        frei.value.amount,  # type: ignore[union-attr]
        grenze.value.amount,  # type: ignore[union-attr]
        grad,
        hzp.blind,
        on,
        heim=wohnform is Wohnform.vollstationaer and not minderjaehrig,
    )
    schon = vermoegensschonbetrag(hzp, minderjaehrig, eltern, partner, on)
    schon_betrag = schon.value.amount  # type: ignore[union-attr]
    return HilfeZurPflegeErgebnis(
        **teile,
        einkommensgrenze=grenze,
        freibetrag=frei,
        einsatz=einsatz,
        schonbetrag=schon,
        vermoegen_einzusetzen=max(ZERO, hzp.vermoegen - schon_betrag),
        elternbeitrag=None if minderjaehrig else elternbeitrag(eltern, on),
    )

"""Eingliederungshilfe (SGB IX Teil 2): who is responsible, which benefits are free, and the
Kostenbeitrag from income (§§ 135–137) and assets (§ 139 SGB IX).

Amounts: eingliederungshilfe.toml (Bezugsgröße and its shares, the SGB VIII age limits).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_FLOOR, Decimal

from pydantic import BaseModel, ConfigDict

from engine.eingliederungshilfe.scenario import (
    Behinderungsart,
    EghLeistung,
    Eingliederungshilfe,
    Ursache,
)
from engine.explain import (
    N_,
    Count,
    ExplainedAmount,
    ExplainedDecision,
    Money,
    ParameterUse,
    Share,
    Step,
    Term,
    uses,
)
from engine.household import Einkommen, Einkunftsart, Eltern, Wohnform
from engine.parameters import ParameterValue, param

ZERO = Decimal(0)
# Soziale Entschädigung: the BVG was replaced by the SGB XIV on this day (Ratgeber Kapitel H).
SGB_XIV_AB = date(2024, 1, 1)
# Both answers of zustaendigkeit() that leave the costs to the SGB VIII (§§ 90–97a).
JUGENDAMT = (Term(key="traeger.jugendamt"), Term(key="traeger.jugendamt_junge_volljaehrige"))

_GRENZE_PARAM = {
    Einkunftsart.sv_beschaeftigung: "einkommensgrenze_anteil_sv_beschaeftigung",
    Einkunftsart.selbstaendig: "einkommensgrenze_anteil_sv_beschaeftigung",
    Einkunftsart.nicht_sv_beschaeftigung: "einkommensgrenze_anteil_nicht_sv",
    Einkunftsart.rente: "einkommensgrenze_anteil_rente",
    Einkunftsart.sonstige: "einkommensgrenze_anteil_nicht_sv",
}


def _jahr(amount: Decimal) -> Money:
    return Money(amount=amount, per="year")


@dataclass(frozen=True)
class Katalogeintrag:
    """A benefit of the catalogue: its group, its paragraph, and the free-of-charge rule."""

    gruppe: str
    basis: str
    kostenfrei: str | None = None  # the § 138 Abs. 1 ground, None: a contribution applies
    nur_vor_einschulung: bool = False
    haeusliche_ersparnis: bool = False  # § 142 Abs. 1: one of § 138 Abs. 1 Nr. 1, 2, 4, 5, 7


KATALOG: dict[EghLeistung, Katalogeintrag] = {
    EghLeistung.heilpaedagogische_leistungen: Katalogeintrag(
        "soziale_teilhabe",
        "§ 79 SGB IX",
        "§ 138 Abs. 1 Nr. 1 SGB IX",
        nur_vor_einschulung=True,
        haeusliche_ersparnis=True,
    ),
    EghLeistung.kita_assistenz: Katalogeintrag(
        "soziale_teilhabe",
        "§ 113 SGB IX",
        "§ 138 Abs. 1 Nr. 7 SGB IX",
        nur_vor_einschulung=True,
        haeusliche_ersparnis=True,
    ),
    EghLeistung.assistenz_einfach: Katalogeintrag("soziale_teilhabe", "§ 78 Abs. 2 Nr. 1 SGB IX"),
    EghLeistung.assistenz_qualifiziert: Katalogeintrag(
        "soziale_teilhabe", "§ 78 Abs. 2 Nr. 2 SGB IX"
    ),
    EghLeistung.assistenz_freizeit: Katalogeintrag("soziale_teilhabe", "§ 78 Abs. 1 SGB IX"),
    EghLeistung.mobilitaet: Katalogeintrag("soziale_teilhabe", "§ 83 SGB IX"),
    EghLeistung.wohnraum: Katalogeintrag("soziale_teilhabe", "§ 77 SGB IX"),
    EghLeistung.begleitung_krankenhaus: Katalogeintrag("soziale_teilhabe", "§ 113 Abs. 6 SGB IX"),
    EghLeistung.besuchsbeihilfen: Katalogeintrag("soziale_teilhabe", "§ 115 SGB IX"),
    EghLeistung.schulbegleitung: Katalogeintrag(
        "bildung",
        "§ 112 Abs. 1 Nr. 1 SGB IX",
        "§ 138 Abs. 1 Nr. 4 SGB IX",
        haeusliche_ersparnis=True,
    ),
    EghLeistung.schulische_berufsausbildung: Katalogeintrag(
        "bildung", "§ 112 Abs. 1 Satz 1 Nr. 2 SGB IX"
    ),
    # § 138 Abs. 1 Nr. 5: "soweit diese Leistungen in besonderen Ausbildungsstätten über Tag
    # und Nacht für Menschen mit Behinderungen erbracht werden" — free only there.
    EghLeistung.schulische_berufsausbildung_internat: Katalogeintrag(
        "bildung",
        "§ 112 Abs. 1 Satz 1 Nr. 2 SGB IX",
        "§ 138 Abs. 1 Nr. 5 SGB IX",
        haeusliche_ersparnis=True,
    ),
    EghLeistung.werkstatt: Katalogeintrag("arbeit", "§ 58 SGB IX", "§ 138 Abs. 1 Nr. 3 SGB IX"),
    EghLeistung.andere_leistungsanbieter: Katalogeintrag(
        "arbeit", "§ 60 SGB IX", "§ 138 Abs. 1 Nr. 3 SGB IX"
    ),
    EghLeistung.budget_fuer_arbeit: Katalogeintrag(
        "arbeit", "§ 61 SGB IX", "§ 138 Abs. 1 Nr. 3 SGB IX"
    ),
    EghLeistung.tagesfoerderstaette: Katalogeintrag(
        "soziale_teilhabe", "§ 81 SGB IX", "§ 138 Abs. 1 SGB IX (Ratgeber C V 1)"
    ),
    EghLeistung.medizinische_rehabilitation: Katalogeintrag(
        "medizinisch", "§ 109 SGB IX", "§ 138 Abs. 1 Nr. 2 SGB IX", haeusliche_ersparnis=True
    ),
}
GRUPPEN = ("soziale_teilhabe", "bildung", "arbeit", "medizinisch")
# § 116 SGB IX: forms some benefits can take (shown beside them, not separate benefits).
POOLBAR = (
    EghLeistung.assistenz_einfach,
    EghLeistung.assistenz_qualifiziert,
    EghLeistung.assistenz_freizeit,
    EghLeistung.mobilitaet,
)
PAUSCHALE_MOEGLICH = (EghLeistung.assistenz_einfach, EghLeistung.mobilitaet)


def junge_volljaehrige(alter: int, on: date) -> ExplainedDecision:
    """§ 41 Abs. 1 Satz 2 SGB VIII (with § 35a for a seelische Behinderung): "Die Hilfe wird in
    der Regel nur bis zur Vollendung des 21. Lebensjahres gewährt; in begründeten Einzelfällen
    soll sie für einen begrenzten Zeitraum darüber hinaus fortgesetzt werden." Beyond that
    only while a junger Volljähriger, "wer 18, aber noch nicht 27 Jahre alt ist" (§ 7 Abs. 1
    Nr. 3 SGB VIII). True: the Jugendamt can still be responsible as a rule."""
    regel = param("hilfe_junge_volljaehrige_regelalter", on)
    hoechst = param("junger_volljaehriger_hoechstalter", on)
    return ExplainedDecision(
        value=alter < int(regel.value),
        legal_basis="§ 41 SGB VIII",
        steps=(
            Step(
                rule="egh.junge_volljaehrige",
                message=N_("step.egh.traeger_junge_volljaehrige"),
                values={
                    "bis": Count(value=int(regel.value)),
                    "hoechstens": Count(value=int(hoechst.value)),
                },
                legal_basis="§ 41 Abs. 1 Satz 2 mit § 35a SGB VIII; § 7 Abs. 1 Nr. 3 SGB VIII",
                parameters=uses(regel, hoechst),
            ),
        ),
    )


def zustaendigkeit(
    behinderungsart: Behinderungsart | None,
    minderjaehrig: bool,
    ursache: Ursache,
    on: date,
    alter: int | None = None,
) -> ExplainedAmount:
    """Who pays and where to apply.

    Kausalitätsprinzip (Ratgeber Kapitel H): a work, school, Kita or commuting accident →
    gesetzliche Unfallversicherung (SGB VII); a violent crime or vaccine damage → the
    Versorgungsamt (BVG, from 1 Jan 2024 SGB XIV). Otherwise children and young people with
    a seelische Behinderung → Jugendamt (§ 35a SGB VIII), young adults with one as a rule
    until 21 the Jugendamt as Hilfe für junge Volljährige (§ 41 SGB VIII) or else the Träger
    der Eingliederungshilfe, everyone else → Träger der Eingliederungshilfe (§ 94 SGB IX).
    Eingliederungshilfe is nachrangig (§ 91 SGB IX).
    """
    junge = None
    if behinderungsart is Behinderungsart.seelisch and not minderjaehrig and alter is not None:
        junge = junge_volljaehrige(alter, on)
    if ursache is Ursache.unfall:
        traeger, basis = N_("traeger.unfallversicherung"), "§ 26 SGB VII"
        message = N_("step.egh.traeger_unfallversicherung")
    elif ursache is Ursache.gewalt_impfschaden:
        traeger = N_("traeger.versorgungsamt")
        if on >= SGB_XIV_AB:
            basis, message = "SGB XIV", N_("step.egh.traeger_versorgungsamt_sgb14")
        else:
            basis, message = "§ 1 BVG; OEG; § 60 IfSG", N_("step.egh.traeger_versorgungsamt_bvg")
    elif minderjaehrig and behinderungsart is Behinderungsart.seelisch:
        traeger, basis = N_("traeger.jugendamt"), "§ 35a SGB VIII"
        message = N_("step.egh.traeger_jugendamt")
    elif junge is not None and junge.value:
        return ExplainedAmount(
            value=Term(key=N_("traeger.jugendamt_junge_volljaehrige")),
            legal_basis="§ 41 SGB VIII mit § 35a SGB VIII",
            steps=junge.steps,
        )
    else:
        traeger, basis = N_("traeger.eingliederungshilfe"), "§ 94 SGB IX"
        message = N_("step.egh.traeger_eingliederungshilfe")
    return ExplainedAmount(
        value=Term(key=traeger),
        legal_basis=basis,
        steps=(
            Step(
                rule="egh.zustaendigkeit",
                message=message,
                values={"ursache": Term(key=f"ursache.{ursache}")},
                legal_basis=basis,
            ),
        ),
    )


def eigener_grund(eintrag: Katalogeintrag, eingliederungshilfe: Eingliederungshilfe) -> bool:
    """§ 138 Abs. 1 SGB IX: the benefit itself is free (Nr. 1 and 7 only before school)."""
    return eintrag.kostenfrei is not None and (
        not eintrag.nur_vor_einschulung or eingliederungshilfe.vor_einschulung
    )


def kostenfrei(
    leistung: EghLeistung,
    eingliederungshilfe: Eingliederungshilfe,
    minderjaehrig: bool,
    jugendamt: bool,
    wohnform: Wohnform | None,
) -> ExplainedDecision:
    """§ 138 Abs. 1 SGB IX: benefits for which no contribution is asked; and where the
    Jugendamt is responsible (§ 35a, for young adults § 41 SGB VIII) the SGB VIII: § 91
    SGB VIII lists the only benefits it charges for, all of them (teil-)stationary, so
    ambulant help is free. For stationary help of a young adult, see
    ``sgb_viii_junge_volljaehrige``."""
    eintrag = KATALOG[leistung]
    stationaer = wohnform in (Wohnform.besondere_wohnform, Wohnform.vollstationaer)
    if eingliederungshilfe.existenzsichernd:
        frei, message, basis = (
            True,
            N_("step.egh.frei_existenzsichernd"),
            "§ 138 Abs. 1 Nr. 8 SGB IX",
        )
    elif jugendamt and not stationaer and minderjaehrig:
        frei, message, basis = True, N_("step.egh.frei_seelisch_ambulant"), "§ 91 SGB VIII"
    elif jugendamt and not stationaer:
        frei, message = True, N_("step.egh.frei_junge_volljaehrige_ambulant")
        basis = "§ 91 mit § 41 SGB VIII"
    elif jugendamt and minderjaehrig:
        frei, message, basis = False, N_("step.egh.sgb8_stationaer"), "§§ 91, 94 SGB VIII"
    elif jugendamt:
        return sgb_viii_junge_volljaehrige(leistung)
    elif eigener_grund(eintrag, eingliederungshilfe):
        frei, message, basis = True, N_("step.egh.frei_leistung"), eintrag.kostenfrei
    elif eintrag.kostenfrei:
        frei, message, basis = False, N_("step.egh.nicht_frei_eingeschult"), eintrag.kostenfrei
    else:
        frei, message, basis = False, N_("step.egh.beitrag"), "§§ 135–137 SGB IX"
    return _entscheidung(leistung, frei, message, basis)


def _entscheidung(leistung: EghLeistung, frei: bool, message: str, basis: str) -> ExplainedDecision:
    return ExplainedDecision(
        value=frei,
        legal_basis=basis,
        steps=(
            Step(
                rule="egh.kostenfrei",
                message=message,
                values={"leistung": Term(key=f"egh.leistung.{leistung}")},
                legal_basis=basis,
            ),
        ),
    )


def sgb_viii_junge_volljaehrige(leistung: EghLeistung) -> ExplainedDecision:
    """§ 91 Abs. 1 Nr. 8 with § 92 Abs. 1 and 1a, § 94 Abs. 3 SGB VIII: stationary Hilfe für
    junge Volljährige is a benefit the Jugendamt charges for, but since 1.1.2023 (Gesetz zur
    Abschaffung der Kostenheranziehung von jungen Menschen in der Kinder- und Jugendhilfe of
    19.12.2022, BGBl. I S. 2824) "nur noch Elternteile" are charged from their income
    (§ 92 Abs. 1); the young adult pays nothing from own income or assets. Left: a
    contribution the size of the Kindergeld from whoever receives it (§ 94 Abs. 3) and money
    paid for the same purpose (§ 93 Abs. 1 Satz 3), neither computed here.

    Earlier law, outside the covered dates (eingliederungshilfe.toml starts 1.1.2023): from
    10.6.2021 (KJSG) at most 25 % of the young adult's income (§ 94 Abs. 6 SGB VIII a. F.)
    and no assets, before that 75 % of the income."""
    return _entscheidung(
        leistung,
        False,
        N_("step.egh.sgb8_stationaer_junge_volljaehrige"),
        "§ 92 Abs. 1, 1a, § 94 Abs. 3 SGB VIII",
    )


def grenze_anteil(art: Einkunftsart, on: date) -> ParameterValue:
    """§ 136 Abs. 2 SGB IX: 85 % (sv-Beschäftigung, selbständig), 75 % (nicht sv-pflichtig),
    60 % (Renten) of the Bezugsgröße; Satz 2: "Wird das Einkommen im Sinne des § 135
    überwiegend aus anderen Einkunftsarten erzielt, ist Satz 1 Nummer 2 entsprechend
    anzuwenden" (75 %, e.g. rent or capital income)."""
    return param(_GRENZE_PARAM[art], on)


def kostenbeitrag_monat(
    einkommen: Decimal, grenze: Decimal, anteil: Decimal, abrundung: Decimal
) -> Decimal:
    """§ 137 Abs. 2 SGB IX: 2 % of the income above the limit per month, rounded down to
    full 10 €. The lean core: the explained rule and the income sweep both use it."""
    ueber = einkommen - grenze
    if ueber <= 0:
        return ZERO
    return (ueber * anteil / abrundung).to_integral_value(rounding=ROUND_FLOOR) * abrundung


class Einkommensbasis(BaseModel):
    """Whose income counts and how much (§ 135 SGB IX)."""

    model_config = ConfigDict(frozen=True)

    einkommen: Decimal
    hauptart: Einkunftsart
    beide_eltern: bool


def einkommensbasis(
    eingliederungshilfe: Eingliederungshilfe, minderjaehrig: bool, eltern: Eltern
) -> Einkommensbasis | None:
    """§ 135 SGB IX with § 136 Abs. 1 and 5: minors: the income of the parents living in
    their household (both, or the one parent); adults: only their own (a partner's income
    never counts). A 0 € income is an income. The main source of income decides the kind of
    limit (Ratgeber C V 3 a). None: no income entered."""
    if minderjaehrig:
        quellen = list(eltern.im_haushalt)
    else:
        quellen = [eingliederungshilfe.einkommen] if eingliederungshilfe.einkommen else []
    if not quellen:
        return None
    haupt = max(quellen, key=lambda e: e.betrag_jahr)
    return Einkommensbasis(
        einkommen=sum((e.betrag_jahr for e in quellen), ZERO),
        hauptart=haupt.art,
        beide_eltern=minderjaehrig and eltern.zusammen,
    )


def partner_im_haushalt(partner: bool | None, eingliederungshilfe: Eingliederungshilfe) -> bool:
    """§ 136 Abs. 3 SGB IX: the adult lives with a non-separated spouse or partner, as the
    person said; a scenario from before the question (old links) counts a partner's income
    given as a partner."""
    if partner is not None:
        return partner
    return eingliederungshilfe.partner is not None


def haushalt_angenommen(
    minderjaehrig: bool,
    eltern: Eltern,
    partner: bool | None,
    eingliederungshilfe: Eingliederungshilfe,
) -> ExplainedDecision | None:
    """§ 136 Abs. 5 SGB IX (a minor living with both parents: + 75 %) and § 136 Abs. 3 (an
    adult's non-separated partner: + 15 %) depend on who lives in the household. When the
    household has not answered (a link from before the questions), the limit is computed
    with the answer its incomes suggest (``Eltern.zusammen``, ``partner_im_haushalt``): that
    answer, marked as assumed, so the family is asked to give the real one. None: answered."""
    if minderjaehrig and eltern.zusammenlebend is None:
        value = eltern.zusammen
        message = N_("step.egh.annahme_eltern")
        annahme = N_("egh.eltern.beide") if value else N_("egh.eltern.einer")
        basis = "§ 136 Abs. 5 SGB IX"
    elif not minderjaehrig and partner is None:
        value = partner_im_haushalt(partner, eingliederungshilfe)
        message = N_("step.egh.annahme_partner")
        annahme = N_("leistung.ja") if value else N_("leistung.nein")
        basis = "§ 136 Abs. 3 SGB IX"
    else:
        return None
    return ExplainedDecision(
        value=value,
        legal_basis=basis,
        steps=(
            Step(
                rule="egh.haushalt_angenommen",
                message=message,
                values={"annahme": Term(key=annahme)},
                legal_basis=basis,
            ),
        ),
    )


def einkommensgrenze(
    basis: Einkommensbasis,
    minderjaehrig: bool,
    eltern: Eltern,
    eingliederungshilfe: Eingliederungshilfe,
    on: date,
    partner: bool = False,
) -> ExplainedAmount:
    """§ 136 Abs. 2–5 SGB IX with the Bezugsgröße of the year the benefit is for.

    Abs. 3: + 15 % for a non-separated partner (whatever the partner earns) and + 10 % per
    dependent child in the household; Abs. 4: only if the partner's own income exceeds their
    own limit, no partner/child supplements but 5 % per child; Abs. 5: a minor living with
    both parents: + 75 %, Abs. 3 and 4 do not apply. A minor with one parent: that parent's
    limit + 10 % per child (Ratgeber C V 3, Familie Meier).
    """
    bg = param("bezugsgroesse_jahr", on)
    anteil = grenze_anteil(basis.hauptart, on)
    grund = (bg.value * anteil.value).quantize(Decimal(1))
    steps = [
        Step(
            rule="egh.grenze.grund",
            message=N_("step.egh.grenze_grund"),
            values={
                "art": Term(key=f"einkunftsart.{basis.hauptart}"),
                "anteil": Share(value=anteil.value),
                "bg": _jahr(bg.value),
                "grund": _jahr(grund),
            },
            legal_basis="§ 136 Abs. 2 Satz 2 SGB IX"
            if basis.hauptart is Einkunftsart.sonstige
            else "§ 136 Abs. 2 SGB IX",
            parameters=uses(bg, anteil),
        )
    ]
    grenze = grund
    if basis.beide_eltern:
        zuschlag = param("zuschlag_minderjaehrig_im_elternhaushalt_anteil", on)
        betrag = (bg.value * zuschlag.value).quantize(Decimal(1))
        grenze += betrag
        steps.append(
            Step(
                rule="egh.grenze.eltern",
                message=N_("step.egh.zuschlag_eltern"),
                values={"anteil": Share(value=zuschlag.value), "betrag": _jahr(betrag)},
                legal_basis="§ 136 Abs. 5 SGB IX",
                parameters=uses(zuschlag),
            )
        )
    else:
        kinder = eltern.kinder_im_haushalt if minderjaehrig else eingliederungshilfe.kinder
        partner_einkommen = eingliederungshilfe.partner if partner else None
        grenze += _zuschlaege(partner, partner_einkommen, kinder, bg, steps, on)
    steps.append(
        Step(
            rule="egh.grenze.summe",
            message=N_("step.egh.grenze_summe"),
            values={"grenze": _jahr(grenze)},
            legal_basis="§ 136 SGB IX",
        )
    )
    return ExplainedAmount(value=_jahr(grenze), legal_basis="§ 136 SGB IX", steps=tuple(steps))


def _zuschlaege(
    partner: bool,
    partner_einkommen: Einkommen | None,
    kinder: int,
    bg: ParameterValue,
    steps: list[Step],
    on: date,
) -> Decimal:
    """§ 136 Abs. 3 and 4 SGB IX; appends the steps and returns the supplements' sum."""
    partner_ueber = False
    summe = ZERO
    if partner:
        partner_grenze = ZERO
        if partner_einkommen is not None:
            anteil_partner = grenze_anteil(partner_einkommen.art, on).value
            partner_grenze = (bg.value * anteil_partner).quantize(Decimal(1))
            partner_ueber = partner_einkommen.betrag_jahr > partner_grenze
        if not partner_ueber:
            anteil = param("zuschlag_partner_anteil", on)
            betrag = (bg.value * anteil.value).quantize(Decimal(1))
            summe += betrag
            steps.append(
                Step(
                    rule="egh.grenze.partner",
                    message=N_("step.egh.zuschlag_partner"),
                    values={"anteil": Share(value=anteil.value), "betrag": _jahr(betrag)},
                    legal_basis="§ 136 Abs. 3 SGB IX",
                    parameters=uses(anteil),
                )
            )
        else:
            steps.append(
                Step(
                    rule="egh.grenze.partner_ueber",
                    message=N_("step.egh.partner_ueber"),
                    values={"grenze": _jahr(partner_grenze)},
                    legal_basis="§ 136 Abs. 4 SGB IX",
                )
            )
    if kinder:
        key = (
            "zuschlag_kind_partner_ueber_grenze_anteil" if partner_ueber else "zuschlag_kind_anteil"
        )
        anteil = param(key, on)
        je_kind = (bg.value * anteil.value).quantize(Decimal(1))
        summe += je_kind * kinder
        steps.append(
            Step(
                rule="egh.grenze.kinder",
                message=N_("step.egh.zuschlag_kinder"),
                values={
                    "kinder": Count(value=kinder),
                    "anteil": Share(value=anteil.value),
                    "je_kind": _jahr(je_kind),
                    "betrag": _jahr(je_kind * kinder),
                },
                legal_basis="§ 136 Abs. 4 SGB IX" if partner_ueber else "§ 136 Abs. 3 SGB IX",
                parameters=uses(anteil),
            )
        )
    return summe


def kostenbeitrag(
    basis: Einkommensbasis, grenze: ExplainedAmount, abweichend: bool, on: date
) -> ExplainedAmount:
    """§ 135 and § 137 Abs. 2 SGB IX: the income of the Vorvorjahr (or the current year's
    when it differs considerably, § 135 Abs. 2) above the limit; 2 % a month, rounded down
    to full 10 €, paid to the provider (Netto-Prinzip, § 137 Abs. 3)."""
    zurueck = param("einkommen_jahre_zurueck", on)
    anteil = param("kostenbeitrag_anteil", on)
    abrundung = param("kostenbeitrag_abrundung", on)
    grenze_betrag = grenze.value.amount  # type: ignore[union-attr]
    ueber = max(ZERO, basis.einkommen - grenze_betrag)
    monat = kostenbeitrag_monat(basis.einkommen, grenze_betrag, anteil.value, abrundung.value)
    jahr = on.year if abweichend else on.year - int(zurueck.value)
    steps = (
        Step(
            rule="egh.einkommen",
            message=N_("step.egh.einkommen_abweichend")
            if abweichend
            else N_("step.egh.einkommen_vorvorjahr"),
            values={
                "einkommen": _jahr(basis.einkommen),
                "jahr": Count(value=jahr, unit="calendar_year"),
                "leistungsjahr": Count(value=on.year, unit="calendar_year"),
            },
            legal_basis="§ 135 Abs. 2 SGB IX" if abweichend else "§ 135 Abs. 1 SGB IX",
            parameters=uses(zurueck),
        ),
        Step(
            rule="egh.kostenbeitrag",
            message=N_("step.egh.kostenbeitrag") if ueber else N_("step.egh.unter_grenze"),
            values={
                "einkommen": _jahr(basis.einkommen),
                "grenze": _jahr(grenze_betrag),
                "ueber": _jahr(ueber),
                "roh": Money(amount=(ueber * anteil.value).quantize(Decimal("0.01"))),
                "monat": Money(amount=monat, per="month"),
            },
            legal_basis="§ 137 Abs. 2 SGB IX",
            parameters=uses(anteil, abrundung),
        ),
    )
    return ExplainedAmount(
        value=Money(amount=monat, per="month"), legal_basis="§ 137 SGB IX", steps=steps
    )


def vermoegensfreibetrag(on: date) -> ExplainedAmount:
    """§ 139 Satz 2 SGB IX: cash and other monetary assets up to 150 % of the Bezugsgröße are
    protected, and so is what § 90 Abs. 2 Nr. 1–8 SGB XII lists, e.g. a reasonable home the
    family lives in (Nr. 8). Asked for only when a benefit is not free (§ 140 Abs. 3)."""
    bg = param("bezugsgroesse_jahr", on)
    anteil = param("vermoegensfreibetrag_anteil", on)
    frei = (bg.value * anteil.value).quantize(Decimal(1))
    return ExplainedAmount(
        value=Money(amount=frei),
        legal_basis="§ 139 SGB IX",
        steps=(
            Step(
                rule="egh.vermoegen",
                message=N_("step.egh.vermoegen"),
                values={
                    "bg": _jahr(bg.value),
                    "anteil": Share(value=anteil.value),
                    "frei": Money(amount=frei),
                },
                legal_basis="§ 139 SGB IX",
                parameters=uses(bg, anteil),
            ),
        ),
    )


class LeistungEntscheidung(BaseModel):
    model_config = ConfigDict(frozen=True)

    leistung: EghLeistung
    gruppe: str
    basis: str
    kostenfrei: ExplainedDecision
    poolbar: bool
    pauschale: bool


def beitragsfrei(
    leistungen: tuple[LeistungEntscheidung, ...], existenzsichernd: bool, jugendamt: bool
) -> ExplainedDecision:
    """§ 138 Abs. 1 and § 140 Abs. 3 SGB IX: "Die in § 138 Absatz 1 genannten Leistungen
    sind ohne Berücksichtigung von vorhandenem Vermögen zu erbringen." True when nothing is
    asked from income or assets: the person receives Grundsicherung, Bürgergeld or BVG
    support (§ 138 Abs. 1 Nr. 8 frees every benefit), or every benefit asked about is free
    (for the Jugendamt: ambulant benefits, § 91 SGB VIII). When only some are free, income
    and assets count for the others alone. The Jugendamt uses no assets at all: § 92 Abs. 1
    SGB VIII charges the parents "aus ihrem Einkommen", and a young person nothing from
    income or assets since 1.1.2023 (§ 92 Abs. 1, 1a)."""
    frei = [item for item in leistungen if item.kostenfrei.value]
    if existenzsichernd:
        value, message = True, N_("step.egh.vermoegen_grundsicherung")
        basis = "§ 138 Abs. 1 Nr. 8, § 140 Abs. 3 SGB IX"
    elif leistungen and len(frei) == len(leistungen):
        value, message = True, N_("step.egh.alle_frei")
        basis = "§ 91 SGB VIII" if jugendamt else "§ 138 Abs. 1, § 140 Abs. 3 SGB IX"
    elif jugendamt:
        value, message, basis = False, N_("step.egh.sgb8_kein_vermoegen"), "§ 92 SGB VIII"
    elif frei:
        value, message = False, N_("step.egh.beitrag_teilweise")
        basis = "§ 138 Abs. 1, § 140 Abs. 3 SGB IX"
    else:
        value, message, basis = False, N_("step.egh.beitrag_moeglich"), "§§ 135–140 SGB IX"
    return ExplainedDecision(
        value=value,
        legal_basis=basis,
        steps=(Step(rule="egh.beitragsfrei", message=message, legal_basis=basis),),
    )


def haeusliche_ersparnis(
    leistungen: tuple[LeistungEntscheidung, ...], eingliederungshilfe: Eingliederungshilfe
) -> ExplainedDecision:
    """§ 142 Abs. 1 SGB IX: for a minor receiving benefits of § 138 Abs. 1 Nr. 1, 2, 4, 5 or
    7 over day and night or over the day in a facility (e.g. the boarding school of a
    Förderschule), the parents bear the cost of the Lebensunterhalt there only up to what
    they save at home (häusliche Ersparnis); no Kostenbeitrag under § 137 for these benefits.
    The Träger sets the amount (Ratgeber Kapitel E II 1), so none is computed here."""
    betroffen = [
        item
        for item in leistungen
        if KATALOG[item.leistung].haeusliche_ersparnis
        and eigener_grund(KATALOG[item.leistung], eingliederungshilfe)
    ]
    basis = "§ 142 Abs. 1 SGB IX"
    if not betroffen:
        return ExplainedDecision(
            value=False,
            legal_basis=basis,
            steps=(
                Step(
                    rule="egh.haeusliche_ersparnis",
                    message=N_("step.egh.haeusliche_ersparnis_keine"),
                    legal_basis=basis,
                ),
            ),
        )
    steps = [
        Step(
            rule="egh.haeusliche_ersparnis",
            message=N_("step.egh.haeusliche_ersparnis"),
            values={"leistung": Term(key=f"egh.leistung.{item.leistung}")},
            legal_basis=f"{basis}; {KATALOG[item.leistung].kostenfrei}",
        )
        for item in betroffen
    ]
    steps.append(
        Step(
            rule="egh.haeusliche_ersparnis.hoehe",
            message=N_("step.egh.haeusliche_ersparnis_hoehe"),
            legal_basis=f"{basis} (Ratgeber Kapitel E II 1)",
        )
    )
    return ExplainedDecision(value=True, legal_basis=basis, steps=tuple(steps))


class EingliederungshilfeErgebnis(BaseModel):
    model_config = ConfigDict(frozen=True)

    zustaendigkeit: ExplainedAmount
    sgb_viii: bool  # Jugendamt (§ 35a, § 41 SGB VIII): costs follow SGB VIII, no amount here
    minderjaehrig: bool
    leistungen: tuple[LeistungEntscheidung, ...]
    beitragsfrei: ExplainedDecision  # nothing from income or assets (§ 138 Abs. 1, § 140 Abs. 3)
    beitrag_nur_fuer: tuple[EghLeistung, ...]  # some benefits free: the rest bear the contribution
    haeusliche_ersparnis: ExplainedDecision | None  # § 142 Abs. 1; None: not asked or not a minor
    eltern_volljaehriger_frei: bool
    einkommensgrenze: ExplainedAmount | None
    kostenbeitrag: ExplainedAmount | None
    hinweis_alleinerziehend: bool  # one parent: some Träger apply § 136 Abs. 5 anyway
    # Who lives in the household was not answered: the limit used this assumed answer.
    haushalt_angenommen: ExplainedDecision | None
    vermoegensfreibetrag: ExplainedAmount
    vermoegen_einzusetzen: Decimal
    gesamtplan_jahre: ParameterUse
    # § 100 SGB IX: the residence status (engine/eingliederungshilfe/aufenthalt.py), set by
    # engine/evaluate.py; None where the result is computed without a scenario.
    aufenthalt: ExplainedAmount | None = None


def eingliederungshilfe(
    eh: Eingliederungshilfe,
    minderjaehrig: bool,
    eltern: Eltern,
    wohnform: Wohnform | None,
    on: date,
    *,
    alter: int | None = None,
    partner: bool | None = None,
) -> EingliederungshilfeErgebnis:
    """Responsibility, the benefits asked about, and what the household must pay."""
    traeger = zustaendigkeit(eh.behinderungsart, minderjaehrig, eh.ursache, on, alter)
    jugendamt = traeger.value in JUGENDAMT
    entscheidungen = tuple(
        LeistungEntscheidung(
            leistung=leistung,
            gruppe=KATALOG[leistung].gruppe,
            basis=KATALOG[leistung].basis,
            kostenfrei=kostenfrei(leistung, eh, minderjaehrig, jugendamt, wohnform),
            poolbar=leistung in POOLBAR,
            pauschale=leistung in PAUSCHALE_MOEGLICH,
        )
        for leistung in eh.leistungen
    )
    frei = beitragsfrei(entscheidungen, eh.existenzsichernd, jugendamt)
    nur_fuer = tuple(item.leistung for item in entscheidungen if not item.kostenfrei.value)
    basis = None if jugendamt or frei.value else einkommensbasis(eh, minderjaehrig, eltern)
    grenze = beitrag = None
    if basis is not None:
        mit_partner = not minderjaehrig and partner_im_haushalt(partner, eh)
        grenze = einkommensgrenze(basis, minderjaehrig, eltern, eh, on, mit_partner)
        beitrag = kostenbeitrag(basis, grenze, eh.einkommen_abweichend, on)
    elif frei.value and not jugendamt:
        beitrag = ExplainedAmount(
            value=Money(amount=ZERO, per="month"), legal_basis=frei.legal_basis, steps=frei.steps
        )
    vermoegen = vermoegensfreibetrag(on)
    einsatz = max(ZERO, eh.vermoegen - vermoegen.value.amount)  # type: ignore[union-attr]
    return EingliederungshilfeErgebnis(
        zustaendigkeit=traeger,
        sgb_viii=jugendamt,
        minderjaehrig=minderjaehrig,
        leistungen=entscheidungen,
        beitragsfrei=frei,
        beitrag_nur_fuer=nur_fuer if len(nur_fuer) < len(entscheidungen) else (),
        haeusliche_ersparnis=haeusliche_ersparnis(entscheidungen, eh)
        if minderjaehrig and eh.einrichtung and not jugendamt
        else None,
        eltern_volljaehriger_frei=not minderjaehrig,
        einkommensgrenze=grenze,
        kostenbeitrag=beitrag,
        hinweis_alleinerziehend=basis is not None and minderjaehrig and not basis.beide_eltern,
        haushalt_angenommen=None
        if basis is None
        else haushalt_angenommen(minderjaehrig, eltern, partner, eh),
        vermoegensfreibetrag=vermoegen,
        vermoegen_einzusetzen=ZERO if frei.value or jugendamt else einsatz,
        gesamtplan_jahre=ParameterUse.of(param("gesamtplan_ueberpruefung_jahre", on)),
    )


def kostenbeitrag_verlauf(
    grenze: Decimal, bis: Decimal, on: date, punkte: int = 400
) -> list[tuple[Decimal, Decimal]]:
    """The monthly Kostenbeitrag over incomes 0…``bis`` at the household's limit (§ 137 Abs. 2
    SGB IX), for the chart: ``punkte`` + 1 evenly spaced incomes."""
    anteil = param("kostenbeitrag_anteil", on).value
    abrundung = param("kostenbeitrag_abrundung", on).value
    schritt = bis / punkte
    return [
        (schritt * i, kostenbeitrag_monat(schritt * i, grenze, anteil, abrundung))
        for i in range(punkte + 1)
    ]

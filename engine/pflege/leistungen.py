"""What the care insurance (SGB XI) and the Krankenkasse pay for a Pflegegrad, and what the
caregiver gets, on a Rechtsstand date.

One function per benefit; each returns a :class:`Leistung` that says whether it applies,
how much, why (steps with the §) and where to apply. Amounts come from pflege.toml
and krankenversicherung.toml beside this module.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from engine.explain import (
    N_,
    Count,
    ExplainedAmount,
    ExplainedDecision,
    Money,
    ParameterUse,
    Quantity,
    Share,
    Step,
    Term,
    quantity_of,
    uses,
)
from engine.household import Merkzeichen, Wohnform
from engine.parameters import ParameterValue, param
from engine.pflege.scenario import Pflege, Pflegeperson

CENT = Decimal("0.01")
ZUHAUSE = (Wohnform.zuhause, Wohnform.wohngruppe)
GEMEINSAMER_JAHRESBETRAG_AB = date(2025, 7, 1)
# § 37 Abs. 2 Satz 1 SGB XI: "dabei ist der Kalendermonat mit 30 Tagen anzusetzen" (a
# counting convention of the statute, not an amount).
TAGE_JE_MONAT = 30
# § 43c Satz 2–4 SGB XI: (more than so many months, share from then on).
LEISTUNGSZUSCHLAG_STUFEN = (
    ("leistungszuschlag_monate_2", "leistungszuschlag_anteil_2"),
    ("leistungszuschlag_monate_3", "leistungszuschlag_anteil_3"),
    ("leistungszuschlag_monate_4", "leistungszuschlag_anteil_4"),
)


def auf_cent(value: Decimal) -> Decimal:
    """Money results to the cent, half up: SGB XI orders no other rounding for these amounts
    (brochure: 901 € / 30 = 30.03 € a day)."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


class Leistung(BaseModel):
    """One benefit: whether it applies, its amount if it has one, and where to apply."""

    model_config = ConfigDict(frozen=True)

    key: str
    anspruch: ExplainedDecision
    betrag: ExplainedAmount | None = None
    stelle: str
    monatlich: bool = False  # paid every month: part of the "per month" chart
    # Set when the household's insurance decides who pays (engine/pflege/aufenthalt.py):
    # False means it does not apply to this household, and its steps say what instead.
    kostentraeger: ExplainedDecision | None = None

    @property
    def gilt(self) -> bool:
        """The benefit reaches this household (its insurance does not rule it out)."""
        return self.kostentraeger is None or self.kostentraeger.value


def _step(
    rule: str,
    message: str,
    basis: str,
    values: dict[str, Quantity] | None = None,
    parameters: tuple[ParameterValue, ...] = (),
) -> Step:
    return Step(
        rule=rule,
        message=message,
        values=values or {},
        legal_basis=basis,
        parameters=uses(*parameters),
    )


def _grad_step(rule: str, grad: int | None, ab: int, basis: str) -> tuple[bool, Step]:
    ok = grad is not None and grad >= ab
    return ok, _step(
        rule,
        N_("step.pflege.grad_ab") if ok else N_("step.pflege.grad_unter"),
        basis,
        {"grad": Term(key=f"term.pflegegrad.{grad or 0}"), "ab": Count(value=ab)},
    )


def _leistung(
    key: str,
    stelle: str,
    basis: str,
    decision: list[Step],
    ok: bool,
    amount: Money | None = None,
    amount_steps: list[Step] | None = None,
    monatlich: bool = False,
) -> Leistung:
    anspruch = ExplainedDecision(value=ok, legal_basis=basis, steps=tuple(decision))
    betrag = None
    if ok and amount is not None:
        betrag = ExplainedAmount(
            value=amount, legal_basis=basis, steps=tuple(decision + (amount_steps or []))
        )
    return Leistung(key=key, anspruch=anspruch, betrag=betrag, stelle=stelle, monatlich=monatlich)


def _bezahlt(
    key: str,
    stelle: str,
    basis: str,
    grad_step: Step,
    message: str,
    values: dict[str, Quantity],
    parameters: tuple[ParameterValue, ...],
    betrag: str,
    monatlich: bool = False,
) -> Leistung:
    """A benefit that applies, with the one step that computes its amount ``values[betrag]``."""
    step = _step(f"{key}.betrag", message, basis, values, parameters)
    amount = values[betrag]
    assert isinstance(amount, Money)
    return _leistung(key, stelle, basis, [grad_step], True, amount, [step], monatlich)


def wohnt_zuhause(wohnform: Wohnform | None) -> bool:
    return wohnform is None or wohnform in ZUHAUSE


def pflegegeld(grad: int | None, sachleistung_anteil: Decimal, on: date) -> Leistung:
    """§ 37 Abs. 1 SGB XI, with § 38 Satz 2 SGB XI (Kombinationsleistung).

    Pflegegeld for Pflegegrad 2–5; "das Pflegegeld wird um den Vomhundertsatz vermindert,
    in dem der Pflegebedürftige Sachleistungen in Anspruch genommen hat".
    """
    basis = "§ 37 Abs. 1 SGB XI"
    ok, step = _grad_step("pflegegeld.grad", grad, 2, basis)
    if not ok:
        return _leistung("pflegegeld", "stelle.pflegekasse", basis, [step], ok)
    voll = param(f"pflegegeld_pg{grad}", on)
    rest = auf_cent(voll.value * (1 - sachleistung_anteil))
    steps = [
        _step(
            "pflegegeld.kombination",
            N_("step.pflege.pflegegeld_kombination"),
            "§ 38 Satz 2 SGB XI",
            {
                "voll": Money(amount=voll.value, per="month"),
                "anteil": Share(value=sachleistung_anteil),
                "rest": Money(amount=rest, per="month"),
            },
            (voll,),
        )
    ]
    return _leistung(
        "pflegegeld",
        "stelle.pflegekasse",
        basis,
        [step],
        ok,
        Money(amount=rest, per="month"),
        steps,
        monatlich=True,
    )


def pflegesachleistung(grad: int | None, sachleistung_anteil: Decimal, on: date) -> Leistung:
    """§ 36 Abs. 3 SGB XI: Pflegesachleistung of an ambulant service, Pflegegrad 2–5."""
    basis = "§ 36 Abs. 3 SGB XI"
    ok, step = _grad_step("pflegesachleistung.grad", grad, 2, basis)
    if not ok:
        return _leistung("pflegesachleistung", "stelle.pflegekasse", basis, [step], ok)
    voll = param(f"pflegesachleistung_pg{grad}", on)
    genutzt = auf_cent(voll.value * sachleistung_anteil)
    return _bezahlt(
        "pflegesachleistung",
        "stelle.pflegedienst",
        basis,
        step,
        N_("step.pflege.sachleistung_anteil"),
        {
            "voll": Money(amount=voll.value, per="month"),
            "anteil": Share(value=sachleistung_anteil),
            "genutzt": Money(amount=genutzt, per="month"),
        },
        (voll,),
        "genutzt",
        monatlich=True,
    )


def umwandlungsanspruch(grad: int | None, sachleistung_anteil: Decimal, on: date) -> Leistung:
    """§ 45a Abs. 4 Satz 1 SGB XI: the part of the Sachleistung "für den in dem jeweiligen
    Kalendermonat keine ambulanten Pflegesachleistungen bezogen wurden", at most 40 % of it,
    for Angebote zur Unterstützung im Alltag (brochure: PG 4, 1,693 € → 677.20 €; with 80 %
    of the Sachleistung used only the unused 20 % converts).
    """
    basis = "§ 45a Abs. 4 SGB XI"
    ok, step = _grad_step("umwandlung.grad", grad, 2, basis)
    if not ok:
        return _leistung("umwandlung", "stelle.pflegekasse", basis, [step], ok)
    sachleistung = param(f"pflegesachleistung_pg{grad}", on)
    anteil_max = param("umwandlung_anteil_max", on)
    frei = min(anteil_max.value, 1 - sachleistung_anteil)
    betrag = auf_cent(sachleistung.value * frei)
    steps = [
        _step(
            "umwandlung.betrag",
            N_("step.pflege.umwandlung"),
            basis,
            {
                "voll": Money(amount=sachleistung.value, per="month"),
                "genutzt": Share(value=sachleistung_anteil),
                "anteil": Share(value=frei),
                "betrag": Money(amount=betrag, per="month"),
            },
            (sachleistung, anteil_max),
        )
    ]
    return _leistung(
        "umwandlung",
        "stelle.pflegekasse",
        basis,
        [step],
        ok,
        Money(amount=betrag, per="month"),
        steps,
    )


def _amount_leistung(
    key: str,
    grad: int | None,
    ab: int,
    parameter_key: str,
    basis: str,
    stelle: str,
    on: date,
    monatlich: bool = False,
    grenze: tuple[str, str] | None = None,
) -> Leistung:
    """A benefit that is one amount for every grade from ``ab`` (e.g. Entlastungsbetrag);
    ``grenze`` names a related cap (parameter key, message) explained beside it."""
    ok, step = _grad_step(f"{key}.grad", grad, ab, basis)
    if not ok:
        return _leistung(key, stelle, basis, [step], ok)
    value = param(parameter_key, on)
    money = quantity_of(value)
    assert isinstance(money, Money)
    amount_steps = [
        _step(f"{key}.betrag", N_("step.pflege.betrag"), basis, {"betrag": money}, (value,))
    ]
    if grenze is not None:
        amount_steps.append(_cap_step(key, grenze, basis, on))
    return _leistung(key, stelle, basis, [step], ok, money, amount_steps, monatlich)


def _cap_step(key: str, grenze: tuple[str, str], basis: str, on: date) -> Step:
    cap = param(grenze[0], on)
    return _step(f"{key}.grenze", grenze[1], basis, {"max": Money(amount=cap.value)}, (cap,))


def entlastungsbetrag(grad: int | None, on: date) -> Leistung:
    """§ 45b Abs. 1 SGB XI: Entlastungsbetrag for every Pflegegrad at home, reimbursed."""
    return _amount_leistung(
        "entlastungsbetrag",
        grad,
        1,
        "entlastungsbetrag",
        "§ 45b Abs. 1 SGB XI",
        "stelle.pflegekasse",
        on,
        monatlich=True,
    )


def _grade_amount_leistung(
    key: str, grad: int | None, prefix: str, basis: str, stelle: str, on: date, monatlich: bool
) -> Leistung:
    """A benefit whose amount depends on Pflegegrad 2–5 (parameter ``prefix``_pgN)."""
    ok, step = _grad_step(f"{key}.grad", grad, 2, basis)
    if not ok:
        return _leistung(key, stelle, basis, [step], ok)
    value = param(f"{prefix}_pg{grad}", on)
    money = Money(amount=value.value, per="month")
    amount_step = _step(
        f"{key}.betrag", N_("step.pflege.betrag"), basis, {"betrag": money}, (value,)
    )
    return _leistung(key, stelle, basis, [step], ok, money, [amount_step], monatlich)


def tages_nachtpflege(grad: int | None, on: date) -> Leistung:
    """§ 41 Abs. 2 SGB XI: Tages- und Nachtpflege, Pflegegrad 2–5, besides Pflegegeld."""
    return _grade_amount_leistung(
        "tages_nachtpflege",
        grad,
        "tages_nachtpflege",
        "§ 41 Abs. 2 SGB XI",
        "stelle.pflegekasse",
        on,
        monatlich=False,
    )


def pflegehilfsmittel(grad: int | None, volljaehrig: bool, on: date) -> Leistung:
    """§ 40 Abs. 2 SGB XI consumables per month; § 40 Abs. 3 Satz 4: adults pay up to 25 €
    per technical aid, children nothing.
    """
    basis = "§ 40 Abs. 2 SGB XI"
    ok, step = _grad_step("pflegehilfsmittel.grad", grad, 1, basis)
    if not ok:
        return _leistung("pflegehilfsmittel", "stelle.pflegekasse", basis, [step], ok)
    verbrauch = param("pflegehilfsmittel_verbrauch", on)
    zuzahlung = param("hilfsmittel_zuzahlung_max", on)
    steps = [
        _step(
            "pflegehilfsmittel.verbrauch",
            N_("step.pflege.betrag"),
            basis,
            {"betrag": Money(amount=verbrauch.value, per="month")},
            (verbrauch,),
        ),
        _step(
            "pflegehilfsmittel.zuzahlung",
            N_("step.pflege.hilfsmittel_zuzahlung")
            if volljaehrig
            else N_("step.pflege.hilfsmittel_keine_zuzahlung"),
            "§ 40 Abs. 3 Satz 4 SGB XI",
            {"max": Money(amount=zuzahlung.value)},
            (zuzahlung,),
        ),
    ]
    return _leistung(
        "pflegehilfsmittel",
        "stelle.pflegekasse",
        basis,
        [step],
        ok,
        Money(amount=verbrauch.value, per="month"),
        steps,
        monatlich=True,
    )


def wohnumfeldverbesserung(grad: int | None, on: date) -> Leistung:
    """§ 40 Abs. 4 SGB XI: up to this amount per measure (all changes needed at the time)."""
    return _amount_leistung(
        "wohnumfeldverbesserung",
        grad,
        1,
        "wohnumfeldverbesserung_massnahme",
        "§ 40 Abs. 4 SGB XI",
        "stelle.pflegekasse",
        on,
        grenze=("wohnumfeldverbesserung_mehrere_max", N_("step.pflege.wohnumfeld_mehrere")),
    )


def wohngruppenzuschlag(grad: int | None, wohnform: Wohnform | None, on: date) -> Leistung:
    """§ 38a Abs. 1 SGB XI: a flat supplement for residents of an ambulant betreute Wohngruppe."""
    return _wohngruppe_leistung(
        "wohngruppenzuschlag",
        "wohngruppenzuschlag",
        "§ 38a Abs. 1 SGB XI",
        grad,
        wohnform,
        on,
        True,
    )


def anschubfinanzierung(grad: int | None, wohnform: Wohnform | None, on: date) -> Leistung:
    """§ 45e Abs. 1 SGB XI: start-up grant per person when founding a Wohngruppe (until the
    fund is used up, § 45e Abs. 2)."""
    return _wohngruppe_leistung(
        "anschubfinanzierung",
        "anschubfinanzierung_person",
        "§ 45e Abs. 1 SGB XI",
        grad,
        wohnform,
        on,
        False,
        grenze=("anschubfinanzierung_wohngruppe_max", N_("step.pflege.anschub_max")),
    )


def _wohngruppe_leistung(
    key: str,
    parameter_key: str,
    basis: str,
    grad: int | None,
    wohnform: Wohnform | None,
    on: date,
    monatlich: bool,
    grenze: tuple[str, str] | None = None,
) -> Leistung:
    in_wg = wohnform is Wohnform.wohngruppe
    wg_step = _step(
        f"{key}.wohnform",
        N_("step.pflege.wohngruppe") if in_wg else N_("step.pflege.keine_wohngruppe"),
        basis,
    )
    ok, grad_step = _grad_step(f"{key}.grad", grad, 1, basis)
    ok = ok and in_wg
    if not ok:
        return _leistung(key, "stelle.pflegekasse", basis, [wg_step, grad_step], ok)
    value = param(parameter_key, on)
    money = Money(amount=value.value, per="month" if monatlich else None)
    amount_steps = [
        _step(f"{key}.betrag", N_("step.pflege.betrag"), basis, {"betrag": money}, (value,))
    ]
    if grenze is not None:
        amount_steps.append(_cap_step(key, grenze, basis, on))
    return _leistung(
        key, "stelle.pflegekasse", basis, [wg_step, grad_step], ok, money, amount_steps, monatlich
    )


def vollstationaere_pflege(grad: int | None, on: date) -> Leistung:
    """§ 43 Abs. 2 SGB XI for Pflegegrad 2–5; § 43 Abs. 3: a Zuschuss for Pflegegrad 1."""
    if grad == 1:
        return _amount_leistung(
            "vollstationaer",
            grad,
            1,
            "vollstationaer_pg1_zuschuss",
            "§ 43 Abs. 3 SGB XI",
            "stelle.pflegekasse",
            on,
            monatlich=True,
        )
    return _grade_amount_leistung(
        "vollstationaer",
        grad,
        "vollstationaer",
        "§ 43 Abs. 2 SGB XI",
        "stelle.pflegekasse",
        on,
        True,
    )


def leistungszuschlag_anteil(monate: int, on: date) -> tuple[ParameterValue, Step]:
    """§ 43c Satz 1–5 SGB XI: the share of the pflegebedingter Eigenanteil the Pflegekasse
    adds in a nursing home, by the months of § 43 benefits so far ("bis einschließlich zwölf
    Monate", "seit mehr als zwölf / 24 / 36 Monaten"; a begun month counts, Satz 5)."""
    anteil_key = "leistungszuschlag_anteil_1"
    schwellen = []
    for schwelle_key, key in LEISTUNGSZUSCHLAG_STUFEN:
        schwelle = param(schwelle_key, on)
        schwellen.append(schwelle)
        if monate > schwelle.value:
            anteil_key = key
    anteil = param(anteil_key, on)
    step = _step(
        "leistungszuschlag.anteil",
        N_("step.pflege.leistungszuschlag_anteil"),
        "§ 43c SGB XI",
        {"monate": Count(value=monate, unit="months"), "anteil": Share(value=anteil.value)},
        (anteil, *schwellen),
    )
    return anteil, step


def leistungszuschlag(
    grad: int | None, monate: int, eigenanteil_monat: Decimal | None, on: date
) -> Leistung:
    """§ 43c SGB XI: Pflegegrad 2–5 in a nursing home get a Leistungszuschlag on their
    pflegebedingter Eigenanteil; in euros when the family knows the Eigenanteil from the
    home's bill, otherwise as the share."""
    basis = "§ 43c SGB XI"
    ok, step = _grad_step("leistungszuschlag.grad", grad, 2, basis)
    if not ok:
        return _leistung("leistungszuschlag", "stelle.pflegekasse", basis, [step], ok)
    anteil, anteil_step = leistungszuschlag_anteil(monate, on)
    if eigenanteil_monat is None:
        return _leistung("leistungszuschlag", "stelle.pflegekasse", basis, [step, anteil_step], ok)
    zuschlag = auf_cent(eigenanteil_monat * anteil.value)
    betrag_step = _step(
        "leistungszuschlag.betrag",
        N_("step.pflege.leistungszuschlag_betrag"),
        basis,
        {
            "eigenanteil": Money(amount=eigenanteil_monat, per="month"),
            "anteil": Share(value=anteil.value),
            "betrag": Money(amount=zuschlag, per="month"),
            "rest": Money(amount=eigenanteil_monat - zuschlag, per="month"),
        },
    )
    return _leistung(
        "leistungszuschlag",
        "stelle.pflegekasse",
        basis,
        [step],
        ok,
        Money(amount=zuschlag, per="month"),
        [anteil_step, betrag_step],
        monatlich=True,
    )


def pflege_besondere_wohnform(
    grad: int | None, verguetung_monat: Decimal | None, on: date
) -> Leistung:
    """§ 43a SGB XI: 15 % of the agreed Vergütung, at most the cap, paid to the Einrichtung."""
    basis = "§ 43a Satz 1–3 SGB XI"
    ok, step = _grad_step("besondere_wohnform.grad", grad, 2, basis)
    if not ok:
        return _leistung("besondere_wohnform", "stelle.pflegekasse", basis, [step], ok)
    anteil = param("besondere_wohnform_anteil", on)
    hoechst = param("besondere_wohnform_max", on)
    if verguetung_monat is None:
        betrag = hoechst.value
        values: dict[str, Quantity] = {"betrag": Money(amount=betrag, per="month")}
        message = N_("step.pflege.besondere_wohnform_max")
    else:
        betrag = min(auf_cent(verguetung_monat * anteil.value), hoechst.value)
        values = {
            "verguetung": Money(amount=verguetung_monat, per="month"),
            "betrag": Money(amount=betrag, per="month"),
        }
        message = N_("step.pflege.besondere_wohnform")
    steps = [_step("besondere_wohnform.betrag", message, basis, values, (anteil, hoechst))]
    return _leistung(
        "besondere_wohnform",
        "stelle.pflegekasse",
        basis,
        [step],
        ok,
        Money(amount=betrag, per="month"),
        steps,
        monatlich=True,
    )


def pflegegeld_tage_zuhause(grad: int | None, tage: int, on: date) -> Leistung:
    """§ 38 Satz 5 with § 43a SGB XI: for each day of home care 1/30 of the Pflegegeld;
    arrival and departure count as full days (brochure: 901 € → 30.03 € a day). § 37 Abs. 2
    Satz 1 with § 38 Satz 5: a month counts 30 days, so it is never more than the monthly
    Pflegegeld; the sum is rounded once, after multiplying (10 days at PG 5, 2023: 300.33 €).
    """
    basis = "§ 38 Satz 5 SGB XI; § 43a SGB XI"
    ok, step = _grad_step("pflegegeld_tage.grad", grad, 2, basis)
    if not ok:
        return _leistung("pflegegeld_tage", "stelle.pflegekasse", basis, [step], ok)
    voll = param(f"pflegegeld_pg{grad}", on)
    je_tag = auf_cent(voll.value / TAGE_JE_MONAT)
    betrag = min(auf_cent(voll.value * tage / TAGE_JE_MONAT), voll.value)
    return _bezahlt(
        "pflegegeld_tage",
        "stelle.pflegekasse",
        basis,
        step,
        N_("step.pflege.pflegegeld_tage"),
        {
            "voll": Money(amount=voll.value, per="month"),
            "je_tag": Money(amount=je_tag, per="day"),
            "tage": Count(value=tage, unit="days"),
            "betrag": Money(amount=betrag, per="month"),
        },
        (voll,),
        "betrag",
        monatlich=True,
    )


def _pg45_unter_25(grad: int | None, alter_jahre: int | None, on: date) -> tuple[bool, Step | None]:
    """§ 39 Abs. 1 Satz 4 SGB XI (1.1.2024–30.6.2025): Pflegegrad 4/5 before the 25th year."""
    grenze_param = "verhinderungspflege_altersgrenze_pg45"
    try:
        grenze = param(grenze_param, on)
    except LookupError:
        return False, None
    applies = grad in (4, 5) and alter_jahre is not None and alter_jahre < grenze.value
    return applies, _step(
        "verhinderungspflege.unter25",
        N_("step.pflege.unter25_ja") if applies else N_("step.pflege.unter25_nein"),
        "§ 39 Abs. 1 Satz 4 SGB XI",
        {"grenze": Count(value=int(grenze.value), unit="years")},
        (grenze,),
    )


def _verhinderungspflege_hoechst(
    grad: int | None, alter_jahre: int | None, on: date
) -> tuple[Decimal, list[Step], tuple[ParameterValue, ...]]:
    """§ 39 Abs. 1 and 2 SGB XI until 30 June 2025: the most Verhinderungspflege can use, its
    steps and the amounts it shares with the Kurzzeitpflege."""
    basis = "§ 39 SGB XI"
    grundbetrag = param("verhinderungspflege_jahr", on)
    unter25, unter25_step = _pg45_unter_25(grad, alter_jahre, on)
    aufstockung = param(
        "verhinderungspflege_aufstockung_pg45_unter25"
        if unter25
        else "verhinderungspflege_aufstockung_aus_kurzzeitpflege",
        on,
    )
    wochen = param(
        "verhinderungspflege_wochen_pg45_unter25" if unter25 else "verhinderungspflege_wochen", on
    )
    gesamt = grundbetrag.value + aufstockung.value
    steps = [unter25_step] if unter25_step else []
    steps.append(
        _step(
            "verhinderungspflege.betrag",
            N_("step.pflege.verhinderungspflege"),
            basis,
            {
                "grund": Money(amount=grundbetrag.value, per="year"),
                "plus": Money(amount=aufstockung.value, per="year"),
                "gesamt": Money(amount=gesamt, per="year"),
                "wochen": Count(value=int(wochen.value), unit="weeks"),
            },
            (grundbetrag, aufstockung, wochen),
        )
    )
    if not unter25:
        vorpflege = param("vorpflegezeit_monate", on)
        steps.append(
            _step(
                "verhinderungspflege.vorpflegezeit",
                N_("step.pflege.vorpflegezeit"),
                "§ 39 Abs. 1 Satz 2 SGB XI",
                {"monate": Count(value=int(vorpflege.value), unit="months")},
                (vorpflege,),
            )
        )
    return gesamt, steps, (grundbetrag,)


def verhinderungspflege(grad: int | None, alter_jahre: int | None, on: date) -> Leistung:
    """§ 39 SGB XI until 30 June 2025: Ersatzpflege up to the yearly amount, plus up to the
    unused Kurzzeitpflege share (for Pflegegrad 4/5 under 25 from 2024: all of it). The money
    is shared with the Kurzzeitpflege (§ 39 Abs. 2 Satz 2), so the card says "bis zu" and the
    sum is shown once, in :func:`ersatzpflege_topf`.
    """
    basis = "§ 39 SGB XI"
    ok, step = _grad_step("verhinderungspflege.grad", grad, 2, basis)
    if not ok:
        return _leistung("verhinderungspflege", "stelle.pflegekasse", basis, [step], ok)
    _, steps, _ = _verhinderungspflege_hoechst(grad, alter_jahre, on)
    return _leistung("verhinderungspflege", "stelle.pflegekasse", basis, [step, *steps], ok)


def _kurzzeitpflege_hoechst(on: date) -> tuple[Decimal, Step, tuple[ParameterValue, ...]]:
    """§ 42 Abs. 2 SGB XI until 30 June 2025: the most Kurzzeitpflege can use and its step."""
    grundbetrag = param("kurzzeitpflege_jahr", on)
    aufstockung = param("kurzzeitpflege_aufstockung_aus_verhinderungspflege", on)
    wochen = param("kurzzeitpflege_wochen", on)
    gesamt = grundbetrag.value + aufstockung.value
    step = _step(
        "kurzzeitpflege.betrag",
        N_("step.pflege.kurzzeitpflege"),
        "§ 42 Abs. 2 SGB XI",
        {
            "grund": Money(amount=grundbetrag.value, per="year"),
            "plus": Money(amount=aufstockung.value, per="year"),
            "gesamt": Money(amount=gesamt, per="year"),
            "wochen": Count(value=int(wochen.value), unit="weeks"),
        },
        (grundbetrag, aufstockung, wochen),
    )
    return gesamt, step, (grundbetrag,)


def kurzzeitpflege(grad: int | None, on: date) -> Leistung:
    """§ 42 Abs. 2 SGB XI until 30 June 2025: up to eight weeks and the yearly amount, plus
    up to the unused Verhinderungspflege amount (shared money, see :func:`ersatzpflege_topf`).
    """
    basis = "§ 42 Abs. 2 SGB XI"
    ok, step = _grad_step("kurzzeitpflege.grad", grad, 2, basis)
    if not ok:
        return _leistung("kurzzeitpflege", "stelle.pflegekasse", basis, [step], ok)
    _, amount_step, _ = _kurzzeitpflege_hoechst(on)
    return _leistung("kurzzeitpflege", "stelle.pflegekasse", basis, [step, amount_step], ok)


def ersatzpflege_topf(grad: int | None, alter_jahre: int | None, on: date) -> Leistung:
    """§ 39 Abs. 2 Satz 2 and § 42 Abs. 2 Satz 4 SGB XI until 30 June 2025: what one of the
    two uses from the other's amount is deducted there, so both together are at most the
    Verhinderungspflege and Kurzzeitpflege amounts added (2023: 1,612 + 1,774 = 3,386 €),
    however the family splits it.
    """
    basis = "§ 39 Abs. 2 Satz 2 SGB XI; § 42 Abs. 2 Satz 4 SGB XI"
    ok, step = _grad_step("ersatzpflege_topf.grad", grad, 2, basis)
    if not ok:
        return _leistung("ersatzpflege_topf", "stelle.pflegekasse", basis, [step], ok)
    vp, _, vp_grund = _verhinderungspflege_hoechst(grad, alter_jahre, on)
    kzp, _, kzp_grund = _kurzzeitpflege_hoechst(on)
    gesamt = vp_grund[0].value + kzp_grund[0].value
    return _bezahlt(
        "ersatzpflege_topf",
        "stelle.pflegekasse",
        basis,
        step,
        N_("step.pflege.ersatzpflege_topf"),
        {
            "gesamt": Money(amount=gesamt, per="year"),
            "vp": Money(amount=vp, per="year"),
            "kzp": Money(amount=kzp, per="year"),
        },
        (*vp_grund, *kzp_grund),
        "gesamt",
    )


def gemeinsamer_jahresbetrag(grad: int | None, on: date) -> Leistung:
    """§ 42a SGB XI from 1 July 2025: one yearly amount for Verhinderungs- and Kurzzeitpflege,
    each up to eight weeks, no Vorpflegezeit.
    """
    basis = "§ 42a Abs. 1 SGB XI"
    ok, step = _grad_step("jahresbetrag.grad", grad, 2, basis)
    if not ok:
        return _leistung("gemeinsamer_jahresbetrag", "stelle.pflegekasse", basis, [step], ok)
    betrag = param("gemeinsamer_jahresbetrag", on)
    vp_wochen = param("verhinderungspflege_wochen", on)
    kzp_wochen = param("kurzzeitpflege_wochen", on)
    return _bezahlt(
        "gemeinsamer_jahresbetrag",
        "stelle.pflegekasse",
        basis,
        step,
        N_("step.pflege.jahresbetrag"),
        {
            "betrag": Money(amount=betrag.value, per="year"),
            "vp_wochen": Count(value=int(vp_wochen.value), unit="weeks"),
            "kzp_wochen": Count(value=int(kzp_wochen.value), unit="weeks"),
        },
        (betrag, vp_wochen, kzp_wochen),
        "betrag",
    )


def pflegegeld_bei_ersatzpflege(grad: int | None, on: date) -> Leistung:
    """§ 37 Abs. 2 Satz 2 SGB XI: half the Pflegegeld continues during Verhinderungs- and
    Kurzzeitpflege; on days of Verhinderungspflege under eight hours it is paid in full.
    """
    basis = "§ 37 Abs. 2 Satz 2 SGB XI"
    ok, step = _grad_step("pflegegeld_ersatzpflege.grad", grad, 2, basis)
    if not ok:
        return _leistung("pflegegeld_ersatzpflege", "stelle.pflegekasse", basis, [step], ok)
    voll = param(f"pflegegeld_pg{grad}", on)
    anteil = param("pflegegeld_fortzahlung_anteil", on)
    stunden = param("verhinderungspflege_stunden_volles_pflegegeld", on)
    haelfte = auf_cent(voll.value * anteil.value)
    return _bezahlt(
        "pflegegeld_ersatzpflege",
        "stelle.pflegekasse",
        basis,
        step,
        N_("step.pflege.pflegegeld_ersatzpflege"),
        {
            "betrag": Money(amount=haelfte, per="month"),
            "stunden": Count(value=int(stunden.value), unit="hours"),
        },
        (voll, anteil, stunden),
        "betrag",
    )


def ersatzpflege_angehoerige(grad: int | None, on: date) -> Leistung:
    """§ 39 Abs. 3 SGB XI: replacement care by relatives up to the second degree or household
    members is paid only up to a multiple of the Pflegegeld (1.5×, from 1 July 2025 2×);
    proven costs such as lost earnings can be added up to the yearly amount.
    """
    basis = "§ 39 Abs. 3 SGB XI"
    ok, step = _grad_step("ersatzpflege_angehoerige.grad", grad, 2, basis)
    if not ok:
        return _leistung("ersatzpflege_angehoerige", "stelle.pflegekasse", basis, [step], ok)
    voll = param(f"pflegegeld_pg{grad}", on)
    faktor = param("verhinderungspflege_angehoerige_faktor", on)
    betrag = auf_cent(voll.value * faktor.value)
    steps = [
        _step(
            "ersatzpflege_angehoerige.betrag",
            N_("step.pflege.ersatzpflege_angehoerige"),
            basis,
            {"betrag": Money(amount=betrag)},
            (voll, faktor),
        )
    ]
    return _leistung(
        "ersatzpflege_angehoerige",
        "stelle.pflegekasse",
        basis,
        [step],
        ok,
        Money(amount=betrag),
        steps,
    )


def kurzzeitpflege_krankenkasse(grad: int | None, on: date) -> Leistung:
    """§ 39c SGB V: Kurzzeitpflege from the Krankenkasse for people without Pflegegrad 2–5
    when häusliche Krankenpflege is not enough (e.g. after a hospital stay).
    """
    basis = "§ 39c SGB V"
    ok = grad is None or grad < 2
    step = _step(
        "kurzzeitpflege_kk.grad",
        N_("step.pflege.kzp_kk_ja") if ok else N_("step.pflege.kzp_kk_nein"),
        basis,
        {"grad": Term(key=f"term.pflegegrad.{grad or 0}")},
    )
    if not ok:
        return _leistung("kurzzeitpflege_krankenkasse", "stelle.krankenkasse", basis, [step], ok)
    betrag = param("kurzzeitpflege_krankenkasse_jahr", on)
    wochen = param("kurzzeitpflege_krankenkasse_wochen", on)
    amount_step = _step(
        "kurzzeitpflege_kk.betrag",
        N_("step.pflege.kzp_kk_betrag"),
        basis,
        {
            "betrag": Money(amount=betrag.value, per="year"),
            "wochen": Count(value=int(wochen.value), unit="weeks"),
        },
        (betrag, wochen),
    )
    return _leistung(
        "kurzzeitpflege_krankenkasse",
        "stelle.krankenkasse",
        basis,
        [step],
        ok,
        Money(amount=betrag.value, per="year"),
        [amount_step],
    )


def fragt_mobilitaet(grad: int | None) -> bool:
    """§ 8 Abs. 3 Krankentransport-Richtlinie: only at Pflegegrad 3 does a lasting mobility
    impairment decide the Fahrkosten (4 and 5 qualify on their own)."""
    return grad == 3


FAHRKOSTEN_MERKZEICHEN = (Merkzeichen.aG, Merkzeichen.Bl, Merkzeichen.H)
"""The Merkzeichen of § 8 Abs. 3 Krankentransport-Richtlinie (the others do not count)."""


def fahrkosten(
    grad: int | None, merkzeichen: tuple[Merkzeichen, ...], mobilitaet: bool
) -> Leistung:
    """§ 60 Abs. 1 SGB V with § 8 Abs. 3 Krankentransport-Richtlinie: rides to
    outpatient treatment for Merkzeichen aG, Bl or H, Pflegegrad 4 or 5, or Pflegegrad 3
    with a lasting mobility impairment that requires transport (prescribed in advance).
    """
    basis = "§ 60 Abs. 1 SGB V; § 8 Abs. 3 Krankentransport-Richtlinie"
    if any(m in FAHRKOSTEN_MERKZEICHEN for m in merkzeichen):
        ok, message = True, N_("step.pflege.fahrkosten_merkzeichen")
    elif grad in (4, 5):
        ok, message = True, N_("step.pflege.fahrkosten_grad")
    elif fragt_mobilitaet(grad):
        ok = mobilitaet
        message = (
            N_("step.pflege.fahrkosten_pg3_ja") if ok else N_("step.pflege.fahrkosten_pg3_nein")
        )
    else:
        ok, message = False, N_("step.pflege.fahrkosten_nein")
    step = _step(
        "fahrkosten.voraussetzung",
        message,
        basis,
        {"grad": Term(key=f"term.pflegegrad.{grad or 0}")},
    )
    return _leistung("fahrkosten", "stelle.krankenkasse", basis, [step], ok)


def rentenversicherung_pflegeperson(grad: int | None, person: Pflegeperson, on: date) -> Leistung:
    """§ 44 with § 19 Satz 2 SGB XI and § 3 Satz 1 Nr. 1a, Satz 3 SGB VI: the care insurance
    pays pension contributions for a caregiver who cares at least 10 hours a week on at
    least 2 days (hours for several people in need add up), works at most 30 hours a week,
    for someone with at least Pflegegrad 2.
    """
    basis = "§ 44 Abs. 1 SGB XI; § 3 Satz 1 Nr. 1a SGB VI"
    ok_grad, grad_step = _grad_step("rente.grad", grad, 2, basis)
    stunden = param("pflegeperson_stunden_min", on)
    tage = param("pflegeperson_tage_min", on)
    erwerb = param("pflegeperson_erwerb_stunden_max", on)
    ok_umfang = (
        person.pflege_stunden_woche >= stunden.value and person.pflege_tage_woche >= tage.value
    )
    ok_erwerb = person.erwerb_stunden_woche <= erwerb.value
    steps = [
        grad_step,
        _step(
            "rente.umfang",
            N_("step.pflege.umfang_ja") if ok_umfang else N_("step.pflege.umfang_nein"),
            "§ 19 Satz 2 SGB XI",
            {
                "stunden": Count(value=int(stunden.value), unit="hours"),
                "tage": Count(value=int(tage.value), unit="days"),
            },
            (stunden, tage),
        ),
        _step(
            "rente.erwerb",
            N_("step.pflege.erwerb_ja") if ok_erwerb else N_("step.pflege.erwerb_nein"),
            "§ 3 Satz 3 SGB VI",
            {"max": Count(value=int(erwerb.value), unit="hours")},
            (erwerb,),
        ),
    ]
    return _leistung(
        "rentenversicherung",
        "stelle.pflegekasse",
        basis,
        steps,
        ok_grad and ok_umfang and ok_erwerb,
    )


def unfallversicherung_pflegeperson(grad: int | None, person: Pflegeperson, on: date) -> Leistung:
    """§ 2 Abs. 1 Nr. 17 SGB VII: caregivers in the sense of § 19 Satz 1 and 2 SGB XI caring
    for someone with at least Pflegegrad 2 are insured against accidents while caring.
    """
    basis = "§ 2 Abs. 1 Nr. 17 SGB VII"
    ok_grad, grad_step = _grad_step("unfall.grad", grad, 2, basis)
    stunden = param("pflegeperson_stunden_min", on)
    tage = param("pflegeperson_tage_min", on)
    ok_umfang = (
        person.pflege_stunden_woche >= stunden.value and person.pflege_tage_woche >= tage.value
    )
    steps = [
        grad_step,
        _step(
            "unfall.umfang",
            N_("step.pflege.umfang_ja") if ok_umfang else N_("step.pflege.umfang_nein"),
            "§ 19 Satz 2 SGB XI",
            {
                "stunden": Count(value=int(stunden.value), unit="hours"),
                "tage": Count(value=int(tage.value), unit="days"),
            },
            (stunden, tage),
        ),
    ]
    return _leistung(
        "unfallversicherung", "stelle.unfallkasse", basis, steps, ok_grad and ok_umfang
    )


def _arbeitgeber_step(
    rule: str, person: Pflegeperson, grenze: ParameterValue, basis: str
) -> tuple[bool, Step]:
    beschaeftigte = person.beschaeftigte_arbeitgeber
    ok = beschaeftigte is not None and beschaeftigte > grenze.value
    if beschaeftigte is None:
        message = N_("step.pflege.nicht_angestellt")
    else:
        message = N_("step.pflege.arbeitgeber_gross") if ok else N_("step.pflege.arbeitgeber_klein")
    return ok, _step(
        rule, message, basis, {"min": Count(value=int(grenze.value), unit="persons")}, (grenze,)
    )


def pflegezeit(grad: int | None, person: Pflegeperson, on: date) -> Leistung:
    """§ 3 Abs. 1, § 4 Abs. 1 PflegeZG: full or partial leave of up to six months to care
    for a close relative at home (employers with more than 15 employees).
    """
    basis = "§§ 3, 4 PflegeZG"
    ok_grad, grad_step = _grad_step("pflegezeit.grad", grad, 1, basis)
    ok_ag, ag_step = _arbeitgeber_step(
        "pflegezeit.arbeitgeber",
        person,
        param("pflegezeit_beschaeftigte_min", on),
        "§ 3 Abs. 1 Satz 2 PflegeZG",
    )
    monate = param("pflegezeit_monate_max", on)
    gesamt = param("freistellung_gesamt_monate_max", on)
    dauer = _step(
        "pflegezeit.dauer",
        N_("step.pflege.pflegezeit_dauer"),
        "§ 4 Abs. 1 PflegeZG",
        {
            "monate": Count(value=int(monate.value), unit="months"),
            "gesamt": Count(value=int(gesamt.value), unit="months"),
        },
        (monate, gesamt),
    )
    return _leistung(
        "pflegezeit", "stelle.arbeitgeber", basis, [grad_step, ag_step, dauer], ok_grad and ok_ag
    )


def familienpflegezeit(grad: int | None, person: Pflegeperson, on: date) -> Leistung:
    """§ 2 FPfZG: working at least 15 hours a week for up to 24 months while caring for a
    close relative at home (employers with more than 25 employees); with Pflegezeit at most
    24 months in total.
    """
    basis = "§ 2 FPfZG"
    ok_grad, grad_step = _grad_step("familienpflegezeit.grad", grad, 1, basis)
    ok_ag, ag_step = _arbeitgeber_step(
        "familienpflegezeit.arbeitgeber",
        person,
        param("familienpflegezeit_beschaeftigte_min", on),
        "§ 2 Abs. 1 Satz 4 FPfZG",
    )
    monate = param("familienpflegezeit_monate_max", on)
    stunden = param("familienpflegezeit_stunden_min", on)
    gesamt = param("freistellung_gesamt_monate_max", on)
    dauer = _step(
        "familienpflegezeit.dauer",
        N_("step.pflege.familienpflegezeit_dauer"),
        "§ 2 Abs. 1 und 2 FPfZG",
        {
            "monate": Count(value=int(monate.value), unit="months"),
            "stunden": Count(value=int(stunden.value), unit="hours"),
            "gesamt": Count(value=int(gesamt.value), unit="months"),
        },
        (monate, stunden, gesamt),
    )
    return _leistung(
        "familienpflegezeit",
        "stelle.arbeitgeber",
        basis,
        [grad_step, ag_step, dauer],
        ok_grad and ok_ag,
    )


def kurzzeitige_arbeitsverhinderung(person: Pflegeperson, on: date) -> Leistung:
    """§ 2 PflegeZG with § 44a Abs. 3 SGB XI: every employee may stay away up to 10 working
    days in an acute care situation, with Pflegeunterstützungsgeld as wage replacement:
    once per person in need until 2023, every calendar year from 2024.
    """
    basis = "§ 2 PflegeZG; § 44a Abs. 3 SGB XI"
    employed = person.beschaeftigte_arbeitgeber is not None
    tage = param("arbeitsverhinderung_tage", on)
    try:
        geld = param("pflegeunterstuetzungsgeld_tage_jahr", on)
        message = N_("step.pflege.unterstuetzungsgeld_jahr")
    except LookupError:
        geld = param("pflegeunterstuetzungsgeld_tage_insgesamt", on)
        message = N_("step.pflege.unterstuetzungsgeld_einmal")
    steps = [
        _step(
            "arbeitsverhinderung.angestellt",
            N_("step.pflege.angestellt") if employed else N_("step.pflege.nicht_angestellt"),
            "§ 2 Abs. 1 PflegeZG",
            {"tage": Count(value=int(tage.value), unit="working_days")},
            (tage,),
        ),
        _step(
            "arbeitsverhinderung.geld",
            message,
            "§ 44a Abs. 3 SGB XI",
            {"tage": Count(value=int(geld.value), unit="working_days")},
            (geld,),
        ),
    ]
    return _leistung(
        "arbeitsverhinderung", "stelle.arbeitgeber_pflegekasse", basis, steps, employed
    )


class Begutachtungshinweis(BaseModel):
    """What the assessment visit is: the Pflegekasse's deadline and what a delay pays."""

    model_config = ConfigDict(frozen=True)

    frist: ParameterUse
    verzoegerung: ParameterUse


def begutachtungshinweis(on: date) -> Begutachtungshinweis:
    """§ 18c Abs. 1 and 5 SGB XI: a decision within 25 working days, else 70 € per begun week."""
    return Begutachtungshinweis(
        frist=ParameterUse.of(param("begutachtung_frist_arbeitstage", on)),
        verzoegerung=ParameterUse.of(param("verzoegerung_zahlung_woche", on)),
    )


class PflegeLeistungen(BaseModel):
    """Everything the grade brings in the chosen setting, grouped as the screen shows it."""

    model_config = ConfigDict(frozen=True)

    pflegegrad: int | None
    wohnform: Wohnform
    leistungen: tuple[Leistung, ...]
    ersatzpflege: tuple[Leistung, ...]
    krankenkasse: tuple[Leistung, ...]
    pflegeperson: tuple[Leistung, ...]

    def monatlich(self) -> list[Leistung]:
        """Benefits paid each month that apply to the household, for the per-month chart."""
        return [
            x
            for x in self.leistungen
            if x.monatlich and x.gilt and x.betrag is not None and x.betrag.value.amount > 0  # type: ignore[union-attr]
        ]


def leistungen(
    grad: int | None,
    alter_jahre: int | None,
    volljaehrig: bool,
    pflege: Pflege,
    wohnform: Wohnform | None,
    merkzeichen: tuple[Merkzeichen, ...],
    on: date,
) -> PflegeLeistungen:
    """All benefits of the Pflegegrad for the living situation on ``on``."""
    setting = wohnform or Wohnform.zuhause
    if wohnt_zuhause(setting):
        haupt = [
            pflegegeld(grad, pflege.sachleistung_anteil, on),
            pflegesachleistung(grad, pflege.sachleistung_anteil, on),
            entlastungsbetrag(grad, on),
            umwandlungsanspruch(grad, pflege.sachleistung_anteil, on),
            tages_nachtpflege(grad, on),
            pflegehilfsmittel(grad, volljaehrig, on),
            wohnumfeldverbesserung(grad, on),
        ]
        if setting is Wohnform.wohngruppe:
            haupt += [
                wohngruppenzuschlag(grad, setting, on),
                anschubfinanzierung(grad, setting, on),
            ]
        if on >= GEMEINSAMER_JAHRESBETRAG_AB:
            ersatz = [gemeinsamer_jahresbetrag(grad, on)]
        else:
            ersatz = [
                ersatzpflege_topf(grad, alter_jahre, on),
                verhinderungspflege(grad, alter_jahre, on),
                kurzzeitpflege(grad, on),
            ]
        ersatz += [pflegegeld_bei_ersatzpflege(grad, on), ersatzpflege_angehoerige(grad, on)]
    elif setting is Wohnform.vollstationaer:
        haupt = [
            vollstationaere_pflege(grad, on),
            leistungszuschlag(grad, pflege.heim_monate, pflege.eigenanteil_monat, on),
        ]
        ersatz = []
    else:
        haupt = [
            pflege_besondere_wohnform(grad, pflege.verguetung_einrichtung_monat, on),
            pflegegeld_tage_zuhause(grad, pflege.tage_zuhause_monat, on),
            pflegehilfsmittel(grad, volljaehrig, on),
        ]
        ersatz = []
    kasse = [
        kurzzeitpflege_krankenkasse(grad, on),
        fahrkosten(grad, merkzeichen, pflege.mobilitaet_dauerhaft_beeintraechtigt),
    ]
    person = pflege.pflegeperson
    pflegende = []
    if person is not None and wohnt_zuhause(setting):
        pflegende = [
            rentenversicherung_pflegeperson(grad, person, on),
            unfallversicherung_pflegeperson(grad, person, on),
            pflegezeit(grad, person, on),
            familienpflegezeit(grad, person, on),
            kurzzeitige_arbeitsverhinderung(person, on),
        ]
    return PflegeLeistungen(
        pflegegrad=grad,
        wohnform=setting,
        leistungen=tuple(haupt),
        ersatzpflege=tuple(ersatz),
        krankenkasse=tuple(kasse),
        pflegeperson=tuple(pflegende),
    )

"""Erbe und Vorsorge: the statutory shares and the Pflichtteil, what of an inheritance the
Sozialamt or the Träger der Eingliederungshilfe lets the child keep and for how long the
rest pays his benefits, the Behindertentestament beside it, the heirs' Kostenersatz, and
the rechtliche Betreuung from the 18th birthday.

Amounts: erbe.toml; the protected assets are read from the areas that own them
(vermoegen_schonbetrag in engine/pflege/sozialhilfe.toml, § 139 SGB IX through
engine/eingliederungshilfe/rules.vermoegensfreibetrag, the § 85 Grundbetrag).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from pydantic import BaseModel, ConfigDict

from engine.eingliederungshilfe.rules import vermoegensfreibetrag
from engine.erbe.scenario import Erbe, Programm
from engine.explain import (
    N_,
    Count,
    Day,
    ExplainedAmount,
    ExplainedDecision,
    Money,
    Quantity,
    Share,
    Step,
    Term,
    uses,
)
from engine.parameters import ParameterValue, param
from engine.person import completed_years

ZERO = Decimal(0)
CENT = Decimal("0.01")
# Longest chart the screen draws: 50 years of monthly benefits.
VERLAUF_MONATE_MAX = 600


def _money(amount: Decimal, per: str | None = None) -> Money:
    return Money(amount=amount, per=per)  # type: ignore[arg-type]


def _euro(value: Decimal) -> Decimal:
    """Shares of an estate are euro amounts to the cent, half a cent rounded up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _amount(result: ExplainedAmount) -> Decimal:
    return result.value.amount  # type: ignore[union-attr]


def _one(
    value: Quantity,
    basis: str,
    rule: str,
    message: str,
    params: tuple[ParameterValue, ...] = (),
    **values: Quantity,
) -> ExplainedAmount:
    """A result of one step: the rule's message with its values and parameters."""
    return ExplainedAmount(
        value=value,
        legal_basis=basis,
        steps=(
            Step(
                rule=rule,
                message=message,
                values=values,
                legal_basis=basis,
                parameters=uses(*params),
            ),
        ),
    )


# --- Gesetzliche Erbfolge und Pflichtteil -------------------------------------------------


def erbteil_ehegatte(ehegatte: bool, on: date) -> ExplainedAmount:
    """§ 1931 Abs. 1 Satz 1 BGB: "Der überlebende Ehegatte des Erblassers ist neben
    Verwandten der ersten Ordnung zu einem Viertel … als gesetzlicher Erbe berufen."
    § 1371 Abs. 1 BGB: in the Zugewinngemeinschaft "erhöht [sich] der gesetzliche Erbteil
    des überlebenden Ehegatten um ein Viertel der Erbschaft". Without a spouse: nothing."""
    if not ehegatte:
        return _one(
            Share(value=ZERO),
            "§ 1931 BGB",
            "erbe.ehegatte",
            N_("step.erbe.ehegatte.keiner"),
        )
    viertel = param("erbteil_ehegatte", on)
    zugewinn = param("erbteil_zugewinn_erhoehung", on)
    anteil = viertel.value + zugewinn.value
    return _one(
        Share(value=anteil),
        "§ 1931 Abs. 1, § 1371 Abs. 1 BGB",
        "erbe.ehegatte",
        N_("step.erbe.ehegatte"),
        (viertel, zugewinn),
        anteil=Share(value=anteil),
    )


def erbteil_kind(ehegatte: ExplainedAmount, kinder: int) -> ExplainedAmount:
    """§ 1924 Abs. 1, 4 BGB: the children are heirs of the first order "zu gleichen Teilen";
    they share what the spouse's part leaves."""
    rest = Decimal(1) - ehegatte.value.value  # type: ignore[union-attr]
    anteil = rest / kinder
    return _one(
        Share(value=anteil),
        "§ 1924 Abs. 1, 4 BGB",
        "erbe.kind",
        N_("step.erbe.kind"),
        rest=Share(value=rest),
        kinder=Count(value=kinder),
        anteil=Share(value=anteil),
    )


def anteil_am_nachlass(nachlass: Decimal, anteil: ExplainedAmount, basis: str) -> ExplainedAmount:
    """The euro value of a share of the estate (rounded to the cent)."""
    quote = anteil.value.value  # type: ignore[union-attr]
    betrag = _euro(nachlass * quote)
    return _one(
        _money(betrag),
        basis,
        "erbe.betrag",
        N_("step.erbe.betrag"),
        nachlass=_money(nachlass),
        anteil=Share(value=quote),
        betrag=_money(betrag),
    )


def pflichtteil(erbteil: ExplainedAmount, on: date) -> ExplainedAmount:
    """§ 2303 Abs. 1 BGB: a child excluded by a will may claim the Pflichtteil; "Der
    Pflichtteil besteht in der Hälfte des Wertes des gesetzlichen Erbteils." ``erbteil``
    is the statutory share in euros."""
    haelfte = param("pflichtteil_anteil", on)
    betrag = _euro(_amount(erbteil) * haelfte.value)
    return _one(
        _money(betrag),
        "§ 2303 Abs. 1 BGB",
        "erbe.pflichtteil",
        N_("step.erbe.pflichtteil"),
        (haelfte,),
        erbteil=_money(_amount(erbteil)),
        betrag=_money(betrag),
    )


# --- Was geschützt ist und was zuerst eingesetzt werden muss ---------------------------


def schonvermoegen(programm: Programm, partner: bool, on: date) -> ExplainedAmount:
    """What the child may keep. Sozialhilfe (Grundsicherung, Hilfe zur Pflege): § 90 Abs. 2
    Nr. 9 SGB XII with § 1 DVO, 10,000 € for the person and as much again for a partner whose
    assets count with his. Eingliederungshilfe alone: § 139 SGB IX, 150 % of the Bezugsgröße
    (the rule of engine/eingliederungshilfe)."""
    if programm is Programm.eingliederungshilfe:
        return vermoegensfreibetrag(on)
    je_person = param("vermoegen_schonbetrag", on)
    personen = 1 + partner
    schon = je_person.value * personen
    return _one(
        _money(schon),
        "§ 90 Abs. 2 Nr. 9 SGB XII; § 1 DVO zu § 90",
        "erbe.schonvermoegen",
        N_("step.erbe.schonvermoegen"),
        (je_person,),
        je=_money(je_person.value),
        personen=Count(value=personen),
        schon=_money(schon),
    )


def einzusetzen(programm: Programm, vermoegen: Decimal, schon: ExplainedAmount) -> ExplainedAmount:
    """§ 90 Abs. 1 SGB XII: "Einzusetzen ist das gesamte verwertbare Vermögen"; § 139 SGB IX
    likewise for the Eingliederungshilfe: what lies above the protected amount is used
    first, before the benefits are paid again."""
    frei = _amount(schon)
    betrag = max(ZERO, vermoegen - frei)
    return _one(
        _money(betrag),
        "§ 90 Abs. 1 SGB XII" if programm is Programm.sozialhilfe else "§ 139 SGB IX",
        "erbe.einsatz",
        N_("step.erbe.einsatz"),
        vermoegen=_money(vermoegen),
        schon=_money(frei),
        betrag=_money(betrag),
    )


def monate_bis_verbraucht(einsatz: ExplainedAmount, leistungen_monat: Decimal) -> ExplainedAmount:
    """How many months the amount to be used pays the benefits the child receives now: the
    benefits stop while the assets above the protected amount last (§ 2 Abs. 1, § 19 SGB XII;
    § 91 SGB IX, Nachrang); a month begun counts as a month without benefits."""
    betrag = _amount(einsatz)
    monate = 0 if betrag == 0 else int((betrag / leistungen_monat).to_integral(ROUND_CEILING))
    return _one(
        Count(value=monate, unit="months"),
        einsatz.legal_basis,
        "erbe.monate",
        N_("step.erbe.monate"),
        betrag=_money(betrag),
        monat=_money(leistungen_monat, "month"),
        monate=Count(value=monate, unit="months"),
    )


def zugriff_pflichtteil(
    programm: Programm,
    vermoegen: Decimal,
    pflichtteil_betrag: ExplainedAmount,
    schon: ExplainedAmount,
) -> ExplainedAmount:
    """A disinherited child keeps his Pflichtteil claim. § 93 Abs. 1 SGB XII: the Sozialamt
    may by written notice transfer a claim of the person "bis zur Höhe seiner Aufwendungen"
    to itself; § 141 SGB IX gives the Träger der Eingliederungshilfe the same, but only as
    far as a contribution would have been due (Abs. 2). Either way what lies above the
    protected amount (with the child's own ``vermoegen``) is taken; the value is that
    amount."""
    frei = _amount(schon)
    betrag = max(ZERO, vermoegen + _amount(pflichtteil_betrag) - frei)
    sozialhilfe = programm is Programm.sozialhilfe
    basis = "§ 93 Abs. 1 SGB XII" if sozialhilfe else "§ 141 SGB IX"
    return _one(
        _money(betrag),
        basis,
        "erbe.pflichtteil_zugriff",
        N_("step.erbe.pflichtteil_zugriff.sozialhilfe")
        if sozialhilfe
        else N_("step.erbe.pflichtteil_zugriff.egh"),
        pflichtteil=_money(_amount(pflichtteil_betrag)),
        vermoegen=_money(vermoegen),
        schon=_money(frei),
        betrag=_money(betrag),
    )


def behindertentestament(erbteil: ExplainedAmount) -> ExplainedAmount:
    """The Behindertentestament as the Ratgeber (Kapitel Q) describes it: the child is
    Vorerbe (§ 2100 BGB) under a Dauertestamentsvollstreckung (§§ 2197, 2209 BGB). The
    share is not verwertbar (§ 90 Abs. 1 SGB XII; § 2214 BGB: the heir's creditors cannot
    reach it), so it does not count as an asset; the executor pays from its yields what the
    benefits do not, and the Nacherben receive the substance (§ 2139 BGB), not the child's
    heirs, so no Kostenersatz reaches it (BGH, 21.3.1990 – IV ZR 169/89, and since). The
    value is the amount counted: nothing."""
    return _one(
        _money(ZERO),
        "§§ 2100, 2209, 2214 BGB; § 90 Abs. 1 SGB XII",
        "erbe.testament",
        N_("step.erbe.testament"),
        erbteil=_money(_amount(erbteil)),
    )


def kostenersatz(
    programm: Programm, kosten_monat: Decimal, nachlass_kind: Decimal, on: date
) -> ExplainedAmount:
    """§ 102 SGB XII: the heirs of a person who received Sozialhilfe repay its costs of "zehn
    Jahren vor dem Erbfall" above three times the Grundbetrag of § 85 Abs. 1 (Abs. 1 Satz 2),
    with the estate only (Abs. 2), and not "soweit der Wert des Nachlasses unter dem
    Dreifachen des Grundbetrages … liegt" (Abs. 3 Nr. 1). Never for the Grundsicherung
    (Abs. 5: Leistungen nach dem Vierten Kapitel), never for the Eingliederungshilfe (SGB IX
    has no such rule since 1.1.2020). ``kosten_monat``: the SGB XII benefits other than
    Grundsicherung, taken as received throughout the ten years."""
    if programm is Programm.eingliederungshilfe:
        return _one(
            _money(ZERO),
            "§§ 135–142 SGB IX",
            "erbe.kostenersatz",
            N_("step.erbe.kostenersatz.egh"),
        )
    if kosten_monat == 0:
        return _one(
            _money(ZERO),
            "§ 102 Abs. 5 SGB XII",
            "erbe.kostenersatz",
            N_("step.erbe.kostenersatz.grundsicherung"),
        )
    jahre = param("kostenersatz_zeitraum", on)
    vielfaches = param("kostenersatz_grundbetrag_vielfaches", on)
    grundbetrag = param("hzp_grundbetrag", on)
    grenze = vielfaches.value * grundbetrag.value
    kosten = kosten_monat * 12 * jahre.value
    betrag = min(max(ZERO, kosten - grenze), max(ZERO, nachlass_kind - grenze))
    return _one(
        _money(betrag),
        "§ 102 Abs. 1–3 SGB XII",
        "erbe.kostenersatz",
        N_("step.erbe.kostenersatz"),
        (jahre, vielfaches, grundbetrag),
        jahre=Count(value=int(jahre.value), unit="years"),
        kosten=_money(kosten),
        grenze=_money(grenze),
        nachlass=_money(nachlass_kind),
        betrag=_money(betrag),
    )


def verlauf(
    vermoegen: Decimal, erbteil: Decimal, schon: Decimal, monat: Decimal, monate: int
) -> list[tuple[int, Decimal, Decimal]]:
    """For the chart: the child's assets at the start of each month, without and with a
    Behindertentestament, while the benefits of ``monat`` are paid from what lies above
    ``schon``; a year beyond the month the inheritance is used up (at most 50 years).
    Without: own assets and share together fall to the protected amount. With: the share
    stays whole beside the own assets, which alone fall to it."""
    bis = min(VERLAUF_MONATE_MAX, monate + 12)
    punkte = []
    for t in range(bis + 1):
        ohne = vermoegen + erbteil
        ohne = max(min(ohne, schon), ohne - monat * t)
        mit = erbteil + max(min(vermoegen, schon), vermoegen - monat * t)
        punkte.append((t, ohne, mit))
    return punkte


class Fall(BaseModel):
    """One way the inheritance can reach the child, and what the Sozialamt takes of it."""

    model_config = ConfigDict(frozen=True)

    erhalten: ExplainedAmount  # what the child inherits or may claim
    einzusetzen: ExplainedAmount  # what must be used before the benefits are paid again
    monate: ExplainedAmount | None  # how long that pays them; None: no monthly amount given
    behalten: Decimal  # what the child keeps when it is used up


class ErbeErgebnis(BaseModel):
    """The inheritance screen's answer for one scenario and date."""

    model_config = ConfigDict(frozen=True)

    ehegatte: ExplainedAmount  # share of the spouse
    kind: ExplainedAmount  # share of each child
    ehegatte_betrag: ExplainedAmount
    kind_betrag: ExplainedAmount
    pflichtteil: ExplainedAmount
    schonvermoegen: ExplainedAmount | None  # None until the programme is answered
    gesetzlich: Fall | None  # without a will: the statutory share
    enterbt: Fall | None  # disinherited: the Pflichtteil claim (§ 93 SGB XII / § 141 SGB IX)
    testament: ExplainedAmount | None  # with a Behindertentestament: nothing counted
    kostenersatz: ExplainedAmount | None  # § 102 SGB XII after the child's death, without it
    verlauf: tuple[tuple[int, Decimal, Decimal], ...]


def _fall(
    erhalten: ExplainedAmount,
    einsatz: ExplainedAmount,
    vermoegen: Decimal,
    schon: Decimal,
    monat: Decimal,
) -> Fall:
    return Fall(
        erhalten=erhalten,
        einzusetzen=einsatz,
        monate=monate_bis_verbraucht(einsatz, monat) if monat > 0 else None,
        behalten=min(vermoegen + _amount(erhalten), schon),
    )


def erbe(eb: Erbe, partner: bool, on: date) -> ErbeErgebnis:
    """Shares, Pflichtteil and, once the programme is known, the three cases side by side."""
    ehegatte = erbteil_ehegatte(eb.ehegatte, on)
    kind = erbteil_kind(ehegatte, eb.kinder)
    kind_betrag = anteil_am_nachlass(eb.nachlass, kind, kind.legal_basis)
    pt = pflichtteil(kind_betrag, on)
    ergebnis = ErbeErgebnis(
        ehegatte=ehegatte,
        kind=kind,
        ehegatte_betrag=anteil_am_nachlass(eb.nachlass, ehegatte, ehegatte.legal_basis),
        kind_betrag=kind_betrag,
        pflichtteil=pt,
        schonvermoegen=None,
        gesetzlich=None,
        enterbt=None,
        testament=None,
        kostenersatz=None,
        verlauf=(),
    )
    if eb.programm is None:
        return ergebnis
    schon = schonvermoegen(eb.programm, partner, on)
    frei = _amount(schon)
    monat = eb.leistungen_monat
    einsatz = einzusetzen(eb.programm, eb.vermoegen + _amount(kind_betrag), schon)
    gesetzlich = _fall(kind_betrag, einsatz, eb.vermoegen, frei, monat)
    zugriff = zugriff_pflichtteil(eb.programm, eb.vermoegen, pt, schon)
    enterbt = _fall(pt, zugriff, eb.vermoegen, frei, monat)
    monate = gesetzlich.monate.value.value if gesetzlich.monate else 0  # type: ignore[union-attr]
    return ergebnis.model_copy(
        update={
            "schonvermoegen": schon,
            "gesetzlich": gesetzlich,
            "enterbt": enterbt,
            "testament": behindertentestament(kind_betrag),
            "kostenersatz": kostenersatz(
                eb.programm, eb.kostenersatz_monat, gesetzlich.behalten, on
            ),
            "verlauf": tuple(
                verlauf(eb.vermoegen, _amount(kind_betrag), frei, monat, monate)
                if monat > 0
                else ()
            ),
        }
    )


# --- Rechtliche Betreuung --------------------------------------------------------------


def _geburtstag(geburtsdatum: date, jahre: int) -> date:
    """The day the year of life ``jahre`` is completed (§ 187 Abs. 2 Satz 2 BGB); born on
    29 February: 1 March in other years (§ 188 Abs. 3 BGB)."""
    try:
        return geburtsdatum.replace(year=geburtsdatum.year + jahre)
    except ValueError:
        return date(geburtsdatum.year + jahre, 3, 1)


class Betreuungsstand(BaseModel):
    model_config = ConfigDict(frozen=True)

    volljaehrig_ab: date
    antrag_ab: date
    stand: ExplainedAmount  # Term: noch nicht, jetzt beantragen, volljährig


def betreuung_zeitpunkt(geburtsdatum: date, on: date) -> Betreuungsstand:
    """§ 2 BGB: majority on the 18th birthday, when the parents' custody ends. § 1814 Abs. 5
    BGB: a Betreuer can be appointed in advance for a minor who has completed the 17th year,
    effective only when he comes of age. So the parents apply at the Betreuungsgericht from
    the 17th birthday, a few months before the 18th."""
    volljaehrig = param("volljaehrigkeit_alter", on)
    vorab = param("betreuung_vorab_alter", on)
    ab18 = _geburtstag(geburtsdatum, int(volljaehrig.value))
    ab17 = _geburtstag(geburtsdatum, int(vorab.value))
    jahre = completed_years(geburtsdatum, on)
    if jahre >= volljaehrig.value:
        key, message = N_("erbe.betreuung.volljaehrig"), N_("step.erbe.betreuung.volljaehrig")
    elif jahre >= vorab.value:
        key, message = N_("erbe.betreuung.jetzt"), N_("step.erbe.betreuung.jetzt")
    else:
        key, message = N_("erbe.betreuung.spaeter"), N_("step.erbe.betreuung.spaeter")
    stand = _one(
        Term(key=key),
        "§ 2, § 1814 Abs. 5 BGB",
        "erbe.betreuung",
        message,
        (volljaehrig, vorab),
        ab17=Day(value=ab17),
        ab18=Day(value=ab18),
    )
    return Betreuungsstand(volljaehrig_ab=ab18, antrag_ab=ab17, stand=stand)


def vorsorgevollmacht(vollmacht_moeglich: bool | None) -> ExplainedDecision:
    """§ 1814 Abs. 3 Satz 2 Nr. 1 BGB: no Betreuer is appointed where a Bevollmächtigter can
    take care of the affairs as well. A Vorsorgevollmacht needs the person to be
    geschäftsfähig when granting it (§§ 104, 105 BGB). True: it may replace the Betreuung."""
    if vollmacht_moeglich:
        message = N_("step.erbe.vollmacht.ja")
    elif vollmacht_moeglich is None:
        message = N_("step.erbe.vollmacht.offen")
    else:
        message = N_("step.erbe.vollmacht.nein")
    return ExplainedDecision(
        value=bool(vollmacht_moeglich),
        legal_basis="§ 1814 Abs. 3, §§ 104, 105 BGB",
        steps=(
            Step(
                rule="erbe.vollmacht",
                message=message,
                legal_basis="§ 1814 Abs. 3, §§ 104, 105 BGB",
            ),
        ),
    )


def notvertretung(verheiratet: bool, on: date) -> ExplainedDecision:
    """§ 1358 BGB (since 1.1.2023): a spouse may represent the other in health matters when
    the latter cannot, for at most six months (Abs. 3 Nr. 4); not for money or housing."""
    monate = param("notvertretung_monate", on)
    return ExplainedDecision(
        value=verheiratet,
        legal_basis="§ 1358 BGB",
        steps=(
            Step(
                rule="erbe.notvertretung",
                message=N_("step.erbe.notvertretung.ja")
                if verheiratet
                else N_("step.erbe.notvertretung.nein"),
                values={"monate": Count(value=int(monate.value), unit="months")},
                legal_basis="§ 1358 BGB",
                parameters=uses(monate),
            ),
        ),
    )


def aufwandspauschale(on: date) -> ExplainedAmount:
    """§ 1878 Abs. 1 BGB: an ehrenamtlicher Betreuer (e.g. a parent) may ask instead of
    single receipts a yearly Aufwandspauschale, 17 times the witness's highest hourly
    compensation of § 22 JVEG; for Pauschalen falling due in 2024 and 2025 24 € more
    (§§ 4, 5 BetrInASG). The amount for the year in which ``on`` lies."""
    pauschale = param("aufwandspauschale_jahr", on)
    sonder = param("aufwandspauschale_sonderzahlung", on)
    betrag = pauschale.value + sonder.value
    return _one(
        _money(betrag, "year"),
        "§ 1878 BGB",
        "erbe.aufwandspauschale",
        N_("step.erbe.aufwandspauschale"),
        (pauschale, sonder),
        betrag=_money(betrag, "year"),
    )


def gerichtsgebuehr_frei(vermoegen: Decimal, on: date) -> ExplainedDecision:
    """Vorbemerkung 1.1 Abs. 1 KV GNotKG: the court charges the person fees in a Betreuung
    only "wenn sein Vermögen nach Abzug der Verbindlichkeiten mehr als 25 000 Euro beträgt";
    a home protected under § 90 Abs. 2 Nr. 8 SGB XII is not counted. True: no fee."""
    grenze = param("betreuung_gebuehrenfrei_bis", on)
    frei = vermoegen <= grenze.value
    return ExplainedDecision(
        value=frei,
        legal_basis="Vorbemerkung 1.1 Abs. 1 KV GNotKG",
        steps=(
            Step(
                rule="erbe.gebuehr",
                message=N_("step.erbe.gebuehr.frei") if frei else N_("step.erbe.gebuehr.pflichtig"),
                values={"vermoegen": _money(vermoegen), "grenze": _money(grenze.value)},
                legal_basis="Vorbemerkung 1.1 Abs. 1 KV GNotKG",
                parameters=uses(grenze),
            ),
        ),
    )


class BetreuungErgebnis(BaseModel):
    model_config = ConfigDict(frozen=True)

    zeitpunkt: Betreuungsstand | None  # None without a birth date
    vollmacht: ExplainedDecision
    notvertretung: ExplainedDecision
    aufwandspauschale: ExplainedAmount
    gebuehr_frei_heute: ExplainedDecision  # the child's assets today
    gebuehr_frei_mit_erbe: ExplainedDecision  # after inheriting without a testament


def betreuung(
    geburtsdatum: date | None, partner: bool, eb: Erbe, mit_erbe: Decimal, on: date
) -> BetreuungErgebnis:
    """When and how to arrange the Betreuung, and what it costs the child."""
    return BetreuungErgebnis(
        zeitpunkt=betreuung_zeitpunkt(geburtsdatum, on) if geburtsdatum else None,
        vollmacht=vorsorgevollmacht(eb.vollmacht_moeglich),
        notvertretung=notvertretung(partner, on),
        aufwandspauschale=aufwandspauschale(on),
        gebuehr_frei_heute=gerichtsgebuehr_frei(eb.vermoegen, on),
        gebuehr_frei_mit_erbe=gerichtsgebuehr_frei(eb.vermoegen + mit_erbe, on),
    )

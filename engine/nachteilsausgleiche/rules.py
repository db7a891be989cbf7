"""Nachteilsausgleiche: what the Schwerbehindertenausweis and the care at home are worth.

Income tax allowances and the tax they save (§§ 32a, 33, 33b EStG), the Wertmarke (§ 228
SGB IX), the Kraftfahrzeugsteuer (§ 3a KraftStG), the Rundfunkbeitrag (§ 4 RBStV), the
Landesblindengeld and the Blindenhilfe (§ 72 SGB XII). Ratgeber (Oktober 2023) Kapitel K,
L, M. Amounts: einkommensteuer.toml and nachteilsausgleiche.toml.

Kinderbetreuungskosten (§ 10 Abs. 1 Nr. 5 EStG) and the Steuerermäßigung for haushaltsnahe
Pflege- und Betreuungsleistungen (§ 35a Abs. 2 EStG) from the costs the family enters.
Left out and said so on the screen: Solidaritätszuschlag and Kirchensteuer (they depend on
the tax and the church, and the Soli is 0 below its Freigrenze for most families).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict

from engine.explain import (
    N_,
    Count,
    ExplainedAmount,
    ExplainedDecision,
    Money,
    Share,
    Step,
    Term,
    quantity_of,
    uses,
)
from engine.household import Bundesland, Merkzeichen
from engine.nachteilsausgleiche.einkommensteuer import behinderten_pauschbetrag
from engine.nachteilsausgleiche.scenario import Steuern, Veranlagung
from engine.nachteilsausgleiche.tarif import einkommensteuer
from engine.parameters import ParameterValue, param

ZERO = Decimal(0)
# § 33 Abs. 2a Satz 2 Nr. 2 EStG; Pflegegrad 4 or 5 stands for H (§ 65 Abs. 2 Satz 2 EStDV).
FAHRTKOSTEN_ERHOEHT = (Merkzeichen.aG, Merkzeichen.Bl, Merkzeichen.TBl, Merkzeichen.H)
HILFLOS_AB_PFLEGEGRAD = 4
# § 228 Abs. 1 SGB IX: erheblich beeinträchtigt (G, and so aG), hilflos (H), gehörlos (Gl);
# blind people get the Wertmarke free (Abs. 4 Nr. 1).
FREIFAHRT = (Merkzeichen.G, Merkzeichen.aG, Merkzeichen.H, Merkzeichen.Gl, Merkzeichen.Bl)
WERTMARKE_FREI = (Merkzeichen.Bl, Merkzeichen.H)
KFZ_BEFREIUNG = (Merkzeichen.H, Merkzeichen.Bl, Merkzeichen.aG)  # § 3a Abs. 1 KraftStG
KFZ_ERMAESSIGUNG = (Merkzeichen.G, Merkzeichen.Gl)  # § 3a Abs. 2: orange Ausweis
BLIND = (Merkzeichen.Bl, Merkzeichen.TBl)


def _jahr(amount: Decimal) -> Money:
    return Money(amount=amount, per="year")


def _monat(amount: Decimal) -> Money:
    return Money(amount=amount, per="month")


def _cent(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Vorteil:
    """One thing a Merkzeichen opens: a message key and its paragraph."""

    key: str
    basis: str


# What each Merkzeichen opens (Ratgeber Kapitel K, L, M; checked against the law in force).
MERKZEICHEN_VORTEILE: dict[Merkzeichen, tuple[Vorteil, ...]] = {
    Merkzeichen.G: (
        Vorteil(N_("vorteil.freifahrt"), "§ 228 Abs. 1 SGB IX"),
        Vorteil(N_("vorteil.kfz_50"), "§ 3a Abs. 2 KraftStG"),
        Vorteil(N_("vorteil.fahrtkosten_900_g"), "§ 33 Abs. 2a Satz 2 Nr. 1 EStG"),
        Vorteil(N_("vorteil.mehrbedarf_17"), "§ 30 Abs. 1 SGB XII; § 23 Nr. 4 SGB II"),
    ),
    Merkzeichen.aG: (
        Vorteil(N_("vorteil.freifahrt"), "§ 228 Abs. 1 SGB IX"),
        Vorteil(N_("vorteil.kfz_100"), "§ 3a Abs. 1 KraftStG"),
        Vorteil(N_("vorteil.fahrtkosten_4500"), "§ 33 Abs. 2a Satz 2 Nr. 2 EStG"),
        Vorteil(N_("vorteil.parken"), "§ 46 Abs. 1 Satz 1 Nr. 11 StVO"),
        Vorteil(N_("vorteil.mehrbedarf_17"), "§ 30 Abs. 1 SGB XII; § 23 Nr. 4 SGB II"),
    ),
    Merkzeichen.H: (
        Vorteil(N_("vorteil.pauschbetrag_7400"), "§ 33b Abs. 3 Satz 3 EStG"),
        Vorteil(N_("vorteil.pflege_pauschbetrag_1800"), "§ 33b Abs. 6 Satz 4 EStG"),
        Vorteil(N_("vorteil.fahrtkosten_4500"), "§ 33 Abs. 2a Satz 2 Nr. 2 EStG"),
        Vorteil(N_("vorteil.wertmarke_frei"), "§ 228 Abs. 4 Nr. 1 SGB IX"),
        Vorteil(N_("vorteil.kfz_100"), "§ 3a Abs. 1 KraftStG"),
    ),
    Merkzeichen.Bl: (
        Vorteil(N_("vorteil.blindengeld"), "Landesblindengeldgesetz; § 72 SGB XII"),
        Vorteil(N_("vorteil.pauschbetrag_7400"), "§ 33b Abs. 3 Satz 3 EStG"),
        Vorteil(N_("vorteil.fahrtkosten_4500"), "§ 33 Abs. 2a Satz 2 Nr. 2 EStG"),
        Vorteil(N_("vorteil.wertmarke_frei"), "§ 228 Abs. 4 Nr. 1 SGB IX"),
        Vorteil(N_("vorteil.kfz_100"), "§ 3a Abs. 1 KraftStG"),
        Vorteil(N_("vorteil.parken"), "§ 46 Abs. 1 Satz 1 Nr. 11 StVO"),
    ),
    Merkzeichen.TBl: (
        Vorteil(N_("vorteil.pauschbetrag_7400"), "§ 33b Abs. 3 Satz 3 EStG"),
        Vorteil(N_("vorteil.fahrtkosten_4500"), "§ 33 Abs. 2a Satz 2 Nr. 2 EStG"),
        Vorteil(N_("vorteil.rundfunk_befreit"), "§ 4 Abs. 1 Nr. 10 RBStV"),
    ),
    Merkzeichen.Gl: (
        Vorteil(N_("vorteil.freifahrt"), "§ 228 Abs. 1 SGB IX"),
        Vorteil(N_("vorteil.kfz_50"), "§ 3a Abs. 2 KraftStG"),
    ),
    Merkzeichen.RF: (Vorteil(N_("vorteil.rundfunk_ermaessigt"), "§ 4 Abs. 2 RBStV"),),
    Merkzeichen.B: (Vorteil(N_("vorteil.begleitperson"), "§ 228 Abs. 6 Nr. 1 SGB IX"),),
    Merkzeichen.kl1: (
        Vorteil(N_("vorteil.erste_klasse"), "§ 3 Abs. 1 Nr. 6 SchwbAwV; Tarif der Bahn"),
    ),
}


class MerkzeichenVorteil(BaseModel):
    model_config = ConfigDict(frozen=True)

    key: str
    legal_basis: str


class MerkzeichenZeile(BaseModel):
    """One line of the Merkzeichen table: the mark, whether the person has it, what it opens."""

    model_config = ConfigDict(frozen=True)

    merkzeichen: Merkzeichen
    vorhanden: bool
    vorteile: tuple[MerkzeichenVorteil, ...]


def merkzeichen_tabelle(merkzeichen: tuple[Merkzeichen, ...]) -> tuple[MerkzeichenZeile, ...]:
    """Every Merkzeichen (§ 3 Abs. 1 SchwbAwV) with what it opens and its paragraph."""
    return tuple(
        MerkzeichenZeile(
            merkzeichen=m,
            vorhanden=m in merkzeichen,
            vorteile=tuple(
                MerkzeichenVorteil(key=v.key, legal_basis=v.basis) for v in MERKZEICHEN_VORTEILE[m]
            ),
        )
        for m in Merkzeichen
    )


def schwerbehindert(gdb: int | None, on: date) -> ExplainedDecision:
    """§ 2 Abs. 2 SGB IX: "Menschen sind im Sinne des Teils 3 schwerbehindert, wenn bei ihnen
    ein Grad der Behinderung von wenigstens 50 vorliegt"; the Ausweis (§ 152 Abs. 5 SGB IX)
    then proves it. Below it the Versorgungsamt issues a Bescheid only."""
    ab = param("schwerbehindert_gdb", on)
    ja = gdb is not None and gdb >= ab.value
    return ExplainedDecision(
        value=ja,
        legal_basis="§ 2 Abs. 2 SGB IX",
        steps=(
            Step(
                rule="sb.schwerbehindert",
                message=N_("step.sb.schwerbehindert")
                if ja
                else N_("step.sb.nicht_schwerbehindert"),
                values={"ab": quantity_of(ab)},
                legal_basis="§ 2 Abs. 2 SGB IX; § 152 Abs. 5 SGB IX",
                parameters=uses(ab),
            ),
        ),
    )


def _hilflos(merkzeichen: tuple[Merkzeichen, ...], pflegegrad: int | None) -> bool:
    """H, or Pflegegrad 4 or 5, which § 65 Abs. 2 Satz 2 EStDV puts equal to H."""
    return Merkzeichen.H in merkzeichen or (pflegegrad or 0) >= HILFLOS_AB_PFLEGEGRAD


def fahrtkostenpauschale(
    gdb: int | None, merkzeichen: tuple[Merkzeichen, ...], pflegegrad: int | None, on: date
) -> ExplainedAmount:
    """§ 33 Abs. 2a EStG: "Die Pauschale erhalten: 1. Menschen mit einem Grad der Behinderung
    von mindestens 80 oder mit einem Grad der Behinderung von mindestens 70 und dem
    Merkzeichen „G", 2. Menschen mit dem Merkzeichen „aG", ... „Bl", ... „TBl" oder ... „H"."
    Nr. 1: 900 €, Nr. 2: 4 500 € (not both, Satz 5). Pflegegrad 4 or 5 counts as H (§ 65
    Abs. 2 Satz 2 EStDV)."""
    ab = param("fahrtkostenpauschale_gdb", on)
    ab_mit_g = param("fahrtkostenpauschale_gdb_mit_g", on)
    if any(m in merkzeichen for m in FAHRTKOSTEN_ERHOEHT) or _hilflos(merkzeichen, pflegegrad):
        wert = param("fahrtkostenpauschale_erhoeht", on)
        message, basis = (
            N_("step.est.fahrtkosten_erhoeht"),
            "§ 33 Abs. 2a Satz 2 Nr. 2, Satz 4 EStG",
        )
    elif gdb is not None and (
        gdb >= ab.value or (gdb >= ab_mit_g.value and Merkzeichen.G in merkzeichen)
    ):
        wert = param("fahrtkostenpauschale", on)
        message, basis = N_("step.est.fahrtkosten"), "§ 33 Abs. 2a Satz 2 Nr. 1, Satz 3 EStG"
    else:
        return ExplainedAmount(
            value=_jahr(ZERO),
            legal_basis="§ 33 Abs. 2a EStG",
            steps=(
                Step(
                    rule="est.fahrtkosten",
                    message=N_("step.est.fahrtkosten_keine"),
                    values={"ab": quantity_of(ab), "ab_mit_g": quantity_of(ab_mit_g)},
                    legal_basis="§ 33 Abs. 2a Satz 2 EStG",
                    parameters=uses(ab, ab_mit_g),
                ),
            ),
        )
    return ExplainedAmount(
        value=_jahr(wert.value),
        legal_basis=basis,
        steps=(
            Step(
                rule="est.fahrtkosten",
                message=message,
                values={"betrag": _jahr(wert.value)},
                legal_basis=basis,
                parameters=uses(wert),
            ),
        ),
    )


def pflege_pauschbetrag(
    pflegegrad: int | None,
    merkzeichen: tuple[Merkzeichen, ...],
    pflegepersonen_hier: int,
    pflegepersonen_weitere: int,
    on: date,
) -> ExplainedAmount:
    """§ 33b Abs. 6 EStG: for unpaid care in the carer's or the cared person's home, "bei
    Pflegegrad 2 600 Euro, bei Pflegegrad 3 1 100 Euro, bei Pflegegrad 4 oder 5 1 800 Euro";
    1 800 € also for H (Satz 4). Pflegegeld the parents of a disabled child receive is no
    payment (Satz 2). Several carers share it by head (Satz 9): this return gets its carers'
    shares."""
    if Merkzeichen.H in merkzeichen and (pflegegrad or 0) < HILFLOS_AB_PFLEGEGRAD:
        wert = param("pflege_pauschbetrag_pg4", on)
        basis = "§ 33b Abs. 6 Satz 4 EStG"
    elif pflegegrad is not None and pflegegrad >= 2:
        wert = param(f"pflege_pauschbetrag_pg{pflegegrad}", on)
        basis = "§ 33b Abs. 6 Satz 3 EStG"
    else:
        return ExplainedAmount(
            value=_jahr(ZERO),
            legal_basis="§ 33b Abs. 6 EStG",
            steps=(
                Step(
                    rule="est.pflege_pauschbetrag",
                    message=N_("step.est.pflege_pauschbetrag_keiner"),
                    legal_basis="§ 33b Abs. 6 Satz 3 EStG",
                ),
            ),
        )
    alle = pflegepersonen_hier + pflegepersonen_weitere
    betrag = _cent(wert.value * pflegepersonen_hier / alle)
    return ExplainedAmount(
        value=_jahr(betrag),
        legal_basis=basis,
        steps=(
            Step(
                rule="est.pflege_pauschbetrag",
                message=N_("step.est.pflege_pauschbetrag"),
                values={
                    "betrag": _jahr(wert.value),
                    "hier": Count(value=pflegepersonen_hier, unit="persons"),
                    "alle": Count(value=alle, unit="persons"),
                    "anteil": _jahr(betrag),
                },
                legal_basis=f"{basis}; § 33b Abs. 6 Satz 9 EStG",
                parameters=uses(wert),
            ),
        ),
    )


def uebertragung(
    betrag: ExplainedAmount, veranlagung: Veranlagung, zusammen: bool, on: date
) -> ExplainedAmount:
    """§ 33b Abs. 5 EStG: a child's Pauschbetrag "wird auf Antrag auf den Steuerpflichtigen
    übertragen, wenn ihn das Kind nicht in Anspruch nimmt" — for parents with Kindergeld or a
    Kinderfreibetrag for the child, "grundsätzlich auf beide Elternteile je zur Hälfte"; spouses
    assessed together claim both halves in one return. § 33 Abs. 2a Satz 9 applies this to
    the Fahrtkostenpauschale."""
    if veranlagung is Veranlagung.selbst:
        return betrag
    anteil = param("est_splitting_anteil", on)
    wert = betrag.value.amount if isinstance(betrag.value, Money) else ZERO
    uebertragen = wert if zusammen else _cent(wert * anteil.value)
    return ExplainedAmount(
        value=_jahr(uebertragen),
        legal_basis="§ 33b Abs. 5 EStG",
        steps=(
            *betrag.steps,
            Step(
                rule="est.uebertragung",
                message=N_("step.est.uebertragung_zusammen")
                if zusammen
                else N_("step.est.uebertragung_haelfte"),
                values={"betrag": _jahr(wert), "uebertragen": _jahr(uebertragen)},
                legal_basis="§ 33b Abs. 5 Sätze 1–3 EStG",
                parameters=() if zusammen else uses(anteil),
            ),
        ),
    )


# § 33 Abs. 3 Satz 1 EStG: the three shares of each family group, by band of income.
ZB_SAETZE = {
    "grundtarif": (
        "zumutbare_belastung_grundtarif_stufe1",
        "zumutbare_belastung_grundtarif_stufe2",
        "zumutbare_belastung_grundtarif_stufe3",
    ),
    "splitting": (
        "zumutbare_belastung_splitting_stufe1",
        "zumutbare_belastung_splitting_stufe2",
        "zumutbare_belastung_splitting_stufe3",
    ),
    "ein_zwei_kinder": (
        "zumutbare_belastung_ein_zwei_kinder_stufe1",
        "zumutbare_belastung_ein_zwei_kinder_stufe2",
        "zumutbare_belastung_ein_zwei_kinder_stufe3",
    ),
    "drei_kinder": (
        "zumutbare_belastung_drei_kinder_stufe1",
        "zumutbare_belastung_drei_kinder_stufe2",
        "zumutbare_belastung_drei_kinder_stufe3",
    ),
}
# § 72 Abs. 1 Satz 2 SGB XII: the share of which grade's Pflegegeld is deducted.
BLINDENHILFE_ANRECHNUNG = {
    2: ("blindenhilfe_anrechnung_pg2_anteil", "pflegegeld_pg2"),
    3: ("blindenhilfe_anrechnung_pg3_anteil", "pflegegeld_pg3"),
}


def zumutbare_belastung(
    gesamtbetrag: Decimal, splitting: bool, kinder: int, on: date
) -> ExplainedAmount:
    """§ 33 Abs. 3 EStG: the zumutbare Belastung is a share of the Gesamtbetrag der Einkünfte
    by family (no children: 5/6/7 % Grundtarif, 4/5/6 % Splitting; one or two children
    2/3/4 %; three or more 1/1/2 %), each share applied only to the part of the income in its
    band (BFH, 19.1.2017, VI R 75/14)."""
    if kinder == 0:
        gruppe = "splitting" if splitting else "grundtarif"
    else:
        gruppe = "ein_zwei_kinder" if kinder <= 2 else "drei_kinder"
    bis1 = param("zumutbare_belastung_stufe1_bis", on)
    bis2 = param("zumutbare_belastung_stufe2_bis", on)
    saetze = [param(key, on) for key in ZB_SAETZE[gruppe]]
    teile = (
        min(gesamtbetrag, bis1.value),
        max(ZERO, min(gesamtbetrag, bis2.value) - bis1.value),
        max(ZERO, gesamtbetrag - bis2.value),
    )
    betrag = _cent(sum((t * s.value for t, s in zip(teile, saetze, strict=True)), ZERO))
    return ExplainedAmount(
        value=_jahr(betrag),
        legal_basis="§ 33 Abs. 3 EStG",
        steps=(
            Step(
                rule="est.zumutbare_belastung",
                message=N_("step.est.zumutbare_belastung"),
                values={
                    "einkommen": _jahr(gesamtbetrag),
                    "kinder": Count(value=kinder),
                    "satz1": Share(value=saetze[0].value),
                    "satz2": Share(value=saetze[1].value),
                    "satz3": Share(value=saetze[2].value),
                    "betrag": _jahr(betrag),
                },
                legal_basis="§ 33 Abs. 3 Satz 1 EStG; BFH VI R 75/14",
                parameters=uses(bis1, bis2, *saetze),
            ),
        ),
    )


class Abzug(BaseModel):
    """One allowance in this return and the income tax it saves on its own."""

    model_config = ConfigDict(frozen=True)

    art: Literal[
        "behinderten_pauschbetrag",
        "pflege_pauschbetrag",
        "fahrtkostenpauschale",
        "kinderbetreuungskosten",
        "haushaltsnahe_pflege",
    ]
    betrag: ExplainedAmount
    ersparnis: Money


class SteuerErgebnis(BaseModel):
    """The tax with and without the allowances (§ 32a tariff of the Rechtsstand's year)."""

    model_config = ConfigDict(frozen=True)

    splitting: bool
    abzuege: tuple[Abzug, ...]
    zumutbare_belastung: ExplainedAmount | None
    steuer_ohne: ExplainedAmount
    steuer_mit: ExplainedAmount
    ermaessigung: Abzug | None
    """§ 35a Abs. 2 EStG: taken off the tax itself, after the allowances."""
    ersparnis: Money


def _abzug_fahrtkosten(pauschale: ExplainedAmount, zumutbar: ExplainedAmount) -> ExplainedAmount:
    """§ 33 Abs. 2a Satz 7 EStG: the Pauschale counts with the other außergewöhnliche
    Belastungen; only the part above the zumutbare Belastung is deducted (§ 33 Abs. 1)."""
    brutto = pauschale.value.amount if isinstance(pauschale.value, Money) else ZERO
    grenze = zumutbar.value.amount if isinstance(zumutbar.value, Money) else ZERO
    netto = max(ZERO, brutto - grenze)
    return ExplainedAmount(
        value=_jahr(netto),
        legal_basis="§ 33 Abs. 1, Abs. 2a Satz 7 EStG",
        steps=(
            *pauschale.steps,
            *zumutbar.steps,
            Step(
                rule="est.fahrtkosten_abzug",
                message=N_("step.est.fahrtkosten_abzug"),
                values={
                    "pauschale": _jahr(brutto),
                    "zumutbar": _jahr(grenze),
                    "abzug": _jahr(netto),
                },
                legal_basis="§ 33 Abs. 1, Abs. 2a Satz 7 EStG",
            ),
        ),
    )


def _betrag(amount: ExplainedAmount) -> Decimal:
    return amount.value.amount if isinstance(amount.value, Money) else ZERO


def kinderbetreuungskosten(
    kosten: Decimal, alter: int | None, behindert: bool, veranlagung: Veranlagung, on: date
) -> ExplainedAmount:
    """§ 10 Abs. 1 Nr. 5 Satz 1 EStG: Sonderausgaben are "zwei Drittel der Aufwendungen,
    höchstens 4 000 Euro je Kind" (from VZ 2025 "80 Prozent ..., höchstens 4 800 Euro") for the
    care of a child of the household "welches das 14. Lebensjahr noch nicht vollendet hat oder
    wegen einer vor Vollendung des 25. Lebensjahres eingetretenen körperlichen, geistigen oder
    seelischen Behinderung außerstande ist, sich selbst zu unterhalten" — then without an age
    limit. Only the parents' return claims them; alter in completed years on ``on``."""
    grenze = param("kinderbetreuung_altersgrenze", on)
    if veranlagung is Veranlagung.selbst:
        step = Step(
            rule="est.kinderbetreuung",
            message=N_("step.est.kinderbetreuung_kein_kind"),
            legal_basis="§ 10 Abs. 1 Nr. 5 Satz 1 EStG",
        )
        return ExplainedAmount(value=_jahr(ZERO), legal_basis=step.legal_basis, steps=(step,))
    if alter is not None and alter < grenze.value:
        grund = Step(
            rule="est.kinderbetreuung.alter",
            message=N_("step.est.kinderbetreuung_unter_14"),
            values={
                "alter": Count(value=alter, unit="years"),
                "grenze": Count(value=int(grenze.value)),
            },
            legal_basis="§ 10 Abs. 1 Nr. 5 Satz 1 EStG",
            parameters=uses(grenze),
        )
    elif behindert:
        vor = param("kindergeld_behinderung_vor_alter", on)
        grund = Step(
            rule="est.kinderbetreuung.behinderung",
            message=N_("step.est.kinderbetreuung_behinderung"),
            values={"grenze": Count(value=int(grenze.value)), "vor": Count(value=int(vor.value))},
            legal_basis="§ 10 Abs. 1 Nr. 5 Satz 1 EStG",
            parameters=uses(grenze, vor),
        )
    else:
        vor = param("kindergeld_behinderung_vor_alter", on)
        step = Step(
            rule="est.kinderbetreuung.alter",
            message=N_("step.est.kinderbetreuung_zu_alt"),
            values={"grenze": Count(value=int(grenze.value)), "vor": Count(value=int(vor.value))},
            legal_basis="§ 10 Abs. 1 Nr. 5 Satz 1 EStG",
            parameters=uses(grenze, vor),
        )
        return ExplainedAmount(value=_jahr(ZERO), legal_basis=step.legal_basis, steps=(step,))
    anteil = param("kinderbetreuung_anteil", on)
    hoechst = param("kinderbetreuung_hoechstbetrag", on)
    betrag = min(_cent(kosten * anteil.value), hoechst.value)
    return ExplainedAmount(
        value=_jahr(betrag),
        legal_basis="§ 10 Abs. 1 Nr. 5 EStG",
        steps=(
            grund,
            Step(
                rule="est.kinderbetreuung",
                message=N_("step.est.kinderbetreuung"),
                values={
                    "kosten": _jahr(kosten),
                    "anteil": Share(value=anteil.value),
                    "hoechst": _jahr(hoechst.value),
                    "betrag": _jahr(betrag),
                },
                legal_basis="§ 10 Abs. 1 Nr. 5 Satz 1 EStG",
                parameters=uses(anteil, hoechst),
            ),
        ),
    )


def haushaltsnahe_pflege(kosten: Decimal, steuer: Decimal, on: date) -> ExplainedAmount:
    """§ 35a Abs. 2 EStG: for haushaltsnahe Dienstleistungen, among them "Pflege- und
    Betreuungsleistungen" (Satz 2), "ermäßigt sich die tarifliche Einkommensteuer ... um 20
    Prozent, höchstens 4 000 Euro, der Aufwendungen" — only the labour costs (Abs. 5 Satz 2),
    and not for costs already counted as außergewöhnliche Belastungen (Abs. 5 Satz 1, § 33).
    A reduction of the tax: never more than the tax ``steuer`` due after the allowances."""
    satz = param("haushaltsnahe_satz", on)
    hoechst = param("haushaltsnahe_hoechstbetrag", on)
    ermaessigung = min(_cent(kosten * satz.value), hoechst.value)
    wirkt = min(ermaessigung, steuer)
    return ExplainedAmount(
        value=_jahr(wirkt),
        legal_basis="§ 35a Abs. 2 EStG",
        steps=(
            Step(
                rule="est.haushaltsnahe_pflege",
                message=N_("step.est.haushaltsnahe_pflege"),
                values={
                    "kosten": _jahr(kosten),
                    "satz": Share(value=satz.value),
                    "hoechst": _jahr(hoechst.value),
                    "ermaessigung": _jahr(ermaessigung),
                    "steuer": _jahr(steuer),
                    "wirkt": _jahr(wirkt),
                },
                legal_basis="§ 35a Abs. 2 Sätze 1 und 2, Abs. 5 Satz 1 EStG",
                parameters=uses(satz, hoechst),
            ),
        ),
    )


def steuerersparnis(
    steuern: Steuern,
    gdb: int | None,
    merkzeichen: tuple[Merkzeichen, ...],
    pflegegrad: int | None,
    veranlagung: Veranlagung,
    alter: int | None,
    on: date,
) -> SteuerErgebnis | None:
    """The tax saved by each allowance alone (tax on the income minus tax on the income less
    that allowance) and by all together, with the § 32a tariff of the year (Grundtarif or
    Splitting), then the § 35a reduction of the tax left. None until the income is given;
    alter of the person in completed years (for the Kinderbetreuungskosten)."""
    if steuern.einkommen is None:
        return None
    einkommen = steuern.einkommen
    splitting = bool(steuern.zusammenveranlagung)
    kinder = max(steuern.kinder, 1) if veranlagung is Veranlagung.eltern else steuern.kinder
    abzuege: list[tuple[str, ExplainedAmount]] = []
    pausch = behinderten_pauschbetrag(gdb, merkzeichen, pflegegrad, on)
    if _betrag(pausch) > 0:
        abzuege.append(
            ("behinderten_pauschbetrag", uebertragung(pausch, veranlagung, splitting, on))
        )
    pflegende_hier = veranlagung is Veranlagung.eltern or splitting
    if steuern.pflege_zuhause and pflegende_hier:
        pflege = pflege_pauschbetrag(
            pflegegrad,
            merkzeichen,
            steuern.pflegepersonen_im_haushalt,
            steuern.pflegepersonen_weitere,
            on,
        )
        if _betrag(pflege) > 0:
            abzuege.append(("pflege_pauschbetrag", pflege))
    zumutbar = None
    fahrt = fahrtkostenpauschale(gdb, merkzeichen, pflegegrad, on)
    if _betrag(fahrt) > 0:
        zumutbar = zumutbare_belastung(einkommen, splitting, kinder, on)
        fahrt = _abzug_fahrtkosten(uebertragung(fahrt, veranlagung, splitting, on), zumutbar)
        abzuege.append(("fahrtkostenpauschale", fahrt))
    if steuern.kinderbetreuung:
        behindert = gdb is not None or pflegegrad is not None or bool(merkzeichen)
        abzuege.append(
            (
                "kinderbetreuungskosten",
                kinderbetreuungskosten(steuern.kinderbetreuung, alter, behindert, veranlagung, on),
            )
        )
    ohne = einkommensteuer(einkommen, splitting, on)

    def nach(abzug: Decimal) -> ExplainedAmount:
        return einkommensteuer(max(ZERO, einkommen - abzug), splitting, on)

    gesamt = sum((_betrag(a) for _, a in abzuege), ZERO)
    mit = nach(gesamt)
    ermaessigung = None
    if steuern.pflegeleistungen:
        pflege_35a = haushaltsnahe_pflege(steuern.pflegeleistungen, _betrag(mit), on)
        ermaessigung = Abzug(
            art="haushaltsnahe_pflege", betrag=pflege_35a, ersparnis=pflege_35a.value
        )
    return SteuerErgebnis(
        splitting=splitting,
        abzuege=tuple(
            Abzug(
                art=art,  # type: ignore[arg-type]
                betrag=betrag,
                ersparnis=_jahr(_betrag(ohne) - _betrag(nach(_betrag(betrag)))),
            )
            for art, betrag in abzuege
        ),
        zumutbare_belastung=zumutbar,
        steuer_ohne=ohne,
        steuer_mit=mit,
        ermaessigung=ermaessigung,
        ersparnis=_jahr(
            _betrag(ohne) - _betrag(mit) + (_betrag(ermaessigung.betrag) if ermaessigung else ZERO)
        ),
    )


def wertmarke(
    merkzeichen: tuple[Merkzeichen, ...], grundsicherung: bool, on: date
) -> ExplainedAmount | None:
    """§ 228 SGB IX: free travel in local public transport with a Wertmarke (Abs. 1) for
    G, aG, H, Gl (and Bl); it costs the Abs. 2 amount for a year or half a year, and is free
    for blind or hilflose people (Abs. 4 Nr. 1) and for those living on Bürgergeld,
    Grundsicherung or Sozialhilfe (Abs. 4 Nr. 2). None without such a Merkzeichen."""
    if not any(m in merkzeichen for m in FREIFAHRT):
        return None
    jahr, halbjahr = param("wertmarke_jahr", on), param("wertmarke_halbjahr", on)
    if any(m in merkzeichen for m in WERTMARKE_FREI) or grundsicherung:
        frei_basis = (
            "§ 228 Abs. 4 Nr. 1 SGB IX"
            if any(m in merkzeichen for m in WERTMARKE_FREI)
            else "§ 228 Abs. 4 Nr. 2 SGB IX"
        )
        return ExplainedAmount(
            value=_jahr(ZERO),
            legal_basis=frei_basis,
            steps=(
                Step(
                    rule="sb.wertmarke",
                    message=N_("step.sb.wertmarke_frei"),
                    values={"preis": _jahr(jahr.value)},
                    legal_basis=frei_basis,
                    parameters=uses(jahr),
                ),
            ),
        )
    return ExplainedAmount(
        value=_jahr(jahr.value),
        legal_basis="§ 228 Abs. 2 SGB IX",
        steps=(
            Step(
                rule="sb.wertmarke",
                message=N_("step.sb.wertmarke"),
                values={"jahr": Money(amount=jahr.value), "halbjahr": Money(amount=halbjahr.value)},
                legal_basis="§ 228 Abs. 1, 2 SGB IX",
                parameters=uses(jahr, halbjahr),
            ),
        ),
    )


class KfzVergleich(BaseModel):
    """§ 3a KraftStG for the household's car: the exemption, or the 50 % reduction compared
    with the free travel it rules out (§ 228 Abs. 5 SGB IX)."""

    model_config = ConfigDict(frozen=True)

    art: Literal["befreiung", "ermaessigung", "keine"]
    steuer_jahr: Money | None
    ersparnis_jahr: Money | None
    wertmarke: ExplainedAmount | None
    erklaerung: ExplainedAmount


def kfz_steuer(
    merkzeichen: tuple[Merkzeichen, ...],
    steuer: Decimal | None,
    freifahrt: ExplainedAmount | None,
    on: date,
) -> KfzVergleich:
    """§ 3a Abs. 1 KraftStG: exempt "solange die Fahrzeuge für schwerbehinderte Personen
    zugelassen sind, die ... mit dem Merkzeichen „H", „BI" oder „aG" nachweisen"; Abs. 2:
    "Die Steuer ermäßigt sich um 50 vom Hundert" for the orange Ausweis (G, Gl), "nicht ...,
    solange die schwerbehinderte Person das Recht zur unentgeltlichen Beförderung ... in
    Anspruch nimmt". One vehicle, on written application (Abs. 3)."""
    if any(m in merkzeichen for m in KFZ_BEFREIUNG):
        ersparnis = steuer
        art, message, basis, used = (
            "befreiung",
            N_("step.kfz.befreiung"),
            "§ 3a Abs. 1 KraftStG",
            (),
        )
    elif any(m in merkzeichen for m in KFZ_ERMAESSIGUNG):
        anteil = param("kfz_steuer_ermaessigung_anteil", on)
        ersparnis = None if steuer is None else _cent(steuer * anteil.value)
        art, message, basis = "ermaessigung", N_("step.kfz.ermaessigung"), "§ 3a Abs. 2 KraftStG"
        used = uses(anteil)
    else:
        ersparnis = None
        art, message, basis, used = "keine", N_("step.kfz.keine"), "§ 3a KraftStG", ()
    return KfzVergleich(
        art=art,  # type: ignore[arg-type]
        steuer_jahr=None if steuer is None else _jahr(steuer),
        ersparnis_jahr=None if ersparnis is None else _jahr(ersparnis),
        wertmarke=freifahrt if art == "ermaessigung" else None,
        erklaerung=ExplainedAmount(
            value=Term(key=f"kfz.{art}"),
            legal_basis=basis,
            steps=(
                Step(
                    rule="kfz.verguenstigung",
                    message=message,
                    legal_basis=f"{basis}; § 3a Abs. 3 KraftStG",
                    parameters=used,
                ),
            ),
        ),
    )


def rundfunkbeitrag(
    merkzeichen: tuple[Merkzeichen, ...], grundsicherung: bool, on: date
) -> ExplainedAmount:
    """§ 4 RBStV: exempt on application for people on Sozialhilfe, Grundsicherung or Bürgergeld
    (Abs. 1 Nr. 1–3) and for taubblinde people and Blindenhilfe recipients (Abs. 1 Nr. 10);
    reduced to one third for the RF group (Abs. 2: blind or severely sight-impaired, deaf, or
    GdB 80 and unable to attend public events — the Versorgungsamt marks RF)."""
    voll = param("rundfunkbeitrag_monat", on)
    if Merkzeichen.TBl in merkzeichen or grundsicherung:
        basis = (
            "§ 4 Abs. 1 Nr. 10 RBStV"
            if Merkzeichen.TBl in merkzeichen
            else "§ 4 Abs. 1 Nr. 1–3 RBStV"
        )
        betrag, message, used = ZERO, N_("step.rf.befreit"), (voll,)
    elif Merkzeichen.RF in merkzeichen:
        ermaessigt = param("rundfunkbeitrag_ermaessigt_monat", on)
        basis, betrag, message, used = (
            "§ 4 Abs. 2 RBStV",
            ermaessigt.value,
            N_("step.rf.ermaessigt"),
            (voll, ermaessigt),
        )
    else:
        basis, betrag, message, used = "§ 8 RFinStV", voll.value, N_("step.rf.voll"), (voll,)
    return ExplainedAmount(
        value=_monat(betrag),
        legal_basis=basis,
        steps=(
            Step(
                rule="rf.beitrag",
                message=message,
                values={"voll": _monat(voll.value), "betrag": _monat(betrag)},
                legal_basis=basis,
                parameters=uses(*used),
            ),
        ),
    )


def blindenhilfe_betrag(minderjaehrig: bool, on: date) -> ParameterValue:
    """§ 72 Abs. 2 SGB XII: the amount for adults or for those under 18, moving each 1 July
    with the aktueller Rentenwert."""
    return param("blindenhilfe_minderjaehrig" if minderjaehrig else "blindenhilfe_volljaehrig", on)


@dataclass(frozen=True)
class Satz:
    """One amount of a Land: the parameter itself in euros, or its share of the Blindenhilfe
    named by basis."""

    key: str
    basis: str | None = None


@dataclass(frozen=True)
class LandesRegel:
    """A Landesblindengeldgesetz as data: the amount for adults and for minors, amounts from a
    completed age on (age parameter, amount; ascending), the age before which nothing is paid,
    the share kept in an Einrichtung, and the shares of the Pflegegeld (PG 2; PG 3 for grades
    3 to 5) deducted for care at home. Paragraphs and sources are in the parameters."""

    volljaehrig: Satz
    minderjaehrig: Satz
    ab_alter: tuple[tuple[str, Satz], ...] = ()
    mindestalter: str | None = None
    heim: str | None = None
    pflege: tuple[str, str] | None = None
    volle_euro: bool = False


BH_V, BH_M = "blindenhilfe_volljaehrig", "blindenhilfe_minderjaehrig"
BY_SATZ = Satz("landesblindengeld_by_anteil", BH_V)
BE_SATZ = Satz("landesblindengeld_be_anteil", BH_V)
HH_SATZ = Satz("landesblindengeld_hh")
NI_SATZ = Satz("landesblindengeld_ni")
SN_SATZ = Satz("landesblindengeld_sn")
TH_SATZ = Satz("landesblindengeld_th")
LANDESBLINDENGELD = {
    Bundesland.BW: LandesRegel(
        Satz("landesblindengeld_bw_volljaehrig"), Satz("landesblindengeld_bw_minderjaehrig")
    ),
    Bundesland.BY: LandesRegel(BY_SATZ, BY_SATZ, volle_euro=True),
    Bundesland.BE: LandesRegel(BE_SATZ, BE_SATZ, heim="landesblindengeld_be_heim_anteil"),
    Bundesland.BB: LandesRegel(
        Satz("landesblindengeld_bb_volljaehrig"), Satz("landesblindengeld_bb_minderjaehrig")
    ),
    Bundesland.HB: LandesRegel(
        Satz("landesblindengeld_hb_volljaehrig"),
        Satz("landesblindengeld_hb_minderjaehrig"),
        mindestalter="landesblindengeld_hb_mindestalter",
    ),
    Bundesland.HH: LandesRegel(HH_SATZ, HH_SATZ),
    Bundesland.HE: LandesRegel(
        Satz("landesblindengeld_he_anteil", BH_V),
        Satz("landesblindengeld_he_minderjaehrig_anteil", BH_M),
    ),
    Bundesland.MV: LandesRegel(
        Satz("landesblindengeld_mv_volljaehrig"), Satz("landesblindengeld_mv_minderjaehrig")
    ),
    Bundesland.NI: LandesRegel(NI_SATZ, NI_SATZ),
    Bundesland.NW: LandesRegel(
        Satz("landesblindengeld_nw_anteil", BH_V),
        Satz("landesblindengeld_nw_minderjaehrig_anteil", BH_M),
        ab_alter=(("landesblindengeld_nw_ab_alter", Satz("landesblindengeld_nw_ab_60")),),
    ),
    Bundesland.RP: LandesRegel(
        Satz("landesblindengeld_rp_volljaehrig"),
        Satz("landesblindengeld_rp_minderjaehrig"),
        heim="landesblindengeld_rp_heim_anteil",
        pflege=(
            "landesblindengeld_rp_anrechnung_pg2_anteil",
            "landesblindengeld_rp_anrechnung_pg3_anteil",
        ),
    ),
    Bundesland.SL: LandesRegel(
        Satz("landesblindengeld_sl_volljaehrig"), Satz("landesblindengeld_sl_minderjaehrig")
    ),
    Bundesland.SN: LandesRegel(
        SN_SATZ,
        Satz("landesblindengeld_sn_unter_14"),
        ab_alter=(("landesblindengeld_sn_ab_alter", SN_SATZ),),
        mindestalter="landesblindengeld_sn_mindestalter",
        heim="landesblindengeld_sn_heim_anteil",
    ),
    Bundesland.ST: LandesRegel(
        Satz("landesblindengeld_st_volljaehrig"),
        Satz("landesblindengeld_st_minderjaehrig"),
        heim="landesblindengeld_st_heim_anteil",
    ),
    Bundesland.SH: LandesRegel(
        Satz("landesblindengeld_sh_volljaehrig"), Satz("landesblindengeld_sh_minderjaehrig")
    ),
    Bundesland.TH: LandesRegel(TH_SATZ, TH_SATZ),
}


def _landes_satz(
    regel: LandesRegel, alter: int | None, on: date
) -> tuple[Satz, list[ParameterValue]]:
    """The amount that applies at this age (without a birth date: an adult), and the age
    parameters read to choose it."""
    gelesen = [param("volljaehrigkeit_alter", on)]
    satz = (
        regel.minderjaehrig if alter is not None and alter < gelesen[0].value else regel.volljaehrig
    )
    for alter_key, ab in regel.ab_alter:
        grenze = param(alter_key, on)
        gelesen.append(grenze)
        if alter is not None and alter >= grenze.value:
            satz = ab
    return satz, gelesen


def landesblindengeld(
    bundesland: Bundesland | None,
    alter: int | None,
    pflegegrad: int | None,
    zuhause: bool,
    einrichtung: bool,
    on: date,
) -> ExplainedAmount | None:
    """The Land's Blindengeld (Landesblindengeldgesetz), one rule for the 16 tables in
    LANDESBLINDENGELD: a fixed amount by date, or a share of the Blindenhilfe (§ 72 Abs. 2
    SGB XII), e.g. Bayern "85 % des sich jeweils aus § 72 Abs. 2 SGB XII für Volljährige
    ergebenden Betrags ...; ein nicht auf volle Euro errechneter Betrag ist von 0,50 € an
    aufzurunden" (Art. 2 Abs. 1 BayBlindG), NRW the Blindenhilfe itself until 60 (§ 2 Abs. 1
    GHBG). Where modelled: reduced in an Einrichtung (e.g. half, § 4 Abs. 1 Satz 2 LPflGG
    Berlin) and the Pflegegeld share deducted for care at home (Rheinland-Pfalz: 46 % of the
    PG 2 Pflegegeld, 33 % of the PG 3 Pflegegeld for grades 3 to 5). None while the Land is
    not given: the screen asks for it."""
    if bundesland is None:
        return None
    regel = LANDESBLINDENGELD[bundesland]
    if regel.mindestalter is not None and alter is not None:
        mindest = param(regel.mindestalter, on)
        if alter < mindest.value:
            return ExplainedAmount(
                value=_monat(ZERO),
                legal_basis=mindest.legal_basis,
                steps=(
                    Step(
                        rule="blind.landesblindengeld",
                        message=N_("step.blind.land_mindestalter"),
                        values={"alter": Count(value=int(mindest.value), unit="years")},
                        legal_basis=mindest.legal_basis,
                        parameters=uses(mindest),
                    ),
                ),
            )
    satz, gelesen = _landes_satz(regel, alter, on)
    wert = param(satz.key, on)
    if satz.basis is None:
        betrag = wert.value
        steps = [
            Step(
                rule="blind.landesblindengeld",
                message=N_("step.blind.landesblindengeld"),
                values={"betrag": _monat(betrag)},
                legal_basis=wert.legal_basis,
                parameters=uses(wert, *gelesen),
            )
        ]
    else:
        basis = param(satz.basis, on)
        roh = basis.value * wert.value
        betrag = (
            roh.quantize(Decimal(1), rounding=ROUND_HALF_UP) if regel.volle_euro else _cent(roh)
        )
        steps = [
            Step(
                rule="blind.landesblindengeld",
                message=N_("step.blind.landesblindengeld_by")
                if regel.volle_euro
                else N_("step.blind.landesblindengeld_anteil"),
                values={
                    "anteil": Share(value=wert.value),
                    "blindenhilfe": _monat(basis.value),
                    "betrag": _monat(betrag),
                },
                legal_basis=wert.legal_basis,
                parameters=uses(wert, basis, *gelesen),
            )
        ]
    if einrichtung and regel.heim is not None:
        heim = param(regel.heim, on)
        betrag = _cent(betrag * heim.value)
        steps.append(
            Step(
                rule="blind.land_heim",
                message=N_("step.blind.land_heim"),
                values={"anteil": Share(value=heim.value), "betrag": _monat(betrag)},
                legal_basis=heim.legal_basis,
                parameters=uses(heim),
            )
        )
    if zuhause and regel.pflege is not None and pflegegrad is not None and pflegegrad >= 2:
        anteil = param(regel.pflege[0] if pflegegrad == 2 else regel.pflege[1], on)
        pflegegeld = param(BLINDENHILFE_ANRECHNUNG[min(pflegegrad, 3)][1], on)
        anrechnung = _cent(pflegegeld.value * anteil.value)
        betrag = max(ZERO, betrag - anrechnung)
        steps.append(
            Step(
                rule="blind.land_pflege",
                message=N_("step.blind.land_pflege"),
                values={
                    "anteil": Share(value=anteil.value),
                    "pflegegeld": _monat(pflegegeld.value),
                    "anrechnung": _monat(anrechnung),
                    "betrag": _monat(betrag),
                },
                legal_basis=anteil.legal_basis,
                parameters=uses(anteil, pflegegeld),
            )
        )
    return ExplainedAmount(value=_monat(betrag), legal_basis=wert.legal_basis, steps=tuple(steps))


def blindenhilfe(
    minderjaehrig: bool,
    pflegegrad: int | None,
    zuhause: bool,
    land: ExplainedAmount | None,
    on: date,
) -> ExplainedAmount:
    """§ 72 SGB XII, the top-up where the Land pays less: "soweit sie keine gleichartigen
    Leistungen nach anderen Rechtsvorschriften erhalten" (Abs. 1 Satz 1) the Landesblindengeld
    is deducted; care at home under the SGB XI is deducted "bei Pflegebedürftigen des
    Pflegegrades 2 mit 50 Prozent des Pflegegeldes des Pflegegrades 2 und bei
    Pflegebedürftigen der Pflegegrade 3, 4 oder 5 mit 40 Prozent des Pflegegeldes des
    Pflegegrades 3, höchstens jedoch mit 50 Prozent des Betrages nach Absatz 2" (Satz 2).
    Before the means test of §§ 82 ff. SGB XII, which the screen names."""
    voll = blindenhilfe_betrag(minderjaehrig, on)
    steps = [
        Step(
            rule="blind.blindenhilfe",
            message=N_("step.blind.blindenhilfe"),
            values={"betrag": _monat(voll.value)},
            legal_basis="§ 72 Abs. 2 SGB XII",
            parameters=uses(voll),
        )
    ]
    rest = voll.value
    if zuhause and pflegegrad is not None and pflegegrad >= 2:
        anteil_key, pflegegeld_key = BLINDENHILFE_ANRECHNUNG[min(pflegegrad, 3)]
        anteil, pflegegeld = param(anteil_key, on), param(pflegegeld_key, on)
        hoechst = param("blindenhilfe_anrechnung_max_anteil", on)
        anrechnung = min(_cent(pflegegeld.value * anteil.value), _cent(voll.value * hoechst.value))
        rest -= anrechnung
        steps.append(
            Step(
                rule="blind.anrechnung_pflege",
                message=N_("step.blind.anrechnung_pflege"),
                values={
                    "pflegegeld": _monat(pflegegeld.value),
                    "anteil": Share(value=anteil.value),
                    "anrechnung": _monat(anrechnung),
                },
                legal_basis="§ 72 Abs. 1 Satz 2 SGB XII",
                parameters=uses(pflegegeld, anteil, hoechst),
            )
        )
    if land is not None:
        landesbetrag = _betrag(land)
        rest -= landesbetrag
        steps.append(
            Step(
                rule="blind.anrechnung_land",
                message=N_("step.blind.anrechnung_land"),
                values={"land": _monat(landesbetrag)},
                legal_basis="§ 72 Abs. 1 Satz 1 SGB XII",
            )
        )
    aufstockung = max(ZERO, rest)
    steps.append(
        Step(
            rule="blind.aufstockung",
            message=N_("step.blind.aufstockung")
            if land is not None
            else N_("step.blind.aufstockung_ohne_land"),
            values={"betrag": _monat(aufstockung)},
            legal_basis="§ 72 Abs. 1 SGB XII; §§ 82 ff. SGB XII",
        )
    )
    return ExplainedAmount(
        value=_monat(aufstockung), legal_basis="§ 72 SGB XII", steps=tuple(steps)
    )


class BlindengeldErgebnis(BaseModel):
    model_config = ConfigDict(frozen=True)

    bundesland: Bundesland | None
    landesblindengeld: ExplainedAmount | None
    blindenhilfe: ExplainedAmount


class SteuernErgebnis(BaseModel):
    """The tax and Ausweis screen's answer."""

    model_config = ConfigDict(frozen=True)

    schwerbehindert: ExplainedDecision
    merkzeichen: tuple[MerkzeichenZeile, ...]
    veranlagung: Veranlagung
    steuer: SteuerErgebnis | None
    wertmarke: ExplainedAmount | None
    kfz: KfzVergleich
    rundfunkbeitrag: ExplainedAmount
    blindengeld: BlindengeldErgebnis | None
    aufenthalt: ExplainedAmount
    blindenhilfe_aufenthalt: ExplainedAmount | None


def blindengeld(
    merkzeichen: tuple[Merkzeichen, ...],
    bundesland: Bundesland | None,
    alter: int | None,
    pflegegrad: int | None,
    zuhause: bool,
    einrichtung: bool,
    on: date,
) -> BlindengeldErgebnis | None:
    """Landesblindengeld and the Blindenhilfe top-up for blind people (Bl or TBl); alter in
    completed years, None without a birth date (then an adult)."""
    if not any(m in merkzeichen for m in BLIND):
        return None
    minderjaehrig = alter is not None and alter < param("volljaehrigkeit_alter", on).value
    land = landesblindengeld(bundesland, alter, pflegegrad, zuhause, einrichtung, on)
    return BlindengeldErgebnis(
        bundesland=bundesland,
        landesblindengeld=land,
        blindenhilfe=blindenhilfe(minderjaehrig, pflegegrad, zuhause, land, on),
    )

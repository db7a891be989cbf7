"""Residence status and care: Hilfe zur Pflege, and with it the Grundsicherung and the
Blindenhilfe (§ 23 SGB XII), and the Pflegeversicherung, which follows the
Krankenversicherung (membership decides, not citizenship).

Checked against the law: § 23 Abs. 1 Satz 1 SGB XII lists Hilfe zur Pflege among the
benefits owed to every foreigner actually present (not at discretion; discretion, Satz 3,
is for the rest of the SGB XII, e.g. Blindenhilfe). The Ratgeber's 18 months (Kapitel E)
are 36 since 27.2.2024 (engine/asyl/asyl.toml).
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from engine.asyl.rules import (
    Aufenthaltsstatus,
    analogleistungen,
    asylblg_berechtigt,
    deutsch,
    ist_deutsch,
    ist_eu,
    nicht_gefragt,
    status_ergebnis,
    status_of,
)
from engine.explain import N_, Count, ExplainedAmount, ExplainedDecision, Step, uses
from engine.household import Aufenthalt, Aufenthaltsdokument, Aufenthaltszweck, Krankenversicherung
from engine.parameters import param
from engine.pflege.leistungen import Leistung, PflegeLeistungen

HZP_BASIS = "§ 23 SGB XII"
PV_BASIS = "§ 1 Abs. 2 SGB XI"

# Kapitel 2 Abschnitt 5 AufenthG (humanitarian titles): § 23 Abs. 3 Satz 2 SGB XII exempts
# them from the first three months' exclusion.
_HUMANITAER = (
    Aufenthaltszweck.schutz,
    Aufenthaltszweck.humanitaer,
    Aufenthaltszweck.ausreisehindernis,
)
_OHNE_RECHT = (Aufenthaltszweck.arbeitsuche, Aufenthaltszweck.kein_aufenthaltsrecht)
# Purposes after which a stay is, as a rule, expected to last (§ 23 Abs. 1 Satz 4 SGB XII).
_DAUERHAFT = (
    Aufenthaltszweck.erwerbstaetigkeit,
    Aufenthaltszweck.familiaer,
    Aufenthaltszweck.schutz,
    Aufenthaltszweck.humanitaer,
)


def _humanitaer(aufenthalt: Aufenthalt) -> bool:
    return aufenthalt.dokument is Aufenthaltsdokument.voruebergehender_schutz or (
        aufenthalt.dokument is Aufenthaltsdokument.aufenthaltserlaubnis
        and aufenthalt.zweck in _HUMANITAER
    )


def _asylblg(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 23 Abs. 2 SGB XII: "Leistungsberechtigte nach § 1 des Asylbewerberleistungsgesetzes
    erhalten keine Leistungen der Sozialhilfe." After the waiting time § 2 Abs. 1 AsylbLG
    applies the SGB XII; before it only §§ 4, 6 AsylbLG."""
    analog = analogleistungen(aufenthalt, on)
    first = Step(
        rule="sozialhilfe.aufenthalt",
        message=N_("step.sozialhilfe.aufenthalt.asylblg"),
        legal_basis="§ 23 Abs. 2 SGB XII",
    )
    if analog.value:
        return status_ergebnis(
            Aufenthaltsstatus.analog,
            "§ 23 Abs. 2 SGB XII; § 2 Abs. 1 AsylbLG",
            (first, *analog.steps),
        )
    return status_ergebnis(
        Aufenthaltsstatus.ausgeschlossen,
        "§ 23 Abs. 2 SGB XII",
        (
            first,
            Step(
                rule="sozialhilfe.aufenthalt",
                message=N_("step.aufenthalt.paragraph6_pflege"),
                legal_basis="§§ 4, 6 Abs. 1 AsylbLG",
            ),
            *analog.steps,
        ),
    )


def _ausschluss(aufenthalt: Aufenthalt, on: date, nur_ermessen: bool) -> ExplainedAmount | None:
    """§ 23 Abs. 3 Satz 1 SGB XII: no Sozialhilfe "1. … für die ersten drei Monate ihres
    Aufenthalts" (unless they work or are freizügigkeitsberechtigt under § 2 Abs. 3
    FreizügG/EU; Satz 2: not for humanitarian titles), "2. wenn sie kein Aufenthaltsrecht
    haben oder sich ihr Aufenthaltsrecht allein aus dem Zweck der Arbeitsuche ergibt".
    Satz 7: after five years' stay "erhalten [sie] Leistungen nach Absatz 1 Satz 1 und 2"
    — Hilfe zum Lebensunterhalt, Hilfe zur Pflege, Grundsicherung; a benefit given only at
    discretion (Abs. 1 Satz 3, e.g. Blindenhilfe) stays excluded. None: no exclusion."""
    monate = aufenthalt.monate_in_deutschland
    verfestigung = param("sozialhilfe_verfestigung_jahre", on)
    jahre = int(verfestigung.value)
    fuenf_jahre = monate is not None and monate >= 12 * jahre
    if aufenthalt.zweck in _OHNE_RECHT and (nur_ermessen or not fuenf_jahre):
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            "§ 23 Abs. 3 Satz 1 Nr. 2 SGB XII",
            (
                Step(
                    rule="sozialhilfe.aufenthalt",
                    message=N_("step.sozialhilfe.aufenthalt.ohne_recht_ermessen")
                    if nur_ermessen
                    else N_("step.sozialhilfe.aufenthalt.ohne_recht"),
                    values={"jahre": Count(value=jahre, unit="years")},
                    legal_basis="§ 23 Abs. 3 Satz 1 Nr. 2, Satz 3 bis 7 SGB XII",
                    parameters=uses(verfestigung),
                ),
            ),
        )
    frist = param("sozialhilfe_ausschluss_monate", on)
    if (
        monate is not None
        and monate < int(frist.value)
        and aufenthalt.erwerbstaetig is not True
        and not _humanitaer(aufenthalt)
    ):
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            "§ 23 Abs. 3 Satz 1 Nr. 1 SGB XII",
            (
                Step(
                    rule="sozialhilfe.aufenthalt",
                    message=N_("step.sozialhilfe.aufenthalt.erste_monate"),
                    values={
                        "monate": Count(value=monate, unit="months"),
                        "frist": Count(value=int(frist.value), unit="months"),
                    },
                    legal_basis="§ 23 Abs. 3 Satz 1 Nr. 1 SGB XII",
                    parameters=uses(frist),
                ),
            ),
        )
    return None


def _verfestigt(aufenthalt: Aufenthalt) -> bool:
    """§ 23 Abs. 1 Satz 4 SGB XII: a Niederlassungserlaubnis, or a befristeter
    Aufenthaltstitel with an expected permanent stay; EU citizens with a right of residence
    are treated alike (Ratgeber Kapitel K, Art. 24 RL 2004/38/EG)."""
    if ist_eu(aufenthalt):
        return True
    if aufenthalt.dokument in (
        Aufenthaltsdokument.niederlassungserlaubnis,
        Aufenthaltsdokument.daueraufenthalt_eu,
        Aufenthaltsdokument.voruebergehender_schutz,
    ):
        return True
    return (
        aufenthalt.dokument is Aufenthaltsdokument.aufenthaltserlaubnis
        and aufenthalt.zweck in _DAUERHAFT
    )


def _sozialhilfe(aufenthalt: Aufenthalt, on: date, nur_ermessen: bool) -> ExplainedAmount:
    """§ 23 SGB XII for one benefit: owed (Abs. 1 Satz 1, 2) or, for the other chapters,
    at discretion without a settled status (Satz 3, 4); excluded by Abs. 2 and 3."""
    if not aufenthalt.gefragt:
        return nicht_gefragt(HZP_BASIS)
    if ist_deutsch(aufenthalt):
        return deutsch(HZP_BASIS)
    if asylblg_berechtigt(aufenthalt):
        return _asylblg(aufenthalt, on)
    ausschluss = _ausschluss(aufenthalt, on, nur_ermessen)
    if ausschluss is not None:
        return ausschluss
    if nur_ermessen and not _verfestigt(aufenthalt):
        status, message, basis = (
            Aufenthaltsstatus.ermessen,
            N_("step.sozialhilfe.aufenthalt.ermessen"),
            "§ 23 Abs. 1 Satz 3 SGB XII",
        )
    elif nur_ermessen:
        status, message, basis = (
            Aufenthaltsstatus.anspruch,
            N_("step.sozialhilfe.aufenthalt.verfestigt"),
            "§ 23 Abs. 1 Satz 4 SGB XII",
        )
    else:
        status, message, basis = (
            Aufenthaltsstatus.anspruch,
            N_("step.sozialhilfe.aufenthalt.anspruch"),
            "§ 23 Abs. 1 Satz 1, 2 SGB XII",
        )
    return status_ergebnis(
        status, basis, (Step(rule="sozialhilfe.aufenthalt", message=message, legal_basis=basis),)
    )


def hilfe_zur_pflege_aufenthalt(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 23 Abs. 1 Satz 1 SGB XII: "Ausländern, die sich im Inland tatsächlich aufhalten, ist
    … Hilfe zur Pflege nach diesem Buch zu leisten" — owed, with the exclusions of Abs. 2, 3."""
    return _sozialhilfe(aufenthalt, on, nur_ermessen=False)


def grundsicherung_aufenthalt(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 23 Abs. 1 Satz 2 SGB XII: "Die Vorschriften des Vierten Kapitels bleiben unberührt"
    — the Grundsicherung is owed like to Germans, with the exclusions of Abs. 2, 3."""
    return _sozialhilfe(aufenthalt, on, nur_ermessen=False)


def blindenhilfe_aufenthalt(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 23 Abs. 1 Satz 3 SGB XII: "Im Übrigen kann Sozialhilfe geleistet werden, soweit dies
    im Einzelfall gerechtfertigt ist" — Blindenhilfe (§ 72) at discretion, owed only with a
    settled status (Satz 4); the exclusions of Abs. 2, 3 apply."""
    return _sozialhilfe(aufenthalt, on, nur_ermessen=True)


def pflegeversicherung_aufenthalt(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 1 Abs. 2 SGB XI: "In den Schutz der sozialen Pflegeversicherung sind kraft Gesetzes
    alle einbezogen, die in der gesetzlichen Krankenversicherung versichert sind"; the
    privately insured must take out private Pflegeversicherung (§ 23 SGB XI). Benefits need
    two years of insurance in the last ten (§ 33 Abs. 2 Satz 1 Nr. 6 SGB XI; a family-insured
    child counts a parent's, Satz 3). § 264 Abs. 2 SGB V and §§ 4, 6 AsylbLG are no
    insurance: care then comes from the Sozialamt."""
    kasse = aufenthalt.krankenversicherung
    if not aufenthalt.gefragt or kasse is None:
        return nicht_gefragt(PV_BASIS)
    if kasse in (Krankenversicherung.gesetzlich, Krankenversicherung.privat):
        vorversicherung = param("pflegeversicherung_vorversicherung_jahre", on)
        monate = aufenthalt.monate_in_deutschland
        jahre = int(vorversicherung.value)
        if monate is not None and monate < 12 * jahre and not ist_deutsch(aufenthalt):
            return status_ergebnis(
                Aufenthaltsstatus.pruefen,
                "§ 33 Abs. 2 SGB XI",
                (
                    Step(
                        rule="pv.aufenthalt",
                        message=N_("step.pv.aufenthalt.vorversicherung"),
                        values={
                            "jahre": Count(value=jahre, unit="years"),
                            "monate": Count(value=monate, unit="months"),
                        },
                        legal_basis="§ 33 Abs. 2 Satz 1 Nr. 6, Satz 3 SGB XI",
                        parameters=uses(vorversicherung),
                    ),
                ),
            )
        return status_ergebnis(
            Aufenthaltsstatus.anspruch,
            PV_BASIS,
            (
                Step(
                    rule="pv.aufenthalt",
                    message=N_("step.pv.aufenthalt.versichert"),
                    legal_basis="§ 1 Abs. 2 SGB XI; § 23 SGB XI",
                ),
            ),
        )
    if kasse is Krankenversicherung.sozialamt:
        message, basis = (
            N_("step.pv.aufenthalt.paragraph264"),
            "§ 264 Abs. 2 SGB V; § 2 AsylbLG; §§ 61 ff. SGB XII",
        )
    elif kasse is Krankenversicherung.asylblg:
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            PV_BASIS,
            (
                Step(
                    rule="pv.aufenthalt",
                    message=N_("step.pv.aufenthalt.asylblg"),
                    legal_basis="§§ 4, 6 Abs. 1 AsylbLG",
                ),
                *analogleistungen(aufenthalt, on).steps,
            ),
        )
    else:
        message, basis = N_("step.pv.aufenthalt.keine"), "§ 5 Abs. 1 Nr. 13 SGB V; § 193 Abs. 3 VVG"
    return status_ergebnis(
        Aufenthaltsstatus.ausgeschlossen,
        PV_BASIS,
        (Step(rule="pv.aufenthalt", message=message, legal_basis=basis),),
    )


# Who pays a care benefit, read from where it is applied for: the Pflegekasse (or the
# Pflegedienst it pays) for SGB XI benefits, the Krankenkasse for SGB V benefits.
PFLEGEKASSE = frozenset({"stelle.pflegekasse", "stelle.pflegedienst"})
KRANKENKASSE = frozenset({"stelle.krankenkasse"})


class Kostentraeger(BaseModel):
    """Per benefit group, who pays when the household is not gesetzlich versichert: value
    False means the benefit does not apply and the steps say what applies instead; True
    that it applies, paid by ``stelle``. None: as the benefit itself says."""

    model_config = ConfigDict(frozen=True)

    pflegekasse: ExplainedDecision | None
    krankenkasse: ExplainedDecision | None
    stelle_pflegekasse: str | None = None
    stelle_krankenkasse: str | None = None


def _entscheidung(value: bool, basis: str, message: str, *weitere: Step) -> ExplainedDecision:
    return ExplainedDecision(
        value=value,
        legal_basis=basis,
        steps=(Step(rule="pflege.kostentraeger", message=message, legal_basis=basis), *weitere),
    )


def _statt_pflegeversicherung(aufenthalt: Aufenthalt, on: date) -> ExplainedDecision:
    """What replaces the SGB XI benefits for someone outside the Pflegeversicherung
    (§ 1 Abs. 2 SGB XI): Hilfe zur Pflege (§§ 61 ff. SGB XII) as far as § 23 SGB XII allows
    it; under the AsylbLG before the waiting time only § 4 (acute illness, pain) and, at
    discretion, § 6 Abs. 1 AsylbLG; after it Hilfe zur Pflege entsprechend (§ 2 Abs. 1
    AsylbLG)."""
    hzp = hilfe_zur_pflege_aufenthalt(aufenthalt, on)
    status = status_of(hzp)
    if status is Aufenthaltsstatus.analog:
        return _entscheidung(
            False,
            "§ 1 Abs. 2 SGB XI; § 2 Abs. 1 AsylbLG; §§ 61 ff. SGB XII",
            N_("step.pflege.kostentraeger.analog"),
        )
    if status is Aufenthaltsstatus.ausgeschlossen and asylblg_berechtigt(aufenthalt):
        return _entscheidung(
            False,
            "§ 1 Abs. 2 SGB XI; §§ 4, 6 Abs. 1 AsylbLG",
            N_("step.pflege.kostentraeger.asylblg"),
            *analogleistungen(aufenthalt, on).steps,
        )
    if status is Aufenthaltsstatus.ausgeschlossen:
        return _entscheidung(
            False,
            "§ 1 Abs. 2 SGB XI; § 23 SGB XII",
            N_("step.pflege.kostentraeger.keine_hzp"),
            *hzp.steps,
        )
    return _entscheidung(
        False, "§ 1 Abs. 2 SGB XI; §§ 61 ff. SGB XII", N_("step.pflege.kostentraeger.hzp")
    )


def kostentraeger(aufenthalt: Aufenthalt, on: date) -> Kostentraeger:
    """§ 1 Abs. 2 SGB XI with § 23 SGB XI, § 264 SGB V, §§ 4, 6 AsylbLG: who pays the care
    benefits by the household's Krankenversicherung.

    - gesetzlich, or not asked: the Pflegekasse and the Krankenkasse, as each benefit says.
    - privat: the private Pflege-Pflichtversicherung pays the same benefits "nach Art und
      Umfang gleichwertig", Sachleistungen as Kostenerstattung of the same amount (§ 23
      Abs. 1 Satz 2, 3 SGB XI); SGB V benefits do not apply, the tariff decides (§ 192 VVG).
    - § 264 Abs. 2 SGB V (card from the Sozialamt, also AsylbLG after the waiting time): no
      Pflegeversicherung, Hilfe zur Pflege instead; SGB V benefits as for the insured
      (Abs. 2 Satz 1, Abs. 4 with § 11 Abs. 1), the Krankenkasse is repaid by the
      Sozialamt (§ 264 Abs. 7 SGB V).
    - AsylbLG (§§ 4, 6): neither; what the Sozialamt pays under §§ 4, 6 AsylbLG.
    - none: neither; Hilfe zur Pflege as far as § 23 SGB XII allows it.
    """
    kasse = aufenthalt.krankenversicherung
    if not aufenthalt.gefragt or kasse in (None, Krankenversicherung.gesetzlich):
        return Kostentraeger(pflegekasse=None, krankenkasse=None)
    if kasse is Krankenversicherung.privat:
        return Kostentraeger(
            pflegekasse=_entscheidung(
                True, "§ 23 Abs. 1 SGB XI", N_("step.pflege.kostentraeger.privat")
            ),
            krankenkasse=_entscheidung(
                False, "§ 192 VVG", N_("step.pflege.kostentraeger.privat_kv")
            ),
            stelle_pflegekasse=N_("stelle.private_pflegeversicherung"),
            stelle_krankenkasse=N_("stelle.private_krankenversicherung"),
        )
    karte = kasse is Krankenversicherung.sozialamt or (
        kasse is Krankenversicherung.asylblg and analogleistungen(aufenthalt, on).value
    )
    if karte:
        krankenkasse = _entscheidung(
            True, "§ 264 Abs. 2, 4 SGB V", N_("step.pflege.kostentraeger.karte_kv")
        )
        stelle_kk = None
    elif kasse is Krankenversicherung.asylblg:
        krankenkasse = _entscheidung(
            False, "§§ 4, 6 Abs. 1 AsylbLG", N_("step.pflege.kostentraeger.asylblg_kv")
        )
        stelle_kk = N_("stelle.sozialamt")
    else:
        krankenkasse = _entscheidung(
            False, "§ 5 Abs. 1 Nr. 13 SGB V; § 193 Abs. 3 VVG", N_("step.pv.aufenthalt.keine")
        )
        stelle_kk = None
    return Kostentraeger(
        pflegekasse=_statt_pflegeversicherung(aufenthalt, on),
        krankenkasse=krankenkasse,
        stelle_pflegekasse=N_("stelle.sozialamt"),
        stelle_krankenkasse=stelle_kk,
    )


def zuordnen(leistungen: tuple[Leistung, ...], traeger: Kostentraeger) -> tuple[Leistung, ...]:
    """Each benefit with :func:`kostentraeger`'s answer for its group (SGB XI benefits
    through the Pflegekasse, SGB V through the Krankenkasse), and where to apply instead."""
    gruppen = (
        (PFLEGEKASSE, traeger.pflegekasse, traeger.stelle_pflegekasse),
        (KRANKENKASSE, traeger.krankenkasse, traeger.stelle_krankenkasse),
    )
    result = []
    for item in leistungen:
        for stellen, entscheidung, stelle in gruppen:
            if item.stelle in stellen and entscheidung is not None:
                item = item.model_copy(
                    update={"kostentraeger": entscheidung, "stelle": stelle or item.stelle}
                )
        result.append(item)
    return tuple(result)


def leistungen_nach_versicherung(
    leistungen: PflegeLeistungen, aufenthalt: Aufenthalt, on: date
) -> PflegeLeistungen:
    """The care screen's benefits, each group through :func:`zuordnen`."""
    traeger = kostentraeger(aufenthalt, on)
    return leistungen.model_copy(
        update={
            name: zuordnen(getattr(leistungen, name), traeger)
            for name in ("leistungen", "ersatzpflege", "krankenkasse", "pflegeperson")
        }
    )

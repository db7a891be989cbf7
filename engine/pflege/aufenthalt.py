"""Residence status and care: Hilfe zur Pflege (§ 23 SGB XII) and the Pflegeversicherung,
which follows the Krankenversicherung (membership decides, not citizenship).

Checked against the law: § 23 Abs. 1 Satz 1 SGB XII lists Hilfe zur Pflege among the
benefits owed to every foreigner actually present (not at discretion; discretion, Satz 3,
is for the rest of the SGB XII, e.g. Blindenhilfe). The Ratgeber's 18 months (Kapitel E)
are 36 since 27.2.2024 (engine/asyl/asyl.toml).
"""

from __future__ import annotations

from datetime import date

from engine.asyl.rules import (
    Aufenthaltsstatus,
    analogleistungen,
    asylblg_berechtigt,
    deutsch,
    ist_deutsch,
    nicht_gefragt,
    status_ergebnis,
)
from engine.explain import N_, Count, ExplainedAmount, Step, uses
from engine.household import Aufenthalt, Aufenthaltsdokument, Aufenthaltszweck, Krankenversicherung
from engine.parameters import param

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


def _humanitaer(aufenthalt: Aufenthalt) -> bool:
    return aufenthalt.dokument is Aufenthaltsdokument.voruebergehender_schutz or (
        aufenthalt.dokument is Aufenthaltsdokument.aufenthaltserlaubnis
        and aufenthalt.zweck in _HUMANITAER
    )


def _hzp_asylblg(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 23 Abs. 2 SGB XII: "Leistungsberechtigte nach § 1 des Asylbewerberleistungsgesetzes
    erhalten keine Leistungen der Sozialhilfe." After the waiting time § 2 Abs. 1 AsylbLG
    applies the SGB XII, Hilfe zur Pflege included; before it only §§ 4, 6 AsylbLG."""
    analog = analogleistungen(aufenthalt, on)
    first = Step(
        rule="hzp.aufenthalt",
        message=N_("step.hzp.aufenthalt.asylblg"),
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
                rule="hzp.aufenthalt",
                message=N_("step.aufenthalt.paragraph6_pflege"),
                legal_basis="§§ 4, 6 Abs. 1 AsylbLG",
            ),
            *analog.steps,
        ),
    )


def hilfe_zur_pflege_aufenthalt(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 23 SGB XII: Hilfe zur Pflege for foreigners.

    Abs. 1 Satz 1: owed to foreigners "die sich im Inland tatsächlich aufhalten". Abs. 2:
    not to AsylbLG-Leistungsberechtigte. Abs. 3 Satz 1: not "1. … für die ersten drei Monate
    ihres Aufenthalts" (unless they work or are freizügigkeitsberechtigt under § 2 Abs. 3
    FreizügG/EU; Satz 2: not for humanitarian titles), "2. wenn sie kein Aufenthaltsrecht
    haben oder sich ihr Aufenthaltsrecht allein aus dem Zweck der Arbeitsuche ergibt"."""
    if not aufenthalt.gefragt:
        return nicht_gefragt(HZP_BASIS)
    if ist_deutsch(aufenthalt):
        return deutsch(HZP_BASIS)
    if asylblg_berechtigt(aufenthalt):
        return _hzp_asylblg(aufenthalt, on)
    if aufenthalt.zweck in _OHNE_RECHT:
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            "§ 23 Abs. 3 Satz 1 Nr. 2 SGB XII",
            (
                Step(
                    rule="hzp.aufenthalt",
                    message=N_("step.hzp.aufenthalt.ohne_recht"),
                    legal_basis="§ 23 Abs. 3 Satz 1 Nr. 2, Satz 3 bis 7 SGB XII",
                ),
            ),
        )
    frist = param("sozialhilfe_ausschluss_monate", on)
    monate = aufenthalt.monate_in_deutschland
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
                    rule="hzp.aufenthalt",
                    message=N_("step.hzp.aufenthalt.erste_monate"),
                    values={
                        "monate": Count(value=monate, unit="months"),
                        "frist": Count(value=int(frist.value), unit="months"),
                    },
                    legal_basis="§ 23 Abs. 3 Satz 1 Nr. 1 SGB XII",
                    parameters=uses(frist),
                ),
            ),
        )
    return status_ergebnis(
        Aufenthaltsstatus.anspruch,
        "§ 23 Abs. 1 Satz 1 SGB XII",
        (
            Step(
                rule="hzp.aufenthalt",
                message=N_("step.hzp.aufenthalt.anspruch"),
                legal_basis="§ 23 Abs. 1 Satz 1 SGB XII",
            ),
        ),
    )


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

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

from engine.asyl.rules import (
    Aufenthaltsstatus,
    analogleistungen,
    asylblg_berechtigt,
    deutsch,
    ist_deutsch,
    ist_eu,
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


def _ausschluss(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount | None:
    """§ 23 Abs. 3 Satz 1 SGB XII: no Sozialhilfe "1. … für die ersten drei Monate ihres
    Aufenthalts" (unless they work or are freizügigkeitsberechtigt under § 2 Abs. 3
    FreizügG/EU; Satz 2: not for humanitarian titles), "2. wenn sie kein Aufenthaltsrecht
    haben oder sich ihr Aufenthaltsrecht allein aus dem Zweck der Arbeitsuche ergibt".
    Satz 7: Nr. 2 does not apply after five years' stay. None: no exclusion."""
    monate = aufenthalt.monate_in_deutschland
    verfestigung = param("sozialhilfe_verfestigung_jahre", on)
    jahre = int(verfestigung.value)
    if aufenthalt.zweck in _OHNE_RECHT and (monate is None or monate < 12 * jahre):
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            "§ 23 Abs. 3 Satz 1 Nr. 2 SGB XII",
            (
                Step(
                    rule="sozialhilfe.aufenthalt",
                    message=N_("step.sozialhilfe.aufenthalt.ohne_recht"),
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
    ausschluss = _ausschluss(aufenthalt, on)
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

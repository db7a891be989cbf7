"""Residence status on the work screen: the Bürgergeld (§ 7 Abs. 1 Satz 2 SGB II) and the
path into work — the Eingliederungshilfe's (§ 100 SGB IX, decided by the integration-aid
engine) or another Träger's."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict

from engine.arbeit.scenario import Arbeitsweg
from engine.arbeit.werkstatt import TRAEGER
from engine.asyl.rules import (
    Aufenthaltsstatus,
    analogleistungen,
    asylblg_berechtigt,
    deutsch,
    ist_deutsch,
    nicht_gefragt,
    status_ergebnis,
)
from engine.eingliederungshilfe.aufenthalt import eingliederungshilfe_aufenthalt
from engine.explain import N_, Count, ExplainedAmount, Step, uses
from engine.household import Aufenthalt, Aufenthaltsdokument, Aufenthaltszweck
from engine.parameters import param

LEGAL_BASIS = "§ 7 SGB II"
# § 24 AufenthG holders moved from the AsylbLG to the SGB II on 1.6.2022 (§ 74 SGB II,
# Rechtskreiswechsel), before the first date the data covers (1.1.2023).
_HUMANITAER = (
    Aufenthaltszweck.schutz,
    Aufenthaltszweck.humanitaer,
    Aufenthaltszweck.ausreisehindernis,
)


def _ergebnis(status: Aufenthaltsstatus, message: str, basis: str) -> ExplainedAmount:
    return status_ergebnis(
        status, basis, (Step(rule="buergergeld.aufenthalt", message=message, legal_basis=basis),)
    )


def _statt_asylblg(aufenthalt: Aufenthalt, on: date) -> tuple[Step, ...]:
    """What applies instead of the Bürgergeld under the AsylbLG: the Grundleistungen of
    § 3 AsylbLG from the Sozialamt, and after the waiting time of § 2 Abs. 1 AsylbLG the
    Analogleistungen (the SGB XII applied "entsprechend")."""
    return (
        Step(
            rule="buergergeld.aufenthalt",
            message=N_("step.buergergeld.aufenthalt.asylblg_statt"),
            legal_basis="§§ 1, 3 AsylbLG",
        ),
        *analogleistungen(aufenthalt, on).steps,
    )


def _statt_ueberbrueckung(basis: str) -> Step:
    """§ 23 Abs. 3 Satz 3 to 6 SGB XII: a foreigner excluded from the Bürgergeld and the
    Sozialhilfe in the first months or without a right of residence gets, once in two
    years, Überbrückungsleistungen for at most one month (more in a hardship, Satz 6); the
    Ausländerbehörde answers questions about the right of residence."""
    return Step(
        rule="buergergeld.aufenthalt",
        message=N_("step.buergergeld.aufenthalt.ueberbrueckung"),
        legal_basis=basis,
    )


def buergergeld_aufenthalt(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 7 Abs. 1 Satz 2 SGB II: excluded are "1. Ausländerinnen und Ausländer, die weder
    … Arbeitnehmerinnen, Arbeitnehmer oder Selbständige noch aufgrund des § 2 Absatz 3 des
    Freizügigkeitsgesetzes/EU freizügigkeitsberechtigt sind, … für die ersten drei Monate
    ihres Aufenthalts, 2. … a) die kein Aufenthaltsrecht haben oder b) deren
    Aufenthaltsrecht sich allein aus dem Zweck der Arbeitsuche ergibt, … 3.
    Leistungsberechtigte nach § 1 des Asylbewerberleistungsgesetzes". Satz 3: Nr. 1 does
    not apply to titles of Kapitel 2 Abschnitt 5 AufenthG (humanitarian). Satz 4: Nr. 2 does
    not apply after five years of habitual residence."""
    if not aufenthalt.gefragt:
        return nicht_gefragt(LEGAL_BASIS)
    if ist_deutsch(aufenthalt):
        return deutsch(LEGAL_BASIS)
    if aufenthalt.dokument is Aufenthaltsdokument.voruebergehender_schutz:
        return _ergebnis(
            Aufenthaltsstatus.anspruch,
            N_("step.buergergeld.aufenthalt.ukraine"),
            "§ 7 Abs. 1 SGB II; § 74 SGB II",
        )
    if asylblg_berechtigt(aufenthalt):
        basis = "§ 7 Abs. 1 Satz 2 Nr. 3 SGB II"
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            basis,
            (
                Step(
                    rule="buergergeld.aufenthalt",
                    message=N_("step.buergergeld.aufenthalt.asylblg"),
                    legal_basis=basis,
                ),
                *_statt_asylblg(aufenthalt, on),
            ),
        )
    monate = aufenthalt.monate_in_deutschland
    verfestigung = param("buergergeld_verfestigung_jahre", on)
    jahre = int(verfestigung.value)
    ohne_recht = aufenthalt.zweck in (
        Aufenthaltszweck.arbeitsuche,
        Aufenthaltszweck.kein_aufenthaltsrecht,
    )
    if ohne_recht and (monate is None or monate < 12 * jahre):
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            "§ 7 Abs. 1 Satz 2 Nr. 2 SGB II",
            (
                Step(
                    rule="buergergeld.aufenthalt",
                    message=N_("step.buergergeld.aufenthalt.ohne_recht"),
                    values={"jahre": Count(value=jahre, unit="years")},
                    legal_basis="§ 7 Abs. 1 Satz 2 Nr. 2, Satz 4 SGB II",
                    parameters=uses(verfestigung),
                ),
                _statt_ueberbrueckung("§ 23 Abs. 3 Satz 1 Nr. 2, Satz 3 bis 6 SGB XII"),
            ),
        )
    frist = param("buergergeld_ausschluss_monate", on)
    humanitaer = (
        aufenthalt.dokument is Aufenthaltsdokument.aufenthaltserlaubnis
        and aufenthalt.zweck in _HUMANITAER
    )
    if (
        monate is not None
        and monate < int(frist.value)
        and not aufenthalt.erwerbstaetig
        and not humanitaer
    ):
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            "§ 7 Abs. 1 Satz 2 Nr. 1 SGB II",
            (
                Step(
                    rule="buergergeld.aufenthalt",
                    message=N_("step.buergergeld.aufenthalt.erste_monate"),
                    values={"frist": Count(value=int(frist.value), unit="months")},
                    legal_basis="§ 7 Abs. 1 Satz 2 Nr. 1 SGB II",
                    parameters=uses(frist),
                ),
                _statt_ueberbrueckung("§ 23 Abs. 3 Satz 1 Nr. 1, Satz 3 bis 6 SGB XII"),
            ),
        )
    return _ergebnis(
        Aufenthaltsstatus.anspruch,
        N_("step.buergergeld.aufenthalt.anspruch"),
        "§ 7 Abs. 1 Satz 1 SGB II",
    )


class WegAufenthalt(BaseModel):
    """The residence status of the chosen path into work, with the programme it names."""

    model_config = ConfigDict(frozen=True)

    programm: str  # message key of the programme the status is about
    status: ExplainedAmount


def andere_traeger_aufenthalt(aufenthalt: Aufenthalt) -> ExplainedAmount:
    """§ 100 Abs. 2 SGB IX excludes AsylbLG recipients from the Eingliederungshilfe (Teil 2
    SGB IX) only. The Bundesagentur für Arbeit (§ 63 Abs. 1 Nr. 1 SGB IX: Eingangsverfahren
    and Berufsbildungsbereich, § 57; Budget für Ausbildung, § 61a; Berufsbildungswerk, § 51)
    and the Integrationsamt pay under Teil 1 and 3 SGB IX and the SGB III, which know no such
    exclusion. With an Aufenthaltsgestattung or a Duldung, though, a job or training needs
    the Ausländerbehörde's permission (§ 4a Abs. 4 AufenthG; § 61 AsylG; § 60a Abs. 6
    AufenthG): the Agentur and the Ausländerbehörde check it in the individual case."""
    if not aufenthalt.gefragt:
        return nicht_gefragt("§ 63 SGB IX")
    if ist_deutsch(aufenthalt):
        return deutsch("§ 63 SGB IX")
    if asylblg_berechtigt(aufenthalt):
        return _ergebnis(
            Aufenthaltsstatus.pruefen,
            N_("step.arbeit.aufenthalt.andere_traeger_asyl"),
            "§ 63 Abs. 1 Nr. 1 SGB IX; § 4a Abs. 4 AufenthG; § 61 AsylG",
        )
    return _ergebnis(
        Aufenthaltsstatus.anspruch,
        N_("step.arbeit.aufenthalt.andere_traeger"),
        "§ 63 SGB IX",
    )


def weg_aufenthalt(
    arbeitsweg: Arbeitsweg, aufenthalt: Aufenthalt, minderjaehrig: bool, on: date
) -> WegAufenthalt:
    """The path's residence status: § 100 SGB IX where the Träger der Eingliederungshilfe
    pays (Arbeitsbereich § 58, anderer Leistungsanbieter § 60, Budget für Arbeit § 61,
    Studium § 112, Tagesförderstätte § 81 SGB IX; § 111 SGB IX), else the other Träger's."""
    if TRAEGER[arbeitsweg][0] == "eingliederungshilfe":
        return WegAufenthalt(
            programm=N_("aufenthalt.programm.eingliederungshilfe"),
            status=eingliederungshilfe_aufenthalt(aufenthalt, minderjaehrig, on),
        )
    return WegAufenthalt(
        programm=N_("aufenthalt.programm.teilhabe_arbeitsleben"),
        status=andere_traeger_aufenthalt(aufenthalt),
    )

"""§ 62 EStG: Kindergeld for parents without German citizenship.

The status counted is the applying parent's (Kindergeld is the parent's claim, § 62 Abs. 1
EStG). Simplified where the law tells titles of one purpose group apart: a study or
training title counts as § 16b (Buchst. b, with work), a job-search title as § 20 Abs. 1,
2 (Buchst. a, excluded). Social security agreements (Abkommen) with Bosnien-Herzegowina,
Kosovo, Marokko, Montenegro, Serbien, Tunesien and the Türkei give employed workers
Kindergeld whatever their title.
"""

from __future__ import annotations

from datetime import date

from engine.asyl.rules import (
    Aufenthaltsstatus,
    deutsch,
    ist_deutsch,
    ist_eu,
    nicht_gefragt,
    status_ergebnis,
)
from engine.explain import N_, Count, ExplainedAmount, Step, uses
from engine.household import Aufenthalt, Aufenthaltsdokument, Aufenthaltszweck
from engine.parameters import param

LEGAL_BASIS = "§ 62 EStG"
# § 24 AufenthG was struck from § 62 Abs. 2 Nr. 2 Buchst. c EStG from 1.6.2022
# (Sofortzuschlags- und Einmalzahlungsgesetz vom 23.5.2022, BGBl. I S. 760; § 52 Abs. 49a
# Satz 3 EStG), before the first date the data covers (1.1.2023).

_MIT_ARBEITSERLAUBNIS = (
    Aufenthaltszweck.erwerbstaetigkeit,
    Aufenthaltszweck.familiaer,
    Aufenthaltszweck.schutz,
)


def _ergebnis(
    status: Aufenthaltsstatus, message: str, basis: str, **values: Count
) -> ExplainedAmount:
    return status_ergebnis(
        status,
        basis,
        (Step(rule="kindergeld.aufenthalt", message=message, values=values, legal_basis=basis),),
    )


def _eu(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 62 Abs. 1a EStG: EU citizens without income in Germany get no Kindergeld in the
    first three months; after that only with a right of free movement other than job
    search alone (§ 2 Abs. 2 Nr. 1a FreizügG/EU)."""
    if aufenthalt.erwerbstaetig:
        return _ergebnis(
            Aufenthaltsstatus.anspruch, N_("step.kindergeld.aufenthalt.eu"), "§ 62 Abs. 1a EStG"
        )
    frist = param("kindergeld_eu_ausschluss_monate", on)
    monate = aufenthalt.monate_in_deutschland
    if monate is not None and monate < int(frist.value):
        return status_ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            "§ 62 Abs. 1a Satz 1 EStG",
            (
                Step(
                    rule="kindergeld.aufenthalt",
                    message=N_("step.kindergeld.aufenthalt.eu_erste_monate"),
                    values={"frist": Count(value=int(frist.value), unit="months")},
                    legal_basis="§ 62 Abs. 1a Satz 1 EStG",
                    parameters=uses(frist),
                ),
            ),
        )
    if aufenthalt.zweck in (Aufenthaltszweck.arbeitsuche, Aufenthaltszweck.kein_aufenthaltsrecht):
        return _ergebnis(
            Aufenthaltsstatus.ausgeschlossen,
            N_("step.kindergeld.aufenthalt.eu_arbeitsuche"),
            "§ 62 Abs. 1a Satz 3 EStG",
        )
    return _ergebnis(
        Aufenthaltsstatus.anspruch, N_("step.kindergeld.aufenthalt.eu"), "§ 62 Abs. 1a EStG"
    )


def _humanitaer(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 62 Abs. 2 Nr. 2 Buchst. c, Nr. 3 EStG: a title under § 23 Abs. 1 (war), § 23a or
    § 25 Abs. 3 to 5 AufenthG gives Kindergeld only with lawful work, Elternzeit or SGB III
    benefits, or after 15 months of permitted, tolerated or allowed stay."""
    frist = param("kindergeld_humanitaer_monate", on)
    monate = aufenthalt.monate_in_deutschland
    basis = "§ 62 Abs. 2 Nr. 2 Buchst. c, Nr. 3 EStG"
    if aufenthalt.erwerbstaetig or (monate is not None and monate >= int(frist.value)):
        status, message = Aufenthaltsstatus.anspruch, N_("step.kindergeld.aufenthalt.humanitaer_ja")
    else:
        status, message = (
            Aufenthaltsstatus.ausgeschlossen,
            N_("step.kindergeld.aufenthalt.humanitaer_nein"),
        )
    return status_ergebnis(
        status,
        basis,
        (
            Step(
                rule="kindergeld.aufenthalt",
                message=message,
                values={"frist": Count(value=int(frist.value), unit="months")},
                legal_basis=basis,
                parameters=uses(frist),
            ),
        ),
    )


def kindergeld_aufenthalt(aufenthalt: Aufenthalt, on: date) -> ExplainedAmount:
    """§ 62 Abs. 2 EStG: "Ein nicht freizügigkeitsberechtigter Ausländer erhält Kindergeld
    nur, wenn er 1. eine Niederlassungserlaubnis oder eine Erlaubnis zum Daueraufenthalt-EU
    besitzt, 2. … eine Aufenthaltserlaubnis besitzt, die für einen Zeitraum von mindestens
    sechs Monaten zur Ausübung einer Erwerbstätigkeit berechtigen …", with the exceptions
    of Buchst. a to c and Nr. 3, 4 (version since 1.3.2020)."""
    if not aufenthalt.gefragt:
        return nicht_gefragt(LEGAL_BASIS)
    if ist_deutsch(aufenthalt):
        return deutsch(LEGAL_BASIS)
    if ist_eu(aufenthalt):
        return _eu(aufenthalt, on)
    if aufenthalt.abkommensstaat and aufenthalt.erwerbstaetig:
        return _ergebnis(
            Aufenthaltsstatus.anspruch,
            N_("step.kindergeld.aufenthalt.abkommen"),
            "§ 62 Abs. 2 EStG; Abkommen über Soziale Sicherheit",
        )
    dokument, zweck = aufenthalt.dokument, aufenthalt.zweck
    if dokument in (
        Aufenthaltsdokument.niederlassungserlaubnis,
        Aufenthaltsdokument.daueraufenthalt_eu,
    ):
        return _ergebnis(
            Aufenthaltsstatus.anspruch,
            N_("step.kindergeld.aufenthalt.niederlassung"),
            "§ 62 Abs. 2 Nr. 1 EStG",
        )
    if dokument is Aufenthaltsdokument.voruebergehender_schutz:
        return _ergebnis(
            Aufenthaltsstatus.anspruch,
            N_("step.kindergeld.aufenthalt.ukraine"),
            "§ 62 Abs. 2 Nr. 2 EStG",
        )
    if dokument is Aufenthaltsdokument.aufenthaltserlaubnis:
        if zweck in _MIT_ARBEITSERLAUBNIS:
            return _ergebnis(
                Aufenthaltsstatus.anspruch,
                N_("step.kindergeld.aufenthalt.erlaubnis"),
                "§ 62 Abs. 2 Nr. 2 EStG",
            )
        if zweck in (Aufenthaltszweck.humanitaer, Aufenthaltszweck.ausreisehindernis):
            return _humanitaer(aufenthalt, on)
        if zweck is Aufenthaltszweck.studium_ausbildung and aufenthalt.erwerbstaetig:
            return _ergebnis(
                Aufenthaltsstatus.anspruch,
                N_("step.kindergeld.aufenthalt.studium_arbeit"),
                "§ 62 Abs. 2 Nr. 2 Buchst. b EStG",
            )
        if zweck in (Aufenthaltszweck.studium_ausbildung, Aufenthaltszweck.arbeitsuche):
            return _ergebnis(
                Aufenthaltsstatus.ausgeschlossen,
                N_("step.kindergeld.aufenthalt.studium"),
                "§ 62 Abs. 2 Nr. 2 Buchst. a, b EStG",
            )
        return _ergebnis(
            Aufenthaltsstatus.pruefen, N_("step.kindergeld.aufenthalt.zweck"), "§ 62 Abs. 2 EStG"
        )
    if dokument is Aufenthaltsdokument.fiktionsbescheinigung:
        return _ergebnis(
            Aufenthaltsstatus.pruefen,
            N_("step.kindergeld.aufenthalt.fiktion"),
            "§ 81 Abs. 4 AufenthG; § 62 Abs. 2 EStG",
        )
    if dokument is Aufenthaltsdokument.duldung and aufenthalt.erwerbstaetig:
        return _ergebnis(
            Aufenthaltsstatus.pruefen,
            N_("step.kindergeld.aufenthalt.beschaeftigungsduldung"),
            "§ 62 Abs. 2 Nr. 4 EStG",
        )
    if dokument is None:
        return _ergebnis(
            Aufenthaltsstatus.pruefen, N_("step.kindergeld.aufenthalt.dokument"), "§ 62 Abs. 2 EStG"
        )
    return _ergebnis(
        Aufenthaltsstatus.ausgeschlossen, N_("step.kindergeld.aufenthalt.asyl"), "§ 62 Abs. 2 EStG"
    )

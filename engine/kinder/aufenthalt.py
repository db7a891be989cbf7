"""§ 62 EStG: Kindergeld for parents without German citizenship.

The status counted is the applying parent's (Kindergeld is the parent's claim, § 62 Abs. 1
EStG). Simplified where the law tells titles of one purpose group apart: a study or
training title counts as § 16b (Buchst. b, with work), a job-search title as § 20 Abs. 1,
2 (Buchst. a, excluded). Social security agreements (Abkommen) with Bosnien-Herzegowina,
Kosovo, Marokko, Montenegro, Serbien, Tunesien and the Türkei give employed workers
Kindergeld whatever their title.

Checked against the law text (§ 62 EStG as in force 2023–2026, § 52 Abs. 49a EStG) and
where the Ratgeber (October 2023, Kapitel N) and earlier versions of this rule were wrong:
- Only the titles Nr. 2 Buchst. c names wait 15 months or need work: § 23 Abs. 1 "wegen
  eines Krieges in seinem Heimatland", § 23a, § 25 Abs. 3 to 5 AufenthG. Titles under § 22
  (Aufnahme aus dem Ausland), § 23 Abs. 2 (Bundesaufnahme, e.g. Afghanistan) and § 23
  Abs. 4 (Resettlement) are ordinary Nr. 2 titles: Kindergeld from the first month.
- The work and the 15 months are Nr. 3 and Nr. 4, the Beschäftigungsduldung Nr. 5 (since
  1.3.2020 and 1.1.2020, § 52 Abs. 49a Satz 2, 5 EStG).
- § 62 Abs. 1a Satz 1 EStG (no Kindergeld for EU citizens without income in their first
  three months) is still in the text, but EuGH, judgment of 1.8.2022, C-411/20 (S /
  Familienkasse Niedersachsen-Bremen) held that Art. 24 RL 2004/38/EG and Art. 4 VO (EG)
  883/2004 preclude it for a Union citizen who has set up habitual residence. A
  preliminary ruling states how Union law is to be read from the start, so the exclusion
  is inapplicable on every date the data covers; the Ratgeber's "nach Ablauf der ersten
  drei Monate" is outdated. Satz 3 (job-seekers after the three months) is unaffected.

Not modelled yet: for periods after 31.5.2024 the Jahressteuergesetz 2024 (BGBl. 2024 I
Nr. 387) moved the job-search title of § 20 AufenthG from Buchst. a (excluded) to Buchst. b
(entitled while the holder works). The rule still excludes every job-search title; the
purpose group would need a dated switch, which the parameter files have no unit for.
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
    """§ 62 Abs. 1a EStG: EU citizens get Kindergeld; after the first three months not when
    their only right of free movement is job search (Satz 3, § 2 Abs. 2 Nr. 1a
    FreizügG/EU) or they have none. The exclusion of the first three months (Satz 1) is
    not applied: EuGH, 1.8.2022, C-411/20 (see the module docstring)."""
    if aufenthalt.erwerbstaetig:
        return _ergebnis(
            Aufenthaltsstatus.anspruch, N_("step.kindergeld.aufenthalt.eu"), "§ 62 Abs. 1a EStG"
        )
    frist = param("kindergeld_eu_ausschluss_monate", on)
    monate = aufenthalt.monate_in_deutschland
    if monate is not None and monate < int(frist.value):
        basis = "§ 62 Abs. 1a Satz 1 EStG; EuGH, 1.8.2022, C-411/20"
        return status_ergebnis(
            Aufenthaltsstatus.anspruch,
            basis,
            (
                Step(
                    rule="kindergeld.aufenthalt",
                    message=N_("step.kindergeld.aufenthalt.eu_eugh"),
                    values={"frist": Count(value=int(frist.value), unit="months")},
                    legal_basis=basis,
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
    """§ 62 Abs. 2 Nr. 2 Buchst. c, Nr. 3, 4 EStG: a title "nach § 23 Absatz 1 des
    Aufenthaltsgesetzes wegen eines Krieges in seinem Heimatland oder nach den § 23a oder
    § 25 Absatz 3 bis 5" gives Kindergeld only with lawful work, Elternzeit or SGB III
    benefits (Nr. 3), or after 15 months of permitted, tolerated or allowed stay (Nr. 4).
    Every § 23 Abs. 1 title is counted as one for a war (the Familienkasse checks why it
    was granted)."""
    frist = param("kindergeld_humanitaer_monate", on)
    monate = aufenthalt.monate_in_deutschland
    basis = "§ 62 Abs. 2 Nr. 2 Buchst. c, Nr. 3, 4 EStG"
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
    of Buchst. a to c and Nr. 3 to 5 (version since 1.3.2020; § 24 AufenthG struck from
    Buchst. c for periods from 1.6.2022)."""
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
        if zweck is Aufenthaltszweck.humanitaer and aufenthalt.aufnahme:
            return _ergebnis(
                Aufenthaltsstatus.anspruch,
                N_("step.kindergeld.aufenthalt.aufnahme"),
                "§ 62 Abs. 2 Nr. 2 EStG",
            )
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
            "§ 62 Abs. 2 Nr. 5 EStG",
        )
    if dokument is None:
        return _ergebnis(
            Aufenthaltsstatus.pruefen, N_("step.kindergeld.aufenthalt.dokument"), "§ 62 Abs. 2 EStG"
        )
    return _ergebnis(
        Aufenthaltsstatus.ausgeschlossen, N_("step.kindergeld.aufenthalt.asyl"), "§ 62 Abs. 2 EStG"
    )

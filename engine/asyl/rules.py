"""The residence status of one programme as an explained result, and the Analogleistungen
of § 2 AsylbLG that open the SGB XII and the Eingliederungshilfe after a waiting time.

Each area decides its own programme (engine/<area>/aufenthalt.py); they all answer with
:func:`status_ergebnis`, so every screen can show the status first, the same way.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from engine.explain import N_, Count, Day, ExplainedAmount, ExplainedDecision, Step, Term, uses
from engine.household import Aufenthalt, Aufenthaltsdokument, Staatsangehoerigkeit
from engine.parameters import ParameterValue, param

# § 2 Abs. 1 AsylbLG: the waiting time grew from 18 to 36 months on this day.
RUECKFUEHRUNGSGESETZ_AB = date(2024, 2, 27)


class Aufenthaltsstatus(StrEnum):
    """What a residence status means for one programme."""

    anspruch = "anspruch"  # entitled like a German citizen
    ermessen = "ermessen"  # the office may grant it in the individual case
    analog = "analog"  # owed through § 2 AsylbLG (Analogleistungen)
    ausgeschlossen = "ausgeschlossen"  # excluded by the status; the steps say what instead
    pruefen = "pruefen"  # depends on a fact we do not ask (the office checks it)
    nicht_gefragt = "nicht_gefragt"  # the family skipped the questions


STATUS_TERM = {
    Aufenthaltsstatus.anspruch: N_("aufenthalt.status.anspruch"),
    Aufenthaltsstatus.ermessen: N_("aufenthalt.status.ermessen"),
    Aufenthaltsstatus.analog: N_("aufenthalt.status.analog"),
    Aufenthaltsstatus.ausgeschlossen: N_("aufenthalt.status.ausgeschlossen"),
    Aufenthaltsstatus.pruefen: N_("aufenthalt.status.pruefen"),
    Aufenthaltsstatus.nicht_gefragt: N_("aufenthalt.status.nicht_gefragt"),
}
_STATUS_OF_TERM = {term: status for status, term in STATUS_TERM.items()}

# Documents of people who are leistungsberechtigt under § 1 Abs. 1 Nr. 1 and 4 AsylbLG
# whether or not they draw the benefits.
ASYLBLG_DOKUMENTE = (Aufenthaltsdokument.aufenthaltsgestattung, Aufenthaltsdokument.duldung)


def status_ergebnis(
    status: Aufenthaltsstatus, legal_basis: str, steps: tuple[Step, ...]
) -> ExplainedAmount:
    """A programme's residence status with the steps that say why and what instead."""
    return ExplainedAmount(
        value=Term(key=STATUS_TERM[status]), legal_basis=legal_basis, steps=steps
    )


def status_of(result: ExplainedAmount) -> Aufenthaltsstatus:
    """The status a result of :func:`status_ergebnis` carries."""
    assert isinstance(result.value, Term)
    return _STATUS_OF_TERM[result.value.key]


def nicht_gefragt(legal_basis: str) -> ExplainedAmount:
    """No residence facts given: the answer assumes an unrestricted residence status."""
    return status_ergebnis(
        Aufenthaltsstatus.nicht_gefragt,
        legal_basis,
        (
            Step(
                rule="aufenthalt.nicht_gefragt",
                message=N_("step.aufenthalt.nicht_gefragt"),
                legal_basis=legal_basis,
            ),
        ),
    )


def deutsch(legal_basis: str) -> ExplainedAmount:
    """German citizens: no residence rule limits the programme."""
    return status_ergebnis(
        Aufenthaltsstatus.anspruch,
        legal_basis,
        (
            Step(
                rule="aufenthalt.deutsch",
                message=N_("step.aufenthalt.deutsch"),
                legal_basis=legal_basis,
            ),
        ),
    )


def ist_deutsch(aufenthalt: Aufenthalt) -> bool:
    return aufenthalt.staatsangehoerigkeit is Staatsangehoerigkeit.deutsch


def ist_eu(aufenthalt: Aufenthalt) -> bool:
    return aufenthalt.staatsangehoerigkeit is Staatsangehoerigkeit.eu_ewr_schweiz


def asylblg_berechtigt(aufenthalt: Aufenthalt) -> bool:
    """§ 1 Abs. 1 AsylbLG: asylum seekers (Nr. 1) and people with a Duldung (Nr. 4) are
    leistungsberechtigt by their document; others (e.g. § 25 Abs. 5 AufenthG, Nr. 3) when
    they say they draw the benefits."""
    if ist_deutsch(aufenthalt) or ist_eu(aufenthalt):
        return False
    return aufenthalt.asylblg is True or aufenthalt.dokument in ASYLBLG_DOKUMENTE


def wartezeit(on: date, analog_vor_2024: bool | None) -> ParameterValue:
    """§ 2 Abs. 1 AsylbLG: "… die sich seit 36 Monaten ohne wesentliche Unterbrechung im
    Bundesgebiet aufhalten" (18 months until 26.2.2024). § 20 AsylbLG: for people to whom
    the SGB XII already applied under § 2 Abs. 1 before 27.2.2024, § 2 in the version in
    force until then applies further — their waiting time stays 18 months."""
    if analog_vor_2024 and on >= RUECKFUEHRUNGSGESETZ_AB:
        return param("analogleistungen_wartezeit_monate", RUECKFUEHRUNGSGESETZ_AB - timedelta(1))
    return param("analogleistungen_wartezeit_monate", on)


def fragt_analog_vor_2024(aufenthalt: Aufenthalt, on: date) -> bool:
    """§ 20 AsylbLG: "Für Leistungsberechtigte, die bis zum 26. Februar 2024 Leistungen
    gemäß § 2 Absatz 1 erhalten haben, ist § 2 … in der Fassung … vom 23. Mai 2022 … weiter
    anzuwenden." The text keys on receipt ("erhalten haben"), so the question asks whether
    Analogleistungen were received before 27.2.2024 (checked against the text in force
    since that day, unchanged to 8/2026; audit 11's reading "anzuwenden war", i.e. merely
    due, is not in the text — a later grant for those months after a Widerspruch is
    the office's and the court's call). Asking matters only on a Rechtsstand from that day
    on, for someone below the new waiting time (§ 2 Abs. 1 AsylbLG) who had already been
    here for the old one on the day before."""
    monate = aufenthalt.monate_in_deutschland
    if not asylblg_berechtigt(aufenthalt) or monate is None or on < RUECKFUEHRUNGSGESETZ_AB:
        return False
    stichtag = RUECKFUEHRUNGSGESETZ_AB
    seit_stichtag = (on.year - stichtag.year) * 12 + on.month - stichtag.month
    seit_stichtag -= on.day < stichtag.day
    alt = int(wartezeit(on, analog_vor_2024=True).value)
    neu = int(wartezeit(on, analog_vor_2024=None).value)
    return monate - seit_stichtag >= alt and monate < neu


def analogleistungen(aufenthalt: Aufenthalt, on: date) -> ExplainedDecision:
    """§ 2 Abs. 1 AsylbLG: after the waiting time the SGB XII and Teil 2 SGB IX apply
    "entsprechend" (Analogleistungen) to AsylbLG recipients who did not prolong their stay
    by abuse of rights. True: the waiting time is over. Months unknown: not over."""
    frist = wartezeit(on, aufenthalt.analog_vor_2024)
    monate = aufenthalt.monate_in_deutschland
    noetig = int(frist.value)
    steps = []
    if aufenthalt.analog_vor_2024 and on >= RUECKFUEHRUNGSGESETZ_AB:
        steps.append(
            Step(
                rule="asyl.analog.uebergang",
                message=N_("step.asyl.analog.uebergang"),
                values={"stichtag": Day(value=RUECKFUEHRUNGSGESETZ_AB)},
                legal_basis="§ 20 AsylbLG",
                parameters=uses(frist),
            )
        )
    erreicht = monate is not None and monate >= noetig
    if erreicht:
        steps.append(
            Step(
                rule="asyl.analog",
                message=N_("step.asyl.analog.erreicht"),
                values={
                    "monate": Count(value=monate, unit="months"),
                    "wartezeit": Count(value=noetig, unit="months"),
                },
                legal_basis="§ 2 Abs. 1 AsylbLG",
                parameters=uses(frist),
            )
        )
    elif monate is None:
        steps.append(
            Step(
                rule="asyl.analog",
                message=N_("step.asyl.analog.monate_fehlen"),
                values={"wartezeit": Count(value=noetig, unit="months")},
                legal_basis="§ 2 Abs. 1 AsylbLG",
                parameters=uses(frist),
            )
        )
    else:
        steps.append(
            Step(
                rule="asyl.analog",
                message=N_("step.asyl.analog.noch_nicht"),
                values={
                    "wartezeit": Count(value=noetig, unit="months"),
                    "fehlen": Count(value=noetig - monate, unit="months"),
                },
                legal_basis="§ 2 Abs. 1 AsylbLG",
                parameters=uses(frist),
            )
        )
    return ExplainedDecision(value=erreicht, legal_basis="§ 2 Abs. 1 AsylbLG", steps=tuple(steps))

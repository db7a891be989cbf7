"""§ 100 SGB IX: Eingliederungshilfe for people without German citizenship.

Ratgeber Kapitel C ("Hinweise für Menschen mit ausländischer Staatsangehörigkeit"), checked
against the law: the 18 months it names for the Analogleistungen are 36 since 27.2.2024
(engine/asyl/asyl.toml).
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
from engine.explain import N_, ExplainedAmount, Step
from engine.household import Aufenthalt, Aufenthaltsdokument, Aufenthaltszweck

LEGAL_BASIS = "§ 100 SGB IX"
# Rechtskreiswechsel: people with temporary protection (§ 24 AufenthG) left the AsylbLG on
# 1.6.2022 (§ 1 Abs. 1 Nr. 3 Buchst. a AsylbLG i. d. F. vom 23.5.2022, BGBl. I S. 760),
# before the first date the data covers (1.1.2023): no earlier rule is needed.

# Purposes after which a stay is, as a rule, expected to last (§ 100 Abs. 1 Satz 2 SGB IX);
# the Träger checks the prognosis in the individual case.
_DAUERHAFT = (
    Aufenthaltszweck.erwerbstaetigkeit,
    Aufenthaltszweck.familiaer,
    Aufenthaltszweck.schutz,
    Aufenthaltszweck.humanitaer,
)
_OHNE_RECHT = (Aufenthaltszweck.arbeitsuche, Aufenthaltszweck.kein_aufenthaltsrecht)


def _step(message: str, legal_basis: str) -> Step:
    return Step(rule="egh.aufenthalt", message=message, legal_basis=legal_basis)


def _asylblg(aufenthalt: Aufenthalt, minderjaehrig: bool, on: date) -> ExplainedAmount:
    """§ 100 Abs. 2 SGB IX: "Leistungsberechtigte nach § 1 des Asylbewerberleistungsgesetzes
    erhalten keine Leistungen der Eingliederungshilfe." § 2 Abs. 1 AsylbLG applies Teil 2
    SGB IX after the waiting time; before it, § 6 Abs. 1 AsylbLG allows what is "zur
    Sicherung … der Gesundheit unerlässlich" or "zur Deckung besonderer Bedürfnisse von
    Kindern geboten"."""
    analog = analogleistungen(aufenthalt, on)
    if analog.value:
        return status_ergebnis(
            Aufenthaltsstatus.analog,
            "§ 100 Abs. 2 SGB IX; § 2 Abs. 1 AsylbLG",
            (
                _step(N_("step.egh.aufenthalt.asylblg"), "§ 100 Abs. 2 SGB IX"),
                *analog.steps,
                _step(N_("step.egh.aufenthalt.analog"), "§ 2 Abs. 1 AsylbLG"),
            ),
        )
    sechs = (
        N_("step.egh.aufenthalt.paragraph6_kind")
        if minderjaehrig
        else N_("step.egh.aufenthalt.paragraph6")
    )
    return status_ergebnis(
        Aufenthaltsstatus.ausgeschlossen,
        "§ 100 Abs. 2 SGB IX",
        (
            _step(N_("step.egh.aufenthalt.asylblg"), "§ 100 Abs. 2 SGB IX"),
            _step(sechs, "§ 6 Abs. 1 AsylbLG"),
            *analog.steps,
            _step(N_("step.aufenthalt.schwerbehindertenausweis"), "§ 2 Abs. 2 SGB IX"),
        ),
    )


def _ermessen(grund: str, minderjaehrig: bool) -> ExplainedAmount:
    """§ 100 Abs. 1 Satz 1 SGB IX: "Ausländer, die sich im Inland tatsächlich aufhalten,
    können Leistungen nach diesem Teil erhalten, soweit dies im Einzelfall gerechtfertigt
    ist." For children the Ratgeber (Kapitel C) reads the discretion "in der Regel zugunsten
    der Betroffenen" (UN-Kinderrechtskonvention Art. 3, 23)."""
    steps = [_step(grund, "§ 100 Abs. 1 Satz 1 SGB IX")]
    if minderjaehrig:
        steps.append(_step(N_("step.egh.aufenthalt.ermessen_kind"), "§ 100 Abs. 1 Satz 1 SGB IX"))
    return status_ergebnis(Aufenthaltsstatus.ermessen, "§ 100 Abs. 1 Satz 1 SGB IX", tuple(steps))


def _anspruch(grund: str) -> ExplainedAmount:
    """§ 100 Abs. 1 Satz 2 SGB IX: the limit to discretion "gilt nicht für Ausländer, die im
    Besitz einer Niederlassungserlaubnis oder eines befristeten Aufenthaltstitels sind und
    sich voraussichtlich dauerhaft im Bundesgebiet aufhalten"."""
    return status_ergebnis(
        Aufenthaltsstatus.anspruch,
        "§ 100 Abs. 1 Satz 2 SGB IX",
        (_step(grund, "§ 100 Abs. 1 Satz 2 SGB IX"),),
    )


def eingliederungshilfe_aufenthalt(
    aufenthalt: Aufenthalt, minderjaehrig: bool, on: date
) -> ExplainedAmount:
    """§ 100 SGB IX: entitlement (settled status), discretion (other foreigners actually
    present) or exclusion (AsylbLG, Abs. 2), with what the family can do instead."""
    if not aufenthalt.gefragt:
        return nicht_gefragt(LEGAL_BASIS)
    if ist_deutsch(aufenthalt):
        return deutsch(LEGAL_BASIS)
    if ist_eu(aufenthalt):
        if aufenthalt.zweck in _OHNE_RECHT:
            return _ermessen(N_("step.egh.aufenthalt.eu_ohne_recht"), minderjaehrig)
        return _anspruch(N_("step.egh.aufenthalt.eu"))
    dokument = aufenthalt.dokument
    if dokument is Aufenthaltsdokument.voruebergehender_schutz:
        return _anspruch(N_("step.egh.aufenthalt.ukraine"))
    if asylblg_berechtigt(aufenthalt):
        return _asylblg(aufenthalt, minderjaehrig, on)
    if dokument in (
        Aufenthaltsdokument.niederlassungserlaubnis,
        Aufenthaltsdokument.daueraufenthalt_eu,
    ):
        return _anspruch(N_("step.egh.aufenthalt.niederlassung"))
    if dokument is Aufenthaltsdokument.aufenthaltserlaubnis and aufenthalt.zweck in _DAUERHAFT:
        return _anspruch(N_("step.egh.aufenthalt.dauerhaft"))
    return _ermessen(N_("step.egh.aufenthalt.ermessen"), minderjaehrig)

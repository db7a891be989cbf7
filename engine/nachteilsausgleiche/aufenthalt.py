"""§ 2 Abs. 2 SGB IX: who can be schwerbehindert in law, and so get a
Schwerbehindertenausweis (§ 152 SGB IX), by residence."""

from __future__ import annotations

from engine.asyl.rules import (
    Aufenthaltsstatus,
    deutsch,
    ist_deutsch,
    ist_eu,
    nicht_gefragt,
    status_ergebnis,
)
from engine.explain import N_, ExplainedAmount, Step
from engine.household import Aufenthalt, Aufenthaltsdokument

LEGAL_BASIS = "§ 2 Abs. 2 SGB IX"


def schwerbehindertenausweis_aufenthalt(aufenthalt: Aufenthalt) -> ExplainedAmount:
    """§ 2 Abs. 2 SGB IX: schwerbehindert are people with a GdB of at least 50 "sofern sie
    ihren Wohnsitz, ihren gewöhnlichen Aufenthalt oder ihre Beschäftigung auf einem
    Arbeitsplatz im Sinne des § 156 rechtmäßig im Geltungsbereich dieses Gesetzbuches
    haben". A title or EU free movement makes the residence lawful; for an
    Aufenthaltsgestattung or a Duldung it is lawful when the stay is expected to last
    (Ratgeber Kapitel N: an asylum application that is not obviously unfounded), which the
    Versorgungsamt checks — work in Germany is enough on its own."""
    if not aufenthalt.gefragt:
        return nicht_gefragt(LEGAL_BASIS)
    if ist_deutsch(aufenthalt):
        return deutsch(LEGAL_BASIS)
    if aufenthalt.erwerbstaetig:
        message = N_("step.sbausweis.aufenthalt.arbeit")
        status = Aufenthaltsstatus.anspruch
    elif ist_eu(aufenthalt) or aufenthalt.dokument not in (
        Aufenthaltsdokument.aufenthaltsgestattung,
        Aufenthaltsdokument.duldung,
        None,
    ):
        message = N_("step.sbausweis.aufenthalt.rechtmaessig")
        status = Aufenthaltsstatus.anspruch
    else:
        message = N_("step.sbausweis.aufenthalt.pruefen")
        status = Aufenthaltsstatus.pruefen
    return status_ergebnis(
        status,
        LEGAL_BASIS,
        (Step(rule="sbausweis.aufenthalt", message=message, legal_basis=LEGAL_BASIS),),
    )

"""The children's area's part of the household scenario, with its link fields.

The child's birth date, Pflegegrad, GdB and Merkzeichen are household facts (Person); the
kind of disability and the benefits asked about are the integration-aid part's; the
parents' living together (single parent) and the number of children are in Eltern.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from engine.household import Euro, Model
from engine.linkfield import LinkField, encode_flag


class Kinder(Model):
    """Was der Kinder-Bildschirm fragt / what the children's screen asks."""

    einschulung: date | None = None
    """Tag der Einschulung (erfolgt oder geplant) / day of school entry (done or planned)."""
    auf_hilfe_angewiesen: bool = False
    """Behindert und auf Hilfe angewiesen (§ 45 Abs. 1, § 38 Abs. 1 SGB V): keine
    Altersgrenze / disabled and dependent on help: no age limit."""
    behinderung_vor_25: bool = False
    """Die Behinderung ist vor dem 25. Geburtstag eingetreten (§ 32 Abs. 4 Satz 1 Nr. 3
    EStG) / the disability began before the 25th birthday."""
    einkommen_monat: Euro = Decimal(0)
    """Eigene Einkünfte des Kindes im Monat, z. B. Werkstattlohn nach Werbungskosten /
    the child's own monthly income."""
    grundsicherung_monat: Euro = Decimal(0)
    """Grundsicherung (Lebensunterhalt) im Monat / basic income support per month."""
    pflegegeld: bool = False
    """Das Kind bezieht Pflegegeld der Pflegekasse / the child receives Pflegegeld."""
    mehrbedarf_monat: Euro | None = None
    """Behinderungsbedingter Mehrbedarf im Einzelnachweis statt Pauschbetrag (je Monat) /
    disability-related costs shown individually instead of the flat amount."""


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("cs", ("kinder", "einschulung")),
    LinkField("ch", ("kinder", "auf_hilfe_angewiesen"), encode_flag),
    LinkField("cb", ("kinder", "behinderung_vor_25"), encode_flag),
    LinkField("ce", ("kinder", "einkommen_monat")),
    LinkField("cg", ("kinder", "grundsicherung_monat")),
    LinkField("cp", ("kinder", "pflegegeld"), encode_flag),
    LinkField("cm", ("kinder", "mehrbedarf_monat")),
)

"""The tax and Nachteilsausgleiche area's part of the household scenario, with its link fields.

GdB, Merkzeichen, Pflegegrad and Bundesland are household facts (engine/household.py); this
part adds only what the tax, car and travel rules ask beyond them.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from engine.household import Euro, Model
from engine.linkfield import LinkField, encode_flag


class Veranlagung(StrEnum):
    """Whose income tax return claims the person's allowances (§ 33b Abs. 5 EStG)."""

    selbst = "selbst"  # the person files her own return (with her spouse, if married)
    eltern = "eltern"  # the parents file; the person is their child with Kindergeld


class Steuern(Model):
    """Was der Steuer-Bildschirm fragt / what the tax and Ausweis screen asks."""

    einkommen: Euro | None = None
    """Zu versteuerndes Einkommen im Jahr ohne die Abzüge wegen der Behinderung und der
    Pflege / taxable income before the disability and care allowances."""
    zusammenveranlagung: bool = False
    """Verheiratet und zusammen veranlagt (Splitting, § 32a Abs. 5 EStG) / married, joint."""
    veranlagung: Veranlagung | None = None
    """Wer die Pauschbeträge geltend macht; ohne Angabe: Eltern bei Minderjährigen."""
    kinder: int = Field(default=0, ge=0, le=15)
    """Kinder mit Kindergeld in dieser Steuererklärung (§ 33 Abs. 3 Satz 2 EStG)."""
    pflege_zuhause: bool = False
    """Jemand in dieser Steuererklärung pflegt die Person unentgeltlich zu Hause."""
    pflegepersonen_im_haushalt: int = Field(default=1, ge=1, le=2)
    """Pflegepersonen in dieser Steuererklärung (§ 33b Abs. 6 Satz 9 EStG)."""
    pflegepersonen_weitere: int = Field(default=0, ge=0, le=5)
    """Weitere Pflegepersonen außerhalb dieser Steuererklärung / other carers."""
    kfz_steuer: Euro | None = None
    """Kraftfahrzeugsteuer des Autos im Jahr ohne Vergünstigung / the car's yearly tax."""
    grundsicherung: bool = False
    """Bezieht Grundsicherung, Sozialhilfe oder Bürgergeld / receives means-tested benefits."""
    kinderbetreuung: Euro | None = None
    """Kinderbetreuungskosten für die Person im Jahr (§ 10 Abs. 1 Nr. 5 EStG) / childcare."""
    pflegeleistungen: Euro | None = None
    """Arbeitskosten haushaltsnaher Pflege- und Betreuungsleistungen im Jahr (§ 35a Abs. 2
    EStG), nicht schon als außergewöhnliche Belastung abgezogen / care services at home."""


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("ue", ("steuern", "einkommen")),
    LinkField("uz", ("steuern", "zusammenveranlagung"), encode_flag),
    LinkField("uv", ("steuern", "veranlagung")),
    LinkField("uk", ("steuern", "kinder")),
    LinkField("up", ("steuern", "pflege_zuhause"), encode_flag),
    LinkField("uh", ("steuern", "pflegepersonen_im_haushalt")),
    LinkField("uw", ("steuern", "pflegepersonen_weitere")),
    LinkField("uf", ("steuern", "kfz_steuer")),
    LinkField("ug", ("steuern", "grundsicherung"), encode_flag),
    LinkField("ub", ("steuern", "kinderbetreuung")),
    LinkField("ud", ("steuern", "pflegeleistungen")),
)

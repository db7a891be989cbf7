"""The overview's own part of the scenario: the what-if switches of the comparison.

They travel in the link (prefix "y"), so a trainer can prepare a comparison and project it;
the variant itself is computed from the household and these switches, never stored.
"""

from __future__ import annotations

from enum import StrEnum

from engine.household import Model
from engine.linkfield import LinkField, decode_tuple, encode_tuple


class Umschalter(StrEnum):
    """One tap that changes the household for the variant (engine/uebersicht/vergleich.py)."""

    pflegegrad_plus = "pg_plus"
    pflegegrad_minus = "pg_minus"
    geburtstag = "geburtstag"  # the day of the next birthday that matters
    besondere_wohnform = "bwf"
    werkstatt = "wfbm"
    elternteil_ohne_arbeit = "eltern"
    naechstes_jahr = "jahr"  # the Rechtsstand of 1 January of the next year


class Vergleich(Model):
    """Was-wäre-wenn / what-if: the switches making the compared variant."""

    umschalter: tuple[Umschalter, ...] = ()
    """Umschalter der Variante / the variant's switches."""


LINK_FIELDS: tuple[LinkField, ...] = (
    LinkField("yt", ("vergleich", "umschalter"), encode_tuple, decode_tuple),
)

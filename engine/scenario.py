"""The household scenario: what the family tells us once, shared by every screen.

One scenario per household. Every screen reads the parts it needs and adds what it learns,
so nobody types the child's birth date or the parents' incomes twice. The scenario is the
only input that travels in a share link (engine/link.py); results never do.

It composes the household facts (engine/household.py) with each area's own part
(engine/<area>/scenario.py), and their link fields likewise.
"""

from __future__ import annotations

from typing import Literal

from engine.arbeit import scenario as arbeit_part
from engine.arbeit.scenario import Arbeit
from engine.eingliederungshilfe import scenario as eingliederungshilfe_part
from engine.eingliederungshilfe.scenario import Eingliederungshilfe
from engine.erbe import scenario as erbe_part
from engine.erbe.scenario import Erbe
from engine.household import LINK_FIELDS as HOUSEHOLD_FIELDS
from engine.household import Aufenthalt, Eltern, Model, Person
from engine.kinder import scenario as kinder_part
from engine.kinder.scenario import Kinder
from engine.linkfield import LinkField
from engine.nachteilsausgleiche import scenario as steuern_part
from engine.nachteilsausgleiche.scenario import Steuern
from engine.pflege import scenario as pflege_part
from engine.pflege.scenario import Pflege
from engine.uebersicht import scenario as uebersicht_part
from engine.uebersicht.scenario import Vergleich
from engine.widerspruch import scenario as widerspruch_part
from engine.widerspruch.scenario import Widerspruch

SCENARIO_VERSION = 1


class Scenario(Model):
    """Ein Haushalt, wie ihn alle Seiten teilen / one household as all screens share it."""

    version: Literal[1] = SCENARIO_VERSION
    """Version des Formats / format version."""
    person: Person = Person()
    eltern: Eltern = Eltern()
    aufenthalt: Aufenthalt = Aufenthalt()
    arbeit: Arbeit = Arbeit()
    pflege: Pflege = Pflege()
    eingliederungshilfe: Eingliederungshilfe = Eingliederungshilfe()
    kinder: Kinder = Kinder()
    steuern: Steuern = Steuern()
    erbe: Erbe = Erbe()
    widerspruch: Widerspruch = Widerspruch()
    vergleich: Vergleich = Vergleich()

    def with_value(self, path: tuple[str, ...], value: object) -> Scenario:
        """A copy with the field at ``path`` set and the whole scenario validated again."""
        data = self.model_dump()
        node = data
        for name in path[:-1]:
            if node.get(name) is None:
                node[name] = {}
            node = node[name]
        node[path[-1]] = value
        return Scenario.model_validate(data)


# Every field a link can carry, the household's first, then each area's.
LINK_FIELDS: tuple[LinkField, ...] = (
    *arbeit_part.LINK_FIELDS,
    *HOUSEHOLD_FIELDS,
    *pflege_part.LINK_FIELDS,
    *eingliederungshilfe_part.LINK_FIELDS,
    *kinder_part.LINK_FIELDS,
    *steuern_part.LINK_FIELDS,
    *erbe_part.LINK_FIELDS,
    *widerspruch_part.LINK_FIELDS,
    *uebersicht_part.LINK_FIELDS,
)

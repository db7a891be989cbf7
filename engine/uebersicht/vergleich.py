"""What if: the household as it is beside a variant made by one-tap switches.

Both are evaluated by the same overview (engine/uebersicht/zeilen.py); the comparison
pairs their lines by key, so every area with an adapter is compared without more code.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from pydantic import BaseModel, ConfigDict

from engine.arbeit.scenario import Arbeitsweg
from engine.eingliederungshilfe.scenario import EghLeistung
from engine.household import Aufenthalt, Wohnform
from engine.scenario import Scenario
from engine.uebersicht.scenario import Umschalter, Vergleich
from engine.uebersicht.zeilen import Uebersicht, Zeile, volljaehrig_ab

PFLEGEGRAD_MAX = 5  # § 15 Abs. 3 SGB XI: five grades
# The input's own upper limit, so a variant never holds a value a link could not.
MONATE_MAX = next(
    m.le for m in Aufenthalt.model_fields["monate_in_deutschland"].metadata if hasattr(m, "le")
)


def _pflegegrad(grad: int | None, schritt: int) -> int | None:
    """One grade up or down within 1–5; below 1 there is no grade."""
    neu = (grad or 0) + schritt
    return min(neu, PFLEGEGRAD_MAX) if neu >= 1 else None


def volle_monate(von: date, bis: date) -> int:
    """Whole months from ``von`` to ``bis`` (§ 188 Abs. 2 BGB: a month ends on the day
    before the same day of the later month)."""
    return (bis.year - von.year) * 12 + bis.month - von.month - (bis.day < von.day)


def variante(
    scenario: Scenario, rechtsstand: date, umschalter: tuple[Umschalter, ...]
) -> tuple[Scenario, date]:
    """The household and Rechtsstand with the switches applied (the switches themselves
    removed). Starting in the Werkstatt is the integration-aid benefit and, unless another
    path is chosen, its Arbeitsbereich on the work screen. A switch that cannot apply (no
    birthday ahead, no parent's income) changes nothing. A later Rechtsstand adds its
    whole months to the months in Germany (they are counted on the Rechtsstand day), so a
    waiting time such as the 36 months of § 2 Abs. 1 AsylbLG can end in the variant."""
    person = scenario.person
    eltern = scenario.eltern
    egh = scenario.eingliederungshilfe
    arbeit = scenario.arbeit
    tag = rechtsstand
    for schalter in umschalter:
        if schalter is Umschalter.pflegegrad_plus:
            person = person.model_copy(update={"pflegegrad": _pflegegrad(person.pflegegrad, 1)})
        elif schalter is Umschalter.pflegegrad_minus:
            person = person.model_copy(update={"pflegegrad": _pflegegrad(person.pflegegrad, -1)})
        elif schalter is Umschalter.besondere_wohnform:
            person = person.model_copy(update={"wohnform": Wohnform.besondere_wohnform})
        elif schalter is Umschalter.werkstatt:
            if EghLeistung.werkstatt not in egh.leistungen:
                egh = egh.model_copy(
                    update={"leistungen": (*egh.leistungen, EghLeistung.werkstatt)}
                )
            if arbeit.weg is None:
                arbeit = arbeit.model_copy(update={"weg": Arbeitsweg.werkstatt_arbeitsbereich})
        elif schalter is Umschalter.elternteil_ohne_arbeit:
            feld = "elternteil_2" if eltern.elternteil_2 is not None else "elternteil_1"
            einkommen = getattr(eltern, feld)
            if einkommen is not None:
                ohne = einkommen.model_copy(update={"betrag_jahr": Decimal(0)})
                eltern = eltern.model_copy(update={feld: ohne})
        elif schalter is Umschalter.naechstes_jahr:
            tag = date(tag.year + 1, 1, 1)
        elif schalter is Umschalter.geburtstag:
            tag = volljaehrig_ab(scenario, tag) or tag
    aufenthalt = scenario.aufenthalt
    monate = aufenthalt.monate_in_deutschland
    if monate is not None:
        spaeter = min(monate + volle_monate(rechtsstand, tag), MONATE_MAX)
        aufenthalt = aufenthalt.model_copy(update={"monate_in_deutschland": spaeter})
    neu = Scenario.model_validate(
        scenario.model_copy(
            update={
                "person": person,
                "eltern": eltern,
                "eingliederungshilfe": egh,
                "arbeit": arbeit,
                "aufenthalt": aufenthalt,
                "vergleich": Vergleich(),
            }
        ).model_dump()
    )
    return neu, tag


class Differenz(BaseModel):
    """One line in either scenario: what it was, what it would be."""

    model_config = ConfigDict(frozen=True)

    key: str
    jetzt: Zeile | None
    variante: Zeile | None

    @property
    def zeile(self) -> Zeile:
        return self.jetzt or self.variante  # type: ignore[return-value]

    @property
    def monatlich(self) -> Decimal:
        """Change of the line's signed amount per month in the total."""
        vorher = self.jetzt.monatlich if self.jetzt else Decimal(0)
        nachher = self.variante.monatlich if self.variante else Decimal(0)
        return nachher - vorher

    @property
    def geaendert(self) -> bool:
        def kern(z: Zeile | None) -> object:
            if z is None:
                return None
            return (z.betrag, z.kostenfrei, z.stelle, z.frist, z.anspruch, z.vorbehalt)

        return kern(self.jetzt) != kern(self.variante)


def vergleichen(jetzt: Uebersicht, variante: Uebersicht) -> list[Differenz]:
    """Every line of both, in the current order, then the variant's new lines."""
    vorher = {z.key: z for z in jetzt.zeilen}
    nachher = {z.key: z for z in variante.zeilen}
    keys = list(vorher) + [k for k in nachher if k not in vorher]
    return [Differenz(key=k, jetzt=vorher.get(k), variante=nachher.get(k)) for k in keys]

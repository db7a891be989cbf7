"""The four newer areas in the overview: their own amounts, and the cross-effects as lines."""

from datetime import date
from decimal import Decimal

import pytest

from engine.arbeit.beispiele import BEISPIELE as ARBEIT
from engine.erbe.beispiele import BEISPIELE as ERBE
from engine.evaluate import (
    evaluate_arbeit,
    evaluate_eingliederungshilfe,
    evaluate_erbe,
    evaluate_kinder,
    evaluate_pflege,
    evaluate_steuern,
    evaluate_widerspruch,
)
from engine.explain import Explained, Money, Step
from engine.household import Merkzeichen, Person
from engine.kinder.beispiele import BEISPIELE as KINDER
from engine.nachteilsausgleiche.beispiele import BEISPIELE as STEUERN
from engine.nachteilsausgleiche.einkommensteuer import behinderten_pauschbetrag
from engine.parameters import NotCoveredResult
from engine.scenario import Scenario
from engine.uebersicht.beispiele import BIBLIOTHEK, YUSUF
from engine.uebersicht.scenario import Umschalter
from engine.uebersicht.vergleich import variante
from engine.uebersicht.zeilen import uebersicht


def money(erklaerung: Explained | None) -> Money | None:
    value = erklaerung.value if erklaerung is not None else None
    return value if isinstance(value, Money) else None


def area_amounts(scenario: Scenario, on: date) -> dict[str, Money | None]:
    """Each line's amount read straight from the area screens' results."""
    found: dict[str, Money | None] = {}
    pflege = evaluate_pflege(scenario, on)
    if not isinstance(pflege, NotCoveredResult):
        groups = pflege.leistungen
        for gruppe in (groups.leistungen, groups.ersatzpflege, groups.krankenkasse):
            found |= {f"pflege.{i.key}": money(i.betrag) for i in gruppe}
        found |= {f"pflege.{i.key}": money(i.betrag) for i in groups.pflegeperson}
    egh = evaluate_eingliederungshilfe(scenario, on)
    if not isinstance(egh, NotCoveredResult):
        found["eingliederungshilfe.kostenbeitrag"] = money(egh.kostenbeitrag)
    kinder = evaluate_kinder(scenario, on)
    if kinder is not None and not isinstance(kinder, NotCoveredResult):
        found["kinder.kindergeld"] = money(kinder.kindergeld.betrag)
    arbeit = evaluate_arbeit(scenario, on)
    if not isinstance(arbeit, NotCoveredResult):
        zettel = arbeit.lohnzettel
        found["arbeit.ausbildungsgeld"] = money(zettel.ausbildungsgeld)
        found["arbeit.entgelt"] = money(zettel.entgelt)
        found["arbeit.arbeitsfoerderungsgeld"] = money(zettel.arbeitsfoerderungsgeld)
        found["arbeit.budget_zuschuss"] = money(arbeit.budget_zuschuss)
        if arbeit.grundsicherung is not None:
            gs = arbeit.grundsicherung
            found["arbeit.grundsicherung"] = money(gs.zahlbetrag)
            found |= {f"arbeit.{p.key}": money(p.betrag) for p in gs.bedarf}
        if arbeit.buergergeld is not None:
            found["arbeit.buergergeld"] = money(arbeit.buergergeld.regelbedarf)
            found["arbeit.mehrbedarf_teilhabe"] = money(arbeit.buergergeld.mehrbedarf)
    steuern = evaluate_steuern(scenario, on)
    if not isinstance(steuern, NotCoveredResult):
        if steuern.steuer is not None:
            found |= {f"steuern.{a.art}": money(a.betrag) for a in steuern.steuer.abzuege}
            found["steuern.ersparnis"] = steuern.steuer.ersparnis
        else:
            person = scenario.person
            found["steuern.behinderten_pauschbetrag"] = money(
                behinderten_pauschbetrag(person.gdb, person.merkzeichen, person.pflegegrad, on)
            )
        found["steuern.wertmarke"] = money(steuern.wertmarke)
        kfz = steuern.kfz
        found["steuern.kfz"] = kfz.ersparnis_jahr if kfz.art == "ermaessigung" else kfz.steuer_jahr
        if steuern.blindengeld is not None:
            found["steuern.landesblindengeld"] = money(steuern.blindengeld.landesblindengeld)
            found["steuern.blindenhilfe"] = money(steuern.blindengeld.blindenhilfe)
    erbe = evaluate_erbe(scenario, on)
    if not isinstance(erbe, NotCoveredResult):
        if erbe.erbe.gesetzlich is not None:
            found["erbe.einsatz"] = money(erbe.erbe.gesetzlich.einzusetzen)
        found["erbe.aufwandspauschale"] = money(erbe.betreuung.aufwandspauschale)
    widerspruch = evaluate_widerspruch(scenario, on)
    found["widerspruch.belastungsgrenze"] = money(widerspruch.belastungsgrenze)
    rechnung = widerspruch.zuzahlen
    if not isinstance(rechnung, NotCoveredResult):
        found["widerspruch.zuzahlung"] = money(rechnung.betrag)
        found["widerspruch.zuzahlung_rest"] = money(rechnung.jahr)
    return found


@pytest.mark.parametrize("entry", BIBLIOTHEK, ids=lambda e: e.key)
def test_every_amount_is_the_area_screens_amount(entry) -> None:  # type: ignore[no-untyped-def]
    """All presets of all screens: each amount in the overview is its area's own value."""
    amounts = area_amounts(entry.scenario, entry.rechtsstand)
    for zeile in uebersicht(entry.scenario, entry.rechtsstand).zeilen:
        if zeile.betrag is not None:
            assert zeile.betrag == amounts[zeile.key], zeile.key


def keyed(scenario: Scenario, on: date) -> dict[str, Money | None]:
    return {z.key: z.betrag for z in uebersicht(scenario, on).zeilen}


def test_kinder_baby_kindergeld_and_free_early_help() -> None:
    """§ 66 Abs. 1 EStG 2026: 259 € a month; Frühförderung free (§ 138 Abs. 1 Nr. 1 SGB IX);
    the Kindergeld's adult test from the 18th birthday, 1.12.2043."""
    b = KINDER["baby"]
    stand = {z.key: z for z in uebersicht(b.scenario, b.rechtsstand).zeilen}
    assert stand["kinder.kindergeld"].betrag == Money(amount=Decimal(259), per="month")
    assert stand["kinder.kindergeld"].frist.datum == date(2043, 12, 1)  # type: ignore[union-attr]
    assert stand["kinder.fruehfoerderung"].kostenfrei is True
    assert "kinder.schule" not in stand


def test_kinder_adult_gets_no_school_line() -> None:
    """The Werkstatt worker, 24: Kita and school are asked for minors only."""
    b = KINDER["werkstatt"]
    assert not {"kinder.schule", "kinder.kita"} & set(keyed(b.scenario, b.rechtsstand))


def test_arbeit_berufsbildung_636_83_plus_ausbildungsgeld_133() -> None:
    """Need 769.83 − Ausbildungsgeld 133 = 636.83 € Grundsicherung (arbeit/beispiele.py)."""
    b = ARBEIT["berufsbildung"]
    stand = keyed(b.scenario, b.rechtsstand)
    assert stand["arbeit.grundsicherung"] == Money(amount=Decimal("636.83"), per="month")
    assert stand["arbeit.ausbildungsgeld"] == Money(amount=Decimal(133), per="month")
    assert "arbeit.erwerbsgemindert" in stand


@pytest.mark.parametrize(("merkzeichen", "mehrbedarf"), [((Merkzeichen.G,), "95.71"), ((), None)])
def test_merkzeichen_g_brings_17_percent_in_the_grundsicherung(
    merkzeichen: tuple[Merkzeichen, ...], mehrbedarf: str | None
) -> None:
    """§ 30 Abs. 1 SGB XII: 17 % of RBS 1 (563 €, 2026) = 95.71 €, only with Merkzeichen G;
    it is part of the Grundsicherung paid, so the line stays out of the month's total."""
    b = ARBEIT["arbeitsbereich"]
    person = b.scenario.person.model_copy(update={"merkzeichen": merkzeichen})
    scenario = b.scenario.model_copy(update={"person": person})
    stand = {z.key: z for z in uebersicht(scenario, b.rechtsstand).zeilen}
    zeile = stand.get("arbeit.mehrbedarf_g")
    if mehrbedarf is None:
        assert zeile is None
    else:
        assert zeile is not None and zeile.betrag == Money(amount=Decimal(mehrbedarf), per="month")
        assert zeile.im_monat is False and zeile.monatlich == 0


@pytest.mark.parametrize(("grad", "betrag"), [(3, None), (4, 7400), (5, 7400)])
def test_pflegegrad_4_brings_the_7400_pauschbetrag_without_an_income(
    grad: int, betrag: int | None
) -> None:
    """§ 33b Abs. 3 Satz 3 EStG: 7,400 € for Pflegegrad 4 or 5, even before the tax
    screen's income is given; Pflegegrad 3 without a GdB: no Pauschbetrag."""
    scenario = Scenario(person=Person(geburtsdatum=date(2015, 1, 1), pflegegrad=grad))
    line = keyed(scenario, date(2026, 6, 1)).get("steuern.behinderten_pauschbetrag")
    assert line == (Money(amount=Decimal(betrag), per="year") if betrag else None)


def test_tax_parents_save_3272_and_blind_bayern_776_plus_137_19() -> None:
    """issue 15's presets: 7,400 + 1,800 + 2,764.70 allowances save 3,272 € (2025);
    Bavarian Blindengeld 776 € and the Blindenhilfe top-up 137.19 € a month."""
    eltern = keyed(STEUERN["eltern"].scenario, STEUERN["eltern"].rechtsstand)
    assert eltern["steuern.behinderten_pauschbetrag"] == Money(amount=Decimal(7400), per="year")
    assert eltern["steuern.ersparnis"] == Money(amount=Decimal(3272), per="year")
    blind = uebersicht(STEUERN["blind_bayern"].scenario, STEUERN["blind_bayern"].rechtsstand)
    assert blind.summe_monat == Decimal("913.19")  # 776 + 137.19


@pytest.mark.parametrize(("key", "einsatz"), [("eltern", "65000.00"), ("mutter", "48810.00")])
def test_erbe_without_a_testament_the_share_is_used_first(key: str, einsatz: str) -> None:
    """Parents: ¼ of 300,000 = 75,000 − 10,000 Schonvermögen (§ 90 SGB XII) = 65,000 €;
    mother: 120,000 − 71,190 (§ 139 SGB IX, 150 % of the Bezugsgröße 2026) = 48,810 €."""
    b = ERBE[key]
    zeile = {z.key: z for z in uebersicht(b.scenario, b.rechtsstand).zeilen}["erbe.einsatz"]
    assert (zeile.art, zeile.betrag.amount) == ("kosten", Decimal(einsatz))  # type: ignore[union-attr]
    assert zeile.monatlich == 0


def test_werkstatt_switch_makes_integration_aid_free_and_voll_erwerbsgemindert() -> None:
    """Starting in the Werkstatt: free (§ 138 Abs. 1 Nr. 3 SGB IX) and voll erwerbsgemindert
    (§ 43 Abs. 2 Satz 3 Nr. 1 SGB VI), so Grundsicherung instead of Bürgergeld."""
    b = ARBEIT["budget"]
    neu, tag = variante(b.scenario, b.rechtsstand, (Umschalter.werkstatt,))
    before = keyed(b.scenario, b.rechtsstand)
    stand = {z.key: z for z in uebersicht(neu, tag).zeilen}
    assert "arbeit.erwerbsgemindert" not in before
    assert stand["eingliederungshilfe.werkstatt"].kostenfrei is True
    assert neu.arbeit.weg == b.scenario.arbeit.weg  # a chosen path stays
    adult = Scenario(person=Person(geburtsdatum=date(2000, 1, 1)))
    neu, tag = variante(adult, date(2026, 6, 1), (Umschalter.werkstatt,))
    assert "arbeit.erwerbsgemindert" in keyed(neu, tag)


@pytest.mark.parametrize(("on", "dated"), [(date(2027, 2, 9), True), (date(2027, 2, 10), False)])
def test_parents_income_stops_counting_at_18(on: date, dated: bool) -> None:
    """Yusuf, born 10.2.2009: until the day before his 18th birthday the line is dated
    10.2.2027 (§ 136 Abs. 1, 5 SGB IX); from the day itself only his own income counts.
    The 2027 data is not yet published, so the line is checked on the 2026 data."""
    scenario = YUSUF.model_copy(
        update={"person": YUSUF.person.model_copy(update={"geburtsdatum": date(2008, 2, 10)})}
    )
    shifted = date(on.year - 1, on.month, on.day)
    stand = {z.key: z for z in uebersicht(scenario, shifted).zeilen}
    zeile = stand.get("eingliederungshilfe.eltern_einkommen")
    if dated:
        assert zeile is not None and zeile.frist.datum == date(2026, 2, 10)  # type: ignore[union-attr]
    else:
        assert zeile is None


def years_in_steps(value: object) -> list[int]:
    """Every plain count in the steps that reads like a calendar year (1900–2100)."""
    if isinstance(value, Step):
        return [
            q.value
            for q in value.values.values()
            if getattr(q, "kind", None) == "count"
            and q.unit is None  # type: ignore[union-attr]
            and 1900 <= q.value <= 2100  # type: ignore[union-attr]
        ]
    if isinstance(value, Explained):
        return [y for step in value.steps for y in years_in_steps(step)]
    if hasattr(type(value), "model_fields"):
        return [
            y for name in type(value).model_fields for y in years_in_steps(getattr(value, name))
        ]
    if isinstance(value, tuple | list):
        return [y for item in value for y in years_in_steps(item)]
    return []


@pytest.mark.parametrize("entry", BIBLIOTHEK, ids=lambda e: e.key)
def test_no_step_writes_a_year_as_a_grouped_number(entry) -> None:  # type: ignore[no-untyped-def]
    """A year is a Count with unit "calendar_year" (written 2023, never 2.023); every
    screen's steps for every preset are searched."""
    scenario, on = entry.scenario, entry.rechtsstand
    results = [
        evaluate(scenario, on)
        for evaluate in (
            evaluate_pflege,
            evaluate_eingliederungshilfe,
            evaluate_kinder,
            evaluate_arbeit,
            evaluate_steuern,
            evaluate_erbe,
            evaluate_widerspruch,
        )
    ]
    assert years_in_steps(results) == []

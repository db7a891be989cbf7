"""Eingliederungshilfe: responsibility, free benefits, Einkommensgrenze and Kostenbeitrag
(§§ 135–139 SGB IX). Brochure examples (Ratgeber C V 3) and hand computations from the
Bezugsgröße of parameters.md section 2 (40,740 / 42,420 / 44,940 / 47,460 €)."""

from datetime import date
from decimal import Decimal

import pytest

from engine.eingliederungshilfe import rules as e
from engine.eingliederungshilfe.beispiele import BEISPIELE
from engine.eingliederungshilfe.scenario import (
    Behinderungsart,
    EghLeistung,
    Eingliederungshilfe,
    Ursache,
)
from engine.explain import Term
from engine.household import Einkommen, Einkunftsart, Eltern, Wohnform

YEARS = {
    2023: date(2023, 6, 1),
    2024: date(2024, 6, 1),
    2025: date(2025, 6, 1),
    2026: date(2026, 11, 23),
}
BG = {2023: 40740, 2024: 42420, 2025: 44940, 2026: 47460}


def einkommen(betrag: int | str, art: str) -> Einkommen:
    return Einkommen(betrag_jahr=Decimal(str(betrag)), art=Einkunftsart(art))


# The shared workshop families (engine/beispiele.py), as the Ratgeber describes them.
MEIER = BEISPIELE["meier"].scenario.eltern
SCHMIDT = BEISPIELE["schmidt"].scenario.eltern


def test_example_families_are_the_brochures() -> None:
    assert (
        Eltern(elternteil_1=einkommen(35000, "nicht_sv_beschaeftigung"), kinder_im_haushalt=2)
        == MEIER
    )
    assert (
        Eltern(
            elternteil_1=einkommen(50000, "selbstaendig"),
            elternteil_2=einkommen(20000, "sv_beschaeftigung"),
            kinder_im_haushalt=5,
        )
        == SCHMIDT
    )
    assert {b.rechtsstand for b in BEISPIELE.values()} == {date(2023, 6, 1)}


def result(eltern: Eltern, on: date = YEARS[2023], minor: bool = True, **eh: object):
    egh = Eingliederungshilfe(**eh)  # type: ignore[arg-type]
    return e.eingliederungshilfe(egh, minor, eltern, None, on)


def amount(explained) -> Decimal:  # type: ignore[no-untyped-def]
    return explained.value.amount


def test_brochure_leon_meier() -> None:
    # 75 % × 40,740 = 30,555 + 2 × 4,074 (Leon and Max) = 38,703; 35,000 below → nothing.
    r = result(
        MEIER, behinderungsart=Behinderungsart.koerperlich, leistungen=(EghLeistung.mobilitaet,)
    )
    assert amount(r.einkommensgrenze) == 38703
    assert amount(r.kostenbeitrag) == 0


def test_brochure_mia_schmidt() -> None:
    # 85 % × 40,740 = 34,629 + 75 % = 30,555 → 65,184; 70,000 − 65,184 = 4,816;
    # 2 % = 96.32 → rounded down to 90 € a month; no child supplements for five children.
    r = result(
        SCHMIDT,
        behinderungsart=Behinderungsart.geistig,
        leistungen=(EghLeistung.assistenz_freizeit,),
    )
    assert amount(r.einkommensgrenze) == 65184
    step = r.kostenbeitrag.steps[-1]
    assert step.values["ueber"].amount == 4816
    assert step.values["roh"].amount == Decimal("96.32")
    assert amount(r.kostenbeitrag) == 90
    assert not any(s.rule == "egh.grenze.kinder" for s in r.einkommensgrenze.steps)


@pytest.mark.parametrize("year", sorted(YEARS))
@pytest.mark.parametrize(
    ("art", "share"),
    [
        ("sv_beschaeftigung", 85),
        ("selbstaendig", 85),
        ("nicht_sv_beschaeftigung", 75),
        ("rente", 60),
    ],
)
def test_every_limit_kind_each_year(year: int, art: str, share: int) -> None:
    r = result(Eltern(), YEARS[year], minor=False, einkommen=einkommen(1, art))
    assert amount(r.einkommensgrenze) == BG[year] * share // 100


@pytest.mark.parametrize("year", sorted(YEARS))
def test_supplements_each_year(year: int) -> None:
    bg, on = BG[year], YEARS[year]
    # Adult, sv-Beschäftigung, partner below own limit, two children: 85 + 15 + 2 × 10 %.
    r = result(
        Eltern(),
        on,
        minor=False,
        einkommen=einkommen(1, "sv_beschaeftigung"),
        partner=einkommen(1000, "rente"),
        kinder=2,
    )
    assert amount(r.einkommensgrenze) == round(bg * Decimal("0.85")) + round(
        bg * Decimal("0.15")
    ) + 2 * round(bg * Decimal("0.10"))
    # Partner above own limit (60 % for a pension): no partner supplement, 5 % per child.
    partner_over = bg * 60 // 100 + 1
    r = result(
        Eltern(),
        on,
        minor=False,
        einkommen=einkommen(1, "sv_beschaeftigung"),
        partner=einkommen(partner_over, "rente"),
        kinder=2,
    )
    assert amount(r.einkommensgrenze) == round(bg * Decimal("0.85")) + 2 * round(
        bg * Decimal("0.05")
    )
    # Minor with both parents: + 75 %, no child supplements.
    both = Eltern(
        elternteil_1=einkommen(1, "rente"), elternteil_2=einkommen(1, "rente"), kinder_im_haushalt=3
    )
    assert amount(result(both, on).einkommensgrenze) == round(bg * Decimal("0.60")) + round(
        bg * Decimal("0.75")
    )


def test_partner_exactly_at_own_limit_still_earns_the_supplement() -> None:
    at_limit = 40740 * 60 // 100  # 24,444: "exceeds" means more than
    r = result(
        Eltern(), minor=False, einkommen=einkommen(1, "rente"), partner=einkommen(at_limit, "rente")
    )
    assert amount(r.einkommensgrenze) == 24444 + 6111


def test_adult_counts_only_own_income_partner_never() -> None:
    r = result(
        Eltern(),
        minor=False,
        einkommen=einkommen(40000, "sv_beschaeftigung"),
        partner=einkommen(20000, "rente"),
    )
    # Limit 34,629 + 6,111 = 40,740; own 40,000 below; the partner's 20,000 is not added.
    assert amount(r.kostenbeitrag) == 0


@pytest.mark.parametrize(
    ("income", "monat"),
    [
        (34629, 0),  # exactly at the limit
        (34629 + 499, 0),  # 9.98 → 0
        (34629 + 500, 10),  # 10.00 exactly → 10
        (34629 + 999, 10),  # 19.98 → 10
        (34629 + 1000, 20),  # 20.00 → 20
        (34629 + 4500, 90),  # 90.00 → 90
        (34629 + 4499, 80),  # 89.98 → 80
    ],
)
def test_rounding_at_exact_multiples_of_10_and_the_limit_itself(income: int, monat: int) -> None:
    r = result(Eltern(), minor=False, einkommen=einkommen(income, "sv_beschaeftigung"))
    assert amount(r.kostenbeitrag) == monat


def test_lean_rule_matches_the_explained_one() -> None:
    for income in range(60000, 80001, 137):
        eltern = SCHMIDT.model_copy(
            update={"elternteil_1": einkommen(income - 20000, "selbstaendig")}
        )
        explained = amount(result(eltern).kostenbeitrag)
        lean = e.kostenbeitrag_monat(Decimal(income), Decimal(65184), Decimal("0.02"), Decimal(10))
        assert explained == lean


def test_vorvorjahr_and_current_year() -> None:
    r = result(SCHMIDT)
    assert r.kostenbeitrag.steps[0].values["jahr"].value == 2021
    r = result(SCHMIDT, einkommen_abweichend=True)
    assert r.kostenbeitrag.steps[0].values["jahr"].value == 2023
    assert r.kostenbeitrag.steps[0].legal_basis == "§ 135 Abs. 2 SGB IX"


@pytest.mark.parametrize(
    ("art", "minor", "ursache", "on", "traeger"),
    [
        (
            Behinderungsart.koerperlich,
            True,
            Ursache.keine,
            YEARS[2023],
            "traeger.eingliederungshilfe",
        ),
        (Behinderungsart.seelisch, True, Ursache.keine, YEARS[2023], "traeger.jugendamt"),
        (
            Behinderungsart.seelisch,
            False,
            Ursache.keine,
            YEARS[2023],
            "traeger.eingliederungshilfe",
        ),
        (Behinderungsart.geistig, True, Ursache.unfall, YEARS[2023], "traeger.unfallversicherung"),
        (
            Behinderungsart.seelisch,
            True,
            Ursache.gewalt_impfschaden,
            YEARS[2024],
            "traeger.versorgungsamt",
        ),
    ],
)
def test_zustaendigkeit(art, minor, ursache, on, traeger) -> None:  # type: ignore[no-untyped-def]
    assert e.zustaendigkeit(art, minor, ursache, on).value == Term(key=traeger)


def test_versorgungsamt_by_sgb_xiv_from_2024() -> None:
    before = e.zustaendigkeit(None, False, Ursache.gewalt_impfschaden, date(2023, 12, 31))
    after = e.zustaendigkeit(None, False, Ursache.gewalt_impfschaden, date(2024, 1, 1))
    assert "BVG" in before.legal_basis and after.legal_basis == "SGB XIV"


def frei(leistung: EghLeistung, wohnform: Wohnform | None = None, **eh: object) -> bool:
    r = e.eingliederungshilfe(
        Eingliederungshilfe(leistungen=(leistung,), **eh), True, SCHMIDT, wohnform, YEARS[2023]
    )  # type: ignore[arg-type]
    return r.leistungen[0].kostenfrei.value


@pytest.mark.parametrize(
    ("leistung", "eh", "expected"),
    [
        (EghLeistung.schulbegleitung, {}, True),
        (EghLeistung.werkstatt, {}, True),
        (EghLeistung.budget_fuer_arbeit, {}, True),
        (EghLeistung.tagesfoerderstaette, {}, True),
        (EghLeistung.medizinische_rehabilitation, {}, True),
        (EghLeistung.heilpaedagogische_leistungen, {"vor_einschulung": True}, True),
        (EghLeistung.heilpaedagogische_leistungen, {}, False),
        (EghLeistung.kita_assistenz, {"vor_einschulung": True}, True),
        (EghLeistung.assistenz_freizeit, {}, False),
        (EghLeistung.mobilitaet, {}, False),
        (EghLeistung.wohnraum, {}, False),
        (EghLeistung.assistenz_freizeit, {"existenzsichernd": True}, True),
        (EghLeistung.mobilitaet, {"behinderungsart": Behinderungsart.seelisch}, True),
    ],
)
def test_which_benefits_are_free(leistung: EghLeistung, eh: dict, expected: bool) -> None:  # type: ignore[type-arg]
    assert frei(leistung, **eh) is expected


def test_seelisch_minor_in_a_besondere_wohnform_follows_sgb_viii() -> None:
    assert not frei(
        EghLeistung.assistenz_einfach,
        Wohnform.besondere_wohnform,
        behinderungsart=Behinderungsart.seelisch,
    )
    r = result(SCHMIDT, behinderungsart=Behinderungsart.seelisch)
    assert r.kostenbeitrag is None  # SGB VIII contributions are not computed here


def test_parents_of_an_adult_never_pay() -> None:
    r = result(SCHMIDT, minor=False)
    assert r.eltern_volljaehriger_frei and r.kostenbeitrag is None


@pytest.mark.parametrize(
    ("year", "frei"), [(2023, 61110), (2024, 63630), (2025, 67410), (2026, 71190)]
)
def test_vermoegensfreibetrag_by_year(year: int, frei: int) -> None:
    r = result(MEIER, YEARS[year], vermoegen=Decimal(frei + 1))
    assert amount(r.vermoegensfreibetrag) == frei
    assert r.vermoegen_einzusetzen == 1


def test_vermoegen_with_grundsicherung_10000() -> None:
    r = result(MEIER, existenzsichernd=True, vermoegen=Decimal(12000))
    assert amount(r.vermoegensfreibetrag) == 10000 and r.vermoegen_einzusetzen == 2000

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
from engine.evaluate import evaluate_eingliederungshilfe
from engine.explain import Count, Term
from engine.household import Einkommen, Einkunftsart, Eltern, Person, Wohnform
from engine.scenario import Scenario

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
        Eltern(
            elternteil_1=einkommen(35000, "nicht_sv_beschaeftigung"),
            kinder_im_haushalt=2,
            zusammenlebend=False,
        )
        == MEIER
    )
    assert (
        Eltern(
            elternteil_1=einkommen(50000, "selbstaendig"),
            elternteil_2=einkommen(20000, "sv_beschaeftigung"),
            kinder_im_haushalt=5,
            zusammenlebend=True,
        )
        == SCHMIDT
    )
    assert {b.rechtsstand for b in BEISPIELE.values()} == {date(2023, 6, 1)}


def result(
    eltern: Eltern,
    on: date = YEARS[2023],
    minor: bool = True,
    lebt_mit_partner: bool | None = None,
    **eh: object,
):
    egh = Eingliederungshilfe(**eh)  # type: ignore[arg-type]
    return e.eingliederungshilfe(egh, minor, eltern, None, on, partner=lebt_mit_partner)


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
        ("sonstige", 75),  # § 136 Abs. 2 Satz 2: other kinds, e.g. rent, as Nr. 2
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


def test_grundsicherung_assets_do_not_count_for_the_eingliederungshilfe() -> None:
    # § 138 Abs. 1 Nr. 8 with § 140 Abs. 3 SGB IX: with Grundsicherung or Bürgergeld the
    # benefits are given without regard to assets; before, 12,000 − 10,000 (§ 90 SGB XII)
    # = 2,000 € was shown as to be used. The other programmes' limits are not shown as ours.
    r = result(Eltern(), minor=False, existenzsichernd=True, vermoegen=Decimal(12000))
    assert r.beitragsfrei.value and r.vermoegen_einzusetzen == 0
    assert r.beitragsfrei.legal_basis == "§ 138 Abs. 1 Nr. 8, § 140 Abs. 3 SGB IX"
    assert r.beitragsfrei.steps[0].message == "step.egh.vermoegen_grundsicherung"
    assert "vermoegen_schonbetrag" not in r.model_dump_json()


# --- Issue 9 item 1: who lives in the household is asked, a 0 € income is an income ---------
# 2023: Bezugsgröße 40,740; 85 % = 34,629; 75 % (Abs. 5) = 30,555; 15 % = 6,111; 10 % = 4,074.


def zwei_kinder(e1: int, e2: int | None, zusammen: bool | None) -> Eltern:
    return Eltern(
        elternteil_1=einkommen(e1, "sv_beschaeftigung"),
        elternteil_2=None if e2 is None else einkommen(e2, "sv_beschaeftigung"),
        kinder_im_haushalt=2,
        zusammenlebend=zusammen,
    )


@pytest.mark.parametrize(
    ("eltern", "grenze", "monat", "source"),
    [
        (
            zwei_kinder(60000, 0, True),
            65184,
            0,
            "§ 136 Abs. 2 Nr. 1 + Abs. 5: 34,629 + 30,555 = 65,184; 60,000 below → 0 "
            "(before: the 0 € parent was dropped, 42,777 and 340 €)",
        ),
        (zwei_kinder(60000, None, True), 65184, 0, "Abs. 5 by the household, not the incomes"),
        (zwei_kinder(65184, 0, True), 65184, 0, "exactly at the limit → 0"),
        (zwei_kinder(65683, 0, True), 65184, 0, "499 over: 9.98 → rounded down to 0"),
        (zwei_kinder(65684, 0, True), 65184, 10, "500 over: 10.00 → 10"),
        (
            zwei_kinder(60000, None, False),
            42777,
            340,
            "one parent, Abs. 3: 34,629 + 2 × 4,074 = 42,777; 17,223 over; 2 % = 344.46 → 340",
        ),
        (
            zwei_kinder(60000, 20000, False),
            42777,
            340,
            "one parent: a second income left in the scenario does not count (§ 136 Abs. 1)",
        ),
        (zwei_kinder(60000, None, None), 42777, 340, "old link, one income: one parent"),
        (
            zwei_kinder(60000, 0, None),
            65184,
            0,
            "old link with both incomes given: both parents, as before the question",
        ),
    ],
)
def test_minor_both_parents_zero_income_counts(
    eltern: Eltern, grenze: int, monat: int, source: str
) -> None:
    r = result(eltern)
    assert (amount(r.einkommensgrenze), amount(r.kostenbeitrag)) == (grenze, monat), source


@pytest.mark.parametrize(
    ("own", "lebt_mit_partner", "partner", "grenze", "monat", "source"),
    [
        (
            40000,
            True,
            einkommen(0, "sv_beschaeftigung"),
            40740,
            0,
            "§ 136 Abs. 3: 34,629 + 6,111 = 40,740 whatever the spouse earns; 40,000 below → 0 "
            "(before: 100 €)",
        ),
        (40000, True, None, 40740, 0, "spouse's income not entered: Abs. 3 still applies"),
        (40740, True, None, 40740, 0, "exactly at the limit → 0"),
        (41239, True, None, 40740, 0, "499 over: 9.98 → 0"),
        (41240, True, None, 40740, 10, "500 over: 10.00 → 10"),
        (
            40000,
            False,
            None,
            34629,
            100,
            "no partner: 40,000 − 34,629 = 5,371; 2 % = 107.42 → 100",
        ),
        (
            40000,
            False,
            einkommen(0, "sv_beschaeftigung"),
            34629,
            100,
            "no partner: a partner income left in the scenario is ignored",
        ),
        (
            40000,
            True,
            einkommen(34629, "sv_beschaeftigung"),
            40740,
            0,
            "spouse exactly at own limit 34,629: not above it, Abs. 3",
        ),
        (
            40000,
            True,
            einkommen(34630, "sv_beschaeftigung"),
            34629,
            100,
            "Abs. 4: spouse 1 € above own limit, no partner supplement: 34,629; 5,371 over → 100",
        ),
        (40000, None, einkommen(0, "rente"), 40740, 0, "old link: a partner income means one"),
        (40000, None, None, 34629, 100, "old link without partner income: no partner"),
    ],
)
def test_adult_with_spouse_who_earns_nothing(
    own: int,
    lebt_mit_partner: bool | None,
    partner: Einkommen | None,
    grenze: int,
    monat: int,
    source: str,
) -> None:
    r = result(
        Eltern(),
        minor=False,
        lebt_mit_partner=lebt_mit_partner,
        einkommen=einkommen(own, "sv_beschaeftigung"),
        partner=partner,
    )
    assert (amount(r.einkommensgrenze), amount(r.kostenbeitrag)) == (grenze, monat), source


# --- Issue 9 items 3 and 6: free benefits ask nothing from income or assets -----------------


def test_schmidt_asking_only_about_schulbegleitung_pays_nothing() -> None:
    # § 138 Abs. 1 Nr. 4 and § 140 Abs. 3 SGB IX. Before: 90 € and 80,000 − 61,110 = 18,890 €.
    r = result(SCHMIDT, leistungen=(EghLeistung.schulbegleitung,), vermoegen=Decimal(80000))
    assert r.beitragsfrei.value
    assert amount(r.kostenbeitrag) == 0 and r.einkommensgrenze is None
    assert r.vermoegen_einzusetzen == 0
    assert r.beitrag_nur_fuer == ()
    assert r.kostenbeitrag.legal_basis == "§ 138 Abs. 1, § 140 Abs. 3 SGB IX"


def test_schmidt_with_a_benefit_that_is_not_free_pays_as_the_brochure() -> None:
    # Freizeitassistenz (§ 78 SGB IX) is not in § 138 Abs. 1: 90 € (Ratgeber C V 3) and
    # 80,000 − 150 % × 40,740 = 80,000 − 61,110 = 18,890 € of assets to use (§ 139).
    r = result(SCHMIDT, leistungen=(EghLeistung.assistenz_freizeit,), vermoegen=Decimal(80000))
    assert not r.beitragsfrei.value
    assert amount(r.kostenbeitrag) == 90 and r.vermoegen_einzusetzen == 18890


def test_mixed_benefits_name_what_the_contribution_is_for() -> None:
    r = result(
        SCHMIDT,
        leistungen=(EghLeistung.schulbegleitung, EghLeistung.assistenz_freizeit),
        vermoegen=Decimal(80000),
    )
    assert not r.beitragsfrei.value
    assert r.beitragsfrei.steps[0].message == "step.egh.beitrag_teilweise"
    assert r.beitrag_nur_fuer == (EghLeistung.assistenz_freizeit,)
    assert amount(r.kostenbeitrag) == 90 and r.vermoegen_einzusetzen == 18890


@pytest.mark.parametrize(
    ("vermoegen", "frei_leistung", "einsatz"),
    [
        ("61110", False, "0"),  # exactly the § 139 allowance
        ("61110.01", False, "0.01"),  # one cent above
        ("61110.01", True, "0"),  # § 140 Abs. 3: free benefit, assets not regarded
    ],
)
def test_asset_use_both_sides_of_the_allowance(
    vermoegen: str, frei_leistung: bool, einsatz: str
) -> None:
    leistung = EghLeistung.schulbegleitung if frei_leistung else EghLeistung.mobilitaet
    r = result(MEIER, leistungen=(leistung,), vermoegen=Decimal(vermoegen))
    assert r.vermoegen_einzusetzen == Decimal(einsatz)


def test_grundsicherung_pays_no_kostenbeitrag_even_without_benefits_named() -> None:
    # § 138 Abs. 1 Nr. 8: adult, own pension 80,000 € (2023). Without Grundsicherung:
    # 60 % × 40,740 = 24,444; 55,556 over; 2 % = 1,111.12 → 1,110 €. With it: 0 €.
    ohne = result(Eltern(), minor=False, einkommen=einkommen(80000, "rente"))
    assert amount(ohne.kostenbeitrag) == 1110
    mit = result(Eltern(), minor=False, existenzsichernd=True, einkommen=einkommen(80000, "rente"))
    assert amount(mit.kostenbeitrag) == 0 and mit.einkommensgrenze is None


def test_no_benefit_named_keeps_the_general_computation() -> None:
    r = result(SCHMIDT)
    assert not r.beitragsfrei.value and r.beitragsfrei.steps[0].message == (
        "step.egh.beitrag_moeglich"
    )
    assert amount(r.kostenbeitrag) == 90


def test_jugendamt_ambulant_benefits_ask_nothing() -> None:
    r = result(
        SCHMIDT, behinderungsart=Behinderungsart.seelisch, leistungen=(EghLeistung.mobilitaet,)
    )
    assert r.beitragsfrei.value and r.beitragsfrei.legal_basis == "§ 91 SGB VIII"
    assert r.kostenbeitrag is None and r.vermoegen_einzusetzen == 0


# --- Issue 9 item 8: § 142 SGB IX, day-and-night or day care of a minor ---------------------


@pytest.mark.parametrize(
    ("leistungen", "eh", "minor", "expected"),
    [
        ((EghLeistung.schulbegleitung,), {"einrichtung": True}, True, True),  # Nr. 4, Internat
        ((EghLeistung.medizinische_rehabilitation,), {"einrichtung": True}, True, True),  # Nr. 2
        (
            (EghLeistung.heilpaedagogische_leistungen,),
            {"einrichtung": True, "vor_einschulung": True},
            True,
            True,
        ),  # Nr. 1
        ((EghLeistung.heilpaedagogische_leistungen,), {"einrichtung": True}, True, False),
        (
            (EghLeistung.kita_assistenz,),
            {"einrichtung": True, "vor_einschulung": True},
            True,
            True,
        ),  # Nr. 7
        ((EghLeistung.werkstatt,), {"einrichtung": True}, True, False),  # Nr. 3 is not listed
        ((EghLeistung.assistenz_freizeit,), {"einrichtung": True}, True, False),
        ((EghLeistung.schulbegleitung,), {}, True, None),  # not in a facility
        ((EghLeistung.schulbegleitung,), {"einrichtung": True}, False, None),  # adult
        (
            (EghLeistung.schulbegleitung,),
            {"einrichtung": True, "behinderungsart": Behinderungsart.seelisch},
            True,
            None,
        ),  # Jugendamt: SGB VIII
    ],
)
def test_haeusliche_ersparnis(
    leistungen: tuple[EghLeistung, ...],
    eh: dict,
    minor: bool,
    expected: bool | None,  # type: ignore[type-arg]
) -> None:
    r = result(SCHMIDT, minor=minor, leistungen=leistungen, **eh)
    decision = r.haeusliche_ersparnis
    assert (None if decision is None else decision.value) is expected


def test_boarding_school_parents_pay_only_the_haeusliche_ersparnis() -> None:
    # Ratgeber E II 1: Internats-Förderschule. Schulbegleitung / Teilhabe an Bildung (§ 138
    # Abs. 1 Nr. 4): no § 137 contribution; the parents bear the Lebensunterhalt only up to
    # the häusliche Ersparnis, which the Träger sets (no amount computed).
    r = result(
        SCHMIDT,
        leistungen=(EghLeistung.schulbegleitung, EghLeistung.mobilitaet),
        einrichtung=True,
    )
    decision = r.haeusliche_ersparnis
    assert decision.value and decision.legal_basis == "§ 142 Abs. 1 SGB IX"
    assert [s.values.get("leistung") for s in decision.steps] == [
        Term(key="egh.leistung.schulbegleitung"),
        None,
    ]
    assert decision.steps[-1].message == "step.egh.haeusliche_ersparnis_hoehe"
    # Mobilität is not free: its Kostenbeitrag stays (Schmidt: 90 €).
    assert r.beitrag_nur_fuer == (EghLeistung.mobilitaet,) and amount(r.kostenbeitrag) == 90


# --- Issue 9 item 12: Hilfe für junge Volljährige, other kinds of income ---------------------


@pytest.mark.parametrize(
    ("art", "on", "traeger"),
    [
        (Behinderungsart.seelisch, date(2023, 5, 31), "traeger.jugendamt"),  # 17
        (Behinderungsart.seelisch, date(2023, 6, 1), "traeger.jugendamt_junge_volljaehrige"),
        (Behinderungsart.seelisch, date(2026, 5, 31), "traeger.jugendamt_junge_volljaehrige"),
        (Behinderungsart.seelisch, date(2026, 6, 1), "traeger.eingliederungshilfe"),  # 21
        (Behinderungsart.geistig, date(2023, 6, 1), "traeger.eingliederungshilfe"),
    ],
)
def test_jugendamt_for_young_adults_until_21(art: Behinderungsart, on: date, traeger: str) -> None:
    # Born 1 June 2005: 18 on 1 June 2023, 21 on 1 June 2026 (§ 41 Abs. 1 Satz 2 SGB VIII).
    scenario = Scenario(
        person=Person(geburtsdatum=date(2005, 6, 1)),
        eingliederungshilfe=Eingliederungshilfe(behinderungsart=art),
    )
    assert evaluate_eingliederungshilfe(scenario, on).zustaendigkeit.value == Term(key=traeger)


def test_young_adult_answer_names_21_and_27() -> None:
    r = e.zustaendigkeit(Behinderungsart.seelisch, False, Ursache.keine, YEARS[2024], alter=19)
    step = r.steps[0]
    assert step.values == {"bis": Count(value=21), "hoechstens": Count(value=27)}
    assert {p.key for p in step.parameters} == {
        "hilfe_junge_volljaehrige_regelalter",
        "junger_volljaehriger_hoechstalter",
    }
    assert r.legal_basis == "§ 41 SGB VIII mit § 35a SGB VIII"


@pytest.mark.parametrize(
    ("income", "monat"),
    [
        (30555, 0),  # 75 % × 40,740 = 30,555, exactly at the limit
        (31054, 0),  # 499 over: 9.98 → 0
        (31055, 10),  # 500 over: 10.00 → 10
    ],
)
def test_rent_income_uses_75_percent(income: int, monat: int) -> None:
    # § 136 Abs. 2 Satz 2 SGB IX: income mainly from other kinds (rent, capital) → Nr. 2.
    r = result(Eltern(), minor=False, einkommen=einkommen(income, "sonstige"))
    assert amount(r.kostenbeitrag) == monat
    assert r.einkommensgrenze.steps[0].legal_basis == "§ 136 Abs. 2 Satz 2 SGB IX"


# --- Issue 9 item 13: a single parent gets the Abs. 3 supplements, with a hint ---------------


def test_single_parent_hint() -> None:
    assert result(MEIER).hinweis_alleinerziehend  # 38,703 € as the brochure
    assert not result(SCHMIDT).hinweis_alleinerziehend
    assert not result(
        Eltern(), minor=False, einkommen=einkommen(1, "rente")
    ).hinweis_alleinerziehend


# --- Audit of issue 9, gap 1: the Jugendamt's young adults pay by the SGB VIII -------------


def young_adult(on: date, **eh: object) -> Scenario:
    """Born 1 June 2005 (18 on 1.6.2023, 21 on 1.6.2026), seelische Behinderung,
    Freizeitassistenz, own income 45,000 €, assets 80,000 €, no partner; parents 70,000 €
    and 0 € living together (what a minor's SGB IX contribution would count)."""
    return Scenario(
        person=Person(geburtsdatum=date(2005, 6, 1), partner=False),
        eltern=Eltern(
            elternteil_1=einkommen(70000, "sv_beschaeftigung"),
            elternteil_2=einkommen(0, "sv_beschaeftigung"),
            zusammenlebend=True,
        ),
        eingliederungshilfe=Eingliederungshilfe(
            behinderungsart=Behinderungsart.seelisch,
            leistungen=(EghLeistung.assistenz_freizeit,),
            einkommen=einkommen(45000, "sv_beschaeftigung"),
            vermoegen=Decimal(80000),
            **eh,  # type: ignore[arg-type]
        ),
    )


def test_audit_young_adult_at_the_jugendamt_pays_no_sgb_ix_contribution() -> None:
    # The audit's case: born 1.1.2005, 19 on 1.6.2024. Before the fix the screen showed the
    # SGB IX answer: 85 % × 42,420 = 36,057; 45,000 − 36,057 = 8,943; 2 % = 178.86 → 170 €
    # a month, and 80,000 − 150 % × 42,420 (63,630) = 16,370 € of assets. By § 91 SGB VIII
    # the ambulant Freizeitassistenz is free: nothing from income, no assets.
    scenario = young_adult(YEARS[2024]).model_copy(
        update={"person": Person(geburtsdatum=date(2005, 1, 1), partner=False)}
    )
    r = evaluate_eingliederungshilfe(scenario, YEARS[2024])
    assert r.zustaendigkeit.value == Term(key="traeger.jugendamt_junge_volljaehrige")
    assert r.sgb_viii and not r.minderjaehrig
    assert r.kostenbeitrag is None and r.einkommensgrenze is None
    assert r.vermoegen_einzusetzen == 0 and r.haushalt_angenommen is None
    frei = r.leistungen[0].kostenfrei
    assert frei.value and frei.legal_basis == "§ 91 mit § 41 SGB VIII"
    assert frei.steps[0].message == "step.egh.frei_junge_volljaehrige_ambulant"
    assert r.beitragsfrei.value and r.beitragsfrei.legal_basis == "§ 91 SGB VIII"


@pytest.mark.parametrize(
    ("on", "traeger", "monat", "einsatz"),
    [
        # 17, a minor at the Jugendamt (§ 35a): by the SGB IX the parents' 70,000 € would
        # pay 90 € (limit 65,184 €); the SGB VIII asks nothing for ambulant help.
        (date(2023, 5, 31), "traeger.jugendamt", None, 0),
        (date(2023, 6, 1), "traeger.jugendamt_junge_volljaehrige", None, 0),  # 18th birthday
        (date(2026, 5, 31), "traeger.jugendamt_junge_volljaehrige", None, 0),  # last day at 20
        # 21: Träger der Eingliederungshilfe, SGB IX on own income: 85 % × 47,460 = 40,341;
        # 45,000 − 40,341 = 4,659; 2 % = 93.18 → 90 €. Assets: 150 % × 47,460 = 71,190;
        # 80,000 − 71,190 = 8,810 €.
        (date(2026, 6, 1), "traeger.eingliederungshilfe", 90, 8810),
    ],
)
def test_young_adult_costs_follow_who_is_responsible(
    on: date, traeger: str, monat: int | None, einsatz: int
) -> None:
    r = evaluate_eingliederungshilfe(young_adult(on), on)
    assert r.zustaendigkeit.value == Term(key=traeger)
    assert r.sgb_viii is (monat is None)
    assert (None if r.kostenbeitrag is None else amount(r.kostenbeitrag)) == monat
    assert r.vermoegen_einzusetzen == einsatz


def test_stationary_help_for_a_young_adult_uses_neither_income_nor_assets() -> None:
    # § 92 Abs. 1, 1a SGB VIII since 1.1.2023: only parents pay, from their income; the
    # young adult nothing (before: 25 % of the income from 10.6.2021, outside the data).
    scenario = young_adult(YEARS[2024]).model_copy(
        update={
            "person": Person(
                geburtsdatum=date(2005, 6, 1), partner=False, wohnform=Wohnform.besondere_wohnform
            )
        }
    )
    r = evaluate_eingliederungshilfe(scenario, YEARS[2024])
    decision = r.leistungen[0].kostenfrei
    assert not decision.value
    assert decision.legal_basis == "§ 92 Abs. 1, 1a, § 94 Abs. 3 SGB VIII"
    assert decision.steps[0].message == "step.egh.sgb8_stationaer_junge_volljaehrige"
    assert r.sgb_viii and r.kostenbeitrag is None and r.vermoegen_einzusetzen == 0
    assert r.beitragsfrei.steps[0].message == "step.egh.sgb8_kein_vermoegen"


def test_jugendamt_uses_no_parental_assets_for_a_minor_in_a_home() -> None:
    # § 92 Abs. 1 SGB VIII: parents pay "aus ihrem Einkommen" only. By § 139 SGB IX the
    # engine had asked 80,000 − 61,110 (150 % × 40,740) = 18,890 €; by the SGB VIII nothing.
    r = e.eingliederungshilfe(
        Eingliederungshilfe(
            behinderungsart=Behinderungsart.seelisch,
            leistungen=(EghLeistung.assistenz_einfach,),
            vermoegen=Decimal(80000),
        ),
        True,
        SCHMIDT,
        Wohnform.besondere_wohnform,
        YEARS[2023],
    )
    assert r.sgb_viii and not r.beitragsfrei.value and r.vermoegen_einzusetzen == 0
    assert r.beitragsfrei.legal_basis == "§ 92 SGB VIII"


# --- Audit of issue 9, gap 4: an unanswered household question is an assumption ------------


def test_old_link_of_the_issues_family_says_it_assumed_one_parent() -> None:
    # The link the old screen made for "both parents, one earns 60,000 €, the other 0 €": the
    # 0 € was dropped (no e2). Read as one parent: 85 % × 40,740 = 34,629 + 2 × 10 % (4,074)
    # = 42,777; 60,000 − 42,777 = 17,223; 2 % = 344.46 → 340 €, now marked as assumed.
    # Its scenario (tests/app/test_eingliederungshilfe_screen.py opens the link itself):
    scenario = Scenario(
        person=Person(geburtsdatum=date(2015, 1, 1)),
        eltern=Eltern(elternteil_1=einkommen(60000, "sv_beschaeftigung"), kinder_im_haushalt=2),
        eingliederungshilfe=Eingliederungshilfe(behinderungsart=Behinderungsart.geistig),
    )
    r = evaluate_eingliederungshilfe(scenario, YEARS[2023])
    assert amount(r.kostenbeitrag) == 340
    annahme = r.haushalt_angenommen
    assert annahme is not None and annahme.value is False
    assert annahme.legal_basis == "§ 136 Abs. 5 SGB IX"
    assert annahme.steps[0].message == "step.egh.annahme_eltern"
    assert annahme.steps[0].values == {"annahme": Term(key="egh.eltern.einer")}
    # Answered "both parents": 34,629 + 75 % (30,555) = 65,184 > 60,000 → 0 €, no assumption.
    beide = scenario.with_value(("eltern", "zusammenlebend"), True)
    r = evaluate_eingliederungshilfe(beide, YEARS[2023])
    assert amount(r.kostenbeitrag) == 0 and r.haushalt_angenommen is None
    einer = scenario.with_value(("eltern", "zusammenlebend"), False)
    r = evaluate_eingliederungshilfe(einer, YEARS[2023])
    assert amount(r.kostenbeitrag) == 340 and r.haushalt_angenommen is None


@pytest.mark.parametrize(
    ("eltern", "minor", "partner", "eh", "expected"),
    [
        (SCHMIDT.model_copy(update={"zusammenlebend": None}), True, None, {}, "egh.eltern.beide"),
        (Eltern(), True, None, {}, None),  # no income: nothing computed, nothing assumed
        (Eltern(), False, None, {"einkommen": einkommen(30000, "rente")}, "leistung.nein"),
        (
            Eltern(),
            False,
            None,
            {"einkommen": einkommen(30000, "rente"), "partner": einkommen(0, "rente")},
            "leistung.ja",
        ),
        (Eltern(), False, False, {"einkommen": einkommen(30000, "rente")}, None),
        (Eltern(), False, True, {"einkommen": einkommen(30000, "rente")}, None),
        (Eltern(), False, None, {}, None),
    ],
)
def test_household_answer_assumed_only_when_unanswered_and_used(
    eltern: Eltern,
    minor: bool,
    partner: bool | None,
    eh: dict,  # type: ignore[type-arg]
    expected: str | None,
) -> None:
    r = result(eltern, minor=minor, lebt_mit_partner=partner, **eh)
    annahme = r.haushalt_angenommen
    assert (None if annahme is None else annahme.steps[0].values["annahme"].key) == expected


# --- Audit of issue 9, gap 8: § 138 Abs. 1 Nr. 5 SGB IX in the catalogue --------------------


@pytest.mark.parametrize(
    ("leistung", "minor", "frei_erwartet", "ersparnis"),
    [
        # Nr. 5: "soweit diese Leistungen in besonderen Ausbildungsstätten über Tag und Nacht
        # für Menschen mit Behinderungen erbracht werden": free there, for a minor with § 142.
        (EghLeistung.schulische_berufsausbildung_internat, True, True, True),
        (EghLeistung.schulische_berufsausbildung_internat, False, True, None),
        # Elsewhere § 112 Abs. 1 Satz 1 Nr. 2 bears the §§ 135–137 contribution.
        (EghLeistung.schulische_berufsausbildung, True, False, False),
        (EghLeistung.schulische_berufsausbildung, False, False, None),
    ],
)
def test_schulische_berufsausbildung_free_only_day_and_night(
    leistung: EghLeistung, minor: bool, frei_erwartet: bool, ersparnis: bool | None
) -> None:
    r = result(SCHMIDT, minor=minor, leistungen=(leistung,), einrichtung=True)
    decision = r.leistungen[0].kostenfrei
    assert decision.value is frei_erwartet
    assert decision.legal_basis == (
        "§ 138 Abs. 1 Nr. 5 SGB IX" if frei_erwartet else "§§ 135–137 SGB IX"
    )
    assert r.leistungen[0].basis == "§ 112 Abs. 1 Satz 1 Nr. 2 SGB IX"
    haeusliche = r.haeusliche_ersparnis
    assert (None if haeusliche is None else haeusliche.value) is ersparnis

"""The overview reads each area's residence result (issue 11): a benefit the status
excludes is a "kein Anspruch" line outside the month's total, a benefit at the office's
discretion keeps its amount but leaves the sure total, and a family that skipped the
questions gets today's answers and one line saying what they assume."""

from datetime import date
from decimal import Decimal

import pytest

from engine.arbeit.scenario import Arbeit, Arbeitsweg
from engine.asyl.rules import Aufenthaltsstatus
from engine.eingliederungshilfe.beispiele import BEISPIELE as EGH
from engine.explain import Money
from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Aufenthaltszweck,
    Krankenversicherung,
    Merkzeichen,
    Person,
    Staatsangehoerigkeit,
)
from engine.nachteilsausgleiche.beispiele import BEISPIELE as STEUERN
from engine.scenario import Scenario
from engine.uebersicht.beispiele import AMIRA, KEMAL
from engine.uebersicht.zeilen import RANG_AUSSCHLUSS, Uebersicht, Zeile, uebersicht

# Issue 11: Aufenthaltsgestattung, on AsylbLG, child aged 6 (born 20.11.2018: 6 on
# 1.3.2025) with Pflegegrad 3 at home.
KIND = Person(geburtsdatum=date(2018, 11, 20), pflegegrad=3)


def familie(monate: int, kasse: Krankenversicherung = Krankenversicherung.asylblg) -> Scenario:
    return Scenario(
        person=KIND,
        aufenthalt=Aufenthalt(
            staatsangehoerigkeit=Staatsangehoerigkeit.andere,
            dokument=Aufenthaltsdokument.aufenthaltsgestattung,
            monate_in_deutschland=monate,
            asylblg=True,
            krankenversicherung=kasse,
        ),
    )


def by_key(stand: Uebersicht) -> dict[str, Zeile]:
    return {z.key: z for z in stand.zeilen}


def messages(zeile: Zeile) -> list[str]:
    return [s.message for s in zeile.erklaerung.steps]


def test_issue_family_on_1_march_2025_gets_nothing_it_cannot_get() -> None:
    """Before: Pflegegeld PG 3 599 € (§ 37 Abs. 1 SGB XI) + Kindergeld 255 € (§ 66 Abs. 1
    EStG, 2025) + Entlastungsbetrag 131 € (§ 45b) + Pflegehilfsmittel 42 € (§ 40 Abs. 2)
    = 1,027 € a month. All four are excluded: no Pflegeversicherung under §§ 4, 6 AsylbLG
    (§ 1 Abs. 2 SGB XI), no Kindergeld with a Gestattung (§ 62 Abs. 2 EStG). The month:
    0 €. The Frühförderung and Kita help (Eingliederungshilfe) are excluded too, § 100
    Abs. 2 SGB IX, with § 6 AsylbLG for the child and 36 − 20 = 16 months to the
    Analogleistungen (§ 2 Abs. 1 AsylbLG)."""
    stand = uebersicht(familie(20), date(2025, 3, 1))
    assert stand.summe_monat == 0 and stand.summe_vorbehalt == 0
    zeilen = by_key(stand)
    for key in ("pflegegeld", "entlastungsbetrag", "pflegehilfsmittel", "tages_nachtpflege"):
        assert f"pflege.{key}" not in zeilen
    assert "kinder.kindergeld" in zeilen and "kinder.fruehfoerderung" not in zeilen
    nein = [z for z in stand.zeilen if not z.anspruch]
    # What to do first: the three exclusions, before every benefit to apply for.
    assert stand.zeilen[:3] == tuple(nein)
    assert [(z.key, z.legal_basis, z.rang) for z in nein] == [
        ("pflege.pflegeversicherung", "§ 1 Abs. 2 SGB XI", RANG_AUSSCHLUSS),
        ("kinder.kindergeld", "§ 62 Abs. 2 EStG", RANG_AUSSCHLUSS),
        ("kinder.eingliederungshilfe", "§ 100 Abs. 2 SGB IX", RANG_AUSSCHLUSS),
    ]
    for zeile in nein:
        assert (zeile.betrag, zeile.im_monat, zeile.monatlich) == (None, False, 0)
        assert zeile.aufenthalt is Aufenthaltsstatus.ausgeschlossen
    pv = zeilen["pflege.pflegeversicherung"]
    assert messages(pv) == ["step.pv.aufenthalt.asylblg", "step.asyl.analog.noch_nicht"]
    assert pv.erklaerung.steps[1].values["fehlen"].value == 16  # type: ignore[union-attr]
    assert messages(zeilen["kinder.eingliederungshilfe"]) == [
        "step.egh.aufenthalt.asylblg",
        "step.egh.aufenthalt.paragraph6_kind",
        "step.asyl.analog.noch_nicht",
        "step.aufenthalt.schwerbehindertenausweis",
    ]
    assert not stand.aufenthalt_angenommen


@pytest.mark.parametrize(("monate", "analog"), [(35, False), (36, True)])
def test_36_months_open_the_integration_aid_not_the_care_insurance(
    monate: int, analog: bool
) -> None:
    """§ 2 Abs. 1 AsylbLG (since 27.2.2024): after 36 months Teil 2 SGB IX applies
    entsprechend, so Frühförderung and Kita help are free again (§ 138 Abs. 1 SGB IX); 35
    months are one short. Membership still decides the Pflegeversicherung (§ 1 Abs. 2 SGB
    XI) and the Gestattung the Kindergeld: the month stays 0 € on both sides."""
    stand = uebersicht(familie(monate), date(2025, 3, 1))
    zeilen = by_key(stand)
    assert stand.summe_monat == 0
    assert not zeilen["pflege.pflegeversicherung"].anspruch
    assert not zeilen["kinder.kindergeld"].anspruch
    assert ("kinder.eingliederungshilfe" in zeilen) is not analog
    if analog:
        for key in ("kinder.fruehfoerderung", "kinder.kita"):
            assert zeilen[key].kostenfrei is True
            assert zeilen[key].aufenthalt is Aufenthaltsstatus.analog
        assert "step.asyl.analog.erreicht" in messages(zeilen["pflege.pflegeversicherung"])


def test_with_the_paragraph_264_card_care_comes_from_the_sozialamt() -> None:
    """§ 264 Abs. 2 SGB V: the card is no Pflegeversicherung; the Sozialamt pays care as
    Hilfe zur Pflege (§§ 61 ff. SGB XII): still no Pflegekasse amounts in the month."""
    stand = uebersicht(familie(36, Krankenversicherung.sozialamt), date(2025, 3, 1))
    pv = by_key(stand)["pflege.pflegeversicherung"]
    assert messages(pv) == ["step.pv.aufenthalt.paragraph264"]
    assert stand.summe_monat == 0


@pytest.mark.parametrize(
    ("on", "analog"),
    [
        # § 2 Abs. 1 AsylbLG as of 21.8.2019: 18 months; 20 ≥ 18 → Analogleistungen.
        (date(2024, 2, 26), True),
        # Rückführungsverbesserungsgesetz, from 27.2.2024: 36 months; 20 < 36.
        (date(2024, 2, 27), False),
    ],
)
def test_18_to_36_months_on_27_february_2024(on: date, analog: bool) -> None:
    """The family (20 months, aged 5 then) on both sides of the change: the child's
    integration-aid lines are free on 26.2.2024 and a "kein Anspruch" line on 27.2.2024.
    Kindergeld 250 € (2024) and Pflegegeld 573 € (PG 3, 2024) are excluded on both days."""
    stand = uebersicht(familie(20), on)
    zeilen = by_key(stand)
    assert stand.summe_monat == 0
    assert ("kinder.kita" in zeilen) is analog
    assert ("kinder.eingliederungshilfe" in zeilen) is not analog


def werkstatt(monate: int) -> Scenario:
    """An adult (born 1.1.1995) with a Duldung, on AsylbLG, in the Werkstatt's
    Arbeitsbereich."""
    return Scenario(
        person=Person(geburtsdatum=date(1995, 1, 1)),
        arbeit=Arbeit(weg=Arbeitsweg.werkstatt_arbeitsbereich),
        aufenthalt=Aufenthalt(
            staatsangehoerigkeit=Staatsangehoerigkeit.andere,
            dokument=Aufenthaltsdokument.duldung,
            monate_in_deutschland=monate,
            asylblg=True,
            krankenversicherung=Krankenversicherung.asylblg,
        ),
    )


@pytest.mark.parametrize(
    ("monate", "summe"),
    [
        # § 23 Abs. 2 SGB XII: no Grundsicherung under the AsylbLG. The month is the
        # Werkstatt's pay: Grundbetrag 133 € (§ 221 Abs. 2 SGB IX) + Arbeitsförderungsgeld
        # 52 € (§ 59 Abs. 1 SGB IX) = 185 €, not 185 + 531.69 = 716.69 €.
        (20, Decimal(185)),
        (35, Decimal(185)),
        # 36 months: § 2 Abs. 1 AsylbLG applies the SGB XII entsprechend: 716.69 €.
        (36, Decimal("716.69")),
    ],
)
def test_duldung_werkstatt_adult_has_no_grundsicherung_before_36_months(
    monate: int, summe: Decimal
) -> None:
    stand = uebersicht(werkstatt(monate), date(2026, 6, 1))
    zeilen = by_key(stand)
    gs = zeilen["arbeit.grundsicherung"]
    assert stand.summe_monat == summe
    assert zeilen["arbeit.entgelt"].betrag == Money(amount=Decimal(133), per="month")
    assert zeilen["arbeit.arbeitsfoerderungsgeld"].betrag == Money(amount=Decimal(52), per="month")
    if monate < 36:
        assert (gs.anspruch, gs.betrag, gs.legal_basis) == (False, None, "§ 23 Abs. 2 SGB XII")
        assert messages(gs)[0] == "step.sozialhilfe.aufenthalt.asylblg"
        assert stand.zeilen[0] is gs
    else:
        assert gs.betrag == Money(amount=Decimal("531.69"), per="month")
        assert gs.aufenthalt is Aufenthaltsstatus.analog


def erlaubnis(zweck: Aufenthaltszweck, erwerbstaetig: bool) -> Aufenthalt:
    """An Aufenthaltserlaubnis held for four years, with a gesetzliche Krankenkasse."""
    return Aufenthalt(
        staatsangehoerigkeit=Staatsangehoerigkeit.andere,
        dokument=Aufenthaltsdokument.aufenthaltserlaubnis,
        zweck=zweck,
        monate_in_deutschland=48,
        erwerbstaetig=erwerbstaetig,
        krankenversicherung=Krankenversicherung.gesetzlich,
    )


def test_blindenhilfe_at_discretion_keeps_its_amount_outside_the_sure_total() -> None:
    """Preset "blind_bayern" (1.9.2025): Landesblindengeld 776 € (Art. 2 BayBlindG) and
    Blindenhilfe 137.19 € (§ 72 SGB XII) = 913.19 €. With a study title the stay is not
    settled: Blindenhilfe only at discretion (§ 23 Abs. 1 Satz 3 SGB XII). Sure: 776 €;
    on top if the Sozialamt grants it: 137.19 €."""
    b = STEUERN["blind_bayern"]
    assert uebersicht(b.scenario, b.rechtsstand).summe_monat == Decimal("913.19")
    scenario = b.scenario.model_copy(
        update={"aufenthalt": erlaubnis(Aufenthaltszweck.studium_ausbildung, False)}
    )
    stand = uebersicht(scenario, b.rechtsstand)
    hilfe = by_key(stand)["steuern.blindenhilfe"]
    assert hilfe.betrag == Money(amount=Decimal("137.19"), per="month")
    assert hilfe.vorbehalt and hilfe.aufenthalt is Aufenthaltsstatus.ermessen
    assert messages(hilfe)[0] == "step.sozialhilfe.aufenthalt.ermessen"
    assert (stand.summe_monat, stand.summe_vorbehalt) == (Decimal(776), Decimal("137.19"))


def test_integration_aid_at_discretion_moves_with_its_kostenbeitrag() -> None:
    """Preset "schmidt" (1.6.2023): Kindergeld 250 € less the Kostenbeitrag 90 € (§ 137
    SGB IX) = 160 €. With an Aufenthaltserlaubnis for an obstacle to departure the stay is
    not expected to last: Eingliederungshilfe at discretion (§ 100 Abs. 1 Satz 1 SGB IX),
    for children "in der Regel zugunsten". The contribution is only owed once the Träger
    grants the help, so it leaves the sure total with it: 250 € sure, −90 € if granted.
    The Kindergeld is owed: working, § 62 Abs. 2 Nr. 2 Buchst. c, Nr. 3 EStG."""
    s = EGH["schmidt"]
    scenario = s.scenario.model_copy(
        update={"aufenthalt": erlaubnis(Aufenthaltszweck.ausreisehindernis, True)}
    )
    stand = uebersicht(scenario, s.rechtsstand)
    zeilen = by_key(stand)
    assert (stand.summe_monat, stand.summe_vorbehalt) == (Decimal(250), Decimal(-90))
    for key in ("eingliederungshilfe.kostenbeitrag", "kinder.schule"):
        assert zeilen[key].aufenthalt is Aufenthaltsstatus.ermessen
    assert "step.egh.aufenthalt.ermessen_kind" in messages(zeilen["kinder.schule"])


@pytest.mark.parametrize(
    ("aufenthalt", "angenommen"),
    [
        (Aufenthalt(), True),
        (
            Aufenthalt(
                staatsangehoerigkeit=Staatsangehoerigkeit.deutsch,
                krankenversicherung=Krankenversicherung.gesetzlich,
            ),
            False,
        ),
    ],
)
def test_a_german_family_and_one_that_skipped_the_questions_are_unchanged(
    aufenthalt: Aufenthalt, angenommen: bool
) -> None:
    """Amira (2026): 599 + 131 + 42 + Kindergeld 259 = 1,031 € with every line as before;
    without residence facts the overview says once that it assumes an unrestricted
    status (the area screens' line), a German family with its Krankenkasse named needs no
    such line (§ 1 Abs. 2 SGB XI: the insurance, not the citizenship, decides the care)."""
    before = uebersicht(AMIRA, date(2026, 6, 1))
    stand = uebersicht(AMIRA.model_copy(update={"aufenthalt": aufenthalt}), date(2026, 6, 1))
    assert stand.summe_monat == Decimal("1031.00") and stand.summe_vorbehalt == 0
    strip = {"aufenthalt": None}
    assert [z.model_copy(update=strip) for z in stand.zeilen] == [
        z.model_copy(update=strip) for z in before.zeilen
    ]
    assert all(z.anspruch for z in stand.zeilen)
    assert stand.aufenthalt_angenommen is angenommen


def test_buergergeld_exclusion_says_what_applies_instead() -> None:
    """§ 7 Abs. 1 Satz 2 Nr. 3 SGB II: Kemal with a Duldung on AsylbLG gets no Bürgergeld;
    instead the Sozialamt pays the Grundleistungen (§ 3 AsylbLG), and after 36 − 20 = 16
    more months the Analogleistungen (§ 2 Abs. 1 AsylbLG). Nr. 1: an EU citizen in the
    first 2 < 3 months hears that the Jobcenter pays nothing, the Sozialamt can bridge a
    month (§ 23 Abs. 3 Satz 3 SGB XII) and the Ausländerbehörde answers on the right of
    residence."""
    duldung = KEMAL.model_copy(
        update={
            "aufenthalt": Aufenthalt(
                staatsangehoerigkeit=Staatsangehoerigkeit.andere,
                dokument=Aufenthaltsdokument.duldung,
                monate_in_deutschland=20,
                asylblg=True,
            )
        }
    )
    zeile = by_key(uebersicht(duldung, date(2026, 6, 1)))["arbeit.buergergeld"]
    assert not zeile.anspruch and zeile.legal_basis == "§ 7 Abs. 1 Satz 2 Nr. 3 SGB II"
    assert messages(zeile) == [
        "step.buergergeld.aufenthalt.asylblg",
        "step.buergergeld.aufenthalt.asylblg_statt",
        "step.asyl.analog.noch_nicht",
    ]
    eu = KEMAL.model_copy(
        update={
            "aufenthalt": Aufenthalt(
                staatsangehoerigkeit=Staatsangehoerigkeit.eu_ewr_schweiz,
                monate_in_deutschland=2,
                erwerbstaetig=False,
            )
        }
    )
    zeile = by_key(uebersicht(eu, date(2026, 6, 1)))["arbeit.buergergeld"]
    assert zeile.legal_basis == "§ 7 Abs. 1 Satz 2 Nr. 1 SGB II"
    assert messages(zeile) == [
        "step.buergergeld.aufenthalt.erste_monate",
        "step.buergergeld.aufenthalt.ueberbrueckung",
    ]


@pytest.mark.parametrize(
    ("dokument", "vorbehalt"),
    [(Aufenthaltsdokument.duldung, True), (Aufenthaltsdokument.niederlassungserlaubnis, False)],
)
def test_wertmarke_waits_for_the_versorgungsamt_with_a_duldung(
    dokument: Aufenthaltsdokument, vorbehalt: bool
) -> None:
    """§ 2 Abs. 2 SGB IX: with a Duldung the Schwerbehindertenausweis needs a stay expected
    to last, which the Versorgungsamt checks; the free Wertmarke (§ 228 Abs. 4 Nr. 1 SGB IX,
    Merkzeichen Bl) and the Kfz-Steuer exemption (§ 3a Abs. 1 KraftStG) follow the card.
    With a Niederlassungserlaubnis the residence is lawful: no reservation. (No Land is
    given, so no Landesblindengeld line: whether § 9 Abs. 1 AsylbLG excludes it is the
    Land law's question, which the engine does not model.)"""
    scenario = Scenario(
        person=Person(geburtsdatum=date(1995, 1, 1), gdb=100, merkzeichen=(Merkzeichen.Bl,)),
        aufenthalt=Aufenthalt(
            staatsangehoerigkeit=Staatsangehoerigkeit.andere,
            dokument=dokument,
            monate_in_deutschland=40,
            krankenversicherung=Krankenversicherung.gesetzlich,
        ),
    )
    stand = uebersicht(scenario, date(2026, 11, 24))
    zeilen = by_key(stand)
    for key in ("steuern.wertmarke", "steuern.kfz"):
        assert zeilen[key].vorbehalt is vorbehalt and zeilen[key].kostenfrei is True
    assert zeilen["steuern.wertmarke"].aufenthalt is (
        Aufenthaltsstatus.pruefen if vorbehalt else Aufenthaltsstatus.anspruch
    )
    assert "steuern.landesblindengeld" not in zeilen

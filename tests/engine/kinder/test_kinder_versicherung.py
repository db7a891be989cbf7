"""Issue 11: the parents' benefits of the Krankenkasse by the household's insurance —
Kinderkrankengeld (§ 45 SGB V) and Haushaltshilfe (§ 38 SGB V) — and the § 100 SGB IX
status the children's result carries for Frühförderung, Kita and school help."""

from datetime import date

import pytest

from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.eingliederungshilfe.scenario import Eingliederungshilfe
from engine.household import Aufenthalt, Aufenthaltsdokument, Eltern, Person
from engine.household import Krankenversicherung as K
from engine.household import Staatsangehoerigkeit as S
from engine.kinder.ergebnis import kinder_ergebnis
from engine.kinder.rules import haushaltshilfe_versicherung, kinderkrankengeld_versicherung
from engine.kinder.scenario import Kinder

A = Aufenthaltsstatus
DAY = date(2025, 3, 1)


def kasse(versicherung: K | None, staat: S = S.deutsch) -> Aufenthalt:
    return Aufenthalt(staatsangehoerigkeit=staat, krankenversicherung=versicherung)


KINDERKRANKENGELD = [
    (kasse(None), A.nicht_gefragt, "insurance not given: the GKV is assumed"),
    (kasse(K.gesetzlich), A.anspruch, "§ 45 Abs. 1 SGB V: Versicherte"),
    (kasse(K.privat), A.ausgeschlossen, "§ 45 SGB V is GKV law; the tariff decides (§ 192 VVG)"),
    (kasse(K.sozialamt, S.andere), A.ausgeschlossen, "§ 264 Abs. 2 SGB V: treatment only"),
    (kasse(K.asylblg, S.andere), A.ausgeschlossen, "§ 4 AsylbLG: no Krankengeld"),
    (kasse(K.keine, S.eu_ewr_schweiz), A.ausgeschlossen, "not insured"),
]


@pytest.mark.parametrize(("aufenthalt", "expected", "source"), KINDERKRANKENGELD)
def test_kinderkrankengeld(aufenthalt: Aufenthalt, expected: A, source: str) -> None:
    result = kinderkrankengeld_versicherung(aufenthalt)
    assert status_of(result) is expected, source


def test_without_kinderkrankengeld_the_family_hears_of_unpaid_and_paid_leave() -> None:
    """§ 45 Abs. 5 SGB V (unpaid leave without a Krankengeld claim), § 616 BGB."""
    result = kinderkrankengeld_versicherung(kasse(K.privat))
    assert [s.message for s in result.steps] == [
        "step.kinder.kasse.kkg_privat",
        "step.kinder.kasse.kkg_freistellung",
    ]
    assert result.steps[1].legal_basis == "§ 45 Abs. 5 SGB V; § 616 BGB"


HAUSHALTSHILFE = [
    (kasse(None), A.nicht_gefragt, "insurance not given"),
    (kasse(K.gesetzlich), A.anspruch, "§ 38 Abs. 1 SGB V"),
    (kasse(K.sozialamt, S.andere), A.anspruch, "§ 264 Abs. 2 with § 27 Abs. 1 Satz 2 Nr. 4"),
    (kasse(K.privat), A.ausgeschlossen, "tariff decides"),
    (kasse(K.asylblg, S.andere), A.ausgeschlossen, "§ 4 AsylbLG; § 6 in the individual case"),
    (kasse(K.keine), A.ausgeschlossen, "not insured"),
]


@pytest.mark.parametrize(("aufenthalt", "expected", "source"), HAUSHALTSHILFE)
def test_haushaltshilfe(aufenthalt: Aufenthalt, expected: A, source: str) -> None:
    assert status_of(haushaltshilfe_versicherung(aufenthalt, DAY)) is expected, source


def familie(monate: int, versicherung: K = K.asylblg) -> Aufenthalt:
    """Issue 11's family: Aufenthaltsgestattung, AsylbLG."""
    return Aufenthalt(
        staatsangehoerigkeit=S.andere,
        dokument=Aufenthaltsdokument.aufenthaltsgestattung,
        monate_in_deutschland=monate,
        asylblg=True,
        krankenversicherung=versicherung,
    )


def test_asylblg_family_hears_paragraph_6_the_jugendamt_and_the_months_left() -> None:
    """§ 6 Abs. 1 AsylbLG, § 20 SGB VIII, § 2 Abs. 1 AsylbLG: 36 − 20 = 16 months left."""
    result = haushaltshilfe_versicherung(familie(20), DAY)
    assert [s.message for s in result.steps] == [
        "step.kinder.kasse.hh_asylblg",
        "step.kinder.kasse.hh_jugendamt",
        "step.asyl.analog.noch_nicht",
    ]
    assert result.steps[2].values["fehlen"].value == 16


@pytest.mark.parametrize(
    ("day", "monate", "expected", "source"),
    [
        (DAY, 20, A.ausgeschlossen, "§ 100 Abs. 2 SGB IX: 20 < 36 (§ 2 AsylbLG since 27.2.2024)"),
        (DAY, 35, A.ausgeschlossen, "35 < 36: one month left"),
        (DAY, 36, A.analog, "36 ≥ 36: Analogleistungen, Teil 2 SGB IX applies"),
        (date(2024, 2, 27), 20, A.ausgeschlossen, "27.2.2024: 20 < 36"),
        (date(2024, 2, 26), 20, A.analog, "26.2.2024: 20 ≥ 18 (§ 2 Abs. 1 AsylbLG 2019)"),
    ],
)
def test_childs_integration_aid_status(day: date, monate: int, expected: A, source: str) -> None:
    """Issue 11's family, child born 1.9.2018 with Pflegegrad 3 (aged 6 on 1.3.2025, 5 in
    February 2024)."""
    ergebnis = kinder_ergebnis(
        Person(geburtsdatum=date(2018, 9, 1), pflegegrad=3),
        Eltern(),
        familie(monate),
        Eingliederungshilfe(),
        Kinder(),
        day,
    )
    assert ergebnis is not None
    assert ergebnis.alter == (6 if day == DAY else 5)
    assert status_of(ergebnis.eingliederungshilfe_aufenthalt) is expected, source
    assert ergebnis.fruehfoerderung.value  # not yet at school: 6 < 7
    assert status_of(ergebnis.kinderkrankengeld_versicherung) is A.ausgeschlossen

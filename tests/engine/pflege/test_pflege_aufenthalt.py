"""§ 23 SGB XII (Hilfe zur Pflege) and the Pflegeversicherung by residence status and
insurance; both sides of 3 months, 24 months of insurance, 36 months and 27.2.2024."""

from datetime import date

import pytest

from engine.asyl.rules import Aufenthaltsstatus, status_of
from engine.evaluate import evaluate_pflege, evaluate_widerspruch
from engine.household import (
    Aufenthalt,
    Person,
)
from engine.household import (
    Aufenthaltsdokument as D,
)
from engine.household import (
    Aufenthaltszweck as Z,
)
from engine.household import (
    Krankenversicherung as K,
)
from engine.household import (
    Staatsangehoerigkeit as S,
)
from engine.parameters import NotCoveredResult
from engine.pflege.aufenthalt import (
    blindenhilfe_aufenthalt,
    grundsicherung_aufenthalt,
    hilfe_zur_pflege_aufenthalt,
    pflegeversicherung_aufenthalt,
)
from engine.pflege.leistungen import Leistung
from engine.scenario import Scenario

A = Aufenthaltsstatus
DAY = date(2026, 11, 24)


def andere(dokument: D | None, zweck: Z | None = None, **more: object) -> Aufenthalt:
    return Aufenthalt(staatsangehoerigkeit=S.andere, dokument=dokument, zweck=zweck, **more)


def eu(**more: object) -> Aufenthalt:
    return Aufenthalt(staatsangehoerigkeit=S.eu_ewr_schweiz, **more)


HZP = [
    (Aufenthalt(), DAY, A.nicht_gefragt, "not asked"),
    (Aufenthalt(staatsangehoerigkeit=S.deutsch), DAY, A.anspruch, "German"),
    # § 23 Abs. 3 Satz 1 Nr. 1 SGB XII: the first three months
    (eu(monate_in_deutschland=2), DAY, A.ausgeschlossen, "Abs. 3 S. 1 Nr. 1: 2 < 3"),
    (eu(monate_in_deutschland=3), DAY, A.anspruch, "Abs. 1 S. 1: 3 = 3, exclusion over"),
    (eu(monate_in_deutschland=2, erwerbstaetig=True), DAY, A.anspruch, "Nr. 1: Arbeitnehmer"),
    (
        andere(D.aufenthaltserlaubnis, Z.familiaer, monate_in_deutschland=2),
        DAY,
        A.ausgeschlossen,
        "Abs. 3 S. 1 Nr. 1 applies to third-country nationals too",
    ),
    (
        andere(D.aufenthaltserlaubnis, Z.schutz, monate_in_deutschland=2),
        DAY,
        A.anspruch,
        "Abs. 3 Satz 2: not for humanitarian titles",
    ),
    (andere(D.voruebergehender_schutz, monate_in_deutschland=1), DAY, A.anspruch, "Abs. 3 S. 2"),
    (eu(), DAY, A.anspruch, "months unknown: Abs. 1 Satz 1"),
    # § 23 Abs. 3 Satz 1 Nr. 2 SGB XII
    (eu(zweck=Z.arbeitsuche, monate_in_deutschland=12), DAY, A.ausgeschlossen, "Nr. 2: job"),
    (eu(zweck=Z.kein_aufenthaltsrecht), DAY, A.ausgeschlossen, "Nr. 2: no right"),
    # § 23 Abs. 3 Satz 7 SGB XII: Nr. 2 ends after five years (60 months)
    (eu(zweck=Z.arbeitsuche, monate_in_deutschland=59), DAY, A.ausgeschlossen, "Satz 7: 59 < 60"),
    (eu(zweck=Z.arbeitsuche, monate_in_deutschland=60), DAY, A.anspruch, "Satz 7: 60 = 60"),
    # § 23 Abs. 1 Satz 1: Hilfe zur Pflege is owed, not at discretion
    (
        andere(D.aufenthaltserlaubnis, Z.studium_ausbildung, monate_in_deutschland=9),
        DAY,
        A.anspruch,
        "Abs. 1 S. 1",
    ),
    (andere(D.niederlassungserlaubnis), DAY, A.anspruch, "Abs. 1 Satz 1, 4"),
    # § 23 Abs. 2 SGB XII and § 2 AsylbLG
    (
        andere(D.aufenthaltsgestattung, asylblg=True, monate_in_deutschland=20),
        date(2024, 2, 26),
        A.analog,
        "§ 2 Abs. 1 AsylbLG (2019): 20 ≥ 18",
    ),
    (
        andere(D.aufenthaltsgestattung, asylblg=True, monate_in_deutschland=20),
        date(2024, 2, 27),
        A.ausgeschlossen,
        "§ 23 Abs. 2; § 2 Abs. 1 AsylbLG (2024): 20 < 36",
    ),
    (andere(D.duldung, monate_in_deutschland=35), DAY, A.ausgeschlossen, "Abs. 2: 35 < 36"),
    (andere(D.duldung, monate_in_deutschland=36), DAY, A.analog, "§ 2 AsylbLG: 36 = 36"),
]


@pytest.mark.parametrize(("aufenthalt", "day", "expected", "source"), HZP)
def test_hilfe_zur_pflege(aufenthalt: Aufenthalt, day: date, expected: A, source: str) -> None:
    assert status_of(hilfe_zur_pflege_aufenthalt(aufenthalt, day)) is expected, source


def test_first_months_name_the_months() -> None:
    """§ 23 Abs. 3 Satz 1 Nr. 1 SGB XII: 2 months of 3."""
    [step] = hilfe_zur_pflege_aufenthalt(eu(monate_in_deutschland=2), DAY).steps
    assert (step.values["monate"].value, step.values["frist"].value) == (2, 3)


def test_asylblg_family_hears_paragraph_6_and_the_wait() -> None:
    """§§ 4, 6 AsylbLG until the 36 months; then § 2 AsylbLG (16 months left: 36 − 20)."""
    aufenthalt = andere(D.aufenthaltsgestattung, asylblg=True, monate_in_deutschland=20)
    steps = hilfe_zur_pflege_aufenthalt(aufenthalt, DAY).steps
    assert [s.message for s in steps] == [
        "step.sozialhilfe.aufenthalt.asylblg",
        "step.aufenthalt.paragraph6_pflege",
        "step.asyl.analog.noch_nicht",
    ]
    assert steps[2].values["fehlen"].value == 16


PV = [
    (Aufenthalt(), A.nicht_gefragt, "not asked"),
    (andere(D.duldung), A.nicht_gefragt, "insurance not given"),
    (
        Aufenthalt(staatsangehoerigkeit=S.deutsch, krankenversicherung=K.gesetzlich),
        A.anspruch,
        "§ 1 Abs. 2 SGB XI",
    ),
    (andere(D.aufenthaltserlaubnis, krankenversicherung=K.privat), A.anspruch, "§ 23 SGB XI"),
    # § 33 Abs. 2 Satz 1 Nr. 6 SGB XI: two years (24 months) of insurance in the last ten
    (
        andere(D.aufenthaltserlaubnis, krankenversicherung=K.gesetzlich, monate_in_deutschland=23),
        A.pruefen,
        "§ 33 Abs. 2: 23 < 24",
    ),
    (
        andere(D.aufenthaltserlaubnis, krankenversicherung=K.gesetzlich, monate_in_deutschland=24),
        A.anspruch,
        "§ 33 Abs. 2: 24 = 24",
    ),
    (andere(D.duldung, krankenversicherung=K.sozialamt), A.ausgeschlossen, "§ 264 Abs. 2 SGB V"),
    (
        andere(D.aufenthaltsgestattung, krankenversicherung=K.asylblg, monate_in_deutschland=20),
        A.ausgeschlossen,
        "§§ 4, 6 AsylbLG",
    ),
    (eu(krankenversicherung=K.keine), A.ausgeschlossen, "§ 1 Abs. 2 SGB XI: not insured"),
]


@pytest.mark.parametrize(("aufenthalt", "expected", "source"), PV)
def test_pflegeversicherung(aufenthalt: Aufenthalt, expected: A, source: str) -> None:
    assert status_of(pflegeversicherung_aufenthalt(aufenthalt, DAY)) is expected, source


def test_asylblg_care_names_the_card_after_the_wait() -> None:
    """§ 264 Abs. 2 SGB V follows § 2 AsylbLG: the step names the 36 months (from 27.2.2024)."""
    aufenthalt = andere(
        D.aufenthaltsgestattung, krankenversicherung=K.asylblg, monate_in_deutschland=20
    )
    steps = pflegeversicherung_aufenthalt(aufenthalt, date(2024, 2, 27)).steps
    assert steps[1].values["wartezeit"].value == 36
    steps = pflegeversicherung_aufenthalt(aufenthalt, date(2024, 2, 26)).steps
    assert steps[1].message == "step.asyl.analog.erreicht"


# Each row: residence, expected for Grundsicherung, expected for Blindenhilfe, source.
ANDERE_KAPITEL = [
    (
        andere(D.aufenthaltserlaubnis, Z.studium_ausbildung),
        A.anspruch,
        A.ermessen,
        "§ 23 Abs. 1 S. 2, 3",
    ),
    (andere(D.aufenthaltserlaubnis, Z.schutz), A.anspruch, A.anspruch, "§ 23 Abs. 1 Satz 4"),
    (andere(D.niederlassungserlaubnis), A.anspruch, A.anspruch, "§ 23 Abs. 1 Satz 4"),
    (andere(D.fiktionsbescheinigung), A.anspruch, A.ermessen, "§ 23 Abs. 1 Satz 3"),
    (eu(monate_in_deutschland=12), A.anspruch, A.anspruch, "Kapitel K: EU citizens"),
    (eu(monate_in_deutschland=2), A.ausgeschlossen, A.ausgeschlossen, "Abs. 3 Satz 1 Nr. 1"),
    (andere(D.duldung, monate_in_deutschland=36), A.analog, A.analog, "§ 2 AsylbLG"),
    # § 23 Abs. 3 Satz 1 Nr. 2 SGB XII: an EU citizen without a right of residence, or one
    # only to look for work, is excluded; after five years (60 months) Satz 7 gives back
    # "Leistungen nach Absatz 1 Satz 1 und 2" (the Grundsicherung), not the Blindenhilfe,
    # which Abs. 1 Satz 3 leaves to discretion.
    (
        eu(zweck=Z.kein_aufenthaltsrecht, monate_in_deutschland=59),
        A.ausgeschlossen,
        A.ausgeschlossen,
        "Abs. 3 Satz 1 Nr. 2, 59 < 60 months",
    ),
    (
        eu(zweck=Z.kein_aufenthaltsrecht, monate_in_deutschland=60),
        A.anspruch,
        A.ausgeschlossen,
        "Abs. 3 Satz 7 reopens Abs. 1 Satz 1, 2 only",
    ),
    (
        eu(zweck=Z.arbeitsuche, monate_in_deutschland=60),
        A.anspruch,
        A.ausgeschlossen,
        "Abs. 3 Satz 7, job-seeker",
    ),
]


@pytest.mark.parametrize(("aufenthalt", "grundsicherung", "blindenhilfe", "source"), ANDERE_KAPITEL)
def test_grundsicherung_and_blindenhilfe(
    aufenthalt: Aufenthalt, grundsicherung: A, blindenhilfe: A, source: str
) -> None:
    assert status_of(grundsicherung_aufenthalt(aufenthalt, DAY)) is grundsicherung, source
    assert status_of(blindenhilfe_aufenthalt(aufenthalt, DAY)) is blindenhilfe, source


def _care(aufenthalt: Aufenthalt, day: date = DAY) -> dict[str, Leistung]:
    """The issue 11 family's child: born 1.3.2020, Pflegegrad 3, at home."""
    scenario = Scenario(
        person=Person(geburtsdatum=date(2020, 3, 1), pflegegrad=3), aufenthalt=aufenthalt
    )
    result = evaluate_pflege(scenario, day)
    assert not isinstance(result, NotCoveredResult)
    leistungen = result.leistungen
    return {i.key: i for g in (leistungen.leistungen, leistungen.krankenkasse) for i in g} | {
        "monatlich": [i.key for i in leistungen.monatlich()]  # type: ignore[dict-item]
    }


GESTATTUNG = dict(dokument=D.aufenthaltsgestattung, asylblg=True, krankenversicherung=K.asylblg)

KOSTENTRAEGER = [
    # (residence, Pflegegeld applies, first step on the Pflegegeld card, its stelle,
    #  Fahrkosten (SGB V) applies, source)
    (Aufenthalt(), None, None, "stelle.pflegekasse", None, "not asked: as for the insured"),
    (
        eu(krankenversicherung=K.gesetzlich),
        None,
        None,
        "stelle.pflegekasse",
        None,
        "§ 1 Abs. 2 SGB XI: gesetzlich versichert",
    ),
    (
        eu(krankenversicherung=K.privat),
        True,
        "step.pflege.kostentraeger.privat",
        "stelle.private_pflegeversicherung",
        False,
        "§ 23 Abs. 1 SGB XI: same amounts, the private insurer pays; SGB V: § 192 VVG tariff",
    ),
    (
        andere(**GESTATTUNG, monate_in_deutschland=35),
        False,
        "step.pflege.kostentraeger.asylblg",
        "stelle.sozialamt",
        False,
        "§§ 4, 6 AsylbLG: 35 < 36 months (§ 2 Abs. 1 AsylbLG since 27.2.2024)",
    ),
    (
        andere(**GESTATTUNG, monate_in_deutschland=36),
        False,
        "step.pflege.kostentraeger.analog",
        "stelle.sozialamt",
        True,
        "§ 2 Abs. 1 AsylbLG: 36 = 36, Hilfe zur Pflege entsprechend; § 264 card for SGB V",
    ),
    (
        eu(krankenversicherung=K.sozialamt, monate_in_deutschland=12),
        False,
        "step.pflege.kostentraeger.hzp",
        "stelle.sozialamt",
        True,
        "§ 264 Abs. 2 SGB V card: no PV; § 23 Abs. 1 SGB XII: HzP owed; § 264 Abs. 4 SGB V",
    ),
    (
        eu(krankenversicherung=K.keine, monate_in_deutschland=2),
        False,
        "step.pflege.kostentraeger.keine_hzp",
        "stelle.sozialamt",
        False,
        "not insured, 2 < 3 months: § 23 Abs. 3 Satz 1 Nr. 1 SGB XII excludes HzP too",
    ),
    (
        eu(krankenversicherung=K.keine, monate_in_deutschland=3),
        False,
        "step.pflege.kostentraeger.hzp",
        "stelle.sozialamt",
        False,
        "not insured, 3 = 3 months: Hilfe zur Pflege owed (§ 23 Abs. 1 SGB XII)",
    ),
]


@pytest.mark.parametrize(
    ("aufenthalt", "gilt", "message", "stelle", "kasse", "source"), KOSTENTRAEGER
)
def test_each_care_benefit_says_who_pays(
    aufenthalt: Aufenthalt,
    gilt: bool | None,
    message: str | None,
    stelle: str,
    kasse: bool | None,
    source: str,
) -> None:
    """Audit of issue 11, gap 2: under the "ausgeschlossen" box the SGB XI amounts were
    listed as if they applied. PG 3 on 24.11.2026: Pflegegeld 599 € (§ 37 Abs. 1 SGB XI,
    from 1.1.2025), the same for the privately insured (§ 23 Abs. 1 SGB XI)."""
    care = _care(aufenthalt)
    pflegegeld, fahrkosten = care["pflegegeld"], care["fahrkosten"]
    assert pflegegeld.betrag is not None and pflegegeld.betrag.value.amount == 599, source
    traeger = pflegegeld.kostentraeger
    assert (traeger.value if traeger else None) is gilt, source
    assert (traeger.steps[0].message if traeger else None) == message, source
    assert pflegegeld.stelle == stelle, source
    assert care["entlastungsbetrag"].kostentraeger == traeger, source
    assert ("pflegegeld" in care["monatlich"]) is (gilt is not False), source
    sgb_v = fahrkosten.kostentraeger
    assert (sgb_v.value if sgb_v else None) is kasse, source


def test_asylblg_family_hears_the_wait_on_each_benefit() -> None:
    """20 months on 24.11.2026: §§ 4, 6 AsylbLG, 36 − 20 = 16 months to the Analogleistungen."""
    steps = _care(andere(**GESTATTUNG, monate_in_deutschland=20))["pflegegeld"].kostentraeger.steps  # type: ignore[union-attr]
    assert steps[-1].message == "step.asyl.analog.noch_nicht"
    assert steps[-1].values["fehlen"].value == 16


@pytest.mark.parametrize(
    ("aufenthalt", "gilt", "stelle"),
    [
        (Aufenthalt(), True, "stelle.pflegekasse"),
        (eu(krankenversicherung=K.privat), True, "stelle.private_pflegeversicherung"),
        (andere(**GESTATTUNG, monate_in_deutschland=20), False, "stelle.sozialamt"),
    ],
)
def test_widerspruch_wohnumfeld_says_who_pays(
    aufenthalt: Aufenthalt, gilt: bool, stelle: str
) -> None:
    """§ 40 Abs. 4 SGB XI on the Widerspruch screen (PG 3, 4,180 € from 1.1.2025) follows the
    same rule as the care screen."""
    scenario = Scenario(person=Person(pflegegrad=3), aufenthalt=aufenthalt)
    wohnumfeld = evaluate_widerspruch(scenario, DAY).wohnumfeld
    assert wohnumfeld.gilt is gilt and wohnumfeld.stelle == stelle
    assert wohnumfeld.betrag is not None and wohnumfeld.betrag.value.amount == 4180  # type: ignore[union-attr]

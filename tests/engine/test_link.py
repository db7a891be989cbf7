"""The scenario's URL form: round trips, and every kind of bad or tampered value."""

from datetime import date
from decimal import Decimal
from urllib.parse import urlencode

import pytest

from engine.eingliederungshilfe.beispiele import BEISPIELE
from engine.eingliederungshilfe.scenario import EghLeistung, Eingliederungshilfe
from engine.evaluate import evaluate_pflege
from engine.household import (
    Aufenthalt,
    Aufenthaltsdokument,
    Aufenthaltszweck,
    Einkommen,
    Einkunftsart,
    Eltern,
    Krankenversicherung,
    Merkzeichen,
    Person,
    Staatsangehoerigkeit,
    Wohnform,
)
from engine.link import FIELDS, Ignored, scenario_from_query, scenario_to_query
from engine.pflege.nba import KRITERIEN, Skala, zeitraeume
from engine.pflege.scenario import Messung
from engine.scenario import Scenario

FULL = Scenario(
    person=Person(
        geburtsdatum=date(2019, 3, 4), pflegegrad=3, wohnform=Wohnform.besondere_wohnform
    ),
    eltern=Eltern(
        elternteil_1=Einkommen(betrag_jahr=Decimal("50000"), art=Einkunftsart.selbstaendig),
        elternteil_2=Einkommen(
            betrag_jahr=Decimal("20000.50"), art=Einkunftsart.nicht_sv_beschaeftigung
        ),
        kinder_im_haushalt=5,
    ),
)


def test_full_scenario_round_trips() -> None:
    query = scenario_to_query(FULL)
    assert query == {
        "gd": "2019-03-04",
        "pg": "3",
        "wf": "besondere_wohnform",
        "e1": "50000",
        "a1": "selbstaendig",
        "e2": "20000.5",
        "a2": "nicht_sv_beschaeftigung",
        "k": "5",
        "v": "1",
    }
    assert scenario_from_query(query) == (FULL, [])


def test_every_field_has_a_short_unique_key() -> None:
    keys = [f.key for f in FIELDS]
    assert len(keys) == len(set(keys))
    assert all(len(k) <= 3 for k in keys)


def test_empty_scenario_gives_empty_query() -> None:
    assert scenario_to_query(Scenario()) == {}
    assert scenario_from_query({}) == (Scenario(), [])


def _longest() -> Scenario:
    """Every answer, every frequency, every benefit and Merkzeichen: the longest link."""
    antworten = {k.nummer: 1 for k in KRITERIEN if k.skala is not Skala.messung}
    messungen = {
        k.nummer: Messung(anzahl=999, je=zeitraeume(k.nummer)[-1])
        for k in KRITERIEN
        if k.skala is Skala.messung
    }
    scenario = FULL.with_value(("pflege", "begutachtung", "antworten"), antworten)
    scenario = scenario.with_value(("pflege", "begutachtung", "messungen"), messungen)
    scenario = scenario.with_value(("person", "merkzeichen"), tuple(Merkzeichen))
    return scenario.with_value(("eingliederungshilfe", "leistungen"), tuple(EghLeistung))


def test_full_link_stays_short() -> None:
    longest = scenario_to_query(_longest())
    assert {"na", "nm", "mz", "el"} <= longest.keys()
    query = urlencode({"lang": "ar", "d": "2026-11-23", **longest})
    assert len(query) < 2000


@pytest.mark.parametrize(
    ("params", "ignored"),
    [
        ({"pg": "7"}, ["pg"]),  # out of range
        ({"pg": "0"}, ["pg"]),
        ({"pg": "2.5"}, ["pg"]),
        ({"pg": "drei"}, ["pg"]),
        ({"gd": "2019-02-30"}, ["gd"]),  # no such day
        ({"gd": "1899-12-31"}, ["gd"]),
        ({"wf": "schloss"}, ["wf"]),
        ({"e1": "-5", "a1": "rente"}, ["e1", "a1"]),  # the income cannot stand without amount
        ({"e1": "NaN", "a1": "rente"}, ["e1", "a1"]),
        ({"e1": "1e99", "a1": "rente"}, ["e1", "a1"]),
        ({"e1": "10.001", "a1": "rente"}, ["e1", "a1"]),  # more than cents
        ({"e1": "35000"}, ["e1"]),  # kind of income missing
        ({"a1": "rente"}, ["a1"]),  # amount missing
        ({"a2": "lotto", "e2": "100"}, ["a2", "e2"]),  # then e2 lacks its kind
        ({"k": "16"}, ["k"]),
        ({"k": "-1"}, ["k"]),
    ],
)
def test_invalid_values_are_dropped_and_named(params: dict, ignored: list[str]) -> None:
    scenario, reported = scenario_from_query({"v": "1", "gd": "2019-03-04", **params})
    assert reported == [Ignored(key, "invalid") for key in ignored]
    if "gd" not in ignored:
        assert scenario.person.geburtsdatum == date(2019, 3, 4)


def test_valid_values_survive_beside_invalid_ones() -> None:
    scenario, reported = scenario_from_query(
        {"v": "1", "pg": "9", "e1": "35000", "a1": "nicht_sv_beschaeftigung", "k": "2"}
    )
    assert reported == [Ignored("pg", "invalid")]
    assert scenario.person.pflegegrad is None
    assert scenario.eltern.elternteil_1 == Einkommen(
        betrag_jahr=Decimal("35000"), art=Einkunftsart.nicht_sv_beschaeftigung
    )
    assert scenario.eltern.kinder_im_haushalt == 2


def test_unknown_keys_are_reported() -> None:
    scenario, reported = scenario_from_query({"v": "1", "pg": "2", "<script>": "x", "pg2": "1"})
    assert scenario.person.pflegegrad == 2
    assert reported == [Ignored("<script>", "unknown"), Ignored("pg2", "unknown")]


@pytest.mark.parametrize("version", [None, "2", "0", "x"])
def test_other_link_version_is_not_guessed(version: str | None) -> None:
    params = {"pg": "3", "gd": "2019-03-04"} | ({"v": version} if version else {})
    scenario, reported = scenario_from_query(params)
    assert scenario == Scenario()
    assert reported == [Ignored("pg", "version"), Ignored("gd", "version")]


def test_with_value_validates_the_whole_scenario() -> None:
    changed = FULL.with_value(("person", "pflegegrad"), 5)
    assert changed.person.pflegegrad == 5
    assert changed.eltern == FULL.eltern
    with pytest.raises(ValueError):
        FULL.with_value(("person", "pflegegrad"), 6)


CARE = {
    "person": {
        "geburtsdatum": "2018-05-02",
        "wohnform": "wohngruppe",
        "gdb": 80,
        "merkzeichen": ["aG", "H"],
        "bundesland": "NW",
    },
    "pflege": {
        "begutachtung": {
            "antworten": {"1.1": 2, "3.13": 3, "4.13": 2, "6.6": 0},
            "messungen": {"5.1": {"anzahl": 3, "je": "tag"}, "5.K": {"anzahl": 2, "je": "monat"}},
            "inkontinenz": True,
        },
        "sachleistung_anteil": "0.35",
        "pflegeperson": {"pflege_stunden_woche": "12.5", "pflege_tage_woche": 3},
        "hilfe_zur_pflege": {"bedarf_monat": "2500", "blind": True},
    },
}


def test_care_scenario_round_trip() -> None:
    scenario = Scenario.model_validate(CARE)
    query = scenario_to_query(scenario)
    # Anlage 1 order: 1.1 first, 3.13 at 28, 4.13 at 41, 4.K, 5.16, then 6.1 … 6.6 at 49.
    assert query["na"] == "2" + "-" * 27 + "3" + "-" * 12 + "2" + "-" * 7 + "0"
    assert query["nm"] == "5.1_3t~5.K_2m"
    assert query["mz"] == "aG.H" and query["ni"] == "1" and query["hx"] == "1"
    assert scenario_from_query(query) == (scenario, [])


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("na", "4"),
        ("na", "1" * 80),
        ("na", "1x"),
        ("nm", "5.1_3d"),
        ("nm", "6.1_3t"),
        ("nm", "5.99_1t"),
        ("sa", "1.5"),
        ("mz", "aG.Q"),
        ("pt", "8"),
    ],
)
def test_tampered_care_values_are_dropped_one_by_one(key: str, text: str) -> None:
    scenario, ignored = scenario_from_query({"v": "1", "pg": "3", key: text})
    assert ignored == [Ignored(key, "invalid")]
    assert scenario.person.pflegegrad == 3


def test_example_families_survive_the_link() -> None:
    for beispiel in BEISPIELE.values():
        query = scenario_to_query(beispiel.scenario)
        assert scenario_from_query(query) == (beispiel.scenario, [])
    assert scenario_to_query(BEISPIELE["schmidt"].scenario)["el"] == "assistenz_freizeit"


def test_zero_income_and_household_answers_survive_the_link() -> None:
    # Issue 9 item 1: a parent earning nothing is an income, not a missing one.
    scenario = Scenario(
        person=Person(partner=False),
        eltern=Eltern(
            elternteil_1=Einkommen(betrag_jahr=Decimal(60000), art=Einkunftsart.sv_beschaeftigung),
            elternteil_2=Einkommen(betrag_jahr=Decimal(0), art=Einkunftsart.sonstige),
            zusammenlebend=True,
        ),
        eingliederungshilfe=Eingliederungshilfe(einrichtung=True),
    )
    query = scenario_to_query(scenario)
    assert {k: query[k] for k in ("pz", "e2", "a2", "ez", "et")} == {
        "pz": "0",
        "e2": "0",
        "a2": "sonstige",
        "ez": "1",
        "et": "1",
    }
    assert scenario_from_query(query) == (scenario, [])


# Issue 11 family: Aufenthaltsgestattung, 20 months, AsylbLG, treated by the Sozialamt.
RESIDENCE = Scenario(
    aufenthalt=Aufenthalt(
        staatsangehoerigkeit=Staatsangehoerigkeit.andere,
        dokument=Aufenthaltsdokument.aufenthaltsgestattung,
        zweck=Aufenthaltszweck.schutz,
        monate_in_deutschland=20,
        asylblg=True,
        analog_vor_2024=False,
        krankenversicherung=Krankenversicherung.asylblg,
        erwerbstaetig=False,
        abkommensstaat=True,
    )
)


def test_residence_facts_round_trip() -> None:
    query = scenario_to_query(RESIDENCE)
    assert query == {
        "rs": "andere",
        "rt": "aufenthaltsgestattung",
        "rz": "schutz",
        "rm": "20",
        "ra": "1",
        "rv": "0",
        "rk": "asylblg",
        "re": "0",
        "rb": "1",
        "v": "1",
    }
    assert scenario_from_query(query) == (RESIDENCE, [])


def test_residence_keys_start_with_r_and_no_other_key_does() -> None:
    """Issue 11: the residence keys are the only ones with the prefix "r"."""
    keys = {f.key for f in FIELDS if f.key.startswith("r")}
    assert keys == {"rs", "rt", "rz", "rm", "ra", "rv", "rk", "re", "rb", "rh"}
    assert all(f.path[0] == "aufenthalt" for f in FIELDS if f.key in keys)


@pytest.mark.parametrize(
    ("key", "text"),
    [
        ("rs", "mars"),
        ("rt", "visum"),
        ("rm", "-1"),
        ("rm", "1201"),
        ("ra", "ja"),
        ("rk", "x"),
        ("rh", "ja"),
        ("xs", "syrisch"),
        ("xw", "2"),
    ],
)
def test_tampered_residence_values_are_dropped(key: str, text: str) -> None:
    assert scenario_from_query({key: text, "v": "1"}) == (
        Scenario(),
        [Ignored(key, "invalid")],
    )


def test_link_from_before_the_residence_questions_still_opens() -> None:
    """A link made before issue 11 has no r keys: it opens with the residence not asked."""
    scenario, ignored = scenario_from_query({"gd": "2019-03-04", "pg": "3", "v": "1"})
    assert ignored == []
    assert scenario.aufenthalt == Aufenthalt()


def test_admission_title_and_the_parents_citizenship_round_trip() -> None:
    """§ 62 Abs. 2 Nr. 2 EStG (rh) and the law of the estate (xs, xw) travel in the link."""
    scenario = Scenario.model_validate(
        {
            "aufenthalt": {
                "staatsangehoerigkeit": "andere",
                "dokument": "aufenthaltserlaubnis",
                "zweck": "humanitaer",
                "aufnahme": True,
            },
            "erbe": {"staatsangehoerigkeit": "andere", "rechtswahl": True},
        }
    )
    query = scenario_to_query(scenario)
    assert {k: query[k] for k in ("rh", "xs", "xw")} == {"rh": "1", "xs": "andere", "xw": "1"}
    assert scenario_from_query(query) == (scenario, [])


@pytest.mark.parametrize(
    ("params", "partner", "grenze"),
    [
        # Adult, 2024, rent 500 €: 2 × 563 + 500 = 1,626 € alone, + 395 € with the partner
        # (§ 85 Abs. 1 SGB XII; tests/engine/pflege/test_hilfe_zur_pflege.py).
        ({"hp": "1"}, True, 2021),  # a link from before: its own checkbox becomes the answer
        ({"pz": "1"}, True, 2021),  # the household's answer from the other screens
        ({"pz": "0"}, False, 1626),
        ({"hp": "1", "pz": "0"}, False, 1626),  # the household's answer wins
        ({"hp": "0", "pz": "1"}, True, 2021),
        ({}, None, 1626),
    ],
)
def test_hilfe_zur_pflege_reads_the_household_partner(
    params: dict[str, str], partner: bool | None, grenze: int
) -> None:
    """Audit of issue 9, gap 2: one partner fact (pz); hp is only read from old links."""
    link = {"v": "1", "gd": "1980-01-01", "pg": "4", "hu": "500", **params}
    scenario, ignored = scenario_from_query(link)
    assert ignored == []
    assert scenario.person.partner is partner
    hzp = evaluate_pflege(scenario, date(2024, 6, 1)).hilfe_zur_pflege  # type: ignore[union-attr]
    assert hzp.einkommensgrenze.value.amount == grenze  # type: ignore[union-attr]
    query = scenario_to_query(scenario)
    assert "hp" not in query and query.get("pz") == {True: "1", False: "0"}.get(partner)

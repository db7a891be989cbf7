"""The scenario's URL form: round trips, and every kind of bad or tampered value."""

from datetime import date
from decimal import Decimal
from urllib.parse import urlencode

import pytest

from engine.eingliederungshilfe.beispiele import BEISPIELE
from engine.eingliederungshilfe.scenario import EghLeistung
from engine.household import Einkommen, Einkunftsart, Eltern, Person, Wohnform
from engine.link import FIELDS, Ignored, scenario_from_query, scenario_to_query
from engine.pflege.nba import KRITERIEN, Skala, zeitraeume
from engine.pflege.scenario import Merkzeichen, Messung
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
    scenario = scenario.with_value(("pflege", "merkzeichen"), tuple(Merkzeichen))
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
    "person": {"geburtsdatum": "2018-05-02", "wohnform": "wohngruppe"},
    "pflege": {
        "begutachtung": {
            "antworten": {"1.1": 2, "3.13": 3, "4.13": 2, "6.6": 0},
            "messungen": {"5.1": {"anzahl": 3, "je": "tag"}, "5.K": {"anzahl": 2, "je": "monat"}},
            "inkontinenz": True,
        },
        "sachleistung_anteil": "0.35",
        "merkzeichen": ["aG", "H"],
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

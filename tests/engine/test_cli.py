"""python -m engine: schema, evaluate, and exit code 2 with one line per invalid field."""

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from engine.__main__ import main

ROOT = Path(__file__).parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "engine", *args], cwd=ROOT, capture_output=True, text=True
    )


def write(tmp_path: Path, content: str) -> str:
    path = tmp_path / "scenario.json"
    path.write_text(content, encoding="utf-8")
    return str(path)


def test_schema_describes_the_scenario() -> None:
    done = cli("schema")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    assert set(schema["properties"]) == {
        "version",
        "person",
        "eltern",
        "aufenthalt",
        "pflege",
        "eingliederungshilfe",
        "erbe",
        "widerspruch",
    }
    aufenthalt = schema["$defs"]["Aufenthalt"]["properties"]
    assert aufenthalt["monate_in_deutschland"]["anyOf"][0] == {
        "maximum": 1200,
        "minimum": 0,
        "type": "integer",
    }
    person = schema["$defs"]["Person"]["properties"]
    assert person["pflegegrad"]["anyOf"][0] == {"maximum": 5, "minimum": 1, "type": "integer"}
    assert "Geburtsdatum" in person["geburtsdatum"]["description"]


def test_evaluate_valid_scenario(tmp_path: Path) -> None:
    path = write(tmp_path, '{"person": {"geburtsdatum": "2019-03-04", "pflegegrad": 3}}')
    done = cli("evaluate", path, "--date", "2025-07-01")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["rechtsstand"] == "2025-07-01"
    assert result["person"]["lebensalter"]["value"] == {
        "kind": "count",
        "value": 6,
        "unit": "years",
    }
    assert result["person"]["volljaehrig"]["value"] is False
    assert result["person"]["volljaehrig"]["steps"][0]["legal_basis"] == "§ 2 BGB"
    pflegegeld = result["pflege"]["leistungen"]["leistungen"][0]
    assert pflegegeld["key"] == "pflegegeld"
    assert pflegegeld["betrag"]["value"]["amount"] == "599.00"  # PG 3 from 2025
    # The cap for several people under § 40 Abs. 4 is not confirmed for 2025 (parameters.md).
    assert [u["key"] for u in result["unverified"]] == ["wohnumfeldverbesserung_mehrere_max"]


def test_evaluate_assessment_keyed_by_criterion_numbers(tmp_path: Path) -> None:
    # Six months old, 4.K yes (30 GP) + 3.2 "häufig" (7.5 GP) = 37.5 → Pflegegrad 3.
    scenario = {
        "person": {"geburtsdatum": "2024-01-01"},
        "pflege": {
            "begutachtung": {
                "antworten": {"4.K": 1, "3.2": 2},
                "messungen": {"5.13": {"anzahl": 0, "je": "woche"}},
            }
        },
    }
    done = cli("evaluate", write(tmp_path, json.dumps(scenario)), "--date", "2024-07-01")
    assert done.returncode == 0, done.stderr
    pflege = json.loads(done.stdout)["pflege"]
    assert pflege["begutachtung"]["gesamtpunkte"] == "37.5"
    assert (pflege["pflegegrad"], pflege["pflegegrad_quelle"]) == (3, "begutachtung")


def test_unknown_criterion_is_one_line(tmp_path: Path) -> None:
    scenario = {"pflege": {"begutachtung": {"antworten": {"7.1": 2}}}}
    done = cli("evaluate", write(tmp_path, json.dumps(scenario)), "--date", "2025-07-01")
    assert done.returncode == 2
    assert done.stderr.strip().startswith("pflege.begutachtung.antworten: Value error, '7.1'")


@pytest.mark.parametrize(
    ("today", "egh_status"),
    [(date(2026, 12, 31), None), (date(2027, 1, 1), "not_covered")],
    ids=str,
)
def test_evaluate_defaults_to_today(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], today: date, egh_status: str | None
) -> None:
    """Without --date the Rechtsstand is the injected today (never the calendar's)."""
    assert main(["evaluate", write(tmp_path, "{}")], today=lambda: today) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["rechtsstand"] == today.isoformat()
    assert result["person"] is None
    assert result["eingliederungshilfe"].get("status") == egh_status


# A child of 7 with Pflegegrad 3 whose parents asked about Hilfe zur Pflege.
CHILD_PG3 = {
    "person": {"geburtsdatum": "2019-03-04", "pflegegrad": 3},
    "pflege": {"hilfe_zur_pflege": {"bedarf_monat": "2000"}},
}
RBS_KEYS = ["hzp_grundbetrag", "hzp_familienzuschlag", "hzp_erwerbstaetigenfreibetrag_max"]


@pytest.mark.parametrize(
    ("day", "egh_missing", "hzp_missing"),
    [
        ("2026-12-31", None, None),
        ("2027-01-01", ["bezugsgroesse_jahr"], RBS_KEYS),
        ("2027-03-01", ["bezugsgroesse_jahr"], RBS_KEYS),
        ("2027-12-31", ["bezugsgroesse_jahr"], RBS_KEYS),
    ],
)
def test_2027_prints_care_and_names_what_is_missing(
    tmp_path: Path, day: str, egh_missing: list[str] | None, hzp_missing: list[str] | None
) -> None:
    """Care is covered through 2027 (§ 30 Abs. 1 SGB XI); the Bezugsgröße and the
    Regelbedarfsstufe 1 for 2027 are not published (parameters research 2026-11-24)."""
    done = cli("evaluate", write(tmp_path, json.dumps(CHILD_PG3)), "--date", day)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    pflegegeld = result["pflege"]["leistungen"]["leistungen"][0]
    assert pflegegeld["betrag"]["value"]["amount"] == "599.00"  # PG 3 from 2025 until 2027
    for part, missing in (
        (result["eingliederungshilfe"], egh_missing),
        (result["pflege"]["hilfe_zur_pflege"], hzp_missing),
    ):
        if missing is None:
            assert "status" not in part
        else:
            assert part["status"] == "not_covered"
            assert part["rechtsstand"] == day
            assert part["covered_until"] == "2026-12-31"
            assert [m["key"] for m in part["missing"]] == missing
    if egh_missing:
        assert result["eingliederungshilfe"]["missing"][0]["label_de"].startswith("Bezugsgröße")


def test_invalid_fields_one_line_each(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '{"person": {"geburtsdatum": "2019-13-04", "pflegegrad": 7},'
        ' "eltern": {"kinder_im_haushalt": -1}, "foo": 1}',
    )
    done = cli("evaluate", path, "--date", "2025-07-01")
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "person.geburtsdatum",
        "person.pflegegrad",
        "eltern.kinder_im_haushalt",
        "foo",
    ]


@pytest.mark.parametrize(
    ("content", "date", "message"),
    [
        ("{}", "2022-12-31", "--date: 2022-12-31 is not covered"),
        (
            "{}",
            "2028-01-01",
            "--date: 2028-01-01 is not covered by the parameter data (2023-01-01 to 2027-12-31)",
        ),
        ("{}", "1.7.2025", "--date: not a date"),
        ("not json", "2025-07-01", "(document): Invalid JSON"),
        ('{"person": {"geburtsdatum": "2025-07-02"}}', "2025-07-01", "person.geburtsdatum: after"),
    ],
)
def test_refusals_exit_2(tmp_path: Path, content: str, date: str, message: str) -> None:
    done = cli("evaluate", write(tmp_path, content), "--date", date)
    assert done.returncode == 2
    assert done.stderr.startswith(message)


def test_missing_file_exits_2(tmp_path: Path) -> None:
    done = cli("evaluate", str(tmp_path / "nope.json"), "--date", "2025-07-01")
    assert done.returncode == 2
    assert "cannot read file" in done.stderr

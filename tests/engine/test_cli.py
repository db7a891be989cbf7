"""python -m engine: schema, evaluate, and exit code 2 with one line per invalid field."""

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal
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
        "kinder",
        "widerspruch",
        "steuern",
        "arbeit",
        "erbe",
        "vergleich",
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


def test_evaluate_prints_the_month_of_a_werkstatt_worker(tmp_path: Path) -> None:
    """Arbeitsbereich, G, own flat, 1.3.2024: need 563 + 95.71 + 20 × 4.13 + 450 =
    1,191.31; Entgelt 226 counts with 226 − (70.38 + 77.81) = 77.81; paid 1,113.50."""
    scenario = {
        "person": {"geburtsdatum": "1996-05-01", "merkzeichen": ["G"]},
        "arbeit": {
            "weg": "werkstatt_arbeitsbereich",
            "steigerungsbetrag": "100",
            "mittagessen_tage": 20,
            "miete": "450",
        },
    }
    done = cli("evaluate", write(tmp_path, json.dumps(scenario)), "--date", "2024-03-01")
    assert done.returncode == 0, done.stderr
    arbeit = json.loads(done.stdout)["arbeit"]
    assert arbeit["system"]["value"]["key"] == "arbeit.system.grundsicherung"
    assert arbeit["lohnzettel"]["arbeitsfoerderungsgeld"]["value"]["amount"] == "52"
    assert arbeit["grundsicherung"]["gesamtbedarf"]["amount"] == "1191.31"
    assert arbeit["grundsicherung"]["zahlbetrag"]["value"]["amount"] == "1113.50"


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


def test_evaluate_returns_the_childrens_results(tmp_path: Path) -> None:
    """A 24-year-old with GdB 100, Merkzeichen H, Werkstatt 300 € a month, in 2026: need
    12,348 / 12 + 7,400 / 12 = 1,029.00 + 616.67 = 1,645.67 > 300 → Kindergeld 259 €."""
    scenario = {
        "person": {"geburtsdatum": "2002-05-20", "gdb": 100, "merkzeichen": ["H"]},
        "kinder": {"behinderung_vor_25": True, "einkommen_monat": "300"},
    }
    path = write(tmp_path, json.dumps(scenario))
    done = cli("evaluate", path, "--date", "2026-06-01")
    assert done.returncode == 0, done.stderr
    kindergeld = json.loads(done.stdout)["kinder"]["kindergeld"]
    assert kindergeld["betrag"]["value"]["amount"] == "259"
    assert kindergeld["lebensbedarf"]["grundbedarf"] == "1029.00"
    assert kindergeld["lebensbedarf"]["mehrbedarf"] == "616.67"
    assert len(kindergeld["monate"]) == 12


def _steps(node: object) -> list[dict]:
    """Every explanation step anywhere in the printed result."""
    if isinstance(node, list):
        return [s for item in node for s in _steps(item)]
    if not isinstance(node, dict):
        return []
    if "rule" in node and "message" in node:
        return [node]
    return [s for value in node.values() for s in _steps(value)]


PG3_2025 = '{"person": {"geburtsdatum": "2019-03-04", "pflegegrad": 3}}'


def test_lang_de_speaks_every_step(tmp_path: Path) -> None:
    """PG 3 in 2025: Pflegegeld 599 € (§ 37 Abs. 1 Satz 3 SGB XI), 0 % Sachleistung used."""
    done = cli("evaluate", write(tmp_path, PG3_2025), "--date", "2025-07-01", "--lang", "de")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    steps = _steps(result)
    assert steps and all(s["text"] and s["basis_text"] for s in steps)
    assert not any("step." in s["text"] for s in steps)
    pflegegeld = result["pflege"]["leistungen"]["leistungen"][0]["betrag"]["steps"]
    assert pflegegeld[0]["text"] == "Pflegegrad 3: die Leistung gibt es ab Pflegegrad 2."
    assert pflegegeld[1]["text"] == (
        "Volles Pflegegeld 599,00\xa0€ im Monat; bei 0\xa0% genutzter Pflegesachleistung"
        " bleibt der Rest: 599,00\xa0€ im Monat."
    )
    assert pflegegeld[1]["basis_text"] == "Rechtsgrundlage: §\xa038 Satz\xa02 SGB\xa0XI"
    # The keys and typed values stay for tools that format themselves.
    assert pflegegeld[1]["message"] == "step.pflege.pflegegeld_kombination"
    assert result["person"]["lebensalter"]["steps"][0]["text"].startswith(
        "Geboren am 4. März 2019: am 1. Juli 2025 sind 6 Jahre vollendet."
    )


def test_lang_ar_keeps_german_terms_and_amounts_isolated(tmp_path: Path) -> None:
    done = cli("evaluate", write(tmp_path, PG3_2025), "--date", "2025-07-01", "--lang", "ar")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    step = result["pflege"]["leistungen"]["leistungen"][0]["betrag"]["steps"][1]
    assert step["text"].startswith("مخصّص الرعاية الكامل \u2068(Pflegegeld)\u2069")
    assert "\u2068\u200f599.00\xa0€ شهريًا\u2069" in step["text"]
    assert step["basis_text"] == (
        "الأساس القانوني \u2068(Rechtsgrundlage)\u2069: \u2068§\xa038 Satz\xa02 SGB\xa0XI\u2069"
    )
    assert all(s["text"] for s in _steps(result))


def test_without_lang_the_output_has_keys_only(tmp_path: Path) -> None:
    done = cli("evaluate", write(tmp_path, PG3_2025), "--date", "2025-07-01")
    assert done.returncode == 0
    assert not any("text" in s for s in _steps(json.loads(done.stdout)))


def test_unknown_lang_exits_2(tmp_path: Path) -> None:
    done = cli("evaluate", write(tmp_path, PG3_2025), "--date", "2025-07-01", "--lang", "en")
    assert done.returncode == 2
    assert "invalid choice: 'en'" in done.stderr


def test_evaluate_prints_the_overview_deadline_first(tmp_path: Path) -> None:
    """The overview's lines are in the output: a Bescheid posted Fri 31.1.2025 is bekannt
    gegeben on Tue 4.2.2025 (4th day, § 37 Abs. 2 SGB X); one month → Tue 4.3.2025, the
    first line. The month (2025): Pflegegeld 599 + Kindergeld 255 + Entlastungsbetrag 131 +
    Pflegehilfsmittel 42 = 1,027 €."""
    scenario = (
        '{"person": {"geburtsdatum": "2019-03-04", "pflegegrad": 3},'
        ' "widerspruch": {"bescheid_datum": "2025-01-31"}}'
    )
    done = cli("evaluate", write(tmp_path, scenario), "--date", "2025-02-10", "--lang", "de")
    assert done.returncode == 0, done.stderr
    stand = json.loads(done.stdout)["uebersicht"]
    first = stand["zeilen"][0]
    assert (first["key"], first["frist"]["datum"]) == ("widerspruch.frist", "2025-03-04")
    assert first["erklaerung"]["steps"][0]["text"].startswith("Abgesandt am 31. Januar 2025")
    assert "pflege.pflegegeld" in [z["key"] for z in stand["zeilen"]]
    assert Decimal(stand["summe_monat"]) == Decimal(1027)
    assert Decimal(stand["summe_vorbehalt"]) == 0

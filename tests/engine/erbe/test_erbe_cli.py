"""python -m engine evaluate returns the inheritance screen's results (issue 16)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[3]


def test_cli_returns_shares_cases_and_betreuung(tmp_path: Path) -> None:
    """300,000 €, spouse, two children, Sozialhilfe, 1,300 € a month (preset "eltern"):
    child 75,000, Pflichtteil 37,500, 65,000 to be used = 50 months; 2026: the
    Aufwandspauschale 450 € is marked unverified."""
    scenario = {
        "person": {"geburtsdatum": "1996-03-10"},
        "erbe": {
            "nachlass": "300000",
            "ehegatte": True,
            "kinder": 2,
            "programm": "sozialhilfe",
            "leistungen_monat": "1300",
        },
    }
    path = tmp_path / "scenario.json"
    path.write_text(json.dumps(scenario), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "engine", "evaluate", str(path), "--date", "2026-06-01"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    erbe = result["erbe"]["erbe"]
    assert erbe["kind_betrag"]["value"]["amount"] == "75000.00"
    assert erbe["pflichtteil"]["value"]["amount"] == "37500.00"
    assert erbe["gesetzlich"]["einzusetzen"]["value"]["amount"] == "65000.00"
    assert erbe["gesetzlich"]["monate"]["value"]["value"] == 50
    assert erbe["testament"]["value"]["amount"] == "0"
    betreuung = result["erbe"]["betreuung"]
    assert betreuung["zeitpunkt"]["volljaehrig_ab"] == "2014-03-10"
    assert betreuung["aufwandspauschale"]["value"]["amount"] == "450"
    assert "aufwandspauschale_jahr" in [u["key"] for u in result["unverified"]]

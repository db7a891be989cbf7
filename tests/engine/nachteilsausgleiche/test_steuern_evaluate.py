"""evaluate_steuern and the CLI on the three workshop presets (engine/nachteilsausgleiche/
beispiele.py); the figures are derived in test_nachteilsausgleiche.py and test_tarif.py."""

import json
from datetime import date
from decimal import Decimal

from engine.__main__ import main
from engine.evaluate import evaluate, evaluate_steuern
from engine.nachteilsausgleiche.beispiele import BEISPIELE
from engine.nachteilsausgleiche.rules import SteuernErgebnis
from engine.nachteilsausgleiche.scenario import Veranlagung
from engine.parameters import NotCoveredResult
from engine.scenario import Scenario


def ergebnis(name: str) -> SteuernErgebnis:
    beispiel = BEISPIELE[name]
    result = evaluate_steuern(beispiel.scenario, beispiel.rechtsstand)
    assert isinstance(result, SteuernErgebnis)
    return result


def test_eltern_preset() -> None:
    result = ergebnis("eltern")
    assert result.veranlagung is Veranlagung.eltern
    assert result.steuer is not None and result.steuer.ersparnis.amount == 3272
    assert result.wertmarke is not None and result.wertmarke.value.amount == 0  # H
    assert result.kfz.art == "befreiung"
    assert result.blindengeld is None
    assert result.schwerbehindert.value


def test_fahrer_preset() -> None:
    result = ergebnis("fahrer")
    assert result.steuer is not None and result.steuer.ersparnis.amount == 663
    assert result.kfz.art == "ermaessigung"
    assert result.kfz.ersparnis_jahr.amount == Decimal("120.00")
    assert result.wertmarke.value.amount == 104  # 2026
    assert result.rundfunkbeitrag.value.amount == Decimal("18.36")


def test_blind_bayern_preset() -> None:
    result = ergebnis("blind_bayern")
    assert result.blindengeld is not None
    assert result.blindengeld.landesblindengeld.value.amount == 776
    assert result.blindengeld.blindenhilfe.value.amount == Decimal("137.19")
    assert result.rundfunkbeitrag.value.amount == Decimal("6.12")
    assert result.blindenhilfe_aufenthalt is not None


def test_minor_without_answer_is_claimed_by_the_parents() -> None:
    scenario = BEISPIELE["eltern"].scenario.with_value(("steuern", "veranlagung"), None)
    result = evaluate_steuern(scenario, date(2025, 6, 1))
    assert isinstance(result, SteuernErgebnis) and result.veranlagung is Veranlagung.eltern


def test_2027_is_not_covered_and_names_the_grundfreibetrag() -> None:
    result = evaluate(Scenario(), date(2027, 1, 1)).steuern
    assert isinstance(result, NotCoveredResult)
    assert [m.key for m in result.missing] == ["grundfreibetrag"]


def test_cli_prints_the_steuern_result(tmp_path, capsys) -> None:
    beispiel = BEISPIELE["eltern"]
    path = tmp_path / "s.json"
    path.write_text(beispiel.scenario.model_dump_json(), encoding="utf-8")
    assert main(["evaluate", str(path), "--date", "2025-06-01"]) == 0
    steuern = json.loads(capsys.readouterr().out)["steuern"]
    assert steuern["steuer"]["ersparnis"]["amount"] == "3272"
    assert len(steuern["merkzeichen"]) == 9

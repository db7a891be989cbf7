"""Command line for advisors, integrators and tests.

    python -m engine schema
    python -m engine evaluate FILE.json [--date YYYY-MM-DD] [--lang de|ar]

With --lang every explanation step carries its sentence ("text") and its legal basis
("basis_text") in that language, beside the message key and values; Arabic text keeps
German terms, paragraphs and amounts in Unicode isolates (U+2068 … U+2069).

The result carries the overview ("uebersicht"): every area's lines in the order to act on
them (a running Widerspruch or Klage deadline first) and the month's total.

Exit codes: 0 valid, 2 invalid input (one line per invalid field on stderr). An area whose
data does not reach the date is printed as {"status": "not_covered", "missing": [...]}.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pydantic import ValidationError

from engine.evaluate import check_for_date, evaluate
from engine.explain import Step
from engine.parameters import NotCovered, covered_period
from engine.scenario import Scenario
from engine.uebersicht.zeilen import uebersicht
from i18n import LANGUAGES, CatalogMissing, Translator

INVALID = 2


def _fail(lines: list[str]) -> int:
    for line in lines:
        print(line, file=sys.stderr)
    return INVALID


def _with_texts(node: object, tr: Translator) -> None:
    """Add each step's sentence and legal basis, in place, wherever a step is in ``node``."""
    if isinstance(node, list):
        for item in node:
            _with_texts(item, tr)
    if not isinstance(node, dict):
        return
    if {"rule", "message", "values", "legal_basis"} <= node.keys():
        step = Step.model_validate(node)
        node["text"] = tr.step(step)
        node["basis_text"] = tr("explain.basis", basis=tr.legal(step.legal_basis))
        return
    for value in node.values():
        _with_texts(value, tr)


def _evaluate(
    path: Path, date_text: str | None, today: Callable[[], date], language: str | None = None
) -> int:
    try:
        rechtsstand = date.fromisoformat(date_text) if date_text else today()
    except ValueError:
        return _fail([f"--date: not a date in the form YYYY-MM-DD: {date_text!r}"])
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as error:
        return _fail([f"{path}: cannot read file ({error.strerror})"])
    try:
        scenario = Scenario.model_validate_json(raw)
    except ValidationError as error:
        return _fail(
            [
                f"{'.'.join(str(p) for p in e['loc']) or '(document)'}: {e['msg']}"
                for e in error.errors()
            ]
        )
    issues = check_for_date(scenario, rechtsstand)
    if issues:
        return _fail([f"{'.'.join(i.path)}: {i.message}" for i in issues])
    try:
        result = evaluate(scenario, rechtsstand)
    except NotCovered:
        start, end = covered_period()
        return _fail(
            [f"--date: {rechtsstand} is not covered by the parameter data ({start} to {end})"]
        )
    data = result.model_dump(mode="json")
    stand = uebersicht(scenario, rechtsstand)
    data["uebersicht"] = stand.model_dump(mode="json") | {
        "summe_monat": str(stand.summe_monat),
        "summe_vorbehalt": str(stand.summe_vorbehalt),
    }
    if language is not None:
        try:
            tr = Translator(language)
        except CatalogMissing as error:
            return _fail([f"--lang: {error}"])
        _with_texts(data, tr)
    print(json.dumps(data, indent=2, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None, today: Callable[[], date] = date.today) -> int:
    """Run the command line; ``today`` gives the default Rechtsstand (tests fix it)."""
    parser = argparse.ArgumentParser(prog="python -m engine", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("schema", help="print the JSON Schema of a scenario")
    run = commands.add_parser("evaluate", help="evaluate a scenario file and print the result")
    run.add_argument("file", type=Path)
    run.add_argument("--date", help="Rechtsstand YYYY-MM-DD (default: today)")
    run.add_argument(
        "--lang", choices=sorted(LANGUAGES), help="add each step's sentence in this language"
    )
    args = parser.parse_args(argv)
    if args.command == "schema":
        print(json.dumps(Scenario.model_json_schema(), indent=2, ensure_ascii=False))
        return 0
    return _evaluate(args.file, args.date, today, args.lang)


if __name__ == "__main__":
    sys.exit(main())

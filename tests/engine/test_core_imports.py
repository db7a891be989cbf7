"""The core at engine/'s top knows no area (README, Architecture): only the modules that
compose the areas (evaluate.py, scenario.py and the CLI) import an area package."""

import ast
from pathlib import Path

import pytest

import engine

ENGINE = Path(engine.__file__).parent
AREAS = frozenset(p.name for p in ENGINE.iterdir() if (p / "__init__.py").is_file())
COMPOSERS = frozenset({"evaluate", "scenario", "__main__"})
CORE = frozenset({"__init__", "explain", "household", "link", "linkfield", "parameters", "person"})


def imported_areas(source: str) -> set[str]:
    """The area packages a module's source imports, in any form of the import statement."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            modules = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        elif isinstance(node, ast.ImportFrom):  # relative: from . import pflege, from .pflege …
            modules = [f"engine.{node.module or alias.name}" for alias in node.names]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if len(parts) > 1 and parts[0] == "engine" and parts[1] in AREAS:
                found.add(parts[1])
    return found


def test_every_top_module_is_core_or_composes_the_areas() -> None:
    # A new module at the top must be sorted into one of the two, and so checked.
    assert {p.stem for p in ENGINE.glob("*.py")} == CORE | COMPOSERS


@pytest.mark.parametrize("name", sorted(CORE))
def test_core_module_imports_no_area(name: str) -> None:
    assert imported_areas((ENGINE / f"{name}.py").read_text(encoding="utf-8")) == set()


def test_the_check_sees_each_form_of_an_area_import() -> None:
    source = (
        "import engine.kinder.rules\n"
        "from engine.pflege.nba import MODULE\n"
        "from engine import arbeit\n"
        "from .erbe import rules\n"
        "from engine.explain import Step\n"
    )
    assert imported_areas(source) == {"kinder", "pflege", "arbeit", "erbe"}
    assert {"pflege", "eingliederungshilfe", "uebersicht"} <= AREAS
    assert imported_areas((ENGINE / "evaluate.py").read_text(encoding="utf-8"))

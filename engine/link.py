"""The scenario's URL form: short, versioned query parameters, validated field by field.

A share link carries only inputs, never results (engine.md rule 10). Reading a link never
fails: a value that is unknown, malformed, out of range or contradicts another is left
out and reported, and the rest of the scenario is kept.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from engine.linkfield import text as value_text
from engine.scenario import LINK_FIELDS as FIELDS
from engine.scenario import SCENARIO_VERSION, Scenario

VERSION_KEY = "v"
FIELD_BY_KEY = {f.key: f for f in FIELDS}


@dataclass(frozen=True)
class Ignored:
    """A link parameter that was not taken over, and why."""

    key: str
    reason: Literal["unknown", "invalid", "version"]


def _lookup(model: BaseModel | None, path: tuple[str, ...]) -> Any:
    for name in path:
        if model is None:
            return None
        model = getattr(model, name)
    return model


def _model_of(annotation: Any) -> type[BaseModel]:
    """The model class inside ``X | None``."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    return annotation


def field_default(path: tuple[str, ...]) -> Any:
    """The declared default of the field at ``path`` (parents taken as freshly created)."""
    model: type[BaseModel] = Scenario
    for name in path[:-1]:
        model = _model_of(model.model_fields[name].annotation)
    return model.model_fields[path[-1]].get_default(call_default_factory=True)


def scenario_to_query(scenario: Scenario) -> dict[str, str]:
    """The link parameters for ``scenario``: only what differs from the defaults."""
    query = {}
    for field in FIELDS:
        if field.retired:
            continue
        value = _lookup(scenario, field.path)
        if value is not None and value != field_default(field.path):
            query[field.key] = field.encode(value) if field.encode else value_text(value)
    if query:
        query[VERSION_KEY] = str(SCENARIO_VERSION)
    return query


def _nest(values: Mapping[str, Any]) -> dict[str, Any]:
    tree: dict[str, Any] = {}
    for key, text in values.items():
        *parents, leaf = FIELD_BY_KEY[key].path
        node = tree
        for name in parents:
            node = node.setdefault(name, {})
        node[leaf] = text
    return tree


def _in_field_order(keys: set[str]) -> list[str]:
    return [f.key for f in FIELDS if f.key in keys]


def _keys_for_error(loc: tuple[Any, ...], present: Mapping[str, str]) -> set[str]:
    """The present link keys an error location points at (the field, or its siblings)."""
    loc = tuple(str(part) for part in loc)
    direct = {
        k
        for k in present
        if FIELD_BY_KEY[k].path[: len(loc)] == loc
        or loc[: len(FIELD_BY_KEY[k].path)] == FIELD_BY_KEY[k].path
    }
    if direct:
        return direct
    # A missing required field: its present siblings cannot stand alone.
    parent = loc[:-1]
    return {k for k in present if FIELD_BY_KEY[k].path[: len(parent)] == parent}


def _current_wins(keys: Mapping[str, str]) -> dict[str, str]:
    """The link keys to read: a retired key only where no current key gives its fact."""
    current = {FIELD_BY_KEY[k].path for k in keys if not FIELD_BY_KEY[k].retired}
    return {
        k: v
        for k, v in keys.items()
        if not (FIELD_BY_KEY[k].retired and FIELD_BY_KEY[k].path in current)
    }


def scenario_from_query(params: Mapping[str, str]) -> tuple[Scenario, list[Ignored]]:
    """Read a scenario from link parameters, keeping every valid field."""
    ignored: list[Ignored] = []
    version = params.get(VERSION_KEY)
    scenario_keys = _current_wins({k: v for k, v in params.items() if k in FIELD_BY_KEY})
    ignored += [Ignored(k, "unknown") for k in params if k not in FIELD_BY_KEY and k != VERSION_KEY]
    if scenario_keys and version != str(SCENARIO_VERSION):
        ignored += [Ignored(k, "version") for k in scenario_keys]
        return Scenario(), ignored
    present: dict[str, Any] = {}
    for key, text in scenario_keys.items():
        decode = FIELD_BY_KEY[key].decode
        try:
            present[key] = decode(text) if decode else text
        except ValueError:
            ignored.append(Ignored(key, "invalid"))
    while True:
        try:
            return Scenario.model_validate(_nest(present)), ignored
        except ValidationError as error:
            bad: set[str] = set()
            for problem in error.errors():
                bad |= _keys_for_error(problem["loc"], present)
            if not bad:  # cannot be attributed to a link key: drop the scenario part
                ignored += [Ignored(k, "invalid") for k in present]
                return Scenario(), ignored
            ignored += [Ignored(k, "invalid") for k in _in_field_order(bad)]
            for key in bad:
                del present[key]

"""The scenario's URL form: short, versioned query parameters, validated field by field.

A share link carries only inputs, never results (engine.md rule 10). Reading a link never
fails: a value that is unknown, malformed, out of range or contradicts another is left
out and reported, and the rest of the scenario is kept.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from engine.nba import KRITERIEN, Skala
from engine.scenario import SCENARIO_VERSION, Scenario

VERSION_KEY = "v"

# Answers on a scale travel as one digit each, in the order of Anlage 1; never reorder.
ANSWER_ORDER = tuple(k.nummer for k in KRITERIEN if k.skala is not Skala.messung)
_UNANSWERED = "-"
_PER = {"tag": "t", "woche": "w", "monat": "m"}
_MEASURE = re.compile(r"(?P<nummer>5\.(?:[0-9]{1,2}|K))_(?P<anzahl>[0-9]{1,3})(?P<je>[twm])")


def encode_answers(antworten: dict[str, int]) -> str:
    text = "".join(str(antworten.get(n, _UNANSWERED)) for n in ANSWER_ORDER)
    return text.rstrip(_UNANSWERED)


def decode_answers(text: str) -> dict[str, int]:
    if len(text) > len(ANSWER_ORDER) or not re.fullmatch(r"[0-3-]*", text):
        raise ValueError("not an answer string")
    return {n: int(c) for n, c in zip(ANSWER_ORDER, text, strict=False) if c != _UNANSWERED}


def encode_measures(messungen: dict[str, Any]) -> str:
    return "~".join(f"{n}_{m.anzahl}{_PER[m.je]}" for n, m in messungen.items())


def decode_measures(text: str) -> dict[str, dict[str, Any]]:
    result: dict[str, dict[str, Any]] = {}
    for part in text.split("~"):
        match = _MEASURE.fullmatch(part)
        if match is None:
            raise ValueError("not a measure")
        je = {v: k for k, v in _PER.items()}[match["je"]]
        result[match["nummer"]] = {"anzahl": int(match["anzahl"]), "je": je}
    return result


def encode_flag(value: bool) -> str:
    return "1" if value else "0"


def encode_tuple(values: tuple[Any, ...]) -> str:
    return ".".join(_text(v) for v in values)


def decode_tuple(text: str) -> list[str]:
    return text.split(".") if text else []


@dataclass(frozen=True)
class LinkField:
    key: str
    path: tuple[str, ...]
    encode: Callable[[Any], str] | None = None
    decode: Callable[[str], Any] | None = None


# Short keys keep links well under 2,000 characters. Never reuse a retired key.
FIELDS: tuple[LinkField, ...] = (
    LinkField("gd", ("person", "geburtsdatum")),
    LinkField("pg", ("person", "pflegegrad")),
    LinkField("wf", ("person", "wohnform")),
    LinkField("e1", ("eltern", "elternteil_1", "betrag_jahr")),
    LinkField("a1", ("eltern", "elternteil_1", "art")),
    LinkField("e2", ("eltern", "elternteil_2", "betrag_jahr")),
    LinkField("a2", ("eltern", "elternteil_2", "art")),
    LinkField("k", ("eltern", "kinder_im_haushalt")),
    LinkField("na", ("pflege", "begutachtung", "antworten"), encode_answers, decode_answers),
    LinkField("nm", ("pflege", "begutachtung", "messungen"), encode_measures, decode_measures),
    LinkField("ni", ("pflege", "begutachtung", "inkontinenz"), encode_flag),
    LinkField("nk", ("pflege", "begutachtung", "bedarfskonstellation"), encode_flag),
    LinkField("sa", ("pflege", "sachleistung_anteil")),
    LinkField("tz", ("pflege", "tage_zuhause_monat")),
    LinkField("ve", ("pflege", "verguetung_einrichtung_monat")),
    LinkField("mz", ("pflege", "merkzeichen"), encode_tuple, decode_tuple),
    LinkField("mb", ("pflege", "mobilitaet_dauerhaft_beeintraechtigt"), encode_flag),
    LinkField("ps", ("pflege", "pflegeperson", "pflege_stunden_woche")),
    LinkField("pt", ("pflege", "pflegeperson", "pflege_tage_woche")),
    LinkField("pe", ("pflege", "pflegeperson", "erwerb_stunden_woche")),
    LinkField("pb", ("pflege", "pflegeperson", "beschaeftigte_arbeitgeber")),
    LinkField("hb", ("pflege", "hilfe_zur_pflege", "bedarf_monat")),
    LinkField("hi", ("pflege", "hilfe_zur_pflege", "einkommen_monat")),
    LinkField("he", ("pflege", "hilfe_zur_pflege", "erwerbseinkommen_monat")),
    LinkField("hu", ("pflege", "hilfe_zur_pflege", "unterkunft_monat")),
    LinkField("hp", ("pflege", "hilfe_zur_pflege", "partner"), encode_flag),
    LinkField("hn", ("pflege", "hilfe_zur_pflege", "unterhaltene_personen")),
    LinkField("hv", ("pflege", "hilfe_zur_pflege", "vermoegen")),
    LinkField("hw", ("pflege", "hilfe_zur_pflege", "vermoegen_aus_erwerb")),
    LinkField("hg", ("pflege", "hilfe_zur_pflege", "grundsicherung"), encode_flag),
    LinkField(
        "hl", ("pflege", "hilfe_zur_pflege", "eingliederungshilfe_vor_rentenalter"), encode_flag
    ),
    LinkField("hx", ("pflege", "hilfe_zur_pflege", "blind"), encode_flag),
    LinkField("eb", ("eingliederungshilfe", "behinderungsart")),
    LinkField("eu", ("eingliederungshilfe", "ursache")),
    LinkField("el", ("eingliederungshilfe", "leistungen"), encode_tuple, decode_tuple),
    LinkField("es", ("eingliederungshilfe", "vor_einschulung"), encode_flag),
    LinkField("eg", ("eingliederungshilfe", "existenzsichernd"), encode_flag),
    LinkField("ea", ("eingliederungshilfe", "einkommen_abweichend"), encode_flag),
    LinkField("ee", ("eingliederungshilfe", "einkommen", "betrag_jahr")),
    LinkField("ek", ("eingliederungshilfe", "einkommen", "art")),
    LinkField("ep", ("eingliederungshilfe", "partner", "betrag_jahr")),
    LinkField("eq", ("eingliederungshilfe", "partner", "art")),
    LinkField("en", ("eingliederungshilfe", "kinder")),
    LinkField("ev", ("eingliederungshilfe", "vermoegen")),
)
FIELD_BY_KEY = {f.key: f for f in FIELDS}


@dataclass(frozen=True)
class Ignored:
    """A link parameter that was not taken over, and why."""

    key: str
    reason: Literal["unknown", "invalid", "version"]


def _text(value: Any) -> str:
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


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
        value = _lookup(scenario, field.path)
        if value is not None and value != field_default(field.path):
            query[field.key] = field.encode(value) if field.encode else _text(value)
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


def scenario_from_query(params: Mapping[str, str]) -> tuple[Scenario, list[Ignored]]:
    """Read a scenario from link parameters, keeping every valid field."""
    ignored: list[Ignored] = []
    version = params.get(VERSION_KEY)
    scenario_keys = {k: v for k, v in params.items() if k in FIELD_BY_KEY}
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

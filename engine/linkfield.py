"""How one scenario field travels in a link: its short key, its path, and its text form.

Each part of the scenario (the household in engine/household.py, each area's own part)
declares its fields with these; engine/link.py composes them into the link codec.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any


@dataclass(frozen=True)
class LinkField:
    key: str
    path: tuple[str, ...]
    encode: Callable[[Any], str] | None = None
    decode: Callable[[str], Any] | None = None
    # An old link's key for a fact that now has another: read into ``path`` when the
    # current key is absent, never written.
    retired: bool = False


def text(value: Any) -> str:
    """The plain text form of a scalar value (enum value, ISO date, normalized decimal)."""
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def encode_flag(value: bool) -> str:
    return "1" if value else "0"


def encode_tuple(values: tuple[Any, ...]) -> str:
    return ".".join(text(v) for v in values)


def decode_tuple(text_value: str) -> list[str]:
    return text_value.split(".") if text_value else []

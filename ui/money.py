"""Euro amounts typed on a phone, shown so a German reader cannot misread them.

A browser's number field writes 35000.00 with a decimal point, which a German reader takes
for thirty-five million-odd or a typo. The field takes whole euros ("35000", no separator
to misread) and the amount is written out below it the way the reader writes it
(35.000 €, or 35,000 € in Arabic). An amount with cents that came with a link is kept
until the field is changed: only a changed field is read as whole euros.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import ROUND_HALF_UP, Decimal

import streamlit as st

from i18n import Translator
from ui import state

MAXIMUM = 10_000_000


def widget_value(amount: Decimal | None) -> int:
    """The field's value for a stored amount: whole euros, half a euro rounded up. Code
    that puts a scenario into the widgets (presets, reset) assigns this to the key."""
    return int((amount or Decimal(0)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def euro_input(tr: Translator, label: str, path: tuple[str, ...], step: int = 100) -> Decimal:
    """The euro amount at the scenario's ``path`` (0 € when empty); ``label`` translated."""
    return _euro_field(tr, label, path, step, lambda amount: widget_value(amount)) or Decimal(0)


def optional_euro_input(
    tr: Translator, label: str, path: tuple[str, ...], step: int = 100
) -> Decimal | None:
    """A euro amount that may be left empty (None: not given), where 0 € is an answer of
    its own, e.g. a parent without income (§ 136 SGB IX counts it)."""
    return _euro_field(
        tr, label, path, step, lambda amount: None if amount is None else widget_value(amount)
    )


def _euro_field(
    tr: Translator,
    label: str,
    path: tuple[str, ...],
    step: int,
    to_widget: Callable[[Decimal | None], int | None],
) -> Decimal | None:
    amount = state.scenario_value(path)
    typed = st.number_input(
        label, min_value=0, max_value=MAXIMUM, step=step, key=state.bind(path, to_widget)
    )
    if typed is None:
        return None
    value = amount if amount is not None and widget_value(amount) == typed else Decimal(typed)
    st.markdown(tr("money.input.shown", amount=tr.isolate(tr.euros(value))))
    return value

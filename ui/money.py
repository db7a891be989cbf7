"""Euro amounts typed on a phone, shown so a German reader cannot misread them.

A browser's number field writes 35000.00 with a decimal point, which a German reader takes
for thirty-five million-odd or a typo. The field takes whole euros ("35000", no separator
to misread) and the amount is written out below it the way the reader writes it
(35.000 €, or 35,000 € in Arabic). An amount with cents that came with a link is kept
until the field is changed: only a changed field is read as whole euros.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import streamlit as st

from i18n import Translator

MAXIMUM = 10_000_000


def widget_value(amount: Decimal | None) -> int:
    """The field's value for a stored amount: whole euros, half a euro rounded up. Code
    that puts a scenario into the widgets (presets, reset) assigns this to the key."""
    return int((amount or Decimal(0)).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def euro_input(
    tr: Translator, label: str, amount: Decimal | None, key: str, step: int = 100
) -> Decimal:
    """A euro amount (0 € when empty); ``label`` is already translated."""
    return optional_euro_input(tr, label, amount or Decimal(0), key, step) or Decimal(0)


def optional_euro_input(
    tr: Translator, label: str, amount: Decimal | None, key: str, step: int = 100
) -> Decimal | None:
    """A euro amount that may be left empty (None: not given), where 0 € is an answer of
    its own, e.g. a parent without income (§ 136 SGB IX counts it)."""
    typed = st.number_input(
        label,
        min_value=0,
        max_value=MAXIMUM,
        value=None if amount is None else widget_value(amount),
        step=step,
        key=key,
    )
    if typed is None:
        return None
    value = amount if amount is not None and widget_value(amount) == typed else Decimal(typed)
    st.markdown(tr("money.input.shown", amount=tr.isolate(tr.euros(value))))
    return value

"""What kind of value a table cell holds, and what kind a column holds down its rows.

A cell is an ``AMOUNT`` (a whole number of a thousand or more: rupiah, tonnes, people),
a ``PERCENT`` (printed with "%"), a ``DECIMAL`` (a number under a thousand with a
fraction: 98,80 or 2,23), a ``COUNT`` (a whole number under a thousand), a ``QUANTITY``
(a number with its unit: "13.125 meter kubik", "5 pkt"), ``TEXT``, or nothing to judge
(blank, a dash). A column has a kind when nearly all of its values
share one; a cell whose kind cannot sit in its column's kind ("98,80" among amounts,
"17.179.484.381" among percentages) marks a row read out of line.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal

from ..numbers import parse_number

AMOUNT, PERCENT, DECIMAL, COUNT, QUANTITY, TEXT = "amount", "percent", "decimal", "count", "quantity", "text"

_THOUSAND = Decimal(1000)
_DASHES = re.compile(r"^[-–—\s.]+$")
_LETTER = re.compile(r"[^\W\d_]")
# A column has a kind when this share of its judged values agree, with at least this many.
_AGREEMENT = 0.8
_MIN_VALUES = 4


def value_kind(text: str, style: str | None = None) -> str | None:
    """The kind of one cell's text; None when there is nothing to judge."""
    text = (text or "").strip()
    if not text or _DASHES.match(text):
        return None
    number = parse_number(text, style)
    if number is None or number.value is None:
        return TEXT if _LETTER.search(text) else None
    if number.percent:
        return PERCENT
    if number.unit and not number.currency:
        return QUANTITY
    value = abs(number.value)
    whole = number.value == number.value.to_integral_value()
    if value >= _THOUSAND and whole:
        return AMOUNT
    if whole and number.decimals == 0:
        return COUNT
    return DECIMAL if value < _THOUSAND else AMOUNT


def column_kind(kinds: list[str | None]) -> str | None:
    """The kind nearly all judged values of a column share, else None.

    Whole numbers under a thousand (a 0, a 500) sit among amounts and among
    percentages alike, so they count for either; percentages and fractions count
    together as ``PERCENT`` or ``DECIMAL``, whichever is more common."""
    judged = [k for k in kinds if k is not None]
    if len(judged) < _MIN_VALUES:
        return None
    counts = Counter(judged)
    numeric = len(judged) - counts[TEXT]
    candidates = (
        (AMOUNT, counts[AMOUNT] + counts[COUNT], counts[AMOUNT]),
        (PERCENT if counts[PERCENT] >= counts[DECIMAL] else DECIMAL,
         counts[PERCENT] + counts[DECIMAL] + counts[COUNT], counts[PERCENT] + counts[DECIMAL]),
        (TEXT, counts[TEXT], counts[TEXT]),
    )
    for kind, agreeing, own in candidates:
        if own and agreeing >= _AGREEMENT * len(judged) and (kind == TEXT or numeric):
            return kind
    return None


def conflicts(column: str | None, value: str | None) -> bool:
    """A value that cannot belong to a column of this kind: a fraction or percentage
    among amounts, an amount among percentages or fractions."""
    if column is None or value is None:
        return False
    if column == AMOUNT:
        return value in (PERCENT, DECIMAL)
    if column in (PERCENT, DECIMAL):
        return value == AMOUNT
    return False

"""A change column computed under one wrong formula throughout.

A "Perubahan %" column whose rows break (n − (n−1)) / (n−1) × 100 is usually a column
read out of line; but when its printed values follow, exactly, one of the formulas a
report slips into instead, the column is understood: every row that follows the slip
is an error the report made, and it can be named. The slips tried, for each pair of
columns the change may compare:

- n − 100            (the later value, minus a hundred)
- (n−1) − 100        (the earlier value, minus a hundred)
- n / (n−1) × 100    (the ratio, not the change)

A slip explains a column when it holds, at the printed precision with no room for
rounded operands, in at least ``MIN_ROWS`` rows and in more than half of the rows the
change applies to, and the change itself holds in fewer rows. A row that fits the
change too tells nothing and is not counted for the slip.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import Sequence

from ..numbers import format_number
from .layout import TableLayout
from .readings import (HUNDRED, CONFIRMED, NAMED_CONFIRMED, Change, Expected, Formula, Operand, Ratio, Value,
                       holds, printed_values)

MIN_ROWS = 3


class LessHundred(Formula):
    """value − 100: a change printed as the value itself less a hundred."""

    kind = "less-hundred"

    def __init__(self, value: Operand):
        self.operands = (value,)

    def compute(self, values: list[Value], row: int) -> list[Expected]:
        with localcontext() as context:
            context.prec = 60
            return [Expected(values[0].value - HUNDRED)]

    def describe(self) -> str:
        return f"{self.operands[0].label} − 100"

    def evidence(self, values: list[Value], expected: Expected, style: str) -> str:
        decimals = values[0].number.decimals
        return f"{format_number(values[0].value, decimals, style)} − 100 = {format_number(expected.value, decimals, style)}"


@dataclass(frozen=True)
class Slip:
    """The wrong formula a change column follows, with the rows that show it."""

    formula: Formula
    change: Change  # the change of the same columns, the reading the column should follow
    rows: frozenset[int]  # rows that follow the slip and not the change
    applicable: int  # rows the change applies to

    @property
    def holding(self) -> int:
        return len(self.rows)


def slips_of(change: Change) -> list[Formula]:
    new, old = change.operands
    return [LessHundred(new), LessHundred(old), Ratio(new, old)]


def _exactly(formula: Formula, layout: TableLayout, row: int, shown: Value, tolerance: Decimal) -> bool:
    return any(holds(shown, Expected(e.value), tolerance) for e in formula.expectations(layout, row))


def _fits(formula: Formula, layout: TableLayout, row: int, shown: Value, tolerance: Decimal) -> bool:
    return any(holds(shown, e, tolerance) for e in formula.expectations(layout, row))


def find_slip(layout: TableLayout, col: int, changes: Sequence[Change], rows: Sequence[int],
              tolerance: Decimal = Decimal(0)) -> Slip | None:
    """The one wrong formula that explains most rows of change column ``col``, trying
    each change in ``changes`` (most natural first), or None."""
    printed = printed_values(layout, col, rows)
    best: Slip | None = None
    for change in changes:
        applicable = [r for r, shown in printed.items() if change.expectations(layout, r)]
        right = {r for r in applicable if _fits(change, layout, r, printed[r], tolerance)}
        for slip in slips_of(change):
            following = frozenset(r for r in applicable if r not in right
                                  and _exactly(slip, layout, r, printed[r], tolerance))
            if len(following) < MIN_ROWS or len(following) * 2 <= len(applicable) or len(right) >= len(following):
                continue
            if best is None or len(following) > best.holding:
                best = Slip(slip, change, following, len(applicable))
    return best


def needs_explaining(reading) -> bool:
    """A change column whose reading is missing or not confirmed by its rows."""
    return reading is None or reading.certainty not in (NAMED_CONFIRMED, CONFIRMED)

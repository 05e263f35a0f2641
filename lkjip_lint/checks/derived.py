"""Derived columns: a Selisih / +/- / Sisa, a Perubahan %, a Jumlah of periodic columns
follows the reading its header names and its rows confirm; a row that breaks it is
reported with the reading; a change column whose rows follow one wrong formula
instead has each such row reported naming that formula."""

from __future__ import annotations

from typing import Iterator

from ..catalog.derived import CHANGE_MISMATCH, DIFFERENCE_MISMATCH, ROW_SUM_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import format_number
from ..textutil import shorten
from ..understand.change_errors import Slip
from ..understand.readings import ColumnReading, RowReading
from ..understand.relations import CHANGE, DIFFERENCE, PERIOD_SUM, REMAINDER
from .certainty import reading_severity, report_style, still_broken, table_name

# The message of a change column's row that follows the one wrong formula its column follows.
CHANGE_FORMULA_ERROR = "change-formula-error"

RULE_OF = {DIFFERENCE: DIFFERENCE_MISMATCH, REMAINDER: DIFFERENCE_MISMATCH, CHANGE: CHANGE_MISMATCH,
           PERIOD_SUM: ROW_SUM_MISMATCH}


def _expected_text(reading: ColumnReading, row: RowReading, style: str) -> str:
    decimals = max([row.printed.number.decimals] + [v.number.decimals for v in row.values])
    if reading.formula.kind == "change":
        decimals = max(row.printed.number.decimals, 2)
    text = format_number(row.expected.value, decimals, style)
    if reading.formula.kind != "sum" and row.expected.value > 0 and row.printed.number.raw.lstrip().startswith("+"):
        text = "+" + text
    return text + (" %" if reading.formula.kind == "change" else "")


def _slip_params(slip: Slip | None, layout, row: RowReading, style: str) -> tuple[str, dict]:
    """The message and the wrong formula's words, for a row that follows the slip."""
    if slip is None or row.row not in slip.rows:
        return "", {}
    values = [operand.read(layout, row.row) for operand in slip.formula.operands]
    expected = slip.formula.expectations(layout, row.row)[0]
    return CHANGE_FORMULA_ERROR, {"slip": slip.formula.describe(), "slip_holding": slip.holding,
                                  "slip_evidence": slip.formula.evidence(values, expected, style)}


def _finding(rule, reading: ColumnReading, row: RowReading, style: str, slip: Slip | None = None) -> Finding:
    layout = reading.layout
    column_label = layout.column_label(reading.column)
    row_label = shorten(layout.row_label(row.row))
    message, slip_params = _slip_params(slip, layout, row, style)
    return make_finding(
        rule.code,
        layout.table.cell_location(row.printed.cell, row_label=row_label, column_label=column_label),
        message or rule.name,
        found=row.printed.cell.text.strip(),
        expected=_expected_text(reading, row, style),
        evidence=reading.formula.evidence(list(row.values), row.expected, style),
        severity=reading_severity(reading),
        snippet=" | ".join(c.text for c in layout.table.rows[row.row]),
        column=column_label,
        row=row_label,
        reading=reading.formula.describe(),
        holding=reading.holding, applicable=reading.applicable,
        table=table_name(layout),
        **slip_params,
    )


def check(facts, config) -> Iterator[Finding]:
    style = report_style(facts)
    for derived in facts.derived_columns:
        rule = RULE_OF.get(derived.kind)
        if rule is None or derived.reading is None:
            continue
        for row in derived.reading.broken:
            if still_broken(row, config):
                yield _finding(rule, derived.reading, row, style, derived.slip)

"""Derived columns: a Selisih / +/- / Sisa, a Perubahan %, a Jumlah of periodic columns
follows the reading its header names and its rows confirm; a row that breaks it is
reported with the reading."""

from __future__ import annotations

from typing import Iterator

from ..catalog.derived import CHANGE_MISMATCH, DIFFERENCE_MISMATCH, ROW_SUM_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import format_number
from ..textutil import shorten
from ..understand.readings import ColumnReading, RowReading
from ..understand.relations import CHANGE, DIFFERENCE, PERIOD_SUM, REMAINDER
from .certainty import reading_severity, report_style, still_broken, table_name

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


def _finding(rule, reading: ColumnReading, row: RowReading, style: str) -> Finding:
    layout = reading.layout
    column_label = layout.column_label(reading.column)
    row_label = shorten(layout.row_label(row.row))
    return make_finding(
        rule.code,
        layout.table.cell_location(row.printed.cell, row_label=row_label, column_label=column_label),
        rule.name,
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
    )


def check(facts, config) -> Iterator[Finding]:
    style = report_style(facts)
    for derived in facts.derived_columns:
        rule = RULE_OF.get(derived.kind)
        if rule is None or derived.reading is None:
            continue
        for row in derived.reading.broken:
            if still_broken(row, config):
                yield _finding(rule, derived.reading, row, style)

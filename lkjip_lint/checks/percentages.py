"""Budget realisation percentages: a percentage column follows its reading (realisation /
budget × 100, the unspent complement, a share of the column total), chosen from its
header and confirmed by its rows; a row that fits no reading is reported."""

from __future__ import annotations

from typing import Iterator

from ..catalog.percentages import PERCENTAGE_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import format_number
from ..textutil import shorten
from ..understand.layout import TableLayout
from ..understand.readings import Candidate, ColumnReading, Operand, Ratio, RowReading, choose
from ..understand.relations import BUDGET_PERCENT, tolerance_of
from .certainty import reading_severity, report_style, still_broken, table_name

MESSAGES = {"ratio": "percentage-mismatch", "complement": "percentage-mismatch-complement",
            "share": "percentage-mismatch-share"}


def _budget_row_readings(layout: TableLayout, vocabulary: dict, tolerance) -> list[ColumnReading]:
    """The budget rows ("Anggaran", "Pagu") of a target / realisation / % table, as in
    the evaluation tables of Bab III: realisasi / anggaran × 100 in the target's place."""
    targets = layout.columns_with("target")
    realisations = layout.columns_with("realisation")
    percents = layout.columns_with("percent")
    if not (targets and realisations and percents) or layout.columns_with("budget"):
        return []
    rows = [r for r in layout.data_rows if layout.is_budget_row(r, targets[0])]
    if not rows:
        return []
    formula = Ratio(Operand((realisations[0],), layout.column_label(realisations[0])),
                    Operand((targets[0],), layout.column_label(targets[0])))
    reading = choose(layout, percents[-1], [Candidate(formula, named=True)], rows, tolerance)
    return [reading] if reading else []


def _finding(reading: ColumnReading, row: RowReading, style: str) -> Finding:
    layout = reading.layout
    column_label = layout.column_label(reading.column)
    row_label = shorten(layout.row_label(row.row))
    formula = reading.formula
    expected_text = format_number(row.expected.value, max(row.printed.number.decimals, 2), style) + " %"
    evidence = formula.evidence(list(row.values), row.expected, style)
    part = row.values[0]
    whole = row.values[1] if len(row.values) > 1 else None
    return make_finding(
        PERCENTAGE_MISMATCH.code,
        layout.table.cell_location(row.printed.cell, row_label=row_label, column_label=column_label),
        MESSAGES.get(formula.kind, "percentage-mismatch"),
        found=row.printed.cell.text.strip(),
        expected=expected_text,
        evidence=evidence,
        severity=reading_severity(reading),
        snippet=" | ".join(c.text for c in layout.table.rows[row.row]),
        column=column_label,
        row=row_label,
        budget=format_number(whole.value, whole.number.decimals, style) if whole else "",
        realisation=format_number(part.value, part.number.decimals, style),
        reading=formula.describe(),
        holding=reading.holding, applicable=reading.applicable,
        table=table_name(layout),
    )


def column_readings(facts) -> list[ColumnReading]:
    """The readings of every budget percentage column of the report's tables, and of
    the budget rows of its target / realisation / % tables."""
    readings = [d.reading for d in facts.derived_columns if d.kind == BUDGET_PERCENT and d.reading is not None]
    tolerance = tolerance_of(facts)
    for info in facts.tables:
        if info.document is facts.report:
            readings.extend(_budget_row_readings(info.layout, facts.vocabulary, tolerance))
    return readings


def check(facts, config) -> Iterator[Finding]:
    style = report_style(facts)
    for reading in column_readings(facts):
        for row in reading.broken:
            if still_broken(row, config):
                yield _finding(reading, row, style)

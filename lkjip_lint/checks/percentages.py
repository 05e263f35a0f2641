"""Budget realisation percentages: a percentage equals realisation / budget × 100."""

from __future__ import annotations

from typing import Iterator

from ..catalog.percentages import PERCENTAGE_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import consistent, format_number, format_percent, percent_of
from ..textutil import shorten
from ..understand.layout import TableLayout


def _triples(layout: TableLayout) -> list[tuple[int, int, int]]:
    """(budget, realisation, percent) column triples: each percent column with the nearest
    budget and realisation columns to its left."""
    budgets = layout.columns_with("budget")
    realisations = layout.columns_with("realisation")
    triples = []
    for pct in layout.columns_with("percent"):
        left_b = [c for c in budgets if c < pct]
        left_r = [c for c in realisations if c < pct]
        if left_b and left_r and left_b[-1] != left_r[-1]:
            triples.append((left_b[-1], left_r[-1], pct))
    return triples


def _row_triples(layout: TableLayout) -> list[tuple[int, tuple[int, int, int]]]:
    """Budget rows of a target / realisation / % table (the evaluation-table form)."""
    targets = layout.columns_with("target")
    realisations = layout.columns_with("realisation")
    percents = layout.columns_with("percent")
    if not (targets and realisations and percents) or layout.columns_with("budget"):
        return []
    triple = (targets[0], realisations[0], percents[-1])
    rows = []
    for row in layout.data_rows:
        if layout.is_budget_row(row, targets[0]):
            rows.append((row, triple))
    return rows


def _check_cell(layout: TableLayout, row: int, triple: tuple[int, int, int], tolerance: float = 0) -> Finding | None:
    b_col, r_col, p_col = triple
    budget, realisation, stated = (layout.number(row, c) for c in triple)
    if budget is None or realisation is None or stated is None or budget.value == 0:
        return None
    if budget.percent or realisation.percent:
        return None
    expected = percent_of(realisation.value, budget.value)
    if consistent(stated, expected, slack=tolerance):
        return None
    cell = layout.cell(row, p_col)
    row_label = shorten(layout.row_label(row))
    column_label = layout.column_label(p_col)
    style = layout.column_styles.get(b_col) or "id"
    budget_text = format_number(budget.value, budget.decimals, style)
    realisation_text = format_number(realisation.value, realisation.decimals, style)
    expected_text = format_percent(expected, stated, layout.document_style)
    return make_finding(
        PERCENTAGE_MISMATCH.code,
        layout.table.cell_location(cell, row_label=row_label, column_label=column_label),
        "percentage-mismatch",
        found=cell.text.strip(),
        expected=expected_text,
        evidence=f"{realisation_text} / {budget_text} × 100 = {expected_text.removesuffix(' %')}",
        snippet=" | ".join(c.text for c in layout.table.rows[row]),
        column=column_label,
        row=row_label,
        budget=budget_text,
        realisation=realisation_text,
    )


def check(facts, config) -> Iterator[Finding]:
    for layout in facts.layouts:
        for triple in _triples(layout):
            for row in layout.data_rows:
                finding = _check_cell(layout, row, triple, config.tolerance)
                if finding:
                    yield finding
        for row, triple in _row_triples(layout):
            finding = _check_cell(layout, row, triple, config.tolerance)
            if finding:
                yield finding

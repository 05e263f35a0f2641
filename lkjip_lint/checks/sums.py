"""Sums in amount tables: a group row equals the sum of its sub-rows, a total row the sum
of the rows it totals."""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..catalog.sums import GROUP_SUM_MISMATCH, TOTAL_SUM_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import Number, format_number
from ..textutil import shorten
from ..understand.hierarchy import RowInfo, children_of, row_hierarchy, totalled_by
from ..understand.layout import TableLayout


AMOUNT_ROLES = ("budget", "realisation", "amount")


def _amount_columns(layout: TableLayout) -> list[int]:
    return [c.index for c in layout.columns if any(r in c.roles for r in AMOUNT_ROLES)
            and "percent" not in c.roles and "target" not in c.roles]


def _slack(values: list[Number], scaled: bool) -> Decimal:
    """Rounding room for a sum of printed values: none for exact whole amounts."""
    coarsest = max(v.exponent for v in values)
    if coarsest <= 0 and not scaled and all(v.exponent == 0 for v in values):
        return Decimal(0)
    unit = Decimal(10) ** coarsest
    return unit / 2 * len(values)


def _compare(layout: TableLayout, rule, message_id: str, parent: RowInfo, parts: list[RowInfo],
             col: int, scaled: bool, style: str) -> Finding | None:
    stated = layout.number(parent.row, col)
    if stated is None or stated.percent:
        return None
    values = []
    for part in parts:
        cell = layout.cell(part.row, col)
        text = cell.text.strip() if cell else ""
        if text in {"-", "–", "—"}:
            values.append(Number(value=Decimal(0), exponent=0, raw=text))
            continue
        number = layout.number(part.row, col)
        if number is None or number.percent:
            return None
        values.append(number)
    total = sum((v.value for v in values), Decimal(0))
    slack = _slack(values + [stated], scaled)
    if abs(total - stated.value) <= slack:
        return None
    decimals = max(v.decimals for v in values + [stated])
    column_label = layout.column_label(col)
    row_label = shorten(parent.label)
    expected = format_number(total, decimals, style)
    cell = layout.cell(parent.row, col)
    terms = " + ".join(format_number(v.value, decimals, style) for v in values)
    return make_finding(
        rule.code,
        layout.table.cell_location(cell, row_label=row_label, column_label=column_label),
        message_id,
        found=cell.text.strip(),
        expected=expected,
        evidence=f"{terms} = {expected}",
        snippet=" | ".join(c.text for c in layout.table.rows[parent.row]),
        column=column_label,
        row=row_label,
        count=len(values),
    )


def check(facts, config) -> Iterator[Finding]:
    scaled_terms = facts.vocabulary.get("columns", {}).get("scaled", [])
    for layout in facts.layouts:
        columns = _amount_columns(layout)
        if not columns or not layout.data_rows:
            continue
        rows = [r for r in layout.data_rows if any(c.text.strip() for c in layout.table.rows[r])]
        infos = row_hierarchy(layout, rows, facts.vocabulary)
        scaled = layout.header_mentions(scaled_terms)
        for index, info in enumerate(infos):
            if info.is_total:
                rule, message_id, parts = TOTAL_SUM_MISMATCH, "total-sum-mismatch", totalled_by(infos, index)
            else:
                rule, message_id, parts = GROUP_SUM_MISMATCH, "group-sum-mismatch", children_of(infos, index)
            if not parts:
                continue
            for col in columns:
                style = layout.column_styles.get(col) or "id"
                finding = _compare(layout, rule, message_id, info, parts, col, scaled, style)
                if finding:
                    yield finding

"""Sums in amount tables: a group row equals the sum of its sub-rows, a total row the sum
of the rows it totals.

Only columns of money are added up (never percentages, physical progress or targets of
indicators), and a sum is reported only when no reading of the table makes it hold: a
total may add up the subtotals or the rows since the last total; a group whose sub-rows
shown make up less than a tenth of it lists only some of its parts; a group still open
at the end of a table that goes on in the next one is not complete. A grand total over
the one subtotal in view adds up groups printed elsewhere. A sum that holds once a
sub-row is read as the sum of its own sub-rows is not reported: the sub-row is wrong, and
it is reported itself.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from ..catalog.sums import GROUP_SUM_MISMATCH, TOTAL_SUM_MISMATCH, RULES  # noqa: F401  (RULES: this module's rules)
from ..findings import Finding, make_finding
from ..numbers import Number, format_number
from ..textutil import shorten
from ..understand.hierarchy import RowInfo, children_of, total_readings
from ..understand.layout import TableLayout

MONEY_ROLES = ("budget", "amount")
_NOT_MONEY = ("percent", "physical")
_DASHES = {"-", "–", "—"}
# Sub-rows that make up less than this share of their group list only some of its parts.
_PARTIAL_SHARE = Decimal("0.1")


def amount_columns(layout: TableLayout, scaled: bool = False) -> list[int]:
    """Columns of money: named as a budget or an amount (or the realisation beside a
    budget), holding whole amounts down their rows."""
    has_budget = any("budget" in c.roles for c in layout.columns)
    columns = []
    for column in layout.columns:
        roles = column.roles
        if roles & set(_NOT_MONEY):
            continue
        if not (roles & set(MONEY_ROLES) or ("realisation" in roles and has_budget)):
            continue
        if layout.holds_amounts(column.index, scaled):
            columns.append(column.index)
    return columns


def _slack(values: list[Number], scaled: bool) -> Decimal:
    """Rounding room for a sum of printed values: none for exact whole amounts."""
    coarsest = max(v.exponent for v in values)
    if coarsest <= 0 and not scaled and all(v.exponent == 0 for v in values):
        return Decimal(0)
    unit = Decimal(10) ** coarsest
    return unit / 2 * len(values)


def _value(layout: TableLayout, row: int, col: int) -> Number | None:
    """The amount in a cell; None when blank, not an amount, or on a misaligned row."""
    if row in layout.misaligned_rows:
        return None
    cell = layout.cell(row, col)
    text = cell.text.strip() if cell else ""
    if text in _DASHES:
        return Number(value=Decimal(0), exponent=0, raw=text)
    number = layout.number(row, col)
    if number is None or number.percent:
        return None
    return number


def _values(layout: TableLayout, parts: list[RowInfo], col: int) -> list[Number] | None:
    values = []
    for part in parts:
        value = _value(layout, part.row, col)
        if value is None:
            return None
        values.append(value)
    return values


def _holds(stated: Number, values: list[Number], scaled: bool) -> bool:
    total = sum((v.value for v in values), Decimal(0))
    return abs(total - stated.value) <= _slack(values + [stated], scaled)


def _finding(layout: TableLayout, rule, message_id: str, parent: RowInfo, values: list[Number],
             stated: Number, col: int, style: str) -> Finding:
    total = sum((v.value for v in values), Decimal(0))
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


def _own_sum(layout, infos, position: int, col, scaled) -> Number | None:
    """The sum of the sub-rows of the sub-row at ``position`` when it differs from that
    sub-row's amount."""
    part = infos[position]
    children = children_of(infos, position) if not part.is_total else []
    stated = _value(layout, part.row, col) if children else None
    values = _values(layout, children, col) if stated is not None else None
    if not values or _holds(stated, values, scaled):
        return None
    total = sum((v.value for v in values), Decimal(0))
    return Number(value=total, exponent=max(v.exponent for v in values), raw="")


def _holds_once_corrected(layout, infos, parts, values, stated, col, scaled) -> bool:
    """Whether the sum holds when the sub-rows that do not add up themselves are read as
    the sum of their own sub-rows."""
    positions = {id(info): index for index, info in enumerate(infos)}
    corrected = [_own_sum(layout, infos, positions[id(part)], col, scaled) or value
                 for part, value in zip(parts, values)]
    return corrected != values and _holds(stated, corrected, scaled)


def _check_group(layout, infos, index, col, scaled, style) -> Finding | None:
    parent = infos[index]
    parts = children_of(infos, index)
    stated = _value(layout, parent.row, col) if parts else None
    values = _values(layout, parts, col) if stated is not None else None
    if not values or _holds(stated, values, scaled):
        return None
    if _holds_once_corrected(layout, infos, parts, values, stated, col, scaled):
        return None
    total = sum((v.value for v in values), Decimal(0))
    if stated.value > 0 and total < stated.value * _PARTIAL_SHARE:
        return None
    return _finding(layout, GROUP_SUM_MISMATCH, "group-sum-mismatch", parent, values, stated, col, style)


def _check_total(layout, infos, index, col, scaled, style) -> Finding | None:
    total_row = infos[index]
    readings = [parts for parts in total_readings(infos, index) if not _one_subtotal(total_row, parts)]
    stated = _value(layout, total_row.row, col) if readings else None
    if stated is None:
        return None
    computable = [(parts, values) for parts in readings if (values := _values(layout, parts, col))]
    if not computable or any(_holds(stated, values, scaled) for _, values in computable):
        return None
    if any(_holds_once_corrected(layout, infos, parts, values, stated, col, scaled) for parts, values in computable):
        return None
    return _finding(layout, TOTAL_SUM_MISMATCH, "total-sum-mismatch", total_row, computable[0][1], stated, col,
                    style)


def _one_subtotal(total: RowInfo, parts: list[RowInfo]) -> bool:
    """A grand total read as the one subtotal in view: the other groups it adds up are
    on another page or not in the table ("JUMLAH PROGRAM PILIHAN" then "JUMLAH TOTAL")."""
    return not total.is_subtotal and len(parts) == 1 and parts[0].is_total and parts[0].is_subtotal


def open_at_end(infos: list[RowInfo]) -> set[int]:
    """Indexes of the groups (and a heading total) still open at the table's last row:
    their sub-rows may go on in the next table."""
    if not infos or infos[-1].is_total and not infos[-1].heads:
        return set()
    still_open = set()
    level = infos[-1].level
    for index in range(len(infos) - 2, -1, -1):
        info = infos[index]
        if info.is_total:
            if not info.heads:
                break
            still_open.add(index)
            continue
        if info.level < level:
            still_open.add(index)
            level = info.level
    return still_open


def begun_elsewhere(infos: list[RowInfo]) -> set[int]:
    """Indexes of the totals that may add up rows of the table before this one: those
    below every row of this table with no grand total above them."""
    begun = set()
    for index, info in enumerate(infos):
        if info.is_total and not info.heads:
            begun.add(index)
            if not info.is_subtotal:
                break
    return begun


def check(facts, config) -> Iterator[Finding]:
    scaled_terms = facts.vocabulary.get("columns", {}).get("scaled", [])
    for layout in facts.layouts:
        scaled = layout.header_mentions(scaled_terms)
        columns = amount_columns(layout, scaled)
        if not columns or not layout.data_rows:
            continue
        infos = layout.hierarchy
        continued, continuing = facts.continued_tables
        unfinished = open_at_end(infos) if id(layout.table) in continued else set()
        if id(layout.table) in continuing:
            unfinished |= begun_elsewhere(infos)
        for index, info in enumerate(infos):
            if index in unfinished:
                continue
            check_one = _check_total if info.is_total else _check_group
            for col in columns:
                style = layout.column_styles.get(col) or "id"
                finding = check_one(layout, infos, index, col, scaled, style)
                if finding:
                    yield finding


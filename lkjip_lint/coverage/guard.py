"""The guard: checks on a table that come out absurd in a pattern are a misreading of the
table, not a list of errors in it.

Findings are grouped by table, rule and column. A group is absurd when, on at least
``MIN_ROWS`` rows:
- the computed values are all 0 or all 100 (a percentage divided by an amount, an amount
  by itself): the table's columns were read out of line, so no finding of the table is
  kept;
- the computed and printed values differ by a hundredfold or more on nearly every row:
  likewise;
- nearly every row with a value in the column disagrees: the column is not what the
  check took it for (a physical-progress column beside the financial one, a share of
  the remainder), so that column's findings of that rule are not kept.
A column whose findings name the one wrong formula its rows follow instead (a ``slip``
param: a change printed as n − 100 on every row) was understood, not misread: its
findings are kept. A sum whose parts make up less than a tenth of it lists only some of
its parts, and is not kept either. Each decision is returned as a note for the coverage report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from ..findings import Finding
from ..numbers import parse_number
from ..registry import rules_by_code

MIN_ROWS = 4
NEARLY_ALL = Decimal("0.8")
_HUNDREDFOLD = Decimal(100)
_TENTH = Decimal("0.1")

# Patterns, as named in the coverage report.
COMPUTED_ZERO, COMPUTED_HUNDRED, MAGNITUDE, EVERY_ROW, PARTIAL_SUM = (
    "computed-zero", "computed-hundred", "magnitude", "every-row", "partial-sum")
_WHOLE_TABLE = (COMPUTED_ZERO, COMPUTED_HUNDRED, MAGNITUDE)
# The param of a finding that names the wrong formula its column's rows follow.
EXPLAINED_BY = "slip"


@dataclass(frozen=True)
class GuardNote:
    """One table (or one column of it) whose findings were not kept."""

    file: str
    table: int
    pattern: str
    rule: str
    column: int | None = None  # 1-based; None when the whole table is left out
    column_label: str | None = None
    rows: int = 0  # rows where the pattern showed
    of_rows: int = 0  # rows checked in that column
    dropped: int = 0  # findings not kept


def _value(text: str | None) -> Decimal | None:
    number = parse_number((text or "").replace("%", "").strip()) if text else None
    return number.value if number is not None and number.value is not None else None


def _rows_with_values(layout, col: int) -> int:
    return sum(1 for row in layout.data_rows if layout.number(row, col) is not None)


def _pattern(group: list[Finding], layout) -> tuple[str, int, int] | None:
    """(pattern, rows showing it, rows checked) of an absurd group, else None."""
    rows = {f.location.row for f in group}
    if len(rows) < MIN_ROWS:
        return None
    pairs = [(_value(f.found), _value(f.expected)) for f in group]
    pairs = [(found, expected) for found, expected in pairs if found is not None and expected is not None]
    enough = NEARLY_ALL * len(group)
    if len(pairs) >= enough:
        zero = sum(1 for _, expected in pairs if expected == 0)
        hundred = sum(1 for _, expected in pairs if expected == 100)
        magnitude = sum(1 for found, expected in pairs
                        if found and expected and max(abs(found), abs(expected)) >= _HUNDREDFOLD * min(abs(found), abs(expected)))
        for pattern, count in ((COMPUTED_ZERO, zero), (COMPUTED_HUNDRED, hundred), (MAGNITUDE, magnitude)):
            if count >= enough:
                return pattern, count, len(group)
    col = group[0].location.column - 1
    checked = _rows_with_values(layout, col) if layout is not None else 0
    if checked and len(rows) >= NEARLY_ALL * checked:
        return EVERY_ROW, len(rows), checked
    return None


def _explained(group: list[Finding]) -> bool:
    """Findings of a column whose rows follow one wrong formula (most of them name it):
    the column was read, and a row that follows neither formula is an error too."""
    return any(finding.param_dict().get(EXPLAINED_BY) for finding in group)


def _partial_sum(finding: Finding) -> bool:
    found, expected = _value(finding.found), _value(finding.expected)
    return found is not None and expected is not None and found > 0 and 0 <= expected < found * _TENTH


def guard(findings: list[Finding], layouts) -> tuple[list[Finding], list[GuardNote]]:
    """The findings to keep, and a note for every table or column left out."""
    by_table = {(layout.table.location.file, layout.table.location.table): layout for layout in layouts}
    categories = {code: rule.category for code, rule in rules_by_code().items()}
    groups: dict[tuple, list[Finding]] = defaultdict(list)
    for finding in findings:
        location = finding.location
        if location.table is not None and location.column is not None and location.row is not None:
            groups[(location.file, location.table, finding.rule, location.column)].append(finding)
    dropped_tables: dict[tuple, GuardNote] = {}
    dropped_groups: dict[tuple, GuardNote] = {}
    for (file, table, rule, column), group in groups.items():
        layout = by_table.get((file, table))
        found = None if _explained(group) else _pattern(group, layout)
        if found is None:
            continue
        pattern, rows, of_rows = found
        label = layout.column_label(column - 1) if layout is not None else None
        note = GuardNote(file, table, pattern, rule, column, label, rows, of_rows)
        if pattern in _WHOLE_TABLE:
            dropped_tables.setdefault((file, table), note)
        else:
            dropped_groups[(file, table, rule, column)] = note
    kept: list[Finding] = []
    counts: dict[tuple, int] = defaultdict(int)
    partial: list[GuardNote] = []
    for finding in findings:
        location = finding.location
        table_key = (location.file, location.table)
        group_key = (location.file, location.table, finding.rule, location.column)
        if location.table is not None and table_key in dropped_tables:
            counts[table_key] += 1
        elif location.table is not None and group_key in dropped_groups:
            counts[group_key] += 1
        elif location.table is not None and categories.get(finding.rule) == "sum" and _partial_sum(finding):
            layout = by_table.get(table_key)
            label = layout.column_label(location.column - 1) if layout is not None and location.column else None
            partial.append(GuardNote(location.file, location.table, PARTIAL_SUM, finding.rule, location.column,
                                     label, 1, 1, 1))
        else:
            kept.append(finding)
    notes = [_with_count(note, counts[key]) for key, note in dropped_tables.items()]
    notes += [_with_count(note, counts[key]) for key, note in dropped_groups.items()]
    return kept, notes + partial


def _with_count(note: GuardNote, dropped: int) -> GuardNote:
    return GuardNote(note.file, note.table, note.pattern, note.rule,
                     None if note.pattern in _WHOLE_TABLE else note.column,
                     None if note.pattern in _WHOLE_TABLE else note.column_label,
                     note.rows, note.of_rows, dropped)

"""What of a report was read and what was not: its tables and their kinds, the tables (or
columns, or rows) left out and why, and the pages with no text layer. "No findings" must
never hide "not read".

The coverage of one file is plain data (``read_coverage`` gives a dict with every key
always present), carried on the file's result through worker processes and into every
output format.
"""

from __future__ import annotations

from ..understand.tables import BUDGET, EVALUATION, MEASUREMENT, OTHER, PK, RENSTRA, RKT
from .guard import GuardNote, guard

KINDS = (PK, RKT, RENSTRA, MEASUREMENT, EVALUATION, BUDGET, OTHER)
# Kinds a performance report is expected to have; one missing is said, with the pages
# that could not be read.
EXPECTED_KINDS = (PK, MEASUREMENT)
GUARD, MISALIGNED, NOT_UNDERSTOOD = "guard", "misaligned", "not-understood"
_CHECKED_ROLES = {"budget", "realisation", "target", "percent", "amount"}

__all__ = ["read_coverage", "empty_coverage", "guard", "GuardNote", "KINDS", "GUARD", "MISALIGNED",
           "NOT_UNDERSTOOD"]


def empty_coverage(pages: int | None = None) -> dict:
    return {
        "pages": pages,
        "pages_without_text": [],
        "tables_read": [],
        "tables_by_kind": {kind: 0 for kind in KINDS},
        "kinds_missing": [],
        "left_out": [],
    }


def _table_entry(table) -> dict:
    return {"table": table.location.table, "page": table.location.page, "caption": table.caption}


def _has_numbers(layout) -> bool:
    return any(layout.number(row, col) is not None for row in layout.data_rows for col in range(layout.table.n_cols))


def read_coverage(facts, notes: list[GuardNote]) -> dict:
    """The coverage of the dossier's report (its first document)."""
    report = facts.report
    coverage = empty_coverage(report.pages)
    coverage["pages_without_text"] = sorted(report.metadata.get("pages_without_text") or [])
    for info in facts.tables:
        if info.document is not report:
            continue
        layout = info.layout
        entry = _table_entry(layout.table)
        coverage["tables_read"].append({**entry, "kind": info.kind})
        coverage["tables_by_kind"][info.kind] = coverage["tables_by_kind"].get(info.kind, 0) + 1
        if layout.misaligned_rows:
            coverage["left_out"].append({**entry, "reason": MISALIGNED, "rows": [r + 1 for r in layout.misaligned_rows],
                                         "column": None, "rule": None, "pattern": None, "count": len(layout.misaligned_rows),
                                         "of": len(layout.data_rows) + len(layout.misaligned_rows)})
        roles = {role for column in layout.columns for role in column.roles}
        if info.kind == OTHER and not roles & _CHECKED_ROLES and _has_numbers(layout):
            coverage["left_out"].append({**entry, "reason": NOT_UNDERSTOOD, "rows": [], "column": None, "rule": None,
                                         "pattern": None, "count": 0, "of": len(layout.data_rows)})
    tables = {layout.table.location.table: layout.table for layout in facts.layouts
              if layout.table.location.file == report.path}
    for note in notes:
        if note.file != report.path:
            continue
        table = tables.get(note.table)
        entry = _table_entry(table) if table is not None else {"table": note.table, "page": None, "caption": None}
        coverage["left_out"].append({**entry, "reason": GUARD, "rows": [], "column": note.column_label,
                                     "rule": note.rule, "pattern": note.pattern, "count": note.rows,
                                     "of": note.of_rows})
    coverage["left_out"].sort(key=lambda e: (e["table"] or 0, e["reason"]))
    coverage["kinds_missing"] = [kind for kind in EXPECTED_KINDS if not coverage["tables_by_kind"].get(kind)]
    return coverage

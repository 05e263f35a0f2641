"""How sure a finding is, and the report's own words for its places and numbers.

Severity by certainty:
- error: the operands come from one row of a table whose layout was understood, and the
  relation is named by the column's header or confirmed by the column's other rows;
- warning: a relation only the rows show (no header names it), or a match across
  tables or documents;
- info: anything that rests on fuzzy matching (a name matched through two spelling slips)
  or on a default.
"""

from __future__ import annotations

from ..findings import Severity
from ..model import Location, Table
from ..text.captions import caption_number
from ..understand.layout import TableLayout
import re
from decimal import Decimal

from ..understand.readings import CONFIRMED, ColumnReading, RowReading, holds


def reading_severity(reading: ColumnReading) -> Severity | None:
    """None (the rule's own severity) for a reading the header names; a warning for one
    only the rows show."""
    return Severity.WARNING if reading.certainty == CONFIRMED else None


_DECIMAL = re.compile(r"^[-+]?\s*\d{1,3}(?P<mark>[.,])\d{1,2}\s*%?$")
_PERCENT_IN_PROSE = re.compile(r"(?<![\d.,])\d{1,3}(?P<mark>[.,])\d{1,2}\s*%")


def report_style(facts) -> str:
    """The one number style the report prints in: its thousands groups decide, else its
    decimal marks ("97.32" against "97,32"), else Indonesian."""
    style = facts.document_styles.get(facts.report.path)
    if style:
        return style
    marks = []
    for block in facts.report.blocks:
        if isinstance(block, Table):
            marks += [m.group("mark") for row in block.rows for c in row if (m := _DECIMAL.match(c.text.strip()))]
        else:
            marks += [m.group("mark") for m in _PERCENT_IN_PROSE.finditer(block.text)]
    return "en" if marks.count(".") > marks.count(",") else "id"


def table_name(layout: TableLayout) -> str:
    return place_of_table(layout.table.location.with_(caption=layout.table.caption))


def place_of_table(location: Location) -> str:
    """"Tabel 3.1" as the report numbers it, else its caption, else "table N" (counted)."""
    number = caption_number(location.caption)
    if number:
        return f"Tabel {number}"
    if location.caption:
        caption = " ".join(location.caption.split())
        return caption if len(caption) <= 60 else caption[:59].rstrip() + "…"
    return f"table {location.table}" if location.table else ""


def still_broken(row: RowReading, config) -> bool:
    """A row that breaks its reading even with the configured ``tolerance``."""
    tolerance = Decimal(str(getattr(config, "tolerance", 0) or 0))
    return not (tolerance and row.expected is not None and holds(row.printed, row.expected, tolerance))


def loose_match(comparison, settings) -> bool:
    """Two names matched through two spelling slips or more: fuzzy matching, worth an
    info only. One slip in an otherwise identical name (which the name comparison
    accepts only with enough other words the same) is a firm match."""
    return len(comparison.spelling_differences) >= 2

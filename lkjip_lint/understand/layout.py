"""The layout of a table: which rows are headers, what each column holds.

Column roles come from the header vocabulary in ``rules/vocabulary.toml``; no
wording of any particular report is assumed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from ..model import Cell, Table
from ..numbers import Number, infer_style, parse_number
from ..text.markers import is_column_numbers, is_row_marker, parse_label
from ..text.years import find_years, first_year, is_year
from ..textutil import fold, matches_any
from .value_kinds import AMOUNT, COUNT, DECIMAL, column_kind, conflicts, value_kind


@dataclass(frozen=True)
class Column:
    """One grid column: its full label (every header level over it, top first, joined
    with " / "), the roles its words give it, the year its header names (at any level,
    the lowest one that names a year), and the kind of value its data rows hold
    (``value_kinds``: "amount", "percent", "decimal", "count", "text"; None when mixed)."""

    index: int
    label: str
    roles: frozenset[str]
    year: int | None = None
    levels: tuple[str, ...] = ()
    kind: str | None = None


def _is_data_value(text: str) -> bool:
    text = text.strip()
    if not text or is_year(text):
        return False
    return parse_number(text) is not None


def _looks_like_header_row(texts: list[str], vocabulary: dict) -> bool:
    non_empty = [t for t in texts if t.strip()]
    if not non_empty:
        return True
    if is_row_marker(texts[0]) and len(non_empty) > 1:
        return False
    if any(_is_data_value(t) for t in non_empty):
        return False
    if any(len(t) > 60 for t in non_empty):
        return False
    header_terms = [term for terms in vocabulary.get("columns", {}).values() for term in terms]
    has_vocabulary = any(matches_any(t, header_terms) for t in non_empty)
    has_years = any(find_years(t) for t in non_empty)
    has_gaps = len(non_empty) < len(texts)
    return has_vocabulary or has_years or has_gaps


def _is_first_header_row(texts: list[str]) -> bool:
    non_empty = [t for t in texts if t.strip()]
    if not non_empty or any(_is_data_value(t) for t in non_empty):
        return False
    return not (is_row_marker(texts[0]) and len(non_empty) > 1)


# Columns whose values must all be of one kind: money, or percentages.
_TYPED_ROLES = frozenset({"budget", "amount", "percent", "physical"})
# "Anggaran", ": Pagu Anggaran", "Alokasi anggaran (Rp)": a budget row's label is short.
_MAX_BUDGET_LABEL_WORDS = 4
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_BROKEN_WORD = re.compile(r"(\w{3,}) (\w)(?=\s|$|[/()])")


def column_roles(label: str, vocabulary: dict) -> frozenset[str]:
    columns = vocabulary.get("columns", {})
    # A narrow PDF cell wraps "Target" as "Targe t": glue a lone trailing letter back on.
    label = _BROKEN_WORD.sub(r"\1\2", label)
    roles = {role for role, terms in columns.items() if role != "scaled" and matches_any(label, terms)}
    if "percent" in roles:
        roles -= {"budget", "realisation", "amount"}
    if "physical" in roles:
        # Physical progress ("Realisasi Fisik"): neither money nor the realisation of a target.
        roles -= {"budget", "realisation", "amount"}
    if "budget" in roles or "realisation" in roles:
        roles.discard("label")
    return frozenset(roles)


def is_marker_cell(text: str) -> bool:
    """A cell holding only a list marker: "1", "a.", "H", "II", "1.2"."""
    if is_row_marker(text):
        return True
    parsed = parse_label(text, bare=True)
    return parsed is not None and not parsed[0].is_bullet and not parsed[1]


def _starts_with_marker(texts: list[str]) -> bool:
    """A row whose first filled cell is a list marker and which has more: a data row."""
    filled = [t.strip() for t in texts if t.strip()]
    return (len(filled) > 1 and not is_year(filled[0]) and is_marker_cell(filled[0])
            and any(_LETTERS.search(t) for t in filled[1:]))


def _starts_like_data(texts: list[str], vocabulary: dict) -> bool:
    """A row that opens with a total word or a Program / Kegiatan name ("TOTAL ANGGARAN",
    "Program Pengembangan Kompetensi Aparatur"): a row of the table, not of its header."""
    filled = [t.strip() for t in texts if t.strip()]
    if not filled or "/" in filled[0]:
        return False
    first = fold(filled[0])
    words = first.split()
    if len(words) < 2:
        return False
    rows = vocabulary.get("rows", {})

    def opens_with(keys) -> bool:
        return any(first.startswith(fold(t) + " ") for key in keys for t in rows.get(key, []))

    if opens_with(("total", "subtotal")):
        return True
    header_terms = [term for terms in vocabulary.get("columns", {}).values() for term in terms]
    return (opens_with(("group", "program", "item", "subitem"))
            and not all(matches_any(w, header_terms) for w in words[1:]))


class TableLayout:
    """Header rows, data rows and columns (full labels, roles, years, value kinds) of one
    table, computed once. Data rows whose values do not fit their columns' kinds are
    ``misaligned_rows``: left out of ``data_rows``, so nothing is checked on them."""

    def __init__(self, table: Table, vocabulary: dict, document_style: str | None = None):
        self.table = table
        self.vocabulary = vocabulary
        self.document_style = document_style
        self.has_spans = any(c.colspan > 1 or c.rowspan > 1 for row in table.rows for c in row)
        self.header_rows, self.column_number_rows = self._split_header()
        skipped = set(self.header_rows) | set(self.column_number_rows)
        self.data_rows = tuple(r for r in range(table.n_rows) if r not in skipped
                               and not is_column_numbers(self._cell_texts(r)))
        self._kinds = kinds = self._value_kinds()
        self.columns = tuple(self._column(c, kinds) for c in range(table.n_cols))
        self.misaligned_rows = tuple(r for r in self.data_rows if self._is_misaligned(r, kinds))
        if self.misaligned_rows:
            self.data_rows = tuple(r for r in self.data_rows if r not in self.misaligned_rows)

    def _split_header(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        headers: list[int] = []
        numbers: list[int] = []
        for r in range(self.table.n_rows):
            texts = self.table.row_texts(r)
            if is_column_numbers(self._cell_texts(r)):
                numbers.append(r)
                continue
            if not headers and not numbers and _is_first_header_row(texts):
                headers.append(r)
                continue
            if headers and not numbers and self._continues_header(r, headers, texts):
                headers.append(r)
                continue
            break
        return tuple(headers), tuple(numbers)

    def _continues_header(self, row: int, headers: list[int], texts: list[str]) -> bool:
        """Whether ``row`` is one more level of the header above it. Where the table
        shows its merged cells, only a row under a merged header cell is: a cell spanning
        columns above one of its texts, or a cell spanning down into it."""
        if _starts_with_marker(texts) or not _looks_like_header_row(texts, self.vocabulary):
            return False
        if not self.has_spans:
            return not _starts_like_data(texts, self.vocabulary)
        for upper in headers:
            for cell in self.table.rows[upper]:
                if cell.row + cell.rowspan - 1 >= row:
                    return True
                if cell.colspan > 1 and any(texts[c].strip() for c in range(cell.col, cell.last_col + 1)
                                            if c < len(texts)):
                    return True
        return False

    def _cell_texts(self, row: int) -> list[str]:
        """Texts of the cells starting in a row, each once (a spanning cell is one text)."""
        return [cell.text for cell in self.table.rows[row]]

    def _header_text(self, row: int, col: int) -> str:
        """Header text over (row, col). In an upper header row of a table that shows no
        merged cells, an empty cell right of a filled one is read as part of it: text
        formats cannot express the merge."""
        cell = self.table.cell_at(row, col)
        if cell is not None and cell.text:
            return cell.text
        if row == self.header_rows[-1] or self.has_spans:
            return ""
        for left in range(col - 1, -1, -1):
            neighbour = self.table.cell_at(row, left)
            if neighbour is not None and neighbour.text:
                below = self.table.cell_at(self.header_rows[-1], col)
                return neighbour.text if below is not None and below.text else ""
        return ""

    def _value_kinds(self) -> dict[tuple[int, int], str]:
        kinds = {}
        for row in self.data_rows:
            for cell in self.table.rows[row]:
                kind = value_kind(cell.text, self.column_styles.get(cell.col))
                if kind is not None:
                    for col in range(cell.col, min(cell.last_col, self.table.n_cols - 1) + 1):
                        kinds[(row, col)] = kind
        return kinds

    def _column(self, col: int, kinds: dict[tuple[int, int], str]) -> Column:
        parts: list[str] = []
        for r in self.header_rows:
            text = self._header_text(r, col)
            if text and text not in parts:
                parts.append(text)
        label = " / ".join(parts)
        year = next((y for part in reversed(parts) if (y := first_year(part)) is not None), None)
        return Column(
            index=col,
            label=label,
            roles=column_roles(label, self.vocabulary),
            year=year,
            levels=tuple(parts),
            kind=column_kind([kinds.get((r, col)) for r in self.data_rows]),
        )

    def _is_misaligned(self, row: int, kinds: dict[tuple[int, int], str]) -> bool:
        """A value of another kind in a column of money or percentages. Targets and
        realisations of indicators mix their units down the rows, so are not judged."""
        return any(conflicts(column.kind, kinds.get((row, column.index))) for column in self.columns
                   if column.roles & _TYPED_ROLES and (cell := self.cell(row, column.index)) is not None
                   and cell.colspan == 1)

    def holds_amounts(self, col: int, scaled: bool = False) -> bool:
        """Whether the column's values can be amounts of money: no percentages, and no
        fractions unless the header scales its amounts ("juta Rp")."""
        allowed = {AMOUNT, COUNT} | ({DECIMAL} if scaled else set())
        kind = self.columns[col].kind
        if kind is not None:
            return kind in allowed
        found = {self._kinds.get((r, col)) for r in self.data_rows} - {None}
        return bool(found) and found <= allowed

    @cached_property
    def hierarchy(self):
        """Group, child and total rows of the data rows that hold text (``understand.hierarchy``).
        Misaligned rows keep their place in it, so that the groups they belong to are known
        to be incomplete."""
        from .hierarchy import row_hierarchy
        rows = [r for r in sorted(self.data_rows + self.misaligned_rows)
                if any(c.text.strip() for c in self.table.rows[r])]
        return row_hierarchy(self, rows, self.vocabulary)

    def columns_with(self, role: str) -> list[int]:
        return [c.index for c in self.columns if role in c.roles]

    def column_label(self, col: int) -> str:
        label = self.columns[col].label if 0 <= col < len(self.columns) else ""
        return label or f"column {col + 1}"

    @cached_property
    def column_styles(self) -> dict[int, str | None]:
        styles = {}
        for col in range(self.table.n_cols):
            texts = [t for r in self.data_rows if (t := self._text(r, col))]
            styles[col] = infer_style(texts) or self.document_style
        return styles

    def _text(self, row: int, col: int) -> str:
        cell = self.cell(row, col)
        return cell.text if cell is not None else ""

    def cell(self, row: int, col: int) -> Cell | None:
        """The cell that starts in this row and covers this column (not one spanning from above)."""
        for cell in self.table.rows[row]:
            if cell.covers_col(col):
                return cell
        return None

    def number(self, row: int, col: int) -> Number | None:
        cell = self.cell(row, col)
        if cell is None or not cell.text.strip():
            return None
        number = parse_number(cell.text, self.column_styles.get(col))
        if number is None or number.value is None:
            return None
        return number

    def row_label(self, row: int) -> str:
        """The most descriptive text of a row: the label column, else the longest text cell."""
        label = self._row_labels.get(row)
        if label is None:
            label = self._row_labels[row] = self._read_row_label(row)
        return label

    @cached_property
    def _row_labels(self) -> dict[int, str]:
        return {}

    def _read_row_label(self, row: int) -> str:
        texts = self.table.row_values(row)
        label_cols = self.columns_with("label")
        for col in label_cols:
            cell = texts[col] if col < len(texts) else None
            if cell is not None and cell.row == row and cell.text.strip() and not is_row_marker(cell.text):
                return cell.text.strip()
        candidates = [c for c in self.table.rows[row] if c.text.strip() and not is_row_marker(c.text)
                      and not _is_data_value(c.text)]
        if candidates:
            return max(candidates, key=lambda c: len(c.text)).text.strip()
        first = [c for c in self.table.rows[row] if c.text.strip()]
        return first[0].text.strip() if first else f"row {row + 1}"

    def row_marker(self, row: int) -> str | None:
        for cell in self.table.rows[row]:
            text = cell.text.strip()
            if not text:
                continue
            return text.rstrip(".)") if is_row_marker(text) else None
        return None

    def is_budget_row(self, row: int, before_col: int) -> bool:
        """A row of a target / realisation / % table that holds the budget ("Anggaran",
        ": Pagu"): a short label before ``before_col`` names it (``[rows] budget``)."""
        terms = self.vocabulary.get("rows", {}).get("budget", [])
        labels = [c.text for c in self.table.rows[row] if c.col < before_col]
        return any(matches_any(t.strip(" :"), terms) and len(t.split()) <= _MAX_BUDGET_LABEL_WORDS for t in labels)

    def header_mentions(self, terms) -> bool:
        texts = [self.table.caption or ""] + [c.label for c in self.columns]
        return any(matches_any(t, terms) for t in texts)


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
from ..text.markers import is_column_numbers, is_row_marker
from ..text.years import find_years, first_year, is_year
from ..textutil import matches_any



@dataclass(frozen=True)
class Column:
    index: int
    label: str
    roles: frozenset[str]
    year: int | None = None


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


# "Anggaran", ": Pagu Anggaran", "Alokasi anggaran (Rp)": a budget row's label is short.
_MAX_BUDGET_LABEL_WORDS = 4
_BROKEN_WORD = re.compile(r"(\w{3,}) (\w)(?!\w)")


def column_roles(label: str, vocabulary: dict) -> frozenset[str]:
    columns = vocabulary.get("columns", {})
    # A narrow PDF cell wraps "Target" as "Targe t": glue a lone trailing letter back on.
    label = _BROKEN_WORD.sub(r"\1\2", label)
    roles = {role for role, terms in columns.items() if role != "scaled" and matches_any(label, terms)}
    if "percent" in roles:
        roles -= {"budget", "realisation", "amount"}
    if "budget" in roles or "realisation" in roles:
        roles.discard("label")
    return frozenset(roles)


class TableLayout:
    """Header rows, data rows and column roles of one table, computed once."""

    def __init__(self, table: Table, vocabulary: dict, document_style: str | None = None):
        self.table = table
        self.vocabulary = vocabulary
        self.document_style = document_style
        self.header_rows, self.column_number_rows = self._split_header()
        skipped = set(self.header_rows) | set(self.column_number_rows)
        self.data_rows = tuple(r for r in range(table.n_rows) if r not in skipped
                               and not is_column_numbers(self._cell_texts(r)))
        self.columns = tuple(self._column(c) for c in range(table.n_cols))

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
            if headers and not numbers and _looks_like_header_row(texts, self.vocabulary):
                headers.append(r)
                continue
            break
        return tuple(headers), tuple(numbers)

    def _cell_texts(self, row: int) -> list[str]:
        """Texts of the cells starting in a row, each once (a spanning cell is one text)."""
        return [cell.text for cell in self.table.rows[row]]

    def _header_text(self, row: int, col: int) -> str:
        """Header text over (row, col). In an upper header row, an empty cell right of a
        filled one is read as part of it: text formats cannot express the merge."""
        cell = self.table.cell_at(row, col)
        if cell is not None and cell.text:
            return cell.text
        if row == self.header_rows[-1]:
            return ""
        for left in range(col - 1, -1, -1):
            neighbour = self.table.cell_at(row, left)
            if neighbour is not None and neighbour.text:
                below = self.table.cell_at(self.header_rows[-1], col)
                return neighbour.text if below is not None and below.text else ""
        return ""

    def _column(self, col: int) -> Column:
        parts: list[str] = []
        for r in self.header_rows:
            text = self._header_text(r, col)
            if text and text not in parts:
                parts.append(text)
        label = " / ".join(parts)
        year = first_year(parts[-1]) if parts else None
        return Column(
            index=col,
            label=label,
            roles=column_roles(label, self.vocabulary),
            year=year,
        )

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


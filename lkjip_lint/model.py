"""The document model every extractor produces and every later layer reads.

A Document is an ordered list of blocks (paragraphs and tables) in reading
order. Merged cells are resolved here, once: a cell spanning several grid
columns is one Cell with ``colspan`` > 1, and a vertically merged cell is one
Cell with ``rowspan`` > 1 that does not appear again in the rows below.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterator, Union


@dataclass(frozen=True)
class Location:
    """Where something is, in terms a person can follow in the original file.

    Numbers are 1-based as a person counts them. ``line`` is the line in a
    text file (or the first line of a block), when known.
    """

    file: str
    page: int | None = None
    table: int | None = None
    caption: str | None = None
    row: int | None = None
    column: int | None = None
    row_label: str | None = None
    column_label: str | None = None
    paragraph: int | None = None
    line: int | None = None

    def with_(self, **changes) -> "Location":
        # dataclasses.replace, without its per-field checks: a table's every cell is placed.
        if type(self) is not Location or not changes.keys() <= _LOCATION_FIELDS:
            return replace(self, **changes)
        state = self.__dict__.copy()
        state.update(changes)
        location = object.__new__(Location)
        object.__setattr__(location, "__dict__", state)
        return location

    def sort_key(self) -> tuple:
        return (
            self.file,
            self.page or 0,
            self.line or 0,
            self.table or 0,
            self.paragraph or 0,
            self.row or 0,
            self.column or 0,
        )

    def to_dict(self) -> dict:
        return {
            "page": self.page,
            "table": self.table,
            "caption": self.caption,
            "row": self.row,
            "column": self.column,
            "row_label": self.row_label,
            "column_label": self.column_label,
            "paragraph": self.paragraph,
            "line": self.line,
        }


_LOCATION_FIELDS = frozenset(Location.__dataclass_fields__)


@dataclass(frozen=True)
class Cell:
    """One table cell. ``row`` and ``col`` are 0-based grid positions of its top-left corner."""

    text: str
    row: int
    col: int
    colspan: int = 1
    rowspan: int = 1
    bold: bool = False
    italic: bool = False
    nested: tuple["Table", ...] = ()

    @property
    def last_col(self) -> int:
        return self.col + self.colspan - 1

    def covers_col(self, col: int) -> bool:
        return self.col <= col <= self.last_col


@dataclass(frozen=True)
class Paragraph:
    text: str
    index: int
    location: Location
    style: str | None = None
    heading_level: int | None = None
    list_label: str | None = None
    bold: bool = False

    kind = "paragraph"


@dataclass(frozen=True)
class Table:
    """A table as a grid. ``rows[r]`` holds the cells whose top-left corner is in row r.

    ``index`` counts tables from 0 in document order; ``location.table`` is index + 1
    (locations count as a person does). Paragraph.index likewise.
    """

    index: int
    rows: tuple[tuple[Cell, ...], ...]
    n_cols: int
    location: Location
    caption: str | None = None
    pages: tuple[int, ...] = ()
    flattened: bool = False
    # Where each row is, when a table runs over pages or lines: row_pages[r], row_lines[r].
    row_pages: tuple[int | None, ...] = ()
    row_lines: tuple[int | None, ...] = ()

    kind = "table"

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    def cell_at(self, row: int, col: int) -> Cell | None:
        """The cell whose area covers (row, col), including spans from above and left."""
        for r in range(row, -1, -1):
            for cell in self.rows[r]:
                if cell.covers_col(col) and r + cell.rowspan - 1 >= row:
                    return cell
        return None

    def row_values(self, row: int) -> list[Cell | None]:
        """Cells of one row by grid column; a column covered by a horizontal span maps to
        the spanning cell, a column covered from a row above maps to None (not data)."""
        values: list[Cell | None] = [None] * self.n_cols
        for cell in self.rows[row]:
            for c in range(cell.col, min(cell.last_col, self.n_cols - 1) + 1):
                values[c] = cell
        return values

    def row_texts(self, row: int) -> list[str]:
        return [c.text if c is not None else "" for c in self.row_values(row)]

    def cell_location(self, cell: Cell, row_label: str | None = None,
                      column_label: str | None = None) -> Location:
        changes = {}
        if cell.row < len(self.row_pages) and self.row_pages[cell.row] is not None:
            changes["page"] = self.row_pages[cell.row]
        if cell.row < len(self.row_lines) and self.row_lines[cell.row] is not None:
            changes["line"] = self.row_lines[cell.row]
        return self.location.with_(
            row=cell.row + 1,
            column=cell.col + 1,
            row_label=row_label,
            column_label=column_label,
            **changes,
        )


Block = Union[Paragraph, Table]


@dataclass(frozen=True)
class Document:
    path: str
    format: str  # "docx" | "pdf" | "text"
    blocks: tuple[Block, ...]
    pages: int | None = None
    metadata: dict = field(default_factory=dict, compare=False, hash=False)

    def paragraphs(self) -> Iterator[Paragraph]:
        return (b for b in self.blocks if isinstance(b, Paragraph))

    def tables(self) -> Iterator[Table]:
        return (b for b in self.blocks if isinstance(b, Table))

    def text(self) -> str:
        parts = []
        for block in self.blocks:
            if isinstance(block, Paragraph):
                parts.append(block.text)
            else:
                for r in range(block.n_rows):
                    parts.append("\t".join(block.row_texts(r)))
        return "\n".join(parts)


class ExtractError(Exception):
    """An input that cannot be read as a report. The message is one line for a person."""

    def __init__(self, path: str, problem: str):
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

"""Every piece of running text of a document with the place a person would look for it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from ..model import Cell, Document, Location, Paragraph, Table
from ..textutil import shorten



@dataclass(frozen=True)
class TextPlace:
    text: str
    location: Location
    paragraph: Paragraph | None = None
    table: Table | None = None
    cell: Cell | None = None


def text_places(document: Document, layouts=None) -> Iterator[TextPlace]:
    """Paragraphs and table cells in reading order. ``layouts`` (Facts.layouts) name the
    row and column of a cell; without them the location has only the grid position."""
    by_table = {id(layout.table): layout for layout in layouts or ()}
    for block in document.blocks:
        if isinstance(block, Paragraph):
            yield TextPlace(block.text, block.location, paragraph=block)
            continue
        layout = by_table.get(id(block))
        for row in block.rows:
            for cell in row:
                if not cell.text.strip():
                    continue
                yield TextPlace(cell.text, cell_location(block, cell, layout), table=block, cell=cell)


def tables_with_context(document: Document, paragraphs_before: int = 3) -> Iterator[tuple[Table, str]]:
    """Each table with the text a reader sees around its head: caption, the paragraphs
    just before it (since the previous table) and its first header rows."""
    recent: list[str] = []
    for block in document.blocks:
        if isinstance(block, Paragraph):
            recent = (recent + [block.text])[-paragraphs_before:]
            continue
        header = " ".join(t for r in range(min(3, block.n_rows)) for t in block.row_texts(r))
        yield block, " ".join([block.caption or ""] + recent + [header])
        recent = []


def cell_location(table: Table, cell: Cell, layout=None) -> Location:
    """The cell's place, named by its row and column labels when the layout knows them;
    a header cell is named by its column only."""
    if layout is None:
        return table.cell_location(cell)
    in_header = cell.row in layout.header_rows or cell.row in layout.column_number_rows
    row_label = None if in_header else shorten(layout.row_label(cell.row))
    return table.cell_location(cell, row_label=row_label, column_label=layout.column_label(cell.col))

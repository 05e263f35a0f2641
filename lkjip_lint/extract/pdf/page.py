"""One page as items in reading order: ruled tables, tables read from text alignment,
and the lines of text outside them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from ...model import Cell
from .content import PageContent, font_style
from .borderless import find_tables
from .grid import ruled_tables
from .textlines import lines_of

# A page whose images cover this share of it and that has no text is a scan.
SCANNED_COVER = 0.3


@dataclass(frozen=True)
class PdfLine:
    text: str
    top: float
    page: int
    number: int  # 1-based, counted from the top of the page
    bold: bool = False
    furniture: bool = False  # a running header or footer line
    bottom: float = 0.0
    x0: float = 0.0
    x1: float = 0.0


@dataclass(frozen=True)
class PdfTable:
    rows: tuple[tuple[Cell, ...], ...]
    n_cols: int
    top: float
    bottom: float
    column_edges: tuple[float, ...]
    pages: tuple[int, ...]
    row_pages: tuple[int, ...] = ()
    ruled: bool = True
    # A table without rules or header is one only where it continues a table from the
    # page before; elsewhere it stays these lines of text.
    headed: bool = True
    text_lines: tuple["PdfLine", ...] = ()


PageItem = Union[PdfLine, PdfTable]


@dataclass(frozen=True)
class PdfPage:
    number: int
    height: float
    items: tuple[PageItem, ...]  # in reading order
    scanned: bool = False  # no text layer, a picture of a page


def read_page(content: PageContent) -> PdfPage:
    chars = [ch for ch in content.chars if ch["text"].strip() or ch["text"] == " "]
    if not any(ch["text"].strip() for ch in chars):
        return PdfPage(content.number, content.height, (), scanned=content.image_cover >= SCANNED_COVER)
    found = ruled_tables(content.edges, chars)
    tables = [PdfTable(t.rows, t.n_cols, t.bbox[1], t.bbox[3], t.column_edges, (content.number,))
              for t in found]
    boxes = [t.bbox for t in found]
    outside = [ch for ch in chars if not _in_any(ch, boxes)] if boxes else chars
    text = lines_of(outside)
    lines = [PdfLine(line.text, line.top, content.number, number, bold=font_style(list(line.chars))[0],
                     bottom=line.bottom, x0=line.x0, x1=line.x1)
             for number, line in enumerate(text, start=1)]
    in_tables: set[int] = set()
    for table in find_tables(text, content.edges):
        own = tuple(lines[k] for k in table.lines)
        tables.append(PdfTable(table.rows, table.n_cols, table.top, table.bottom, table.column_edges,
                               (content.number,), ruled=False, headed=table.headed, text_lines=own))
        in_tables.update(table.lines)
    lines = [line for k, line in enumerate(lines) if k not in in_tables]
    items = sorted([*lines, *tables], key=lambda item: item.top)
    return PdfPage(content.number, content.height, tuple(items))


def _in_any(ch: dict, boxes: list[tuple]) -> bool:
    x, y = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    for x0, top, x1, bottom in boxes:
        if x0 <= x < x1 and top <= y < bottom:
            return True
    return False

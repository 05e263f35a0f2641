"""PDF reports: ``extract_pdf(path) -> Document``, read with pdfplumber.

Per page, tables come from ruling lines (``page.find_tables()``, lines strategy) and the
text outside them is read line by line, one paragraph per line; both are put in
reading order by their top edge. Merged cells are resolved from the cell rectangles
pdfplumber reports. A table that runs on past a page break is joined into one Table.
Text lines outside ruled tables are searched for flattened table rows as well.
"""

from __future__ import annotations

import logging

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from typing import Union

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError
from pdfminer.psparser import PSException
from pdfplumber.utils import extract_text as chars_to_text
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

from ..model import Block, Cell, Document, ExtractError, Location
from .common import clean_text, is_caption
from .text import BlockBuilder, is_page_number

CORRUPT = "corrupt or not a PDF"
ENCRYPTED = "encrypted or password-protected (not supported)"
NO_TEXT = "no text layer (scanned image?); OCR it first"

# A table ending below this share of the page height may continue on the next page.
NEAR_BOTTOM = 2 / 3
# Column edges of the two parts of a continued table may differ by this much (points).
COLUMN_TOLERANCE = 3.0
# Lines this close to the top or bottom of the text on a page may be running headers.
EDGE_LINES = 2
_EPSILON = 0.01
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold", re.I)
_ITALIC_FONT = re.compile(r"italic|oblique", re.I)

# pdfminer warns on stderr about fonts and streams it can still read; a reader of our
# output needs one line per unreadable file, not the library's diagnostics.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@dataclass(frozen=True)
class PdfLine:
    text: str
    top: float
    page: int
    number: int  # 1-based, counted from the top of the page
    bold: bool = False
    furniture: bool = False  # a running header or footer line


@dataclass(frozen=True)
class PdfTable:
    rows: tuple[tuple[Cell, ...], ...]
    n_cols: int
    top: float
    bottom: float
    column_edges: tuple[float, ...]
    pages: tuple[int, ...]
    row_pages: tuple[int, ...] = ()


PageItem = Union[PdfLine, PdfTable]


@dataclass(frozen=True)
class PdfPage:
    number: int
    height: float
    items: tuple[PageItem, ...]  # in reading order


def extract_pdf(path: str) -> Document:
    pages = mark_furniture(read_pages(path))
    if not any(page.items for page in pages):
        raise ExtractError(path, NO_TEXT)
    blocks = build_blocks(path, join_continued_tables(pages))
    return Document(path=path, format="pdf", blocks=tuple(blocks), pages=len(pages))


# --- reading pages ----------------------------------------------------------------

def read_pages(path: str) -> list[PdfPage]:
    try:
        with pdfplumber.open(path) as pdf:
            return [read_page(page) for page in pdf.pages]
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFEncryptionError):
            raise ExtractError(path, ENCRYPTED) from None
        raise ExtractError(path, CORRUPT) from None
    except (MalformedPDFException, PSException):
        raise ExtractError(path, CORRUPT) from None


def read_page(page) -> PdfPage:
    chars = page.chars
    if not chars:
        return PdfPage(page.page_number, float(page.height), ())
    found = page.find_tables()
    tables = [read_table(table, chars, page.page_number) for table in found]
    text_lines = _text_outside(page, [table.bbox for table in found]).extract_text_lines()
    lines = [read_line(line, page.page_number, number) for number, line in enumerate(text_lines, start=1)]
    page.close()
    items = sorted([*lines, *tables], key=lambda item: item.top)
    return PdfPage(page.page_number, float(page.height), tuple(items))


def _text_outside(page, boxes: list[tuple]):
    """The page without the characters inside the given boxes (the tables)."""
    if not boxes:
        return page
    return page.filter(lambda obj: obj.get("object_type") != "char" or not _in_any(obj, boxes))


def read_line(line: dict, page_number: int, number: int) -> PdfLine:
    return PdfLine(line["text"], float(line["top"]), page_number, number, bold=font_style(line["chars"])[0])


_LONE_LETTER_LINE = re.compile(r"(?<=[^\W\d_][^\W\d_])\n([^\W\d_])(?=\n|$)")


def _join_wrapped_word(text: str) -> str:
    """A narrow cell wraps the last letter of a word onto its own line ("Berka" / "s"):
    a line holding one letter continues the word above it."""
    return _LONE_LETTER_LINE.sub(r"\1", text)


def font_style(chars: list[dict]) -> tuple[bool, bool]:
    """Whether all visible characters are bold, and whether all are italic."""
    fonts = [ch.get("fontname", "") for ch in chars if ch.get("text", "").strip()]
    if not fonts:
        return False, False
    return all(_BOLD_FONT.search(f) for f in fonts), all(_ITALIC_FONT.search(f) for f in fonts)


def _center(obj: dict) -> tuple[float, float]:
    return (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2


def _in_box(point: tuple[float, float], box: tuple) -> bool:
    x, y = point
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _in_any(obj: dict, boxes: list[tuple]) -> bool:
    point = _center(obj)
    return any(_in_box(point, box) for box in boxes)


# --- tables -----------------------------------------------------------------------

def read_table(table, chars: list[dict], page_number: int) -> PdfTable:
    """A pdfplumber table as a grid of Cells.

    pdfplumber reports each cell as a rectangle; where no rectangle starts (``None``
    in ``table.rows``) the slot is covered by a merged cell to its left or above. The
    grid lines are the distinct left edges and top edges of all rectangles, so a
    rectangle's span is the number of grid lines it crosses.
    """
    boxes = sorted(table.cells, key=lambda box: (box[1], box[0]))
    xs = sorted({box[0] for box in boxes})
    ys = sorted({box[1] for box in boxes})
    spans = [(_span(ys, box[1], box[3]), _span(xs, box[0], box[2])) for box in boxes]
    grid: list[list[Cell]] = [[] for _ in ys]
    for ((row, rowspan), (col, colspan)), own in zip(spans, _chars_by_cell(boxes, spans, xs, ys, chars)):
        bold, italic = font_style(own)
        text = clean_text(_join_wrapped_word(chars_to_text(own))) if own else ""
        grid[row].append(Cell(text, row, col, colspan=colspan, rowspan=rowspan, bold=bold, italic=italic))
    _, top, right, bottom = table.bbox
    return PdfTable(
        rows=tuple(tuple(sorted(cells, key=lambda c: c.col)) for cells in grid),
        n_cols=len(xs),
        top=float(top),
        bottom=float(bottom),
        column_edges=tuple(float(x) for x in xs) + (float(right),),
        pages=(page_number,),
    )


def _span(edges: list[float], start: float, end: float) -> tuple[int, int]:
    """The index of the grid line at ``start`` and how many grid lines lie in [start, end)."""
    first = bisect_left(edges, start - _EPSILON)
    last = bisect_left(edges, end - _EPSILON)
    return first, max(1, last - first)


def _chars_by_cell(boxes: list[tuple], spans: list[tuple[tuple[int, int], tuple[int, int]]],
                   xs: list[float], ys: list[float], chars: list[dict]) -> list[list[dict]]:
    """The characters of each cell, by character center, looked up through the grid
    rather than by testing every cell for every character."""
    owner: dict[tuple[int, int], int] = {}
    for k, ((row, rowspan), (col, colspan)) in enumerate(spans):
        for r in range(row, row + rowspan):
            for c in range(col, col + colspan):
                owner[(r, c)] = k
    found: list[list[dict]] = [[] for _ in boxes]
    for char in chars:
        point = _center(char)
        k = owner.get((bisect_right(ys, point[1]) - 1, bisect_right(xs, point[0]) - 1))
        if k is not None and _in_box(point, boxes[k]):
            found[k].append(char)
    return found


# --- page furniture ---------------------------------------------------------------

def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", clean_text(text).lower())


def _edge_lines(page: PdfPage) -> list[PdfLine]:
    lines = [item for item in page.items if isinstance(item, PdfLine)]
    if len(lines) <= 2 * EDGE_LINES:
        return lines
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def mark_furniture(pages: list[PdfPage]) -> list[PdfPage]:
    """Mark running headers and footers: lines at the top or bottom of the page text
    that repeat (numbers aside) on other pages. Page numbers there are dropped."""
    edges = [_edge_lines(page) for page in pages]
    seen_on = Counter(key for lines in edges for key in {_furniture_key(line.text) for line in lines})
    marked = []
    for page, page_edges in zip(pages, edges):
        edge_ids = {id(line) for line in page_edges}
        items = []
        for item in page.items:
            if id(item) in edge_ids:
                if is_page_number(item.text):
                    continue
                if seen_on[_furniture_key(item.text)] >= 2 and not is_caption(item.text):
                    item = replace(item, furniture=True)
            items.append(item)
        marked.append(replace(page, items=tuple(items)))
    return marked


# --- tables across page breaks ----------------------------------------------------

def is_furniture(item: PageItem) -> bool:
    return isinstance(item, PdfLine) and item.furniture


def join_continued_tables(pages: list[PdfPage]) -> list[PageItem]:
    """All items in reading order, a table continued on the next page joined to its start.

    A table continues when it is the last thing on its page (running footers aside)
    and ends in the lower part of the page, and the next page begins (running headers
    aside) with a table of the same columns.
    """
    items: list[PageItem] = []
    open_table: int | None = None  # where in ``items`` the table that may continue is
    for page in pages:
        body = [item for item in page.items if not is_furniture(item)]
        continued = None
        if open_table is not None and body and isinstance(body[0], PdfTable) \
                and _same_columns(items[open_table], body[0]):
            continued = body[0]
        for item in page.items:
            if item is continued:
                items[open_table] = joined(items[open_table], item)
            else:
                items.append(item)
        open_table = _table_left_open(items, body, page, continued, open_table)
    return items


def _table_left_open(items: list[PageItem], body: list[PageItem], page: PdfPage,
                     continued: PdfTable | None, open_table: int | None) -> int | None:
    last = body[-1] if body else None
    if not isinstance(last, PdfTable) or last.bottom < NEAR_BOTTOM * page.height:
        return None
    if last is continued:
        return open_table
    return next(i for i in range(len(items) - 1, -1, -1) if items[i] is last)


def _same_columns(a: PdfTable, b: PdfTable) -> bool:
    return a.n_cols == b.n_cols and all(
        abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a.column_edges, b.column_edges))


def joined(start: PdfTable, continuation: PdfTable) -> PdfTable:
    """``start`` with the rows of ``continuation`` appended, less the header rows the
    continuation repeats and a "(1) (2) (3)" column-number row."""
    rows = list(continuation.rows)
    repeated = 0
    while repeated < min(len(rows), len(start.rows)) and _row_key(rows[repeated]) == _row_key(start.rows[repeated]):
        repeated += 1
    if repeated < len(rows) and is_column_number_row(rows[repeated]):
        repeated += 1
    offset = len(start.rows) - repeated
    moved = tuple(tuple(replace(cell, row=cell.row + offset) for cell in row) for row in rows[repeated:])
    row_pages = _row_pages(start) + _row_pages(continuation)[repeated:]
    return replace(start, rows=start.rows + moved, bottom=continuation.bottom,
                   pages=start.pages + continuation.pages, row_pages=row_pages)


def _row_pages(table: PdfTable) -> tuple[int, ...]:
    return table.row_pages or (table.pages[0],) * len(table.rows)


def _row_key(row: tuple[Cell, ...]) -> tuple:
    return tuple((cell.text, cell.col, cell.colspan) for cell in row)


def is_column_number_row(row: tuple[Cell, ...]) -> bool:
    """A "(1) (2) (3)" or "1 2 3" row numbering the columns."""
    numbers = []
    for cell in row:
        match = re.fullmatch(r"\(?(\d{1,2})\)?", cell.text)
        if cell.text and not match:
            return False
        if match:
            numbers.append(int(match.group(1)))
    return len(numbers) >= 2 and numbers[0] == 1 and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


# --- into blocks ------------------------------------------------------------------

def build_blocks(path: str, items: list[PageItem]) -> list[Block]:
    """Blocks from items in reading order; the lines of each page between tables are
    searched for flattened tables (not across pages: footers and headers interrupt them)."""
    builder = BlockBuilder()
    lines: list[PdfLine] = []

    def add_lines() -> None:
        builder.add_lines([(line.text, Location(path, page=line.page, line=line.number)) for line in lines],
                          [line.bold for line in lines])
        lines.clear()

    for item in items:
        if isinstance(item, PdfTable):
            add_lines()
            builder.add_table(item.rows, item.n_cols, Location(path, page=item.pages[0]), item.pages,
                              row_pages=_row_pages(item))
            continue
        if lines and lines[-1].page != item.page:
            add_lines()
        lines.append(item)
    add_lines()
    return builder.blocks

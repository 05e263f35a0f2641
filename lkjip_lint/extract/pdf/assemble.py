"""Pages into the document: running headers and footers set apart, tables continued
over a page break joined, and the blocks in reading order.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...model import Block, Cell, Location
from ..common import clean_text, is_caption
from ..text import BlockBuilder, is_page_number
from .page import PageItem, PdfLine, PdfPage, PdfTable

# A table ending below this share of the page height may continue on the next page.
NEAR_BOTTOM = 2 / 3
# Column edges of the two parts of a continued table may differ by this much (points).
COLUMN_TOLERANCE = 3.0
# ... and by this much for a table without rules, whose columns come from its text.
GUTTER_TOLERANCE = 15.0
# Lines this close to the top or bottom of the text on a page may be running headers,
EDGE_LINES = 2
# ... when they lie in this share of the page height at its top or bottom.
MARGIN = 0.07
# ... or at the same height (points) on this many pages.
SAME_HEIGHT = 4.0
SAME_HEIGHT_PAGES = 3
_CHAPTER_LINE = re.compile(r"^(?:bab|lampiran)\b", re.I)


# --- page furniture ---------------------------------------------------------------

# "III- 15", "II-3", "- 15 -": a page number with its chapter or dashes.
_CHAPTER_PAGE_NUMBER = re.compile(r"^[-–—]?\s*(?:[IVXL]{1,5}\s*[-–—.]\s*)?\d{1,4}\s*[-–—]?$")


def _furniture_key(text: str) -> str:
    """A line with its numbers (and the chapter numeral of a "III- 15" page number) left out."""
    key = clean_text(text).lower()
    key = re.sub(r"\b[ivxl]{1,5}\s*(?=[-–—]\s*\d)", "#", key)
    return re.sub(r"\d+", "#", key)


def is_page_label(text: str) -> bool:
    return is_page_number(text) or bool(_CHAPTER_PAGE_NUMBER.match(clean_text(text)))


def _edge_lines(page: PdfPage) -> list[PdfLine]:
    lines = [item for item in page.items if isinstance(item, PdfLine)]
    if len(lines) <= 2 * EDGE_LINES:
        return lines
    return lines[:EDGE_LINES] + lines[-EDGE_LINES:]


def _in_margin(line: PdfLine, page: PdfPage) -> bool:
    return not line.bottom or line.bottom <= MARGIN * page.height or line.top >= (1 - MARGIN) * page.height


def _may_be_furniture(text: str) -> bool:
    return not is_caption(text) and not _CHAPTER_LINE.match(clean_text(text))


def mark_furniture(pages: list[PdfPage]) -> list[PdfPage]:
    """Mark running headers and footers: the first or last lines of a page's text that
    repeat (numbers aside) on other pages, in the page's top or bottom margin, or
    elsewhere at the same height on three pages or more. Page numbers there are dropped.

    Neither becomes a paragraph: a footer ("Laporan Kinerja … | 12") read as text would
    continue the sentence above it, and a sentence running over the page break would be
    cut by it. Captions and chapter lines ("BAB 2") are never furniture; a line repeated
    elsewhere on the page (a signature's NIP) is not either."""
    edges = [_edge_lines(page) for page in pages]
    heights: dict[str, list[tuple[int, float]]] = {}
    for page, lines in zip(pages, edges):
        for key, top in {_furniture_key(line.text): line.top for line in lines}.items():
            heights.setdefault(key, []).append((page.number, top))
    marked = []
    for page, page_edges in zip(pages, edges):
        edge_ids = {id(line) for line in page_edges}
        items = []
        for item in page.items:
            if id(item) in edge_ids:
                if is_page_label(item.text):
                    continue
                if _is_running(item, page, heights.get(_furniture_key(item.text), [])):
                    item = replace(item, furniture=True)
            items.append(item)
        marked.append(replace(page, items=tuple(items)))
    return marked


def running_texts(pages: list[PdfPage]) -> list[str]:
    """The running headers and footers with words (page numbers aside), each once, the
    most often printed first: they often name the document ("Renja Biro Umum Tahun 2016")."""
    counts: dict[str, int] = {}
    texts: dict[str, str] = {}
    for page in pages:
        for item in page.items:
            if is_furniture(item) and re.search(r"[^\W\d_]{2}", item.text):
                key = _furniture_key(item.text)
                counts[key] = counts.get(key, 0) + 1
                texts.setdefault(key, clean_text(item.text))
    return [texts[key] for key in sorted(counts, key=lambda k: -counts[k])]


def _is_running(line: PdfLine, page: PdfPage, seen: list[tuple[int, float]]) -> bool:
    others = [top for number, top in seen if number != page.number]
    if not others or not _may_be_furniture(line.text):
        return False
    if _in_margin(line, page):
        return True
    return sum(1 for top in others if abs(top - line.top) <= SAME_HEIGHT) >= SAME_HEIGHT_PAGES - 1


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
        page_items = _without_unheaded_tables(page.items, continued)
        body = [item for item in page_items if not is_furniture(item)]
        for item in page_items:
            if item is continued:
                items[open_table] = joined(items[open_table], item)
            else:
                items.append(item)
        open_table = _table_left_open(items, body, page, continued, open_table)
    return items


def _without_unheaded_tables(page_items: tuple[PageItem, ...], continued: PdfTable | None) -> list[PageItem]:
    """The page's items with each table read from text alignment that has no header and
    continues nothing put back as its lines of text."""
    out: list[PageItem] = []
    for item in page_items:
        if isinstance(item, PdfTable) and not item.headed and item is not continued:
            out.extend(item.text_lines)
        else:
            out.append(item)
    return out


def _table_left_open(items: list[PageItem], body: list[PageItem], page: PdfPage,
                     continued: PdfTable | None, open_table: int | None) -> int | None:
    last = body[-1] if body else None
    if not isinstance(last, PdfTable) or last.bottom < NEAR_BOTTOM * page.height:
        return None
    if last is continued:
        return open_table
    return next(i for i in range(len(items) - 1, -1, -1) if items[i] is last)


def _same_columns(a: PdfTable, b: PdfTable) -> bool:
    """Whether two tables have the same column grid. A borderless table's columns are
    known only as far as its text shows them: its inner boundaries (gutter middles) may
    differ more, its outer ones not at all."""
    if a.n_cols != b.n_cols or a.ruled != b.ruled:
        return False
    if a.ruled:
        return all(abs(x - y) <= COLUMN_TOLERANCE for x, y in zip(a.column_edges, b.column_edges))
    return all(abs(x - y) <= GUTTER_TOLERANCE for x, y in zip(a.column_edges[1:-1], b.column_edges[1:-1]))


def joined(start: PdfTable, continuation: PdfTable) -> PdfTable:
    """``start`` with the rows of ``continuation`` appended, less the header rows the
    continuation repeats, a "(1) (2) (3)" column-number row, and the rows at its top that
    repeat a row of the table (a data row among the repeated headers)."""
    rows = list(continuation.rows)
    repeated = 0
    while repeated < min(len(rows), len(start.rows)) and _row_key(rows[repeated]) == _row_key(start.rows[repeated]):
        repeated += 1
    if repeated < len(rows) and is_column_number_row(rows[repeated]):
        repeated += 1
    # Rows repeated as headers may include a data row (the program the page goes on with):
    # a row at the top of the page that is already in the table is printed again, not added.
    earlier = {_row_key(row) for row in start.rows if sum(1 for cell in row if cell.text.strip()) >= 2}
    while repeated < len(rows) and _row_key(rows[repeated]) in earlier:
        repeated += 1
    if repeated < len(rows) and len(start.rows) > 1 and _finishes_row(start.rows[-1], rows[repeated]):
        start = replace(start, rows=start.rows[:-1] + (_finished(start.rows[-1], rows[repeated]),))
        repeated += 1
    offset = len(start.rows) - repeated
    moved = tuple(tuple(replace(cell, row=cell.row + offset) for cell in row) for row in rows[repeated:])
    row_pages = _row_pages(start) + _row_pages(continuation)[repeated:]
    return replace(start, rows=start.rows + moved, bottom=continuation.bottom,
                   pages=start.pages + continuation.pages, row_pages=row_pages)


def _finishes_row(last: tuple[Cell, ...], first: tuple[Cell, ...]) -> bool:
    """Whether the first row on the new page is the end of the last row on the old one
    (a row allowed to break across pages): nothing in the first column, no digit
    anywhere, and text only under cells of the last row that have text."""
    filled = [cell for cell in first if cell.text]
    if not filled or any(cell.col == 0 for cell in filled) or any(re.search(r"\d", c.text) for c in filled):
        return False
    above = {cell.col: cell for cell in last if cell.text and cell.rowspan == 1}
    return all(cell.col in above and above[cell.col].colspan == cell.colspan and cell.rowspan == 1
               for cell in filled)


def _finished(last: tuple[Cell, ...], first: tuple[Cell, ...]) -> tuple[Cell, ...]:
    rest = {cell.col: cell.text for cell in first if cell.text}
    return tuple(replace(cell, text=f"{cell.text} {rest[cell.col]}") if cell.col in rest else cell for cell in last)


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
    """Blocks from items in reading order, running headers and footers left out; the
    lines between two tables are searched for flattened tables, over page breaks too."""
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
        if not item.furniture:
            lines.append(item)
    add_lines()
    return builder.blocks

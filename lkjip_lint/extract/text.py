"""Plain-text and Markdown reports: ``extract_text(path) -> Document``.

Each non-empty line is one paragraph: reports saved as text keep one paragraph per
line, and a wrapped line cannot be told apart from a short paragraph reliably, so no
lines are joined. Tables come from lines holding tabs, from Markdown pipe tables and
from rows flattened onto single lines (``flattened.py``). Form feeds separate pages.

``LineReader`` and ``BlockBuilder`` turn text lines into blocks; the PDF reader uses
them for the text outside its tables too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence

from ..limits import Tally
from ..model import Block, Cell, Document, ExtractError, Location, Paragraph, Table
from ..text.headings import is_bare_chapter, is_chapter, split_chapter
from .common import clean_text, find_caption, is_caption
from .flattened import tables_from_lines

NOT_TEXT = "not a text file (binary content)"
# Share of control characters above which decoded bytes are not text.
MAX_CONTROL_SHARE = 0.1
_CONTROL_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# UTF-16 without a byte-order mark: the share of zero bytes on one side of each pair
# (Latin text has one in nearly every pair) and the most on the other side.
UTF16_SAMPLE_BYTES = 64 * 1024
UTF16_ZERO_SHARE = 0.3
UTF16_STRAY_ZERO_SHARE = 0.02

_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LETTERED = re.compile(r"^([A-Z][.)])\s+(\S.*)$")
_BULLET = r"[-–—•➤►▪◦●○■□✓✔·\uf0b7\uf0a7\uf0d8*]"
_ENUMERATOR = r"\(\d{1,3}\)|\([a-zA-Z]\)|\d{1,3}[.)]|[a-zA-Z][.)]|[IVXLC]{1,6}[.)]"
_LIST_ITEM = re.compile(rf"^(?:{_BULLET}\s+)?({_ENUMERATOR})\s+(\S.*)$|^({_BULLET})\s+(\S.*)$")
_TAGS = re.compile(r"</?(?:i|b|em|strong|u|sup|sub)>", re.I)
_ITALIC_TAG = re.compile(r"^<(i|em)>(.*)</\1>$", re.I | re.S)
_BOLD_TAG = re.compile(r"^<(b|strong)>(.*)</\1>$", re.I | re.S)
_STAR_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])")
_PIPE_ROW = re.compile(rf"^\s*(?:{_BULLET}\s+)?\|")
_SEPARATOR_CELL = re.compile(r"^:?-{2,}:?$")
MIN_SENTENCE_WORDS = 4
_PAGE_NUMBER = re.compile(
    r"^(?:hal(?:aman)?\.?\s*|page\s*)?[-–—]?\s*(?:\d{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))\s*[-–—]?"
    r"(?:\s*(?:dari|of)\s*\d{1,4})?$", re.I)
_APPENDIX_LABEL = re.compile(r"^lampiran\s*(?:\d{1,2}|[ivxlc]{1,5}|[a-z])\.?$", re.I)
_BARE_NUMBER = re.compile(r"^[-+(]?[\d.,]+%?\)?$")

MAX_HEADING_WORDS = 15
MAX_HEADING_LENGTH = 120
MAX_RUNNING_HEADER_LENGTH = 60
# A line of no running-header form is one only when printed this often.
MIN_PLAIN_HEADER_REPEATS = 3
# Cells of a header row are short labels.
MAX_HEADER_CELL_LENGTH = 40


# --- reading the file ------------------------------------------------------------

def decode(data: bytes) -> str | None:
    """The text of a file, or None when the bytes are not text.

    UTF-16 is read with or without a byte-order mark; stray NUL characters are dropped
    (they count as control characters, so a file full of them is still not text).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    elif order := utf16_without_bom(data):
        text = data.decode(order, errors="replace")
    else:
        text = _decode_8bit(data)
    controls = len(text) - len(_CONTROL_CHARACTER.sub("", text))
    if controls > MAX_CONTROL_SHARE * len(text):
        return None
    return text.replace("\x00", "") if controls else text


def utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when the bytes are evidently UTF-16 without a byte-order
    mark: text in Latin letters then has a zero byte in every other place, on one side only."""
    sample = data[:UTF16_SAMPLE_BYTES]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    zeros_even, zeros_odd = sample[0:pairs * 2:2].count(0), sample[1:pairs * 2:2].count(0)
    if zeros_odd >= UTF16_ZERO_SHARE * pairs and zeros_even <= UTF16_STRAY_ZERO_SHARE * pairs:
        return "utf-16-le"
    if zeros_even >= UTF16_ZERO_SHARE * pairs and zeros_odd <= UTF16_STRAY_ZERO_SHARE * pairs:
        return "utf-16-be"
    return None


def _decode_8bit(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


@dataclass(frozen=True)
class SourceLine:
    number: int
    page: int | None
    text: str


def split_lines(text: str) -> tuple[list[SourceLine], int | None]:
    """Lines with their 1-based numbers and pages, and the page count (None without form feeds)."""
    paged = "\f" in text
    page = 1
    lines = []
    for number, raw in enumerate(re.split(r"\r\n|\r|\n", text), start=1):
        page += raw.count("\f")
        lines.append(SourceLine(number, page if paged else None, raw.replace("\f", "").rstrip(" \u00a0")))
    if not paged:
        return lines, None
    last_page = max((line.page for line in lines if line.text.strip()), default=1)
    return lines, last_page


# --- one line of text ----------------------------------------------------------

def strip_markup(text: str) -> str:
    """Text without Markdown emphasis and inline HTML tags."""
    text = _TAGS.sub("", text.replace("**", ""))
    return _STAR_EMPHASIS.sub(r"\1", text)


def cell_markup(raw: str) -> tuple[str, bool, bool]:
    """Cell text with bold/italic read from markup that wraps the whole cell."""
    text = raw.strip()
    bold = italic = False
    while True:
        if len(text) > 4 and text.startswith("**") and text.endswith("**"):
            text, bold = text[2:-2].strip(), True
        elif match := _BOLD_TAG.match(text):
            text, bold = match.group(2).strip(), True
        elif match := _ITALIC_TAG.match(text):
            text, italic = match.group(2).strip(), True
        else:
            return clean_text(strip_markup(text)), bold, italic


def bold_spans(text: str, open_at_start: bool) -> tuple[bool, bool]:
    """Whether a line is bold from end to end given "**" markers that may open on an
    earlier line, and whether bold is still open at its end."""
    parts = text.split("**")
    bold_parts = [p for k, p in enumerate(parts) if (k % 2 == 0) == open_at_start]
    plain_parts = [p for k, p in enumerate(parts) if (k % 2 == 0) != open_at_start]
    whole = any(p.strip() for p in bold_parts) and not any(p.strip() for p in plain_parts)
    return whole, open_at_start != (len(parts) % 2 == 0)


def is_mostly_upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


def is_short_line(text: str) -> bool:
    return len(text) <= MAX_HEADING_LENGTH and len(text.split()) <= MAX_HEADING_WORDS


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NUMBER.match(text.strip()))


def _is_sentence(text: str) -> bool:
    """"ini memuat capaian kinerja." after "Bab III": a sentence about a chapter, no title."""
    return text.rstrip().endswith(".") and len(text.split()) >= MIN_SENTENCE_WORDS


def split_list_label(text: str) -> tuple[str | None, str]:
    """``"- (1) Kecamatan ..."`` -> ``("(1)", "Kecamatan ...")``; no label -> ``(None, text)``."""
    match = _LIST_ITEM.match(text)
    if not match:
        return None, text
    if match.group(1):
        return match.group(1), match.group(2)
    return match.group(3), match.group(4)


@dataclass(frozen=True)
class LineKind:
    text: str
    heading_level: int | None = None
    list_label: str | None = None


class LineReader:
    """Reads the paragraph a line of text holds: heading level, list label, emphasis.

    Keeps what a line says about the next: a "**" opened and not closed, and a bare
    "BAB II" whose title follows on its own line.
    """

    def __init__(self) -> None:
        self._bold_open = False
        self._chapter_title_next = False

    def paragraph(self, raw: str, index: int, location: Location, bold: bool = False) -> Paragraph | None:
        whole_bold, self._bold_open = bold_spans(raw, self._bold_open)
        text = clean_text(strip_markup(raw))
        if not text:
            return None
        kind = self._kind(text)
        return Paragraph(
            text=kind.text,
            index=index,
            location=location.with_(paragraph=index + 1),
            heading_level=kind.heading_level,
            list_label=kind.list_label,
            bold=bold or whole_bold,
        )

    def _kind(self, text: str) -> LineKind:
        title_expected, self._chapter_title_next = self._chapter_title_next, False
        if match := _MARKDOWN_HEADING.match(text):
            return LineKind(match.group(2), heading_level=len(match.group(1)))
        if is_short_line(text) and is_chapter(text) and not _is_sentence(split_chapter(text)[1]):
            self._chapter_title_next = is_bare_chapter(text)
            return LineKind(text, heading_level=1)
        if title_expected and is_short_line(text) and is_mostly_upper(text):
            return LineKind(text, heading_level=1)
        if is_short_line(text) and (match := _LETTERED.match(text)) and is_mostly_upper(match.group(2)):
            return LineKind(match.group(2), heading_level=2, list_label=match.group(1))
        label, rest = split_list_label(text)
        return LineKind(rest, list_label=label)


# --- blocks in order --------------------------------------------------------------

class BlockBuilder:
    """Collects blocks in reading order, numbers them, and captions each table from the
    paragraphs just before it (since the previous table)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._reader = LineReader()
        self._n_paragraphs = 0
        self._n_tables = 0
        self._since_table: list[str] = []

    def add_line(self, text: str, location: Location, bold: bool = False) -> None:
        paragraph = self._reader.paragraph(text, self._n_paragraphs, location, bold)
        if paragraph is None:
            return
        self.blocks.append(paragraph)
        self._n_paragraphs += 1
        self._since_table.append(paragraph.text)

    def add_lines(self, lines: Sequence[tuple[str, Location]], bold: Sequence[bool] = ()) -> None:
        """Lines with nothing else between them: flattened tables where rows were
        flattened onto lines, paragraphs elsewhere."""
        plain = [(strip_markup(text), location) for text, location in lines]
        position = 0
        for found in tables_from_lines(plain, self._n_tables):
            self._add_paragraphs(lines, bold, position, found.start)
            self._append_table(found.table)
            position = found.stop
        self._add_paragraphs(lines, bold, position, len(lines))

    def _add_paragraphs(self, lines: Sequence[tuple[str, Location]], bold: Sequence[bool],
                        start: int, stop: int) -> None:
        for i in range(start, stop):
            text, location = lines[i]
            self.add_line(text, location, bold[i] if bold else False)

    def add_table(self, rows: Sequence[Sequence[Cell]], n_cols: int, location: Location,
                  pages: tuple[int, ...] = (), row_pages: tuple[int | None, ...] = (),
                  row_lines: tuple[int | None, ...] = ()) -> Table:
        index = self._n_tables
        table = Table(
            index=index,
            rows=tuple(tuple(row) for row in rows),
            n_cols=n_cols,
            location=location.with_(table=index + 1),
            pages=pages,
            row_pages=row_pages,
            row_lines=row_lines,
        )
        return self._append_table(table)

    def _append_table(self, table: Table) -> Table:
        caption = find_caption(self._since_table)
        table = replace(table, caption=caption, location=table.location.with_(caption=caption))
        self.blocks.append(table)
        self._n_tables += 1
        self._since_table = []
        return table


# --- tables in text ---------------------------------------------------------------

def is_blank(text: str) -> bool:
    return not text.strip()


def is_pipe_row(text: str) -> bool:
    return bool(_PIPE_ROW.match(text))


def is_tab_row(text: str) -> bool:
    return "\t" in text and not is_blank(text)


def tab_cells(text: str) -> list[str]:
    return text.split("\t")


def pipe_cells(text: str) -> list[str]:
    inner = text[text.index("|") + 1:].rstrip()
    if inner.endswith("|"):
        inner = inner[:-1]
    return inner.split("|")


def is_separator_row(cells: list[str]) -> bool:
    """A Markdown rule row ("|---|---|" or "----<TAB>--")."""
    filled = [c.strip() for c in cells if c.strip()]
    return bool(filled) and all(_SEPARATOR_CELL.match(c) for c in filled)


def table_rows(raw_rows: list[list[str]]) -> tuple[list[tuple[Cell, ...]], int]:
    """Cells from split rows; every cell is real (text cannot express merged cells)."""
    rows: list[tuple[Cell, ...]] = []
    for raw in raw_rows:
        if is_separator_row(raw):
            continue
        cells = []
        for col, value in enumerate(raw):
            text, bold, italic = cell_markup(value)
            cells.append(Cell(text, len(rows), col, bold=bold, italic=italic))
        rows.append(tuple(cells))
    return rows, max((len(row) for row in rows), default=0)


def running_header_test(lines: list[SourceLine]) -> Callable[[str], bool]:
    """A test for running headers: a page number ("12", "Hal. 3"), a repeated annex label
    ("LAMPIRAN 1"), or any short line printed at least three times. A caption ("Tabel 3.1")
    is never one: a repeated caption names a table of its own."""
    counts = Counter(line.text.strip() for line in lines if "\t" not in line.text)

    def is_running_header(text: str) -> bool:
        text = text.strip()
        if not text or "\t" in text or is_caption(text):
            return False
        if is_page_number(text):
            return True
        if len(text) > MAX_RUNNING_HEADER_LENGTH:
            return False
        if _APPENDIX_LABEL.match(text):
            return counts[text] >= 2
        return counts[text] >= MIN_PLAIN_HEADER_REPEATS

    return is_running_header


def is_header_row(cells: list[str]) -> bool:
    """Column titles: at least two short cells, none of them a bare number."""
    filled = [c.strip() for c in cells if c.strip()]
    return len(filled) >= 2 and all(len(c) <= MAX_HEADER_CELL_LENGTH and not _BARE_NUMBER.match(c)
                                    for c in filled)


def opens_another_table(first_row: str, row: str) -> bool:
    """Whether a row after a skipped line is the header of a new table rather than more rows
    of this one (a table repeated over pages repeats its own header)."""
    cells = [c.strip() for c in tab_cells(row)]
    return is_header_row(cells) and cells != [c.strip() for c in tab_cells(first_row)]


def _after_table_gap(lines: list[SourceLine], i: int, is_running_header: Callable[[str], bool]) -> int:
    """Where a table may resume after line ``i``: past one blank line, or past a running
    header with at most one blank line either side. Returns ``i`` when nothing is skipped."""
    j = i
    if j < len(lines) and is_blank(lines[j].text):
        j += 1
    if j < len(lines) and is_running_header(lines[j].text):
        j += 1
        if j < len(lines) and is_blank(lines[j].text):
            j += 1
    return j


def _skips_a_line(lines: list[SourceLine], i: int, resume: int) -> bool:
    return any(not is_blank(line.text) for line in lines[i:resume])


def tab_run(lines: list[SourceLine], start: int, is_running_header: Callable[[str], bool]) -> tuple[list[SourceLine], int]:
    """The tab rows of one table from ``start``, and the index after them. A blank line or
    a running header interrupts the table only when the rows after it differ in width, or,
    past a running header, start with a header row of their own."""
    rows = [lines[start]]
    width = len(tab_cells(lines[start].text))
    i = start + 1
    while i < len(lines):
        if is_tab_row(lines[i].text):
            rows.append(lines[i])
            width = max(width, len(tab_cells(lines[i].text)))
            i += 1
            continue
        resume = _after_table_gap(lines, i, is_running_header)
        if resume == i or resume >= len(lines) or not is_tab_row(lines[resume].text) \
                or len(tab_cells(lines[resume].text)) != width:
            break
        if _skips_a_line(lines, i, resume) and opens_another_table(rows[0].text, lines[resume].text):
            break
        i = resume
    return rows, i


def pipe_run(lines: list[SourceLine], start: int) -> tuple[list[SourceLine], int]:
    i = start
    while i < len(lines) and is_pipe_row(lines[i].text):
        i += 1
    return lines[start:i], i


# --- the document -----------------------------------------------------------------

def _location(path: str, line: SourceLine) -> Location:
    return Location(file=path, page=line.page, line=line.number)


def _pages(lines: list[SourceLine]) -> tuple[int, ...]:
    return tuple(sorted({line.page for line in lines if line.page is not None}))


def read_blocks(path: str, lines: list[SourceLine]) -> list[Block]:
    builder = BlockBuilder()
    is_running_header = running_header_test(lines)
    plain: list[SourceLine] = []

    def flush_plain() -> None:
        builder.add_lines([(line.text, _location(path, line)) for line in plain])
        plain.clear()

    i = 0
    while i < len(lines):
        text = lines[i].text
        if is_blank(text):
            i += 1
            continue
        if is_pipe_row(text):
            run, i = pipe_run(lines, i)
            raw_rows = [pipe_cells(line.text) for line in run]
        elif is_tab_row(text):
            run, i = tab_run(lines, i, is_running_header)
            raw_rows = [tab_cells(line.text) for line in run]
        else:
            plain.append(lines[i])
            i += 1
            continue
        rows, n_cols = table_rows(raw_rows)
        if len(rows) < 2 and n_cols < 3:
            plain.extend(run)
            continue
        flush_plain()
        kept = [line for line, raw in zip(run, raw_rows) if not is_separator_row(raw)]
        builder.add_table(rows, n_cols, _location(path, run[0]), _pages(run),
                          row_pages=tuple(line.page for line in kept), row_lines=tuple(line.number for line in kept))
    flush_plain()
    return builder.blocks


def extract_text(path: str) -> Document:
    data = Path(path).read_bytes()
    Tally(path).characters(len(data) // 4)  # refused undecoded: no encoding takes over 4 bytes a character
    text = decode(data)
    if text is None:
        raise ExtractError(path, NOT_TEXT)
    Tally(path).characters(len(text))
    lines, pages = split_lines(text)
    return Document(path=path, format="text", blocks=tuple(read_blocks(path, lines)), pages=pages)

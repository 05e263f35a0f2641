"""Tables whose rows were flattened onto single lines of text.

PDF text layers and ``pdftotext`` output often give a table without its grid::

    No PROGRAM/ KEGIATAN ANGGARAN (Rp.) REALISASI (Rp) CAPAIAN (%)
    II Program Penyelenggaraan pemerintahan 3.071.415.500 3.094.283.480 996.22 %
    1 Koordinasi penyelenggaraan kegiatan 2.705.332.000 2.703.061.480 99.92 %
    TOTAL 7.765.851.650 4.812.808.343 61.97 %

A row is an optional marker (a roman or arabic number), a label, and two or more
numbers ending the line. Two or more such rows close together make a table whose
columns are [marker, label, number, number, ...], the numbers aligned from the right
so that a row missing a leading number still has its percentage in the last column.
Between rows, up to ``MAX_WRAPPED_LINES`` lines without numbers are taken as a wrapped
label and joined to a row. The line just before the first row becomes the header row
when it reads like one.

Flattening loses what cannot be recovered: which column a lone number belonged to
(numbers are aligned from the right), and a label that ends in a number on every row
(that number is read as a column).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from ..model import Cell, Location, Table
from ..text.captions import is_caption
from ..text.markers import is_column_numbers, split_row_marker
from .common import clean_text

MAX_WRAPPED_LINES = 2
MAX_WRAPPED_LENGTH = 80

# A number ending a line, "Rp. 1.234", "-5", "61.97 %", read backwards from the line's end
# (the pattern is the number written right to left), so a line of many numbers is read once.
_TRAILING_NUMBER_REVERSED = re.compile(r"(?:%\s?)?\d+(?:[.,]\d+)*[-+]?(?:\s?\.?pR)?(?=\s|$)", re.I)
_PROSE_ENDING = re.compile(r"[.:;,]$")
_SENTENCE_ENDING = re.compile(r"[.:]$")
_HAS_LETTER = re.compile(r"[^\W\d_]")
_WIDE_GAP = re.compile(r"\s{2,}|\t")


@dataclass(frozen=True)
class FlatRow:
    """One table row read from a line: ``marker`` and ``label`` before the trailing ``numbers``."""

    marker: str | None
    label: str
    numbers: tuple[str, ...]


@dataclass(frozen=True)
class FlattenedTable:
    """A table found in ``lines[start:stop]`` (the header line included, when there is one)."""

    start: int
    stop: int
    table: Table


def split_trailing_numbers(text: str) -> tuple[str, list[str]]:
    """``"TOTAL 7.765.851.650 61.97 %"`` -> ``("TOTAL", ["7.765.851.650", "61.97 %"])``."""
    rest = text.rstrip()
    reversed_text = rest[::-1]
    numbers: list[str] = []
    position = 0
    while (match := _TRAILING_NUMBER_REVERSED.match(reversed_text, position)) is not None:
        numbers.append(match.group()[::-1])
        position = match.end()
        while position < len(reversed_text) and reversed_text[position].isspace():
            position += 1
    return rest[:len(rest) - position].rstrip() if numbers else rest, numbers[::-1]


def parse_flat_row(text: str) -> FlatRow | None:
    """The row a line carries, or None when it is not a table row."""
    head, numbers = split_trailing_numbers(clean_text(text))
    if len(numbers) < 2:
        return None
    marker, rest = split_row_marker(head)
    if marker is not None and _HAS_LETTER.search(rest):
        head = rest
    else:
        marker = None
    if not _HAS_LETTER.search(head):
        return None
    return FlatRow(marker, head, tuple(numbers))


def tables_from_lines(lines: Sequence[tuple[str, Location]], first_index: int = 0) -> list[FlattenedTable]:
    """Every flattened table in ``lines``, in order, numbered from ``first_index``.

    ``lines`` are the text lines of a stretch of the document with nothing else between
    them (no real table), each with its location. A table's location is that of its
    first line with ``table`` set to its 1-based number; its caption is left to the
    caller, who knows the paragraphs before it.
    """
    texts = [clean_text(text) for text, _ in lines]
    found: list[FlattenedTable] = []
    for run in _runs(texts):
        start = run.header_lines[0] if run.header_lines else run.first
        locations = [location for _, location in lines[start:run.stop]]
        headers = [lines[i][0] for i in run.header_lines]
        table = _build_table(run, headers, first_index + len(found), locations)
        found.append(FlattenedTable(start, run.stop, table))
    return found


@dataclass
class _PendingRow:
    """A row being assembled: its own line plus wrapped label lines before and after it."""

    marker: str | None
    label: str
    numbers: tuple[str, ...]
    lines_before: list[str] = field(default_factory=list)
    lines_after: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, row: FlatRow) -> "_PendingRow":
        return cls(row.marker, row.label, row.numbers)

    def full_label(self) -> str:
        return " ".join(self.lines_before + [self.label] + self.lines_after)


@dataclass
class _Run:
    first: int
    stop: int
    header_lines: list[int]
    rows: list[_PendingRow] = field(default_factory=list)


def _runs(texts: list[str]) -> list[_Run]:
    parsed = [parse_flat_row(text) for text in texts]
    runs: list[_Run] = []
    i = 0
    while i < len(texts):
        if parsed[i] is None:
            i += 1
            continue
        previous_stop = runs[-1].stop if runs else 0
        run = _collect_run(texts, parsed, i, _header_lines(texts, i, previous_stop))
        if len(run.rows) >= 2:
            runs.append(run)
        i = run.stop
    return runs


def _header_lines(texts: list[str], first: int, earliest: int) -> list[int]:
    """The header line above a run's first row and the "(1) (2) (3)" line under it, if any."""
    above = first - 1
    numbers_line = None
    if above >= earliest and is_column_number_line(texts[above]):
        numbers_line, above = above, above - 1
    header = above if above >= earliest and _is_header(texts, above) else None
    return [i for i in (header, numbers_line) if i is not None]


def _collect_run(texts: list[str], parsed: list[FlatRow | None], first: int, header_lines: list[int]) -> _Run:
    run = _Run(first, first + 1, header_lines, [_PendingRow.of(parsed[first])])
    repeated_header = {texts[i] for i in header_lines}
    i = first + 1
    while i < len(texts):
        row = parsed[i]
        if row is not None:
            run.rows.append(_PendingRow.of(row))
            i += 1
            run.stop = i
            continue
        gap = _wrapped_gap(texts, parsed, i, repeated_header)
        if gap is None:
            break
        next_row = _PendingRow.of(parsed[gap])
        _attach_wrapped([texts[k] for k in range(i, gap) if texts[k] not in repeated_header],
                        run.rows[-1], next_row)
        run.rows.append(next_row)
        i = gap + 1
        run.stop = i
    return run


def _wrapped_gap(texts: list[str], parsed: list[FlatRow | None], start: int,
                 repeated_header: set[str]) -> int | None:
    """The index of the next row when the lines from ``start`` up to it are wrapped
    label lines (or the header repeated after a page break), else None."""
    i = start
    while i < len(texts) and i - start < MAX_WRAPPED_LINES and parsed[i] is None:
        if texts[i] not in repeated_header and not _is_wrapped_label(texts[i]):
            return None
        i += 1
    return i if i > start and i < len(texts) and parsed[i] is not None else None


def _is_wrapped_label(text: str) -> bool:
    if len(text) > MAX_WRAPPED_LENGTH or is_caption(text) or _SENTENCE_ENDING.search(text):
        return False
    return not split_trailing_numbers(text)[1] and bool(_HAS_LETTER.search(text))


def _attach_wrapped(wrapped: list[str], previous: _PendingRow, following: _PendingRow) -> None:
    """A wrapped line that starts with a row marker begins the following row (its numbers
    sat on a lower line); any other wrapped line continues the previous row's label."""
    for text in wrapped:
        marker, rest = split_row_marker(text)
        if marker is not None and following.marker is None:
            following.marker = marker
            following.lines_before.append(rest)
        elif following.lines_before:
            following.lines_before.append(text)
        else:
            previous.lines_after.append(text)


def _is_header(texts: list[str], index: int) -> bool:
    if index < 0:
        return False
    text = texts[index]
    words = [w for w in text.split() if _HAS_LETTER.search(w)]
    if len(words) < 2 or is_caption(text) or _PROSE_ENDING.search(text):
        return False
    # A line right after a bare "Tabel 3.1" is that caption's title, not a header.
    return not (index > 0 and is_caption(texts[index - 1]) and len(texts[index - 1].split()) <= 2)


def _number_columns(rows: list[_PendingRow]) -> int:
    """How many number columns the run has: the most common count of numbers per row.
    A row with more numbers than that gives the extra leading ones back to its label
    (they were part of it, like a year in "Belanja Modal 2021")."""
    counts = Counter(len(row.numbers) for row in rows)
    width = max(counts, key=lambda n: (counts[n], n))
    for row in rows:
        if len(row.numbers) > width:
            extra = len(row.numbers) - width
            row.label = " ".join((row.label, *row.numbers[:extra]))
            row.numbers = row.numbers[extra:]
    return width


def _build_table(run: _Run, header_texts: list[str], index: int, locations: list[Location]) -> Table:
    n_numbers = _number_columns(run.rows)
    label_col = 1 if any(row.marker for row in run.rows) else 0
    n_cols = label_col + 1 + n_numbers
    grid: list[tuple[Cell, ...]] = []
    for text in header_texts:
        grid.append(_header_cells(text, len(grid), n_cols, label_col))
    for row in run.rows:
        grid.append(_row_cells(row, len(grid), label_col, n_cols))
    pages = tuple(sorted({loc.page for loc in locations if loc.page is not None}))
    return Table(
        index=index,
        rows=tuple(grid),
        n_cols=n_cols,
        location=locations[0].with_(table=index + 1),
        pages=pages,
        flattened=True,
    )


def _row_cells(row: _PendingRow, r: int, label_col: int, n_cols: int) -> tuple[Cell, ...]:
    cells = []
    if row.marker is not None:
        cells.append(Cell(row.marker, r, 0))
    cells.append(Cell(clean_text(row.full_label()), r, label_col))
    first_number_col = n_cols - len(row.numbers)
    cells.extend(Cell(number, r, first_number_col + k) for k, number in enumerate(row.numbers))
    return tuple(cells)


def _header_cells(raw_header: str, r: int, n_cols: int, label_col: int) -> tuple[Cell, ...]:
    """One header cell per column when the header splits into exactly that many column
    titles, else the whole header in the label column."""
    titles = _header_titles(raw_header)
    if len(titles) == n_cols:
        return tuple(Cell(clean_text(title), r, col) for col, title in enumerate(titles))
    return (Cell(clean_text(raw_header), r, label_col),)


def _header_titles(raw_header: str) -> list[str]:
    """Column titles: split at wide gaps when the line keeps its layout spacing, else
    words grouped so that "(Rp.)" joins the word before it and a word ending in "/"
    joins the word after it: "PROGRAM/ KEGIATAN", "ANGGARAN (Rp.)"."""
    spaced = [part for part in _WIDE_GAP.split(raw_header.strip()) if part]
    if len(spaced) > 1:
        return spaced
    header = clean_text(raw_header)
    if is_column_number_line(header):
        return header.split()
    titles: list[str] = []
    for word in header.split():
        if titles and (word.startswith("(") or titles[-1].endswith("/") or word.startswith("/")):
            titles[-1] += " " + word
        else:
            titles.append(word)
    return titles


def is_column_number_line(text: str) -> bool:
    """A "(1) (2) (3)" or "1 2 3" line under a table header."""
    return is_column_numbers(clean_text(text))

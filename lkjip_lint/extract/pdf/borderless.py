"""Tables without ruling lines, read from the alignment of their text.

A line whose words fall into two or more groups separated by a gap wider than the font
size is a table line. Consecutive table lines (with the wrapped lines of their cells in
between) make a table when the gaps line up: the columns are the stretches between
gutters, vertical strips no word of the table crosses (a spanning title may). Each word
then goes to the column its middle lies in.

A line starts a new row when it has text in the first column, when it lies further below
the line above than the lines of one cell do, or when it brings a number to a column
that already has one in the row; otherwise it continues the cells of the row above
(a wrapped label, a header printed on two lines).

A justified line of prose (every space stretched alike) is no table line. A run of
lines of a label and one amount each, without a header of column titles, is
a list, not a table. Not table lines: two word groups of which the first is a list marker ("1.", "a)", "-")
or the second starts with ":" (a list item with a hanging indent, "Nama : …"), and lines
with dot leaders (a table of contents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Cell
from ..common import clean_text
from .textlines import TextLine

# A gap between two words of a line at least this many font sizes wide (and MIN_GAP
# points) separates two columns.
COLUMN_GAP = 1.0
MIN_GAP = 6.0
# A gutter is a strip at least this wide (points) that words of the table do not cross.
MIN_GUTTER = 4.0
# Share of table lines that may cross a gutter (a title spanning columns).
CROSSING_SHARE = 0.15
# A line this much further below the one above than a cell's own lines starts a row.
ROW_GAP = 1.35
# A line after the table this close under the one above (in row steps) is a row of it.
ROW_STEP = 1.1
# Wrapped lines between two table lines, at most.
MAX_WRAPPED = 4
MIN_TABLE_LINES = 2
# A vertical rule this long (points) is part of a grid.
MIN_RULE = 10.0
# The spaces of a justified line differ by less than this (points).
JUSTIFIED_SPREAD = 1.5
# A column title has at most this many words.
MAX_TITLE_WORDS = 5
# Lines of one paragraph lie about this many font sizes apart.
LINE_SPACING = 1.35

_DOT_LEADER = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")
_MARKER = re.compile(r"^(?:[-–•·▪●○■□➤►\uf000-\uf0ff]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)]?)$")
_LETTER = re.compile(r"[^\W\d_]")
_CHAPTER = re.compile(r"^(?:bab|lampiran)\b", re.I)
_AMOUNT_IN = re.compile(r"\d[.,]\d|\d\s?%|^\d{1,3}$|^\d{5,}$")
_NUMBER = re.compile(r"^(?:Rp\.?\s?)?[-+(]?\d[\d.,]*\)?\s?%?$")


@dataclass(frozen=True)
class BorderlessTable:
    rows: tuple[tuple[Cell, ...], ...]
    n_cols: int
    top: float
    bottom: float
    column_edges: tuple[float, ...]
    lines: tuple[int, ...]  # indices of the page lines the table is made of
    headed: bool = True  # starts with a header of column titles


def _groups(line: TextLine) -> list[tuple[float, float]]:
    """The x-extents of the word groups of a line, split at column-wide gaps."""
    size = max((ch["size"] for ch in line.chars), default=10.0)
    gap = max(MIN_GAP, COLUMN_GAP * size)
    groups: list[list[float]] = []
    for x0, x1, _ in line.words:
        if groups and x0 - groups[-1][1] < gap:
            groups[-1][1] = max(groups[-1][1], x1)
        else:
            groups.append([x0, x1])
    return [(a, b) for a, b in groups]


def _is_table_line(line: TextLine) -> bool:
    """Two or more word groups, unless the first of only two is a list marker (a list
    item with a hanging indent) or the line has dot leaders (a table of contents)."""
    groups = _groups(line)
    if len(groups) < 2 or _DOT_LEADER.search(line.text) or _is_justified_prose(line):
        return False
    if len(groups) == 2:
        first = " ".join(word for x0, x1, word in line.words if x1 <= groups[0][1])
        return not _MARKER.match(first) and not _starts_with_colon(line, groups[1])
    return True


def _is_justified_prose(line: TextLine) -> bool:
    """A line of words set apart by one and the same stretched space: justified text."""
    words = line.words
    if words and _MARKER.match(words[0][2]):
        words = words[1:]  # the tab after a list marker is no justified space
    if len(words) < 4 or sum(1 for w in words if _LETTER.search(w[2])) < 0.7 * len(words):
        return False
    gaps = [b[0] - a[1] for a, b in zip(words, words[1:])]
    return max(gaps) - min(gaps) <= JUSTIFIED_SPREAD


def _starts_with_colon(line: TextLine, group: tuple[float, float]) -> bool:
    return any(word.startswith(":") for x0, x1, word in line.words if x0 >= group[0] - 0.5)


def _line_height(line: TextLine) -> float:
    return max(line.bottom - line.top, 1.0)


def find_tables(lines: list[TextLine], rules: list[dict] = ()) -> list[BorderlessTable]:
    """The borderless tables among a page's text lines (in reading order). Lines that
    vertical rules run through belong to a ruled table the rules did not close (a grid
    with rules left out): no table is read from their alignment."""
    vertical = [e for e in rules if e["orientation"] == "v" and e["height"] >= MIN_RULE]
    tables = []
    i = 0
    while i < len(lines):
        if not _is_table_line(lines[i]):
            i += 1
            continue
        table, stop = _table_from(lines, i)
        if table is not None and not _ruled_through(table, vertical):
            tables.append(table)
            i = stop
        else:
            i += 1
    return tables


def _ruled_through(table: BorderlessTable, vertical: list[dict]) -> bool:
    left, right = table.column_edges[0], table.column_edges[-1]
    return any(left < e["x0"] < right and e["top"] < table.bottom and e["bottom"] > table.top for e in vertical)


def _table_from(lines: list[TextLine], start: int) -> tuple[BorderlessTable | None, int]:
    """The table whose first line is ``lines[start]``, and the index after it."""
    members = [start]
    i = start + 1
    while i < len(lines):
        j = i
        while j < len(lines) and j - i < MAX_WRAPPED and not _is_table_line(lines[j]) \
                and _close_below(lines[j - 1], lines[j]):
            j += 1
        if j < len(lines) and _is_table_line(lines[j]) and _close_below(lines[j - 1], lines[j]):
            members.extend(range(i, j + 1))
            i = j + 1
            continue
        break
    table_lines = [k for k in members if _is_table_line(lines[k])]
    tabular, headed = _looks_tabular([lines[k] for k in table_lines]) if len(table_lines) >= MIN_TABLE_LINES \
        else (False, False)
    if not tabular:
        return None, start + 1
    gutters = _gutters([lines[k] for k in table_lines])
    if not gutters:
        return None, start + 1
    # Lines between table lines that cross a gutter are prose: the table ends before.
    kept = []
    for k in members:
        if k not in table_lines and _crosses(lines[k], gutters):
            break
        kept.append(k)
    kept = _trailing_wrapped(lines, kept, gutters)
    if len([k for k in kept if _is_table_line(lines[k])]) < MIN_TABLE_LINES:
        return None, start + 1
    table = _build(lines, kept, gutters, headed)
    if table is None:
        return None, start + 1
    return table, kept[-1] + 1


def _titles(line: TextLine) -> list[str]:
    return [" ".join(w for x0, x1, w in line.words if a - 0.5 <= x0 and x1 <= b + 0.5) for a, b in _groups(line)]


def is_header_line(line: TextLine) -> bool:
    """Column titles: two or more word groups, none an amount or percentage (a year is
    a title), the first not a list item, none a ":" or "=" of a key-value list, and short
    when there are only two (else a justified line of prose, its last word pushed to
    the margin)."""
    titles = _titles(line)
    if len(titles) < 2 or any(_AMOUNT_IN.search(title) or title[:1] in ":=" for title in titles):
        return False
    if _MARKER.match(titles[0].split()[0]) or _CHAPTER.match(titles[0]):
        return False
    return len(titles) > 2 or all(len(title.split()) <= MAX_TITLE_WORDS for title in titles)


def _looks_tabular(table_lines: list[TextLine]) -> tuple[bool, bool]:
    """Whether the lines make a table, and whether it has a header of column titles.
    Without one, rows of three cells or more make a table only where it continues one
    from the page before (the caller decides); lines of a label and an amount each are
    a list."""
    if is_header_line(table_lines[0]):
        return True, True
    wide = sum(1 for line in table_lines if len(_groups(line)) >= 3)
    return wide * 2 >= len(table_lines), False


def _close_below(above: TextLine, below: TextLine) -> bool:
    """Whether ``below`` is near enough under ``above`` to belong to the same table."""
    return 0 <= below.top - above.top <= 4.0 * _line_height(above)


def _trailing_wrapped(lines: list[TextLine], kept: list[int], gutters: list[tuple[float, float]]) -> list[int]:
    """The table's lines with the lines of its last rows after them: lines within the
    table crossing no gutter, as close under the line above as a cell's own lines are
    (a wrapped last cell) or as the table's rows are (a row with one cell filled)."""
    members = [lines[k] for k in kept]
    pitch = _cell_pitch(members)
    row_pitch = _row_pitch([line for line in members if _is_table_line(line)])
    left, right = gutters[0][0] - 1000, gutters[-1][1] + 1000
    out = list(kept)
    k = kept[-1] + 1
    while k < len(lines) and len(out) - len(kept) < MAX_WRAPPED:
        line, above = lines[k], lines[out[-1]]
        if _is_table_line(line) or _crosses(line, gutters) or not left <= line.x0 <= right:
            break
        step = line.top - above.top
        if step > ROW_GAP * pitch and step > ROW_STEP * row_pitch:
            break
        out.append(k)
        k += 1
    return out


def _row_pitch(table_lines: list[TextLine]) -> float:
    """The usual distance between the first lines of two rows (the median step)."""
    steps = sorted(b.top - a.top for a, b in zip(table_lines, table_lines[1:]) if b.top > a.top)
    return steps[len(steps) // 2] if steps else 0.0


def _cell_pitch(lines: list[TextLine]) -> float:
    """The distance between the lines of one cell: the smallest between consecutive
    lines, and at most a usual line spacing (when no cell has a second line)."""
    usual = LINE_SPACING * min(_line_height(line) for line in lines)
    steps = [b.top - a.top for a, b in zip(lines, lines[1:]) if b.top - a.top > 1.0]
    return min([usual, *steps])


def _gutters(lines: list[TextLine]) -> list[tuple[float, float]]:
    """Strips between the table's left and right ends that (almost) no word crosses."""
    left = min(line.x0 for line in lines)
    right = max(line.x1 for line in lines)
    allowed = int(CROSSING_SHARE * len(lines))
    # Sweep the word extents: where fewer than ``allowed`` + 1 lines have a word.
    events: list[tuple[float, int]] = []
    for line in lines:
        for x0, x1 in _groups(line):
            events.append((x0, 1))
            events.append((x1, -1))
    events.sort()
    gutters = []
    depth, open_at = 0, None
    for x, step in events:
        before = depth
        depth += step
        if before > allowed >= depth:
            open_at = x
        elif before <= allowed < depth and open_at is not None:
            if x - open_at >= MIN_GUTTER and left < open_at and x < right:
                gutters.append((open_at, x))
            open_at = None
    return gutters


def _crosses(line: TextLine, gutters: list[tuple[float, float]]) -> bool:
    return any(x0 < g1 and x1 > g0 for x0, x1, _ in line.words for g0, g1 in gutters)


def _column_of(x: float, bounds: list[float]) -> int:
    for c in range(len(bounds) - 1):
        if x < bounds[c + 1]:
            return c
    return len(bounds) - 2


def _build(lines: list[TextLine], members: list[int], gutters: list[tuple[float, float]],
           headed: bool) -> BorderlessTable | None:
    table_lines = [lines[k] for k in members]
    left = min(line.x0 for line in table_lines)
    right = max(line.x1 for line in table_lines)
    bounds = [left] + [(g0 + g1) / 2 for g0, g1 in gutters] + [right + 0.01]
    n_cols = len(bounds) - 1
    pitch = _cell_pitch(table_lines)
    rows: list[dict[int, list[str]]] = []
    spans: list[dict[int, int]] = []
    numeric: list[set[int]] = []
    previous = None
    for line in table_lines:
        pieces = _pieces(line, bounds)
        cols = {col for col, _, _ in pieces}
        numbers = {col for col, _, text in pieces if _NUMBER.match(text)}
        new_row = (not rows or 0 in cols or line.top - previous.top > ROW_GAP * pitch
                   or bool(numbers & numeric[-1]))
        if new_row:
            rows.append({})
            spans.append({})
            numeric.append(set())
        for col, span, text in pieces:
            rows[-1].setdefault(col, []).append(text)
            spans[-1][col] = max(spans[-1].get(col, 1), span)
        numeric[-1] |= numbers
        previous = line
    if len(rows) < 2 or not _is_tabular(rows, n_cols):
        return None
    grid = []
    for r, (row, row_spans) in enumerate(zip(rows, spans)):
        cells = []
        c = 0
        while c < n_cols:
            span = min(row_spans.get(c, 1), n_cols - c)
            cells.append(Cell(clean_text(" ".join(row.get(c, []))), r, c, colspan=span))
            c += span
        grid.append(tuple(cells))
    return BorderlessTable(rows=tuple(grid), n_cols=n_cols, top=min(l.top for l in table_lines),
                           bottom=max(l.bottom for l in table_lines), column_edges=tuple(bounds),
                           lines=tuple(members), headed=headed)


def _pieces(line: TextLine, bounds: list[float]) -> list[tuple[int, int, str]]:
    """The line's words grouped by column: (column, columns spanned, text)."""
    pieces: list[list] = []
    for x0, x1, word in line.words:
        first = _column_of(x0 + 0.5, bounds)
        last = max(first, _column_of(x1 - 0.5, bounds))
        middle = _column_of((x0 + x1) / 2, bounds)
        if last - first >= 1 and not _spans(x0, x1, bounds, first, last):
            first = last = middle
        if pieces and pieces[-1][0] <= first <= pieces[-1][0] + pieces[-1][1] - 1:
            pieces[-1][2].append(word)
            pieces[-1][1] = max(pieces[-1][1], last - pieces[-1][0] + 1)
        else:
            pieces.append([first, last - first + 1, [word]])
    return [(col, span, " ".join(words)) for col, span, words in pieces]


def _spans(x0: float, x1: float, bounds: list[float], first: int, last: int) -> bool:
    """Whether a word really runs over the column boundaries between ``first`` and
    ``last`` (by more than a sliver)."""
    return all(x0 < bounds[c] - 2 and x1 > bounds[c] + 2 for c in range(first + 1, last + 1))


def _is_tabular(rows: list[dict[int, list[str]]], n_cols: int) -> bool:
    filled = [sum(1 for row in rows if row.get(c)) for c in range(n_cols)]
    if sum(1 for n in filled if n >= 2) < 2:
        return False
    for c in range(n_cols):
        texts = [" ".join(row[c]) for row in rows if row.get(c)]
        if texts and all(text in (":", "=") for text in texts):
            return False  # "Nama : …" lines
    if n_cols == 2:
        first = [" ".join(row.get(0, [])) for row in rows if row.get(0)]
        second = [" ".join(row.get(1, [])) for row in rows if row.get(1)]
        if first and all(_MARKER.match(text) for text in first):
            return False
        if second and all(text.startswith(":") for text in second):
            return False
    return True

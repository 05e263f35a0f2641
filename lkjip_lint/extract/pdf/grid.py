"""Ruled tables: cells from the page's ruling lines, columns and rows from the grid.

pdfplumber's "lines" strategy (``ruling.py``) finds the cell rectangles the rules
enclose. The grid is then rebuilt from those rectangles, so that what the printed table
means survives the way it was drawn:

* every distinct left or right edge of a cell is a column boundary, so a header cell
  spanning two columns is one cell with ``colspan`` 2, and a value keeps its column;
* a column (or row) that holds no character and is narrower than a character is no
  column: two rules a hair apart (a doubled border) or an empty spacer column. Its two
  boundaries become one, and no value moves;
* a character no cell rectangle holds (a gap in the rules) still gets a cell: the grid
  slot it falls in;
* one ruled row holding several rows of values stacked line by line (rules left out
  between them) is split at the lines where the values start, when another cell of
  the row starts a line there too (a label), so that a wrapped label never splits.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from ...model import Cell
from ..common import clean_text
from .content import font_style
from .ruling import cells_to_tables, edges_to_intersections, intersections_to_cells, long_edges, merge_edges
from .textlines import lines_of

SNAP = 3.0
JOIN = 3.0
MIN_EDGE = 3.0
INTERSECTION = 3.0
# An empty column narrower than this (points) is a doubled border or a spacer.
MIN_COLUMN = 12.0
# An empty row lower than this is a doubled rule.
MIN_ROW = 4.0
# Lines of two cells start "together" within this distance (points).
LINE_ALIGN = 2.5
_EPSILON = 0.01

_VALUE = re.compile(
    r"^(?:Rp\.?\s?)?[-+(]?\d{1,3}(?:[.,]\d{3})*(?:[.,]\d+)?\)?\s?%?$"  # 1.234.567 / 98,80 / 12 %
    r"|^[-+]?\d+(?:[.,]\d+)?\s?%?$"  # 1234 / 0,5
    r"|^[-–—]$"  # a dash for nothing
    r"|^\(?(?:[IVXLC]{1,6}|[a-zA-Z]|\d{1,3})[.)]$|^[IVXLC]{1,6}$"  # row markers: IV. / a. / 3) / II
)


_ITEM = re.compile(r"^(?:[-–•·▪●○■□➤►➢\uf000-\uf0ff]\s|\(?(?:\d{1,3}|[a-zA-Z])[.)]\s)")
_AMOUNT = re.compile(r"^(?:Rp\.?\s?)?[-+(]?(\d[\d.,]*)\)?\s?%?$")


def is_whole_value(text: str) -> bool:
    """A value printed whole on one line: a row marker, a dash, or a number whose digit
    groups are complete. "1.240.488.15" is not (the rest, "0", wrapped to the next
    line: a dot cannot separate both thousands and decimals)."""
    if not _VALUE.match(text):
        return False
    match = _AMOUNT.match(text)
    if not match:
        return True
    groups = re.split(r"([.,])", match.group(1))
    separators = groups[1::2]
    digits = groups[0::2]
    if not separators:
        return True
    if any(not part for part in digits):
        return False
    last = separators[-1]
    thousands = separators[:-1] if separators.count(last) == 1 and len(separators) > 1 else separators
    if len(set(thousands)) > 1:
        return False
    if separators.count(last) == 1 and len(separators) == 1:
        return True  # 98,80 / 1.250: either reading is whole
    grouped = digits[1:] if thousands == separators else digits[1:-1]
    return all(len(part) == 3 for part in grouped) and len(digits[0]) <= 3


@dataclass
class RuledTable:
    rows: tuple[tuple[Cell, ...], ...]
    n_cols: int
    bbox: tuple[float, float, float, float]  # x0, top, x1, bottom
    column_edges: tuple[float, ...]
    row_tops: tuple[float, ...] = ()


@dataclass
class _Box:
    x0: float
    top: float
    x1: float
    bottom: float
    chars: list[dict] = field(default_factory=list)
    _lines: list | None = field(default=None, repr=False)

    @property
    def lines(self) -> list:
        """The box's lines of text, read once (its characters are final by then)."""
        if self._lines is None:
            self._lines = lines_of(self.chars)
        return self._lines

    def one_line(self) -> bool:
        return not self.chars or max(ch["top"] for ch in self.chars) - min(ch["top"] for ch in self.chars) <= 3.0


def find_cell_groups(edges: list[dict]) -> list[list[tuple[float, float, float, float]]]:
    """The cell rectangles of each ruled table on a page (pdfplumber's lines strategy)."""
    if len(edges) < 4:
        return []
    merged = merge_edges(edges, SNAP, SNAP, JOIN, JOIN)
    merged = long_edges(merged, MIN_EDGE)
    if not any(e["orientation"] == "v" for e in merged) or not any(e["orientation"] == "h" for e in merged):
        return []
    intersections = edges_to_intersections(merged, INTERSECTION, INTERSECTION)
    return cells_to_tables(intersections_to_cells(intersections))


def ruled_tables(edges: list[dict], chars: list[dict]) -> list[RuledTable]:
    tables = []
    for group in find_cell_groups(edges):
        table = build_table(group, chars)
        if table is not None:
            tables.append(table)
    return tables


def _bbox(boxes) -> tuple[float, float, float, float]:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _center(ch: dict) -> tuple[float, float]:
    return (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2


def _distinct(values) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > _EPSILON:
            out.append(v)
    return out


def build_table(group: list[tuple], chars: list[dict]) -> RuledTable | None:
    """The table a group of cell rectangles draws, with its characters; None when it is
    no table (one column: a framed paragraph or text box)."""
    bbox = _bbox(group)
    x0, top, x1, bottom = bbox
    inside = [ch for ch in chars
              if x0 <= (ch["x0"] + ch["x1"]) / 2 < x1 and top <= (ch["top"] + ch["bottom"]) / 2 < bottom]
    boxes = [_Box(*rect) for rect in sorted(set(group), key=lambda r: (r[1], r[0]))]
    xs = _distinct([b.x0 for b in boxes] + [b.x1 for b in boxes])
    ys = _distinct([b.top for b in boxes] + [b.bottom for b in boxes])
    orphans = _assign_chars(boxes, xs, ys, inside)
    boxes.extend(_orphan_boxes(orphans, xs, ys))
    xs = _drop_empty_bands(xs, [_center(ch)[0] for ch in inside], MIN_COLUMN)
    if len(xs) < 3:
        return None
    ys = _drop_empty_bands(ys, [_center(ch)[1] for ch in inside], MIN_ROW)
    stacked = _stacked_row_starts(boxes, ys)
    if stacked:
        boxes = _split_boxes(boxes, ys, stacked)
        ys = _distinct(ys + stacked)
    return _to_table(boxes, xs, ys, bbox)


def _inside(point: tuple[float, float], box: tuple) -> bool:
    x, y = point
    return box[0] <= x < box[2] and box[1] <= y < box[3]


def _assign_chars(boxes: list[_Box], xs: list[float], ys: list[float], chars: list[dict]) -> list[dict]:
    """Give each character to the cell rectangle holding its center; returns those no
    rectangle holds. Looks cells up through the grid instead of testing every cell."""
    owner: dict[tuple[int, int], _Box] = {}
    for box in boxes:
        r0, r1 = _index(ys, box.top), _index(ys, box.bottom)
        c0, c1 = _index(xs, box.x0), _index(xs, box.x1)
        for r in range(r0, r1):
            for c in range(c0, c1):
                owner.setdefault((r, c), box)
    orphans = []
    for ch in chars:
        x, y = _center(ch)
        box = owner.get((bisect_right(ys, y) - 1, bisect_right(xs, x) - 1))
        if box is not None and _inside((x, y), (box.x0, box.top, box.x1, box.bottom)):
            box.chars.append(ch)
        else:
            orphans.append(ch)
    return orphans


def _index(edges: list[float], value: float) -> int:
    return bisect_left(edges, value - _EPSILON)


def _orphan_boxes(orphans: list[dict], xs: list[float], ys: list[float]) -> list[_Box]:
    """Grid slots for characters in a gap of the rules, one box per slot."""
    slots: dict[tuple[int, int], _Box] = {}
    for ch in orphans:
        x, y = _center(ch)
        r = min(max(bisect_right(ys, y) - 1, 0), len(ys) - 2)
        c = min(max(bisect_right(xs, x) - 1, 0), len(xs) - 2)
        box = slots.get((r, c))
        if box is None:
            box = slots[(r, c)] = _Box(xs[c], ys[r], xs[c + 1], ys[r + 1])
        box.chars.append(ch)
    return list(slots.values())


def _drop_empty_bands(edges: list[float], centers: list[float], min_size: float) -> list[float]:
    """Grid boundaries without those closing a band (column or row) narrower than
    ``min_size`` that no character's center falls in. The first and last boundary stay."""
    if len(edges) < 3:
        return edges
    occupied = sorted(centers)
    kept = [edges[0]]
    for edge in edges[1:]:
        start = kept[-1]
        narrow = edge - start < min_size
        empty = bisect_left(occupied, edge) == bisect_right(occupied, start)
        if narrow and empty:
            if edge == edges[-1]:
                kept[-1] = edge  # the outer border wins over its double
            continue
        kept.append(edge)
    if len(kept) < 2:
        return [edges[0], edges[-1]]
    return kept


# --- stacked rows ---------------------------------------------------------------------

def _stacked_row_starts(boxes: list[_Box], ys: list[float]) -> list[float]:
    """Where rows of values stacked inside one ruled row start. A cell whose every line
    is a value (amount, percentage, row marker), with more than one line, holds stacked
    rows. They start where the labels beside them start, when a cell of the row has as
    many items ("- Jumlah …", "a. …") as there are values, a value printed on an item's
    first line or its last; else at each further value, when another cell of the row
    starts a line there too (a wrapped label never splits)."""
    added: list[float] = []
    for r in range(len(ys) - 1):
        row_boxes = [b for b in boxes if b.chars and _within(b, ys[r], ys[r + 1])]
        if len(row_boxes) < 2 or all(b.one_line() for b in row_boxes):
            continue
        lines = {id(b): b.lines for b in row_boxes}
        tops = {key: [line.top for line in value] for key, value in lines.items()}
        values = {id(b): value_tops for b in row_boxes
                  if not b.one_line() and (value_tops := _value_tops(lines[id(b)])) is not None}
        stacked = [box for box in row_boxes if id(box) in values]
        starts: list[float] = []
        for box in stacked:
            starts += _item_starts([lines[id(o)] for o in row_boxes if o is not box], values[id(box)])
        if not starts:
            for box in stacked:
                others = [t for other in row_boxes if other is not box for t in tops[id(other)]]
                starts += [min([top, *aligned]) for top in values[id(box)][1:]
                           if (aligned := [t for t in others if abs(top - t) <= LINE_ALIGN])]
        for start in starts:
            split = start - 0.5
            if ys[r] + MIN_ROW < split < ys[r + 1] - MIN_ROW:
                added.append(split)
    return _distinct(added)


def _value_tops(lines: list) -> list[float] | None:
    """Where each value of a cell starts, when the cell holds two or more lines of values
    and nothing else; a number wrapped over two lines, or its "%" pushed onto a line of its
    own in a narrow column ("99,34" / "%"), is one value. None for any other cell."""
    values: list[tuple[float, str]] = []
    for line in lines:
        text = clean_text(line.text)
        if values and (_continues_number(values[-1][1], text) or _wrapped_percent(values[-1][1], text)):
            values[-1] = (values[-1][0], values[-1][1] + ("" if text.isdigit() else " ") + text)
        else:
            values.append((line.top, text))
    if len(values) < 2 or not all(is_whole_value(text) for _, text in values):
        return None
    return [top for top, _ in values]


def _wrapped_percent(first: str, rest: str) -> bool:
    return rest == "%" and "%" not in first and bool(_AMOUNT.match(first))


def _item_starts(cells: list[list], value_tops: list[float]) -> list[float]:
    """Where the stacked rows start when a cell beside the values lists items ("- …",
    "• …", "a. …", "2) …"), one per value from its first item on (a value may stand
    on the item's first line or its last): each item starts a row, and so does the
    first item when values stand above it."""
    for cell_lines in cells:
        items = [line.top for line in cell_lines if _ITEM.match(clean_text(line.text))]
        if len(items) < 2:
            continue
        before = [t for t in value_tops if t < items[0] - LINE_ALIGN]
        if len(value_tops) - len(before) == len(items) and len(before) <= 1 \
                and all(_one_value_per_item(items, value_tops, k) for k in range(len(items))):
            return items if before else items[1:]
    return []


def _one_value_per_item(items: list[float], value_tops: list[float], k: int) -> bool:
    start = items[k] - LINE_ALIGN
    stop = items[k + 1] - LINE_ALIGN if k + 1 < len(items) else float("inf")
    return sum(1 for t in value_tops if start <= t < stop) == 1


def _within(box: _Box, top: float, bottom: float) -> bool:
    """Whether a box lies in the band [top, bottom] (its own edges may be phantom ones
    that were dropped, so it may be smaller)."""
    return box.top >= top - 1.0 and box.bottom <= bottom + 1.0


def _split_boxes(boxes: list[_Box], ys: list[float], stacked: list[float]) -> list[_Box]:
    """Boxes lying in one ruled row cut where stacked rows start, each part with its own
    characters; a box spanning several ruled rows stays whole (its rowspan grows)."""
    out = []
    for box in boxes:
        cuts = [y for y in stacked if box.top + MIN_ROW < y < box.bottom - MIN_ROW]
        drawn_inside = [y for y in ys if box.top + 1.0 < y < box.bottom - 1.0]
        if not cuts or drawn_inside:
            out.append(box)
            continue
        bounds = [box.top, *cuts, box.bottom]
        for top, bottom in zip(bounds, bounds[1:]):
            part = _Box(box.x0, top, box.x1, bottom)
            part.chars = [ch for ch in box.chars if top <= _center(ch)[1] < bottom]
            out.append(part)
    return out


# --- the table ------------------------------------------------------------------------

def _span(edges: list[float], start: float, end: float) -> tuple[int, int]:
    """The band ``start`` falls in and how many bands [start, end) covers, on
    boundaries that may have lost some of the rectangle's own edges."""
    first = max(bisect_right(edges, start + _EPSILON) - 1, 0)
    last = max(bisect_right(edges, end - _EPSILON * 2) - 1, first)
    last = min(last, len(edges) - 2)
    first = min(first, len(edges) - 2)
    return first, max(1, last - first + 1)


_LONE_LETTER_LINE = re.compile(r"(?<=[^\W\d_][^\W\d_])\n([^\W\d_])(?=\n|$)")


def join_wrapped_word(text: str) -> str:
    """A narrow cell wraps the last letter of a word onto its own line ("Berka" / "s"):
    a line holding one letter continues the word above it."""
    return _LONE_LETTER_LINE.sub(r"\1", text)


def _continues_number(first: str, rest: str) -> bool:
    """Whether ``rest`` (digits only) is the end of a number wrapped after ``first``:
    "1.240.488.15" / "0", "266." / "000", "400.0" / "00" (a thousands group split),
    "1,240,488,150.0" / "0" (the decimals split)."""
    if not rest.isdigit() or not _AMOUNT.match(first) or not is_whole_value(first + rest):
        return False
    if not is_whole_value(first):
        return True
    separators = re.findall(r"[.,]", first)
    last_group = re.split(r"[.,]", first)[-1]
    if len(separators) > 1 and separators[-1] != separators[0]:
        return len(last_group) + len(rest) == 2  # decimals: "1,240,488,150.0" / "0"
    return 0 < len(last_group) < 3 and len(last_group) + len(rest) == 3


def join_wrapped_number(lines: list[str]) -> list[str]:
    """Numbers wrapped in a narrow cell made whole again."""
    out: list[str] = []
    for line in lines:
        if out and _continues_number(out[-1], line):
            out[-1] += line
        else:
            out.append(line)
    return out


def cell_text(chars: list[dict], lines: list | None = None) -> str:
    if not chars:
        return ""
    texts = join_wrapped_number([line.text for line in (lines if lines is not None else lines_of(chars))])
    return clean_text(join_wrapped_word("\n".join(texts)))


def _to_table(boxes: list[_Box], xs: list[float], ys: list[float], bbox: tuple) -> RuledTable | None:
    placed: dict[tuple[int, int], tuple[Cell, _Box]] = {}
    for box in boxes:
        row, rowspan = _span(ys, box.top, box.bottom)
        col, colspan = _span(xs, box.x0, box.x1)
        key = (row, col)
        bold, italic = font_style(box.chars)
        cell = Cell(cell_text(box.chars, box.lines), row, col, colspan=colspan, rowspan=rowspan, bold=bold,
                    italic=italic)
        if key in placed:
            # Two rectangles in one slot once a phantom band is gone: keep the one with text.
            earlier, earlier_box = placed[key]
            if earlier.text and not cell.text:
                continue
            if earlier.text and cell.text:
                merged_chars = earlier_box.chars + box.chars
                merged = _Box(min(earlier_box.x0, box.x0), min(earlier_box.top, box.top),
                              max(earlier_box.x1, box.x1), max(earlier_box.bottom, box.bottom), merged_chars)
                cell = Cell(cell_text(merged_chars), row, col, colspan=max(colspan, earlier.colspan),
                            rowspan=max(rowspan, earlier.rowspan), bold=bold and earlier.bold,
                            italic=italic and earlier.italic)
                box = merged
        placed[key] = (cell, box)
    n_rows = len(ys) - 1
    grid: list[list[Cell]] = [[] for _ in range(n_rows)]
    covered: set[tuple[int, int]] = set()
    for (row, col), (cell, _) in sorted(placed.items()):
        if (row, col) in covered:
            continue
        for r in range(row, row + cell.rowspan):
            for c in range(col, col + cell.colspan):
                covered.add((r, c))
        grid[row].append(cell)
    rows = [tuple(sorted(cells, key=lambda c: c.col)) for cells in grid]
    keep = [r for r, cells in enumerate(rows) if cells]
    if len(keep) != len(rows):
        rows, ys = _drop_rows_without_cells(rows, ys, keep)
    return RuledTable(rows=tuple(rows), n_cols=len(xs) - 1, bbox=bbox,
                      column_edges=tuple(xs), row_tops=tuple(ys[:-1]))


def _drop_rows_without_cells(rows, ys, keep):
    """Rows whose slots are all covered from above are no rows of their own."""
    new_index = {old: new for new, old in enumerate(keep)}
    out = []
    for old in keep:
        cells = []
        for cell in rows[old]:
            last = cell.row + cell.rowspan - 1
            new_last = max(new_index[r] for r in keep if r <= last)
            cells.append(_moved(cell, new_index[old], new_last - new_index[old] + 1))
        out.append(tuple(cells))
    return out, [ys[old] for old in keep] + [ys[-1]]


def _moved(cell: Cell, row: int, rowspan: int) -> Cell:
    return replace(cell, row=row, rowspan=rowspan)

"""The row hierarchy of an amount table: group rows, their children, and total rows.

A level is decided, in this order, from the row markers (roman numerals above
arabic numbers above letters, "1.1" below "1"), from the label's first words
(Program above Kegiatan above Sub Kegiatan), and from bold type (bold rows
above plain ones). Rows that none of these separate are all on one level.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.markers import row_marker_class
from ..textutil import fold, starts_with_any
from .layout import TableLayout



@dataclass(frozen=True)
class RowInfo:
    row: int
    label: str
    marker: str | None
    is_total: bool
    level: int
    is_subtotal: bool = False


def _keyword_level(label: str, rows_vocab: dict) -> int | None:
    if starts_with_any(label, rows_vocab.get("subitem", [])):
        return 3
    if starts_with_any(label, rows_vocab.get("item", [])):
        return 2
    if starts_with_any(label, rows_vocab.get("group", [])):
        return 1
    return None


def _is_bold_row(layout: TableLayout, row: int) -> bool:
    cells = [c for c in layout.table.rows[row] if c.text.strip()]
    return bool(cells) and all(c.bold for c in cells)


def _levels_from(keys: list) -> list[int] | None:
    """Rank the distinct keys by first appearance; None when they do not separate rows."""
    present = [k for k in keys if k is not None]
    if len(set(present)) < 2:
        return None
    order: list = []
    for key in present:
        if key not in order:
            order.append(key)
    rank = {key: i + 1 for i, key in enumerate(order)}
    levels, last = [], 1
    for key in keys:
        last = rank[key] if key is not None else last
        levels.append(last)
    return levels


def _marker_levels(classes: list[str | None]) -> list[int] | None:
    if len({c for c in classes if c}) < 2:
        return None
    # "1.1" sits below "1": dotted markers share the arabic rank plus their depth.
    bases = [None if c is None else ("arabic" if c.startswith("dotted") else c) for c in classes]
    depths = [int(c[6:]) if c and c.startswith("dotted") else 0 for c in classes]
    ranked = _levels_from(bases) or [1] * len(classes)
    return [level + depth for level, depth in zip(ranked, depths)]


def row_hierarchy(layout: TableLayout, rows: list[int], vocabulary: dict) -> list[RowInfo]:
    rows_vocab = vocabulary.get("rows", {})
    labels = [layout.row_label(r) for r in rows]
    markers = [layout.row_marker(r) for r in rows]
    kinds = [_total_kind(label, marker, layout, r, rows_vocab) for label, marker, r in zip(labels, markers, rows)]
    totals = [kind is not None for kind in kinds]
    body = [i for i, total in enumerate(totals) if not total]

    levels = [1] * len(rows)
    for decide in (
        lambda: _marker_levels([row_marker_class(markers[i]) for i in body]),
        lambda: _levels_from([_keyword_level(labels[i], rows_vocab) for i in body]),
        lambda: _levels_from([0 if _is_bold_row(layout, rows[i]) else 1 for i in body]),
    ):
        decided = decide()
        if decided:
            for i, level in zip(body, decided):
                levels[i] = level
            break
    return [RowInfo(row=r, label=label, marker=marker, is_total=total, level=0 if total else level,
                    is_subtotal=kind == "subtotal")
            for r, label, marker, total, kind, level in zip(rows, labels, markers, totals, kinds, levels)]


def _first_text(label: str, layout: TableLayout, row: int) -> str:
    texts = [c.text for c in layout.table.rows[row] if c.text.strip()]
    return fold(texts[0] if texts else label).strip(" :.")


def _total_kind(label: str, marker: str | None, layout: TableLayout, row: int, rows_vocab: dict) -> str | None:
    """"total" for a row that says only its total word ("TOTAL", "Jumlah Total"),
    "subtotal" for one starting with a subtotal word ("Sub Jumlah Program …"), else None.
    A row with a marker is never a total."""
    if marker:
        return None
    first = _first_text(label, layout, row)
    if starts_with_any(first, rows_vocab.get("subtotal", [])):
        return "subtotal"
    return "total" if first in {fold(term) for term in rows_vocab.get("total", [])} else None


def children_of(infos: list[RowInfo], index: int) -> list[RowInfo]:
    """Direct children of the group at ``index``: the shallowest rows below it, up to the
    next row on its own level or higher, or a total row."""
    parent = infos[index]
    below: list[RowInfo] = []
    for info in infos[index + 1:]:
        if info.is_total or info.level <= parent.level:
            break
        below.append(info)
    if not below:
        return []
    top = min(i.level for i in below)
    return [i for i in below if i.level == top]


def totalled_by(infos: list[RowInfo], index: int) -> list[RowInfo]:
    """Rows a total row at ``index`` adds up: the subtotals since the previous grand total
    when there are any (and this row is not itself a subtotal), else the top-level rows
    since the previous total or subtotal."""
    this = infos[index]
    start = 0
    for j in range(index - 1, -1, -1):
        if infos[j].is_total and (this.is_subtotal or not infos[j].is_subtotal):
            start = j + 1
            break
    subtotals = [i for i in infos[start:index] if i.is_subtotal]
    if subtotals and not this.is_subtotal:
        return subtotals
    section = [i for i in infos[start:index] if not i.is_total]
    if not section:
        return []
    top = min(i.level for i in section)
    return [i for i in section if i.level == top]
